"""The reseller workspace's tables: customers (keyset pages), top customers."""

"""Invoices: the list, one invoice with its items and calls, disputes, PDFs, the period export and
two months compared (from the local store, offline too)."""

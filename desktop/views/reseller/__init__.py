"""The reseller workspace: customers, creating one, acting for one, the consolidated overview."""

"""Plain rules of the automatic payments (the IBAN check)."""

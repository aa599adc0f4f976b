"""Qt item models of the invoices: the list, an invoice's items and calls, two months compared."""

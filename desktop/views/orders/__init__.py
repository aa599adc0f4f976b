"""Orders: the list with each order's state, paying a pending one, cancelling."""

"""Qt item models and plain rules of payments: the payment history, card checks."""

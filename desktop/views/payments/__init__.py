"""Payments: the payment history, and choosing how to pay (the shop's checkout, an order's pay now)."""

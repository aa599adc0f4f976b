"""The Payments area: orders, invoices, payment history, automatic payments, the balance."""

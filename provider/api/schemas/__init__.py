"""Request and response bodies, one module per resource, named as its routes module is
(`invoices.py` for `invoice_routes.py`). Shared shapes live with the resource they describe
(`UserOut` with the accounts) and are imported from there."""

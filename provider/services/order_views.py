"""Orders and payments as plain JSON-ready dicts: the API answers with them, and the
idempotency records store them, so that a replayed answer is byte for byte the first one."""

from __future__ import annotations

from typing import Any

from provider.db.models import Order, Payment


def order_view(order: Order) -> dict[str, Any]:
    return {
        "id": order.id, "status": order.status, "currency": order.currency,
        "net": str(order.net), "vat_rate_percent": str(order.vat_rate_percent),
        "vat": str(order.vat), "gross": str(order.gross), "reverse_charge": order.reverse_charge,
        "billing_address": order.billing_address, "payment_method": order.payment_method,
        "created_at": _iso(order.created_at), "paid_at": _iso(order.paid_at),
        "provisioning_due_at": _iso(order.provisioning_due_at),
        "completed_at": _iso(order.completed_at), "cancelled_at": _iso(order.cancelled_at),
        "items": [{"id": i.id, "product": i.product_code, "description": i.description,
                   "quantity": i.quantity, "months": i.months, "unit_one_off": str(i.unit_one_off),
                   "unit_monthly": str(i.unit_monthly), "net": str(i.net)} for i in order.items],
    }


def payment_view(p: Payment, invoice_number: str | None = None) -> dict[str, Any]:
    """`invoice_number`: what an invoice payment paid (the payment history says so)."""
    return {
        "id": p.id, "purpose": p.purpose, "method": p.method, "status": p.status,
        "amount": str(p.amount), "currency": p.currency, "order_id": p.order_id,
        "subscription_id": p.subscription_id, "card_id": p.card_id, "card_label": p.card_label,
        "refund_of_id": p.refund_of_id, "failure_code": p.failure_code,
        "failure_message": p.failure_message, "created_at": _iso(p.created_at),
        "settled_at": _iso(p.settled_at), "reference": f"P-{p.id:08d}",
        "invoice_number": invoice_number,
    }


def _iso(value: object) -> str | None:
    return value.isoformat() if value is not None else None  # type: ignore[attr-defined]

"""Invoices and calls shaped as the provider sends them, for the report tests and bench/pdf.py."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from desktop.api_client.invoices_types import Call, InvoiceDetail

CH_CUSTOMER = (
    "Alpenblick Treuhand AG\nRegula Brunner\nBahnhofstrasse 12\n8001 Zürich\nCH\nVAT CHE-116.281.710 MWST"
)
DE_CUSTOMER = "Nordlicht Media GmbH\nJonas Weber\nHafenweg 3\n20457 Hamburg\nDE\nVAT DE811907980"
# Names from the EU's Latin scripts that a base-14 font cannot show (Polish, Hungarian, Romanian).
LU_CUSTOMER = (
    "Łódź Ősz Trading S.à r.l.\nȘtefan Țurcanu\n12, rue de la Gare\n1611 Luxembourg\nLU\nVAT LU26375245"
)
# The seller as the provider sends it: its Swiss registration on CHF invoices, its German one on
# EUR invoices to Germany (the sandbox's seller identity is registered in CH, DE and AT).
SELLER = {
    "name": "Switchboard AG",
    "street": "Technoparkstrasse 1",
    "postal_code": "8005",
    "city": "Zürich",
    "country": "CH",
    "vat_id": "CHE-109.322.551 MWST",
    "email": "billing@switchboard.example",
    "website": "switchboard.example",
}
SELLER_DE_VAT = "DE136695976"
CREDITOR = {
    "name": "Switchboard AG",
    "street": "Technoparkstrasse 1",
    "postal_code": "8005",
    "city": "Zürich",
    "country": "CH",
}


def calls(n: int, currency: str = "CHF", seed: int = 7, invoice_id: int = 1) -> list[Call]:
    rng = random.Random(seed)
    start = datetime(2026, 10, 1, tzinfo=UTC)
    zones = ["national_fixed", "national_mobile", "europe", "world"]
    out = []
    for i in range(n):
        start += timedelta(seconds=rng.randint(10, 200))
        zone = rng.choice(zones)
        duration = rng.randint(0, 3000)
        out.append(
            Call(
                id=1000 + i,
                started_at=start,
                from_number="41440000001",
                to_number=f"41{rng.randint(100000000, 999999999)}",
                zone=zone,
                duration_s=duration,
                price=Decimal(duration * rng.randint(1, 30)) / Decimal(6000),
                currency=currency,
                invoice_id=invoice_id,
            )
        )
    return [c.__class__(**{**c.__dict__, "price": c.price.quantize(Decimal("0.01"))}) for c in out]


def detail_json(
    call_list: list[Call],
    *,
    currency: str = "CHF",
    status: str = "open",
    method: str = "bank_transfer",
    number: str = "2026-000188",
    kind: str = "invoice",
    reverse_charge: bool = False,
    lines: int = 2,
    customer: str | None = None,
    reason: str = "",
) -> dict[str, Any]:
    """An invoice with `lines` items (a fee, the calls, then one-off numbers), or a credit note of
    the fee (kind="credit_note", with its reason)."""
    calls_total = sum((c.price for c in call_list), Decimal("0"))
    rate = Decimal("8.1") if currency == "CHF" else (Decimal("0") if reverse_charge else Decimal("19"))
    fee = Decimal("119.20")
    items: list[dict[str, Any]] = [
        {
            "position": 1,
            "kind": "recurring",
            "description": "PBX Business, per user",
            "code": "users",
            "params": {"product": "pbx_business"},
            "quantity": 8,
            "first_day": "2026-10-01",
            "last_day": "2026-10-31",
            "amount": str(fee),
        },
        {
            "position": 2,
            "kind": "calls",
            "description": "Calls to Europe",
            "code": "calls",
            "params": {"zone": "europe"},
            "quantity": len(call_list),
            "amount": str(calls_total),
        },
    ][:lines]
    for i in range(len(items), lines):
        items.append(
            {
                "position": i + 1,
                "kind": "recurring",
                "description": f"Number +41445551{i:03d}",
                "code": "number",
                "params": {"product": "number_local", "number": f"41445551{i:03d}"},
                "quantity": 1,
                "first_day": "2026-10-01",
                "last_day": "2026-10-31",
                "amount": "2.50",
            }
        )
    net = sum((Decimal(i["amount"]) for i in items), Decimal("0"))
    if kind == "credit_note" and reason:  # a credit note of the fee, with its reason
        net = -fee
        items = [
            {
                "position": 1,
                "kind": "credit",
                "description": f"Credit for invoice 2026-000101: {reason}",
                "code": "credit_note",
                "params": {"invoice": "2026-000101", "reason": reason},
                "quantity": 1,
                "amount": str(-fee),
            }
        ]
    vat = (net * rate / 100).quantize(Decimal("0.01"))
    gross = net + vat
    ref = "000000000001202600000001884" if currency == "CHF" else "RF18539007547034"
    pi = None
    if status == "open" and method == "bank_transfer" and kind == "invoice":
        pi = {
            "standard": "swiss_qr_bill" if currency == "CHF" else "epc_qr",
            "iban": "CH4431999123000889012" if currency == "CHF" else "DE89370400440532013000",
            "bic": None if currency == "CHF" else "COBADEFFXXX",
            "reference_type": "QRR" if currency == "CHF" else "SCOR",
            "reference": ref,
            "creditor": CREDITOR,
            "amount": str(gross),
            "currency": currency,
            "message": f"Invoice {number}",
        }
    if kind == "credit_note":
        # (status as the caller says: the store tests filter on it)
        method = method if method in ("allocation", "prepaid_credit", "card_refund") else "none"
        ref = ""
    return {
        "id": 188 if kind == "invoice" else 190,
        "kind": kind,
        "number": number,
        "period": "2026-10" if kind == "invoice" else None,
        "period_start": "2026-10-01",
        "period_end": "2026-10-31",
        "credit_of_id": 101 if kind == "credit_note" else None,
        "issued_at": "2026-11-01T00:05:00Z",
        "due_on": "2026-12-01",
        "currency": currency,
        "net": str(net),
        "vat_rate_percent": str(rate),
        "vat": str(vat),
        "gross": str(gross),
        "reverse_charge": reverse_charge,
        "call_count": len(call_list),
        "payment_method": method,
        "payment_reference": ref,
        "status": status,
        "overdue": False,
        "paid_at": "2026-11-20T10:00:00Z" if status == "paid" else None,
        "reminders": 0,
        "updated_at": "2026-11-01T00:05:00Z",
        "customer": customer or (CH_CUSTOMER if currency == "CHF" else DE_CUSTOMER),
        "items": items,
        "seller": {
            **SELLER,
            "vat_id": SELLER["vat_id"] if currency == "CHF" or reverse_charge else SELLER_DE_VAT,
        },
        "reverse_charge_note": "Reverse charge: VAT to be accounted for by the recipient."
        if reverse_charge
        else None,
        "payment_instructions": pi,
    }


def detail(call_list: list[Call], **kw: Any) -> InvoiceDetail:
    return InvoiceDetail.from_json(detail_json(call_list, **kw))

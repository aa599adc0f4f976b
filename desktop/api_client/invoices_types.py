"""Typed invoices, their items, payment data and calls. Parsers take what they know and ignore
unknown fields; money is Decimal from the JSON strings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from desktop.api_client.parsing import day as _date
from desktop.api_client.parsing import money as _money
from desktop.api_client.parsing import timestamp as _dt


@dataclass(frozen=True)
class Invoice:
    """An invoice or credit note as listed (no items)."""

    id: int
    kind: str
    number: str
    period: str | None
    period_start: date
    period_end: date
    issued_at: datetime
    due_on: date
    currency: str
    net: Decimal
    vat_rate_percent: Decimal
    vat: Decimal
    gross: Decimal
    reverse_charge: bool
    call_count: int
    payment_method: str
    payment_reference: str
    status: str
    updated_at: datetime
    overdue: bool = False
    paid_at: datetime | None = None
    credit_of_id: int | None = None
    reminders: int = 0
    credited: Decimal = Decimal("0")  # the credit notes allocated to it
    open_amount: Decimal | None = None  # None from a provider that did not send it

    @property
    def still_open(self) -> Decimal:
        """What is left to pay: the provider's open amount, else (older data) the whole total."""
        if self.open_amount is not None:
            return self.open_amount
        return self.gross if self.kind == "invoice" and self.status == "open" else Decimal("0")

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Invoice:
        return cls(
            id=int(d["id"]), kind=str(d.get("kind") or "invoice"), number=str(d["number"]),
            period=d.get("period"), period_start=_date(d["period_start"]),  # type: ignore[arg-type]
            period_end=_date(d["period_end"]), issued_at=_dt(d["issued_at"]),  # type: ignore[arg-type]
            due_on=_date(d["due_on"]), currency=str(d["currency"]),  # type: ignore[arg-type]
            net=_money(d.get("net")), vat_rate_percent=_money(d.get("vat_rate_percent")),
            vat=_money(d.get("vat")), gross=_money(d.get("gross")),
            reverse_charge=bool(d.get("reverse_charge")), call_count=int(d.get("call_count") or 0),
            payment_method=str(d.get("payment_method") or "none"),
            payment_reference=str(d.get("payment_reference") or ""), status=str(d.get("status") or ""),
            updated_at=_dt(d["updated_at"]), overdue=bool(d.get("overdue")),  # type: ignore[arg-type]
            paid_at=_dt(d.get("paid_at")), credit_of_id=d.get("credit_of_id"),
            reminders=int(d.get("reminders") or 0), credited=_money(d.get("credited") or "0"),
            open_amount=_money(d["open_amount"]) if d.get("open_amount") is not None else None)


@dataclass(frozen=True)
class InvoiceItem:
    position: int
    kind: str
    description: str
    quantity: int
    amount: Decimal
    first_day: date | None = None
    last_day: date | None = None
    code: str | None = None  # what the line says, worded by the client (desktop/reports/wording.py)
    params: dict[str, Any] | None = None

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> InvoiceItem:
        return cls(position=int(d.get("position") or 0), kind=str(d.get("kind") or ""),
                   description=str(d.get("description") or ""), quantity=int(d.get("quantity") or 0),
                   amount=_money(d.get("amount")), first_day=_date(d.get("first_day")),
                   last_day=_date(d.get("last_day")), code=d.get("code"),
                   params=d.get("params") if isinstance(d.get("params"), dict) else None)


@dataclass(frozen=True)
class Creditor:
    name: str
    street: str
    postal_code: str
    city: str
    country: str

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Creditor:
        return cls(**{k: str(d.get(k) or "") for k in ("name", "street", "postal_code", "city", "country")})


@dataclass(frozen=True)
class Party:
    """Seller or buyer of an invoice as it was at issue: a postal address in parts, and the VAT
    number that applies to this invoice (the seller's registration in the buyer's country, or
    its home one; the buyer's own)."""

    name: str
    street: str
    postal_code: str
    city: str
    country: str
    vat_id: str | None = None
    contact: str = ""  # the buyer's contact person
    email: str = ""
    website: str = ""

    # The provider describes the two sides differently (a seller has mail and web addresses, a
    # buyer a contact person), so each reads only the fields its side has.
    _ADDRESS = ("name", "street", "postal_code", "city", "country")

    @classmethod
    def seller_from_json(cls, d: dict[str, Any]) -> Party:
        text = {k: str(d.get(k) or "") for k in (*cls._ADDRESS, "email", "website")}
        return cls(**text, vat_id=d.get("vat_id") or None)

    @classmethod
    def buyer_from_json(cls, d: dict[str, Any]) -> Party:
        text = {k: str(d.get(k) or "") for k in (*cls._ADDRESS, "contact")}
        return cls(**text, vat_id=d.get("vat_id") or None)


@dataclass(frozen=True)
class PaymentInstructions:
    """Bank-transfer data for the QR code: `swiss_qr_bill` (QR-IBAN, QRR) or `epc_qr` (IBAN, SCOR)."""

    standard: str
    iban: str
    reference_type: str
    reference: str
    creditor: Creditor
    amount: Decimal
    currency: str
    message: str
    bic: str | None = None

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> PaymentInstructions:
        return cls(standard=str(d["standard"]), iban=str(d["iban"]),
                   reference_type=str(d.get("reference_type") or ""), reference=str(d.get("reference") or ""),
                   creditor=Creditor.from_json(d.get("creditor") or {}), amount=_money(d.get("amount")),
                   currency=str(d.get("currency") or ""), message=str(d.get("message") or ""),
                   bic=d.get("bic"))


@dataclass(frozen=True)
class InvoiceDetail:
    invoice: Invoice
    customer: str
    items: tuple[InvoiceItem, ...]
    reverse_charge_note: str | None = None
    payment_instructions: PaymentInstructions | None = None
    seller: Party | None = None  # None in details cached before the provider sent it
    buyer: Party | None = None

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> InvoiceDetail:
        pi, seller, buyer = d.get("payment_instructions"), d.get("seller"), d.get("buyer")
        return cls(invoice=Invoice.from_json(d), customer=str(d.get("customer") or ""),
                   items=tuple(InvoiceItem.from_json(i) for i in d.get("items") or ()),
                   reverse_charge_note=d.get("reverse_charge_note"),
                   payment_instructions=PaymentInstructions.from_json(pi) if pi else None,
                   seller=Party.seller_from_json(seller) if seller else None,
                   buyer=Party.buyer_from_json(buyer) if buyer else None)


@dataclass(frozen=True)
class Call:
    id: int
    started_at: datetime
    from_number: str
    to_number: str
    zone: str
    duration_s: int
    price: Decimal
    currency: str
    invoice_id: int | None = None

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Call:
        return cls(id=int(d["id"]), started_at=_dt(d["started_at"]),  # type: ignore[arg-type]
                   from_number=str(d.get("from_number") or ""), to_number=str(d.get("to_number") or ""),
                   zone=str(d.get("zone") or ""), duration_s=int(d.get("duration_s") or 0),
                   price=_money(d.get("price")), currency=str(d.get("currency") or ""),
                   invoice_id=d.get("invoice_id"))


@dataclass(frozen=True)
class Page:
    """One keyset page: the raw JSON objects (the store keeps them as sent) and the next cursor."""

    items: tuple[dict[str, Any], ...]
    next_cursor: str | None


@dataclass(frozen=True)
class Dispute:
    id: int
    call_id: int
    note: str
    status: str
    created_at: datetime | None

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Dispute:
        return cls(id=int(d["id"]), call_id=int(d["call_id"]), note=str(d.get("note") or ""),
                   status=str(d.get("status") or "open"), created_at=_dt(d.get("created_at")))

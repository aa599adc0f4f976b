"""Invoices and credit notes (lists, details with items and payment instructions), the calls of an
invoice or an account, and the option to charge the monthly invoice to the card."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, Field

from provider.api.schemas.base import Orm


class InvoiceItemOut(Orm):
    position: int
    kind: str
    description: str = Field(description="In English, as issued; clients word `code` and `params`")
    code: str | None = Field(default=None, description="users, number, calls, number_fee, users_added, "
                             "upgrade, credit_note or wholesale (docs/invoices.md, docs/resellers.md); "
                             "None on lines issued before codes")
    params: dict[str, Any] | None = None
    quantity: int
    first_day: date | None
    last_day: date | None
    amount: Decimal


class InvoiceOut(Orm):
    id: int
    kind: str
    number: str
    period: str | None
    period_start: date
    period_end: date
    credit_of_id: int | None
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
    overdue: bool = False
    paid_at: datetime | None
    reminders: int
    updated_at: datetime
    credited: Decimal = Field(default=Decimal("0"), description="The credit notes allocated to it (gross)")
    open_amount: Decimal = Field(default=Decimal("0"), description="What is still to be paid: the total "
                                 "less the credit notes and the payments received in part; 0 unless open")


class Creditor(BaseModel):
    name: str
    street: str
    postal_code: str
    city: str
    country: str


class PaymentInstructions(BaseModel):
    standard: Literal["swiss_qr_bill", "epc_qr"]
    iban: str
    bic: str | None = None
    reference_type: Literal["QRR", "SCOR"]
    reference: str
    creditor: Creditor
    amount: Decimal
    currency: str
    message: str


class SellerOut(BaseModel):
    """The seller as on this invoice: the identity it was issued under and the VAT registration
    that applies to it (its own country's, the customer's country's, or the non-Union OSS)."""

    name: str
    street: str
    postal_code: str
    city: str
    country: str
    email: str = ""
    website: str = ""
    vat_id: str | None = None


class BuyerOut(BaseModel):
    """The customer as at issue, in parts."""

    name: str
    contact: str = ""
    street: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = ""
    vat_id: str = ""


class InvoiceDetail(InvoiceOut):
    customer: str
    items: list[InvoiceItemOut]
    reverse_charge_note: str | None
    payment_instructions: PaymentInstructions | None
    seller: SellerOut | None = Field(default=None, description="None only on invoices issued before "
                                     "seller identities were kept")
    buyer: BuyerOut | None = None


class InvoicePage(BaseModel):
    items: list[InvoiceDetail | InvoiceOut] = Field(
        description="InvoiceDetail (items, payment instructions) when asked with details=true")
    next_cursor: str | None


class CallOut(Orm):
    id: int
    started_at: datetime
    from_number: str
    to_number: str
    zone: str
    duration_s: int
    price: Decimal
    currency: str
    prepaid: bool
    invoice_id: int | None


class CallPage(BaseModel):
    items: list[CallOut]
    next_cursor: str | None


class InvoiceAutopayIn(BaseModel):
    charge_card: bool


class InvoiceAutopayOut(BaseModel):
    charge_card: bool

"""Request and response bodies of subscriptions, invoices, calls, numbers, porting, VoIP."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from provider.api.text import SingleLine


class Orm(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class SubscriptionStartIn(BaseModel):
    product: str = Field(max_length=32)
    users: int = Field(ge=1, le=500)


class AddUsersIn(BaseModel):
    count: int = Field(ge=1, le=500)


class UpgradeIn(BaseModel):
    product: str = Field(max_length=32)


class ChangeIn(BaseModel):
    kind: Literal["downgrade", "fewer_users", "cancel"]
    product: str | None = Field(default=None, max_length=32)
    users: int | None = Field(default=None, ge=1, le=500)


class ChangeOut(Orm):
    id: int
    kind: str
    product_code: str | None
    users: int | None
    effective_on: date
    status: str
    requested_at: datetime


class SubscriptionOut(Orm):
    id: int
    product_code: str
    users: int
    currency: str
    billing: str
    status: str
    started_on: date
    ended_on: date | None


class QuoteIn(BaseModel):
    action: Literal["add_users", "upgrade"]
    count: int | None = Field(default=None, ge=1, le=500)
    product: str | None = Field(default=None, max_length=32)


class QuoteOut(Orm):
    action: str
    product_code: str
    users: int
    currency: str
    amount: Decimal = Field(description="Net, for first_day..last_day; VAT comes on the invoice")
    first_day: date
    last_day: date
    monthly_before: Decimal
    monthly_after: Decimal


class SubscriptionView(BaseModel):
    subscription: SubscriptionOut | None
    pending_changes: list[ChangeOut]


class InvoiceItemOut(Orm):
    position: int
    kind: str
    description: str
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


class InvoiceDetail(InvoiceOut):
    customer: str
    items: list[InvoiceItemOut]
    reverse_charge_note: str | None
    payment_instructions: PaymentInstructions | None


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


class CreditNoteIn(BaseModel):
    amount: Decimal = Field(gt=0, le=Decimal("1000000"), decimal_places=2)
    reason: SingleLine = Field(min_length=1, max_length=150)


class GenerateCallsIn(BaseModel):
    account_id: int = Field(ge=1, le=2**31 - 1)
    count: int = Field(ge=1, le=10000)
    days: int = Field(default=1, ge=1, le=366, description="Spread over the last N days")
    seed: int | None = Field(default=None, ge=0, le=2**31 - 1)


class GenerateCallsOut(BaseModel):
    count: int
    total: Decimal


class NumberOut(Orm):
    id: int
    number: str
    area_code: str
    country: str
    product_code: str
    status: str
    porting_request_id: int | None
    assigned_at: datetime | None


class AreaCodeOut(BaseModel):
    area_code: str
    country: str
    free: int


class OrderNumberIn(BaseModel):
    area_code: str = Field(pattern=r"^\d{2,6}$")


class PortingIn(BaseModel):
    numbers: list[str] = Field(min_length=1, max_length=50)
    previous_provider: SingleLine = Field(max_length=200)
    contract_end: date
    desired_date: date
    forward_to: SingleLine | None = Field(default=None, max_length=30)
    show_old_caller_id: bool = False


class PortingInterimIn(BaseModel):
    forward_to: SingleLine | None = Field(default=None, max_length=30)
    show_old_caller_id: bool = False


class PortingOut(Orm):
    id: int
    numbers: list[str]
    previous_provider: str
    contract_end: date
    desired_date: date
    status: str
    scheduled_for: date | None
    rejection_reason: str | None
    forward_to: str | None
    show_old_caller_id: bool
    created_at: datetime
    updated_at: datetime


class PortingAdvanceIn(BaseModel):
    status: Literal["confirmed", "scheduled", "completed", "rejected"]
    scheduled_for: date | None = None
    reason: SingleLine | None = Field(default=None, max_length=300)


class VoipOut(Orm):
    id: int
    phone_number_id: int | None
    extension: str | None
    sip_user: str
    registrar_host: str
    registrar_port: int
    password_changed_at: datetime


class VoipPasswordOut(BaseModel):
    sip_user: str
    password: str


class VoipPasswordIn(BaseModel):
    password: str = Field(max_length=128)


class ExtensionIn(BaseModel):
    extension: SingleLine = Field(max_length=6)

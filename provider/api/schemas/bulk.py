"""A reseller's bulk jobs: what starts one, and the job with its per-customer results."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field

from provider.api.deps import MAX_ID
from provider.api.text import SingleLine

CustomerId = Annotated[int, Field(ge=1, le=MAX_ID)]


class InvoiceExportIn(BaseModel):
    month: str = Field(max_length=7, description="YYYY-MM: the invoices for this month")


class AutoTopUpBulkIn(BaseModel):
    customer_ids: list[CustomerId] = Field(max_length=2000)
    enabled: bool
    threshold: Decimal = Field(max_digits=12, decimal_places=2)
    amount: Decimal = Field(max_digits=12, decimal_places=2)


class ImportRowIn(BaseModel):
    line: int = Field(ge=1, le=1_000_000, description="The line in the file, for the report")
    company_name: SingleLine = Field(default="", max_length=200)
    name: SingleLine = Field(default="", max_length=200)
    email: SingleLine = Field(default="", max_length=254)
    country: SingleLine = Field(default="", max_length=2)
    street: SingleLine = Field(default="", max_length=200)
    postal_code: SingleLine = Field(default="", max_length=16)
    city: SingleLine = Field(default="", max_length=100)
    language: SingleLine = Field(default="de", max_length=2)
    kind: SingleLine = Field(default="business", max_length=10)
    vat_number: SingleLine | None = Field(default=None, max_length=32)


class CustomerImportIn(BaseModel):
    file_name: SingleLine = Field(max_length=200)
    rows: list[ImportRowIn] = Field(max_length=5000)


class FailedCustomer(BaseModel):
    customer_id: CustomerId
    message: SingleLine = Field(max_length=300)


class ExportProgressIn(BaseModel):
    done: list[CustomerId] = Field(default_factory=list, max_length=500)
    failed: list[FailedCustomer] = Field(default_factory=list, max_length=500)


class BulkItemOut(BaseModel):
    position: int
    customer_id: int | None
    line: int | None
    status: Literal["pending", "done", "failed"]
    message: str | None
    data: dict[str, Any] = Field(description="An export's customer and invoice ids; an import's new customer")


class BulkJobOut(BaseModel):
    id: int
    kind: Literal["invoice_export", "auto_top_up", "customer_import"]
    status: Literal["running", "cancelled", "done"]
    params: dict[str, Any]
    created_at: datetime
    updated_at: datetime
    finished_at: datetime | None
    pending: int
    done: int
    failed: int


class BulkJobDetail(BulkJobOut):
    items: list[BulkItemOut]

"""What one invoice document is made of: the cached invoice with its items, its calls, the seller
and buyer as the provider sent them, and the few facts about the account the PDF needs. Plain
data, no reportlab. There are no seller constants here: who issues the invoice is the provider's
to say (its legal name, address and the VAT registration that applies to this invoice)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from desktop.api_client.invoices_types import Call, InvoiceDetail, Party


class MissingSeller(LookupError):
    """A detail cached from a provider that did not yet say who the seller is."""


def parse_customer(text: str) -> Party:
    """The provider's customer block ("Name\\nContact\\nStreet\\nPC City\\nCC\\nVAT x") as parts, for
    details cached before the provider sent the buyer in parts; tolerant of blocks without an
    address. The line before the country is "postcode city" as the provider composed it, so its
    first word is the postcode whatever its form (8001, L-1611, D-20457)."""
    rows = [r.strip() for r in text.splitlines() if r.strip()]
    vat = None
    if rows and rows[-1].startswith("VAT "):
        vat = rows.pop()[4:].strip()
    name = rows[0] if rows else ""
    country, postal_code, city, street = "", "", "", ""
    rest = rows[1:]
    if rest and len(rest[-1]) == 2 and rest[-1].isalpha() and rest[-1].isupper():
        country = rest.pop()
    if rest:
        pc, _, town = rest[-1].partition(" ")
        if town and (country or pc[:1].isdigit()):
            postal_code, city = pc, town
            rest.pop()
    if rest:
        street = rest.pop()
    contact = ", ".join(r for r in rest if r != name)
    return Party(name=name, street=street, postal_code=postal_code, city=city, country=country,
                 vat_id=vat, contact=contact)


@dataclass(frozen=True)
class InvoiceDocument:
    detail: InvoiceDetail
    calls: Sequence[Call]
    language: str = "en"  # the account's language: "en" or "de"
    customer_number: str = ""  # the account's user ID
    business: bool = False
    credit_of_number: str | None = None
    credit_of_date: date | datetime | None = None  # the corrected invoice's issue date

    @property
    def seller(self) -> Party:
        if self.detail.seller is None:
            raise MissingSeller("This invoice was stored before the provider named its seller; "
                                "connect once to refresh it.")
        return self.detail.seller

    @property
    def buyer(self) -> Party:
        return self.detail.buyer or parse_customer(self.detail.customer)

    @property
    def lang(self) -> str:
        return self.language if self.language in ("en", "de") else "en"

    @property
    def wants_factur_x(self) -> bool:
        """EUR to a business: German and French accounting software reads the embedded XML."""
        return self.business and self.detail.invoice.currency == "EUR"

    @property
    def qr_standard(self) -> str | None:
        """Which payment code the document carries, if any: only an open bank-transfer invoice."""
        pi = self.detail.payment_instructions
        inv = self.detail.invoice
        if pi is None or inv.status != "open" or inv.payment_method != "bank_transfer":
            return None
        return pi.standard

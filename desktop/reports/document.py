"""What one invoice document is made of: the cached invoice with its items, its calls, and the
few facts about the account the PDF needs. Plain data, no reportlab."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop.api_client.invoices_types import Call, Creditor, InvoiceDetail

# The provider as invoice sender. Mirrors the creditor the provider sends with payment data; used
# when an invoice carries none (paid, SEPA, card, credit notes).
SENDER = Creditor(name="Switchboard AG", street="Technoparkstrasse 1", postal_code="8005",
                  city="Zürich", country="CH")
SENDER_VAT_ID = "CHE-109.322.551 MWST"


@dataclass(frozen=True)
class PostalAddress:
    name: str
    lines: tuple[str, ...]  # everything between name and the postcode line
    street: str
    postal_code: str
    city: str
    country: str
    vat_number: str | None


def parse_customer(text: str) -> PostalAddress:
    """The provider's customer block ("Name\\nContact\\nStreet\\nPC City\\nCC\\nVAT x") as parts;
    tolerant of blocks without an address."""
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
        if pc[:1].isdigit() and town:
            postal_code, city = pc, town
            rest.pop()
    if rest:
        street = rest.pop()
    return PostalAddress(name=name, lines=tuple(r for r in rest if r != name), street=street,
                         postal_code=postal_code, city=city, country=country, vat_number=vat)


@dataclass(frozen=True)
class InvoiceDocument:
    detail: InvoiceDetail
    calls: Sequence[Call]
    language: str = "en"  # the account's language: "en" or "de"
    customer_number: str = ""  # the account's user ID
    business: bool = False
    credit_of_number: str | None = None

    @property
    def sender(self) -> Creditor:
        pi = self.detail.payment_instructions
        return pi.creditor if pi is not None and pi.creditor.name else SENDER

    @property
    def recipient(self) -> PostalAddress:
        return parse_customer(self.detail.customer)

    @property
    def lang(self) -> str:
        return self.language if self.language in ("en", "de") else "en"

    @property
    def wants_factur_x(self) -> bool:
        """EUR to a business: German and French accounting software reads the embedded XML."""
        return self.business and self.detail.invoice.currency == "EUR"

    @property
    def qr_standard(self) -> str | None:
        """Which payment code the first page carries, if any: only an open bank-transfer invoice."""
        pi = self.detail.payment_instructions
        inv = self.detail.invoice
        if pi is None or inv.status != "open" or inv.payment_method != "bank_transfer":
            return None
        return pi.standard

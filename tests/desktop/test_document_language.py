"""Every kind of invoice document rendered in German, its text read back with pdfplumber: not one
English word of a fixed list may appear (they did: product lines, one-off fees, the reverse-charge
note, the QR-bill's additional information, "1 appendix pages"). English documents say "1 call"."""

from __future__ import annotations

import io
import re
from dataclasses import replace

import pytest

from desktop.api_client.invoices_types import InvoiceItem
from desktop.reports.document import InvoiceDocument
from desktop.reports.invoice_pdf import render_invoice
from tests.desktop.invoice_samples import LU_CUSTOMER, calls, detail

pdfplumber = pytest.importorskip("pdfplumber")

ENGLISH = (
    "Invoice",
    "invoice",
    "Credit",
    "credit",
    "Calls",
    "calls",
    "call",
    "user",
    "users",
    "per user",
    "Page",
    "Reverse charge",
    "Payment",
    "Amount",
    "Due",
    "Number",
    "one-off",
    "fee",
    "added",
    "month end",
    "appendix",
    "Please",
    "transfer",
    "Paid on",
    "Thank you",
    "Nothing to pay",
    "Receipt",
    "Additional information",
    "Payable",
    "Currency",
    "Acceptance point",
    "Scan",
    "Description",
    "Period",
    "Qty",
    "Customer",
    "deducted",
    "refunded",
    "balance",
    "Settled",
    "Phone number",
    "Separate",
    "continued",
    "corrects",
    "total",
)
EXTRA_LINES = (
    InvoiceItem(
        3,
        "one_off",
        "Phone number (local) +41445550199, one-off fee",
        1,
        __import__("decimal").Decimal("5.00"),
        code="number_fee",
        params={"product": "number_local", "number": "41445550199"},
    ),
    InvoiceItem(
        4,
        "one_off",
        "2 user(s) added to PBX Basic from 2026-10-14",
        1,
        __import__("decimal").Decimal("9.10"),
        code="users_added",
        params={"count": 2, "product": "pbx_basic", "from": "2026-10-14"},
    ),
    InvoiceItem(
        5,
        "one_off",
        "Upgrade PBX Basic to PBX Business, 1 user(s), 2026-10-20 to month end",
        1,
        __import__("decimal").Decimal("1.94"),
        code="upgrade",
        params={"old": "pbx_basic", "new": "pbx_business", "users": 1, "from": "2026-10-20"},
    ),
    InvoiceItem(
        6,
        "recurring",
        "PBX Basic, per user (added 2026-10-14)",
        2,
        __import__("decimal").Decimal("9.10"),
        code="users",
        params={"product": "pbx_basic", "added": "2026-10-14"},
    ),
)


def kinds(lang: str) -> dict[str, InvoiceDocument]:
    many = calls(90)
    eur = calls(8, "EUR")
    full = detail(many, lines=40)
    full = replace(
        full, items=full.items + tuple(replace(i, position=41 + n) for n, i in enumerate(EXTRA_LINES))
    )
    issued = detail([]).invoice.issued_at
    out = {
        "chf-qr-bill": InvoiceDocument(full, many, lang, "52718", True),
        "eur-epc": InvoiceDocument(detail(eur, currency="EUR"), eur, lang, "7310", True),
        "reverse-charge": InvoiceDocument(
            detail(eur, currency="EUR", reverse_charge=True, customer=LU_CUSTOMER), eur, lang, "7311", True
        ),
        "paid": InvoiceDocument(detail(calls(1), status="paid"), calls(1), lang, "52718"),
        "sepa": InvoiceDocument(detail([], currency="EUR", method="sepa"), [], lang, "7310", True),
        "card": InvoiceDocument(detail([], method="card"), [], lang, "52718", True),
    }
    for method in ("allocation", "prepaid_credit", "card_refund"):
        out[f"credit-{method}"] = InvoiceDocument(
            detail([], kind="credit_note", reason="Ausfall am 3. Oktober", method=method),
            [],
            lang,
            "52718",
            True,
            "2026-000101",
            issued,
        )
    return out


def text_of(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as p:
        return "\n".join(page.extract_text() or "" for page in p.pages)


@pytest.mark.parametrize("kind", list(kinds("de")))
def test_german_documents_have_no_english_words(kind):
    text = text_of(render_invoice(kinds("de")[kind]))
    found = sorted({w for w in ENGLISH if re.search(rf"(?<![\w@.-]){re.escape(w)}(?![\w-])", text)})
    assert found == [], f"{kind}: {found}"


def test_plurals_follow_the_number():
    one = text_of(render_invoice(InvoiceDocument(detail(calls(1)), calls(1), "en", "52718")))
    assert "1 call on 1 appendix page." in one and "1 calls" not in one
    two = text_of(render_invoice(InvoiceDocument(detail(calls(2)), calls(2), "de", "52718")))
    assert "2 Anrufe auf 1 Seite im Anhang." in two and "1 Seiten" not in two

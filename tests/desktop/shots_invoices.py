"""Invoice PDFs turned into PNG pages, for looking at (not a test that runs in the suite): every
kind (1, 34 and 100 lines, a credit note, reverse charge, the CHF QR-bill, the EUR EPC code, an
LU customer with Polish, Hungarian and Romanian letters) in English and German, rendered with
pypdfium2 at 100 dpi into /tmp/shots/invoices/<kind>-<lang>-p<page>.png.

    .venv/bin/python tests/desktop/shots_invoices.py [KIND ...]
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop.reports.document import InvoiceDocument  # noqa: E402
from desktop.reports.invoice_pdf import render_invoice  # noqa: E402
from tests.desktop.invoice_samples import LU_CUSTOMER, calls, detail  # noqa: E402

OUT = Path(os.environ.get("SHOTS_DIR", "/tmp/shots/invoices"))
LONG_REASON = (
    "The PBX Business licences for eight users were billed for the whole of October although "
    "the upgrade from PBX Basic only took effect on 14 October 2026; this credits the difference "
    "for the thirteen days before it, as agreed with Ms Brunner on the phone."
)


def kinds(lang: str) -> dict[str, Callable[[], InvoiceDocument]]:
    few, many = calls(3), calls(120)
    eur = calls(12, currency="EUR")
    return {
        "chf-1-line": lambda: InvoiceDocument(detail(few, lines=1), [], lang, "52718", True),
        "chf-34-lines": lambda: InvoiceDocument(detail(many, lines=34), many, lang, "52718", True),
        "chf-100-lines": lambda: InvoiceDocument(detail(few, lines=100), few, lang, "52718", True),
        "eur-epc": lambda: InvoiceDocument(detail(eur, currency="EUR"), eur, lang, "7310", True),
        "eur-34-lines": lambda: InvoiceDocument(
            detail(eur, currency="EUR", lines=34), eur, lang, "7310", True
        ),
        "credit-note": lambda: InvoiceDocument(
            detail([], kind="credit_note", number="2026-000190", reason=LONG_REASON),
            [],
            lang,
            "52718",
            True,
            "2026-000101",
            detail([]).invoice.issued_at,
        ),
        "reverse-charge-lu": lambda: InvoiceDocument(
            detail(eur, currency="EUR", reverse_charge=True, customer=LU_CUSTOMER), eur, lang, "7311", True
        ),
        "chf-paid": lambda: InvoiceDocument(detail(few, status="paid"), few, lang, "52718", True),
    }


def main(names: list[str]) -> int:
    import pypdfium2 as pdfium

    OUT.mkdir(parents=True, exist_ok=True)
    for lang in ("en", "de"):
        for name, make in kinds(lang).items():
            if names and name not in names:
                continue
            pdf = render_invoice(make())
            (OUT / f"{name}-{lang}.pdf").write_bytes(pdf)
            document = pdfium.PdfDocument(pdf)
            for i in range(min(len(document), 4)):
                document[i].render(scale=100 / 72).to_pil().save(OUT / f"{name}-{lang}-p{i + 1}.png")
            print(f"{name}-{lang}: {len(document)} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

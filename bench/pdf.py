"""PDF rendering: an invoice with 10,000 itemized calls, against bare reportlab canvas drawing.

Floor, measured in the same run: a reportlab Canvas drawing the same 10,000 call lines (the same
strings at the same positions, drawString/drawRightString, one page per 60-odd lines) in the same
embedded TrueType font the invoice uses (Liberation Sans, subset and embedded on save), and saving.
Measured: desktop.reports.invoice_pdf.render_invoice for the whole document (first page with the
Swiss QR-bill, formatting of every call, the appendix, "page X of Y", the PDF/A metadata and
output intent). Best of RUNS each, alternated.

    python bench/pdf.py            last line: bench pdf: R x (goal <= 1.5) PASS|MISS
"""

from __future__ import annotations

import io
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._verdict import verdict  # noqa: E402
from desktop.reports import calls_appendix as appendix  # noqa: E402
from desktop.reports import fonts  # noqa: E402
from desktop.reports.document import InvoiceDocument  # noqa: E402
from desktop.reports.invoice_pdf import render_invoice  # noqa: E402
from tests.desktop.invoice_samples import calls, detail  # noqa: E402

CALLS = 10_000
RUNS = 5
GOAL = 1.5


def floor(cells: list[tuple[str, ...]]) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    fonts.register()
    c = Canvas(buffer, pagesize=(appendix.PAGE_W, appendix.PAGE_H), invariant=1,
               initialFontName=fonts.REGULAR)
    per_page = appendix.LINES_PER_PAGE
    for first in range(0, len(cells), per_page):
        c.setFont(fonts.REGULAR, appendix.FONT_SIZE)
        y = appendix.FIRST_LINE
        for start, frm, to, zone, duration, price in cells[first:first + per_page]:
            c.drawString(appendix.X_START, y, start)
            c.drawString(appendix.X_FROM, y, frm)
            c.drawString(appendix.X_TO, y, to)
            c.drawString(appendix.X_ZONE, y, zone)
            c.drawRightString(appendix.X_DURATION, y, duration)
            c.drawRightString(appendix.X_PRICE, y, price)
            y -= appendix.LEADING
        c.showPage()
    c.save()
    return buffer.getvalue()


def main() -> int:
    call_list = calls(CALLS)
    doc = InvoiceDocument(detail(call_list), call_list, "de", "52718", business=True)
    cells = appendix.call_cells(call_list, "de")
    render_invoice(doc), floor(cells)  # warm-up: imports, font metrics
    floor_times, times = [], []
    size = 0
    for _ in range(RUNS):
        t = time.perf_counter()
        floor(cells)
        floor_times.append(time.perf_counter() - t)
        t = time.perf_counter()
        size = len(render_invoice(doc))
        times.append(time.perf_counter() - t)
    f, m = min(floor_times), min(times)
    ratio = m / f
    print(f"floor (bare canvas, {CALLS} call lines, pre-formatted): {f * 1000:.0f} ms")
    print(f"invoice PDF ({CALLS} calls, {appendix.page_count(CALLS) + 1} pages, {size // 1024} KiB): "
          f"{m * 1000:.0f} ms")
    ok = ratio <= GOAL
    return verdict("pdf", f"{ratio:.2f} x (goal <= {GOAL})", ok)


if __name__ == "__main__":
    sys.exit(main())

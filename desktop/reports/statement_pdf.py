"""The wholesale statement of a month as an A4 PDF (PDF/A-3B, the invoices' typeface): who it is
for and the month, then per customer the invoices, retail billed, wholesale owed and margin, the
column headings repeated on every page, and the totals per currency under the last row. The
figures are the provider's, printed as they came: the totals are its sums of the rows."""

from __future__ import annotations

import io
from datetime import datetime
from typing import Any

from desktop.api_client.reseller_types import StatementRow, WholesaleStatement
from desktop.reports import fonts, pdfa
from desktop.reports.formatting import amount_text, date_text
from desktop.reports.layout import BODY_BOTTOM, FOOTER_Y, LEFT, PAGE_H, PAGE_W, RIGHT

MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"),
}
LABELS = {
    "en": {"title": "Wholesale statement", "for": "For", "made": "Made on", "number": "Customer no.",
           "customer": "Customer", "invoices": "Invoices", "retail": "Retail billed",
           "wholesale": "Wholesale owed", "margin": "Margin", "total": "Total {currency}",
           "note": "Retail billed is the net of the customers' invoices for the month; wholesale owed is "
                   "what the provider invoices for the same services and calls; margin is the difference.",
           "empty": "No customer was invoiced for this month.", "page": "Page {x} of {y}"},
    "de": {"title": "Einkaufsabrechnung", "for": "Für", "made": "Erstellt am", "number": "Kundennr.",
           "customer": "Kunde", "invoices": "Rechnungen", "retail": "Verrechnet",
           "wholesale": "Einkauf geschuldet", "margin": "Marge", "total": "Total {currency}",
           "note": "Verrechnet ist der Nettobetrag der Kundenrechnungen des Monats; Einkauf ist, was der "
                   "Anbieter für dieselben Leistungen und Anrufe verrechnet; die Marge ist die Differenz.",
           "empty": "Für diesen Monat wurde kein Kunde verrechnet.", "page": "Seite {x} von {y}"},
}
X_NUMBER, X_NAME, X_COUNT = LEFT, LEFT + 70, LEFT + 235
X_RETAIL, X_WHOLESALE, X_MARGIN = LEFT + 315, LEFT + 415, RIGHT
NAME_WIDTH = X_COUNT - 40 - X_NAME
TOP_FIRST, TOP_NEXT, PITCH = PAGE_H - 190, PAGE_H - 90, 15.0


def month_title(period: str, lang: str) -> str:
    """'November 2026' in the document's language."""
    year, month = period.split("-")
    return f"{MONTHS[_lang(lang)][int(month) - 1]} {year}"


def _lang(lang: str) -> str:
    return lang if lang in LABELS else "en"


def _fit(text: str, width: float, font: str, size: float) -> str:
    """The text cut with an ellipsis to fit `width` (long company names)."""
    if fonts.width(text, font, size) <= width:
        return text
    while text and fonts.width(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def pages_of(rows: int, totals: int) -> list[tuple[int, int]]:
    """The rows on each page ([start, end)); the totals and the note go with the last row."""
    tail = PITCH * (totals + 4)
    pages, start, top = [], 0, TOP_FIRST
    while True:
        room, left = top - PITCH - BODY_BOTTOM, rows - start
        if left * PITCH + tail <= room:
            pages.append((start, rows))
            return pages
        end = start + min(int(room // PITCH), max(left - 1, 0))  # the last row waits for the totals
        pages.append((start, end))
        start, top = end, TOP_NEXT


def render_statement(st: WholesaleStatement, lang: str, issuer: str, made: datetime) -> bytes:
    """The statement as PDF bytes; `issuer` is the reseller's name, `made` the time printed."""
    lang = _lang(lang)
    words = LABELS[lang]
    title = f"{words['title']} {month_title(st.period, lang)}"
    meta = pdfa.Metadata(title=title, author=issuer, subject=f"{title}, {issuer}", keywords=words["title"],
                         created=made, language=lang)
    buffer = io.BytesIO()
    c = pdfa.new_canvas(buffer, (PAGE_W, PAGE_H), meta)
    flow = pages_of(len(st.rows), len(st.totals))
    for n, (start, end) in enumerate(flow, start=1):
        y = _heading(c, words, title, issuer, made, lang, first=n == 1)
        for row in st.rows[start:end]:
            _row(c, y, row, lang)
            y -= PITCH
        if n == len(flow):
            _totals(c, y, st, words, lang)
        c.setFont(fonts.REGULAR, 8)
        c.drawString(LEFT, FOOTER_Y, f"{issuer} · {title}")
        c.drawRightString(RIGHT, FOOTER_Y, words["page"].format(x=n, y=len(flow)))
        c.showPage()
    pdfa.finish(c, meta)
    c.save()
    return buffer.getvalue()


def _heading(c: Any, words: dict[str, str], title: str, issuer: str, made: datetime, lang: str,
             first: bool) -> float:
    if first:
        c.setFont(fonts.BOLD, 16)
        c.drawString(LEFT, PAGE_H - 80, title)
        c.setFont(fonts.REGULAR, 10)
        c.drawString(LEFT, PAGE_H - 110, f"{words['for']}: {issuer}")
        c.drawString(LEFT, PAGE_H - 125, f"{words['made']}: {date_text(made, lang)}")
        top = TOP_FIRST
    else:
        c.setFont(fonts.BOLD, 10)
        c.drawString(LEFT, PAGE_H - 60, title)
        top = TOP_NEXT
    c.setFont(fonts.BOLD, 9)
    c.drawString(X_NUMBER, top, words["number"])
    c.drawString(X_NAME, top, words["customer"])
    c.drawRightString(X_COUNT, top, words["invoices"])
    c.drawRightString(X_RETAIL, top, words["retail"])
    c.drawRightString(X_WHOLESALE, top, words["wholesale"])
    c.drawRightString(X_MARGIN, top, words["margin"])
    c.setLineWidth(0.5)
    c.line(LEFT, top - 5, RIGHT, top - 5)
    return top - PITCH - 2


def _amounts(c: Any, y: float, row: StatementRow, lang: str) -> None:
    c.drawRightString(X_RETAIL, y, amount_text(row.retail, lang, row.currency))
    c.drawRightString(X_WHOLESALE, y, amount_text(row.wholesale, lang, row.currency))
    c.drawRightString(X_MARGIN, y, amount_text(row.margin, lang, row.currency))


def _row(c: Any, y: float, row: StatementRow, lang: str) -> None:
    c.setFont(fonts.REGULAR, 9)
    c.drawString(X_NUMBER, y, row.user_id)
    tail = f" ({row.currency})"  # the amounts' currency stays when a long name is cut
    c.drawString(X_NAME, y, _fit(row.name, NAME_WIDTH - fonts.width(tail, fonts.REGULAR, 9), fonts.REGULAR, 9)
                 + tail)
    c.drawRightString(X_COUNT, y, str(row.invoices))
    _amounts(c, y, row, lang)


def _totals(c: Any, y: float, st: WholesaleStatement, words: dict[str, str], lang: str) -> None:
    if not st.rows:
        c.setFont(fonts.REGULAR, 9)
        c.drawString(LEFT, y, words["empty"])
        return
    c.line(LEFT, y + PITCH - 5, RIGHT, y + PITCH - 5)
    c.setFont(fonts.BOLD, 9)
    for total in st.totals:
        c.drawString(X_NAME, y, words["total"].format(currency=total.currency))
        c.drawRightString(X_COUNT, y, str(sum(r.invoices for r in st.rows if r.currency == total.currency)))
        _amounts(c, y, total, lang)
        y -= PITCH
    c.setFont(fonts.REGULAR, 8)
    text = c.beginText(LEFT, y - 10)
    text.setFont(fonts.REGULAR, 8)
    line = ""
    for word in words["note"].split():
        if fonts.width(f"{line} {word}".strip(), fonts.REGULAR, 8) > RIGHT - LEFT:
            text.textLine(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    text.textLine(line)
    c.drawText(text)

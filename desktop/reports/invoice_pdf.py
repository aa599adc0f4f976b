"""The A4 invoice or credit note: sender, recipient, numbers and dates, the item table over as
many pages as it needs, the summary (totals, VAT, notes, EPC code), the Swiss QR-bill, the calls
appendix and "page X of Y" on every page; PDF/A-3B, with the Factur-X XML attached for EUR
invoices to businesses. reportlab loads on the first render."""

from __future__ import annotations

import io
from typing import Any

from desktop.api_client.invoices_types import InvoiceItem
from desktop.reports import calls_appendix as appendix
from desktop.reports import fonts, pdfa
from desktop.reports.document import InvoiceDocument
from desktop.reports.formatting import date_text, money_text, reference_text
from desktop.reports.labels import labels_for, vat_id_label
from desktop.reports.layout import (
    FOOTER_Y,
    LEFT,
    LINE_PITCH,
    PAGE_H,
    PAGE_W,
    QR_FOOTER_Y,
    RIGHT,
    ROW_PITCH,
    TABLE_RULE_GAP,
    TABLE_TOP_FIRST,
    TABLE_TOP_NEXT,
    TablePages,
    paginate,
    row_height,
)
from desktop.reports.summary import Summary, notes
from desktop.reports.wording import line_text

X_DESC, X_PERIOD, X_QTY = LEFT + 28, LEFT + 250, LEFT + 405
DESC_WIDTH = X_PERIOD - X_DESC - 8
ITEM_SIZE = 9.0


def render_invoice(doc: InvoiceDocument) -> bytes:
    """The PDF as bytes. Raises ValueError when the payment data cannot make a valid QR code."""
    inv = doc.detail.invoice
    lang = doc.lang
    labels = labels_for(lang, inv.currency)
    title = _title(doc, labels)
    seller = doc.seller
    factur_x = None
    if doc.wants_factur_x:
        from desktop.reports.factur_x import checked_xml

        factur_x = pdfa.Attachment(checked_xml(doc))
    meta = pdfa.Metadata(
        title=f"{title} {inv.number}",
        author=seller.name,
        subject=f"{title} {inv.number}, {labels['customer_no']} {doc.customer_number}".strip(", "),
        keywords=f"{title}, {inv.number}, {seller.name}",
        created=inv.issued_at,
        language=lang,
    )
    buffer = io.BytesIO()
    canvas = pdfa.new_canvas(buffer, (PAGE_W, PAGE_H), meta)
    fonts.register()
    cells = appendix.call_cells(doc.calls, lang)
    calls_pages = appendix.page_count(len(cells))
    wrapped = [_description_lines(doc, item) for item in doc.detail.items]
    summary = Summary(doc, labels, notes(doc, labels, calls_pages))
    flow = paginate(
        [row_height(len(lines)) for lines in wrapped], summary.height, doc.qr_standard == "swiss_qr_bill"
    )
    total = flow.count + calls_pages
    qr_pages = {len(flow.pages)} if flow.qr_bill_on_last else ({flow.count} if flow.qr_bill_page else set())

    def footer(c: Any, page: int) -> None:
        c.setFont(fonts.REGULAR, 8)
        y = QR_FOOTER_Y if page in qr_pages else FOOTER_Y
        c.drawRightString(RIGHT, y, labels["page"].format(x=page, y=total))
        c.drawString(LEFT, y, f"{seller.name} · {inv.number}")

    _item_pages(canvas, doc, labels, title, wrapped, flow, summary, footer)
    if flow.qr_bill_page:
        _qr_bill(canvas, doc)
        footer(canvas, flow.count)
        canvas.showPage()
    if cells:
        heading = labels["calls_title"].format(number=inv.number)
        total_line = appendix.calls_total_line(doc.calls, labels, lang, inv.currency)
        appendix.draw_lines(
            canvas,
            cells,
            flow.count + 1,
            lambda c: appendix.column_headings(c, labels, inv.currency, heading),
            footer,
            total_line,
        )
    pdfa.finish(canvas, meta, factur_x)
    canvas.save()
    return buffer.getvalue()


def _title(doc: InvoiceDocument, labels: dict[str, str]) -> str:
    return labels["credit_note" if doc.detail.invoice.kind == "credit_note" else "invoice"]


def _description_lines(doc: InvoiceDocument, item: InvoiceItem) -> list[str]:
    from reportlab.lib.utils import simpleSplit

    return simpleSplit(line_text(item, doc.lang), fonts.REGULAR, ITEM_SIZE, DESC_WIDTH) or [""]


def _item_pages(
    c: Any,
    doc: InvoiceDocument,
    labels: dict[str, str],
    title: str,
    wrapped: list[list[str]],
    flow: TablePages,
    summary: Summary,
    footer: Any,
) -> None:
    inv = doc.detail.invoice
    items = doc.detail.items
    for page_no, (start, end) in enumerate(flow.pages, start=1):
        if page_no == 1:
            _first_page_head(c, doc, labels, title)
            y = TABLE_TOP_FIRST
        else:
            c.setFont(fonts.BOLD, 11)
            c.drawString(LEFT, PAGE_H - 60, labels["continued"].format(title=title, number=inv.number))
            y = TABLE_TOP_NEXT
        _table_heading(c, labels, inv.currency, y)
        c.setFont(fonts.REGULAR, ITEM_SIZE)
        for i in range(start, end):
            item = items[i]
            y -= ROW_PITCH
            c.drawString(LEFT, y, str(item.position))
            for n, line in enumerate(wrapped[i]):
                c.drawString(X_DESC, y - n * LINE_PITCH, line)
            if item.first_day:
                c.drawString(
                    X_PERIOD, y, f"{date_text(item.first_day, doc.lang)}–{date_text(item.last_day, doc.lang)}"
                )
            c.drawRightString(X_QTY, y, str(item.quantity))
            c.drawRightString(RIGHT, y, money_text(item.amount, doc.lang, inv.currency)[4:])
            y -= LINE_PITCH * (len(wrapped[i]) - 1)
        last = page_no == len(flow.pages)
        if last:
            rule_y = y - TABLE_RULE_GAP
            c.setLineWidth(0.5)
            c.line(LEFT, rule_y, RIGHT, rule_y)
            summary.draw(c, rule_y)
            if flow.qr_bill_on_last:
                _qr_bill(c, doc)
        footer(c, page_no)
        c.showPage()


def _table_heading(c: Any, labels: dict[str, str], currency: str, y: float) -> None:
    c.setFont(fonts.BOLD, ITEM_SIZE)
    c.drawString(LEFT, y, labels["pos"])
    c.drawString(X_DESC, y, labels["description"])
    c.drawString(X_PERIOD, y, labels["period"])
    c.drawRightString(X_QTY, y, labels["qty"])
    c.drawRightString(RIGHT, y, f"{labels['amount']} ({currency})")
    c.setLineWidth(0.5)
    c.line(LEFT, y - 5, RIGHT, y - 5)


def _first_page_head(c: Any, doc: InvoiceDocument, labels: dict[str, str], title: str) -> None:
    inv = doc.detail.invoice
    lang = doc.lang
    seller, to = doc.seller, doc.buyer
    credit = inv.kind == "credit_note"
    # Seller, top left; the document's title, top right.
    c.setFont(fonts.BOLD, 12)
    c.drawString(LEFT, PAGE_H - 60, seller.name)
    c.setFont(fonts.REGULAR, 8.5)
    seller_lines = [
        seller.street,
        f"{seller.postal_code} {seller.city}",
        seller.country,
        f"{vat_id_label(seller.vat_id, lang)} {seller.vat_id}" if seller.vat_id else "",
        " · ".join(x for x in (seller.email, seller.website) if x),
    ]
    for i, line in enumerate(x for x in seller_lines if x):
        c.drawString(LEFT, PAGE_H - 74 - 11 * i, line)
    c.setFont(fonts.BOLD, 20)
    c.drawRightString(RIGHT, PAGE_H - 64, title)
    # Recipient where a window envelope shows it; the country only when it is another one.
    c.setFont(fonts.REGULAR, 10)
    lines = [
        to.name,
        to.contact,
        to.street,
        f"{to.postal_code} {to.city}".strip(),
        to.country if to.country != seller.country else "",
    ]
    y = PAGE_H - 160
    for line in (x for x in lines if x):
        c.drawString(LEFT, y, line)
        y -= 13
    if to.vat_id:
        c.setFont(fonts.REGULAR, 8.5)
        c.drawString(LEFT, y - 2, f"{vat_id_label(to.vat_id, lang)} {to.vat_id}")
    # Numbers and dates, right. A credit note is paid by nothing: it has no due date.
    facts = [
        (labels["credit_number" if credit else "number"], inv.number),
        (labels["credit_date" if credit else "date"], date_text(inv.issued_at, lang)),
        (labels["period"], f"{date_text(inv.period_start, lang)} – {date_text(inv.period_end, lang)}"),
        (labels["due"], "" if credit else date_text(inv.due_on, lang)),
        (labels["customer_no"], doc.customer_number),
        (labels["reference"], reference_text(inv.payment_reference)),
    ]
    if credit and doc.credit_of_number:
        facts.insert(2, (labels["corrects"], doc.credit_of_number))
    y = PAGE_H - 160
    for label, value in facts:
        if not value:
            continue
        c.setFont(fonts.REGULAR, 8.5)
        c.drawString(LEFT + 270, y, label)
        c.setFont(fonts.BOLD, 8.5)
        c.drawRightString(RIGHT, y, value)
        y -= 13


def _qr_bill(c: Any, doc: InvoiceDocument) -> None:
    from dataclasses import replace

    from desktop.reports.swiss_qr_bill import draw_qr_bill

    pi = doc.detail.payment_instructions
    assert pi is not None
    labels = labels_for(doc.lang, pi.currency)
    # The additional information is worded in the document's language, not the provider's.
    pi = replace(pi, message=labels["qr_message"].format(number=doc.detail.invoice.number))
    draw_qr_bill(c, pi, doc.buyer, labels, doc.lang)

"""The A4 invoice: sender, recipient, numbers and dates, items, VAT lines and totals, the payment
note with its QR code (Swiss QR-bill or EPC), the calls appendix and "page X of Y" on every page;
Factur-X XML embedded for EUR invoices to businesses. reportlab loads on the first render."""

from __future__ import annotations

import io
from typing import Any

from desktop.reports import calls_appendix as appendix
from desktop.reports.document import SENDER_VAT_ID, InvoiceDocument
from desktop.reports.formatting import date_text, money_text, percent_text
from desktop.reports.labels import item_text, labels_for

PAGE_W, PAGE_H = appendix.PAGE_W, appendix.PAGE_H
LEFT, RIGHT = appendix.LEFT, appendix.RIGHT
MM = 72 / 25.4
QR_BILL_TOP = 105 * MM + 14  # the summary must end above the QR-bill and its cut hint
X_DESC, X_PERIOD, X_QTY = LEFT + 28, LEFT + 250, LEFT + 405


def render_invoice(doc: InvoiceDocument) -> bytes:
    """The PDF as bytes. Raises ValueError when the payment data cannot make a valid QR code."""
    from reportlab.pdfgen.canvas import Canvas

    inv = doc.detail.invoice
    lang = doc.lang
    labels = labels_for(lang, inv.currency)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(PAGE_W, PAGE_H), invariant=1)
    canvas.setTitle(f"{labels[inv.kind if inv.kind in labels else 'invoice']} {inv.number}")
    canvas.setAuthor(doc.sender.name)
    canvas.setSubject(inv.period or inv.number)
    cells = appendix.call_cells(doc.calls, lang)
    calls_pages = appendix.page_count(len(cells))
    summary_pages = 2 if _summary_needs_own_page(doc) else 1
    total = summary_pages + calls_pages

    def footer(c: Any, page: int) -> None:
        c.setFont("Helvetica", 8)
        text = labels["page"].format(x=page, y=total)
        y = 105 * MM + 24 if page == 1 and doc.qr_standard == "swiss_qr_bill" else 30
        c.drawRightString(RIGHT, y, text)
        c.drawString(LEFT, y, f"{doc.sender.name} · {inv.number}")

    _summary(canvas, doc, labels, calls_pages)
    if summary_pages == 2:  # the QR-bill on a page of its own when the items are many
        footer(canvas, 1)
        canvas.showPage()
        _payment_code(canvas, doc, labels, LEFT)
        footer(canvas, 2)
    else:
        footer(canvas, 1)
    canvas.showPage()
    if cells:
        title = labels["calls_title"].format(number=inv.number)
        total_line = appendix.calls_total_line(doc.calls, labels, lang, inv.currency)
        appendix.draw_lines(canvas, cells, summary_pages + 1,
                            lambda c: appendix.column_headings(c, labels, inv.currency, title),
                            footer, total_line)
    canvas.save()
    pdf = buffer.getvalue()
    if doc.wants_factur_x:
        from desktop.reports.factur_x import embed

        pdf = embed(pdf, doc)
    return pdf


def _summary_needs_own_page(doc: InvoiceDocument) -> bool:
    if doc.qr_standard != "swiss_qr_bill":
        return False
    return _items_bottom(doc) < QR_BILL_TOP + 60


def _items_bottom(doc: InvoiceDocument) -> float:
    return 560 - 16 * (len(doc.detail.items) + 1)


def _summary(c: Any, doc: InvoiceDocument, labels: dict[str, str], calls_pages: int) -> None:
    inv = doc.detail.invoice
    lang, cur = doc.lang, inv.currency
    sender, to = doc.sender, doc.recipient
    # Sender, top left; the document's title, top right.
    c.setFont("Helvetica-Bold", 12)
    c.drawString(LEFT, PAGE_H - 60, sender.name)
    c.setFont("Helvetica", 8.5)
    sender_lines = [sender.street, f"{sender.postal_code} {sender.city}", sender.country,
                    f"{labels['vat_id']} {SENDER_VAT_ID}"]
    for i, line in enumerate(sender_lines):
        c.drawString(LEFT, PAGE_H - 74 - 11 * i, line)
    c.setFont("Helvetica-Bold", 20)
    title = labels["credit_note" if inv.kind == "credit_note" else "invoice"]
    c.drawRightString(RIGHT, PAGE_H - 64, title)
    # Recipient where a window envelope shows it.
    c.setFont("Helvetica", 10)
    lines = [to.name, *to.lines, to.street, f"{to.postal_code} {to.city}".strip(), to.country]
    y = PAGE_H - 160
    for line in (x for x in lines if x):
        c.drawString(LEFT, y, line)
        y -= 13
    if to.vat_number:
        c.setFont("Helvetica", 8.5)
        c.drawString(LEFT, y - 2, f"{labels['vat_id']} {to.vat_number}")
    # Numbers and dates, right.
    facts = [(labels["credit_number" if inv.kind == "credit_note" else "number"], inv.number),
             (labels["date"], date_text(inv.issued_at, lang)),
             (labels["period"], f"{date_text(inv.period_start, lang)} – {date_text(inv.period_end, lang)}"),
             (labels["due"], date_text(inv.due_on, lang)),
             (labels["customer_no"], doc.customer_number),
             (labels["reference"], inv.payment_reference)]
    y = PAGE_H - 160
    for label, value in facts:
        if not value:
            continue
        c.setFont("Helvetica", 8.5)
        c.drawString(LEFT + 270, y, label)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawRightString(RIGHT, y, value)
        y -= 13
    # Items.
    y = 560
    c.setFont("Helvetica-Bold", 9)
    c.drawString(LEFT, y, labels["pos"])
    c.drawString(X_DESC, y, labels["description"])
    c.drawString(X_PERIOD, y, labels["period"])
    c.drawRightString(X_QTY, y, labels["qty"])
    c.drawRightString(RIGHT, y, f"{labels['amount']} ({cur})")
    c.setLineWidth(0.5)
    c.line(LEFT, y - 5, RIGHT, y - 5)
    c.setFont("Helvetica", 9)
    for item in doc.detail.items:
        y -= 16
        c.drawString(LEFT, y, str(item.position))
        c.drawString(X_DESC, y, _fit(item_text(item.description, lang), X_PERIOD - X_DESC - 8, 9))
        if item.first_day:
            c.drawString(X_PERIOD, y, f"{date_text(item.first_day, lang)}–{date_text(item.last_day, lang)}")
        c.drawRightString(X_QTY, y, str(item.quantity))
        c.drawRightString(RIGHT, y, money_text(item.amount, lang, cur)[4:])
    c.line(LEFT, y - 6, RIGHT, y - 6)
    # VAT and totals.
    y -= 22
    rows = [(labels["net"], money_text(inv.net, lang, cur)),
            (labels["vat"].format(rate=percent_text(inv.vat_rate_percent, lang)),
             money_text(inv.vat, lang, cur))]
    for label, value in rows:
        c.setFont("Helvetica", 9)
        c.drawString(LEFT + 270, y, label)
        c.drawRightString(RIGHT, y, value)
        y -= 14
    c.setFont("Helvetica-Bold", 11)
    c.drawString(LEFT + 270, y - 2, labels["total"])
    c.drawRightString(RIGHT, y - 2, money_text(inv.gross, lang, cur))
    y -= 26
    # Notes: reverse charge, credit reference, how it is paid, the appendix.
    c.setFont("Helvetica", 9)
    notes = []
    if doc.detail.reverse_charge_note:
        notes.append(doc.detail.reverse_charge_note)
    if inv.kind == "credit_note" and doc.credit_of_number:
        notes.append(labels["credit_of"].format(number=doc.credit_of_number))
    notes.append(_payment_note(doc, labels))
    if doc.calls:
        notes.append(labels["calls_ref"].format(n=len(doc.calls), pages=calls_pages))
    from reportlab.lib.utils import simpleSplit

    width = RIGHT - LEFT - (110 if doc.qr_standard == "epc_qr" else 0)  # beside the EPC code
    for note in notes:
        for line in simpleSplit(note, "Helvetica", 9, width):
            c.drawString(LEFT, y, line)
            y -= 12
        y -= 4
    if not _summary_needs_own_page(doc):
        _payment_code(c, doc, labels, y)


def _payment_code(c: Any, doc: InvoiceDocument, labels: dict[str, str], y: float) -> None:
    pi = doc.detail.payment_instructions
    if pi is None or doc.qr_standard is None:
        return
    if doc.qr_standard == "swiss_qr_bill":
        from desktop.reports.swiss_qr_bill import draw_qr_bill

        draw_qr_bill(c, pi, doc.recipient, labels_for(doc.lang, pi.currency), doc.lang)
        return
    from desktop.reports.qr_codes import draw_qr, epc_payload

    size = 32 * MM
    top = y - 6  # right under the payment note
    draw_qr(c, epc_payload(pi), RIGHT - size, top - size, size)
    c.setFont("Helvetica", 7.5)
    c.drawRightString(RIGHT, top - size - 11, labels["epc_caption"])


def _payment_note(doc: InvoiceDocument, labels: dict[str, str]) -> str:
    inv = doc.detail.invoice
    amount = money_text(inv.gross, doc.lang, inv.currency)
    due = date_text(inv.due_on, doc.lang)
    if inv.kind == "credit_note" or inv.gross <= 0:
        return labels["nothing_due"]
    if inv.status == "paid":
        return labels["paid"].format(date=date_text(inv.paid_at, doc.lang))
    if inv.payment_method == "sepa":
        return labels["pay_sepa"].format(amount=amount, due=due)
    if inv.payment_method == "card":
        return labels["pay_card"].format(amount=amount)
    return labels["pay_transfer"].format(amount=amount, due=due, reference=inv.payment_reference)


def _fit(text: str, width: float, size: float) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, "Helvetica", size) <= width:
        return text
    while text and stringWidth(text + "…", "Helvetica", size) > width:
        text = text[:-1]
    return text + "…"

"""The itemized calls, drawn straight on the canvas: fixed column positions worked out once,
cheap string formatting per line, no flowables (a platypus table is ~9x slower at 10,000 calls)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from desktop.api_client.invoices_types import Call
from desktop.reports import fonts
from desktop.reports.formatting import decimal_mark, duration_text, money_text, price_text
from desktop.reports.labels import zone_name

PAGE_W, PAGE_H = 595.2756, 841.8898  # A4 in points
LEFT, RIGHT = 50.0, PAGE_W - 50.0
TOP = PAGE_H - 50.0
FONT_SIZE, LEADING = 8.0, 11.0
FIRST_LINE = TOP - 42.0  # below the title and the column headings
LAST_LINE = 62.0  # above the page footer
LINES_PER_PAGE = int((FIRST_LINE - LAST_LINE) // LEADING) + 1
# Left edges of start, from, to, zone; right edges of duration and price.
X_START, X_FROM, X_TO, X_ZONE = LEFT, LEFT + 92, LEFT + 182, LEFT + 272
X_DURATION, X_PRICE = RIGHT - 70, RIGHT


def page_count(calls: int) -> int:
    """Appendix pages for `calls` lines, the totals line included."""
    return 0 if calls == 0 else (calls + 1 + LINES_PER_PAGE - 1) // LINES_PER_PAGE


def call_cells(calls: Sequence[Call], lang: str) -> list[tuple[str, str, str, str, str, str]]:
    """Each call as its six printed cells (the bench's floor draws exactly these)."""
    mark = decimal_mark(lang, calls[0].currency) if calls else "."
    zones: dict[str, str] = {}
    out = []
    for call in calls:
        t = call.started_at
        if lang == "de":
            start = f"{t.day:02d}.{t.month:02d}.{t.year} {t.hour:02d}:{t.minute:02d}:{t.second:02d}"
        else:
            start = f"{t.year}-{t.month:02d}-{t.day:02d} {t.hour:02d}:{t.minute:02d}:{t.second:02d}"
        zone = zones.get(call.zone)
        if zone is None:
            zone = zones[call.zone] = zone_name(call.zone, lang)
        out.append((start, "+" + call.from_number, "+" + call.to_number, zone,
                    duration_text(call.duration_s), price_text(call.price, mark)))
    return out


def draw_lines(canvas: Any, cells: Sequence[tuple[str, str, str, str, str, str]], first_page: int,
               heading: Callable[[Any], None], footer: Callable[[Any, int], None],
               total_line: str) -> int:
    """Draw the call lines over as many pages as they need; returns the next page number."""
    page = first_page
    i, n = 0, len(cells)
    draw, draw_right = canvas.drawString, canvas.drawRightString
    while i < n or i == n and total_line:
        heading(canvas)
        canvas.setFont(fonts.REGULAR, FONT_SIZE)
        y = FIRST_LINE
        for start, frm, to, zone, duration, price in cells[i:i + LINES_PER_PAGE]:
            draw(X_START, y, start)
            draw(X_FROM, y, frm)
            draw(X_TO, y, to)
            draw(X_ZONE, y, zone)
            draw_right(X_DURATION, y, duration)
            draw_right(X_PRICE, y, price)
            y -= LEADING
        i += LINES_PER_PAGE
        if i >= n and total_line:
            if y < LAST_LINE:  # the totals line starts the next page
                footer(canvas, page)
                canvas.showPage()
                page += 1
                heading(canvas)
                y = FIRST_LINE
            canvas.setFont(fonts.BOLD, FONT_SIZE)
            canvas.drawRightString(X_PRICE, y - 4, total_line)
            total_line = ""
        footer(canvas, page)
        canvas.showPage()
        page += 1
    return page


def calls_total_line(calls: Sequence[Call], labels: dict[str, str], lang: str, currency: str) -> str:
    total = sum((c.price for c in calls), Decimal("0"))
    from desktop.reports.wording import plural

    return labels["calls_total"].format(calls=plural(lang, "%n call(s)", len(calls)),
                                        amount=money_text(total, lang, currency))


def column_headings(canvas: Any, labels: dict[str, str], currency: str, title: str) -> None:
    canvas.setFont(fonts.BOLD, 11)
    canvas.drawString(LEFT, TOP - 12, title)
    canvas.setFont(fonts.BOLD, FONT_SIZE)
    y = TOP - 30
    canvas.drawString(X_START, y, labels["col_start"])
    canvas.drawString(X_FROM, y, labels["col_from"])
    canvas.drawString(X_TO, y, labels["col_to"])
    canvas.drawString(X_ZONE, y, labels["col_zone"])
    canvas.drawRightString(X_DURATION, y, labels["col_duration"])
    canvas.drawRightString(X_PRICE, y, labels["col_price"].format(currency=currency))
    canvas.setLineWidth(0.5)
    canvas.line(LEFT, y - 4, RIGHT, y - 4)

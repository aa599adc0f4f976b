"""Where things go on the invoice's A4 pages, and how the item table flows over them. Pure.

The item table starts under the address block on page 1 and continues on as many pages as it
needs, its column headings repeated on each. The summary (totals, VAT, notes and the EPC code)
is kept whole and on the page of the table's last row: when it does not fit under that row, the
row moves to the next page with it. A Swiss QR-bill's payment part takes the bottom 105 mm of
the last summary page when the summary ends above it, else a page of its own; either way its
105 mm hold nothing else (the page footer goes above the perforation)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

MM = 72 / 25.4
PAGE_W, PAGE_H = 595.2756, 841.8898  # A4 in points
LEFT, RIGHT = 50.0, PAGE_W - 50.0
FOOTER_Y = 30.0
BODY_BOTTOM = 50.0  # lowest baseline of body text above the footer
QR_BILL_HEIGHT = 105 * MM
QR_FOOTER_Y = QR_BILL_HEIGHT + 16  # above the perforation and its "separate" hint
QR_BODY_BOTTOM = QR_FOOTER_Y + 18
TABLE_TOP_FIRST = 560.0  # the column headings' baseline on page 1
TABLE_TOP_NEXT = PAGE_H - 92  # on continuation pages, under the page heading
ROW_PITCH = 16.0  # a one-line item row
LINE_PITCH = 11.0  # each further line of a wrapped description
TABLE_RULE_GAP = 6.0  # from the last row's baseline to the rule under the table


def row_height(lines: int) -> float:
    return ROW_PITCH + LINE_PITCH * (max(1, lines) - 1)


@dataclass(frozen=True)
class TablePages:
    """The item rows on each page ([start, end) indices), and the summary page's facts."""

    pages: tuple[tuple[int, int], ...]
    qr_bill_on_last: bool  # the QR-bill shares the last summary page (when there is one)
    qr_bill_page: bool  # the QR-bill has a page of its own after the summary

    @property
    def count(self) -> int:
        return len(self.pages) + (1 if self.qr_bill_page else 0)


def paginate(heights: Sequence[float], summary_height: float, qr_bill: bool) -> TablePages:
    """Rows of the given heights over pages; `summary_height` is the block drawn under the table
    (from the rule to its last line). Each page takes rows while they fit above BODY_BOTTOM;
    the last row and the summary go together."""
    pages: list[tuple[int, int]] = []
    start, n, top = 0, len(heights), TABLE_TOP_FIRST
    while True:
        y, end = top, start
        while end < n and y - heights[end] >= BODY_BOTTOM:
            y -= heights[end]
            end += 1
        if end == start and end < n:  # a row taller than a page: alone (cannot happen in practice)
            end += 1
        if end == n:
            if y - TABLE_RULE_GAP - summary_height >= BODY_BOTTOM:
                pages.append((start, end))
                return _with_qr(pages, y - TABLE_RULE_GAP - summary_height, qr_bill)
            if end - start >= 2:
                end -= 1  # the last row moves to the next page, with the summary
            else:  # a summary taller than the room under one row: it gets a page of its own
                pages += [(start, end), (end, end)]
                return _with_qr(pages, TABLE_TOP_NEXT - summary_height, qr_bill)
        pages.append((start, end))
        start, top = end, TABLE_TOP_NEXT


def _with_qr(pages: list[tuple[int, int]], summary_bottom: float, qr_bill: bool) -> TablePages:
    if not qr_bill:
        return TablePages(tuple(pages), False, False)
    fits = summary_bottom >= QR_BODY_BOTTOM
    return TablePages(tuple(pages), fits, not fits)

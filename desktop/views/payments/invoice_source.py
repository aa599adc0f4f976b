"""Where the Invoices page and an opened invoice read from: the local store when the profile has
one (the source for reading, offline and online after sync), the provider's API otherwise. Both
answer the same questions in the same orders and page by opaque cursors, so the page does not
care which one it has. Every method blocks (disk or network): call through desktop.tasks.Op."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.api_client.invoices import InvoicesApi
from desktop.api_client.invoices_types import Call, Invoice, InvoiceDetail
from desktop.models.invoices.calls_model import CallChunk
from desktop.store import pages as store_pages
from desktop.store.pages import InvoiceQuery

INVOICE_PAGE = 100
FIRST_CALLS = 200  # small, so the first rows show at once; later pages are larger
MAX_NOTE = 500


def check_note(note: str) -> str:
    """The dispute note as the provider takes it, or ValueError with what is wrong."""
    text = note.strip()
    if not text:
        raise ValueError("Say what is wrong with the call.")
    if len(text) > MAX_NOTE:
        raise ValueError(f"Keep the note under {MAX_NOTE} characters.")
    return text


class ApiInvoices:
    """Straight from the provider (no store yet: first start, or the store could not open)."""

    call_page_limit = 500  # the provider's largest page

    def __init__(self, client: Any, account_id: int) -> None:
        self.api = InvoicesApi(client, account_id)

    def invoices(self, query: InvoiceQuery, cursor: str | None = None,
                 limit: int = INVOICE_PAGE) -> tuple[list[Invoice], str | None]:
        page = self.api.invoice_page(cursor=cursor, limit=limit, **query.params())
        return [Invoice.from_json(i) for i in page.items], page.next_cursor

    def periods(self) -> list[str]:
        return []  # the provider has no list of periods; the page collects them from what it loaded

    def detail(self, invoice_id: int) -> InvoiceDetail:
        return self.api.invoice(invoice_id)

    def calls(self, invoice_id: int, cursor: str | None, zone_names: list[str],
              limit: int) -> tuple[CallChunk, str | None]:
        page = self.api.call_page(invoice_id, cursor, min(limit, self.call_page_limit))
        return CallChunk.from_json(page.items, zone_names), page.next_cursor

    def disputed(self) -> set[int]:
        return {d.call_id for d in self.api.disputes()}

    def dispute(self, call_id: int, note: str) -> bool:
        """Send the dispute; True when it reached the provider (always, here)."""
        self.api.dispute_call(call_id, check_note(note))
        return True

    def save_pdf(self, invoice_id: int, account: Any, path: Path) -> Path:
        from desktop.reports.export import export_invoice

        return export_invoice(_ApiDocumentData(self.api), invoice_id, account, path)


class _ApiDocumentData:
    """What desktop.reports.export reads from a store (detail, invoice, calls), from the API."""

    def __init__(self, api: InvoicesApi) -> None:
        self.api = api

    def detail(self, invoice_id: int) -> InvoiceDetail:
        return self.api.invoice(invoice_id)

    def invoice(self, invoice_id: int) -> Invoice:
        return self.api.invoice(invoice_id).invoice

    def calls(self, invoice_id: int) -> list[Call]:
        out: list[Call] = []
        cursor: str | None = None
        while True:
            page = self.api.call_page(invoice_id, cursor)
            out += [Call.from_json(c) for c in page.items]
            cursor = page.next_cursor
            if not cursor:
                return out


class StoreInvoices:
    """From the local store; `online` (an ApiInvoices) fills in what a running sync has not
    stored yet and sends disputes at once. Offline, disputes are kept and sent by the next sync."""

    call_page_limit = 20_000  # a page from disk costs little; fewer round trips while scrolling

    def __init__(self, store: Any, online: ApiInvoices | None = None) -> None:
        self.store = store
        self.online = online

    def invoices(self, query: InvoiceQuery, cursor: str | None = None,
                 limit: int = INVOICE_PAGE) -> tuple[list[Invoice], str | None]:
        # Before the first sync has finished the store knows nothing: ask the provider meanwhile.
        if cursor is None:
            side = "a" if self.online is not None and self.store.last_sync is None else "s"
        else:
            side, _, cursor = cursor.partition(":")
        if side == "a" and self.online is not None:
            invoices, cursor = self.online.invoices(query, cursor or None, limit)
        else:
            invoices, cursor = store_pages.invoice_page(self.store.path, query, cursor or None, limit)
        return invoices, (f"{side}:{cursor}" if cursor else None)

    def periods(self) -> list[str]:
        return store_pages.periods(self.store.path)

    def detail(self, invoice_id: int) -> InvoiceDetail:
        detail = self.store.detail(invoice_id)
        if detail is not None:
            return detail
        if self.online is not None:
            return self.online.detail(invoice_id)
        raise LookupError("This invoice's details are not on this computer yet; they arrive with the "
                          "next sync.")

    def calls(self, invoice_id: int, cursor: str | None, zone_names: list[str],
              limit: int) -> tuple[CallChunk, str | None]:
        # The cursor says which side the first page came from, so one list never mixes the two.
        if cursor is None:
            stored = self.online is None or store_pages.calls_complete(self.store.path, invoice_id)
            side = "s" if stored else "a"
        else:
            side, _, cursor = cursor.partition(":")
        if side == "a" and self.online is not None:
            chunk, cursor = self.online.calls(invoice_id, cursor or None, zone_names, limit)
        else:
            page, cursor = store_pages.call_columns(self.store.path, invoice_id, cursor or None,
                                                    min(limit, self.call_page_limit))
            chunk = (CallChunk.from_packed(page, zone_names) if isinstance(page, list)
                     else CallChunk.from_columns(page, zone_names))
        return chunk, (f"{side}:{cursor}" if cursor else None)

    def disputed(self) -> set[int]:
        ids = {int(d["call_id"]) for d in self.store.disputes()}
        if self.online is not None:
            ids |= self.online.disputed()
        return ids

    def dispute(self, call_id: int, note: str) -> bool:
        """Online: sent now and recorded as sent. Offline: kept locally (False), sent by the sync."""
        text = check_note(note)
        if self.online is None:
            self.store.flag_call(call_id, text)
            return False
        remote = self.online.api.dispute_call(call_id, text)
        try:
            self.store.flag_call(call_id, text)
            self.store.mark_dispute_sent(call_id, remote.id, remote.status)
        except ValueError:
            pass  # the call is not stored yet (its invoice is still syncing): the provider has it
        return True

    def save_pdf(self, invoice_id: int, account: Any, path: Path) -> Path:
        from desktop.reports.export import export_invoice

        if self.store.detail(invoice_id) is None and self.online is not None:
            return self.online.save_pdf(invoice_id, account, path)
        return export_invoice(self.store, invoice_id, account, path)


def source_for(ctx: Any) -> ApiInvoices | StoreInvoices:
    """The one place that decides where invoices are read from."""
    online = None if ctx.offline or ctx.client is None else ApiInvoices(ctx.client, ctx.me.account.id)
    if ctx.store is not None:
        return StoreInvoices(ctx.store, online)
    if online is None:
        raise LookupError("No invoices on this computer yet: they arrive with the first sync.")
    return online

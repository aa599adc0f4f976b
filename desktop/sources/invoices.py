"""Invoices and credit notes: the list (filtered, searched, in keyset pages), one opened with its
items and itemized calls, disputes, PDFs, the accountant's period export, two months compared,
and the invoices known for notifications.

Where they are read from is decided here, once: the local store when the profile has one (the
source for reading, offline and online after sync; online, the provider fills in what a running
sync has not stored yet and takes disputes at once), the provider when there is no store (first
start, the store could not open, or a customer a reseller acts for). Both sides answer the same
questions in the same orders and page by opaque cursors, so a page does not care which it has.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.api_client.invoices import InvoicesApi
from desktop.api_client.invoices_types import Call, Invoice, InvoiceDetail
from desktop.models.invoices.calls_model import CallChunk
from desktop.sources.base import Source
from desktop.store import pages as store_pages
from desktop.store.cache import KeptDispute, MonthSummary
from desktop.store.pages import InvoiceQuery

if TYPE_CHECKING:
    from desktop.reports.export import Account

__all__ = ["INVOICE_PAGE", "MAX_NOTE", "ExportCancelled", "InvoiceQuery", "InvoicesSource", "MonthsCompared",
           "check_note"]

INVOICE_PAGE = 100
MAX_NOTE = 500


class ExportCancelled(Exception):
    """The period export was cancelled; nothing half-written is left."""


def check_note(note: str) -> str:
    """The dispute note as the provider takes it, or ValueError with what is wrong."""
    text = note.strip()
    if not text:
        raise ValueError("Say what is wrong with the call.")
    if len(text) > MAX_NOTE:
        raise ValueError(f"Keep the note under {MAX_NOTE} characters.")
    return text


@dataclass(frozen=True)
class MonthsCompared:
    """Two invoiced months from the store, and month B's calls with their disputes."""

    a: MonthSummary
    b: MonthSummary
    calls: tuple[Call, ...]
    disputes: tuple[KeptDispute, ...]


class ProviderInvoices:
    """Straight from the provider (no store: first start, the store could not open, acting)."""

    call_page_limit = 500  # the provider's largest page

    def __init__(self, api: InvoicesApi) -> None:
        self.api = api

    def page(self, query: InvoiceQuery, cursor: str | None = None,
             limit: int = INVOICE_PAGE) -> tuple[list[Invoice], str | None]:
        page = self.api.invoice_page(cursor=cursor, limit=limit, **query.params())
        return [Invoice.from_json(i) for i in page.items], page.next_cursor

    def periods(self) -> list[str]:
        return []  # the provider has no list of periods; the page collects them from what it loaded

    def detail(self, invoice_id: int) -> InvoiceDetail:
        return self.api.invoice(invoice_id)

    def invoice(self, invoice_id: int) -> Invoice:
        return self.api.invoice(invoice_id).invoice

    def calls(self, invoice_id: int) -> list[Call]:
        """Every call of the invoice (for its PDF)."""
        return self.api.calls(invoice_id)

    def call_chunk(self, invoice_id: int, cursor: str | None, zone_names: list[str],
                   limit: int) -> tuple[CallChunk, str | None]:
        page = self.api.call_page(invoice_id, cursor, min(limit, self.call_page_limit))
        return CallChunk.from_json(page.items, zone_names), page.next_cursor

    def disputed(self) -> set[int]:
        return {d.call_id for d in self.api.disputes()}

    def dispute(self, call_id: int, note: str) -> bool:
        """Send the dispute; True when it reached the provider (always, here)."""
        self.api.dispute_call(call_id, check_note(note))
        return True

    def save_pdf(self, invoice_id: int, account: Account, path: Path) -> Path:
        from desktop.reports.export import export_invoice

        return export_invoice(self, invoice_id, account, path)


class StoredInvoices:
    """From the local store; `online` (provider invoices) fills in what a running sync has not
    stored yet and sends disputes at once. Offline, disputes are kept and sent by the next sync."""

    call_page_limit = 20_000  # a page from disk costs little; fewer round trips while scrolling

    def __init__(self, store: Any, online: ProviderInvoices | None = None) -> None:
        self.store = store
        self.online = online

    def page(self, query: InvoiceQuery, cursor: str | None = None,
             limit: int = INVOICE_PAGE) -> tuple[list[Invoice], str | None]:
        # Before the first sync has finished the store knows nothing: ask the provider meanwhile.
        if cursor is None:
            side = "a" if self.online is not None and self.store.last_sync is None else "s"
        else:
            side, _, cursor = cursor.partition(":")
        if side == "a" and self.online is not None:
            invoices, cursor = self.online.page(query, cursor or None, limit)
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

    def call_chunk(self, invoice_id: int, cursor: str | None, zone_names: list[str],
                   limit: int) -> tuple[CallChunk, str | None]:
        # The cursor says which side the first page came from, so one list never mixes the two.
        if cursor is None:
            stored = self.online is None or store_pages.calls_complete(self.store.path, invoice_id)
            side = "s" if stored else "a"
        else:
            side, _, cursor = cursor.partition(":")
        if side == "a" and self.online is not None:
            chunk, cursor = self.online.call_chunk(invoice_id, cursor or None, zone_names, limit)
        else:
            page, cursor = store_pages.call_columns(self.store.path, invoice_id, cursor or None,
                                                    min(limit, self.call_page_limit))
            chunk = (CallChunk.from_packed(page, zone_names) if isinstance(page, list)
                     else CallChunk.from_columns(page, zone_names))
        return chunk, (f"{side}:{cursor}" if cursor else None)

    def disputed(self) -> set[int]:
        ids = {d.call_id for d in self.store.disputes()}
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

    def save_pdf(self, invoice_id: int, account: Account, path: Path) -> Path:
        from desktop.reports.export import export_invoice

        if self.store.detail(invoice_id) is None and self.online is not None:
            return self.online.save_pdf(invoice_id, account, path)
        return export_invoice(self.store, invoice_id, account, path)


class InvoicesSource(Source):
    @property
    def stored(self) -> bool:
        """Whether this computer keeps the account's invoices (compare months, period export)."""
        return self.backends.store is not None

    @property
    def readable(self) -> bool:
        """Whether there is anywhere to read invoices from now (the store, or the provider)."""
        return self.backends.store is not None or self.backends.online

    @cached_property
    def reader(self) -> ProviderInvoices | StoredInvoices:
        """The one place that decides where invoices are read from."""
        b = self.backends
        online = ProviderInvoices(InvoicesApi(b.client, b.account_id)) if b.online else None
        if b.store is not None:
            return StoredInvoices(b.store, online)
        if online is None:
            raise LookupError("No invoices on this computer yet: they arrive with the first sync.")
        return online

    @property
    def call_page_limit(self) -> int:
        """The largest page of calls worth asking for at once."""
        return self.reader.call_page_limit

    def page(self, query: InvoiceQuery, cursor: str | None = None,
             limit: int = INVOICE_PAGE) -> tuple[list[Invoice], str | None]:
        """Newest first, filtered where the data is; the cursor of the next page (None at the end)."""
        return self.reader.page(query, cursor, limit)

    def periods(self) -> list[str]:
        """The invoiced months known here, newest first ([] from the provider, which lists none)."""
        return self.reader.periods()

    def detail(self, invoice_id: int) -> InvoiceDetail:
        return self.reader.detail(invoice_id)

    def calls(self, invoice_id: int, cursor: str | None, zone_names: list[str],
              limit: int) -> tuple[CallChunk, str | None]:
        """A page of the invoice's calls packed for the calls model (with its zone names)."""
        return self.reader.call_chunk(invoice_id, cursor, zone_names, limit)

    def disputed(self) -> set[int]:
        """The ids of the calls disputed, kept here or at the provider."""
        return self.reader.disputed()

    def dispute(self, call_id: int, note: str) -> bool:
        """True when the dispute reached the provider; False when kept for the next sync."""
        return self.reader.dispute(call_id, note)

    def save_pdf(self, invoice_id: int, path: Path) -> Path:
        return self.reader.save_pdf(invoice_id, self._document_account(), path)

    # -- from the local store only ---------------------------------------------------------------
    def export_period(self, first: date, last: date, out_dir: Path, *, report: Any) -> tuple[Path, int]:
        """A ZIP of the period's invoices as PDF with CSVs, from the store (offline too). `report`
        (desktop.tasks.Progress) hears the progress and may cancel: then nothing is left behind."""
        from desktop.reports.export import export_period

        def progress(done: int, total: int) -> None:
            if report.cancelled:
                raise ExportCancelled
            report.progress(done, total)

        from dataclasses import replace

        from desktop import i18n

        # The CSV follows the UI's conventions (German: `;` and a decimal comma).
        account = replace(self._document_account(), ui_language=i18n.current_language())
        try:
            return export_period(self._store(), first, last, account, out_dir, progress)
        except ExportCancelled:
            (out_dir / f"invoices-{first.isoformat()}-{last.isoformat()}.zip.part").unlink(missing_ok=True)
            raise

    def compare(self, a: str, b: str) -> MonthsCompared:
        """Months `a` and `b` ("2026-03") side by side, and month B's calls with their disputes."""
        store = self._store()
        ma, mb = store.month(a), store.month(b)
        calls = store.calls(mb.invoice.id) if mb.invoice else []
        disputes = store.disputes(mb.invoice.id) if mb.invoice else []
        return MonthsCompared(ma, mb, tuple(calls), tuple(disputes))

    def keep_dispute(self, call_id: int, note: str) -> None:
        """A dispute kept on this computer and sent to the provider by the next sync."""
        self._store().flag_call(call_id, note)

    def issued(self) -> frozenset[tuple[int, str, str]] | None:
        """(id, number, kind) of every invoice stored; None until the store has synced once (an
        empty store would make every invoice ever issued look new)."""
        store = self.backends.store
        if store is None or store.last_sync is None:
            return None
        return frozenset((i.id, i.number, i.kind) for i in store.invoices())

    def _store(self) -> Any:
        if self.backends.store is None:
            raise LookupError("No invoices on this computer yet: they arrive with the first sync.")
        return self.backends.store

    def _document_account(self) -> Account:
        from desktop.reports.export import Account

        account = self.backends.account
        assert account is not None
        return Account(account.user_id, account.language, account.is_business)

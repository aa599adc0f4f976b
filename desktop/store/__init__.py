"""The local store: invoices with items and calls, payments, orders and call disputes cached per
profile in a SQLite file readable only by its user, kept current by desktop.store.sync. Blocking
(disk): use it through desktop.tasks.Op from the UI."""

from desktop.store.cache import InvoiceFilter, KeptDispute, LocalStore, MonthSummary
from desktop.store.paths import store_path

__all__ = ["InvoiceFilter", "KeptDispute", "LocalStore", "MonthSummary", "store_path"]

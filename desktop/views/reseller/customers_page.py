"""Customers (reseller workspace): search, filter and sort the reseller's customers (all done by
the provider, rows paged in by keyset as the table scrolls, in the same order), create one, open
one to act for it, and the consolidated overview. Shown only to accounts with `reseller.customers`."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QMenu,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.models.money import money_text
from desktop.models.reseller.customers_model import (
    CustomerColumn,
    CustomersModel,
    column_of,
    count_text,
    sort_for,
)
from desktop.sources.reseller import CustomerQuery, ResellerSource
from desktop.tasks import Op
from desktop.views.action_gate import gate
from desktop.views.field_errors import describe
from desktop.views.form_rows import line_edit
from desktop.views.page_kit import buddy_label, hbox, heading, named_button, show_status, status_line, vbox
from desktop.views.pages import DataPage, PageContext, register
from desktop.views.record_table import RecordTable
from desktop.views.reseller.overview_panel import OverviewPanel

PAGE_SIZE = 100
PERM = "reseller.customers"
SEARCH_MAX = 100  # the provider's limit for q: longer would only earn a 422


@register("customers")
class CustomersPage(DataPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loaded = False
        self.model = CustomersModel(self)
        self.model.more_wanted.connect(self._next_page)
        self.query = CustomerQuery()  # the latest asked for
        self.shown: CustomerQuery | None = None  # what the rows on screen (and model.cursor) answer
        self.sort: str | None = None  # the provider's sort asked for by the header, None: its own
        self.search = line_edit(self, "customer_search",
                                placeholder=self.tr("Name, company, user ID or owner e-mail"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(SEARCH_MAX)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)  # one request per pause in typing, not per key
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.status_filter = self._combo("status_filter", [
            (self.tr("Any status"), None), (self.tr("Active"), "active"), (self.tr("Closed"), "closed")])
        low, high = Decimal("20.00"), Decimal("100.00")  # in each customer's own currency
        self.balance_filter = self._combo("balance_filter", [
            (self.tr("Any balance"), (None, None)), (self.tr("Negative balance"), (Decimal("0"), None)),
            (self.tr("Balance below %1").replace("%1", money_text(low)), (low, None)),
            (self.tr("Balance of %1 or more").replace("%1", money_text(high)), (None, high))])
        self.invoice_filter = self._combo("invoice_filter", [
            (self.tr("Open invoices or not"), None), (self.tr("With open invoices"), True),
            (self.tr("No open invoices"), False)])
        for combo, name in ((self.status_filter, self.tr("Status filter")),
                            (self.balance_filter, self.tr("Balance filter")),
                            (self.invoice_filter, self.tr("Open invoices filter"))):
            combo.setAccessibleName(name)  # the first item says "any", which names no filter
        self.table = RecordTable(self.model, self, "customers_table")
        self.table.on_activate = lambda customer: self.open_customer(customer)
        self._sort_by_provider()
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._gate_open())
        self.open_button = named_button(self.tr("&Open customer"), "open_customer", self,
                                        on_click=lambda: self.open_customer(self.table.selected()))
        self.new_button = named_button(self.tr("&New customer…"), "new_customer", self,
                                       on_click=self.new_customer)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("customer_count")
        self.status = status_line(self)
        self.overview = OverviewPanel(self)
        self.overview.customer_chosen.connect(lambda cid: self._open_id(cid))
        self.overview.open_invoices_wanted.connect(self.show_open_invoices)
        self._build()

    def _combo(self, name: str, items: list[tuple[str, Any]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for text, data in items:
            combo.addItem(text, data)
        combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        return combo

    def _build(self) -> None:
        find = buddy_label(self.tr("&Search:"), self.search, self)
        filters = hbox(find, (self.search, 2), self.status_filter, self.balance_filter, self.invoice_filter)
        actions = hbox(self.open_button, self.new_button, 1, self.count_label)
        list_tab = QWidget(self)
        vbox(list_tab, filters, (self.table, 1), actions)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("reseller_tabs")
        self.tabs.addTab(list_tab, self.tr("Customer &list"))
        self.tabs.addTab(self.overview, self.tr("O&verview"))
        from desktop.views.reseller.statement_panel import StatementPanel

        self.statement = StatementPanel(self)  # the month's margin report
        self.tabs.addTab(self.statement, self.tr("&Wholesale statement"))
        from desktop.views.reseller.dashboard_panel import ResellerDashboardPanel

        self.dashboard = ResellerDashboardPanel(self)  # from the local store, offline too
        self.dashboard.customer_chosen.connect(lambda cid: self._open_id(cid))
        self.tabs.addTab(self.dashboard, self.tr("&Dashboard"))
        self.tabs.currentChanged.connect(lambda i: self._load_overview() if i in (1, 2, 3) else None)
        from desktop.views.reseller.bulk_panel import BulkPanel

        self.bulk = BulkPanel(self)  # month export, top-up for a selection, import: jobs on the provider
        self.bulk.customers = lambda: [self.model.record(r) for r in range(self.model.rowCount())]
        self.tabs.addTab(self.bulk, self.tr("&Bulk work"))
        self.tabs.currentChanged.connect(lambda _i: self._load_bulk())
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Customers"), self))
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        # Top to bottom, as on screen: the tabs above the search come first.
        for first, second in ((self.tabs.tabBar(), self.search), (self.search, self.status_filter),
                              (self.status_filter, self.balance_filter),
                              (self.balance_filter, self.invoice_filter), (self.invoice_filter, self.table),
                              (self.table, self.open_button), (self.open_button, self.new_button)):
            QWidget.setTabOrder(first, second)

    def _sort_by_provider(self) -> None:
        """The header asks the provider for the first page in a column's order; the proxy keeps
        the provider's order (sorting only the rows loaded would show a wrong first page)."""
        self.table.setSortingEnabled(False)
        self.table.proxy.sort(-1)
        header = self.table.horizontalHeader()
        # The name takes the spare width, so the figures stay next to each other on wide screens.
        header.setStretchLastSection(False)
        header.setSectionResizeMode(int(CustomerColumn.NAME), QHeaderView.ResizeMode.Stretch)
        header.setToolTip(self.tr("A click on a column sorts the list by it; another click reverses "
                                  "the order. From the keyboard: the menu key (Shift+F10) in the list."))
        # The header takes no keyboard focus, so the list's context menu offers the same sorts.
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._sort_menu)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        self.table.resizeColumnsToContents()  # before any row: wide enough for the headers
        header.sectionClicked.connect(self.sort_by)
        self._show_sort()

    def sort_by(self, column: int) -> None:
        """A header click: ascending first, the other way when the column is already asked for."""
        self._show_sort()  # the header flipped its arrow itself; it shows the rows' order until they come
        asked = column_of(self.sort)
        descending = asked is not None and asked == (column, Qt.SortOrder.AscendingOrder)
        sort = sort_for(column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
        if sort is None:
            return
        self.sort = sort
        self.apply_filters()

    def _sort_menu(self, pos: QPoint) -> None:
        menu = QMenu(self.table)
        menu.setObjectName("sort_menu")
        asked = column_of(self.sort)
        model = self.table.model()
        for column in range(model.columnCount()):
            name = str(model.headerData(column, Qt.Orientation.Horizontal))
            action = menu.addAction(self.tr("Sort by %1").replace("%1", name))
            action.setCheckable(True)
            action.setChecked(asked is not None and asked[0] == column)
            action.triggered.connect(lambda _c=False, col=column: self.sort_by(col))
        self.sort_menu = menu  # kept, so tests and screenshots can find it
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def _show_sort(self) -> None:
        shown = column_of(self.shown.sort if self.shown is not None else None)
        column, order = shown if shown is not None else (-1, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSortIndicator(column, order)

    # -- context and loading ------------------------------------------------------------
    def source(self) -> ResellerSource:
        assert self.ctx is not None and self.ctx.me is not None
        return self.ctx.sources.reseller

    def _gate_open(self) -> None:
        if gate(self.open_button, self.ctx, PERM) and self.table.selected() is None:
            self.open_button.setEnabled(False)
            self.open_button.setToolTip(self.tr("Choose a customer in the list first."))

    def context_changed(self, ctx: PageContext | None) -> None:
        for widget in (self.new_button, self.search, self.status_filter, self.balance_filter,
                       self.invoice_filter):
            gate(widget, ctx, PERM)
        self._gate_open()
        if ctx is None:
            self.model.show_first((), None)
            self.shown = None
            self._show_sort()
            self.count_label.clear()

    def _online(self) -> bool:
        ctx = self.ctx
        return ctx is not None and ctx.me is not None and ctx.can(PERM) and not ctx.offline

    def reload(self) -> None:
        if self.ctx is None or self.ctx.me is None or not self.ctx.can(PERM):
            self.loaded = True  # nothing to load for this account
            return
        if self.ctx.offline:
            self.loaded = True
            self.table.set_empty_text(self.tr("The customer list needs a connection to the provider."))
            show_status(self.status, self.tr(
                "Offline: the list and the overview show what was loaded before; searching, opening and "
                "creating customers need a connection to the provider."))
            if self.model.rowCount():
                self._count()
            else:
                self.count_label.clear()
            if self.tabs.currentIndex() in (1, 2, 3):
                self._load_overview()
            return
        self.apply_filters()
        if self.tabs.currentIndex() in (1, 2, 3):
            self._load_overview()

    def current_query(self) -> CustomerQuery:
        below, at_least = self.balance_filter.currentData() or (None, None)
        return CustomerQuery(text=self.search.text(), status=self.status_filter.currentData(),
                             balance_below=below, balance_at_least=at_least,
                             open_invoices=self.invoice_filter.currentData(), sort=self.sort)

    def apply_filters(self) -> None:
        if not self._online():
            return
        self._debounce.stop()
        self.query = query = self.current_query()
        self.loaded = False
        self.table.set_empty_text(self.tr("Loading customers…"))
        self.count_label.setText(self.tr("Loading…"))
        # One key for first and next pages: a new search or sort drops any page still coming.
        Op(self.source().customers, query, None, PAGE_SIZE).success(lambda page: self._first(query, page)) \
            .failure(lambda err: self._first_failed(query, err)).key(self._key()).run()

    def _key(self) -> str:
        return f"reseller:customers:{id(self)}"

    def _first(self, query: CustomerQuery, page: Any) -> None:
        if query != self.query or not self._online():
            return  # an older search answered late, or the app went offline meanwhile
        self.shown = query
        self.model.show_first(page.items, page.next_cursor)
        self._show_sort()
        self.loaded = True
        show_status(self.status, "")
        filtered = query.text.strip() or any(v is not None for v in (
            query.status, query.balance_below, query.balance_at_least, query.open_invoices))
        self.table.set_empty_text(self.tr("No customer matches this search and these filters.") if filtered
                                  else self.tr("You have no customers yet. New customer… creates one."))
        self._count()
        self.table.resizeColumnsToContents()  # the name column stretches (see _sort_by_provider)
        self.table.select_first()
        self._gate_open()

    def _next_page(self) -> None:
        if not self._online() or self.model.cursor is None or self.shown is None:
            self.model.loading = False
            return
        if self.shown != self.query:
            # A first page in another order or search is coming to replace these rows; their
            # cursor would mean nothing to it (and would supersede it under the shared key).
            self.model.loading = False
            return
        query = self.shown
        Op(self.source().customers, query, self.model.cursor, PAGE_SIZE) \
            .success(lambda page: self._more(query, page)).failure(self._failed).key(self._key()).run()

    def _more(self, query: CustomerQuery, page: Any) -> None:
        if query == self.shown == self.query and self._online():
            self.model.show_next(page.items, page.next_cursor)
            self._count()

    def _count(self) -> None:
        self.count_label.setText(count_text(self.model.rowCount(), self.model.has_more))

    def _first_failed(self, query: CustomerQuery, err: Any) -> None:
        if query != self.query or not self._online():
            return
        # The rows on screen answer an older search or order; left there, they would pass for
        # this one's.
        self.shown = None
        self.model.show_first((), None)
        self._show_sort()
        self._gate_open()
        self._failed(err)

    def _failed(self, err: Any) -> None:
        self.model.loading = False
        self.loaded = True
        if not self._online():
            return  # the offline state says it already
        self.table.set_empty_text(self.tr("The customers could not be loaded: see the message above."))
        if self.model.rowCount():
            self._count()
        else:
            self.count_label.clear()
        show_status(self.status, describe(err), error=True)

    def _load_overview(self) -> None:
        if self.ctx is None or self.ctx.me is None or not self.ctx.can(PERM):
            return
        if self.tabs.currentIndex() == 3:
            self.dashboard.load(self.ctx.sources.reseller_dashboard, self.ctx.me.account.currency)
        elif self.ctx.offline:
            self.overview.show_offline()
        elif self.tabs.currentIndex() == 2:
            account = self.ctx.me.account
            self.statement.load(self.source(), account.company_name or account.name, account.language)
        else:
            self.overview.load(self.source(), self.ctx.me.account.currency)

    def _load_bulk(self) -> None:
        if self.tabs.currentWidget() is not self.bulk or not self._online() or self.ctx is None:
            return
        self.bulk.load(self.ctx.sources.reseller_bulk)

    def show_open_invoices(self) -> None:
        """From the overview: the customers with open invoices, the largest open amount first."""
        self.tabs.setCurrentIndex(0)
        self.sort = sort_for(int(CustomerColumn.OPEN_AMOUNT), Qt.SortOrder.DescendingOrder)
        self.invoice_filter.blockSignals(True)  # one request for filter and order together
        self.invoice_filter.setCurrentIndex(self.invoice_filter.findData(True))
        self.invoice_filter.blockSignals(False)
        self.apply_filters()
        self.table.setFocus()

    # -- acting ----------------------------------------------------------------------------
    def open_customer(self, customer: Any) -> None:
        if customer is not None:
            self._open_id(customer.id)

    def _open_id(self, customer_id: int) -> None:
        if not self._online() or self.ctx is None or self.ctx.me is None:
            return  # acting for a customer asks the provider for every page
        act = self.ctx.extras.get("act_for")
        if act is None:
            return
        self.open_button.setEnabled(False)

        def opened(acting: Any) -> None:
            self._gate_open()
            act(acting)

        def failed(err: Any) -> None:
            self._gate_open()
            show_status(self.status, describe(err), error=True)

        Op(self.source().open_customer, self.ctx.me, int(customer_id)).success(opened).failure(failed) \
            .key(f"reseller:open:{id(self)}").run()

    def new_customer(self) -> None:
        from desktop.views.reseller.create_customer_dialog import CreateCustomerDialog

        dialog = CreateCustomerDialog(self, self.source())
        dialog.setObjectName("create_customer_dialog")
        self.dialog = dialog

        def done(_code: int) -> None:
            if dialog.result is not None:
                show_status(self.status, self.tr("Customer %1 created (user ID %2).")
                            .replace("%1", dialog.result.display_name).replace("%2", dialog.result.user_id))
                self.apply_filters()

        dialog.finished.connect(done)
        dialog.open()

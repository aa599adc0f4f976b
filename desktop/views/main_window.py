"""The main window: header with the signed-in account, navigation, pages, menus.

It shows state and raises requests (signals); app_controller does the work. On a language
change the window rebuilds its widgets, so every string is translated without a restart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.sources.acting import CustomerSlot
from desktop.tasks import Op
from desktop.views.dashboard.dashboard_page import DashboardPage
from desktop.views.page_kit import named_button
from desktop.views.pages import LazyPage, PageContext, is_registered
from desktop.views.placeholder_page import PlaceholderPage
from desktop.views.roles import role_name
from desktop.views.support_actions import SupportActions
from desktop.views.window_actions import WindowActions
from desktop.views.window_banner import banner, offline_text

if TYPE_CHECKING:
    from desktop.views.settings_page import SettingsPage

PAGE_KEY = Qt.ItemDataRole.UserRole
# A badge carries its own background, so its text stays readable in light and dark mode.
BADGE_STYLE = ("QLabel { background: #f0a020; color: #1a1a1a; border-radius: 4px;"
               " padding: 2px 8px; font-weight: bold; }")


class MainWindow(QMainWindow):
    sign_out_requested = Signal()
    sign_in_requested = Signal()
    change_password_requested = Signal()
    security_requested = Signal()
    mailbox_requested = Signal()
    diagnostics_requested = Signal(str, str, str)
    language_chosen = Signal(str)
    connection_saved = Signal(str, str, str)
    retry_requested = Signal()  # "Retry now" on the offline banner
    refresh_requested = Signal()  # F5 / View > Refresh: the shown page from the provider
    sandbox_panel_requested = Signal()  # Help > Sandbox panel (sandbox mode only)
    review_requested = Signal()  # compare months from the local store (views/invoices/compare_dialog.py)

    def __init__(self, *, sandbox: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sandbox = sandbox
        self.me: Any = None
        self.context: PageContext | None = None
        self.status_text = ""
        self.offline_since: Any = None  # a datetime (or True: never synced) while offline
        self.connection: tuple[str, str | None, str | None] = ("", None, None)
        self.acting: Any = None  # the Me-like a reseller's staff acts as for one customer
        self.customer = CustomerSlot()  # the acted-for customer's sources (desktop/sources/acting.py)
        self.own_context: PageContext | None = None  # the signed-in account's own context
        from desktop.views.dashboard.notification_center import NotificationCenter

        self.notifications = NotificationCenter(self)  # the signed-in account's own, also while acting
        self.resize(1000, 640)
        self._build()

    # -- building -------------------------------------------------------------------------
    def _pages(self) -> list[tuple[str, str, list[tuple[str, str]]]]:
        return [
            ("dashboard", self.tr("Dashboard"), []),
            ("customers", self.tr("Customers"), []),
            ("shop", self.tr("Shop"), []),
            ("payments", self.tr("Payments"), [
                ("orders", self.tr("Orders")), ("invoices", self.tr("Invoices")),
                ("payment_history", self.tr("Payment history")),
                ("automatic_payments", self.tr("Automatic payments"))]),
            ("numbers", self.tr("Numbers & VoIP"), []),
            ("subscription", self.tr("Subscription"), []),
            ("access", self.tr("Access rights"), []),
            ("settings", self.tr("Settings"), []),
        ]

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Switchboard"))
        self.menuBar().clear()
        self._build_menus()

        central = QWidget(self)
        self.account_name = QLabel(central)
        self.account_name.setObjectName("account_name")
        font = self.account_name.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.account_name.setFont(font)
        self.account_details = QLabel(central)
        self.account_details.setObjectName("account_details")
        self.sandbox_badge = QLabel(self.tr("Sandbox"), central)
        self.sandbox_badge.setObjectName("sandbox_badge")
        self.sandbox_badge.setStyleSheet(BADGE_STYLE)
        self.sandbox_badge.setToolTip(self.tr("A practice provider on this computer: nothing is "
                                              "charged and no e-mail leaves it."))
        self.sandbox_badge.setVisible(self.sandbox)
        self.sign_out_button = named_button(self.tr("Sign &out"), "sign_out", central,
                                            on_click=self.sign_out_requested)
        self.sign_in_button = named_button(self.tr("&Sign in…"), "sign_in", central,
                                           on_click=self.sign_in_requested)
        who = QVBoxLayout()
        who.setSpacing(0)
        who.addWidget(self.account_name)
        who.addWidget(self.account_details)
        header = QHBoxLayout()
        header.addLayout(who, 1)
        from desktop.views.automatic_payments.balance_badge import BalanceBadge

        self.balance_badge = BalanceBadge(central)
        self.balance_badge.notify.connect(lambda text: self.statusBar().showMessage(text, 30_000))
        header.addWidget(self.balance_badge, 0, Qt.AlignmentFlag.AlignVCenter)
        self.balance_badge.set_context(self.context)
        from desktop.views.dashboard.notification_bell import NotificationBell

        self.bell = NotificationBell(self.notifications, central)
        header.addWidget(self.bell, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.sandbox_badge, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.sign_in_button, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.sign_out_button, 0, Qt.AlignmentFlag.AlignVCenter)

        self.nav = QTreeWidget(central)
        self.nav.setObjectName("navigation")
        self.nav.setHeaderHidden(True)
        self.nav.setRootIsDecorated(False)
        self.nav.setIndentation(14)
        self.nav.setStyleSheet("QTreeWidget::item { padding: 3px 2px; }")
        self.stack = QStackedWidget(central)
        self.pages: dict[str, QWidget] = {}
        self.nav_items: dict[str, QTreeWidgetItem] = {}
        self.dashboard = DashboardPage(self.stack)
        for key, title, children in self._pages():
            item = QTreeWidgetItem([title])
            item.setData(0, PAGE_KEY, key)
            self.nav.addTopLevelItem(item)
            self.nav_items[key] = item
            self._add_page(key, title)
            for child_key, child_title in children:
                child = QTreeWidgetItem([child_title])
                child.setData(0, PAGE_KEY, child_key)
                item.addChild(child)
                self.nav_items[child_key] = child
                self._add_page(child_key, child_title)
        self.nav.expandAll()
        self.nav.setMinimumWidth(190)
        self.nav.currentItemChanged.connect(self._nav_changed)
        self.splitter = splitter = QSplitter(central)
        splitter.setObjectName("main_splitter")
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([210, 790])
        layout = QVBoxLayout(central)
        from desktop.views.brand_band import BrandBand

        self.brand_band = BrandBand(central)  # a reseller's customer: the reseller's brand
        layout.addWidget(self.brand_band)
        layout.addLayout(header)
        layout.addWidget(self._build_offline_banner(central))
        layout.addWidget(self._build_acting_banner(central))
        layout.addWidget(splitter, 1)
        old = self.centralWidget()
        self.setCentralWidget(central)
        if old is not None:
            old.deleteLater()
        self.show_page("dashboard")
        self._apply_state()

    def _build_offline_banner(self, parent: QWidget) -> QWidget:
        self.offline_label, self.retry_button, self.offline_banner = banner(
            parent, "offline", "#fff3cd", "#e0c060", "#1a1a1a", self.tr("&Retry now"), "retry_now")
        self.offline_label.setWordWrap(True)
        self.retry_button.clicked.connect(self.retry_requested)
        return self.offline_banner

    def _build_acting_banner(self, parent: QWidget) -> QWidget:
        self.acting_label, self.back_button, self.acting_banner = banner(
            parent, "acting", "#d8e8fb", "#6a9fd8", "#10243c", self.tr("&Back to my workspace"),
            "back_to_workspace")
        self.back_button.clicked.connect(self.back_to_workspace)
        return self.acting_banner

    def act_for(self, acting: Any) -> None:
        """A reseller's staff acts for one customer: every page but Customers gets the customer's
        account (with the staff member's own role, owner-only acts removed) until Back."""
        self.acting = acting
        self.set_context(self.own_context)
        self.show_page("dashboard")

    def back_to_workspace(self) -> None:
        self.acting = None
        self.set_context(self.own_context)
        self.show_page("customers")

    def show_offline(self, since: Any, next_try_seconds: int | None = None) -> None:
        """The banner: offline since the last sync; what works and what does not."""
        self.offline_since = since if since is not None else True
        self._apply_state()
        if next_try_seconds is not None:
            self.retry_button.setToolTip(self.tr("Trying again by itself in %n second(s).", "",
                                                 next_try_seconds))

    def hide_offline(self) -> None:
        self.offline_since = None
        self._apply_state()

    def _add_page(self, key: str, title: str) -> None:
        page: QWidget
        if key == "dashboard":
            page = self.dashboard
        elif key == "settings":
            # Built when first shown (or asked for): a page the first paint does not show, whose
            # widgets (a combo box's, a file dialog's) cost the start some 8 ms.
            page = LazyPage(key, self.stack, make=self._make_settings)
        elif is_registered(key):
            page = LazyPage(key, self.stack)
            page.set_context(self.context)
        else:
            page = PlaceholderPage(title, self.stack)
        page.setObjectName(f"page_{key}")
        self.pages[key] = page
        self.stack.addWidget(page)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.change_password_action = QAction(self.tr("&Change password…"), self)
        self.change_password_action.triggered.connect(self.change_password_requested)
        self.security_action = QAction(self.tr("S&ecurity…"), self)
        self.security_action.setObjectName("security_action")
        self.security_action.triggered.connect(self.security_requested)
        self.sign_out_action = QAction(self.tr("Sign &out"), self)
        self.sign_out_action.triggered.connect(self.sign_out_requested)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        if getattr(self, "window_actions", None) is not None:
            self.window_actions.remove()
        self.window_actions = WindowActions(self)
        self.review_action = QAction(self.tr("Compare &months…"), self)
        self.review_action.setObjectName("review_action")
        self.review_action.triggered.connect(self.review_requested)
        file_menu.addAction(self.review_action)
        file_menu.addSeparator()
        file_menu.addAction(self.change_password_action)
        file_menu.addAction(self.security_action)
        file_menu.addAction(self.sign_out_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        self.window_actions.install(file_menu, quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        # The one Refresh (a second action with the same key made F5 ambiguous: it did nothing).
        self.refresh_action = self.window_actions.refresh
        view_menu.addAction(self.refresh_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.mailbox_action = QAction(self.tr("Sandbox &mailbox…"), self)
        self.mailbox_action.setObjectName("mailbox_action")
        self.mailbox_action.triggered.connect(self.mailbox_requested)
        self.mailbox_action.setVisible(self.sandbox)
        self.sandbox_panel_action = QAction(self.tr("Sandbox &panel…"), self)
        self.sandbox_panel_action.setObjectName("sandbox_panel_action")
        self.sandbox_panel_action.triggered.connect(self.sandbox_panel_requested)
        self.sandbox_panel_action.setVisible(self.sandbox)
        diagnostics_action = QAction(self.tr("Connection &diagnostics…"), self)
        diagnostics_action.triggered.connect(
            lambda: self.diagnostics_requested.emit(self.connection[0], self.connection[1] or "",
                                                    self.connection[2] or ""))
        about_action = QAction(self.tr("&About Switchboard"), self)
        about_action.triggered.connect(self._about)
        about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.support = SupportActions(self)
        self.support_bundle_action = self.support.bundle_action()
        self.updates_action = self.support.updates_action()
        help_menu.addAction(self.mailbox_action)
        help_menu.addAction(self.sandbox_panel_action)
        help_menu.addAction(diagnostics_action)
        help_menu.addAction(self.support_bundle_action)
        help_menu.addAction(self.updates_action)
        help_menu.addSeparator()
        help_menu.addAction(about_action)

    # -- state ----------------------------------------------------------------------------
    def set_sandbox(self, sandbox: bool) -> None:
        self.sandbox = sandbox
        self.sandbox_badge.setVisible(sandbox)
        self.mailbox_action.setVisible(sandbox)
        self.sandbox_panel_action.setVisible(sandbox)
        self._apply_state()

    def _make_settings(self, parent: QWidget) -> QWidget:
        from desktop.views.settings_page import SettingsPage

        page = SettingsPage(parent)
        page.language_chosen.connect(self.language_chosen)
        page.connection_saved.connect(self.connection_saved)
        page.diagnostics_requested.connect(self.diagnostics_requested)
        page.set_connection(*self.connection, sandbox=self.sandbox)
        return page

    @property
    def settings(self) -> SettingsPage:
        page = self.pages["settings"]
        assert isinstance(page, LazyPage)
        return cast("SettingsPage", page.ensure())

    def set_connection(self, base_url: str, ca_bundle: str | None, proxy: str | None) -> None:
        self.connection = (base_url, ca_bundle, proxy)
        page = self.pages["settings"]
        if isinstance(page, LazyPage) and page.page is not None:
            self.settings.set_connection(base_url, ca_bundle, proxy, sandbox=self.sandbox)

    def show_status(self, text: str) -> None:
        """A line in the header while not signed in: connecting, signed out, a failure."""
        self.status_text = text
        self._apply_state()

    def show_signed_in(self, me: Any) -> None:
        self.me = me
        self.status_text = ""
        self._apply_state()

    def set_context(self, ctx: PageContext | None) -> None:
        """Hand every data page what it needs to load: who is signed in, the account's sources,
        offline. While acting for a customer, pages get the customer's account and sources (the
        provider for every page, a scratch store for the dashboard: desktop/sources/acting.py),
        the scratch store deleted off the UI thread when acting ends (Back, sign-out, close)."""
        from dataclasses import replace

        own = replace(ctx, extras={**ctx.extras, "act_for": self.act_for}) if ctx is not None else None
        self.own_context = own
        if own is None or own.me is None or not own.me.can("reseller.customers"):
            self.acting = None
        discard = self.customer.release(self.acting.account.id if self.acting is not None else None)
        if discard is not None:
            Op(discard).failure(lambda _e: None).run()
        acting = own
        if own is not None and self.acting is not None:
            extras = {k: v for k, v in own.extras.items() if k not in ("store_synced", "act_for")}
            sources = self.customer.sources(own.sources, self.acting.account)
            acting = replace(own, me=self.acting, sources=sources, extras={**extras, "acting_for": True})
        shown = acting.me.account.id if acting is not None and acting.me is not None else None
        if shown != getattr(self, "_shown_account", None):
            # A message about one account never stays up under another's name.
            self._shown_account = shown
            self.statusBar().clearMessage()
        self.context = acting
        self.balance_badge.set_context(acting)
        self.notifications.set_context(own)
        for key, page in self.pages.items():
            if hasattr(page, "set_context"):
                page.set_context(own if key == "customers" else acting)
        if hasattr(self, "acting_banner"):
            self._apply_state()

    def show_brand(self, brand: Any, logo: bytes | None) -> None:
        self.brand_band.show_brand(brand, logo)

    def show_signed_out(self, text: str = "") -> None:
        self.me = None
        self.brand_band.show_brand(None, None)
        self.set_context(None)
        self.status_text = text or self.tr("Signed out.")
        self._apply_state()

    def _apply_state(self) -> None:
        me = self.me
        signed_in = me is not None
        if signed_in:
            # While acting the header names the customer, as the banner, the title and the
            # balance beside it do; the e-mail and role stay the staff member's own.
            shown = self.acting.account if self.acting is not None else me.account
            acted = self.acting is not None and shown.company_name
            self.account_name.setText(shown.company_name if acted else shown.name)
            self.account_details.setText(
                self.tr("User ID %1 · %2 · %3").replace("%1", shown.user_id)
                .replace("%2", me.user.email).replace("%3", role_name(me.user.role)))
            self.dashboard.show_me(self.acting or me)
        else:
            self.account_name.setText(self.tr("Not signed in"))
            self.account_details.setText(self.status_text)
            self.dashboard.clear()
        if self.acting is not None:
            acted = self.acting.account
            self.setWindowTitle(self.tr("Acting for %1 – Switchboard").replace(
                "%1", acted.company_name or acted.name))
        else:
            self.setWindowTitle(f"{me.account.name} – Switchboard" if signed_in else "Switchboard")
        self.bell.setVisible(signed_in)
        self.sign_out_button.setVisible(signed_in)
        self.sign_in_button.setVisible(not signed_in and not self.status_text.endswith("…"))
        self.sign_out_action.setEnabled(signed_in)
        self.change_password_action.setEnabled(signed_in)
        self.security_action.setEnabled(signed_in)
        self.nav.setEnabled(signed_in)
        self.review_action.setEnabled(signed_in)
        self.offline_banner.setVisible(self.offline_since is not None)
        reseller = signed_in and me.can("reseller.customers")
        self.nav_items["customers"].setHidden(not reseller)
        self.acting_banner.setVisible(self.acting is not None)
        if self.acting is not None:
            account = self.acting.account
            self.acting_label.setText(self.tr("Acting for %1 (%2)").replace(
                "%1", account.company_name or account.name).replace("%2", account.user_id))
        if self.offline_since is not None:
            self.offline_label.setText(offline_text(self.offline_since))

    # -- navigation -----------------------------------------------------------------------
    def show_page(self, key: str) -> None:
        page = self.pages[key]
        self.stack.setCurrentWidget(page)
        item = self.nav_items[key]
        if self.nav.currentItem() is not item:
            self.nav.setCurrentItem(item)

    def current_page(self) -> str:
        item = self.nav.currentItem()
        return str(item.data(0, PAGE_KEY)) if item else "dashboard"

    def _nav_changed(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        if item is not None:
            self.stack.setCurrentWidget(self.pages[str(item.data(0, PAGE_KEY))])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "stack"):
            page = self.current_page()
            self._build()
            self.set_context(self.own_context)  # the rebuilt pages (and the dashboard) load again
            self.notifications.retranslate()
            self.set_connection(*self.connection)
            self.show_page(page)
        super().changeEvent(event)

    def say_link_not_understood(self) -> None:
        self.statusBar().showMessage(
            self.tr("That link is not one Switchboard can open. Copy the whole link from the e-mail."),
            10_000)

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About Switchboard"), self.support.about_text())

"""Dialogs that change the subscription. Each shows what will happen BEFORE the customer
confirms: adding users and upgrading show the provider's prorated quote; a downgrade, fewer
users or a cancellation show the effective date computed here with the provider's own rule.
After confirming, the provider's answer is what the page shows.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QSpinBox, QWidget

from desktop.models.dates import date_text
from desktop.models.money import money_text
from desktop.models.subscription.notice import effective_date
from desktop.tasks import Op
from desktop.views.form_dialog import FormDialog
from desktop.views.page_kit import wrapped_label

MAX_USERS = 500


class _PreviewDialog(FormDialog):
    """A FormDialog with a preview line that must be filled before the primary button works."""

    def __init__(self, parent: QWidget | None, *, title: str, intro: str) -> None:
        super().__init__(parent, title=title, intro=intro, min_width=480)
        self.preview = wrapped_label(self, "preview")

    def set_preview(self, text: str, ready: bool) -> None:
        self.preview.setText(text)
        # The preview arrives after the dialog is shown: let the dialog grow with it.
        layout = self.layout()
        if layout is not None:
            needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() \
                else layout.sizeHint().height()
            if needed > self.height():
                self.resize(self.width(), needed)
        if self.primary is not None:
            self.primary.setEnabled(ready)

    def done_with(self, result: Any) -> None:
        self.result = result
        self.accept()


class QuotedDialog(_PreviewDialog):
    """Add users or upgrade: asks the provider for the prorated price whenever the input changes."""

    def __init__(self, parent: QWidget | None, source: Any, overview: Any, *, title: str, intro: str) -> None:
        super().__init__(parent, title=title, intro=intro)
        self.source = source
        self.overview = overview
        self.quote: Any = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)  # one quote per pause in typing, not per keystroke
        self._timer.timeout.connect(self._ask)

    def changed(self) -> None:
        self.quote = None
        self.set_preview(self.tr("Asking the provider for the price…"), False)
        self._timer.start()

    def request(self) -> tuple[Any, ...]:
        raise NotImplementedError

    def _ask(self) -> None:
        fn, *args = self.request()
        Op(fn, *args).success(self._quoted).failure(self._quote_failed).key(f"quote:{id(self)}").run()

    def _quoted(self, quote: Any) -> None:
        self.quote = quote
        self.errors.clear()
        self.set_preview(self.describe(quote), True)

    def _quote_failed(self, err: Any) -> None:
        self.set_preview("", False)
        self.errors.show(err)

    def describe(self, quote: Any) -> str:
        text = self.tr("For %1 to %2 you pay %3 (plus VAT) on the next invoice. From then on the "
                       "package costs %4 a month (plus VAT).")
        return (text.replace("%1", date_text(quote.first_day)).replace("%2", date_text(quote.last_day))
                .replace("%3", money_text(quote.amount, quote.currency))
                .replace("%4", money_text(quote.monthly_after, quote.currency)))


class AddUsersDialog(QuotedDialog):
    def __init__(self, parent: QWidget | None, source: Any, overview: Any) -> None:
        sub = overview.view.subscription
        super().__init__(parent, source, overview, title=self.tr("Add users"), intro=self.tr(
            "New users are billed from today, prorated to the end of the month."))
        self.count = QSpinBox(self)
        self.count.setObjectName("count")
        self.count.setRange(1, max(1, MAX_USERS - sub.users))
        self.add_field("count", self.tr("&Users to add:"), self.count)
        self.add_primary(self.tr("&Add users"), "confirm")
        self.finish(self.preview)
        self.count.valueChanged.connect(self.changed)
        self.changed()

    def request(self) -> tuple[Any, ...]:
        return (self.source.quote_add_users, self.count.value())

    def submit(self) -> None:
        if self.quote is None:
            return
        self.run("subscription:add-users", self.source.add_users, self.count.value(),
                 on_success=self.done_with)


class UpgradeDialog(QuotedDialog):
    def __init__(self, parent: QWidget | None, source: Any, overview: Any) -> None:
        sub = overview.view.subscription
        current = overview.package(sub.product_code)
        super().__init__(parent, source, overview, title=self.tr("Upgrade"), intro=self.tr(
            "An upgrade applies at once; you pay the price difference for the rest of the month."))
        self.product = QComboBox(self)
        self.product.setObjectName("product")
        for pkg in overview.packages:
            if current is None or pkg.tier > current.tier:
                self.product.addItem(self.tr("%1 (%2 per user and month)").replace("%1", pkg.name)
                                     .replace("%2", money_text(pkg.monthly, pkg.currency)), pkg.code)
        self.add_field("product", self.tr("&New package:"), self.product)
        self.add_primary(self.tr("&Upgrade"), "confirm")
        self.finish(self.preview)
        self.product.currentIndexChanged.connect(self.changed)
        self.changed()

    def request(self) -> tuple[Any, ...]:
        return (self.source.quote_upgrade, self.product.currentData())

    def submit(self) -> None:
        if self.quote is None:
            return
        self.run("subscription:upgrade", self.source.upgrade, self.product.currentData(),
                 on_success=self.done_with)


class NoticeChangeDialog(_PreviewDialog):
    """Downgrade, fewer users or cancel: the effective date is shown before confirming."""

    def __init__(self, parent: QWidget | None, source: Any, overview: Any, kind: str) -> None:
        sub = overview.view.subscription
        current = overview.package(sub.product_code)
        titles = {"downgrade": (self.tr("Downgrade"), self.tr("&Request downgrade")),
                  "fewer_users": (self.tr("Fewer users"), self.tr("&Request fewer users")),
                  "cancel": (self.tr("Cancel the subscription"), self.tr("&Request cancellation"))}
        title, button = titles[kind]
        super().__init__(parent, title=title, intro=self.tr(
            "This takes effect at the end of a month, with 30 days' notice. Until then nothing "
            "changes, and you can withdraw the request."))
        self.source, self.kind, self.overview = source, kind, overview
        self.product: QComboBox | None = None
        self.users: QSpinBox | None = None
        if kind == "downgrade":
            self.product = QComboBox(self)
            self.product.setObjectName("product")
            for pkg in overview.packages:
                if current is None or pkg.tier < current.tier:
                    self.product.addItem(pkg.name, pkg.code)
            self.add_field("product", self.tr("&New package:"), self.product)
        elif kind == "fewer_users":
            self.users = QSpinBox(self)
            self.users.setObjectName("users")
            self.users.setRange(1, max(1, sub.users - 1))
            self.users.setValue(max(1, sub.users - 1))
            self.add_field("users", self.tr("&Users from then on:"), self.users)
        self.effective_on = effective_date(overview.today)
        self.add_primary(button, "confirm")
        self.finish(self.preview)
        text = self.tr("Takes effect on %1: the first month-end at least 30 days after today (%2).")
        self.set_preview(text.replace("%1", date_text(self.effective_on, long=True))
                         .replace("%2", date_text(overview.today)), True)

    def submit(self) -> None:
        product = self.product.currentData() if self.product is not None else None
        users = self.users.value() if self.users is not None else None
        self.run("subscription:change", lambda: self.source.request_change(
            self.kind, product=product, users=users), on_success=self.done_with)

"""The prepaid balance in the header, always in sight: a warning colour below the automatic
top-up threshold, and a notification when an automatic top-up or a prolongation failed.
Refreshed off the UI thread every minute and whenever the context changes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from desktop.models.money import money_text
from desktop.tasks import Op

if TYPE_CHECKING:  # the api_client's types load after the first paint
    from desktop.sources.automatic_payments import BalanceWatch

NORMAL = "QLabel { padding: 2px 8px; border-radius: 4px; }"
WARNING = ("QLabel { background: #c0392b; color: white; padding: 2px 8px; border-radius: 4px;"
           " font-weight: bold; }")
REFRESH_MS = 60_000


class BalanceBadge(QLabel):
    notify = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("balance_badge")
        self.setStyleSheet(NORMAL)
        self.ctx: Any = None
        self.warning = False
        self._seen: set[str] = set()
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.hide()

    def set_context(self, ctx: Any) -> None:
        # The same sign-in in a new context (the local store opened under it): the balance it
        # shows, and the refresh already asked for, stand; a second one only added requests.
        again = (self.ctx is not None and ctx is not None and ctx.me is not None
                 and ctx.me is self.ctx.me and ctx.offline == self.ctx.offline)
        self.ctx = ctx
        if again:
            return
        if ctx is None or ctx.me is None or not ctx.can("billing.read"):
            self.timer.stop()
            self.hide()
            return
        self.setText(self.tr("Balance: %1").replace("%1", money_text(ctx.me.account.balance,
                                                                       ctx.me.account.currency)))
        self.show()
        self.timer.start()
        self.refresh()

    def refresh(self) -> None:
        if self.ctx is None or self.ctx.me is None or self.ctx.offline:
            return
        sources = self.ctx.sources
        # The source is looked up in the Op too: its first use imports the automatic payments' API
        # types, which kept the UI thread from painting the account at sign-in.
        Op(lambda: sources.automatic_payments.balance_watch()).success(self._show).failure(
            lambda _e: None).key(f"balance-{id(self)}").run()

    def _show(self, watch: BalanceWatch) -> None:
        if not shiboken6.isValid(self):  # the window was rebuilt or closed while the Op ran
            return
        balance, top_up, subs = watch.balance, watch.top_up, watch.renewals
        currency = self.ctx.me.account.currency if self.ctx and self.ctx.me else ""
        self.setText(self.tr("Balance: %1").replace("%1", money_text(balance, currency)))
        self.warning = bool(top_up.enabled or top_up.failures) and balance < top_up.threshold
        self.setStyleSheet(WARNING if self.warning else NORMAL)
        self.setToolTip(self.tr("Below the automatic top-up threshold of %1.").replace(
            "%1", money_text(top_up.threshold, currency)) if self.warning else self.tr("Prepaid balance"))
        messages = []
        if top_up.failures:
            messages.append((f"top-up:{top_up.failures}", self.tr(
                "The automatic top-up failed. Check your card under Automatic payments.")))
        for sub in subs:
            if sub.status in ("grace", "suspended"):
                messages.append((f"renewal:{sub.id}:{sub.status}", self.tr(
                    "The automatic prolongation of %1 failed: add credit or a card.").replace(
                    "%1", sub.product_code)))
        for key, text in messages:
            if key not in self._seen:
                self._seen.add(key)
                self.notify.emit(text)

"""The dashboard's charts and outlook, under the account summary.

The figures come from the dashboard's source (desktop/sources/dashboard.py), computed in an Op
off the UI thread from the local store (offline too), or, while a reseller's staff acts for a
customer, from the customer's scratch store filled from the provider; the charts only draw.
pyqtgraph is imported when the panel is first shown, never at app start."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from desktop.models.dates import date_text
from desktop.models.money import money_text
from desktop.models.shop.product_texts import product_name
from desktop.sync_listener import SyncListener
from desktop.tasks import Op
from desktop.views.page_kit import wrapped_label


class DashboardPanel(QWidget):
    # The snapshot just drawn: the summary above shows its balance, so the page never tells two.
    snapshot_shown = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: Any = None
        self.snapshot: Any = None
        self.shown_account: int | None = None  # whose figures the charts and outlook show
        self._stale = True
        self.syncs = SyncListener(self._store_synced)
        self.charts: dict[str, Any] = {}
        self.status = wrapped_label(self, "dashboard_status")
        # Without charts the label gets the panel's height: its text stays at the top, under the summary.
        self.status.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.forecast_label = wrapped_label(self, "dashboard_forecast")
        self.next_label = wrapped_label(self, "dashboard_next")
        self.next_label.setTextFormat(Qt.TextFormat.PlainText)
        outlook = QGridLayout()
        outlook.addWidget(self.forecast_label, 0, 0)
        outlook.addWidget(self.next_label, 0, 1)
        outlook.setColumnStretch(0, 1)
        outlook.setColumnStretch(1, 1)
        self.grid = QGridLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addLayout(outlook)
        layout.addLayout(self.grid, 1)

    # -- context ----------------------------------------------------------------------------
    def set_context(self, ctx: Any) -> None:
        self.ctx = ctx
        self._stale = True
        self.syncs.follow(ctx)
        if self.isVisible():
            self.reload()

    def _store_synced(self, _result: Any) -> None:
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: Any) -> None:  # Qt's name
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        self._stale = False
        ctx = self.ctx
        if ctx is None or ctx.me is None or ctx.me.account.id != self.shown_account:
            self._clear()  # never another account's figures under this one's name, not even briefly
        if ctx is None or ctx.me is None:
            self._say("")
            return
        if not ctx.can("billing.read"):
            self._say(self.tr("Your role cannot see the account's billing figures."))
            return
        account = ctx.me.account
        source = ctx.sources.dashboard
        if source.for_customer:
            name = account.company_name or account.name
            if ctx.offline:
                self._clear()
                self._say(self.tr("The charts of %1 need a connection to the provider: this computer "
                                  "keeps only your own account's data.").replace("%1", name))
                return
            self._say(self.tr("Loading the charts of %1 from the provider…").replace("%1", name))
        elif not source.available:
            self._say(self.tr("The charts appear once this computer has synced the account."))
            return
        elif self.snapshot is None:  # a reload after a sync keeps the charts up, and quiet
            self._say(self.tr("Loading the charts…"))
        op = Op(source.snapshot, account.balance, ctx.can("billing.payments"))
        # The reply counts only for the context that asked: a reply arriving after Back to my
        # workspace (the panel hidden, so no newer load superseded it) is the customer's.
        op.success(lambda snap: self._loaded(ctx, snap)).failure(
            lambda err: self._failed(ctx, err)).key(f"dashboard-{id(self)}").run()

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _clear(self) -> None:
        self.snapshot, self.shown_account = None, None
        for chart in self.charts.values():
            chart.hide()
        self.forecast_label.clear()
        self.next_label.clear()

    def _loaded(self, ctx: Any, snap: Any) -> None:
        if ctx is self.ctx:
            self.show_snapshot(snap)

    def _failed(self, ctx: Any, err: BaseException) -> None:
        if shiboken6.isValid(self) and ctx is self.ctx:
            from desktop.views.field_errors import describe

            self._say(describe(err))

    # -- drawing ----------------------------------------------------------------------------
    def prepare_charts(self, currency: str) -> None:
        """Build the charts ahead, hidden, while the UI thread waits anyway (the sandbox starting);
        figures in another currency build them anew."""
        if not self.charts:
            self._ensure_charts(currency)
            for chart in self.charts.values():
                chart.hide()

    def _ensure_charts(self, currency: str) -> None:
        if self.charts and self.charts["balance"].currency == currency:
            return
        for chart in self.charts.values():
            chart.setParent(None)
            chart.deleteLater()
        from desktop.charts.balance_chart import BalanceChart
        from desktop.charts.spend_chart import SpendChart
        from desktop.charts.zone_chart import ZoneChart
        from desktop.i18n import current_language
        from desktop.reports.labels import zone_name

        lang = current_language()
        self.charts = {"balance": BalanceChart(currency, self), "spend": SpendChart(currency, self),
                       "zones": ZoneChart(currency, lambda z: zone_name(z, lang), self)}
        self.grid.addWidget(self.charts["balance"], 0, 0, 1, 2)
        self.stacked: bool | None = None
        self._arrange_charts()

    # Side by side the spend and zone charts each need about this width to read; narrower, they
    # stand one above the other (lower), rather than squeezing the spend chart's months away.
    SIDE_BY_SIDE_WIDTH = 660

    def _arrange_charts(self) -> None:
        if not self.charts:
            return
        stacked = self.width() < self.SIDE_BY_SIDE_WIDTH
        if stacked == self.stacked:
            return
        self.stacked = stacked
        spend, zones = self.charts["spend"], self.charts["zones"]
        self.grid.removeWidget(spend)
        self.grid.removeWidget(zones)
        if stacked:
            self.grid.addWidget(spend, 1, 0, 1, 2)
            self.grid.addWidget(zones, 2, 0, 1, 2)
        else:
            self.grid.addWidget(spend, 1, 0)
            self.grid.addWidget(zones, 1, 1)
        for chart in self.charts.values():
            chart.setMinimumHeight(150 if stacked else 200)

    def resizeEvent(self, event: Any) -> None:  # Qt's name
        super().resizeEvent(event)
        self._arrange_charts()

    def show_snapshot(self, snap: Any) -> None:
        if not shiboken6.isValid(self) or self.ctx is None or self.ctx.me is None:
            return
        currency = self.ctx.me.account.currency
        self.snapshot, self.shown_account = snap, self.ctx.me.account.id
        self._ensure_charts(currency)
        self.charts["balance"].set_points(snap.points)
        self.charts["spend"].set_months(snap.months)
        self.charts["zones"].set_zones(snap.zones)
        # Each chart without data says so in words; only a postpaid account that never booked
        # prepaid credit leaves the balance chart out, so its invoices get the room.
        billed = bool(snap.months or snap.zones)
        self.charts["balance"].setVisible(bool(snap.points) or not billed)
        self.charts["spend"].show()
        self.charts["zones"].show()
        self._say("")
        fc = snap.forecast
        if not snap.points and not snap.balance:
            text = self.tr("No prepaid credit booked yet, so there is nothing to forecast.")
        elif snap.balance <= 0:  # nothing left to run out: say what it is, and what it costs a day
            text = self.tr("The prepaid credit is used up: the balance is %1.").replace(
                "%1", money_text(snap.balance, currency))
            if fc.daily_debit > 0:
                text += " " + self.tr("The last 30 days' debits came to %1 a day.").replace(
                    "%1", money_text(fc.daily_debit, currency))
        elif fc.run_out_on is None:
            text = self.tr("No debits in the last 30 days: at this rate the credit of %1 does not run out."
                           ).replace("%1", money_text(snap.balance, currency))
        else:
            text = self.tr("At the last 30 days' rate of %1 a day, the credit of %2 runs out on %3.").replace(
                "%1", money_text(fc.daily_debit, currency)).replace(
                "%2", money_text(snap.balance, currency)).replace("%3", date_text(fc.run_out_on))
        self.forecast_label.setText(text)
        self.next_label.setText("\n".join(self._upcoming_line(u, currency) for u in snap.upcoming[:3])
                                or self.tr("Nothing scheduled."))
        self.snapshot_shown.emit(snap)

    def _upcoming_line(self, u: Any, currency: str) -> str:
        when = date_text(u.on) if u.on else self.tr("not at the current rate")
        how = {"card": self.tr("charged to your card"), "balance": self.tr("paid from the prepaid balance"),
               "uncovered": self.tr("not covered: the balance is too low and no card is saved"),
               "manual": self.tr("renews only if you renew it"),
               "bank_transfer": self.tr("paid by bank transfer"),
               "sepa": self.tr("paid by SEPA direct debit")}.get(u.paid_by, u.paid_by)
        if u.kind == "top_up":
            return self.tr("Next automatic top-up: %1 on %2, %3.").replace(
                "%1", money_text(u.amount, currency)).replace("%2", when).replace("%3", how)
        if u.kind == "renewal":
            return self.tr("Next renewal of %1: %2 on %3, %4.").replace("%1", product_name(u.name)).replace(
                "%2", money_text(u.amount, currency)).replace("%3", when).replace("%4", how)
        return self.tr("Next invoice: on %1, %2.").replace("%1", when).replace("%2", how)

"""Subscription: the Hosted PBX package, its users and the next invoice or renewal date; add
users, upgrade, downgrade, fewer users, cancel; pending changes listed and withdrawable."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QWidget,
)

from desktop.models.dates import date_text
from desktop.models.money import money_text
from desktop.models.subscription.changes_model import ChangeColumn, PendingChangesModel
from desktop.sources.subscription import SubscriptionSource
from desktop.tasks import Op
from desktop.views.action_gate import gate
from desktop.views.field_errors import describe
from desktop.views.page_kit import hbox, heading, named_button, show_status, status_line, vbox, wrapped_label
from desktop.views.pages import DataPage, PageContext, register
from desktop.views.record_table import RecordTable
from desktop.views.subscription.change_dialogs import (
    AddUsersDialog,
    NoticeChangeDialog,
    UpgradeDialog,
)

MANAGE = "subscriptions.manage"


def next_invoice_day(today: date) -> date:
    """Postpaid invoices are issued on the 1st for the month before."""
    last = today.replace(day=calendar.monthrange(today.year, today.month)[1])
    return last + timedelta(days=1)


@register("subscription")
class SubscriptionPage(DataPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source: SubscriptionSource | None = None
        self.overview: Any = None
        self.loaded = False
        self.title = heading(self.tr("Subscription"), self)

        summary = QGroupBox(self.tr("Your package"), self)
        form = QFormLayout(summary)
        self.values: dict[str, QLabel] = {}
        for key, text in (("package", self.tr("Package:")), ("users", self.tr("Users:")),
                          ("billing", self.tr("Billing:")), ("since", self.tr("Since:")),
                          ("next", self.tr("Next invoice:"))):
            value = wrapped_label(summary, f"subscription_{key}", "–")
            self.values[key] = value
            label = QLabel(text, summary)
            self.values[f"{key}_label"] = label
            form.addRow(label, value)

        self.add_users_button = named_button(self.tr("&Add users…"), "add_users", self,
                                             on_click=lambda: self._open(AddUsersDialog))
        self.upgrade_button = named_button(self.tr("&Upgrade…"), "upgrade", self,
                                           on_click=lambda: self._open(UpgradeDialog))
        self.downgrade_button = named_button(self.tr("&Downgrade…"), "downgrade", self,
                                             on_click=lambda: self._open_change("downgrade"))
        self.fewer_button = named_button(self.tr("&Fewer users…"), "fewer_users", self,
                                         on_click=lambda: self._open_change("fewer_users"))
        self.cancel_button = named_button(self.tr("&Cancel subscription…"), "cancel", self,
                                          on_click=lambda: self._open_change("cancel"))
        actions = hbox(self.add_users_button, self.upgrade_button, self.downgrade_button, self.fewer_button,
                       self.cancel_button, 1)

        changes_box = QGroupBox(self.tr("Pending changes"), self)
        self.changes = PendingChangesModel(self._package_name, self)
        self.table = RecordTable(self.changes, changes_box, "pending_changes")
        self.table.sortByColumn(ChangeColumn.EFFECTIVE, Qt.SortOrder.AscendingOrder)
        # Enter on a change leads to its action; withdrawing stays a deliberate second key press.
        self.table.on_activate = lambda _change: self.withdraw_button.setFocus()
        self.withdraw_button = named_button(self.tr("&Withdraw change"), "withdraw", changes_box,
                                            on_click=self._withdraw)
        self.no_changes = QLabel(self.tr("No changes are waiting."), changes_box)
        self.no_changes.setEnabled(False)
        vbox(changes_box, self.table, self.no_changes, hbox(self.withdraw_button, 1))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._apply_gates())

        self.status = status_line(self)
        vbox(self, self.title, summary, actions, self.status, (changes_box, 1))
        self._apply_gates()

    # -- context and loading ----------------------------------------------------------------
    def context_changed(self, ctx: PageContext | None) -> None:
        self.source = ctx.sources.subscription if ctx is not None and ctx.me else None
        if ctx is None:
            self.overview = None
            self.loaded = False
            self.changes.set_records([])
        self._apply_gates()

    def reload(self) -> None:
        if self.source is None:
            return
        Op(self.source.overview).success(self._show).failure(self._failed).key("subscription:load").run()

    def _failed(self, err: BaseException) -> None:
        show_status(self.status, describe(err), error=True)
        self.loaded = True

    def _package_name(self, code: str) -> str:
        pkg = self.overview.package(code) if self.overview is not None else None
        return pkg.name if pkg is not None else code

    def _show(self, overview: Any) -> None:
        self.overview = overview
        sub = overview.view.subscription
        v = self.values
        if sub is None:
            v["package"].setText(self.tr("No Hosted PBX package yet. Buy one in the Shop."))
            for key in ("users", "billing", "since", "next"):
                v[key].setText("–")
        else:
            pkg = overview.package(sub.product_code)
            v["package"].setText(self.tr("%1, %2 per user and month").replace("%1", self._package_name(
                sub.product_code)).replace("%2", money_text(pkg.monthly, pkg.currency) if pkg else "–"))
            v["users"].setText(str(sub.users))
            v["since"].setText(date_text(sub.started_on))
            if sub.billing == "prepaid":
                v["billing"].setText(self.tr("Prepaid, bought in the shop"))
                term = overview.prepaid
                v["next_label"].setText(self.tr("Renewal:"))
                if term is None or term.ends_at is None:
                    v["next"].setText("–")
                elif term.auto_renew:
                    text = self.tr("Renews on %1 for %2").replace("%1", date_text(term.ends_at)).replace(
                        "%2", money_text(term.renewal_price, sub.currency))
                    how = {"balance": self.tr("paid from the prepaid balance"),
                           "card": self.tr("charged to your card"),
                           "uncovered": self.tr("not covered: the balance is too low and no card is saved"),
                           }.get(term.paid_by)
                    v["next"].setText(f"{text}, {how}" if how else text)
                else:
                    v["next"].setText(self.tr("Ends on %1 (automatic renewal is off)")
                                      .replace("%1", date_text(term.ends_at)))
            else:
                v["billing"].setText(self.tr("Monthly invoice (postpaid)"))
                v["next_label"].setText(self.tr("Next invoice:"))
                v["next"].setText(self.tr("%1, for this month's fees and calls").replace(
                    "%1", date_text(next_invoice_day(overview.today))))
        self.changes.set_records(overview.view.pending_changes)
        self.table.fit_columns()
        self.table.setVisible(bool(overview.view.pending_changes))
        self.no_changes.setVisible(not overview.view.pending_changes)
        self.table.select_first()
        self.loaded = True
        self._apply_gates()

    # -- actions ----------------------------------------------------------------------------
    def _apply_gates(self) -> None:
        ctx = self.ctx
        sub = self.overview.view.subscription if self.overview is not None else None
        pending = {c.kind for c in self.overview.view.pending_changes} if self.overview else set()
        tiers = [p.tier for p in self.overview.packages] if self.overview else []
        current = self.overview.package(sub.product_code) if sub is not None else None
        no_sub = self.tr("There is no subscription to change.")
        checks = (
            (self.add_users_button, sub is not None and sub.users < 500, no_sub),
            (self.upgrade_button, current is not None and current.tier < max(tiers, default=0)
             and not pending & {"downgrade", "cancel"},
             self.tr("There is no bigger package, or a downgrade or cancellation is pending.")),
            (self.downgrade_button, current is not None and current.tier > min(tiers, default=0)
             and not pending & {"downgrade", "cancel"},
             self.tr("There is no smaller package, or a change is pending.")),
            (self.fewer_button, sub is not None and sub.users > 1 and not pending & {"fewer_users", "cancel"},
             self.tr("The package has one user, or a change is pending.")),
            (self.cancel_button, sub is not None and "cancel" not in pending,
             self.tr("There is no subscription, or its cancellation is pending.")),
        )
        for button, possible, why in checks:
            if gate(button, ctx, MANAGE) and not possible:
                button.setEnabled(False)
                button.setToolTip(why if self.overview is not None else "")
        if gate(self.withdraw_button, ctx, MANAGE) and self.table.selected() is None:
            self.withdraw_button.setEnabled(False)
            self.withdraw_button.setToolTip(self.tr("Choose a pending change first."))

    def _open(self, cls: type) -> None:
        if self.source is None or self.overview is None:
            return
        dialog = cls(self, self.source, self.overview)
        dialog.open_for_result(lambda result: self._applied(dialog, result))

    def _open_change(self, kind: str) -> None:
        if self.source is None or self.overview is None:
            return
        dialog = NoticeChangeDialog(self, self.source, self.overview, kind)
        dialog.open_for_result(lambda result: self._applied(dialog, result))

    def _applied(self, dialog: Any, result: Any) -> None:
        if hasattr(result, "effective_on"):  # a pending change: the provider's date
            text = self.tr("Requested. The provider confirms it takes effect on %1.").replace(
                "%1", date_text(result.effective_on, long=True))
            if result.effective_on != getattr(dialog, "effective_on", result.effective_on):
                text += " " + self.tr("(Shown before: %1.)").replace("%1", date_text(dialog.effective_on))
        else:
            sub = result.subscription
            text = self.tr("Done. The package is now %1 with %2.").replace(
                "%1", self._package_name(sub.product_code)).replace("%2", self.changes.users_text(sub.users))
        show_status(self.status, text)
        self.reload()

    def _withdraw(self) -> None:
        change = self.table.selected()
        if change is None or self.source is None or not self.withdraw_button.isEnabled():
            return
        self.withdraw_button.setEnabled(False)
        Op(self.source.withdraw_change, change.id).success(self._withdrawn).failure(self._failed) \
            .key("subscription:withdraw").run()

    def _withdrawn(self, change: Any) -> None:
        show_status(self.status, self.tr("Withdrawn: %1. Nothing changes.").replace(
            "%1", self.changes.kind_text(change.kind)))
        self.reload()

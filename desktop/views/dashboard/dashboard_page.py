"""Dashboard: the signed-in account at a glance, its charts and outlook below (dashboard_panel.py,
built when the page is first shown: pyqtgraph loads then)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.models.money import money_text
from desktop.models.shop.product_texts import product_name
from desktop.views.countries import country_names
from desktop.views.page_kit import heading, wrapped_label
from desktop.views.roles import kind_name, role_name, service_name, structure_name


class DashboardPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = heading(self.tr("Dashboard"), self)
        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, text in (("name", self.tr("Account:")), ("user_id", self.tr("User ID:")),
                          ("kind", self.tr("Type:")), ("country", self.tr("Country:")),
                          ("balance", self.tr("Prepaid balance:")), ("services", self.tr("Services:")),
                          ("signed_in_as", self.tr("Signed in as:"))):
            value = wrapped_label(self, f"dashboard_{key}", "–")
            self.values[key] = value
            form.addRow(QLabel(text, self), value)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        self.panel: Any = None
        self.ctx: Any = None
        self.loaded = False

    def set_context(self, ctx: Any) -> None:
        self.ctx = ctx
        if self.panel is not None:
            self.panel.set_context(ctx)

    def showEvent(self, event: Any) -> None:  # Qt's name
        if self.panel is None:
            from desktop.views.dashboard.dashboard_panel import DashboardPanel

            self.panel = DashboardPanel(self)
            self.panel.snapshot_shown.connect(self._show_figures)
            self.panel.set_context(self.ctx)
            self.layout().addWidget(self.panel, 1)
        super().showEvent(event)

    # The live updates and F5 reload a page through these (desktop/live_wiring.py): the panel
    # holds the figures, so it is the panel that reloads, now if shown, else when next shown.
    def reload(self) -> None:
        if self.panel is not None:
            self.panel.reload()

    @property
    def _stale(self) -> bool:
        return self.panel is not None and self.panel._stale

    @_stale.setter
    def _stale(self, stale: bool) -> None:
        if self.panel is not None:
            self.panel._stale = stale

    def show_me(self, me: Any) -> None:
        account, user = me.account, me.user
        self.values["name"].setText(account.company_name or account.name)  # as the acting banner names it
        self.values["user_id"].setText(account.user_id)
        self.values["kind"].setText(f"{kind_name(account.kind)}, {structure_name(account.structure)}")
        self.values["country"].setText(country_names().get(account.country, account.country))
        self.values["balance"].setText(money_text(account.balance, account.currency))
        # The provider's product codes (pbx_business, sip_trunk), named as the shop names them.
        self.values["services"].setText(", ".join(product_name(s, service_name(s)) for s in account.services)
                                        or "–")
        self.values["signed_in_as"].setText(f"{user.name} <{user.email}> ({role_name(user.role)})")
        self.loaded = True

    def _show_figures(self, snap: Any) -> None:
        """The balance of the snapshot the forecast and the outlook below come from: the one
        read at sign-in goes stale as soon as anything is booked."""
        if self.ctx is not None and self.ctx.me is not None:
            self.values["balance"].setText(money_text(snap.balance, self.ctx.me.account.currency))

    def clear(self) -> None:
        for value in self.values.values():
            value.setText("–")
        self.loaded = False

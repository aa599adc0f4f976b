"""Numbers & VoIP: the numbers overview (collective account) or the line's settings (single
account); VoIP accounts with their SIP settings and passwords; ordering numbers by area code;
porting requests with their state and the interim forwarding."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from desktop.models.money import money_text
from desktop.models.numbers.numbers_models import NumbersModel, PortingModel, VoipModel
from desktop.sources.numbers import NumberOffer, NumbersOverview, NumbersSource
from desktop.tasks import Op
from desktop.views.action_gate import gate
from desktop.views.field_errors import describe
from desktop.views.numbers.numbers_dialogs import InterimDialog, OrderNumberDialog, PortingDialog
from desktop.views.numbers.voip_panel import VoipPanel
from desktop.views.page_kit import hbox, heading, named_button, show_status, status_line, vbox, wrapped_label
from desktop.views.pages import DataPage, PageContext, register
from desktop.views.record_table import RecordTable

SHOP = "billing.shop"
MANAGE = "technical.manage"


@register("numbers")
class NumbersPage(DataPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source: NumbersSource | None = None
        self.loaded = False
        self.numbers: list[Any] = []
        self.single = False
        self.title = heading(self.tr("Numbers & VoIP"), self)
        self.status = status_line(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("numbers_tabs")

        # Numbers
        self.numbers_tab = QWidget(self.tabs)
        self.number_model = NumbersModel(self)
        self.number_table = RecordTable(self.number_model, self.numbers_tab, "numbers")
        self.number_table.on_activate = self._open_voip_of_number
        self.order_button = named_button(self.tr("&Order number…"), "order_number", self.numbers_tab,
                                         on_click=self._order)
        self.no_numbers = QLabel(self.tr("No numbers yet: order one, or bring yours by porting."),
                                 self.numbers_tab)
        self.no_numbers.setEnabled(False)
        vbox(self.numbers_tab, self.number_table, self.no_numbers, hbox(self.order_button, 1))

        # VoIP accounts with the SIP settings of the chosen one
        self.voip_tab = QWidget(self.tabs)
        self.voip_model = VoipModel(self)
        self.voip_table = RecordTable(self.voip_model, self.voip_tab, "voip_accounts")
        self.voip_table.on_activate = lambda _v: self.panel.show_button.setFocus()
        self.panel = VoipPanel(self.voip_tab)
        self.panel.changed.connect(self.reload)
        self.extension_button = named_button(self.tr("Add e&xtension…"), "add_extension", self.voip_tab,
                                             on_click=self._add_extension)
        self.voip_tab.setLayout(hbox((vbox(None, self.voip_table, hbox(self.extension_button, 1)), 3),
                                     (self.panel, 2)))
        self.voip_table.selectionModel().selectionChanged.connect(
            lambda *_: self.panel.set_voip(self.voip_table.selected()))

        # Porting
        self.porting_tab = QWidget(self.tabs)
        self.porting_model = PortingModel(self)
        self.porting_table = RecordTable(self.porting_model, self.porting_tab, "porting")
        self.porting_table.on_activate = lambda _r: self._interim()
        self.porting_detail = wrapped_label(self.porting_tab, "porting_detail")
        self.port_button = named_button(self.tr("&Bring numbers (porting)…"), "request_porting",
                                        self.porting_tab, on_click=self._port)
        self.interim_button = named_button(self.tr("&Forwarding until then…"), "interim", self.porting_tab,
                                           on_click=self._interim)
        vbox(self.porting_tab, self.porting_table, self.porting_detail,
             hbox(self.port_button, self.interim_button, 1))
        self.porting_table.selectionModel().selectionChanged.connect(lambda *_: self._porting_selected())

        vbox(self, self.title, self.status, (self.tabs, 1))
        self._arrange()

    # -- context and loading ----------------------------------------------------------------
    def _arrange(self) -> None:
        """A collective account sees its numbers overview first; a single account its line's
        settings (docs/product-rules.md#voip-accounts)."""
        self.tabs.clear()
        if self.single:
            self.title.setText(self.tr("Your line's settings"))
            self.tabs.addTab(self.voip_tab, self.tr("&Settings"))
            self.tabs.addTab(self.numbers_tab, self.tr("&Numbers"))
        else:
            self.title.setText(self.tr("Numbers overview"))
            self.tabs.addTab(self.numbers_tab, self.tr("&Numbers"))
            self.tabs.addTab(self.voip_tab, self.tr("&VoIP accounts"))
        self.tabs.addTab(self.porting_tab, self.tr("&Porting"))
        self.extension_button.setVisible(not self.single)

    def context_changed(self, ctx: PageContext | None) -> None:
        me = ctx.me if ctx is not None else None
        self.source = ctx.sources.numbers if ctx is not None and me else None
        single = me is not None and me.account.structure == "single"
        if single != self.single:
            self.single = single
            self._arrange()
        if ctx is None:
            self.loaded = False
            for model in (self.number_model, self.voip_model, self.porting_model):
                model.set_records([])
            self.panel.set_voip(None)
        self.panel.set_context(ctx, self.source)
        self._apply_gates()

    def reload(self) -> None:
        if self.source is not None:
            Op(self.source.overview).success(self._show).failure(self._failed) \
                .key("numbers:load").run()

    def _failed(self, err: BaseException) -> None:
        self.loaded = True
        show_status(self.status, describe(err), error=True)

    def _show(self, overview: NumbersOverview) -> None:
        numbers, voip = list(overview.numbers), list(overview.voip)
        self.numbers = numbers
        self.number_model.set_numbers(numbers, voip)
        self.voip_model.set_accounts(voip, numbers)
        self.porting_model.set_records(overview.porting)
        for table in (self.number_table, self.voip_table, self.porting_table):
            table.fit_columns()
            table.select_first()
        self.number_table.setVisible(bool(numbers))
        self.no_numbers.setVisible(not numbers)
        self.panel.set_voip(self.voip_table.selected())
        self._porting_selected()
        self.loaded = True
        self._apply_gates()

    def _apply_gates(self) -> None:
        ctx = self.ctx
        gate(self.order_button, ctx, SHOP)
        gate(self.extension_button, ctx, MANAGE)
        gate(self.port_button, ctx, MANAGE)
        req = self.porting_table.selected()
        finished = req is None or req.status in ("completed", "rejected")
        if gate(self.interim_button, ctx, MANAGE) and finished:
            self.interim_button.setEnabled(False)
            self.interim_button.setToolTip(self.tr("Choose a porting request that is still under way."))

    def _porting_selected(self) -> None:
        req = self.porting_table.selected()
        self.porting_detail.setText(
            "" if req is None else self.tr("%1: %2. Until then: %3.").replace("%1", ", ".join(req.numbers))
            .replace("%2", self.porting_model.display_state(req))
            .replace("%3", self.porting_model.interim_text(req)))
        self._apply_gates()

    def _open_voip_of_number(self, number: Any) -> None:
        for row in range(self.voip_table.proxy.rowCount()):
            src = self.voip_table.proxy.mapToSource(self.voip_table.proxy.index(row, 0)).row()
            if self.voip_model.record(src).phone_number_id == number.id:
                self.tabs.setCurrentWidget(self.voip_tab)
                self.voip_table.selectRow(row)
                self.voip_table.setFocus()
                return

    # -- actions ----------------------------------------------------------------------------
    def _order(self) -> None:
        if self.source is None or not self.order_button.isEnabled() or self.ctx is None:
            return
        self.order_button.setEnabled(False)
        Op(self.source.number_offer, self.ctx.me.account.currency).success(self._offer) \
            .failure(self._offer_failed).key("numbers:offer").run()

    def _offer_failed(self, err: BaseException) -> None:
        self._failed(err)
        self._apply_gates()

    def _offer(self, offer: NumberOffer) -> None:
        self._apply_gates()
        area_codes, one_off, monthly = list(offer.area_codes), offer.one_off, offer.monthly
        currency = self.ctx.me.account.currency if self.ctx else ""
        note = self.tr("It costs %1 once and %2 a month (plus VAT), on your next invoice.") \
            .replace("%1", money_text(one_off, currency)).replace("%2", money_text(monthly, currency))
        done = self.tr("Number %1 is yours; its VoIP account is ready.")
        OrderNumberDialog(self, self.source, area_codes, note).open_for_result(lambda r: self._done(r, done))

    def _done(self, result: Any, text: str) -> None:
        show_status(self.status, text.replace("%1", getattr(result, "number", "")))
        self.reload()

    def _port(self) -> None:
        if self.source is None or not self.port_button.isEnabled():
            return
        Op(self.source.today).success(self._open_porting).failure(self._failed).key("numbers:today").run()

    def _open_porting(self, today: Any) -> None:
        done = self.tr("The porting request was submitted. Its state shows here as the carriers answer.")
        PortingDialog(self, self.source, self.numbers, today).open_for_result(lambda r: self._done(r, done))

    def _interim(self) -> None:
        req = self.porting_table.selected()
        if self.source is None or req is None or not self.interim_button.isEnabled():
            return
        done = self.tr("Saved: the forwarding applies until the porting completes.")
        InterimDialog(self, self.source, req, self.numbers).open_for_result(lambda r: self._done(r, done))

    def _add_extension(self) -> None:
        if self.source is None or not self.extension_button.isEnabled():
            return
        text, ok = QInputDialog.getText(self, self.tr("Add extension"),
                                        self.tr("Extension (2 to 6 digits):"), QLineEdit.EchoMode.Normal)
        if ok and text.strip():
            Op(self.source.add_extension, text.strip()).success(lambda v: (show_status(
                self.status, self.tr("Extension added: SIP user %1.").replace("%1", v.sip_user)),
                self.reload())).failure(self._failed).key("numbers:extension").run()

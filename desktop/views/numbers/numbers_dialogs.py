"""Order a number by area code, request a porting, set the interim forwarding of a porting."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QPlainTextEdit, QWidget

from desktop import i18n
from desktop.models.phone_numbers import grouped
from desktop.views.form_dialog import FormDialog
from desktop.views.form_rows import line_edit


def _date_edit(parent: QWidget, day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy" if i18n.current_language() == "de" else "d MMM yyyy")
    return edit


def _py(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


def forward_combo(parent: QWidget, numbers: list[Any], current: str | None) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName("forward_to")
    combo.addItem(QCoreApplication.translate("NumbersDialogs", "No forwarding"), None)
    for n in numbers:
        if n.status == "active":
            combo.addItem(grouped(n.number), n.number)
    if current:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class OrderNumberDialog(FormDialog):
    def __init__(self, parent: QWidget | None, source: Any, area_codes: list[Any], price_note: str) -> None:
        super().__init__(parent, title=self.tr("Order a number"), min_width=460, intro=self.tr(
            "A new number comes from our pool for the area code you choose, with its own VoIP "
            "account. %1").replace("%1", price_note))
        self.source = source
        self.area = QComboBox(self)
        self.area.setObjectName("area_code")
        for a in area_codes:
            self.area.addItem(self.tr("+%1 (%2, %3 free)").replace("%1", a.area_code)
                              .replace("%2", a.country).replace("%3", str(a.free)), a.area_code)
        self.add_field("area_code", self.tr("&Area code:"), self.area)
        self.add_primary(self.tr("&Order number"), "confirm")
        self.finish()
        if not area_codes and self.primary is not None:
            self.primary.setEnabled(False)
            self.errors.show_banner(self.tr("The pool has no free numbers right now."))

    def submit(self) -> None:
        self.run("numbers:order", self.source.order_number, self.area.currentData(), on_success=self._done)

    def _done(self, number: Any) -> None:
        self.result = number
        self.accept()


class PortingDialog(FormDialog):
    def __init__(self, parent: QWidget | None, source: Any, numbers: list[Any], today: date) -> None:
        super().__init__(parent, title=self.tr("Bring your numbers (porting)"), min_width=540,
                         intro=self.tr(
                             "Porting is free. Until it completes you can forward the old numbers to "
                             "one of yours and show them on outgoing calls."))
        self.source = source
        self.numbers = QPlainTextEdit(self)
        self.numbers.setObjectName("numbers")
        self.numbers.setTabChangesFocus(True)
        self.numbers.setPlaceholderText("+41 44 555 12 34")
        self.numbers.setFixedHeight(self.fontMetrics().height() * 4)
        self.provider = line_edit(self, "previous_provider")
        self.contract_end = _date_edit(self, today + timedelta(days=30))
        self.contract_end.setObjectName("contract_end")
        self.desired = _date_edit(self, today + timedelta(days=30))
        self.desired.setObjectName("desired_date")
        self.forward = forward_combo(self, numbers, None)
        self.caller_id = QCheckBox(self.tr("Show the old numbers on &outgoing calls"), self)
        self.caller_id.setObjectName("show_old_caller_id")
        self.add_field("numbers", self.tr("&Numbers (one per line):"), self.numbers)
        # The provider names a bad number by its position (numbers.2): show it at the one field.
        widget_and_label = self.errors._fields["numbers"]
        for i in range(50):
            self.errors.add(f"numbers.{i}", *widget_and_label)
        self.add_field("previous_provider", self.tr("&Previous provider:"), self.provider)
        self.add_field("contract_end", self.tr("&Contract there ends:"), self.contract_end)
        self.add_field("desired_date", self.tr("&Desired date:"), self.desired)
        self.add_field("forward_to", self.tr("Until then &forward to:"), self.forward)
        self.form.addRow("", self.caller_id)
        self.add_primary(self.tr("&Request porting"), "confirm")
        self.finish()

    def entered_numbers(self) -> list[str]:
        text = self.numbers.toPlainText().replace(",", "\n").replace(";", "\n")
        return [line.strip() for line in text.splitlines() if line.strip()]

    def submit(self) -> None:
        self.run("numbers:porting", self.source.request_porting, self.entered_numbers(),
                 self.provider.text().strip(), _py(self.contract_end), _py(self.desired),
                 self.forward.currentData(), self.caller_id.isChecked(), on_success=self._done)

    def _done(self, request: Any) -> None:
        self.result = request
        self.accept()


class InterimDialog(FormDialog):
    def __init__(self, parent: QWidget | None, source: Any, request: Any, numbers: list[Any]) -> None:
        super().__init__(parent, title=self.tr("Until the porting completes"), min_width=480,
                         intro=self.tr("Calls to %1 can reach you on one of your numbers meanwhile.")
                         .replace("%1", ", ".join(request.numbers)))
        self.source, self.request = source, request
        self.forward = forward_combo(self, numbers, request.forward_to)
        self.caller_id = QCheckBox(self.tr("Show the old numbers on &outgoing calls"), self)
        self.caller_id.setObjectName("show_old_caller_id")
        self.caller_id.setChecked(request.show_old_caller_id)
        self.add_field("forward_to", self.tr("&Forward to:"), self.forward)
        self.form.addRow("", self.caller_id)
        self.add_primary(self.tr("&Save"), "confirm")
        self.finish()

    def submit(self) -> None:
        self.run("numbers:interim", self.source.set_interim, self.request.id, self.forward.currentData(),
                 self.caller_id.isChecked(), on_success=self._done)

    def _done(self, request: Any) -> None:
        self.result = request
        self.accept()

"""The Sandbox panel (sandbox mode only): every automatic flow from the app alone. Move the
clock (and see which jobs it started), generate calls, and play the other side: a bank transfer
arriving for an invoice, a credit note issued, a carrier answering a porting request. Results
are not shown here but where they belong: they arrive through the event stream like real ones."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import shiboken6
from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.models.dates import date_text
from desktop.models.money import money_text
from desktop.tasks import Op
from desktop.views.amount_field import show_amount, typed_amount
from desktop.views.field_errors import describe
from desktop.views.page_kit import hbox, named_button, show_status, status_line


class SandboxPanel(QDialog):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sandbox_panel")
        self.setWindowTitle(self.tr("Sandbox panel"))
        self.ctx = ctx
        self.source = ctx.sources.sandbox
        layout = QVBoxLayout(self)
        layout.addWidget(self._clock_box())
        layout.addWidget(self._calls_box())
        layout.addWidget(self._invoice_box())
        layout.addWidget(self._porting_box())
        self.status = status_line(self)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()

    # -- building ---------------------------------------------------------------------------------
    def _clock_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Clock"), self)
        row = QHBoxLayout(box)
        # Labels before the boxes, not unit suffixes: a suffix cannot follow the number's plural.
        self.days = QSpinBox(box, minimum=0, maximum=400, value=1)
        self.hours = QSpinBox(box, minimum=0, maximum=23, value=0)
        self.move_button = named_button(self.tr("&Move the clock"), "move_clock", box,
                                        on_click=self.move_clock)
        for w in (QLabel(self.tr("Days:"), box), self.days, QLabel(self.tr("Hours:"), box), self.hours,
                  self.move_button):
            row.addWidget(w)
        return box

    def _calls_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Calls"), self)
        row = QHBoxLayout(box)
        self.call_count = QSpinBox(box, minimum=1, maximum=1000, value=20)
        self.call_days = QSpinBox(box, minimum=1, maximum=31, value=1)
        self.calls_button = QPushButton(self.tr("&Generate calls"), box)
        self.calls_button.clicked.connect(self.generate_calls)
        for w in (QLabel(self.tr("Number:"), box), self.call_count, QLabel(self.tr("Over days:"), box),
                  self.call_days, self.calls_button):
            row.addWidget(w)
        return box

    def _invoice_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Back office"), self)
        form = QFormLayout(box)
        self.invoice = QComboBox(box)
        self.invoice.setObjectName("sandbox_invoice")
        form.addRow(self.tr("Invoice:"), self.invoice)
        self.transfer_button = named_button(self.tr("A bank &transfer arrives for it"), "bank_transfer", box,
                                            on_click=self.bank_transfer)
        form.addRow("", self.transfer_button)
        self.amount = QLineEdit(box)
        show_amount(self.amount, Decimal(10))
        self.amount.setMaximumWidth(90)
        self.reason = QLineEdit(self.tr("Goodwill"), box)
        self.credit_button = QPushButton(self.tr("Issue a &credit note"), box)
        self.credit_button.clicked.connect(self.credit_note)
        form.addRow(self.tr("Credit note:"), hbox(self.amount, self.reason, self.credit_button))
        return box

    def _porting_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Carrier"), self)
        form = QFormLayout(box)
        self.porting = QComboBox(box)
        form.addRow(self.tr("Porting request:"), self.porting)
        self.answer = QComboBox(box)
        for status, text in (("confirmed", self.tr("Confirmed")), ("scheduled", self.tr("Scheduled for")),
                             ("completed", self.tr("Completed")), ("rejected", self.tr("Rejected"))):
            self.answer.addItem(text, status)
        self.when = QDateEdit(box, calendarPopup=True)
        self.when.setDate(QDate.currentDate().addDays(14))
        self.porting_button = QPushButton(self.tr("&Answer as the carrier"), box)
        self.porting_button.clicked.connect(self.answer_porting)
        form.addRow(self.tr("Answer:"), hbox(self.answer, self.when, self.porting_button))
        return box

    # -- data ---------------------------------------------------------------------------------------
    def reload(self) -> None:
        Op(self.source.targets).success(self._targets).failure(self._failed).key(f"sandbox-{id(self)}").run()

    def _targets(self, targets: Any) -> None:
        if not shiboken6.isValid(self):
            return
        self.invoice.clear()
        for inv in targets.invoices:
            amount = money_text(inv.gross, inv.currency)
            self.invoice.addItem(f"{inv.number} · {amount} · {self._state(inv.status)}", inv.id)
        self.porting.clear()
        for p in targets.porting:
            self.porting.addItem(f"{', '.join(p.numbers)} · {self._state(p.status)} · "
                                 f"{date_text(p.scheduled_for or p.desired_date)}", p.id)
        for button, combo in ((self.transfer_button, self.invoice), (self.credit_button, self.invoice),
                              (self.porting_button, self.porting)):
            button.setEnabled(combo.count() > 0)

    def _state(self, status: str) -> str:
        return {"open": self.tr("open"), "paid": self.tr("paid"), "credited": self.tr("credited"),
                "submitted": self.tr("submitted"), "confirmed": self.tr("confirmed"),
                "scheduled": self.tr("scheduled")}.get(status, status)

    def _run(self, work: Any, *args: Any, done: Any) -> None:
        show_status(self.status, self.tr("Working…"))
        Op(work, *args).success(lambda r: self._done(done(r))).failure(self._failed).run()

    def _done(self, text: str) -> None:
        if shiboken6.isValid(self):
            show_status(self.status, text)
            self.reload()

    def _failed(self, err: BaseException) -> None:
        if shiboken6.isValid(self):
            show_status(self.status, describe(err), error=True)

    # -- acts -----------------------------------------------------------------------------------------
    def move_clock(self) -> None:
        def said(moved: Any) -> str:
            jobs = ", ".join(f"{name} ({n})" for name, n in sorted(moved.jobs.items()))
            text = self.tr("The clock now stands at %1. Jobs that ran: %2.")
            return text.replace("%1", date_text(moved.now)).replace(
                "%2", jobs or self.tr("none had anything to do"))

        self._run(self.source.move_clock, self.days.value(), self.hours.value(), done=said)

    def generate_calls(self) -> None:
        self._run(self.source.generate_calls, self.call_count.value(), self.call_days.value(),
                  done=lambda n: self.tr("Calls generated: %1.").replace("%1", str(n)))

    def bank_transfer(self) -> None:
        self._run(self.source.bank_transfer, self.invoice.currentData(),
                  done=lambda inv: self.tr("Transfer for %1 booked.").replace("%1", inv.number))

    def credit_note(self) -> None:
        amount = typed_amount(self.amount)
        if amount is None:
            show_status(self.status, self.tr("Enter the amount as a number, e.g. 10.00."), error=True)
            return
        self._run(self.source.credit_note, self.invoice.currentData(), amount, self.reason.text().strip(),
                  done=lambda note: self.tr("Credit note %1 issued.").replace("%1", note.number))

    def answer_porting(self) -> None:
        status = self.answer.currentData()
        when = self.when.date().toPython() if status == "scheduled" else None
        self._run(self.source.answer_porting, self.porting.currentData(), status, when,
                  done=lambda _s: self.tr("The carrier answered: %1.").replace(
                      "%1", self.answer.currentText()))

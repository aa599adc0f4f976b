"""A dialog of labelled fields, each with its error line below, a banner for errors that belong
to no field, and one primary button whose work runs as an Op.

Texts are passed in already translated: Qt's translation context is the class that calls tr(),
so each dialog keeps its own strings.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.tasks import Op
from desktop.views.field_errors import ApiErrorLike, FormErrors
from desktop.views.form_rows import field_row
from desktop.views.page_kit import wrapped_label


class FormDialog(QDialog):
    mailbox_requested = Signal()  # the sandbox's mailbox (offer_mailbox, sandbox mode only)

    def __init__(self, parent: QWidget | None, *, title: str, intro: str, min_width: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(min_width)
        self.intro = wrapped_label(self, text=intro)
        self.banner = QLabel(self)
        self.errors = FormErrors(self.banner)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(self)
        self.primary: QPushButton | None = None
        self.result: Any = None  # what the provider answered, once the dialog's work succeeded
        self._handle: Any = None

    def open_for_result(self, on_result: Callable[[Any], None]) -> None:
        """Open without blocking, named by the dialog's class (tests find it so); once accepted
        with a result, the result goes to `on_result`."""
        self.setObjectName(type(self).__name__)

        def finished(code: int) -> None:
            if code == QDialog.DialogCode.Accepted and self.result is not None:
                on_result(self.result)

        self.finished.connect(finished)
        self.open()

    def add_field(self, field: str, text: str, widget: QWidget, *, error_name: str | None = None) -> None:
        """A labelled row with the field's error line under the widget; `field` is the name the
        provider uses, so its answers land here."""
        field_row(self.form, self.errors, field, text, widget, error_name=error_name)

    def add_primary(self, text: str, object_name: str | None = None) -> QPushButton:
        self.primary = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
        if object_name:
            self.primary.setObjectName(object_name)
        self.primary.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        return self.primary

    def finish(self, *below_banner: QWidget) -> None:
        reject = QDialogButtonBox.ButtonRole.RejectRole
        if not any(self.buttons.buttonRole(b) == reject for b in self.buttons.buttons()):
            # Every dialog can be left without doing anything, by a button as well as Escape.
            self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            if self.primary is None:  # add_primary connected it already
                self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.banner)
        for widget in below_banner:
            layout.addWidget(widget)
        layout.addStretch(1)  # height left by error lines that went away stays above the buttons
        layout.addWidget(self.buttons)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:
            self._fit_height()
        return handled

    def _fit_height(self) -> None:
        """Grow to the height the fields need at this width. A window's minimum height ignores
        height-for-width, so error lines appearing squeezed the word-wrapped password rules
        until they were cut off."""
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(self.width())
            if self.height() < needed:
                self.resize(self.width(), needed)

    def offer_mailbox(self) -> None:
        """Sandbox mode: a button to the sandbox's mailbox, where the link this dialog is about
        arrives (a reset link, say)."""
        button = self.buttons.addButton(self.tr("Sandbox mail&box…"), QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName("mailbox")
        button.setAutoDefault(False)
        button.clicked.connect(self.mailbox_requested)

    def submit(self) -> None:
        raise NotImplementedError

    def missing(self, field: str, text: str, message: str) -> bool:
        """True, with `message` shown at the field, when nothing was entered (`text` empty)."""
        if text:
            return False
        self.errors.set_field_error(field, message)
        return True

    def run(self, key: str, fn: Callable[..., Any], *args: Any,
            on_success: Callable[[Any], None]) -> None:
        """Run the dialog's one network call off the UI thread; errors land at their fields."""
        if self.primary is not None:
            self.primary.setEnabled(False)
        self._handle = Op(fn, *args).success(on_success).failure(self.failed).key(key).run()

    def failed(self, err: ApiErrorLike) -> None:
        if self.primary is not None:
            self.primary.setEnabled(True)
        self.errors.show(err)

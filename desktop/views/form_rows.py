"""The one form row: a labelled input with its error line right under it, in a QFormLayout,
registered with the FormErrors that shows the provider's answers at the field. Every form builds
its rows with it (dialogs, wizards, pages). Also the named text field the rows hold."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.views.field_errors import FormErrors, error_label
from desktop.views.page_kit import buddy_label


def line_edit(parent: QWidget, name: str, text: str = "", placeholder: str = "", *,
              hidden: bool = False) -> QLineEdit:
    """A text field with the object name tests and the form's error lines find it by; `hidden`
    shows dots for what is typed (a password, a card's security code)."""
    edit = QLineEdit(text, parent)
    edit.setObjectName(name)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    if hidden:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def field_row(form: QFormLayout, errors: FormErrors, field: str, text: str, widget: QWidget, *,
              error_name: str | None = None) -> QLabel:
    """`field` is the name the provider uses, so its answers land under `widget`; `text` the
    label, with its mnemonic. Returns the label (a form may hide the row)."""
    parent = widget.parentWidget()
    err = error_label(parent)
    if error_name:
        err.setObjectName(error_name)
    errors.add(field, widget, err)
    label = buddy_label(text, widget, parent)
    column = QVBoxLayout()
    column.setSpacing(2)
    column.addWidget(widget)
    column.addWidget(err)
    form.addRow(label, column)
    return label

"""A labelled input with its error line right under it, in a QFormLayout, registered with the
FormErrors that shows the provider's answers at the field (the Automatic payments boxes)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.views.field_errors import FormErrors, error_label


def field_row(form: QFormLayout, errors: FormErrors, field: str, text: str, widget: QWidget) -> None:
    err = error_label(widget.parentWidget())
    errors.add(field, widget, err)
    label = QLabel(text, widget.parentWidget())
    label.setBuddy(widget)
    column = QVBoxLayout()
    column.setSpacing(2)
    column.addWidget(widget)
    column.addWidget(err)
    form.addRow(label, column)

"""Settings: the UI language, and how to reach the provider (address, CA bundle, proxy)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n
from desktop.views.field_errors import error_label
from desktop.views.form_rows import line_edit
from desktop.views.page_kit import buddy_label, heading, named_button, wrapped_label


class SettingsPage(QWidget):
    language_chosen = Signal(str)
    connection_saved = Signal(str, str, str)  # base_url, ca_bundle, proxy ("" = none)
    diagnostics_requested = Signal(str, str, str)  # base_url, ca_bundle, proxy

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = heading(self.tr("Settings"), self)

        language_box = QGroupBox(self.tr("Language"), self)
        self.language = QComboBox(language_box)
        self.language.setObjectName("language")
        for code, name in i18n.CHOICES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current_choice())))
        language_label = buddy_label(self.tr("&Display language:"), self.language, language_box)
        language_note = wrapped_label(
            language_box, text=self.tr("The change applies at once, and is kept for the next start."))
        language_note.setEnabled(False)
        language_form = QFormLayout(language_box)
        language_form.addRow(language_label, self.language)
        language_form.addRow("", language_note)

        connection_box = QGroupBox(self.tr("Connection"), self)
        self.base_url = line_edit(connection_box, "base_url", placeholder="https://portal.example.ch:8444")
        self.ca_bundle = line_edit(connection_box, "ca_bundle", placeholder=self.tr("system certificates"))
        browse = QPushButton(self.tr("&Browse…"), connection_box)
        browse.clicked.connect(self._browse)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_bundle, 1)
        ca_row.addWidget(browse)
        self.proxy = line_edit(connection_box, "proxy")
        # What an empty field means, and the two things it takes (desktop/api_client/proxies.py).
        self.proxy.setPlaceholderText(self.tr("the system's proxy settings"))
        self.proxy.setToolTip(self.tr(
            "Empty: the system's proxy settings (HTTPS_PROXY and NO_PROXY, or the proxy or proxy "
            "auto-config file set in Windows or macOS). Or a proxy, e.g. http://proxy.example.ch:3128, "
            "or the address of a proxy auto-config file, e.g. http://wpad.example.ch/proxy.pac."))
        self.connection_note = wrapped_label(connection_box)
        self.connection_note.setEnabled(False)
        self.connection_error = error_label(connection_box)
        self.save_button = named_button(self.tr("&Save connection"), "save_connection", connection_box)
        self.diagnostics_button = named_button(self.tr("Connection &diagnostics…"), "diagnostics",
                                               connection_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.diagnostics_button)
        buttons.addStretch(1)
        connection_form = QFormLayout(connection_box)
        connection_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, field in ((self.tr("Provider &address:"), self.base_url),
                            (self.tr("&CA bundle:"), ca_row), (self.tr("&Proxy:"), self.proxy)):
            label = buddy_label(text, field if isinstance(field, QWidget) else self.ca_bundle, connection_box)
            connection_form.addRow(label, field)
        connection_form.addRow("", self.connection_note)
        connection_form.addRow("", self.connection_error)
        connection_form.addRow("", buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(language_box)
        layout.addWidget(connection_box)
        layout.addStretch(1)

        self.language.activated.connect(lambda _i: self.language_chosen.emit(self.language.currentData()))
        self.save_button.clicked.connect(self._save)
        self.diagnostics_button.clicked.connect(
            lambda: self.diagnostics_requested.emit(*self._values()))

    def _values(self) -> tuple[str, str, str]:
        return (self.base_url.text().strip(), self.ca_bundle.text().strip(), self.proxy.text().strip())

    def set_connection(self, base_url: str, ca_bundle: str | None, proxy: str | None, *,
                       sandbox: bool) -> None:
        self.base_url.setText(base_url)
        self.ca_bundle.setText(ca_bundle or "")
        self.proxy.setText(proxy or "")
        for widget in (self.base_url, self.ca_bundle, self.proxy, self.save_button):
            widget.setEnabled(not sandbox)
        self.connection_note.setText(
            self.tr("The sandbox provider runs on this computer; its address is chosen at start.")
            if sandbox else self.tr("Changes apply at the next sign-in."))

    def show_connection_error(self, message: str) -> None:
        self.connection_error.setText(message)
        self.connection_error.setVisible(bool(message))

    def _save(self) -> None:
        self.show_connection_error("")
        if not self.base_url.text().strip():
            self.show_connection_error(self.tr("Enter the provider's address."))
            return
        self.connection_saved.emit(*self._values())

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a CA bundle"), "",
                                              self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        if path:
            self.ca_bundle.setText(path)

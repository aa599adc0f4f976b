"""New customer: the registration fields a reseller fills in for a business customer; the
customer's owner signs in with the e-mail and password given here."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from desktop.sources.reseller import Address, Registration
from desktop.views.countries import CODES, country_names
from desktop.views.form_dialog import FormDialog
from desktop.views.form_rows import line_edit
from desktop.views.password_field import NewPasswordField


class CreateCustomerDialog(FormDialog):
    def __init__(self, parent: QWidget | None, source: Any) -> None:
        super().__init__(parent, title=self.tr("New customer"), min_width=520, intro=self.tr(
            "A business account under your reseller account. Its owner signs in with this e-mail "
            "address and password; you can act for the customer at once."))
        self.source = source
        self.company = self._line("company_name")
        self.name = self._line("name")
        self.email = self._line("email")
        self.email.setPlaceholderText("name@example.ch")
        self.password = NewPasswordField(self)
        self.password.setObjectName("password")
        self.country = QComboBox(self)
        self.country.setObjectName("country")
        names = country_names()
        for code in CODES:
            self.country.addItem(names.get(code, code), code)
        self.street = self._line("street")
        self.postal_code = self._line("postal_code")
        self.city = self._line("city")
        self.add_field("company_name", self.tr("&Company:"), self.company)
        self.add_field("name", self.tr("Contact &name:"), self.name)
        self.add_field("email", self.tr("&E-mail:"), self.email)
        self.add_field("password", self.tr("&Password:"), self.password)
        self.add_field("country", self.tr("C&ountry:"), self.country)
        self.add_field("address.street", self.tr("&Street:"), self.street)
        self.add_field("address.postal_code", self.tr("Posta&l code:"), self.postal_code)
        self.add_field("address.city", self.tr("C&ity:"), self.city)
        self.add_primary(self.tr("C&reate customer"), "create_customer")
        self.buttons.addButton(self.buttons.StandardButton.Cancel)
        self.finish()

    def _line(self, name: str) -> QLineEdit:
        line = line_edit(self, name)
        return line

    def registration(self) -> Registration:
        country = str(self.country.currentData())
        name, company = self.name.text().strip(), self.company.text().strip()
        return Registration(
            kind="business", structure="collective", email=self.email.text().strip(),
            password=self.password.text(), name=name, country=country, company_name=company or None,
            address=Address(name=name, street=self.street.text().strip(),
                            postal_code=self.postal_code.text().strip(), city=self.city.text().strip(),
                            country=country, company=company or None))

    def submit(self) -> None:
        self.errors.clear()
        required: tuple[tuple[QWidget, str, str], ...] = (
            (self.company, "company_name", self.company.text()), (self.name, "name", self.name.text()),
            (self.email, "email", self.email.text()), (self.password, "password", self.password.text()),
            (self.street, "address.street", self.street.text()),
            (self.postal_code, "address.postal_code", self.postal_code.text()),
            (self.city, "address.city", self.city.text()))
        missing = [(w, f) for w, f, text in required if not text.strip()]
        for _widget, field in missing:
            self.errors.set_field_error(field, self.tr("Fill this in."))
        if missing:
            missing[0][0].setFocus()
            return
        self.run("reseller:create", self.source.create_customer, self.registration(), on_success=self._done)

    def _done(self, customer: Any) -> None:
        self.result = customer
        self.accept()

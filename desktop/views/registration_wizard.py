"""Create an account: private or business, single or collective (docs/product-rules.md#account-kinds).

Pages: account type → details → billing address → password. The last page sends the
registration in a task; a field the provider refuses sends the user back to its page with
the message under the field, and what the other pages hold (input and messages) stays. Once
created, the last page shows the new user ID, copyable, until the customer closes the wizard.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop import i18n
from desktop.models.phone_numbers import DEFAULT_REGION, REGIONS, to_e164
from desktop.tasks import Op
from desktop.views.countries import CODES, country_names
from desktop.views.field_errors import ApiErrorLike, FormErrors
from desktop.views.form_rows import field_row, line_edit
from desktop.views.page_kit import named_button, wrapped_label
from desktop.views.password_field import NewPasswordField

TYPE_PAGE, DETAILS_PAGE, ADDRESS_PAGE, PASSWORD_PAGE = range(4)


def _row(page: QWizardPage, form: QFormLayout, errors: FormErrors, field: str, text: str,
         widget: QWidget) -> QLabel:
    return field_row(form, errors, field, text, widget, error_name=f"{field}_error")


def _country_combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    names = country_names()
    for code in CODES:
        combo.addItem(f"{names[code]} ({code})", code)
    return combo


class TypePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Account type"))
        self.setSubTitle(self.tr("Every new account starts with a SIP Trunk and a prepaid balance of 0."))
        self.private = QRadioButton(self.tr("&Private: for you and your household"), self)
        self.private.setObjectName("private")
        self.business = QRadioButton(self.tr("&Business: for a company, with invoices to the company"), self)
        self.business.setObjectName("business")
        self.single = QRadioButton(self.tr("&Single account: one main number, which is also your user ID"),
                                   self)
        self.single.setObjectName("single")
        self.collective = QRadioButton(
            self.tr("&Collective account: several numbers and users; you get a 4- or 5-digit user ID"),
            self)
        self.collective.setObjectName("collective")
        self.private.setChecked(True)
        self.collective.setChecked(True)
        kinds, structures = QButtonGroup(self), QButtonGroup(self)
        kinds.addButton(self.private)
        kinds.addButton(self.business)
        structures.addButton(self.single)
        structures.addButton(self.collective)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Who is the customer?"), self))
        layout.addWidget(self.private)
        layout.addWidget(self.business)
        layout.addSpacing(12)
        layout.addWidget(QLabel(self.tr("How do you sign in?"), self))
        layout.addWidget(self.single)
        layout.addWidget(self.collective)
        layout.addStretch(1)

    def kind(self) -> str:
        return "business" if self.business.isChecked() else "private"

    def structure(self) -> str:
        return "single" if self.single.isChecked() else "collective"


class DetailsPage(QWizardPage):
    def __init__(self, errors: FormErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your details"))
        self.setSubTitle(self.tr("The contact person receives the e-mails about this account."))
        self.name = line_edit(self, "name")
        self.email = line_edit(self, "email", placeholder="name@example.ch")
        self.company_name = line_edit(self, "company_name")
        self.vat_number = line_edit(self, "vat_number",
                                    placeholder=self.tr("optional, e.g. CHE-123.456.788 MWST"))
        self.country = _country_combo(self)
        self.country.setObjectName("country")
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.language.addItem("English", "en")
        self.language.addItem("Deutsch", "de")
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current_language())))
        self.main_number = line_edit(self, "main_number", placeholder="+41 44 555 12 34")
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        _row(self, form, errors, "name", self.tr("Contact &name:"), self.name)
        _row(self, form, errors, "email", self.tr("&E-mail:"), self.email)
        self.company_label = _row(self, form, errors, "company_name", self.tr("&Company:"), self.company_name)
        self.vat_label = _row(self, form, errors, "vat_number", self.tr("&VAT number:"), self.vat_number)
        self.number_label = _row(self, form, errors, "main_number", self.tr("&Main number:"),
                                 self.main_number)
        _row(self, form, errors, "country", self.tr("C&ountry:"), self.country)
        _row(self, form, errors, "language", self.tr("&Language:"), self.language)
        self.registerField("name*", self.name)
        self.registerField("email*", self.email)

    def initializePage(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, RegistrationWizard)
        business = wizard.type_page.kind() == "business"
        single = wizard.type_page.structure() == "single"
        for widget in (self.company_label, self.company_name, self.vat_label, self.vat_number):
            widget.setVisible(business)
        for widget in (self.number_label, self.main_number):
            widget.setVisible(single)

    def cleanupPage(self) -> None:
        """Going back keeps what was typed (QWizard's default empties the page's fields, so a
        refused field on an earlier page cost the later pages' input)."""

    def validatePage(self) -> bool:
        wizard = self.wizard()
        assert isinstance(wizard, RegistrationWizard)
        wizard.errors.clear_within(self)
        ok = True
        if "@" not in self.email.text():
            wizard.errors.set_field_error("email", self.tr("Enter an e-mail address like name@example.ch."))
            ok = False
        if wizard.type_page.kind() == "business" and not self.company_name.text().strip():
            wizard.errors.set_field_error("company_name",
                                          self.tr("A business account needs the company name."))
            ok = False
        if wizard.type_page.structure() == "single" and not self.main_number.text().strip():
            wizard.errors.set_field_error("main_number", self.tr("Enter the main number of the account."))
            ok = False
        return ok


class AddressPage(QWizardPage):
    def __init__(self, errors: FormErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Billing address"))
        self.setSubTitle(self.tr("Invoices are addressed here. You can add more addresses later."))
        self.street = line_edit(self, "street")
        self.postal_code = line_edit(self, "postal_code")
        self.city = line_edit(self, "city")
        self.country = _country_combo(self)
        self.country.setObjectName("address_country")
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        _row(self, form, errors, "address.street", self.tr("&Street and number:"), self.street)
        _row(self, form, errors, "address.postal_code", self.tr("&Postal code:"), self.postal_code)
        _row(self, form, errors, "address.city", self.tr("C&ity:"), self.city)
        _row(self, form, errors, "address.country", self.tr("C&ountry:"), self.country)
        self.registerField("street*", self.street)
        self.registerField("postal_code*", self.postal_code)
        self.registerField("city*", self.city)

        self._suggested: int | None = None  # the country last copied from the details page

    def initializePage(self) -> None:
        # The details page's country, unless the customer chose another one here already.
        wizard = self.wizard()
        assert isinstance(wizard, RegistrationWizard)
        if self._suggested is None or self.country.currentIndex() == self._suggested:
            self._suggested = wizard.details_page.country.currentIndex()
            self.country.setCurrentIndex(self._suggested)

    def cleanupPage(self) -> None:
        """Going back keeps the address as typed (see DetailsPage.cleanupPage)."""


class PasswordPage(QWizardPage):
    def __init__(self, errors: FormErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Password"))
        self.setSubTitle(self.tr("This password opens the portal. Phones get their own VoIP passwords."))
        self.password = NewPasswordField(self)
        self.repeat = line_edit(self, "repeat", hidden=True)
        self.status = wrapped_label(self, "status")
        # The new user ID, shown (and copyable) before the wizard closes: it is what signs in.
        self.user_id = line_edit(self, "new_user_id")
        self.user_id.setReadOnly(True)
        self.copy_button = named_button(self.tr("&Copy"), "copy_user_id", self)
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.user_id.text()))
        self.id_row = QWidget(self)
        row = QHBoxLayout(self.id_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Your user ID:"), self.id_row))
        row.addWidget(self.user_id, 1)
        row.addWidget(self.copy_button)
        self.id_row.hide()
        form = self.form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        _row(self, form, errors, "password", self.tr("&Password:"), self.password)
        _row(self, form, errors, "repeat", self.tr("&Repeat:"), self.repeat)
        form.addRow(errors.banner)
        form.addRow(self.status)
        form.addRow(self.id_row)
        self.done = False
        self.password.changed.connect(self.completeChanged)
        self.repeat.textChanged.connect(self.completeChanged)

    def initializePage(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, RegistrationWizard)
        details = wizard.details_page
        single = wizard.type_page.structure() == "single"
        self.password.set_context(user_id=details.main_number.text() if single else None,
                                  email=details.email.text())

    def isComplete(self) -> bool:
        return bool(self.password.text()) and bool(self.repeat.text())

    def show_created(self) -> None:
        """The account exists: the password rows give way to the user ID."""
        self.setTitle(self.tr("Your account is ready"))
        self.setSubTitle("")
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            inner = item.layout() if item is not None else None
            if inner is not None and any(inner.indexOf(w) >= 0 for w in (self.password, self.repeat)):
                self.form.setRowVisible(row, False)

    def validatePage(self) -> bool:
        if self.done:
            return True
        wizard = self.wizard()
        assert isinstance(wizard, RegistrationWizard)
        wizard.errors.clear_within(self)
        if self.repeat.text() != self.password.text():
            wizard.errors.set_field_error("repeat", self.tr("The two passwords differ."))
            return False
        wizard.submit()
        return False


class RegistrationWizard(QWizard):
    registered = Signal(object)  # Me

    def __init__(self, account: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.account = account  # desktop.sources.account.AccountSource
        self.me: Any = None
        self.setWindowTitle(self.tr("Create a Switchboard account"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.resize(640, 500)
        banner = QLabel()
        banner.setObjectName("banner")
        self.errors = FormErrors(banner)
        self.type_page = TypePage(self)
        self.details_page = DetailsPage(self.errors, self)
        self.address_page = AddressPage(self.errors, self)
        self.password_page = PasswordPage(self.errors, self)
        for page_id, page in enumerate((self.type_page, self.details_page, self.address_page,
                                        self.password_page)):
            self.setPage(page_id, page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Create account"))
        self._handle: Any = None

    def registration(self) -> Any:
        from desktop.sources.account import Address, Registration  # requests: only when registering

        d, a = self.details_page, self.address_page
        business = self.type_page.kind() == "business"
        single = self.type_page.structure() == "single"
        return Registration(
            kind=self.type_page.kind(), structure=self.type_page.structure(),  # type: ignore[arg-type]
            email=d.email.text().strip(), password=self.password_page.password.text(),
            name=d.name.text().strip(), country=d.country.currentData(),
            language=d.language.currentData(),
            company_name=d.company_name.text().strip() or None if business else None,
            vat_number=d.vat_number.text().strip() or None if business else None,
            main_number=self._main_number() if single else None,
            address=Address(name=d.name.text().strip(), street=a.street.text().strip(),
                            postal_code=a.postal_code.text().strip(), city=a.city.text().strip(),
                            country=a.country.currentData(),
                            company=d.company_name.text().strip() or None if business else None),
        )

    def _main_number(self) -> str | None:
        """In the national format of the chosen country (`044 555 12 34`) too; sent as E.164.
        What is no number at all goes as typed, and the provider says why."""
        text = self.details_page.main_number.text().strip()
        country = self.details_page.country.currentData()
        region = country if country in REGIONS else DEFAULT_REGION
        return (to_e164(text, region) or text) if text else None

    def submit(self) -> None:
        self.password_page.status.setText(self.tr("Creating the account…"))
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self._handle = (Op(self.account.register, self.registration())
                        .success(self._registered).failure(self._failed).key("register").run())

    def _registered(self, me: Any) -> None:
        """Done: the wizard stays open on the user ID (copyable) until the customer closes it."""
        self.me = me
        page = self.password_page
        page.done = True
        page.status.setText(self.tr("Sign in with this user ID (or your e-mail address) and your "
                                    "password."))
        page.user_id.setText(me.account.user_id)
        page.id_row.show()
        page.show_created()
        # Nothing is left to cancel or go back to: Close (or Escape) is the way out.
        self.button(QWizard.WizardButton.CancelButton).hide()
        self.button(QWizard.WizardButton.BackButton).hide()
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Close"))
        finish = self.button(QWizard.WizardButton.FinishButton)
        finish.setEnabled(True)
        page.copy_button.setFocus()
        self.registered.emit(me)

    def _failed(self, err: ApiErrorLike) -> None:
        self.password_page.status.clear()
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        first = self.errors.show(err)
        # Go back to the page that holds the first refused field, so the message is seen.
        for page_id in (DETAILS_PAGE, ADDRESS_PAGE, PASSWORD_PAGE):
            page = self.page(page_id)
            if first is not None and page.isAncestorOf(first):
                while self.currentId() > page_id:
                    self.back()
                first.setFocus()
                break

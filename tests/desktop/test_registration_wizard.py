"""The registration wizard creates private and business accounts on a real provider."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from desktop.api_client import ApiClient, ConnectionSettings
from desktop.sources import Sources
from desktop.views.registration_wizard import (
    ADDRESS_PAGE,
    DETAILS_PAGE,
    PASSWORD_PAGE,
    RegistrationWizard,
)
from tests.desktop.views_support import TIMEOUT, close_windows  # noqa: F401 (autouse fixture)

PASSWORD = "Wizard-Pass-2026"


def _wizard(qtbot, base_url: str) -> RegistrationWizard:
    wizard = RegistrationWizard(Sources.of(ApiClient(ConnectionSettings(base_url)), None).account)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _fill(wizard: RegistrationWizard, *, email: str, business: bool, single: bool, number: str = "",
          company: str = "", country: str = "CH") -> None:
    page = wizard.type_page
    (page.business if business else page.private).setChecked(True)
    (page.single if single else page.collective).setChecked(True)
    wizard.next()
    assert wizard.currentId() == DETAILS_PAGE
    d = wizard.details_page
    assert d.company_name.isVisible() == business and d.main_number.isVisible() == single
    d.name.setText("Lea Schmid")
    d.email.setText(email)
    d.company_name.setText(company)
    d.main_number.setText(number)
    d.country.setCurrentIndex(d.country.findData(country))
    wizard.next()
    assert wizard.currentId() == ADDRESS_PAGE
    a = wizard.address_page
    assert a.country.currentData() == country
    a.street.setText("Dorfstrasse 5")
    a.postal_code.setText("3000")
    a.city.setText("Bern")
    wizard.next()
    assert wizard.currentId() == PASSWORD_PAGE
    wizard.password_page.password.edit.setText(PASSWORD)
    wizard.password_page.repeat.setText(PASSWORD)


def _finish(qtbot, wizard: RegistrationWizard) -> object:
    with qtbot.waitSignal(wizard.registered, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    return blocker.args[0]


def test_private_single_account_with_its_main_number(qtbot, provider_server, unique_email):
    email = unique_email("wiz-private")
    number = "+41 44 " + "".join(random.choice("0123456789") for _ in range(7))
    wizard = _wizard(qtbot, provider_server)
    _fill(wizard, email=email, business=False, single=True, number=number)
    me = _finish(qtbot, wizard)
    assert me.account.kind == "private" and me.account.structure == "single"
    assert me.account.user_id == number.replace("+", "").replace(" ", "")
    client = ApiClient(ConnectionSettings(provider_server))
    assert client.sign_in(me.account.user_id, PASSWORD).user.email == email


def test_business_collective_account_gets_a_short_user_id(qtbot, provider_server, unique_email):
    email = unique_email("wiz-business")
    wizard = _wizard(qtbot, provider_server)
    _fill(wizard, email=email, business=True, single=False, company="Schmid Bau AG", country="DE")
    me = _finish(qtbot, wizard)
    assert me.account.kind == "business" and me.account.company_name == "Schmid Bau AG"
    assert me.account.currency == "EUR" and len(me.account.user_id) in (4, 5)


def test_a_refused_field_takes_the_user_back_to_its_page(qtbot, provider_server, unique_email):
    wizard = _wizard(qtbot, provider_server)
    # A Liechtenstein-looking number with too few digits: only the provider's rule catches it.
    _fill(wizard, email=unique_email("wiz-bad"), business=False, single=True, number="+423 12")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == DETAILS_PAGE, timeout=TIMEOUT)
    message = wizard.errors.message_for("main_number")
    assert message.startswith("The main number must be a Swiss (+41 and 9 digits)")
    assert wizard.isVisible() and wizard.me is None


def test_details_page_asks_for_the_company_of_a_business(qtbot, provider_server, unique_email):
    wizard = _wizard(qtbot, provider_server)
    wizard.type_page.business.setChecked(True)
    wizard.next()
    wizard.details_page.name.setText("Lea Schmid")
    wizard.details_page.email.setText(unique_email("wiz-co"))
    wizard.next()
    assert wizard.currentId() == DETAILS_PAGE
    assert wizard.errors.message_for("company_name") == "A business account needs the company name."


def test_a_refused_field_leaves_the_other_pages_as_they_were(qtbot, provider_server, unique_email):
    wizard = _wizard(qtbot, provider_server)
    _fill(wizard, email=unique_email("wiz-keep"), business=False, single=True, number="+423 12")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == DETAILS_PAGE, timeout=TIMEOUT)
    a = wizard.address_page
    # Going back to the refused field emptied the address the customer had typed.
    assert (a.street.text(), a.postal_code.text(), a.city.text()) == ("Dorfstrasse 5", "3000", "Bern")
    wizard.errors.set_field_error("address.city", "As the provider would say it.")
    digits = "".join(random.choice("0123456789") for _ in range(7))
    wizard.details_page.main_number.setText(f"+41 44 {digits}")
    wizard.next()
    assert wizard.currentId() == ADDRESS_PAGE
    assert wizard.errors.message_for("main_number") == ""  # its own page's message went with the fix
    assert wizard.errors.message_for("address.city") == "As the provider would say it."  # this page's stays
    wizard.next()
    assert wizard.currentId() == PASSWORD_PAGE and wizard.password_page.password.text() == PASSWORD


def test_the_new_user_id_is_shown_and_copyable_before_the_wizard_closes(qtbot, provider_server,
                                                                         unique_email):
    from PySide6.QtGui import QGuiApplication

    wizard = _wizard(qtbot, provider_server)
    _fill(wizard, email=unique_email("wiz-id"), business=True, single=False, company="Schmid Bau AG")
    me = _finish(qtbot, wizard)
    page = wizard.password_page
    assert wizard.isVisible() and page.id_row.isVisible()
    assert page.user_id.text() == me.account.user_id and page.user_id.isReadOnly()
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == me.account.user_id
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isEnabled() and finish.text() == "&Close"
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=TIMEOUT)
    assert wizard.result() == QWizard.DialogCode.Accepted

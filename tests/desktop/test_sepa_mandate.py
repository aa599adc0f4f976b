"""The SEPA mandate box on Automatic payments, against the sandbox provider: the IBAN is checked as
it is typed (signing stays disabled, saying why, until it is valid), a mandate is signed and
shown, then revoked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from desktop.tasks import wait_all
from tests.desktop.shop_support import business_app, click, open_page
from tests.desktop.subscription_support import dialog_of
from tests.desktop.views_support import TIMEOUT, close_windows  # noqa: F401 - autouse fixture


def test_sign_and_revoke_a_mandate_with_the_live_iban_check(qtbot, provider_server, qsettings_tmp,
                                                            keyring_backend, unique_email):
    email = unique_email("sepa")
    controller = business_app(qtbot, provider_server, qsettings_tmp, email)
    page = open_page(qtbot, controller, "automatic_payments")
    box = page.sepa_box
    assert box.isVisibleTo(page) and "No mandate" in box.mandate_text.text()
    assert not box.revoke_button.isEnabled()
    box.iban.setFocus()
    qtbot.keyClicks(box.iban, "DE88 3704 0044 0532 0130 00")  # one digit off
    assert "check digits" in box.iban_check.text() and not box.sign_button.isEnabled()
    box.iban.clear()
    qtbot.keyClicks(box.iban, "DE89 3704 0044 0532 0130 00")
    assert box.iban_check.text().startswith("✓") and box.sign_button.isEnabled()
    box.holder.setText("Alpen Test GmbH")
    click(qtbot, box.sign_button)
    qtbot.waitUntil(lambda: box.mandate is not None, timeout=TIMEOUT)
    assert "DE89 3704 0044 0532 0130 00" in box.mandate_text.text()
    assert box.revoke_button.isEnabled() and box.iban.text() == ""
    # Revoking asks first; Cancel (also the default button) leaves the mandate in place.
    qtbot.mouseClick(box.revoke_button, Qt.MouseButton.LeftButton)
    ask = dialog_of(qtbot, "confirm_revoke_mandate")
    assert ask.defaultButton() is ask.button(QMessageBox.StandardButton.Cancel)
    ask.button(QMessageBox.StandardButton.Cancel).click()
    wait_all()
    assert box.mandate is not None and box.revoke_button.isEnabled()
    qtbot.mouseClick(box.revoke_button, Qt.MouseButton.LeftButton)
    dialog_of(qtbot, "confirm_revoke_mandate").findChild(QPushButton, "yes").click()
    qtbot.waitUntil(lambda: page.loaded and box.mandate is None, timeout=TIMEOUT)
    assert "No mandate" in box.mandate_text.text() and not box.revoke_button.isEnabled()
    wait_all()

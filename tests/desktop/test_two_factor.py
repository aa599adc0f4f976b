"""Two-factor sign-in in the client against a real sandbox provider: turning it on in the
Security dialog (QR code, key, first code, recovery codes once), signing in with a code in the
sign-in dialog, a replayed code refused, a recovery code used once, and the owner's requirement
making another user set it up while signing in."""

from __future__ import annotations

import datetime as dt
import re

import pyotp
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.exceptions import TimeoutError as WaitTimeout

from desktop import i18n
from desktop.api_client import ApiClient, ConnectionSettings
from desktop.api_client.access import AccessApi
from desktop.api_client.two_factor import TwoFactorApi
from desktop.views.recovery_codes_dialog import RecoveryCodesDialog
from desktop.views.security_dialog import SecurityDialog
from desktop.views.sign_in_dialog import SignInDialog
from desktop.views.two_factor_dialogs import (
    NewRecoveryCodesDialog,
    SetUpTwoFactorDialog,
    TurnOffTwoFactorDialog,
)
from tests.desktop.helpers import PASSWORD, business_collective
from tests.desktop.views_support import (
    TIMEOUT,
    close_windows,  # noqa: F401 (autouse fixture)
    open_dialog,
    start_app,
)


def code_for(base_url: str, secret: str, steps: int = 0) -> str:
    """The app's code at the provider's clock, `steps` time steps on (the drift allows one)."""
    client = ApiClient(ConnectionSettings(base_url))
    try:
        now = client.sandbox_clock()
    finally:
        client.close()
    return pyotp.TOTP(secret).at(now + dt.timedelta(seconds=30 * steps))


def scanned(pixmap) -> str:
    import io

    import zxingcpp
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, "PNG")
    found = zxingcpp.read_barcodes(Image.open(io.BytesIO(bytes(buffer.data()))))
    assert len(found) == 1
    return found[0].text


def secret_shown(label_text: str) -> str:
    return re.sub(r"\s+", "", label_text)


def shown_texts(dialog: SignInDialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel) if label.isVisible() and label.text()]


def password_step(qtbot, identifier: str) -> SignInDialog:
    dialog = open_dialog(qtbot, SignInDialog)
    dialog.identifier.setText(identifier)
    dialog.password.setText(PASSWORD)
    qtbot.waitUntil(dialog.sign_in_button.isEnabled, timeout=TIMEOUT)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    try:
        qtbot.waitUntil(lambda: dialog.code_step.isVisible() and dialog.sign_in_button.isEnabled(),
                        timeout=TIMEOUT)
    except WaitTimeout as exc:  # say what the dialog showed instead of the code step
        from desktop import tasks

        raise AssertionError(f"no code step (button enabled: {dialog.sign_in_button.isEnabled()}, "
                             f"tasks running: {tasks.thread_pool().activeThreadCount()}); "
                             f"the dialog shows {shown_texts(dialog)!r}") from exc
    assert not dialog.credentials.isVisible() and dialog.password.text() == ""
    return dialog


def enter_code(qtbot, dialog: SignInDialog, code: str) -> None:
    dialog.code_step.code.setText(code)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)


@pytest.fixture
def german(qapp):
    assert i18n.install("de_DE")
    yield
    i18n.install("en")


@pytest.mark.parametrize("dialog_class", [NewRecoveryCodesDialog, TurnOffTwoFactorDialog])
def test_a_missing_code_is_said_in_german(qtbot, german, dialog_class) -> None:
    # The code's strings are translated in the dialogs' shared base class's context.
    dialog = dialog_class(account=None)
    qtbot.addWidget(dialog)
    if dialog_class is TurnOffTwoFactorDialog:
        dialog.password.setText(PASSWORD)
    dialog.submit()  # no code: refused before any call to the account
    shown = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    assert "Geben Sie den Code aus Ihrer Authenticator-App ein." in shown
    assert "&Code:" in shown


def test_turn_on_then_sign_in_with_a_code_and_a_recovery_code(
        qtbot, provider_server, qsettings_tmp, keyring_backend, unique_email):
    email = unique_email("twofactor")
    ApiClient(ConnectionSettings(provider_server)).register(business_collective(email))
    controller = start_app(qtbot, provider_server, qsettings_tmp)
    dialog = open_dialog(qtbot, SignInDialog)
    dialog.identifier.setText(email)
    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(controller.ready, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)

    controller.window.security_action.trigger()
    security = open_dialog(qtbot, SecurityDialog)
    qtbot.waitUntil(lambda: security.turn_on.isEnabled(), timeout=TIMEOUT)
    assert security.status.text().startswith("Off")
    qtbot.mouseClick(security.turn_on, Qt.MouseButton.LeftButton)
    setup = open_dialog(qtbot, SetUpTwoFactorDialog)
    qtbot.waitUntil(lambda: setup.secret.text() != "", timeout=TIMEOUT)
    assert not setup.qr.pixmap().isNull() and setup.qr.pixmap().width() >= 150
    secret = secret_shown(setup.secret.text())
    # The QR code on screen reads back as the otpauth URI of the key shown beside it.
    assert scanned(setup.qr.pixmap()).startswith("otpauth://totp/Switchboard:")
    assert f"secret={secret}" in scanned(setup.qr.pixmap())
    setup.code.setText("000000")
    qtbot.mouseClick(setup.primary, Qt.MouseButton.LeftButton)
    wrong = setup.findChild(QLabel, "code_error")
    qtbot.waitUntil(lambda: wrong.isVisible() and setup.primary.isEnabled(), timeout=TIMEOUT)
    setup.code.setText(code_for(provider_server, secret))
    qtbot.mouseClick(setup.primary, Qt.MouseButton.LeftButton)
    shown = open_dialog(qtbot, RecoveryCodesDialog)
    codes = shown.codes
    assert len(codes) == 10
    shown.accept()
    qtbot.waitUntil(lambda: security.status.text().startswith("On. Recovery codes left: 10"),
                    timeout=TIMEOUT)
    security.reject()

    # Signing in again asks for the code; the next step's code passes (the drift allows it).
    with qtbot.waitSignal(controller.session.signed_out, timeout=TIMEOUT):
        controller.sign_out()
    controller.open_sign_in()
    dialog = password_step(qtbot, email)
    used = code_for(provider_server, secret, 1)
    with qtbot.waitSignal(controller.ready, timeout=TIMEOUT):
        enter_code(qtbot, dialog, used)

    # The same code again is refused at the code field; a recovery code works, once.
    with qtbot.waitSignal(controller.session.signed_out, timeout=TIMEOUT):
        controller.sign_out()
    controller.open_sign_in()
    dialog = password_step(qtbot, email)
    enter_code(qtbot, dialog, used)
    error = dialog.findChild(QLabel, "code_error")
    qtbot.waitUntil(lambda: error.isVisible() and dialog.sign_in_button.isEnabled(), timeout=TIMEOUT)
    assert "used already" in error.text()
    with qtbot.waitSignal(controller.ready, timeout=TIMEOUT):
        enter_code(qtbot, dialog, codes[0])
    with qtbot.waitSignal(controller.session.signed_out, timeout=TIMEOUT):
        controller.sign_out()
    controller.open_sign_in()
    dialog = password_step(qtbot, email)
    enter_code(qtbot, dialog, codes[0])
    error = dialog.findChild(QLabel, "code_error")
    qtbot.waitUntil(lambda: error.isVisible() and dialog.sign_in_button.isEnabled(), timeout=TIMEOUT)


def test_the_owners_requirement_makes_a_user_set_it_up_while_signing_in(
        qtbot, provider_server, qsettings_tmp, keyring_backend, unique_email):
    owner_email, user_email = unique_email("required-owner"), unique_email("required-user")
    owner = ApiClient(ConnectionSettings(provider_server))
    me = owner.register(business_collective(owner_email))
    AccessApi(owner, me.account.id).invite(user_email, "billing")
    link = next(m for m in owner.sandbox_mailbox(user_email))
    token = re.search(r"token=([\w-]+)", owner.sandbox_mail(link.id).body).group(1)
    ApiClient(ConnectionSettings(provider_server)).accept_invitation(token, "Bea Billing", PASSWORD)
    two_factor = TwoFactorApi(owner, me.account.id)
    secret = two_factor.start().secret
    two_factor.confirm(code_for(provider_server, secret))

    # The owner requires it in the Security dialog.
    controller = start_app(qtbot, provider_server, qsettings_tmp)
    dialog = password_step(qtbot, owner_email)
    with qtbot.waitSignal(controller.ready, timeout=TIMEOUT):
        enter_code(qtbot, dialog, code_for(provider_server, secret, 1))
    controller.window.security_action.trigger()
    security = open_dialog(qtbot, SecurityDialog)
    qtbot.waitUntil(lambda: security.require.isEnabled(), timeout=TIMEOUT)
    assert security.require.isVisible() and security.turn_off.isEnabled()
    qtbot.mouseClick(security.require, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "requires it for every user" in security.status.text(), timeout=TIMEOUT)
    assert not security.turn_off.isEnabled()  # required: nobody turns it off
    security.reject()
    with qtbot.waitSignal(controller.session.signed_out, timeout=TIMEOUT):
        controller.sign_out()

    # The user, without it, sets it up in the sign-in dialog and sees the recovery codes.
    controller.open_sign_in()
    dialog = password_step(qtbot, user_email)
    qtbot.waitUntil(lambda: dialog.code_step.secret.isVisible(), timeout=TIMEOUT)
    assert not dialog.code_step.qr.pixmap().isNull()
    user_secret = secret_shown(dialog.code_step.secret.text())
    with qtbot.waitSignal(controller.ready, timeout=TIMEOUT):
        enter_code(qtbot, dialog, code_for(provider_server, user_secret))
    shown = open_dialog(qtbot, RecoveryCodesDialog)
    assert len(shown.codes) == 10
    assert controller.session.me.user.email == user_email

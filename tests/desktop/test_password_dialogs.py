"""Forgotten password through the sandbox mailbox, and change password, against a real provider."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desktop.api_client import ApiClient, ConnectionSettings
from desktop.sources import Sources
from desktop.views.change_password_dialog import ChangePasswordDialog
from desktop.views.forgot_password_dialog import ForgotPasswordDialog
from desktop.views.mailbox_dialog import MailboxDialog, body_html, links_in
from desktop.views.reset_password_dialog import ResetPasswordDialog
from desktop.views.sign_in_dialog import SignInDialog
from tests.desktop.helpers import PASSWORD
from tests.desktop.views_support import (
    TIMEOUT,
    close_windows,  # noqa: F401 (autouse fixture)
    open_dialog,
    register_private,
    sign_in_through_dialog,
    start_app,
)

NEW_PASSWORD = "Fresh-Start-77"


def test_forgotten_password_via_the_mailbox_to_a_new_password(qtbot, provider_server, qsettings_tmp,
                                                               keyring_backend, unique_email):
    email = unique_email("forgot")
    register_private(provider_server, email)
    controller = start_app(qtbot, provider_server, qsettings_tmp)
    controller.mailbox_offered = lambda: True  # as in sandbox mode: the dialogs lead to its mailbox
    sign_in = open_dialog(qtbot, SignInDialog)
    assert sign_in.mailbox.isVisible()
    sign_in.identifier.setText(email)
    qtbot.mouseClick(sign_in.forgot, Qt.MouseButton.LeftButton)

    forgot = open_dialog(qtbot, ForgotPasswordDialog)
    assert forgot.identifier.text() == email
    forgot.email.setText(email)
    qtbot.mouseClick(forgot.send, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "on its way" in forgot.result.text(), timeout=TIMEOUT)
    forgot.findChild(QPushButton, "mailbox").click()  # the link is in the mail: straight to it
    mailbox = open_dialog(qtbot, MailboxDialog)
    assert mailbox.parent() is forgot
    forgot.close()
    qtbot.waitUntil(lambda: any(m.to_address == email for m in mailbox.loaded), timeout=TIMEOUT)
    for row in range(mailbox.mails.topLevelItemCount()):
        item = mailbox.mails.topLevelItem(row)
        if item.text(1) == email and "reset" in (
                next(m.kind for m in mailbox.loaded if m.id == item.data(0, Qt.ItemDataRole.UserRole))):
            mailbox.mails.setCurrentItem(item)
            break
    qtbot.waitUntil(lambda: mailbox.open_button.isEnabled(), timeout=TIMEOUT)
    assert mailbox.current_links[0].startswith("switchboard://reset-password?token=")
    qtbot.mouseClick(mailbox.open_button, Qt.MouseButton.LeftButton)

    reset = open_dialog(qtbot, ResetPasswordDialog)
    assert reset.link.text().startswith("switchboard://reset-password?token=")
    assert reset.findChild(QPushButton, "mailbox").isVisible()
    reset.password.edit.setText(NEW_PASSWORD)
    reset.repeat.setText(NEW_PASSWORD)
    with qtbot.waitSignal(reset.password_set, timeout=TIMEOUT):
        qtbot.mouseClick(reset.save, Qt.MouseButton.LeftButton)
    # Said, and left up until the customer closes it.
    assert reset.isVisible() and "Your password has been changed" in reset.done_label.text()
    assert not reset.save.isVisible() and not reset.password.isEnabled()
    reset.findChild(QPushButton, "close").click()
    assert not reset.isVisible()
    mailbox.close()

    sign_in.password.setText(NEW_PASSWORD)
    with qtbot.waitSignal(controller.ready, timeout=TIMEOUT):
        qtbot.mouseClick(sign_in.sign_in_button, Qt.MouseButton.LeftButton)
    assert email in controller.window.account_details.text()


def test_a_used_reset_link_is_refused_at_the_link_field(qtbot, provider_server, qsettings_tmp):
    client = ApiClient(ConnectionSettings(provider_server))
    dialog = ResetPasswordDialog(Sources.of(client, None).account,
                                 "switchboard://reset-password?token=not-a-real-token")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.password.edit.setText(NEW_PASSWORD)
    dialog.repeat.setText(NEW_PASSWORD)
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.errors.message_for("token") or dialog.banner.text()),
                    timeout=TIMEOUT)
    assert "not valid" in (dialog.errors.message_for("token") or dialog.banner.text())
    assert dialog.save.isEnabled()


def test_change_password_refuses_a_weak_one_at_the_field(qtbot, provider_server, qsettings_tmp,
                                                         keyring_backend, unique_email):
    email = unique_email("change")
    register_private(provider_server, email)
    controller = start_app(qtbot, provider_server, qsettings_tmp)
    sign_in_through_dialog(qtbot, controller, email, PASSWORD)
    controller.window.change_password_action.trigger()
    dialog = open_dialog(qtbot, ChangePasswordDialog)
    dialog.old.setText(PASSWORD)
    dialog.new.edit.setText("short")
    dialog.repeat.setText("short")
    assert dialog.new.hints.text().splitlines() == [
        "\u2022 at least 8 characters", "\u2713 at least one letter", "\u2022 at least one digit"]
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.errors.message_for("new_password")), timeout=TIMEOUT)
    assert dialog.errors.message_for("new_password").splitlines() == [
        "The password must have at least 8 characters.", "The password must contain at least one digit."]
    assert dialog.isVisible()

    dialog.new.edit.setText(NEW_PASSWORD)
    dialog.repeat.setText(NEW_PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    client = ApiClient(ConnectionSettings(provider_server))
    assert client.sign_in(email, NEW_PASSWORD).user.email == email


def test_mailbox_links_are_found_and_made_clickable():
    body = "Hello\nOpen switchboard://reset-password?token=abc-123 within 60 minutes.\n<b>"
    assert links_in(body) == ["switchboard://reset-password?token=abc-123"]
    html = body_html(body)
    assert '<a href="switchboard://reset-password?token=abc-123">' in html and "&lt;b&gt;" in html


def test_outside_sandbox_mode_no_dialog_offers_a_mailbox(qtbot, provider_server, qsettings_tmp):
    controller = start_app(qtbot, provider_server, qsettings_tmp)
    sign_in = open_dialog(qtbot, SignInDialog)
    assert not controller.mailbox_offered() and not sign_in.mailbox.isVisible()
    controller.open_reset("")
    reset = open_dialog(qtbot, ResetPasswordDialog)
    assert reset.findChild(QPushButton, "mailbox") is None
    controller.shutdown()

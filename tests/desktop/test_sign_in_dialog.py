"""The sign-in dialog and main window against a real provider over loopback HTTP."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.sandbox import DEMO_PASSWORD
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


def test_sign_in_by_user_id_shows_account_user_id_and_role(qtbot, provider_server, qsettings_tmp,
                                                         keyring_backend):
    controller = start_app(qtbot, provider_server, qsettings_tmp)
    sign_in_through_dialog(qtbot, controller, "52718", DEMO_PASSWORD)
    window = controller.window
    assert window.account_name.text() == "Alpenblick Treuhand AG"
    details = window.account_details.text()
    assert "52718" in details and "owner@alpenblick.example" in details and "Owner" in details
    assert window.dashboard.values["balance"].text().startswith("CHF ")
    assert window.sign_out_button.isVisible() and not window.sandbox_badge.isVisible()


def test_sign_in_by_e_mail_shows_that_users_role(qtbot, provider_server, qsettings_tmp, keyring_backend):
    controller = start_app(qtbot, provider_server, qsettings_tmp)
    sign_in_through_dialog(qtbot, controller, "billing@alpenblick.example", DEMO_PASSWORD)
    details = controller.window.account_details.text()
    assert "billing@alpenblick.example" in details and "Billing" in details


def test_wrong_password_is_shown_at_the_password_field(qtbot, provider_server, qsettings_tmp,
                                                       keyring_backend, unique_email):
    email = unique_email("wrong")
    register_private(provider_server, email)
    controller = start_app(qtbot, provider_server, qsettings_tmp)
    dialog = open_dialog(qtbot, SignInDialog)
    dialog.identifier.setText(email)
    dialog.password.setText("Not-the-password-1")
    with qtbot.waitSignal(controller.session.error, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.message_for("password") == "The user ID, e-mail or password is wrong."
    assert dialog.isVisible() and dialog.sign_in_button.isEnabled()
    assert controller.window.account_name.text() == "Not signed in"


def test_locked_identifier_shows_the_wait_time(qtbot, provider_server, qsettings_tmp, keyring_backend,
                                              unique_email):
    email = unique_email("locked")
    register_private(provider_server, email)
    controller = start_app(qtbot, provider_server, qsettings_tmp)
    dialog = open_dialog(qtbot, SignInDialog)
    dialog.identifier.setText(email)
    for _ in range(5):
        dialog.password.setText("Not-the-password-1")
        with qtbot.waitSignal(controller.session.error, timeout=TIMEOUT):
            qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    dialog.password.setText(PASSWORD)  # even the right password waits now
    with qtbot.waitSignal(controller.session.error, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].status == 429
    message = dialog.errors.message_for("identifier")
    assert message.startswith("Too many failed sign-ins. Try again in ")
    assert message.endswith("1 minute.")  # the first wait; it doubles with each further failure


def test_empty_fields_are_refused_before_any_request(qtbot, provider_server, qsettings_tmp,
                                                     keyring_backend):
    controller = start_app(qtbot, provider_server, qsettings_tmp)
    dialog = open_dialog(qtbot, SignInDialog)
    with qtbot.assertNotEmitted(dialog.submitted):
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.message_for("identifier") == "Enter your user ID or e-mail address."
    assert dialog.errors.message_for("password") == "Enter your password."
    assert controller.session.me is None


def _remembered(qtbot, provider_server, settings, email: str, profile: str):
    """A new private customer signed in through the dialog of profile `profile`, with "remember"
    ticked."""
    register_private(provider_server, email)
    controller = start_app(qtbot, provider_server, settings, profile=profile)
    sign_in_through_dialog(qtbot, controller, email, PASSWORD, remember=True)
    return controller


def test_sign_out_removes_the_keyring_entry_and_shows_signed_out(qtbot, provider_server, qsettings_tmp,
                                                                 keyring_backend, unique_email):
    controller = _remembered(qtbot, provider_server, qsettings_tmp, unique_email("out"), "Remembered")
    secrets = controller.session.secrets
    assert secrets.load_refresh_token("Remembered")  # remembered in the (file) keyring
    with qtbot.waitSignal(controller.session.signed_out, timeout=TIMEOUT):
        qtbot.mouseClick(controller.window.sign_out_button, Qt.MouseButton.LeftButton)
    assert secrets.load_refresh_token("Remembered") is None
    assert controller.window.account_name.text() == "Not signed in"
    assert not controller.window.nav.isEnabled()


def test_remembered_session_resumes_without_the_dialog(qtbot, provider_server, qsettings_tmp,
                                                       keyring_backend, unique_email):
    email = unique_email("resume")
    first = _remembered(qtbot, provider_server, qsettings_tmp, email, "Home")
    first.window.close()

    from desktop.app_controller import AppController
    from desktop.views.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    second = AppController(window, profile_name="Home", sandbox=False, settings=qsettings_tmp)
    with qtbot.waitSignal(second.ready, timeout=TIMEOUT):
        second.start()
    assert second.dialog is None
    assert email in window.account_details.text()


def test_startup_resume_runs_before_the_window_and_is_adopted(qtbot, provider_server, qsettings_tmp,
                                                              keyring_backend, unique_email):
    from PySide6.QtCore import QSettings

    from desktop.app_controller import AppController
    from desktop.startup_resume import EarlyResume
    from desktop.views.main_window import MainWindow

    email = unique_email("early")
    settings = QSettings("Switchboard", "Switchboard")  # where the app itself keeps profiles
    first = _remembered(qtbot, provider_server, settings, email, "Early")
    first.window.close()

    early = EarlyResume("Early")  # what `switchboard --profile Early` starts before any widget
    window = MainWindow()
    qtbot.addWidget(window)
    second = AppController(window, profile_name="Early", sandbox=False, settings=settings, early=early)
    with qtbot.waitSignal(second.ready, timeout=TIMEOUT):
        second.start()
    assert second.dialog is None and email in window.account_details.text()
    # The rotated refresh token was kept: a third start resumes too.
    token = second.session.secrets.load_refresh_token("Early")
    assert token and keyring_backend.get_password("Switchboard", "refresh-token:Early") == token


def test_startup_resume_without_such_profile_asks_to_sign_in(qtbot, qsettings_tmp, keyring_backend):
    from desktop.app_controller import AppController
    from desktop.startup_resume import EarlyResume
    from desktop.views.main_window import MainWindow

    early = EarlyResume("Nobody")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    controller = AppController(window, profile_name="Nobody", sandbox=False, settings=qsettings_tmp,
                               early=early)
    controller.start()
    dialog = open_dialog(qtbot, SignInDialog)
    assert dialog.provider.text() == "" and controller.session is None

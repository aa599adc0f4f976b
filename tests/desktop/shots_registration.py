"""Screenshots of the registration wizard's last page with the new user ID, the reset dialog
after success, and the sign-in dialog offering the sandbox mailbox, in English and German, into
/tmp/shots/registration/ (for looking at; not collected by the suite).

    .venv/bin/pytest -q tests/desktop/shots_registration.py
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.views.reset_password_dialog import ResetPasswordDialog
from desktop.views.sign_in_dialog import SignInDialog
from tests.desktop.helpers import in_language
from tests.desktop.test_registration_wizard import _fill, _finish, _wizard
from tests.desktop.views_support import close_windows, open_dialog, start_app  # noqa: F401

OUT = Path(os.environ.get("SHOTS_DIR", "/tmp/shots/registration"))


@pytest.mark.parametrize("lang", ["en", "de"])
def test_shots(qtbot, provider_server, qsettings_tmp, unique_email, lang):
    OUT.mkdir(parents=True, exist_ok=True)
    with in_language(lang):
        wizard = _wizard(qtbot, provider_server)
        _fill(wizard, email=unique_email("shots"), business=True, single=False, company="Schmid Bau AG")
        _finish(qtbot, wizard)
        qtbot.wait(200)
        wizard.grab().save(str(OUT / f"wizard_done_{lang}.png"))
        wizard.close()
        controller = start_app(qtbot, provider_server, qsettings_tmp)
        controller.mailbox_offered = lambda: True
        sign_in = open_dialog(qtbot, SignInDialog)
        qtbot.wait(200)
        sign_in.grab().save(str(OUT / f"sign_in_{lang}.png"))
        reset = ResetPasswordDialog(None, "switchboard://reset-password?token=abc")
        qtbot.addWidget(reset)
        reset.show()
        reset._done(None)
        qtbot.wait(200)
        reset.grab().save(str(OUT / f"reset_done_{lang}.png"))
        controller.shutdown()

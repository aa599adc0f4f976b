"""Screenshots of the dialog that waits while the customer confirms a card payment with their
bank, in English, German and Swiss German, for looking at (not a test that runs in the suite),
into /tmp/shots/card-authentication/. The dialog is shown without opening the browser or asking
the provider: tests/desktop/test_card_authentication.py drives it end to end.

    .venv/bin/pytest -q tests/desktop/shots_card_authentication.py
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop import i18n
from desktop.sources.payments import PaymentState
from desktop.views.payments.authentication_dialog import AuthenticationDialog

OUT = Path(os.environ.get("SHOTS_DIR", "/tmp/shots/card-authentication"))


@pytest.mark.parametrize("lang", ["en", "de", "de_CH"])
def test_shots(qtbot, lang: str) -> None:
    assert i18n.install(lang)
    state = PaymentState(payment_id=7, status="pending", failure_code=None, failure_message=None,
                         order_id=1042, authenticate_url="https://provider.example/confirm")
    dialog = AuthenticationDialog(None, state)
    qtbot.addWidget(dialog)
    dialog.status.setText(dialog.tr("Cancelling the payment…"))
    dialog.show()
    QApplication.processEvents()
    OUT.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(OUT / f"waiting_{lang}.png"))
    dialog.outcome = state  # closes without asking the provider
    dialog.close()
    i18n.install("en")

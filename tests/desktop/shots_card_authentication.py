"""Screenshots of the dialogs that wait while the customer confirms a card payment, or a card
being saved, with their bank, and of the messages the client words around them (a cancelled or
refused confirmation, a declined card), in English, German and Swiss German, for looking at
(not a test that runs in the suite), into /tmp/shots/card-authentication/. Nothing asks the
provider: tests/desktop/test_card_authentication.py, test_card_setup_authentication.py and
test_payment_messages_german.py drive them end to end.

    .venv/bin/pytest -q tests/desktop/shots_card_authentication.py
"""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from desktop import i18n
from desktop.api_client.errors import ApiError
from desktop.sources.payments import CardSetupState, PaymentState
from desktop.views.automatic_payments.card_dialog import AddCardDialog
from desktop.views.payments.authentication_dialog import AuthenticationDialog
from desktop.views.payments.card_confirmation import CardConfirmationDialog
from desktop.views.payments.payment_method_form import PaymentMethodForm

OUT = Path(os.environ.get("SHOTS_DIR", "/tmp/shots/card-authentication"))


def _save(widget: QWidget, name: str) -> None:
    widget.show()
    QApplication.processEvents()
    OUT.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(OUT / name))


@pytest.mark.parametrize("lang", ["en", "de", "de_CH"])
def test_shots(qtbot, lang: str) -> None:
    assert i18n.install(lang)
    state = PaymentState(payment_id=7, status="pending", failure_code=None, failure_message=None,
                         order_id=1042, authenticate_url="https://provider.example/confirm")
    dialog = AuthenticationDialog(None, state)
    qtbot.addWidget(dialog)
    dialog.status.setText(dialog.tr("Cancelling the payment…"))
    _save(dialog, f"waiting_{lang}.png")
    dialog.outcome = state  # closes without asking the provider
    dialog.close()

    setup = CardSetupState("seti_shot", "pending", None, "https://provider.example/confirm")
    card_wait = CardConfirmationDialog(None, setup)
    qtbot.addWidget(card_wait)
    _save(card_wait, f"card_waiting_{lang}.png")
    card_wait.outcome = CardSetupState("seti_shot", "failed", "authentication_abandoned", None)
    cancelled_card = card_wait.failure()
    card_wait.close()

    add = AddCardDialog(None)
    qtbot.addWidget(add)
    add.number.setText("4000 0025 0000 3155")
    add.expiry.setText("12/34")
    add.cvc.setText("123")
    add.failed(cancelled_card)
    _save(add, f"add_card_cancelled_{lang}.png")
    add.failed(ApiError("Your card was declined.", kind="problem", status=402, rule="payment.card_declined",
                        field="card"))
    _save(add, f"add_card_declined_{lang}.png")
    add.close()

    form = PaymentMethodForm()
    qtbot.addWidget(form)
    form.configure(cards=[], balance=Decimal("0"), total=Decimal("107.10"), currency="CHF",
                   business=True, mandate=False, allow_credit=True)
    form.resize(560, form.sizeHint().height() + 40)
    dialog.outcome = PaymentState(7, "failed", "authentication_abandoned", None, 1042, None)
    for name, err in (("cancelled", dialog.failure()),
                      ("refused", (setattr(dialog, "outcome", PaymentState(
                          7, "failed", "authentication_failed", None, 1042, None)), dialog.failure())[1]),
                      ("declined", ApiError("Your card was declined.", kind="problem", status=402,
                                            rule="payment.do_not_honor", field="payment"))):
        form.show_error(err)
        _save(form, f"banner_{name}_{lang}.png")
    form.close()
    i18n.install("en")

"""Reseller workspace against the real sandbox provider: the demo reseller acts for one of its
customers (adds a card and switches on automatic top-up on the Automatic payments page), goes
back to its workspace; another reseller's customers never appear, not in the list, not by search,
not by opening one directly."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from desktop.api_client import ResellerApi
from desktop.api_client.reseller_types import CustomerQuery
from desktop.tasks import wait_all
from provider.db.models import Account
from tests.desktop.shop_support import click, open_page, signed_in_app
from tests.desktop.views_support import TIMEOUT, close_windows  # noqa: F401 - autouse fixture

RESELLER = "owner@helvetia-reseller.example"
PASSWORD = "Switchboard-2026"


def _other_reseller_with_customers(data_dir: Path) -> list[int]:
    """A second reseller with three customers, written straight into the provider's database (the
    API makes no resellers; the demo data writes its reseller the same way)."""
    engine = create_engine(f"sqlite:///{data_dir / 'sandbox.sqlite3'}")
    now = datetime.now(UTC)
    with Session(engine) as db:
        other = Account(user_id="64999", kind="business", structure="collective", name="Other Reseller",
                        company_name="Fremd Reseller AG", country="CH", currency="CHF", language="de",
                        status="active", is_reseller=True, created_at=now)
        db.add(other)
        db.flush()
        ids = []
        for n in range(3):
            c = Account(user_id=f"6499{n}", kind="business", structure="collective", name=f"Fremd {n}",
                        company_name=f"Fremdkunde {n} GmbH", country="CH", currency="CHF", language="de",
                        status="active", is_reseller=False, reseller_id=other.id, created_at=now)
            db.add(c)
            db.flush()
            ids.append(c.id)
        db.commit()
    engine.dispose()
    return ids


def test_reseller_acts_for_a_customer_and_never_sees_another_resellers(
        qtbot, start_provider, tmp_path, qsettings_tmp, keyring_backend):
    base_url = start_provider()
    foreign = _other_reseller_with_customers(tmp_path / "provider-0")
    controller = signed_in_app(qtbot, base_url, qsettings_tmp, RESELLER, PASSWORD)
    window, client = controller.window, controller.session.client
    own_id = controller.session.me.account.id
    assert not window.nav_items["customers"].isHidden()

    page = open_page(qtbot, controller, "customers")
    qtbot.waitUntil(lambda: page.loaded and page.model.rowCount() > 0, timeout=TIMEOUT)
    listed = {c.id for c in page.model.records}
    assert len(listed) == 55 and not listed & set(foreign)
    page.search.setText("Fremd")
    qtbot.waitUntil(lambda: page.loaded and page.query.text == "Fremd", timeout=TIMEOUT)
    assert page.model.rowCount() == 0
    # Opening another reseller's customer directly: the provider answers 404, nothing changes.
    page._open_id(foreign[0])
    qtbot.waitUntil(lambda: page.status.isVisible(), timeout=TIMEOUT)
    assert window.acting is None and not window.acting_banner.isVisible()
    api = ResellerApi(client, own_id)
    assert not {c.id for c in api.customers(CustomerQuery(text="Fremd")).items}

    page.search.setText("65001")
    qtbot.waitUntil(lambda: page.loaded and page.query.text == "65001" and page.model.rowCount() == 1,
                    timeout=TIMEOUT)
    customer = page.model.records[0]
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.acting is not None, timeout=TIMEOUT)
    assert window.acting_banner.isVisible()
    assert f"Acting for {customer.display_name} (65001)" in window.acting_label.text()
    assert window.context.me.account.id == customer.id
    assert not window.context.can("account.close") and not window.context.can("account.transfer_ownership")

    autopay = open_page(qtbot, controller, "automatic_payments")
    assert autopay.ctx.me.account.id == customer.id
    click(qtbot, autopay.add_card_button)
    dialog = autopay.card_dialog
    dialog.number.setText("4242 4242 4242 4242")
    dialog.expiry.setText("12/34")
    dialog.cvc.setText("123")
    dialog.primary.click()
    qtbot.waitUntil(lambda: len(autopay.cards) == 1, timeout=TIMEOUT)
    autopay.top_up_on.setChecked(True)
    autopay.threshold.setText("10.00")
    autopay.top_up_amount.setText("40.00")
    click(qtbot, autopay.top_up_save)
    qtbot.waitUntil(lambda: autopay.top_up is not None and autopay.top_up.enabled, timeout=TIMEOUT)
    saved = client.request("GET", f"/accounts/{customer.id}/auto-top-up")
    assert saved["enabled"] and saved["amount"] == "40.00" and saved["threshold"] == "10.00"
    assert not client.request("GET", f"/accounts/{own_id}/auto-top-up")["enabled"]

    click(qtbot, window.back_button)
    assert window.acting is None and not window.acting_banner.isVisible()
    assert window.current_page() == "customers"
    assert autopay.ctx.me.account.id == own_id and window.context.can("reseller.customers")
    wait_all()


def test_customers_entry_hidden_for_an_ordinary_account(qtbot, provider_server, qsettings_tmp,
                                                        keyring_backend):
    controller = signed_in_app(qtbot, provider_server, qsettings_tmp, "viewer@alpenblick.example", PASSWORD)
    assert controller.window.nav_items["customers"].isHidden()
    wait_all()


def test_new_customer_dialog_checks_fields_then_creates_a_listed_customer(
        qtbot, provider_server, qsettings_tmp, keyring_backend, unique_email):
    from desktop.views.reseller.create_customer_dialog import CreateCustomerDialog
    from tests.desktop.views_support import open_dialog

    controller = signed_in_app(qtbot, provider_server, qsettings_tmp, RESELLER, PASSWORD)
    page = open_page(qtbot, controller, "customers")
    qtbot.waitUntil(lambda: page.loaded, timeout=TIMEOUT)
    click(qtbot, page.new_button)
    dialog = open_dialog(qtbot, CreateCustomerDialog)
    dialog.submit()
    assert dialog.isVisible() and "Fill this in." in dialog.errors.message_for("company_name")
    email = unique_email("kunde")
    dialog.company.setText("Dialog Test AG")
    dialog.name.setText("Dora Dialog")
    dialog.email.setText(email)
    dialog.password.edit.setText("Correct-Horse-Battery-9")
    dialog.street.setText("Seestrasse 1")
    dialog.postal_code.setText("8002")
    dialog.city.setText("Zürich")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=TIMEOUT)
    created = dialog.result
    api = ResellerApi(controller.session.client, controller.session.me.account.id)
    assert [c.id for c in api.customers(CustomerQuery(text=email)).items] == [created.id]
    qtbot.waitUntil(lambda: created.id in {c.id for c in page.model.records}, timeout=TIMEOUT)
    wait_all()

"""Reseller workspace against the real sandbox provider: the demo reseller acts for one of its
customers (adds a card and switches on automatic top-up on the Automatic payments page), goes
back to its workspace; another reseller's customers never appear, not in the list, not by search,
not by opening one directly. Sorting asks the provider: a header click shows the first page in
that order over more customers than one page, and scrolling continues in it."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from desktop.api_client import ResellerApi
from desktop.api_client.reseller_types import Customer, CustomerQuery
from desktop.models.reseller.customers_model import RAW_ROLE, CustomerColumn
from desktop.tasks import wait_all
from desktop.views.reseller.customers_page import PAGE_SIZE
from provider.db.models import Account, LedgerEntry
from provider.domain.name_order import name_key  # the documented dictionary order
from tests.desktop.shop_support import add_card, click, open_page, signed_in_app
from tests.desktop.subscription_support import dialog_of
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
    add_card(qtbot, autopay, "4242 4242 4242 4242")
    qtbot.waitUntil(lambda: len(autopay.cards) == 1, timeout=TIMEOUT)
    autopay.top_up_on.setChecked(True)
    autopay.threshold.setText("10.00")
    autopay.top_up_amount.setText("40.00")
    click(qtbot, autopay.top_up_save)
    # The customer's balance is below the threshold: the page asks before it charges the top-up.
    dialog_of(qtbot, "confirm_top_up_now").findChild(QPushButton, "yes").click()
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


def _more_customers(data_dir: Path, reseller_id: int, count: int) -> None:
    """Customers of the demo reseller with names equal but for case or number (ties) and few
    distinct balances (ties), so that order and tie-breaks show across page ends."""
    engine = create_engine(f"sqlite:///{data_dir / 'sandbox.sqlite3'}")
    now = datetime.now(UTC)
    words = ["alpha", "Alpha", "BETA", "beta", "Gamma", "Ärzte", "zulu", "äbc"]
    amounts = [Decimal("-5.00"), None, Decimal("12.50"), Decimal("100.00"), Decimal("0.30")]
    with Session(engine) as db:
        for n in range(count):
            c = Account(user_id=str(80000 + n), kind="business", structure="collective", name=f"Kontakt {n}",
                        company_name=f"{words[n % len(words)]} {n % 5} AG" if n % 3 else None,
                        country="CH", currency="CHF", language="de", status="active", is_reseller=False,
                        reseller_id=reseller_id, created_at=now)
            db.add(c)
            db.flush()
            amount = amounts[n % len(amounts)]
            if amount is not None:
                db.add(LedgerEntry(account_id=c.id, kind="top_up", amount=amount, currency="CHF",
                                   description="test", reference=f"sort-test:{c.id}", created_at=now))
        db.commit()
    engine.dispose()


def _all_customers(api: ResellerApi) -> list[Customer]:
    rows, cursor = [], None
    while True:
        page = api.customers(CustomerQuery(), cursor, 200)
        rows += page.items
        if page.next_cursor is None:
            return rows
        cursor = page.next_cursor


def _click_header(qtbot: Any, page: Any, column: int) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def _on_screen(page: Any) -> list[int]:
    proxy = page.table.model()
    return [proxy.index(row, 0).data(RAW_ROLE).id for row in range(proxy.rowCount())]


def _indicator(page: Any) -> tuple[int, Qt.SortOrder]:
    header = page.table.horizontalHeader()
    return header.sortIndicatorSection(), header.sortIndicatorOrder()


def test_header_clicks_sort_in_the_provider_and_scrolling_continues_the_order(
        qtbot, start_provider, tmp_path, qsettings_tmp, keyring_backend):
    base_url = start_provider()
    controller = signed_in_app(qtbot, base_url, qsettings_tmp, RESELLER, PASSWORD)
    reseller_id = controller.session.me.account.id
    _more_customers(tmp_path / "provider-0", reseller_id, 150)
    everyone = _all_customers(ResellerApi(controller.session.client, reseller_id))
    assert len(everyone) == 205 > 2 * PAGE_SIZE
    by_name = [c.id for c in sorted(everyone, key=lambda c: (name_key(c.display_name), c.id))]
    by_name_desc = list(reversed(by_name))
    by_balance = [c.id for c in sorted(everyone, key=lambda c: (c.balance, c.id))]
    by_balance_desc = list(reversed(by_balance))
    assert by_name_desc[:PAGE_SIZE] != [c.id for c in everyone][:PAGE_SIZE]

    page = open_page(qtbot, controller, "customers")
    qtbot.waitUntil(lambda: page.loaded and page.model.rowCount() == PAGE_SIZE, timeout=TIMEOUT)
    assert _on_screen(page) == [c.id for c in everyone][:PAGE_SIZE]
    assert _indicator(page)[0] == -1  # the provider's own order: no column claims it

    # Two clicks on Customer before any answer: ascending, then descending. Until the rows come
    # the header keeps showing the order on screen, and scrolling asks for nothing with their cursor.
    name = int(CustomerColumn.NAME)
    _click_header(qtbot, page, name)
    _click_header(qtbot, page, name)
    assert _indicator(page)[0] == -1 and page.query.sort == "-name"
    page.model.fetchMore()
    assert not page.model.loading
    qtbot.waitUntil(lambda: page.loaded and page.shown is not None and page.shown.sort == "-name",
                    timeout=TIMEOUT)
    wait_all()
    qtbot.wait(50)  # any reply still queued (the superseded ascending one) would land now
    assert _on_screen(page) == by_name_desc[:PAGE_SIZE]
    assert _indicator(page) == (name, Qt.SortOrder.DescendingOrder)
    assert not page.status.isVisible(), page.status.text()
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 * PAGE_SIZE, timeout=TIMEOUT)
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == len(everyone), timeout=TIMEOUT)
    assert _on_screen(page) == by_name_desc and not page.model.has_more

    balance = int(CustomerColumn.BALANCE)
    _click_header(qtbot, page, balance)
    qtbot.waitUntil(lambda: page.loaded and page.shown.sort == "balance", timeout=TIMEOUT)
    assert _on_screen(page) == by_balance[:PAGE_SIZE]
    assert _indicator(page) == (balance, Qt.SortOrder.AscendingOrder)
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 * PAGE_SIZE, timeout=TIMEOUT)
    assert _on_screen(page) == by_balance[:2 * PAGE_SIZE]

    # Descending, together with a filter: the filter and the order both come from the provider.
    _click_header(qtbot, page, balance)
    page.balance_filter.setCurrentIndex(2)  # below 20.00
    qtbot.waitUntil(lambda: page.loaded and page.shown.sort == "-balance"
                    and page.shown.balance_below == Decimal("20.00"), timeout=TIMEOUT)
    below = [i for i in by_balance_desc if next(c for c in everyone if c.id == i).balance < Decimal("20.00")]
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: not page.model.has_more, timeout=TIMEOUT)
    assert _on_screen(page) == below and len(below) > PAGE_SIZE
    assert _indicator(page) == (balance, Qt.SortOrder.DescendingOrder)
    wait_all()

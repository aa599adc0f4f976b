"""The local store against a real sandbox provider: initial sync, a no-change sync that is one
request, changes through the feed, disputes sent later, and a file only its user can read."""

from __future__ import annotations

import os
import sqlite3
import stat
from decimal import Decimal

import pytest

from desktop.api_client import ApiClient, ConnectionSettings
from desktop.api_client.invoices import InvoicesApi
from desktop.store import InvoiceFilter, LocalStore, store_path
from desktop.store.sync import sync

DEMO_PASSWORD = "Switchboard-2026"


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "client-data"
    monkeypatch.setenv("SWITCHBOARD_CLIENT_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def owner(fresh_provider):
    client = ApiClient(ConnectionSettings(fresh_provider))
    me = client.sign_in("52718", DEMO_PASSWORD)
    yield client, me
    client.close()


def test_sync_fills_the_store_and_a_second_sync_is_one_request(data_dir, owner):
    client, me = owner
    api = InvoicesApi(client, me.account.id)
    store = LocalStore.for_profile("Work")
    store.bind_account(me.account.id)
    first = sync(api, store, full=True)
    listed = []
    cursor = None
    while True:
        page = api.invoice_page(cursor=cursor)
        listed += page.items
        cursor = page.next_cursor
        if not cursor:
            break
    assert first.changed == len(listed) == store.count() > 0
    # The feed brings every invoice with its detail: no request per invoice.
    assert first.details == 0 and not store.missing_details()
    for row in listed:
        detail = store.detail(row["id"])
        assert detail is not None and detail.invoice.number == row["number"]
        assert len(store.calls(row["id"])) == row["call_count"]
    assert store.count("calls") == sum(r["call_count"] for r in listed)

    again = sync(api, store)
    assert (again.changed, again.details, again.calls, again.requests) == (0, 0, 0, 1)

    # A payment moves one invoice: the feed brings it with its new detail (no QR data now).
    open_one = next(i for i in store.invoices(InvoiceFilter(status="open")))
    client.request("POST", f"/sandbox/invoices/{open_one.id}/bank-transfer", auth=False)
    changed = sync(api, store)
    assert (changed.changed, changed.details, changed.calls) == (1, 0, 0)
    assert store.invoice(open_one.id).status == "paid"
    assert store.detail(open_one.id).payment_instructions is None
    assert any(p.get("method") == "bank_transfer" for p in store.payments())
    assert sync(api, store).requests == 1
    store.close()


def test_filters_and_months(data_dir, owner):
    client, me = owner
    store = LocalStore(store_path("Filters"))
    sync(InvoicesApi(client, me.account.id), store)
    everything = store.invoices()
    newest = everything[0]
    assert [i.number for i in store.invoices(InvoiceFilter(text=newest.number))] == [newest.number]
    assert all(i.status == "paid" for i in store.invoices(InvoiceFilter(status="paid")))
    assert store.invoices(InvoiceFilter(text="%")) == []  # LIKE wildcards are literal
    periods = store.periods()
    month = store.month(periods[0])
    assert month.invoice is not None and month.calls == month.invoice.call_count
    assert month.call_amount == sum((c.price for c in store.calls(month.invoice.id)), Decimal("0"))
    store.close()


def test_dispute_kept_locally_then_sent(data_dir, owner):
    client, me = owner
    api = InvoicesApi(client, me.account.id)
    store = LocalStore.for_profile("Disputes")
    sync(api, store)
    invoice = next(i for i in store.invoices() if i.call_count)
    call = store.calls(invoice.id)[0]
    with pytest.raises(ValueError):
        store.flag_call(call.id, "   ")
    store.flag_call(call.id, "Never called this number")
    assert store.unsent_disputes()[0].call_id == call.id
    result = sync(api, store)
    assert result.disputes_sent == 1 and store.unsent_disputes() == []
    assert [d.call_id for d in api.disputes()] == [call.id]
    with pytest.raises(ValueError):
        store.flag_call(call.id, "again")
    store.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_store_file_is_private_and_versioned(data_dir):
    path = store_path("Work / Büro")
    LocalStore(path).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert path.parent.parent == data_dir
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version FROM schema_version").fetchone()[0] == 1
        conn.execute("UPDATE schema_version SET version = 99")
    with pytest.raises(RuntimeError):
        LocalStore(path)


def test_another_account_on_the_profile_starts_empty(data_dir):
    store = LocalStore.for_profile("Shared")
    store.bind_account(1)
    store.upsert_invoices([{"id": 1, "number": "2026-000001", "issued_at": "2026-01-01T00:00:00Z",
                            "currency": "CHF", "gross": "1.00", "updated_at": "2026-01-01T00:00:00Z",
                            "period_start": "2025-12-01", "period_end": "2025-12-31",
                            "due_on": "2026-01-31"}])
    store.bind_account(1)
    assert store.count() == 1
    store.bind_account(2)
    assert store.count() == 0
    store.close()

"""Paying monthly invoices by the sandbox clock (docs/product-rules.md#bank-transfer): SEPA direct debit
collected on the due date, the business option to charge the invoice to the saved card (a
failure falls back to bank transfer and is e-mailed), and reminders for overdue invoices: the day
after the due date, then every 14 days, three at most."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from provider.domain.payment_refs import is_valid_qr_reference
from provider.runtime import Runtime
from tests.provider.conftest import API, mailbox, sign_in
from tests.provider.shop_helpers import DECLINED_CARD, OWNER, account_of, save_card


def set_clock(client: TestClient, when: str) -> dict[str, str]:
    r = client.put(f"{API}/sandbox/clock", json={"now": when})
    assert r.status_code == 200, r.text
    return sign_in(client, OWNER)


def january_invoice(client: TestClient, rt: Runtime, setup: Any = None) -> tuple[int, dict[str, str], str]:
    """A postpaid subscription from 5 January 2027, `setup(headers, account)` done before; the
    clock moves to 1 February, where the January invoice is issued (due 3 March)."""
    h = set_clock(client, "2027-01-05T08:00:00+00:00")
    acc, _ = account_of(rt, OWNER)
    if setup is not None:
        setup(h, acc)
    r = client.post(f"{API}/accounts/{acc}/subscription", json={"product": "pbx_basic", "users": 3},
                    headers=h)
    assert r.status_code == 201, r.text
    h = set_clock(client, "2027-02-01T08:00:00+00:00")
    items = client.get(f"{API}/accounts/{acc}/invoices", headers=h).json()["items"]
    assert [i["period"] for i in items] == ["2027-01"]
    assert items[0]["due_on"] == "2027-03-03"
    return acc, h, str(items[0]["id"])


def invoice(client: TestClient, h: dict[str, str], acc: int, iid: str) -> dict[str, Any]:
    r = client.get(f"{API}/accounts/{acc}/invoices/{iid}", headers=h)
    assert r.status_code == 200, r.text
    return r.json()


def mail_kinds(client: TestClient) -> list[str]:
    return [m["kind"] for m in reversed(mailbox(client, OWNER))]


def test_sepa_is_collected_on_the_due_date(client: TestClient, rt: Runtime, seeded: list):
    def mandate(h: dict[str, str], acc: int) -> None:
        r = client.put(f"{API}/accounts/{acc}/sepa-mandate", headers=h,
                       json={"iban": "CH93 0076 2011 6238 5295 7", "holder": "Alpenblick Treuhand AG"})
        assert r.status_code == 200, r.text

    acc, h, iid = january_invoice(client, rt, mandate)
    first = invoice(client, h, acc, iid)
    assert (first["payment_method"], first["status"]) == ("sepa", "open")
    receipts = mail_kinds(client).count("receipt")
    h = set_clock(client, "2027-03-02T23:00:00+00:00")  # the day before the due date
    assert invoice(client, h, acc, iid)["status"] == "open"
    h = set_clock(client, "2027-03-03T06:00:00+00:00")  # the due date
    paid = invoice(client, h, acc, iid)
    assert paid["status"] == "paid" and paid["paid_at"].startswith("2027-03-03")
    assert paid["payment_instructions"] is None and paid["reminders"] == 0
    assert mail_kinds(client).count("receipt") == receipts + 1
    set_clock(client, "2027-03-20T06:00:00+00:00")  # collected once, never reminded
    assert mail_kinds(client).count("receipt") == receipts + 1
    assert "invoice_reminder" not in mail_kinds(client)


def test_charge_to_card_option_pays_when_issued(client: TestClient, rt: Runtime, seeded: list):
    def option(h: dict[str, str], acc: int) -> None:
        save_card(client, h, acc)
        r = client.put(f"{API}/accounts/{acc}/invoice-autopay", json={"charge_card": True}, headers=h)
        assert r.status_code == 200 and r.json() == {"charge_card": True}, r.text

    acc, h, iid = january_invoice(client, rt, option)
    paid = invoice(client, h, acc, iid)
    assert (paid["payment_method"], paid["status"]) == ("card", "paid")
    assert paid["paid_at"].startswith("2027-02-01")
    assert mail_kinds(client).count("receipt") == 1
    history = client.get(f"{API}/accounts/{acc}/payments", headers=h).json()
    assert [(p["method"], p["amount"]) for p in history] == [("card", paid["gross"])]
    # The history names what was paid (the invoice's number) and the card by its brand's spelling.
    assert history[0]["invoice_number"] == paid["number"]
    assert history[0]["card_label"].startswith("Visa •••• ")


def test_a_failed_card_charge_falls_back_to_bank_transfer_and_is_emailed(
        client: TestClient, rt: Runtime, seeded: list):
    def option(h: dict[str, str], acc: int) -> None:
        save_card(client, h, acc, DECLINED_CARD)
        assert client.put(f"{API}/accounts/{acc}/invoice-autopay", json={"charge_card": True},
                          headers=h).status_code == 200

    acc, h, iid = january_invoice(client, rt, option)
    inv = invoice(client, h, acc, iid)
    assert (inv["payment_method"], inv["status"]) == ("bank_transfer", "open")
    instructions = inv["payment_instructions"]
    assert instructions["standard"] == "swiss_qr_bill" and is_valid_qr_reference(instructions["reference"])
    assert instructions["amount"] == inv["gross"]
    mails = [m for m in mailbox(client, OWNER) if m["kind"] == "invoice_charge_failed"]
    assert len(mails) == 1 and inv["number"] in mails[0]["subject"]
    assert instructions["reference"] in mails[0]["body"]
    set_clock(client, "2027-02-02T08:00:00+00:00")  # the card is not tried again
    assert mail_kinds(client).count("invoice_charge_failed") == 1
    assert "receipt" not in mail_kinds(client)


def test_charge_to_card_needs_a_business_account_and_a_card(client: TestClient, rt: Runtime,
                                                            seeded: list):
    h = sign_in(client, OWNER)
    acc, _ = account_of(rt, OWNER)
    r = client.put(f"{API}/accounts/{acc}/invoice-autopay", json={"charge_card": True}, headers=h)
    assert r.status_code == 422 and r.json()["rule"] == "card.required"
    private = sign_in(client, "anna.keller@example.ch")
    anna, _ = account_of(rt, "anna.keller@example.ch")
    save_card(client, private, anna)
    r = client.put(f"{API}/accounts/{anna}/invoice-autopay", json={"charge_card": True}, headers=private)
    assert r.status_code == 422 and r.json()["field"] == "charge_card"
    assert r.json()["rule"] == "business.only"
    assert client.get(f"{API}/accounts/{anna}/invoice-autopay", headers=private).json() == {
        "charge_card": False}


def test_overdue_reminders_the_day_after_then_every_14_days_three_at_most(
        client: TestClient, rt: Runtime, seeded: list):
    acc, h, iid = january_invoice(client, rt)
    number = invoice(client, h, acc, iid)["number"]

    def reminders() -> list[str]:
        return [m["subject"] for m in mailbox(client, OWNER)
                if m["kind"] == "invoice_reminder" and number in m["subject"]]

    h = set_clock(client, "2027-03-03T20:00:00+00:00")  # due today: not yet
    assert reminders() == [] and invoice(client, h, acc, iid)["overdue"] is False
    h = set_clock(client, "2027-03-04T08:00:00+00:00")  # the day after
    assert len(reminders()) == 1 and invoice(client, h, acc, iid)["overdue"] is True
    set_clock(client, "2027-03-10T08:00:00+00:00")
    set_clock(client, "2027-03-17T23:59:00+00:00")  # 13 days later
    assert len(reminders()) == 1
    set_clock(client, "2027-03-18T00:01:00+00:00")  # 14 days after the first, by the calendar
    assert len(reminders()) == 2
    set_clock(client, "2027-04-01T08:00:00+00:00")
    set_clock(client, "2027-04-15T08:00:00+00:00")
    h = set_clock(client, "2027-06-01T08:00:00+00:00")
    assert len(reminders()) == 3 and invoice(client, h, acc, iid)["reminders"] == 3
    assert sorted(reminders())[0].startswith("Mahnung 1")  # the demo account reads German
    # Later invoices start their own count; paying stops them.
    feb = [i for i in client.get(f"{API}/accounts/{acc}/invoices", params={"period": "2027-02"},
                                 headers=h).json()["items"]]
    assert feb and feb[0]["reminders"] >= 1
    assert client.post(f"{API}/sandbox/invoices/{feb[0]['id']}/bank-transfer").status_code == 200
    before = len([m for m in mailbox(client, OWNER) if feb[0]["number"] in m["subject"]
                  and m["kind"] == "invoice_reminder"])
    set_clock(client, "2027-07-01T08:00:00+00:00")
    after = len([m for m in mailbox(client, OWNER) if feb[0]["number"] in m["subject"]
                 and m["kind"] == "invoice_reminder"])
    assert after == before

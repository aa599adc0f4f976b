"""Credit notes allocated to the invoice they correct, across the provider: after a partial credit
note the invoice's open amount, its QR-bill amount and the reminder's amount are what is left;
after a full one it is settled and nobody is reminded; on an invoice already paid by card the
credit goes back to the card through the gateway, on one paid otherwise to the prepaid balance."""

from __future__ import annotations

from decimal import Decimal

from fastapi.testclient import TestClient

from provider.runtime import Runtime
from tests.provider.conftest import API, mailbox
from tests.provider.shop_helpers import OWNER, save_card
from tests.provider.test_invoice_payments import invoice, january_invoice, set_clock


def credit(client: TestClient, iid: str, amount: str, reason: str = "Goodwill for an outage") -> dict:
    r = client.post(f"{API}/sandbox/invoices/{iid}/credit-notes", json={"amount": amount, "reason": reason})
    assert r.status_code == 201, r.text
    return r.json()


def reminders(client: TestClient, number: str) -> list[dict]:
    return [m for m in mailbox(client, OWNER) if m["kind"] == "invoice_reminder" and number in m["subject"]]


def test_a_partial_credit_note_lowers_the_open_amount_qr_amount_and_reminder(
    client: TestClient, rt: Runtime, seeded: list
):
    acc, h, iid = january_invoice(client, rt)
    before = invoice(client, h, acc, iid)
    gross = Decimal(before["gross"])
    assert Decimal(before["open_amount"]) == gross
    note = credit(client, iid, "10.00")
    assert (note["kind"], note["status"], note["payment_method"]) == ("credit_note", "credited", "allocation")
    assert Decimal(note["gross"]) == Decimal("-10.81")  # 10.00 net and 8.1 % VAT
    after = invoice(client, h, acc, iid)
    assert after["status"] == "open" and Decimal(after["credited"]) == Decimal("10.81")
    assert Decimal(after["open_amount"]) == gross - Decimal("10.81")
    assert Decimal(after["payment_instructions"]["amount"]) == gross - Decimal("10.81")
    set_clock(client, "2027-03-04T08:00:00+00:00")  # the day after the due date
    (mail,) = reminders(client, before["number"])
    assert f"{gross - Decimal('10.81'):.2f}" in mail["body"] and f"{gross:.2f}" not in mail["body"]


def test_a_full_credit_note_settles_the_invoice_and_stops_reminders(
    client: TestClient, rt: Runtime, seeded: list
):
    acc, h, iid = january_invoice(client, rt)
    before = invoice(client, h, acc, iid)
    credit(client, iid, "5.00")
    credit(client, iid, str(Decimal(before["net"]) - Decimal("5.00")))
    after = invoice(client, h, acc, iid)
    assert (after["status"], Decimal(after["open_amount"])) == ("credited", Decimal("0.00"))
    assert after["payment_instructions"] is None
    r = client.post(f"{API}/sandbox/invoices/{iid}/credit-notes", json={"amount": "0.01", "reason": "more"})
    assert r.status_code == 422 and r.json()["field"] == "amount"
    h = set_clock(client, "2027-04-01T08:00:00+00:00")
    assert reminders(client, before["number"]) == []
    listed = client.get(f"{API}/accounts/{acc}/invoices", params={"status": "open"}, headers=h).json()[
        "items"
    ]
    assert iid not in [str(i["id"]) for i in listed]


def test_a_card_paid_invoice_is_refunded_to_the_card_through_the_gateway(
    client: TestClient, rt: Runtime, seeded: list
):
    def option(h: dict[str, str], acc: int) -> None:
        save_card(client, h, acc)
        r = client.put(f"{API}/accounts/{acc}/invoice-autopay", json={"charge_card": True}, headers=h)
        assert r.status_code == 200, r.text

    acc, h, iid = january_invoice(client, rt, option)
    paid = invoice(client, h, acc, iid)
    assert paid["status"] == "paid"
    note = credit(client, iid, "20.00")
    assert note["payment_method"] == "card_refund"
    history = client.get(f"{API}/accounts/{acc}/payments", headers=h).json()
    refund = next(p for p in history if Decimal(p["amount"]) < 0)
    assert (refund["method"], refund["status"], Decimal(refund["amount"])) == (
        "card",
        "succeeded",
        Decimal("-21.62"),
    )
    from provider.db.models import GatewayRefund

    with rt.sessions() as db:
        rows = db.query(GatewayRefund).all()
        assert [(r.amount, r.idempotency_key) for r in rows] == [
            (Decimal("21.62"), f"credit_note:{note['id']}:refund")
        ]
    (refund_mail,) = [m for m in mailbox(client, OWNER) if m["kind"] == "refund"]
    # Worded in the account's language (the demo account reads German), not "credit note …".
    assert f"Gutschrift {note['number']}" in refund_mail["body"] and "credit note" not in refund_mail["body"]
    # A retried job finds nothing left to do: the gateway refunded once.
    from provider.services import credit_notes

    assert credit_notes.refunds_pending(rt) == 0


def test_a_transfer_paid_invoice_becomes_prepaid_credit(client: TestClient, rt: Runtime, seeded: list):
    acc, h, iid = january_invoice(client, rt)
    assert client.post(f"{API}/sandbox/invoices/{iid}/bank-transfer").status_code == 200
    balance = Decimal(client.get(f"{API}/accounts/{acc}", headers=h).json()["balance"])
    note = credit(client, iid, "10.00")
    assert note["payment_method"] == "prepaid_credit"
    after = Decimal(client.get(f"{API}/accounts/{acc}", headers=h).json()["balance"])
    assert after - balance == Decimal("10.81")
    assert invoice(client, h, acc, iid)["status"] == "paid"


def test_the_reason_is_kept_whole(client: TestClient, rt: Runtime, seeded: list):
    acc, h, iid = january_invoice(client, rt)
    reason = "The upgrade took effect on 14 January; " * 10
    note = credit(client, iid, "1.00", reason)
    detail = invoice(client, h, acc, str(note["id"]))
    (item,) = detail["items"]
    assert item["code"] == "credit_note" and item["params"]["reason"] == reason.strip()
    assert item["params"]["invoice"] == invoice(client, h, acc, iid)["number"]

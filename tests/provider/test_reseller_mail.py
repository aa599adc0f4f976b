"""Mail to a reseller's customers over a real SMTP server (aiosmtpd), production mode: the welcome
mail of a customer the reseller creates and the reminder of its overdue invoice go out in the
reseller's name (From's display name, Reply-To, the text and its signature) and name the provider
nowhere; the provider's own customers' mail stays the provider's."""

from __future__ import annotations

import email
from datetime import timedelta
from decimal import Decimal
from email import policy
from email.message import EmailMessage

from fastapi.testclient import TestClient

from provider.api.app import create_app
from provider.db.models import Invoice
from provider.runtime import Runtime
from provider.seed import seed_demo
from provider.services import accounts, invoice_payments, reseller_profiles, resellers
from tests.provider.conftest import API, CollectingHandler
from tests.provider.test_reseller_profiles import identity

RESELLER = "Alpen Telecom AG"
CUSTOMER = "boss@kunde-alpen.example"


def _arrived(handler: CollectingHandler, to: str, count: int) -> list[EmailMessage]:
    def mine() -> list[dict]:
        return [m for m in handler.messages if to in m["to"]]

    with handler.arrived:
        handler.arrived.wait_for(lambda: len(mine()) >= count, timeout=15)
    return [email.message_from_string(m["data"], policy=policy.default) for m in mine()]  # type: ignore[misc]


def _text(msg: EmailMessage) -> str:
    body = msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    return msg["Subject"] + "\n" + body.replace("\r\n", "\n")


def _in_resellers_name(msg: EmailMessage) -> None:
    assert msg["From"].addresses[0].display_name == RESELLER
    assert msg["Reply-To"] == "rechnung@alpen-telecom.example"
    text = _text(msg)
    assert "Switchboard" not in text and "switchboard.example" not in text
    assert text.rstrip().endswith("Bahnhofstrasse 10\n3011 Bern\nrechnung@alpen-telecom.example\n"
                                  "alpen-telecom.example")


def test_reseller_customers_mail_is_the_resellers(settings_smtp, smtp_server) -> None:
    handler, _ = smtp_server
    rt = Runtime.create(settings_smtp)
    try:
        seed_demo(rt)
        with TestClient(create_app(runtime=rt)) as client:
            with rt.sessions() as db:
                reseller = reseller_profiles.create(db, rt, reseller_profiles.NewReseller(
                    email="chef@alpen-telecom.example", owner_name="Rita Rüegg", language="de",
                    password="Alpen-Telecom-2026", identity=identity()))
                customer = resellers.create_customer(db, rt, reseller, accounts.Registration(
                    kind="business", structure="collective", email=CUSTOMER, password="Muster-2026",
                    name="Beat Kunde", country="CH", language="de", company_name="Kunde Alpen GmbH",
                    address=accounts.AddressInput(name="Beat Kunde", street="Dorfstrasse 1",
                                                  postal_code="3000", city="Bern", country="CH",
                                                  company="Kunde Alpen GmbH")))
                now = rt.clock.now(db)
                db.add(Invoice(account_id=customer.id, kind="invoice", number="64001-2026-000001",
                               period="2026-01", period_start=now.date(), period_end=now.date(),
                               issued_at=now - timedelta(days=40), due_on=now.date() - timedelta(days=10),
                               currency="CHF", net=Decimal("10.00"), vat_rate_percent=Decimal("8.1"),
                               vat=Decimal("0.81"), gross=Decimal("10.81"), reverse_charge=False,
                               customer="Kunde Alpen GmbH", call_count=0, payment_method="bank_transfer",
                               payment_reference="210000000003139471430009017", status="open", reminders=0,
                               updated_at=now))
                db.commit()
            rt.mail.kick()
            (welcome,) = _arrived(handler, CUSTOMER, 1)
            _in_resellers_name(welcome)
            assert RESELLER in welcome["Subject"]

            assert invoice_payments.remind_overdue(rt) == 1
            reminder = _arrived(handler, CUSTOMER, 2)[1]
            _in_resellers_name(reminder)
            assert "64001-2026-000001" in reminder["Subject"] and "Mahnung" in reminder["Subject"]

            # The provider's own customer: the provider's sender, no Reply-To, no signature.
            r = client.post(f"{API}/auth/password-reset-requests",
                            json={"identifier": "52718", "email": "owner@alpenblick.example"})
            assert r.status_code == 202
            own = [m for m in _arrived(handler, "owner@alpenblick.example", 1)
                   if "Switchboard" in m["Subject"]]
            assert own and own[0]["From"].addresses[0].display_name == "Switchboard"
            assert own[0]["Reply-To"] is None and RESELLER not in _text(own[0])
    finally:
        rt.close()

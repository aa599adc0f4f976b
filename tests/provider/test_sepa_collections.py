"""SEPA for real, on a live (non-sandbox) provider: the invoices due go into a pain.008 file
valid against the ISO 20022 schema, with mandate id, date of signature and sequence type; the
invoice stays open until the bank statement reports the collection, and a direct debit the
bank returns (camt.054) opens it again and sends the reminder."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
import sepaxml
import xmlschema
from lxml import etree
from schwifty import IBAN
from sqlalchemy import select

from provider.bank.camt_writer import Booking
from provider.db.models import DirectDebitFile, Invoice, OutboxMail, Payment
from provider.runtime import Runtime
from provider.services import invoice_payments, sepa, sepa_collections
from tests.provider.bank_helpers import camt, import_file, open_invoice
from tests.provider.conftest import make_settings

SCHEMA = Path(sepaxml.__file__).with_name("schemas") / "pain.008.001.08.xsd"
NS = {"p": "urn:iso:std:iso:20022:tech:xsd:pain.008.001.08"}
DEBTOR_IBAN = str(IBAN.generate("DE", bank_code="10010010", account_code="1234567890").compact)


@pytest.fixture
def live(db_url: str, tmp_path: Path) -> Iterator[Runtime]:
    # Production invoices under the seller of its settings file (docs/invoices.md).
    from tests.provider.test_sellers import SELLER_TOML

    seller_file = tmp_path / "seller.toml"  # with the sandbox's EUR account, which the files name
    seller_file.write_text(SELLER_TOML.replace("DE02 1203 0000 0000 2020 51", "DE89 3704 0044 0532 0130 00")
                           .replace("BYLADEM1001", "COBADEFFXXX"), encoding="utf-8")
    rt = Runtime.create(make_settings(db_url, tmp_path / "data", sandbox=False, seller_file=seller_file,
                                      sepa_creditor_id="DE98ZZZ09999999999",
                                      argon2_time_cost=1, argon2_memory_kib=8192))
    yield rt
    rt.close()


def _business(rt: Runtime) -> int:
    from provider.services import accounts

    reg = accounts.Registration(
        kind="business", structure="collective", email="dd@muster.example", password="Muster-2026",
        name="Eva Muster", country="DE", language="en", company_name="Muster GmbH",
        address=accounts.AddressInput(name="Eva Muster", street="Weg 1", postal_code="10115",
                                      city="Berlin", country="DE"))
    with rt.sessions() as db:
        account, _ = accounts.register(db, rt, reg)
        return account.id


def _mandate(rt: Runtime, account_id: int) -> str:
    with rt.sessions() as db:
        from provider.db.models import Account

        account = db.get(Account, account_id)
        assert account is not None
        return sepa.sign(db, rt, account, DEBTOR_IBAN, "Muster GmbH", None).reference


def test_collected_only_when_the_bank_says_so_and_returned(live: Runtime) -> None:
    rt = live
    account_id = _business(rt)
    mandate = _mandate(rt, account_id)
    first = open_invoice(rt, account_id, "55.00", "EUR", method="sepa", due_in_days=0)
    later = open_invoice(rt, account_id, "12.30", "EUR", method="sepa", due_in_days=20)
    assert invoice_payments.collect_due(rt) == 0  # a live provider does not count it paid
    assert sepa_collections.submit_due(rt) == 1  # due now; the other one is not yet due
    assert sepa_collections.submit_due(rt) == 0  # sent once
    with rt.sessions() as db:
        file = db.scalars(select(DirectDebitFile)).one()
        invoice = db.get(Invoice, first.id)
        assert invoice is not None and invoice.status == "open"
        payment = db.get(Payment, invoice.payment_id)
        assert payment is not None and payment.status == "awaiting"
        assert db.get(Invoice, later.id).payment_id is None  # type: ignore[union-attr]
    xmlschema.XMLSchema(str(SCHEMA)).validate(file.content)
    root = etree.fromstring(file.content.encode())
    tx = root.find(".//p:DrctDbtTxInf", NS)
    assert tx.findtext("p:PmtId/p:EndToEndId", namespaces=NS) == f"SBDD-{payment.id}"
    assert tx.findtext("p:DrctDbtTx/p:MndtRltdInf/p:MndtId", namespaces=NS) == mandate
    assert tx.findtext("p:DbtrAcct/p:Id/p:IBAN", namespaces=NS) == DEBTOR_IBAN
    assert root.findtext(".//p:SeqTp", namespaces=NS) == "FRST"
    assert (file.debits, file.total, file.currency) == (1, Decimal("55.00"), "EUR")

    e2e = f"SBDD-{payment.id}"
    statement = camt([Booking(Decimal("55.00"), end_to_end_id=e2e, bank_ref="DD-1")], "EUR")
    assert import_file(rt, statement, "s.xml", "ops").counts == {"collected": 1}
    with rt.sessions() as db:
        assert db.get(Invoice, first.id).status == "paid"  # type: ignore[union-attr]
    returned = camt([Booking(Decimal("55.00"), credit=False, reversal=True, end_to_end_id=e2e,
                             mandate_id=mandate, return_reason="MD06", bank_ref="RT-1")],
                    "EUR", message="camt.054", message_id="RT")
    assert import_file(rt, returned, "r.xml", "ops").counts == {"returned": 1}
    with rt.sessions() as db:
        invoice = db.get(Invoice, first.id)
        assert invoice is not None
        assert (invoice.status, invoice.payment_method, invoice.reminders) == ("open", "bank_transfer", 1)
        mails = [m.subject for m in db.scalars(select(OutboxMail).order_by(OutboxMail.id))]
        assert any(s.startswith(f"Reminder 1: invoice {invoice.number}") for s in mails)
    # Returned means the mandate failed: the invoice is not debited again.
    assert sepa_collections.submit_due(rt) == 0


def test_no_creditor_identifier_no_file(db_url: str, tmp_path: Path) -> None:
    rt = Runtime.create(make_settings(db_url, tmp_path / "d", sandbox=False))
    try:
        assert sepa_collections.creditor(rt) is None and sepa_collections.submit_due(rt) == 0
    finally:
        rt.close()

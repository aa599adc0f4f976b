"""Matching bookings to invoices: by reference only, partial and overpaid, collections and
their returns, suggestions never applied; and, for any statement, money neither made nor lost."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from provider.domain.bank_matching import (
    Collection,
    OpenInvoice,
    Outcome,
    Transaction,
    match_transactions,
    name_similarity,
)
from provider.domain.money import ZERO

D = Decimal


def tx(amount: str, reference: str = "", key: str = "k", credit: bool = True,
       reversal: bool = False, name: str = "", e2e: str = "", currency: str = "CHF") -> Transaction:
    return Transaction(key, D(amount), currency, credit, reversal, reference, name, e2e)


INV = [OpenInvoice(1, 10, "REF1", "CHF", D("100.00"), "Muster AG"),
       OpenInvoice(2, 20, "REF2", "CHF", D("50.00"), "Bäckerei Huber GmbH"),
       OpenInvoice(3, 30, "REF3", "EUR", D("50.00"), "Nordlicht GmbH"),
       OpenInvoice(4, 40, "REF4", "CHF", ZERO, "Paid Already AG")]


def test_exact_partial_overpaid_and_paid_twice() -> None:
    m = match_transactions([tx("100.00", "REF1", "a"), tx("20.00", "REF2", "b"),
                            tx("40.00", "REF2", "c"), tx("5.00", "REF4", "d")], INV, [])
    assert [(x.outcome, x.invoice_id, x.applied, x.surplus) for x in m] == [
        (Outcome.PAID, 1, D("100.00"), ZERO),
        (Outcome.PARTIAL, 2, D("20.00"), ZERO),
        # the second credit sees the first: 30.00 were still open
        (Outcome.OVERPAID, 2, D("30.00"), D("10.00")),
        (Outcome.OVERPAID, 4, ZERO, D("5.00")),
    ]


def test_unknown_or_missing_reference_is_only_suggested() -> None:
    m = match_transactions([tx("50.00", "RF00NOPE", "a", name="Baeckerei Huber"),
                            tx("50.00", "", "b", name="Somebody Else"),
                            tx("50.00", "REF3", "c", name="Nordlicht")], INV, [])
    assert m[0].outcome is Outcome.UNMATCHED and m[0].applied == ZERO
    assert m[0].suggestions == (2,) and m[0].reason == "unknown reference"
    assert m[1].outcome is Outcome.UNMATCHED and m[1].suggestions == ()  # no name alike
    assert m[2].outcome is Outcome.UNMATCHED and "EUR" in m[2].reason  # paid in CHF


def test_collections_and_their_returns() -> None:
    coll = [Collection(7, 1, 10, "SB-DD-7", D("100.00"), "CHF")]
    m = match_transactions([tx("100.00", e2e="SB-DD-7", key="a"),
                            tx("100.00", e2e="SB-DD-7", key="b", credit=False, reversal=True),
                            tx("12.00", key="c", credit=False)], INV, coll)
    assert (m[0].outcome, m[0].payment_id, m[0].applied) == (Outcome.COLLECTED, 7, D("100.00"))
    assert (m[1].outcome, m[1].invoice_id, m[1].payment_id) == (Outcome.RETURNED, 1, 7)
    assert m[2].outcome is Outcome.OTHER


def test_names_compare_without_case_order_or_legal_form() -> None:
    assert name_similarity("MUSTER AG", "Muster") == 1.0
    assert name_similarity("Huber Bäckerei GmbH", "bäckerei huber") == 1.0
    assert name_similarity("Muster AG", "Nordlicht GmbH") < 0.5
    assert name_similarity("", "Muster") == 0.0


amounts = st.integers(min_value=1, max_value=500_00).map(lambda c: D(c).scaleb(-2))


@settings(max_examples=200, deadline=None)
@given(open_amounts=st.lists(st.integers(min_value=0, max_value=300_00), min_size=1, max_size=6),
       payments=st.lists(st.tuples(st.integers(min_value=0, max_value=7), amounts), max_size=20))
def test_money_is_neither_made_nor_lost(open_amounts: list[int],
                                        payments: list[tuple[int, Decimal]]) -> None:
    invoices = [OpenInvoice(i, 100 + i, f"R{i}", "CHF", D(c).scaleb(-2), f"Customer {i}")
                for i, c in enumerate(open_amounts)]
    txs = [tx(str(a), f"R{i}", key=f"k{n}") for n, (i, a) in enumerate(payments)]
    matches = match_transactions(txs, invoices, [])
    applied: dict[int, Decimal] = {}
    for t, m in zip(txs, matches, strict=True):
        assert m.applied >= ZERO and m.surplus >= ZERO
        if m.outcome is Outcome.UNMATCHED:
            assert m.applied == m.surplus == ZERO and m.invoice_id is None
        else:  # everything that came in is either on the invoice or on the prepaid credit
            assert m.applied + m.surplus == t.amount
            applied[m.invoice_id] = applied.get(m.invoice_id, ZERO) + m.applied  # type: ignore[index]
    for inv in invoices:  # no invoice is paid beyond what it asked
        assert applied.get(inv.invoice_id, ZERO) <= inv.open_amount
    # an invoice left partly open got every cent sent to it
    for inv in invoices:
        sent = sum((t.amount for t in txs if t.reference == inv.reference), ZERO)
        assert applied.get(inv.invoice_id, ZERO) == min(sent, inv.open_amount)

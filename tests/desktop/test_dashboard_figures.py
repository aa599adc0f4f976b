"""The dashboard's pure figures: stacked spend adds up to the invoices, the forecast by hand."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from desktop.models.dashboard.figures import (
    Forecast,
    InvoiceSpend,
    Item,
    LedgerEntry,
    balance_series,
    forecast,
    invoice_spend,
    spend_by_month,
    zone_usage,
)
from desktop.models.dashboard.upcoming import Renewal, TopUpPlan, next_invoice_day, upcoming

D = Decimal


def test_kinds_split_subscription_numbers_calls_one_off() -> None:
    inv = InvoiceSpend("2026-03", D("130.00"), (
        Item("recurring", "Business Telephony, per user", D("60.00")),
        Item("recurring", "Local number +41445551234", D("10.00")),
        Item("calls", "Calls to Switzerland mobile", D("20.00")),
        Item("one_off", "Local number +41445551234, one-off fee", D("10.00")),
        Item("credit", "Goodwill", D("-0.00"))))
    parts = invoice_spend(inv)
    assert set(parts) == {"subscription", "numbers", "calls", "one_off"}
    assert sum(parts.values()) == D("130.00")
    assert parts["subscription"] == D("78.00")  # 60 of 100 net, VAT 30 % in this made-up case


money = st.decimals(min_value=D("-50"), max_value=D("500"), places=2)
items = st.lists(st.tuples(st.sampled_from(["recurring", "calls", "one_off", "credit"]), money), max_size=8)


@given(st.lists(st.tuples(st.sampled_from(["2025-11", "2025-12", "2026-01"]), items,
                          st.sampled_from([D("0"), D("7.7"), D("8.1"), D("19")])), max_size=10))
def test_stacked_bars_add_up_to_the_invoices_totals(rows: list) -> None:
    invoices = []
    for period, its, rate in rows:
        net = sum((a for _k, a in its), D("0"))
        gross = (net * (1 + rate / 100)).quantize(D("0.01"))
        invoices.append(InvoiceSpend(period, gross, tuple(Item(k, f"x +4144{i:05d}" if i % 2 else "x", a)
                                                           for i, (k, a) in enumerate(its))))
    months = spend_by_month(invoices)
    for m in months:
        assert m.total == sum((i.gross for i in invoices if i.period == m.period), D("0"))
    assert sum((m.total for m in months), D("0")) == sum((i.gross for i in invoices), D("0"))


def _at(day: date, hour: int = 12) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


def test_forecast_matches_a_hand_computation() -> None:
    today = date(2026, 3, 31)
    entries = [LedgerEntry(_at(date(2026, 1, 1)), "top_up", D("200.00"))]
    # Today and the 29 days before (2 to 31 March), 2.00 a day of calls, plus a 15.00 renewal:
    # 75.00 / 30 = 2.50 a day.
    entries += [LedgerEntry(_at(today - timedelta(days=d)), "usage", D("-2.00")) for d in range(30)]
    entries.append(LedgerEntry(_at(date(2026, 3, 10)), "renewal", D("-15.00")))
    entries.append(LedgerEntry(_at(date(2026, 3, 1)), "usage", D("-99.00")))  # a day before the window
    entries.append(LedgerEntry(_at(today), "refund", D("-50.00")))  # not a debit of use
    balance = D("200.00") - D("60.00") - D("15.00") - D("99.00") - D("50.00")  # -24.00
    assert forecast(entries, balance, today) == Forecast(D("2.50"), today)
    # With 101.00 left: 101 / 2.5 = 40.4 -> 40 whole days -> 10 May 2026.
    assert forecast(entries, D("101.00"), today) == Forecast(D("2.50"), date(2026, 5, 10))
    assert forecast([], D("10"), today) == Forecast(D("0"), None)


def test_balance_series_runs_the_ledger_and_marks_top_ups() -> None:
    t = _at(date(2026, 1, 1))
    series = balance_series([LedgerEntry(t + timedelta(days=1), "usage", D("-3.10")),
                             LedgerEntry(t, "top_up", D("50.00"))])
    assert [p.balance for p in series] == [D("50.00"), D("46.90")]
    assert [p.top_up for p in series] == [D("50.00"), None]


def test_zone_usage_minutes_and_cost() -> None:
    rows = zone_usage([("ch_fixed", 3, 150, D("0.30")), ("eu_mobile", 1, 61, D("1.20"))])
    assert rows[0].zone == "eu_mobile" and rows[0].minutes == D("1.02")
    assert rows[1].minutes == D("2.50") and rows[1].cost == D("0.30")


def test_upcoming_top_up_renewal_and_invoice_in_order() -> None:
    today = date(2026, 3, 15)
    fc = Forecast(D("2.00"), date(2026, 4, 4))
    out = upcoming(today, D("40.00"), fc, TopUpPlan(True, D("20.00"), D("50.00")),
                   [Renewal("basic", date(2026, 3, 20), D("15.00"), True)], "2026-02", "card")
    # top-up: (40 - 20) / 2.00 a day = 10 days -> 25 March; March's invoice is issued on 1 April.
    assert [(u.kind, u.on) for u in out] == [("renewal", date(2026, 3, 20)), ("top_up", date(2026, 3, 25)),
                                             ("invoice", date(2026, 4, 1))]
    assert out[1].paid_by == "card" and out[1].amount == D("50.00")
    assert next_invoice_day("2026-01", date(2026, 2, 28)) == date(2026, 3, 1)
    assert next_invoice_day("2026-02", date(2026, 3, 1)) == date(2026, 4, 1)  # February's already out
    assert next_invoice_day(None, date(2026, 12, 5)) == date(2027, 1, 1)

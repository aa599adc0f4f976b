"""Money arithmetic: totals, VAT and rounding never lose or invent a cent."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provider.domain.money import is_cents, line_net, to_money, totals, vat_of
from provider.domain.tax import EU_STANDARD_RATES, SWISS_RATE

cents = st.integers(min_value=0, max_value=10_000_000).map(lambda c: Decimal(c) / 100)
rates = st.sampled_from([Decimal("0"), SWISS_RATE, *EU_STANDARD_RATES.values()])


def test_rounding_is_half_up_to_the_cent() -> None:
    assert to_money(Decimal("0.005")) == Decimal("0.01")
    assert to_money(Decimal("0.0049")) == Decimal("0.00")
    assert to_money(Decimal("-0.005")) == Decimal("-0.01")
    assert vat_of(Decimal("948.40"), SWISS_RATE) == Decimal("76.82")
    with pytest.raises(TypeError):
        to_money(0.1)  # type: ignore[arg-type]


@given(st.lists(cents, max_size=30), rates)
def test_lines_plus_vat_is_the_total_to_the_cent(lines: list[Decimal], rate: Decimal) -> None:
    t = totals(lines, rate)
    assert t.net == sum(lines, Decimal("0"))  # lines in cents are never rounded away
    assert t.net + t.vat == t.gross
    assert all(is_cents(x) for x in (t.net, t.vat, t.gross))
    exact = t.net * rate / 100
    assert abs(t.vat - exact) <= Decimal("0.005")  # rounding moves at most half a cent


@given(cents, st.integers(1, 500), st.sampled_from([1, 3, 6, 12, 24]))
def test_line_net_is_exact_for_prices_in_cents(price: Decimal, quantity: int, months: int) -> None:
    assert line_net(price, quantity, months) == price * quantity * months


@given(st.lists(cents, min_size=1, max_size=10), rates)
def test_vat_on_the_total_never_differs_by_more_than_the_lines_rounding(lines: list[Decimal],
                                                                         rate: Decimal) -> None:
    per_line = sum((vat_of(x, rate) for x in lines), Decimal("0"))
    on_total = totals(lines, rate).vat
    assert abs(per_line - on_total) <= Decimal("0.005") * len(lines) + Decimal("0.005")

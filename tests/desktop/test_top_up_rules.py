"""The client's word for what switching top-up on charges at once is the provider's figure."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from desktop.models.automatic_payments.top_up import charge_of, charges_at_once
from provider.domain.money import totals

amounts = st.decimals(min_value=Decimal("10.00"), max_value=Decimal("1000.00"), places=2)
rates = st.sampled_from([Decimal(r) for r in ("0", "7.7", "8.1", "19", "20", "21")])


@given(amounts, rates)
def test_the_charge_named_is_what_the_provider_charges(amount: Decimal, rate: Decimal) -> None:
    assert charge_of(amount, rate) == totals([amount], rate).gross


def test_only_switching_on_below_the_threshold_charges_at_once() -> None:
    d = Decimal
    assert charges_at_once(True, d("0.00"), d("20.00"))
    assert charges_at_once(True, d("-0.77"), d("0.00"))
    assert not charges_at_once(True, d("20.00"), d("20.00"))  # at the threshold: not below it
    assert not charges_at_once(False, d("0.00"), d("20.00"))
    assert not charges_at_once(True, d("0.00"), d("20.00"), in_progress=True)

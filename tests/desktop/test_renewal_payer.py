"""How the next renewal will be paid follows the provider's rule and the same balance the page
shows: from the balance only when it covers the price, else the saved card, else not covered."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from desktop.models.dashboard.figures import Forecast
from desktop.models.dashboard.upcoming import Renewal, renewal_payer, upcoming

TODAY = date(2026, 12, 6)
PRICE = Decimal("25.00")


def _renewal_paid_by(balance: str, card_saved: bool) -> str:
    plan = upcoming(TODAY, Decimal(balance), Forecast(Decimal("0"), None), None,
                    [Renewal("pbx_basic", date(2026, 12, 20), PRICE, True)], None, None, card_saved)
    return next(u.paid_by for u in plan if u.kind == "renewal")


def test_a_negative_balance_never_pays_a_renewal():
    # The dashboard said "paid from the prepaid balance" at CHF -0.77 while the card was charged.
    assert _renewal_paid_by("-0.77", card_saved=True) == "card"
    assert _renewal_paid_by("-0.77", card_saved=False) == "uncovered"


def test_credit_that_covers_pays_and_credit_that_does_not_falls_back():
    assert _renewal_paid_by("25.00", card_saved=False) == "balance"
    assert _renewal_paid_by("24.99", card_saved=True) == "card"
    assert renewal_payer(Decimal("100"), PRICE, True, auto_renew=False) == "manual"


@given(st.decimals(min_value=-1000, max_value=1000, places=2), st.booleans())
def test_the_balance_is_named_only_when_it_covers_the_price(balance, card_saved):
    payer = renewal_payer(balance, PRICE, card_saved, True)
    assert (payer == "balance") == (balance >= PRICE)


def test_the_next_invoice_is_paid_as_the_settings_are_now_not_as_the_last_one_was():
    from desktop.models.dashboard.upcoming import invoice_payer

    # Ticked with a card: the card, even over a mandate (the invoice run's order).
    assert invoice_payer(True, True, True) == "card"
    assert invoice_payer(True, False, True) == "sepa"  # ticked, but the card is gone
    assert invoice_payer(False, True, True) == "sepa"
    assert invoice_payer(False, True, False) == "bank_transfer"
    assert invoice_payer(True, False, False) == "bank_transfer"


def test_the_dashboard_names_the_next_invoices_payer_from_the_settings():
    from desktop.sources.dashboard import figures
    from desktop.store.dashboard_data import DashboardData

    last_paid_by_transfer = DashboardData((), (), (), {"balance": "0", "card_saved": True,
                                                       "invoice_card": True, "sepa_mandate": False},
                                          "2026-11", "bank_transfer")
    snap = figures(last_paid_by_transfer, Decimal("0"), TODAY)
    assert [u.paid_by for u in snap.upcoming if u.kind == "invoice"] == ["card"]
    before_the_settings_are_read = DashboardData((), (), (), {}, "2026-11", "bank_transfer")
    snap = figures(before_the_settings_are_read, Decimal("0"), TODAY)
    assert [u.paid_by for u in snap.upcoming if u.kind == "invoice"] == ["bank_transfer"]

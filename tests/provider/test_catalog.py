"""The product table and the cart-line rules (docs/product-rules.md#catalog)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from provider.domain import catalog
from provider.domain.cart_rules import package_problem

PACKAGES = [p.code for p in catalog.PRODUCTS if p.kind is catalog.Kind.PACKAGE]


def test_catalog_has_the_products_of_the_spec_in_both_currencies() -> None:
    kinds = {p.kind for p in catalog.PRODUCTS}
    assert kinds == set(catalog.Kind)
    assert len(PACKAGES) >= 3
    sip = catalog.BY_CODE["sip_trunk"]
    for currency in catalog.CURRENCIES:
        assert sip.price(currency).monthly == sip.price(currency).one_off == 0  # no base fee
        for p in catalog.PRODUCTS:
            price = p.price(currency)
            assert price.one_off >= 0 and price.monthly >= 0
            if p.kind is catalog.Kind.PACKAGE:
                assert price.monthly > 0 and price.one_off == 0  # no setup fees
            if p.kind is catalog.Kind.NUMBER:
                assert price.one_off > 0 and price.monthly > 0
            if p.kind is catalog.Kind.TERMINAL:
                assert price.one_off > 0 and price.monthly == 0
    terminals = [p for p in catalog.PRODUCTS if p.kind is catalog.Kind.TERMINAL]
    assert len(terminals) >= 2
    tiers = [catalog.BY_CODE[c].price("CHF").monthly for c in PACKAGES]
    assert tiers == sorted(tiers)


def test_item_rules_name_the_field() -> None:
    def rules(*args: object) -> list[tuple[str, str]]:
        return [(e.field, e.rule) for e in catalog.item_problems(*args)]  # type: ignore[arg-type]

    assert rules("nope", 1, None, None) == [("product", "product.unknown")]
    assert rules("sip_trunk", 1, None, None) == [("product", "product.included")]
    assert rules("pbx_basic", 0, 12, None) == [("quantity", "users.range")]
    assert rules("pbx_basic", 5, 2, None) == [("months", "months.choice")]
    assert rules("terminal_t33g", 1, 12, None) == [("months", "months.not_applicable")]
    assert rules("prepaid_credit", 1, None, None) == [("amount", "amount.required")]
    assert rules("prepaid_credit", 1, None, Decimal("5.00")) == [("amount", "amount.range")]
    assert rules("prepaid_credit", 1, None, Decimal("20.005")) == [("amount", "amount.cents")]
    assert rules("terminal_t33g", 1, None, Decimal("20")) == [("amount", "amount.not_applicable")]
    assert rules("pbx_premium", 10, 24, None) == []


@given(st.sampled_from(PACKAGES), st.integers(1, 500), st.sampled_from(catalog.DURATIONS),
       st.sampled_from(catalog.CURRENCIES))
def test_package_price_is_users_times_months_times_monthly(code: str, users: int, months: int,
                                                            currency: str) -> None:
    prod = catalog.BY_CODE[code]
    assert catalog.item_net(prod, currency, users, months) == prod.price(currency).monthly * users * months


def test_one_package_rule() -> None:
    assert package_problem(["terminal_t33g"], None) is None
    assert package_problem(["pbx_basic"], None) is None
    assert package_problem(["pbx_basic"], "pbx_basic") is None
    mixed = package_problem(["pbx_basic"], None, adding="pbx_premium")
    assert mixed is not None and mixed.rule == "package.single" and mixed.field == "product"
    assert "PBX Basic and PBX Premium" in mixed.message
    twice = package_problem(["pbx_basic"], None, adding="pbx_basic")
    assert twice is not None and twice.rule == "package.once"
    other = package_problem([], "pbx_business", adding="pbx_basic")
    assert other is not None and other.rule == "package.current" and "PBX Business" in other.message


@given(st.lists(st.sampled_from([p.code for p in catalog.PRODUCTS]), max_size=6),
       st.sampled_from([None, *PACKAGES]))
def test_an_accepted_cart_never_holds_two_packages(codes: list[str], current: str | None) -> None:
    if package_problem(codes, current) is None:
        packages = [c for c in codes if c in PACKAGES]
        assert len(packages) <= 1
        assert not packages or current is None or packages[0] == current

"""The product table (docs/product-rules.md#catalog). Pure: one place for every product and price.

Prices are net (VAT is added per order from the account's country) in CHF and EUR.
Hosted PBX packages are priced per user per month; phone numbers have a one-off fee and a
monthly fee; terminals are one-off; prepaid credit is an amount the customer chooses.
Provisioning and porting are free: there are no setup fees.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from provider.domain.errors import FieldError

DURATIONS = (1, 3, 6, 12, 24)
CURRENCIES = ("CHF", "EUR")
MAX_USERS = 500
MAX_QUANTITY = 100
CREDIT_MIN = Decimal("10.00")
CREDIT_MAX = Decimal("2000.00")


class Kind(StrEnum):
    SIP_TRUNK = "sip_trunk"
    PACKAGE = "package"  # Hosted PBX, per user per month, bought for a duration
    NUMBER = "number"  # one-off fee plus a monthly fee for the chosen duration
    TERMINAL = "terminal"  # one-off
    CREDIT = "credit"  # prepaid credit, a chosen amount


@dataclass(frozen=True)
class Price:
    one_off: Decimal = Decimal("0.00")
    monthly: Decimal = Decimal("0.00")


@dataclass(frozen=True)
class Product:
    code: str
    kind: Kind
    name: str
    description: str
    prices: dict[str, Price]
    purchasable: bool = True
    tier: int = 0  # packages: the higher, the bigger (upgrades go up)

    def price(self, currency: str) -> Price:
        return self.prices[currency]


def _p(chf_one: str, chf_month: str, eur_one: str, eur_month: str) -> dict[str, Price]:
    return {"CHF": Price(Decimal(chf_one), Decimal(chf_month)),
            "EUR": Price(Decimal(eur_one), Decimal(eur_month))}


PRODUCTS: tuple[Product, ...] = (
    Product("sip_trunk", Kind.SIP_TRUNK, "SIP Trunk",
            "Connect your own phone system. No base fee; calls are paid from prepaid credit.",
            _p("0", "0", "0", "0"), purchasable=False),
    Product("pbx_basic", Kind.PACKAGE, "PBX Basic",
            "Hosted PBX: extensions, voicemail, call forwarding.",
            _p("0", "9.90", "0", "8.90"), tier=1),
    Product("pbx_business", Kind.PACKAGE, "PBX Business",
            "Everything in Basic, plus hunt groups, IVR menus and call recording.",
            _p("0", "14.90", "0", "13.50"), tier=2),
    Product("pbx_premium", Kind.PACKAGE, "PBX Premium",
            "Everything in Business, plus call-centre queues, CRM integration and reports.",
            _p("0", "24.90", "0", "22.50"), tier=3),
    Product("number_local", Kind.NUMBER, "Phone number (local)",
            "A geographic number from the pool of the area code you choose.",
            _p("10.00", "2.00", "9.00", "1.80")),
    Product("number_national", Kind.NUMBER, "Phone number (national service)",
            "A non-geographic number (e.g. 058 in CH, 032 in DE).",
            _p("25.00", "5.00", "22.00", "4.50")),
    Product("terminal_t33g", Kind.TERMINAL, "Desk phone Yealink T33G",
            "Entry-level desk phone, 4 lines, colour display.",
            _p("89.00", "0", "79.00", "0")),
    Product("terminal_t54w", Kind.TERMINAL, "Desk phone Yealink T54W",
            "Business desk phone with Wi-Fi, Bluetooth and a 4.3\" display.",
            _p("189.00", "0", "169.00", "0")),
    Product("terminal_d785", Kind.TERMINAL, "Desk phone Snom D785",
            "Executive desk phone with colour display and 24 self-labelling keys.",
            _p("229.00", "0", "209.00", "0")),
    Product("prepaid_credit", Kind.CREDIT, "Prepaid credit",
            "Credit for calls on the SIP Trunk and the PBX. Choose the amount.",
            _p("0", "0", "0", "0")),
)
BY_CODE: dict[str, Product] = {p.code: p for p in PRODUCTS}


def product(code: str) -> Product | None:
    return BY_CODE.get(code)


def unit_price(prod: Product, currency: str, amount: Decimal | None = None,
               price: Price | None = None) -> tuple[Decimal, Decimal]:
    """(one-off, monthly) net price of one unit: `price` (a reseller's retail price) or the list
    price. Credit: the chosen amount, one-off."""
    if prod.kind is Kind.CREDIT:
        return (amount or Decimal("0.00")), Decimal("0.00")
    price = price or prod.price(currency)
    return price.one_off, price.monthly


def item_net(prod: Product, currency: str, quantity: int, months: int,
             amount: Decimal | None = None, price: Price | None = None) -> Decimal:
    """The net of a cart line: quantity x (one-off + monthly x months), to the cent."""
    from provider.domain.money import to_money

    one_off, monthly = unit_price(prod, currency, amount, price)
    return to_money(quantity * (one_off + monthly * months))


def item_problems(code: str, quantity: int, months: int | None,
                  amount: Decimal | None) -> list[FieldError]:
    """What is wrong with one cart line, each with the field to show it next to."""
    prod = product(code)
    if prod is None:
        return [FieldError("product", "product.unknown", "This product is not in the catalog.")]
    if not prod.purchasable:
        return [FieldError("product", "product.included",
                           f"{prod.name} is included with every account; it cannot be bought.")]
    errors: list[FieldError] = []
    if prod.kind is Kind.PACKAGE:
        if not 1 <= quantity <= MAX_USERS:
            errors.append(FieldError("quantity", "users.range",
                                     f"A package needs between 1 and {MAX_USERS} users."))
    elif not 1 <= quantity <= MAX_QUANTITY:
        errors.append(FieldError("quantity", "quantity.range",
                                 f"Choose a quantity between 1 and {MAX_QUANTITY}."))
    if prod.kind in (Kind.PACKAGE, Kind.NUMBER):
        if months not in DURATIONS:
            errors.append(FieldError("months", "months.choice",
                                     "Choose a duration of 1, 3, 6, 12 or 24 months."))
    elif months not in (None, 1):
        errors.append(FieldError("months", "months.not_applicable",
                                 f"{prod.name} is not bought for a duration."))
    if prod.kind is Kind.CREDIT:
        if amount is None:
            errors.append(FieldError("amount", "amount.required", "Choose the amount of credit."))
        elif amount != amount.quantize(Decimal("0.01")):
            errors.append(FieldError("amount", "amount.cents",
                                     "The amount can have at most two decimal places."))
        elif not CREDIT_MIN <= amount <= CREDIT_MAX:
            errors.append(FieldError("amount", "amount.range",
                                     f"Choose an amount between {CREDIT_MIN} and {CREDIT_MAX}."))
    elif amount is not None:
        errors.append(FieldError("amount", "amount.not_applicable",
                                 "Only prepaid credit has a chosen amount."))
    return errors

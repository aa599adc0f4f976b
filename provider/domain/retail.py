"""A reseller's retail prices and call tariffs, and the wholesale prices it pays the provider
(docs/resellers.md#retail-prices). Pure: no I/O, Decimal only.

- Wholesale is the catalog's list price less WHOLESALE_DISCOUNT, to the cent (calls: the list
  tariff per minute less the discount, to 1/10,000, then each call rounded to the cent).
- A retail price is set per product and currency, never below wholesale, for products the
  reseller sells (purchasable, not prepaid credit). Without one, its customers pay list price.
- A call tariff per zone and currency is either a markup in percent on the wholesale call price
  or a price per minute (never below the wholesale one); without one, the list tariff.
- Effective dates: a change that lowers what customers pay may take effect from today; one that
  raises it only after the notice of subscription changes (notice.effective_date): from the day
  after the first month end at least 30 days away. Never in the past.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from provider.domain import catalog, rating
from provider.domain.errors import FieldError
from provider.domain.money import ZERO, to_money
from provider.domain.notice import effective_date

WHOLESALE_DISCOUNT = Decimal("0.25")
MAX_MARKUP = Decimal("1000")
RATE_STEP = Decimal("0.0001")


def wholesale_price(prod: catalog.Product, currency: str) -> catalog.Price:
    list_price = prod.price(currency)
    keep = 1 - WHOLESALE_DISCOUNT
    return catalog.Price(to_money(list_price.one_off * keep), to_money(list_price.monthly * keep))


def wholesale_rate(zone: str, currency: str) -> Decimal:
    """Wholesale per minute of a zone."""
    return (rating.TARIFF[currency][zone] * (1 - WHOLESALE_DISCOUNT)).quantize(RATE_STEP, ROUND_HALF_UP)


def per_minute_price(per_minute: Decimal, duration_s: int) -> Decimal:
    """One call at a per-minute price, with the same 60-second minimum as the list tariff."""
    seconds = rating.billed_seconds(duration_s)
    return ZERO if seconds == 0 else to_money(per_minute * seconds / 60)


@dataclass(frozen=True)
class CallTariff:
    markup_percent: Decimal | None = None
    per_minute: Decimal | None = None

    def price(self, zone: str, duration_s: int, currency: str) -> Decimal:
        """One call: the per-minute rate customers see, like the list tariff (never below the
        wholesale price of the same call, as the rate is never below the wholesale rate)."""
        return per_minute_price(self.rate(zone, currency), duration_s)

    def rate(self, zone: str, currency: str) -> Decimal:
        """The per-minute price customers see (the markup's applied to the wholesale rate)."""
        if self.per_minute is not None:
            return self.per_minute
        markup = 1 + (self.markup_percent or ZERO) / 100
        return (wholesale_rate(zone, currency) * markup).quantize(RATE_STEP, ROUND_HALF_UP)


def wholesale_call_price(zone: str, duration_s: int, currency: str) -> Decimal:
    return per_minute_price(wholesale_rate(zone, currency), duration_s)


def earliest_start(today: date, raises: bool) -> date:
    """The first day a change may take effect: today for a cut, after the notice for a rise."""
    return effective_date(today) + timedelta(days=1) if raises else today


def _when(today: date, effective_from: date, raises: bool) -> list[FieldError]:
    if effective_from < today:
        return [FieldError("effective_from", "effective.past", "A price cannot change in the past.")]
    first = earliest_start(today, raises)
    if effective_from < first:
        return [FieldError("effective_from", "effective.notice",
                           f"A higher price needs the customers' notice: effective from {first.isoformat()} "
                           "at the earliest (the day after the first month end at least 30 days away).")]
    return []


def price_problems(code: str, currency: str, one_off: Decimal, monthly: Decimal, today: date,
                   effective_from: date, in_effect: catalog.Price | None) -> list[FieldError]:
    """What is wrong with a retail price; `in_effect` is what customers pay on `effective_from`
    without it (the earlier retail price, or the list price)."""
    prod = catalog.product(code)
    if prod is None or not prod.purchasable or prod.kind is catalog.Kind.CREDIT:
        return [FieldError("product", "retail.product", "The reseller does not sell this product: a "
                           "retail price is for a product of the shop (not prepaid credit).")]
    if currency not in catalog.CURRENCIES:
        return [FieldError("currency", "currency", "Prices are in CHF or EUR.")]
    errors = []
    floor = wholesale_price(prod, currency)
    for name, value, least in (("one_off", one_off, floor.one_off), ("monthly", monthly, floor.monthly)):
        if value != to_money(value):
            errors.append(FieldError(name, "money.cents", "Give the price to the cent."))
        elif value < least:
            errors.append(FieldError(name, "retail.below_wholesale",
                                     f"{currency} {value} is below the wholesale price of "
                                     f"{currency} {least}."))
    if errors:
        return errors
    before = in_effect or prod.price(currency)
    return _when(today, effective_from, one_off > before.one_off or monthly > before.monthly)


def tariff_problems(zone: str, currency: str, tariff: CallTariff, today: date, effective_from: date,
                    in_effect: CallTariff | None) -> list[FieldError]:
    if zone not in rating.ZONES:
        return [FieldError("zone", "zone", "Choose a zone: " + ", ".join(rating.ZONES) + ".")]
    if currency not in catalog.CURRENCIES:
        return [FieldError("currency", "currency", "Prices are in CHF or EUR.")]
    if (tariff.markup_percent is None) == (tariff.per_minute is None):
        return [FieldError("markup_percent", "tariff.one", "Give either a markup in percent or a price per "
                           "minute.")]
    if tariff.markup_percent is not None and not ZERO <= tariff.markup_percent <= MAX_MARKUP:
        return [FieldError("markup_percent", "retail.below_wholesale" if tariff.markup_percent < 0 else
                           "tariff.markup", f"A markup is between 0 and {MAX_MARKUP} percent.")]
    floor = wholesale_rate(zone, currency)
    if tariff.per_minute is not None:
        if tariff.per_minute != tariff.per_minute.quantize(RATE_STEP):
            return [FieldError("per_minute", "tariff.step", "Give the price per minute to 1/10,000.")]
        if tariff.per_minute < floor:
            return [FieldError("per_minute", "retail.below_wholesale",
                               f"{currency} {tariff.per_minute} a minute is below the wholesale "
                               f"{currency} {floor}.")]
    before = (in_effect.rate(zone, currency) if in_effect else rating.TARIFF[currency][zone])
    return _when(today, effective_from, tariff.rate(zone, currency) > before)


def wholesale_of_line(kind: str, amount: Decimal, currency: str, product: str | None, quantity: int,
                      first_day: date | None, last_day: date | None, code: str | None) -> Decimal:
    """What the provider charges the reseller for one line of its customer's invoice (calls are
    priced call by call: wholesale_call_price). A recurring fee: the wholesale monthly price for
    the same days, prorated like the invoice; a number's one-off fee: its wholesale one-off;
    any other line (a prorated change, a credit) the list less the discount of its amount."""
    from provider.domain.proration import prorate

    prod = catalog.product(product or "")
    if prod is not None and kind == "recurring" and first_day and last_day:
        return prorate(to_money(wholesale_price(prod, currency).monthly * quantity), first_day, last_day)
    if prod is not None and code == "number_fee":
        return to_money(wholesale_price(prod, currency).one_off * quantity)
    return to_money(amount * (1 - WHOLESALE_DISCOUNT))

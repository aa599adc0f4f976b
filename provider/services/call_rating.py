"""Rating an import's calls by column (services/call_import.py): the zone of each call from
domain/call_zones.py, its price from the list tariff (domain/rating.py) or its reseller's price
book, and per account the rated total and the number of calls.

A million calls share few zones and prices: the zone is looked up by the customer's country and
the dialled number's first six digits (all zone_of reads of a number: a country code of up to
three digits and three after it), the price by tariff, zone and seconds, each computed once,
for the first call that needs it, in file order as line-by-line rating would. Totals are summed
in whole cents (every price is rounded to the cent), exact, and made Decimal once at the end.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date
from decimal import Decimal
from operator import attrgetter, itemgetter
from typing import NamedTuple, Protocol

from provider.domain.call_records_columns import Calls
from provider.domain.call_zones import zone_of
from provider.domain.rating import rate_call
from provider.services import price_book

ZONE_KEY_DIGITS = 6


class Customer(Protocol):
    @property
    def account_id(self) -> int: ...
    @property
    def currency(self) -> str: ...
    @property
    def country(self) -> str: ...
    @property
    def reseller_id(self) -> int | None: ...


class Price(NamedTuple):
    price: Decimal
    cents: int
    zone: str
    tail: str  # the row's last columns as COPY reads them: zone, seconds, price


class Rated(NamedTuple):
    """One chunk of calls, rated: the account and price of each."""

    calls: Calls
    account_ids: list[int]
    currencies: list[str]
    prices: list[Price]


_ACCOUNT, _COUNTRY, _CURRENCY, _RESELLER = (attrgetter(a) for a in
                                            ("account_id", "country", "currency", "reseller_id"))
_CENTS = itemgetter(1)
_HEAD = itemgetter(slice(0, ZONE_KEY_DIGITS))


class Rating:
    def __init__(self, books: price_book.Books) -> None:
        self.books = books
        self.zones: dict[tuple[str, str], str] = {}
        self.prices: dict[tuple[object, str, int], Price] = {}
        self.cents: dict[int, int] = defaultdict(int)  # account id -> rated net, in cents
        self.counts: Counter[int] = Counter()  # account id -> calls
        self.records = 0

    def rated(self, calls: Calls, customers: list[Customer]) -> Rated:
        account_ids = list(map(_ACCOUNT, customers))
        currencies = list(map(_CURRENCY, customers))
        zones = self._zones(calls.dialled, list(map(_COUNTRY, customers)))
        if any(map(_RESELLER, customers)):  # by the price book of the reseller on the day
            tariffs: list[object] = [c.currency if c.reseller_id is None else
                                     (c.reseller_id, c.currency, day[:10])
                                     for c, day in zip(customers, calls.started, strict=True)]
        else:
            tariffs = list(currencies)
        keys = list(zip(tariffs, zones, calls.billed, strict=True))
        prices = list(map(self.prices.get, keys))
        if None in prices:  # each new price computed once, then all looked up again
            for key in set(keys) - self.prices.keys():
                self._price(key)
            prices = list(map(self.prices.__getitem__, keys))
        cents = self.cents
        for account_id, amount in zip(account_ids, map(_CENTS, prices), strict=True):
            cents[account_id] += amount
        self.counts.update(account_ids)
        self.records += len(account_ids)
        return Rated(calls, account_ids, currencies, prices)  # type: ignore[arg-type]

    def totals(self) -> dict[int, Decimal]:
        return {a: Decimal(c).scaleb(-2) for a, c in self.cents.items()}

    def _zones(self, dialled: list[str], countries: list[str]) -> list[str]:
        keys = list(zip(countries, map(_HEAD, dialled), strict=True))
        zones = list(map(self.zones.get, keys))
        if None in zones:  # in file order: zone_of's cache is decided by the first number seen
            first = dict(zip(reversed(keys), range(len(keys) - 1, -1, -1), strict=True))  # its first line
            for i in sorted(first[key] for key in set(keys) - self.zones.keys()):
                self.zones[keys[i]] = zone_of(dialled[i], countries[i])
            zones = list(map(self.zones.__getitem__, keys))
        return zones  # type: ignore[return-value]

    def _price(self, key: tuple[object, str, int]) -> Price:
        price = self.prices.get(key)
        if price is None:
            tariff, zone, seconds = key
            if isinstance(tariff, str):
                amount = rate_call(zone, seconds, tariff)
            else:
                reseller_id, currency, day = tariff  # type: ignore[misc]
                amount = self.books.of(reseller_id, currency, date.fromisoformat(day)).call_price(
                    zone, seconds)
            price = self.prices[key] = Price(amount, _cents(amount), zone, f"{zone}\t{seconds}\t{amount}\n")
        return price


def _cents(amount: Decimal) -> int:
    cents = amount.scaleb(2)
    if cents != cents.to_integral_value():
        raise ValueError(f"a call's price is not whole cents: {amount}")
    return int(cents)

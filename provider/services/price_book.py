"""What an account pays on a day (docs/resellers.md#retail-prices): a reseller's customers the
reseller's retail prices and call tariffs in effect, everyone else (and a reseller's customers
for what it set no price) the catalog's list prices and tariff. Every place that prices a sale
(shop, quotes, proration, numbers, calls, the invoice run) asks a PriceBook."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from provider.db.models import Account, CallTariffRow, RetailPrice
from provider.domain import catalog, rating
from provider.domain.retail import CallTariff


@dataclass(frozen=True)
class PriceBook:
    currency: str
    prices: dict[str, catalog.Price] = field(default_factory=dict)  # product -> retail in effect
    tariffs: dict[str, CallTariff] = field(default_factory=dict)  # zone -> tariff in effect

    def price(self, prod: catalog.Product) -> catalog.Price:
        return self.prices.get(prod.code) or prod.price(self.currency)

    def unit_price(self, prod: catalog.Product, amount: Decimal | None = None) -> tuple[Decimal, Decimal]:
        return catalog.unit_price(prod, self.currency, amount, self.price(prod))

    def item_net(self, prod: catalog.Product, quantity: int, months: int,
                 amount: Decimal | None = None) -> Decimal:
        return catalog.item_net(prod, self.currency, quantity, months, amount, self.price(prod))

    def call_price(self, zone: str, duration_s: int) -> Decimal:
        tariff = self.tariffs.get(zone)
        if tariff is None:
            return rating.rate_call(zone, duration_s, self.currency)
        return tariff.price(zone, duration_s, self.currency)

    def call_rate(self, zone: str) -> Decimal:
        tariff = self.tariffs.get(zone)
        return tariff.rate(zone, self.currency) if tariff else rating.TARIFF[self.currency][zone]


LIST = {c: PriceBook(c) for c in catalog.CURRENCIES}


def prices_in_effect(db: Session, reseller_id: int, currency: str, day: date) -> dict[str, RetailPrice]:
    rows = db.scalars(select(RetailPrice).where(
        RetailPrice.reseller_id == reseller_id, RetailPrice.currency == currency,
        RetailPrice.effective_from <= day).order_by(RetailPrice.effective_from, RetailPrice.id))
    return {r.product_code: r for r in rows}  # the latest wins


def tariffs_in_effect(db: Session, reseller_id: int, currency: str, day: date) -> dict[str, CallTariffRow]:
    rows = db.scalars(select(CallTariffRow).where(
        CallTariffRow.reseller_id == reseller_id, CallTariffRow.currency == currency,
        CallTariffRow.effective_from <= day).order_by(CallTariffRow.effective_from, CallTariffRow.id))
    return {r.zone: r for r in rows}


def tariff_of(row: CallTariffRow) -> CallTariff:
    return CallTariff(row.markup_percent, row.per_minute)


def of_reseller(db: Session, reseller_id: int, currency: str, day: date) -> PriceBook:
    prices = {code: catalog.Price(r.one_off, r.monthly)
              for code, r in prices_in_effect(db, reseller_id, currency, day).items()}
    tariffs = {zone: tariff_of(r) for zone, r in tariffs_in_effect(db, reseller_id, currency, day).items()}
    return PriceBook(currency, prices, tariffs)


def for_account(db: Session, account: Account, day: date) -> PriceBook:
    if account.reseller_id is None:
        return LIST[account.currency]
    return of_reseller(db, account.reseller_id, account.currency, day)


class Books:
    """Price books of many accounts, each reseller's read once per day (the invoice run, call
    imports)."""

    def __init__(self, db: Session) -> None:
        self.db = db
        self._by_reseller: dict[tuple[int, str, date], PriceBook] = {}

    def of(self, reseller_id: int | None, currency: str, day: date) -> PriceBook:
        if reseller_id is None:
            return LIST[currency]
        key = (reseller_id, currency, day)
        if key not in self._by_reseller:
            self._by_reseller[key] = of_reseller(self.db, reseller_id, currency, day)
        return self._by_reseller[key]

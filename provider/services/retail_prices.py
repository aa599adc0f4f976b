"""A reseller sets its retail prices per product and currency and its call tariffs per zone,
each from a date (docs/resellers.md#retail-prices); the rules are domain/retail.py, the prices
customers pay on a day price_book.py."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from provider.db.models import Account, CallTariffRow, RetailPrice
from provider.domain import catalog
from provider.domain import retail as rules
from provider.domain.errors import FieldError, RuleViolation
from provider.runtime import Runtime
from provider.services import price_book
from provider.services.resellers import require_reseller


def _invalid(errors: list[FieldError]) -> RuleViolation:
    return RuleViolation("validation", errors[0].message, 422, errors)


_Dated = TypeVar("_Dated", RetailPrice, CallTariffRow)


def _save_from_day(db: Session, new: _Dated, item: str, values: tuple[str, str], now: datetime) -> _Dated:
    """Writes `new`, or its `values` into the row already there for the same reseller, `item`
    (product or zone), currency and day: a second price or tariff for a day replaces the first."""
    same_day = {k: getattr(new, k) for k in ("reseller_id", item, "currency", "effective_from")}
    row = db.scalar(select(type(new)).filter_by(**same_day))
    if row is None:
        row = new
        db.add(row)
    for name in values:
        setattr(row, name, getattr(new, name))
    row.created_at = now
    db.commit()
    return row


def set_price(db: Session, rt: Runtime, reseller: Account, code: str, currency: str, one_off: Decimal,
              monthly: Decimal, day: date) -> RetailPrice:
    """A retail price from `day` on (a second one for the same day replaces it)."""
    require_reseller(reseller)
    now = rt.clock.now(db)
    earlier = price_book.prices_in_effect(db, reseller.id, currency, day - timedelta(days=1)).get(code)
    errors = rules.price_problems(code, currency, one_off, monthly, now.date(), day,
                                  catalog.Price(earlier.one_off, earlier.monthly) if earlier else None)
    if errors:
        raise _invalid(errors)
    return _save_from_day(db, RetailPrice(reseller_id=reseller.id, product_code=code, currency=currency,
                                          effective_from=day, one_off=one_off, monthly=monthly),
                          "product_code", ("one_off", "monthly"), now)


def set_tariff(db: Session, rt: Runtime, reseller: Account, zone: str, currency: str,
               markup_percent: Decimal | None, per_minute: Decimal | None, day: date) -> CallTariffRow:
    require_reseller(reseller)
    now = rt.clock.now(db)
    earlier = price_book.tariffs_in_effect(db, reseller.id, currency, day - timedelta(days=1)).get(zone)
    tariff = rules.CallTariff(markup_percent, per_minute)
    errors = rules.tariff_problems(zone, currency, tariff, now.date(), day,
                                   price_book.tariff_of(earlier) if earlier else None)
    if errors:
        raise _invalid(errors)
    return _save_from_day(db, CallTariffRow(reseller_id=reseller.id, zone=zone, currency=currency,
                                            effective_from=day, markup_percent=markup_percent,
                                            per_minute=per_minute),
                          "zone", ("markup_percent", "per_minute"), now)


def prices(db: Session, reseller: Account) -> list[RetailPrice]:
    require_reseller(reseller)
    return list(db.scalars(select(RetailPrice).where(RetailPrice.reseller_id == reseller.id).order_by(
        RetailPrice.product_code, RetailPrice.currency, RetailPrice.effective_from)))


def tariffs(db: Session, reseller: Account) -> list[CallTariffRow]:
    require_reseller(reseller)
    return list(db.scalars(select(CallTariffRow).where(CallTariffRow.reseller_id == reseller.id).order_by(
        CallTariffRow.zone, CallTariffRow.currency, CallTariffRow.effective_from)))

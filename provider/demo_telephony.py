"""Sandbox demo data for Numbers & VoIP and Orders (part of the demo seed hook in
demo_billing.py): the business demo accounts get numbers from the pool (a year ago, billed as
any), VoIP accounts for them and a few extensions, a porting request under way with its interim
forwarding, and an order of desk phones waiting for provisioning, so that a newcomer finds
every page filled with what a real customer would see."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from provider.db.models import Account, BillingAddress, Order, PhoneNumber, User
from provider.domain.working_days import provisioning_due
from provider.runtime import Runtime


@dataclass
class _Item:  # what cart.quote reads of a cart item
    id: int | None
    product_code: str
    quantity: int
    months: int | None = None
    amount: Decimal | None = None


def lines(db: Session, rt: Runtime, account: Account, area_code: str, count: int, since: datetime,
          porting: tuple[str, str], extensions: tuple[str, ...] = ("10", "11")) -> None:
    from provider.services import telephony

    free = list(db.scalars(select(PhoneNumber).where(PhoneNumber.area_code == area_code,
                                                     PhoneNumber.status == "free")
                           .order_by(PhoneNumber.number).limit(count)))
    for number in free:
        telephony.assign(db, rt, account, number, since)
    db.commit()
    for extension in extensions:
        telephony.add_extension(db, rt, account, extension)
    today = rt.clock.now(db).date()
    old_number, previous_provider = porting
    req = telephony.request_porting(db, rt, account, [old_number], previous_provider,
                                    contract_end=today + timedelta(days=19),
                                    desired_date=today + timedelta(days=20),
                                    forward_to=free[0].number if free else None,
                                    show_old_caller_id=bool(free))
    telephony.advance_porting(db, rt, req.id, "confirmed", None, None)


def provisioning_order(db: Session, account: Account, now: datetime) -> Order:
    """Two desk phones, paid by card an hour ago, being set up (done within 1 to 2 working days)."""
    from provider.services.cart import quote

    q = quote(account, [_Item(None, "terminal_t33g", 2)])  # type: ignore[list-item]
    owner = db.scalar(select(User.id).where(User.account_id == account.id, User.role == "owner"))
    address = db.scalar(select(BillingAddress).where(BillingAddress.account_id == account.id,
                                                     BillingAddress.is_default.is_(True)))
    paid = now - timedelta(hours=1)
    text = "" if address is None else "\n".join(x for x in (
        address.company, address.name, address.street, f"{address.postal_code} {address.city}",
        address.country) if x)
    order = Order(account_id=account.id, placed_by=owner, status="provisioning", currency=q.currency,
                  net=q.totals.net, vat_rate_percent=q.totals.rate_percent, vat=q.totals.vat,
                  gross=q.totals.gross, reverse_charge=q.treatment.reverse_charge,
                  billing_address=text, payment_method="card", created_at=paid, paid_at=paid,
                  provisioning_due_at=provisioning_due(paid))
    order.items.extend(q.order_items())
    db.add(order)
    db.commit()
    return order

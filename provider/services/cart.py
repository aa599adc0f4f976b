"""The cart: one per account; add, edit, remove lines; totals with VAT from the provider."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from provider.db.models import Account, AccountService, Cart, CartItem, Order, OrderItem
from provider.domain import catalog
from provider.domain.cart_rules import package_problem
from provider.domain.errors import FieldError, NotFound, RuleViolation
from provider.domain.money import Totals, totals
from provider.domain.tax import TaxTreatment, tax_treatment
from provider.runtime import Runtime
from provider.services.price_book import LIST, PriceBook

MAX_LINES = 50


@dataclass(frozen=True)
class Line:
    item_id: int | None
    product: catalog.Product
    quantity: int
    months: int | None
    amount: Decimal | None
    unit_one_off: Decimal
    unit_monthly: Decimal
    net: Decimal


@dataclass(frozen=True)
class Quote:
    currency: str
    lines: list[Line]
    totals: Totals
    treatment: TaxTreatment

    def order_items(self) -> list[OrderItem]:
        """The quote's lines as an order's items, at the quoted prices."""
        return [OrderItem(product_code=ln.product.code, description=ln.product.name,
                          quantity=ln.quantity, months=ln.months, unit_one_off=ln.unit_one_off,
                          unit_monthly=ln.unit_monthly, net=ln.net) for ln in self.lines]


def treatment_of(account: Account) -> TaxTreatment:
    """VAT for the account's purchases, by where the seller is registered (read through the
    session the account was loaded in)."""
    from sqlalchemy.orm import object_session

    from provider.services import sellers

    db = object_session(account)
    seller_vat = sellers.registrations(db) if db is not None else sellers.registrations_of_process()
    return tax_treatment(account.country, business=account.kind == "business", seller_vat=seller_vat,
                         valid_eu_vat_number=bool(account.vat_number))


PACKAGES = [p.code for p in catalog.PRODUCTS if p.kind is catalog.Kind.PACKAGE]


def current_package(db: Session, account_id: int) -> str | None:
    """The account's package: all its users are in it (docs/product-rules.md#one-package). A
    package paid for and waiting to be set up is the account's already: a second, different one
    must not reach payment meanwhile."""
    active = db.scalar(select(AccountService.product).where(
        AccountService.account_id == account_id, AccountService.status == "active",
        AccountService.product.in_(PACKAGES)))
    if active is not None:
        return active
    return db.scalar(select(OrderItem.product_code).join(Order, Order.id == OrderItem.order_id).where(
        Order.account_id == account_id, Order.status.in_(("paid", "provisioning")),
        OrderItem.product_code.in_(PACKAGES)).order_by(Order.id).limit(1))


def find_cart(db: Session, account: Account) -> Cart | None:
    return db.scalar(select(Cart).where(Cart.account_id == account.id))


def get_cart(db: Session, rt: Runtime, account: Account) -> Cart:
    cart = find_cart(db, account)
    if cart is None:
        cart = Cart(account_id=account.id, updated_at=rt.clock.now(db))
        db.add(cart)
        db.flush()
    return cart


def quote(account: Account, items: list[CartItem], book: PriceBook | None = None) -> Quote:
    """The cart priced by `book` (the account's prices today; without one the list prices)."""
    book = book or LIST[account.currency]
    lines = []
    for item in items:
        prod = catalog.BY_CODE[item.product_code]
        one_off, monthly = book.unit_price(prod, item.amount)
        months = item.months or 1
        lines.append(Line(item.id, prod, item.quantity, item.months, item.amount, one_off, monthly,
                          book.item_net(prod, item.quantity, months, item.amount)))
    treatment = treatment_of(account)
    return Quote(account.currency, lines, totals((x.net for x in lines), treatment.rate_percent),
                 treatment)


def _invalid(errors: list[FieldError]) -> RuleViolation:
    return RuleViolation("validation", errors[0].message, 422, errors)


def add_item(db: Session, rt: Runtime, account: Account, code: str, quantity: int,
             months: int | None, amount: Decimal | None) -> Cart:
    errors = catalog.item_problems(code, quantity, months, amount)
    if errors:
        raise _invalid(errors)
    cart = get_cart(db, rt, account)
    if len(cart.items) >= MAX_LINES:
        raise RuleViolation.at_field("product", "cart.size", f"A cart holds at most {MAX_LINES} lines.")
    problem = package_problem([i.product_code for i in cart.items], current_package(db, account.id),
                              adding=code)
    if problem:
        raise _invalid([problem])
    kind = catalog.BY_CODE[code].kind
    cart.items.append(CartItem(product_code=code, quantity=quantity,
                               months=months if kind in (catalog.Kind.PACKAGE, catalog.Kind.NUMBER)
                               else None,
                               amount=amount, created_at=rt.clock.now(db)))
    cart.updated_at = rt.clock.now(db)
    db.commit()
    return cart


def update_item(db: Session, rt: Runtime, account: Account, item_id: int,
                changes: dict[str, object]) -> Cart:
    cart = get_cart(db, rt, account)
    item = next((i for i in cart.items if i.id == item_id), None)
    if item is None:
        raise NotFound("Cart item")
    # 0 is a quantity like any other (refused below with the field's rule), not "unchanged".
    asked = changes.get("quantity")
    quantity = item.quantity if asked is None else int(asked)  # type: ignore[call-overload]
    months = changes["months"] if "months" in changes else item.months
    amount = changes["amount"] if "amount" in changes else item.amount
    errors = catalog.item_problems(item.product_code, quantity, months, amount)  # type: ignore[arg-type]
    if errors:
        raise _invalid(errors)
    item.quantity, item.months, item.amount = quantity, months, amount  # type: ignore[assignment]
    cart.updated_at = rt.clock.now(db)
    db.commit()
    return cart


def remove_item(db: Session, rt: Runtime, account: Account, item_id: int) -> Cart:
    cart = get_cart(db, rt, account)
    item = next((i for i in cart.items if i.id == item_id), None)
    if item is None:
        raise NotFound("Cart item")
    cart.items.remove(item)
    cart.updated_at = rt.clock.now(db)
    db.commit()
    return cart

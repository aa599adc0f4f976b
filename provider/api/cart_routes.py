"""The cart and its totals (VAT computed here, returned before paying)."""

from __future__ import annotations

from fastapi import Response

from provider.api.deps import DB, BillingReadScope, ObjectId, RuntimeDep, ShopScope
from provider.api.routing import resource_router
from provider.api.schemas.cart import CartOut, ItemIn, ItemPatch, LineOut
from provider.db.models import Account, Cart
from provider.runtime import Runtime
from provider.services import cart as carts
from provider.services import price_book

router = resource_router(tags=["shop"])


def cart_out(db: DB, rt: Runtime, account: Account, cart: Cart | None) -> CartOut:
    """The cart at the prices the account pays today (a reseller's customer: its retail prices)."""
    book = price_book.for_account(db, account, rt.clock.now(db).date())
    q = carts.quote(account, list(cart.items) if cart else [], book)
    return CartOut(
        currency=q.currency,
        items=[LineOut(id=ln.item_id, product=ln.product.code, name=ln.product.name,
                       quantity=ln.quantity, months=ln.months, amount=ln.amount,
                       unit_one_off=ln.unit_one_off, unit_monthly=ln.unit_monthly, net=ln.net)
               for ln in q.lines],
        net=q.totals.net, vat_rate_percent=q.totals.rate_percent, vat=q.totals.vat,
        gross=q.totals.gross, reverse_charge=q.treatment.reverse_charge,
        reverse_charge_note=q.treatment.note)


@router.get("/accounts/{account_id}/cart", response_model=CartOut)
def get_cart(scope: BillingReadScope, db: DB, rt: RuntimeDep) -> CartOut:
    """The cart with its totals: VAT from the account's country, computed here."""
    return cart_out(db, rt, scope.account, carts.find_cart(db, scope.account))


@router.post("/accounts/{account_id}/cart/items", status_code=201, response_model=CartOut)
def add_item(body: ItemIn, scope: ShopScope, db: DB, rt: RuntimeDep) -> CartOut:
    cart = carts.add_item(db, rt, scope.account, body.product, body.quantity, body.months,
                          body.amount)
    return cart_out(db, rt, scope.account, cart)


@router.patch("/accounts/{account_id}/cart/items/{item_id}", response_model=CartOut)
def update_item(item_id: ObjectId, body: ItemPatch, scope: ShopScope, db: DB, rt: RuntimeDep) -> CartOut:
    cart = carts.update_item(db, rt, scope.account, item_id, body.model_dump(exclude_unset=True))
    return cart_out(db, rt, scope.account, cart)


@router.delete("/accounts/{account_id}/cart/items/{item_id}", status_code=204)
def remove_item(item_id: ObjectId, scope: ShopScope, db: DB, rt: RuntimeDep) -> Response:
    carts.remove_item(db, rt, scope.account, item_id)
    return Response(status_code=204)

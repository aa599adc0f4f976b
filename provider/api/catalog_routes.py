"""The catalog. Public, like a shop window: prices are no secret, and the registration wizard
shows them before there is an account. VAT is added per account at checkout."""

from __future__ import annotations

from typing import Literal

from provider.api.routing import resource_router
from provider.api.schemas.catalog import ProductOut
from provider.domain import catalog

router = resource_router(tags=["shop"])


def product_out(p: catalog.Product, currency: str, price: catalog.Price) -> ProductOut:
    return ProductOut(
        code=p.code, kind=p.kind.value, name=p.name, description=p.description,
        purchasable=p.purchasable, currency=currency, one_off=price.one_off,
        monthly=price.monthly, per_user=p.kind is catalog.Kind.PACKAGE,
        durations=list(catalog.DURATIONS) if p.kind in (catalog.Kind.PACKAGE, catalog.Kind.NUMBER)
        else [],
        amount_min=catalog.CREDIT_MIN if p.kind is catalog.Kind.CREDIT else None,
        amount_max=catalog.CREDIT_MAX if p.kind is catalog.Kind.CREDIT else None,
    )


@router.get("/catalog", response_model=list[ProductOut])
def list_catalog(currency: Literal["CHF", "EUR"] = "CHF") -> list[ProductOut]:
    """The list prices (a reseller's customers pay its retail prices: /accounts/{id}/catalog)."""
    return [product_out(p, currency, p.price(currency)) for p in catalog.PRODUCTS]

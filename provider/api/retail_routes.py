"""A reseller's price list: retail prices per product and currency and call tariffs per zone,
each from a date, over the wholesale prices it pays (reseller staff, their own account only);
and every account's catalog at the prices it pays today (docs/resellers.md#retail-prices)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Path, Response

from provider.api.catalog_routes import product_out
from provider.api.deps import DB, BillingReadScope, ResellerScope, RuntimeDep
from provider.api.routing import resource_router
from provider.api.schemas.retail import (
    AccountCatalog,
    CallRateOut,
    CallTariffIn,
    CallTariffOut,
    RetailPriceIn,
    RetailPriceList,
    RetailPriceOut,
    StatementRowOut,
    StatementTotalOut,
    WholesaleOut,
    WholesaleStatementOut,
)
from provider.domain import catalog, rating, retail
from provider.services import price_book, retail_prices, wholesale

router = resource_router(tags=["resellers"])


def _wholesale() -> list[WholesaleOut]:
    out = []
    for p in catalog.PRODUCTS:
        if not p.purchasable or p.kind is catalog.Kind.CREDIT:
            continue
        for currency in catalog.CURRENCIES:
            listed, whole = p.price(currency), retail.wholesale_price(p, currency)
            out.append(WholesaleOut(product=p.code, currency=currency, list_one_off=listed.one_off,
                                    list_monthly=listed.monthly, wholesale_one_off=whole.one_off,
                                    wholesale_monthly=whole.monthly))
    return out


@router.get("/accounts/{account_id}/retail-prices", response_model=RetailPriceList)
def list_retail_prices(scope: ResellerScope, db: DB, rt: RuntimeDep) -> RetailPriceList:
    rows = retail_prices.prices(db, scope.account)
    today = rt.clock.now(db).date()
    return RetailPriceList(prices=[RetailPriceOut.model_validate(r) for r in rows], wholesale=_wholesale(),
                           earliest_rise=retail.earliest_start(today, raises=True))


@router.post("/accounts/{account_id}/retail-prices", response_model=RetailPriceOut, status_code=201)
def set_retail_price(body: RetailPriceIn, scope: ResellerScope, db: DB, rt: RuntimeDep) -> RetailPriceOut:
    row = retail_prices.set_price(db, rt, scope.account, body.product, body.currency, body.one_off,
                                  body.monthly, body.effective_from)
    return RetailPriceOut.model_validate(row)


@router.get("/accounts/{account_id}/call-tariffs", response_model=list[CallTariffOut])
def list_call_tariffs(scope: ResellerScope, db: DB) -> list[CallTariffOut]:
    return [CallTariffOut.model_validate(r) for r in retail_prices.tariffs(db, scope.account)]


@router.post("/accounts/{account_id}/call-tariffs", response_model=CallTariffOut, status_code=201)
def set_call_tariff(body: CallTariffIn, scope: ResellerScope, db: DB, rt: RuntimeDep) -> CallTariffOut:
    row = retail_prices.set_tariff(db, rt, scope.account, body.zone, body.currency, body.markup_percent,
                                   body.per_minute, body.effective_from)
    return CallTariffOut.model_validate(row)


@router.get("/accounts/{account_id}/catalog", response_model=AccountCatalog)
def account_catalog(scope: BillingReadScope, db: DB, rt: RuntimeDep) -> AccountCatalog:
    """The shop as this account sees it today: a reseller's customer at the reseller's prices."""
    account = scope.account
    book = price_book.for_account(db, account, rt.clock.now(db).date())
    return AccountCatalog(
        products=[product_out(p, account.currency, book.price(p)) for p in catalog.PRODUCTS],
        call_rates=[CallRateOut(zone=z, currency=account.currency, per_minute=book.call_rate(z))
                    for z in rating.ZONES])


Period = Annotated[str, Path(pattern=r"^\d{4}-(0[1-9]|1[0-2])$", description="The month, YYYY-MM")]


@router.get("/accounts/{account_id}/wholesale-statements/{period}", response_model=WholesaleStatementOut)
def wholesale_statement(period: Period, scope: ResellerScope, db: DB) -> WholesaleStatementOut:
    """The month's margin report: per customer retail billed, wholesale owed and margin."""
    st = wholesale.statement(db, scope.account, period)
    return WholesaleStatementOut(
        period=st.period,
        rows=[StatementRowOut(account_id=r.account_id, user_id=r.user_id, name=r.name, currency=r.currency,
                              invoices=r.invoices, retail=r.retail, wholesale=r.wholesale, margin=r.margin)
              for r in st.rows],
        totals=[StatementTotalOut(currency=c, **t) for c, t in sorted(st.totals().items())])


@router.get("/accounts/{account_id}/wholesale-statements/{period}/csv", response_class=Response,
            responses={200: {"content": {"text/csv": {}}, "description": "The statement as CSV"}})
def wholesale_statement_csv(period: Period, scope: ResellerScope, db: DB) -> Response:
    text = wholesale.csv_text(wholesale.statement(db, scope.account, period))
    return Response(text.encode("utf-8-sig"), media_type="text/csv; charset=utf-8", headers={
        "Content-Disposition": f'attachment; filename="wholesale-{period}.csv"'})

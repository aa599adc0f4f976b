"""Reseller back office: list, search and create customer accounts, and the consolidated view.
Acting for a customer uses the customer's own routes, /accounts/{customer_id}/..."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal

from fastapi import Query

from provider.api import cursors
from provider.api.deps import DB, MAX_ID, ResellerScope, RuntimeDep
from provider.api.routing import in_thread, resource_router
from provider.api.schemas.accounts import RegistrationIn
from provider.api.schemas.resellers import CustomerOut, CustomerPage, OpenInvoiceOut, Overview
from provider.db.models import Account
from provider.services import accounts, resellers

router = resource_router(tags=["resellers"])
AmountQuery = Query(ge=-10**9, le=10**9, decimal_places=2)
# Checked by CustomerSort.parse rather than as a Literal, so that a wrong value is answered with
# the allowed ones; the enum documents them.
SortQuery = Annotated[str | None, Query(
    max_length=20, json_schema_extra={"enum": list(resellers.SORTS)},
    description="Sort key, '-' first for descending; ties by id in the same direction. Without it: by id")]
CursorQuery = Annotated[str | None, Query(
    max_length=600, description="next_cursor of the previous page, with the same sort")]


def _customer_out(a: Account, balance: Decimal, open_invoices: int, open_amount: Decimal) -> CustomerOut:
    return CustomerOut(id=a.id, user_id=a.user_id, name=a.name, company_name=a.company_name,
                       country=a.country, currency=a.currency, status=a.status, balance=balance,
                       open_invoices=open_invoices, open_amount=open_amount)


@router.get("/accounts/{account_id}/customers", response_model=CustomerPage)
@in_thread  # sorts and filters over all of a reseller's customers (10,000 and more)
def list_customers(scope: ResellerScope, db: DB, q: Annotated[str | None, Query(max_length=100)] = None,
                   sort: SortQuery = None, cursor: CursorQuery = None,
                   limit: Annotated[int, Query(ge=1, le=200)] = 50,
                   status: Annotated[Literal["active", "closed"] | None, Query()] = None,
                   balance_below: Annotated[Decimal | None, AmountQuery] = None,
                   balance_at_least: Annotated[Decimal | None, AmountQuery] = None,
                   open_invoices: bool | None = None) -> CustomerPage:
    order = resellers.CustomerSort.parse(sort)
    after = cursors.decode_sorted(cursor, order.token, order.kinds, MAX_ID) if cursor is not None else None
    narrow = resellers.CustomerFilter(status=status, balance_below=balance_below,
                                      balance_at_least=balance_at_least, open_invoices=open_invoices)
    found = resellers.search(db, scope.account, q, after, limit + 1, narrow, order)
    more, found = len(found) > limit, found[:limit]
    rows = [r.account for r in found]
    ids = [a.id for a in rows]
    bal, opened = resellers.balances(db, ids), resellers.open_invoices(db, ids)
    items = [_customer_out(a, bal.get(a.id, Decimal("0.00")), *opened.get(a.id, (0, Decimal("0.00"))))
             for a in rows]
    next_cursor = cursors.encode(order.token, *found[-1].key) if more else None
    return CustomerPage(items=items, next_cursor=next_cursor)


@router.post("/accounts/{account_id}/customers", response_model=CustomerOut, status_code=201)
def create_customer(body: RegistrationIn, scope: ResellerScope, db: DB, rt: RuntimeDep) -> CustomerOut:
    data = body.model_dump()
    data["address"] = accounts.AddressInput(**data["address"])
    a = resellers.create_customer(db, rt, scope.account, accounts.Registration(**data))
    return _customer_out(a, Decimal("0.00"), 0, Decimal("0.00"))


@router.get("/accounts/{account_id}/reseller-overview", response_model=Overview)
@in_thread  # sums every invoice of every customer
def overview(scope: ResellerScope, db: DB, rt: RuntimeDep) -> Overview:
    data = resellers.overview(db, scope.account, rt.clock.now(db))
    oldest = [OpenInvoiceOut.model_validate(i) for i in resellers.open_invoice_list(db, scope.account, 50)]
    return Overview(oldest_open=oldest, **data)  # type: ignore[arg-type]

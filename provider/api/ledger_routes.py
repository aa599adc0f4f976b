"""The prepaid ledger: its entries, and usage debits (posted by call rating and the sandbox
call generator; a retried debit with the same Idempotency-Key is booked once)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Header, Query

from provider.api.deps import DB, MAX_ID, BillingReadScope, PaymentsScope, RuntimeDep
from provider.api.routing import resource_router
from provider.api.schemas.ledger import LedgerEntryOut, UsageDebitIn, UsageDebitOut
from provider.services import idempotency, ledger, usage

router = resource_router(tags=["prepaid ledger"])


@router.get("/accounts/{account_id}/ledger", response_model=list[LedgerEntryOut])
def list_entries(scope: BillingReadScope, db: DB,
                 before_id: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
                 limit: Annotated[int, Query(ge=1, le=500)] = 100) -> list[LedgerEntryOut]:
    return [LedgerEntryOut.model_validate(e)
            for e in ledger.entries(db, scope.account, before_id, limit)]


@router.post("/accounts/{account_id}/ledger/usage-debits", status_code=201,
             response_model=UsageDebitOut)
def usage_debit(body: UsageDebitIn, scope: PaymentsScope, db: DB, rt: RuntimeDep,
                idempotency_key: Annotated[str | None, Header(alias="Idempotency-Key")] = None,
                ) -> UsageDebitOut:
    key = idempotency.check_key(idempotency_key)
    result = usage.debit(db, rt, scope.account, body.amount, body.description, key)
    return UsageDebitOut(entry=LedgerEntryOut.model_validate(result.entry), balance=result.balance)

"""Typed rows of the dashboard's reads: a prepaid ledger entry. The store keeps the provider's JSON
(so fields this client does not know yet survive); these parse it, once, in one place."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from desktop.api_client.parsing import money
from desktop.api_client.parsing import timestamp as _dt


@dataclass(frozen=True)
class LedgerRow:
    id: int
    created_at: datetime
    kind: str  # top_up | usage | renewal | refund | reversal
    amount: Decimal  # credit positive, debit negative

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> LedgerRow:
        return cls(id=int(d["id"]), created_at=_dt(d["created_at"]),  # type: ignore[arg-type]
                   kind=str(d["kind"]), amount=money(d["amount"]))

"""Reading a whole list the provider pages by `before_id` (the ledger, the orders). Blocking, like
ApiClient: call through desktop.tasks.Op."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.api_client.client import AccountRoutes


def newest_first(routes: AccountRoutes, path: str, page_size: int, newer_than: int = 0,
                 check: Callable[[dict[str, Any]], object] | None = None) -> list[dict[str, Any]]:
    """Every row of the account's list at `path`, newest first, as the provider's JSON; with
    `newer_than`, only the rows with a larger id (the paging stops at the first older one, so a
    resync of an append-only list asks only for what is new). `check` reads each row as its
    record type would, so a malformed row fails the read here instead of reaching the store."""
    out: list[dict[str, Any]] = []
    before: int | None = None
    while True:
        params: dict[str, Any] = {"limit": page_size}
        if before is not None:
            params["before_id"] = before
        rows = list(routes.client.request("GET", f"{routes.base}{path}", params=params) or [])
        if check is not None:
            for row in rows:
                check(row)
        fresh = [r for r in rows if int(r["id"]) > newer_than]
        out += fresh
        if len(rows) < page_size or len(fresh) < len(rows):
            return out
        before = int(rows[-1]["id"])

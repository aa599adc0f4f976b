"""What a bench's page is shown with when it measures the local store, not the network: a
business user's Me, and a page context whose sources read the store offline."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def offline_context(store_path: Path, *, role: str, balance: str) -> tuple[Any, Any, Any]:
    """(me, page context, store) over the store at `store_path`; the caller closes the store.
    Imported late, as the benches time the app's first imports apart."""
    from desktop.api_client.types import Me
    from desktop.sources import Sources
    from desktop.store import LocalStore
    from desktop.views.pages import PageContext

    store = LocalStore(store_path)
    me = Me.from_json({"user": {"id": 1, "email": "b@x.example", "name": "B", "role": role},
                       "account": {"id": 1, "user_id": "52718", "kind": "business", "structure": "collective",
                                   "name": "Bench", "country": "CH", "currency": "CHF", "language": "en",
                                   "balance": balance},
                       "permissions": ["billing.read", "billing.payments"]})
    return me, PageContext(me, Sources.of(None, me.account, store=store, offline=True)), store

"""Local-store sync: the initial sync of 10,000 invoices, and a resync with nothing new.

A sandbox provider (SQLite, its own data folder) gets a fresh private account whose 10,000
invoices are inserted in bulk straight into the provider's database (one item each, no calls).
Measured through the real HTTP API: the initial sync (feed pages of 500 plus each invoice's
detail, four in flight) into an empty store, then the median of 20 no-change syncs (goal: under
200 ms; it is one request). Floor, same run: the median GET /me round trip.

    python bench/sync.py       last line: bench sync: X ms no-change resync (goal < 200 ms) PASS|MISS
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._sandbox import sandbox_provider  # noqa: E402
from bench._verdict import verdict  # noqa: E402
from desktop.api_client.invoices import InvoicesApi  # noqa: E402
from desktop.store import LocalStore  # noqa: E402
from desktop.store.sync import sync  # noqa: E402
from tests.desktop.helpers import private_single  # noqa: E402

INVOICES = 10_000
GOAL_MS = 200.0


def seed(db_path: Path, account_id: int) -> None:
    from sqlalchemy import create_engine, insert

    from provider.db.models import Invoice, InvoiceItem

    engine = create_engine(f"sqlite:///{db_path}")
    base = datetime(2026, 1, 1, tzinfo=UTC)
    rows, items = [], []
    for n in range(INVOICES):
        issued = base + timedelta(minutes=n)
        rows.append({"id": 900_000 + n, "account_id": account_id, "kind": "invoice",
                     "number": f"2099-{n:06d}", "period": f"{1000 + n // 12:04d}-{n % 12 + 1:02d}",
                     "period_start": issued.date(), "period_end": issued.date(), "credit_of_id": None,
                     "issued_at": issued, "due_on": issued.date(), "currency": "CHF",
                     "net": Decimal("10.00"), "vat_rate_percent": Decimal("8.1"), "vat": Decimal("0.81"),
                     "gross": Decimal("10.81"), "reverse_charge": False, "customer": "Bench\nStreet 1",
                     "call_count": 0, "payment_method": "bank_transfer",
                     "payment_reference": "000000000001202600000001884", "status": "paid",
                     "paid_at": issued, "payment_id": None, "reminders": 0, "last_reminder_at": None,
                     "updated_at": issued})
        items.append({"invoice_id": 900_000 + n, "position": 1, "kind": "recurring",
                      "description": "PBX Business, per user", "quantity": 1, "first_day": None,
                      "last_day": None, "amount": Decimal("10.00")})
    with engine.begin() as conn:
        conn.execute(insert(Invoice), rows)
        conn.execute(insert(InvoiceItem), items)
    engine.dispose()


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp, sandbox_provider(Path(tmp), 90) as (client, db):
        me = client.register(private_single(f"bench-{uuid.uuid4().hex[:8]}@example.ch"))
        seed(db, me.account.id)
        api = InvoicesApi(client, me.account.id)
        store = LocalStore(Path(tmp) / "store.sqlite3")
        t = time.perf_counter()
        first = sync(api, store, full=True)
        initial = time.perf_counter() - t
        assert store.count() == INVOICES and not store.missing_details(), "initial sync incomplete"
        floor, resync, requests = [], [], set()
        for _ in range(20):
            t = time.perf_counter()
            client.me()
            floor.append(time.perf_counter() - t)
            t = time.perf_counter()
            result = sync(api, store)
            resync.append(time.perf_counter() - t)
            requests.add(result.requests)
            assert result.changed == 0
        store.close()
    median = statistics.median(resync) * 1000
    print(f"initial sync: {INVOICES} invoices with details in {initial:.1f} s "
          f"({first.requests} requests, {INVOICES / initial:.0f} invoices/s)")
    print(f"floor GET /me: {statistics.median(floor) * 1000:.1f} ms; no-change resync: {median:.1f} ms "
          f"(requests per resync: {sorted(requests)})")
    ok = median < GOAL_MS and requests == {1}
    return verdict("sync", f"{median:.1f} ms no-change resync (goal < {GOAL_MS:.0f} ms)", ok)


if __name__ == "__main__":
    sys.exit(main())

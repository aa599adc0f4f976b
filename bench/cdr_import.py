"""bench cdr_import: a switch's call-record file of 1,000,000 records (Asterisk Master.csv)
imported on PostgreSQL: every line read and checked, its customer found, zone and price rated,
the calls stored (COPY), prepaid accounts debited, all in one transaction.

Loads a fresh database (not timed) with 1,000 accounts (CH and DE; a third postpaid), writes
the CSV to a temporary file, then times provider.services.call_import.import_calls on it.
Floor, in the same run: a plain COPY of the same rows, already rated, into call_records (the
least any import must write). Goal: at least 50,000 records/s.

Usage: python bench/cdr_import.py [--records N] [--accounts N] [--pg URL]
"""

from __future__ import annotations

import argparse
import io
import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._scratch_db import (
    copy_business_accounts,
    psycopg_dsn,
    scalars,
    scratch_database,
)
from bench._verdict import verdict

GOAL = 50_000.0
DESTINATIONS = ("044", "031", "079", "076", "0049301", "0033142", "001212", "0041")


def account(i: int) -> tuple[str, str, str | None, str, str]:
    """Every fourth account German, paying in EUR; the name is the company's."""
    country, currency = ("DE", "EUR") if i % 4 == 0 else ("CH", "CHF")
    return f"Firma {i} AG", f"Firma {i} AG", None, country, currency


def load_accounts(url: str, accounts: int) -> None:
    import psycopg

    created = datetime(2025, 1, 1, tzinfo=UTC)
    with psycopg.connect(psycopg_dsn(url)) as conn, conn.cursor() as cur:
        copy_business_accounts(cur, accounts, created, account)
        with cur.copy("COPY subscriptions (account_id, product_code, users, currency, billing, status, "
                      "started_on, created_at, updated_at) FROM STDIN") as cp:
            for i in range(1, accounts + 1, 3):
                cp.write_row((i, "pbx_business", 5, "EUR" if i % 4 == 0 else "CHF", "postpaid",
                              "active", created.date(), created, created))
        conn.commit()


def write_csv(path: Path, records: int, accounts: int) -> None:
    rng = random.Random(16)
    start = datetime(2026, 3, 1)
    with path.open("w", encoding="utf-8", newline="") as out:
        buf = io.StringIO()
        for n in range(records):
            aid = rng.randrange(1, accounts + 1)
            at = (start + timedelta(seconds=rng.randrange(28 * 86400))).strftime("%Y-%m-%d %H:%M:%S")
            dst = rng.choice(DESTINATIONS) + f"{rng.randrange(10_000_000):07d}"
            duration = min(int(rng.lognormvariate(4.6, 1.0)), 7200)
            answered = rng.random() > 0.12
            billsec = max(duration - 5, 0) if answered else 0
            buf.write(f'"{100000 + aid}","4144555{aid:04d}","{dst}","from-internal",'
                      f'"""Firma {aid}"" <4144555{aid:04d}>","SIP/{aid}-{n:08x}","SIP/trunk-{n:08x}",'
                      f'"Dial","SIP/trunk/{dst},60","{at}","{at}","{at}",{duration},{billsec},'
                      f'"{"ANSWERED" if answered else "NO ANSWER"}","DOCUMENTATION",'
                      f'"1709251200.{n}",""\n')
            if n % 100_000 == 99_999:
                out.write(buf.getvalue())
                buf = io.StringIO()
        out.write(buf.getvalue())


def floor_copy(url: str, data: bytes) -> float:
    """The same rows, parsed and rated beforehand, copied into call_records; rolled back."""
    import psycopg

    from provider.domain import call_records_csv as cdr
    from provider.domain.call_zones import zone_of
    from provider.domain.rating import rate_call

    lines, errors, _ = cdr.parse(io.StringIO(data.decode(), newline=""))
    assert not errors
    prices: dict[tuple[str, int, str], object] = {}
    buf = io.StringIO()
    for ln in lines:
        aid = int(ln.account_code) - 100000
        country, currency = ("DE", "EUR") if aid % 4 == 0 else ("CH", "CHF")
        zone = zone_of(ln.dialled, country)
        key = (zone, ln.billed_s, currency)
        if key not in prices:
            prices[key] = rate_call(zone, ln.billed_s, currency)
        buf.write(f"{aid}\t{ln.started_at.isoformat()}\t{ln.caller}\t{ln.dialled}\t{zone}\t"
                  f"{ln.billed_s}\t{prices[key]}\t{currency}\tt\n")
    payload = buf.getvalue()
    with psycopg.connect(psycopg_dsn(url)) as conn, conn.cursor() as cur:
        t0 = time.perf_counter()
        with cur.copy("COPY call_records (account_id, started_at, from_number, to_number, zone, "
                      "duration_s, price, currency, prepaid) FROM STDIN") as cp:
            for i in range(0, len(payload), 1 << 20):
                cp.write(payload[i:i + (1 << 20)])
        elapsed = time.perf_counter() - t0
        conn.rollback()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--accounts", type=int, default=1_000)
    parser.add_argument("--pg", default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    args = parser.parse_args()

    from provider.db.migrate import upgrade
    from provider.runtime import Runtime
    from provider.services.call_import import import_calls
    from provider.settings import Settings

    with scratch_database(args.pg) as url, tempfile.TemporaryDirectory() as tmp:
        upgrade(url)
        load_accounts(url, args.accounts)
        path = Path(tmp) / "Master.csv"
        write_csv(path, args.records, args.accounts)
        data = path.read_bytes()
        print(f"file: {args.records} records, {len(data) / 1e6:.0f} MB")
        floor = floor_copy(url, data)
        print(f"floor: COPY of the rated rows: {floor:.1f} s ({args.records / floor:,.0f} records/s)")
        rt = Runtime.create(Settings(database_url=url, data_dir=Path(tmp)))
        try:
            t0 = time.perf_counter()
            with rt.sessions() as db:
                result = import_calls(db, rt, path.read_bytes(), "Master.csv", "bench")
                elapsed = time.perf_counter() - t0
                again = import_calls(db, rt, data, "Master.csv", "bench")
        finally:
            rt.close()
        stored, debits = scalars(url, "SELECT count(*) FROM call_records",
                                 "SELECT count(*) FROM ledger_entries WHERE kind = 'usage'")
    rate = result.records / elapsed
    print(f"import: {result.records} records in {elapsed:.1f} s ({elapsed / floor:.1f}x the floor); "
          f"stored {stored}; prepaid debits {debits}; second import changed nothing: "
          f"{again.already_imported}")
    ok = rate >= GOAL and stored == args.records and again.already_imported
    return verdict("cdr_import", f"{rate:,.0f} records/s (goal >= {GOAL:,.0f})", ok)


if __name__ == "__main__":
    sys.exit(main())

"""bench invoice_run: the monthly invoice run on PostgreSQL for 10,000 accounts with 1,000,000
call records of the month.

Loads a fresh database with COPY (not timed): 10,000 postpaid business accounts (CH and DE),
each with a recurring users fee and a one-off item, and 1,000,000 rated calls spread over the
month. Then times provider.services.invoicing.run_period for that month: aggregation in SQL,
10,000 invoices with gapless numbers, their items, and every call frozen onto its invoice.

Floor, in the same run on the same data: a plain `SELECT account_id, sum(price) ... GROUP BY
account_id` over the month's calls (the least any run must read). Goal: the run < 60 s on 2 cores.

Usage: python bench/invoice_run.py [--accounts N] [--calls N] [--pg URL]
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

from sqlalchemy import create_engine, text

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._scratch_db import add_pg_option, copy_business_accounts, psycopg_dsn, scratch_database
from bench._verdict import verdict

GOAL_S = 60.0
YEAR, MONTH = 2026, 3


def account(i: int) -> tuple[str, str, str | None, str, str]:
    """Every third account German, with a VAT number, paying in EUR."""
    if i % 3 == 0:
        return f"Firma {i}", f"Firma {i} AG", "DE136695976", "DE", "EUR"
    return f"Firma {i}", f"Firma {i} AG", None, "CH", "CHF"


def load(url: str, accounts: int, calls: int) -> None:
    import psycopg

    from provider.domain.rating import rate_call

    rng = random.Random(5)
    start = datetime(YEAR, MONTH, 1, tzinfo=UTC)
    created = start - timedelta(days=400)
    with psycopg.connect(psycopg_dsn(url)) as conn, conn.cursor() as cur:
        copy_business_accounts(cur, accounts, created, account)
        with cur.copy("COPY subscriptions (account_id, product_code, users, currency, billing, status, "
                      "started_on, created_at, updated_at) FROM STDIN") as cp:
            for i in range(1, accounts + 1):
                cp.write_row((i, "pbx_business", 5, "EUR" if i % 3 == 0 else "CHF", "postpaid", "active",
                              created.date(), created, created))
        with cur.copy("COPY recurring_charges (account_id, kind, product_code, description, quantity, "
                      "unit_monthly, currency, starts_on) FROM STDIN") as cp:
            for i in range(1, accounts + 1):
                eur = i % 3 == 0
                cp.write_row((i, "users", "pbx_business", "PBX Business, per user", 5,
                              "13.50" if eur else "14.90", "EUR" if eur else "CHF",
                              (start + timedelta(days=i % 28)).date() if i % 10 == 0 else created.date()))
        with cur.copy("COPY one_off_items (account_id, description, amount, currency, occurred_on, "
                      "created_at) FROM STDIN") as cp:
            for i in range(1, accounts + 1, 4):
                cp.write_row((i, "Desk phone Yealink T33G", "89.00", "EUR" if i % 3 == 0 else "CHF",
                              (start + timedelta(days=3)).date(), start))
        zones = ("national_fixed", "national_mobile", "europe", "world")
        prices = {(c, z, d): str(rate_call(z, d, c)) for c in ("CHF", "EUR") for z in zones
                  for d in range(0, 1801)}
        span = 28 * 86400
        buf = io.StringIO()
        with cur.copy("COPY call_records (account_id, started_at, from_number, to_number, zone, "
                      "duration_s, price, currency, prepaid) FROM STDIN") as cp:
            for n in range(calls):
                aid = rng.randrange(1, accounts + 1)
                cur_ = "EUR" if aid % 3 == 0 else "CHF"
                zone = zones[rng.randrange(4) if rng.random() < 0.3 else 0]
                d = rng.randrange(0, 1801)
                at = start + timedelta(seconds=rng.randrange(span))
                buf.write(f"{aid}\t{at.isoformat()}\t41440000{aid:06d}\t4131{n % 10_000_000:07d}\t{zone}\t"
                          f"{d}\t{prices[(cur_, zone, d)]}\t{cur_}\tf\n")
                if n % 50_000 == 49_999:
                    cp.write(buf.getvalue())
                    buf = io.StringIO()
            cp.write(buf.getvalue())
        conn.commit()
        cur.execute("ANALYZE")


SELLER_TOML = """name = "Switchboard AG"
street = "Technoparkstrasse 1"
postal_code = "8005"
city = "Zürich"
country = "CH"
[vat]
CH = "CHE-109.322.551 MWST"
DE = "DE136695976"
[[bank_accounts]]
currency = "CHF"
iban = "CH4431999123000889012"
reference_type = "QRR"
[[bank_accounts]]
currency = "EUR"
iban = "DE89370400440532013000"
bic = "COBADEFFXXX"
reference_type = "SCOR"
"""


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--accounts", type=int, default=10_000)
    parser.add_argument("--calls", type=int, default=1_000_000)
    add_pg_option(parser)
    args = parser.parse_args()
    # A database of its own, dropped afterwards whatever happens.
    with scratch_database(args.pg) as url:
        return measure(url, args.accounts, args.calls)


def measure(url: str, accounts: int, calls: int) -> int:
    from provider.db.migrate import upgrade
    from provider.runtime import Runtime
    from provider.services import invoicing
    from provider.settings import Settings

    upgrade(url)
    t0 = time.perf_counter()
    load(url, accounts, calls)
    print(f"loaded {accounts} accounts and {calls} calls in {time.perf_counter() - t0:.1f} s")

    engine = create_engine(url)
    start = datetime(YEAR, MONTH, 1, tzinfo=UTC)
    end = datetime(YEAR, MONTH + 1, 1, tzinfo=UTC)
    with engine.connect() as conn:
        t0 = time.perf_counter()
        groups = conn.execute(text("SELECT account_id, sum(price) FROM call_records WHERE started_at >= :s "
                                   "AND started_at < :e GROUP BY account_id"), {"s": start, "e": end}).all()
        floor = time.perf_counter() - t0
    print(f"floor: GROUP BY over the calls: {floor:.2f} s ({len(groups)} accounts)")

    # A production runtime invoices under the seller of its settings file: the sandbox's values.
    seller_file = Path(tempfile.mkdtemp()) / "seller.toml"
    seller_file.write_text(SELLER_TOML, encoding="utf-8")
    rt = Runtime.create(Settings(database_url=url, data_dir=Path(tempfile.mkdtemp()),
                                 seller_file=seller_file))
    try:
        t0 = time.perf_counter()
        issued = invoicing.run_period(rt, YEAR, MONTH)
        elapsed = time.perf_counter() - t0
        again = invoicing.run_period(rt, YEAR, MONTH)
    finally:
        rt.close()
    with engine.connect() as conn:
        frozen = conn.scalar(text("SELECT count(*) FROM call_records WHERE invoice_id IS NOT NULL"))
        seqs = conn.execute(text("SELECT min(number), max(number), count(*) FROM invoices")).one()
        mismatch = conn.scalar(text(
            "SELECT count(*) FROM invoices i WHERE i.net <> (SELECT sum(amount) FROM invoice_items "
            "WHERE invoice_id = i.id)"))
    engine.dispose()
    print(f"run: {issued} invoices in {elapsed:.1f} s ({elapsed / floor:.1f}x the floor); "
          f"second run issued {again}; calls frozen {frozen}; numbers {seqs[0]}..{seqs[1]} "
          f"({seqs[2]}); totals not matching items: {mismatch}")
    ok = (elapsed < GOAL_S and issued == accounts and again == 0 and frozen == calls
          and mismatch == 0)
    return verdict("invoice_run", f"{elapsed:.1f} s (goal < {GOAL_S:.0f} s)", ok)


if __name__ == "__main__":
    sys.exit(main())

"""bench camt_import: a bank statement (camt.053) with 1,000 credits against 1,000 open invoices,
imported on PostgreSQL: the file read and checked against its ISO 20022 schema, every booking
stored once, matched by QR reference (exact, partial, overpaid into prepaid credit, unknown
reference, no reference), invoices settled and receipts queued, in one transaction; then the
same file again, which must book nothing.

Loads a fresh database (not timed) with 1,000 accounts and 1,000 open CHF invoices. Floor, in
the same run: reading and checking the same file alone (provider/bank/camt.py), the least any
import must do. Goal: the whole import under 2 s.

Usage: python bench/camt_import.py [--credits N] [--pg URL]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import create_engine

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._scratch_db import scalars, scratch_database
from bench._verdict import verdict
from bench.cdr_import import load_accounts

GOAL_S = 2.0
# Of every 20 credits: 12 pay their invoice exactly, 3 in part, 2 too much, 2 name a reference
# that is not ours, 1 names none.
MIX = ("exact",) * 12 + ("partial",) * 3 + ("overpaid",) * 2 + ("unknown",) * 2 + ("none",)
EXPECTED = {"paid": 12, "partial": 3, "overpaid": 2, "unmatched": 3}


def load_invoices(url: str, count: int, accounts: int) -> list[tuple[str, Decimal]]:
    """Open CHF invoices of the Swiss accounts: (QR reference, gross) each."""
    from sqlalchemy.orm import Session

    from provider.db.models import Invoice
    from provider.domain.payment_refs import qr_reference

    rng = random.Random(53)
    swiss = [i for i in range(1, accounts + 1) if i % 4 != 0]
    now = datetime(2026, 3, 1, tzinfo=UTC)
    out = []
    engine = create_engine(url)
    with Session(engine) as db:
        for n in range(1, count + 1):
            aid = swiss[n % len(swiss)]
            gross = Decimal(rng.randrange(2_000, 90_000)) / 100
            ref = qr_reference(aid, n, 2026)
            db.add(Invoice(account_id=aid, kind="invoice", number=f"2026-{n:06d}",
                           period=f"{1000 + n:04d}-01",
                           period_start=now.date(), period_end=now.date(), issued_at=now,
                           due_on=now.date() + timedelta(days=30), currency="CHF", net=gross,
                           vat_rate_percent=Decimal("0"), vat=Decimal("0.00"), gross=gross,
                           reverse_charge=False, customer=f"Firma {aid} AG", call_count=0,
                           payment_method="bank_transfer", payment_reference=ref, status="open",
                           reminders=0, updated_at=now))
            out.append((ref, gross))
        db.commit()
    engine.dispose()
    return out


def statement_file(invoices: list[tuple[str, Decimal]], iban: str) -> bytes:
    from provider.bank.camt_writer import Booking, statement

    bookings = []
    for n, (ref, gross) in enumerate(invoices):
        kind = MIX[n % len(MIX)]
        amount = {"exact": gross, "partial": (gross / 3).quantize(Decimal("0.01")),
                  "overpaid": gross + Decimal("25.00")}.get(kind, gross)
        reference = {"unknown": "210000000003139471430009017", "none": ""}.get(kind, ref)
        bookings.append(Booking(amount, reference=reference, counterparty=f"Kunde {n}",
                                bank_ref=f"BENCH-{n:06d}", booked_on=date(2026, 3, 5)))
    return statement("camt.053", iban, "CHF", bookings, "BENCH-STMT-1",
                     datetime(2026, 3, 5, 18, 0, tzinfo=UTC), "04")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--credits", type=int, default=1_000)
    parser.add_argument("--pg", default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    args = parser.parse_args()

    from provider.bank.camt import read_statement
    from provider.db.migrate import upgrade
    from provider.runtime import Runtime
    from provider.services.bank_statements import import_statement, our_ibans
    from provider.settings import Settings

    with scratch_database(args.pg) as url, tempfile.TemporaryDirectory() as tmp:
        upgrade(url)
        load_accounts(url, max(args.credits, 4))
        invoices = load_invoices(url, args.credits, max(args.credits, 4))
        rt = Runtime.create(Settings(sandbox=True, database_url=url, data_dir=Path(tmp)))
        try:
            ibans = our_ibans(rt)
            data = statement_file(invoices, next(i for i in ibans if i.startswith("CH")))
            t0 = time.perf_counter()
            read_statement(data, ibans)
            floor = time.perf_counter() - t0
            t0 = time.perf_counter()
            with rt.sessions() as db:
                report = import_statement(db, rt, data, "bench.xml", "bench")
            elapsed = time.perf_counter() - t0
            with rt.sessions() as db:
                again = import_statement(db, rt, data, "bench-again.xml", "bench")
        finally:
            rt.close()
        paid, part, bookings = scalars(
            url, "SELECT count(*) FROM invoices WHERE status = 'paid'",
            "SELECT count(*) FROM invoices WHERE status = 'open' AND settled > 0",
            "SELECT count(*) FROM bank_bookings")
    rounds = args.credits / len(MIX)
    expected = {k: round(v * rounds) for k, v in EXPECTED.items()}
    booked_right = (report.counts == expected and paid == expected["paid"] + expected["overpaid"]
                    and part == expected["partial"] and bookings == args.credits
                    and again.already_imported)
    print(f"file: {args.credits} credits, {len(data) / 1e6:.1f} MB; floor (read and check alone): "
          f"{floor:.2f} s")
    print(f"import: {elapsed:.2f} s ({elapsed / floor:.1f}x the floor); counts {report.counts}; "
          f"invoices paid {paid}, in part {part}; second import booked nothing: {again.already_imported}")
    ok = elapsed < GOAL_S and booked_right
    return verdict("camt_import", f"{elapsed:.2f} s (goal < {GOAL_S:.0f} s)", ok)


if __name__ == "__main__":
    sys.exit(main())

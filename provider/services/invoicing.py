"""The monthly invoice run and credit notes (docs/product-rules.md#monthly-invoice).

Built for volume: per chunk of accounts one transaction aggregates the period's calls in SQL
(GROUP BY account, zone), lists the recurring fees and one-off items, locks the year's number
counter, inserts the invoices and their items in bulk, and freezes the calls onto their invoice
with one UPDATE. The counter row is locked and advanced in the same transaction that inserts
the invoices, so a rollback returns the numbers: they never have gaps. A unique (account,
period) and the re-check under the lock make a second run, on any host, issue nothing new.
Issued invoices are never updated except for their payment state; corrections are credit notes
(services/credit_notes.py).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import Integer, and_, cast, func, insert, literal_column, select, text, update
from sqlalchemy.orm import Session

from provider.db.models import (
    Account,
    BillingAddress,
    CallRecord,
    Invoice,
    InvoiceCounter,
    InvoiceItem,
    InvoicePaymentSetting,
    OneOffItem,
    RecurringCharge,
    SavedCard,
    SellerIdentity,
    SepaMandate,
)
from provider.domain import catalog
from provider.domain import invoice_lines as lines_mod
from provider.domain.invoice_lines import Line, Recurring
from provider.domain.money import ZERO, to_money, totals
from provider.domain.payment_refs import creditor_reference, qr_reference
from provider.domain.tax import tax_treatment
from provider.runtime import Runtime
from provider.services import invoice_series, price_book, sellers

CHUNK = 2000
PAYMENT_TERM_DAYS = 30


@dataclass
class Draft:
    account_id: int
    lines: list[Line] = field(default_factory=list)
    call_count: int = 0
    one_off_ids: list[int] = field(default_factory=list)


def period_label(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def previous_month(day: date) -> tuple[int, int]:
    first = day.replace(day=1) - timedelta(days=1)
    return first.year, first.month


def _next_month(year: int, month: int) -> tuple[int, int]:
    return (year + 1, 1) if month == 12 else (year, month + 1)


def _cents_sum(db: Session, column: object) -> object:
    # SQLite keeps NUMERIC as REAL: sum whole cents there so that totals stay exact.
    if db.get_bind().dialect.name == "sqlite":
        return func.sum(cast(func.round(column * literal_column("100")), Integer))  # type: ignore[operator]
    return func.sum(column)


def _money_of_sum(db: Session, value: object) -> Decimal:
    if value is None:
        return ZERO
    if db.get_bind().dialect.name == "sqlite":
        return to_money(Decimal(int(value)) / 100)  # type: ignore[call-overload]
    return to_money(Decimal(str(value)))


def run_due(rt: Runtime) -> int:
    """Job: invoice every finished month not yet invoiced (catching up when the clock jumped)."""
    with rt.sessions() as db:
        today = rt.clock.now(db).date()
        last = db.scalar(select(func.max(Invoice.period)).where(Invoice.kind == "invoice"))
        earliest = db.scalar(select(func.min(RecurringCharge.starts_on)))
        db.commit()
    target = previous_month(today)
    if last is not None:
        y, m = (int(x) for x in last.split("-"))
        start = _next_month(y, m)
    elif earliest is not None:
        start = (earliest.year, earliest.month)
    else:
        start = target
    # Two years at most; and the newest month again, for accounts that had nothing before.
    start = min(max(start, previous_month(today - timedelta(days=730))), target)
    issued = 0
    y, m = start
    while (y, m) <= target:
        issued += run_period(rt, y, m)
        y, m = _next_month(y, m)
    return issued


def run_period(rt: Runtime, year: int, month: int, issued_at: datetime | None = None) -> int:
    """Issue the invoices of one month for every account with something to bill; `issued_at`
    (the clock's now unless given: the demo data issues a past year on each month's 1st)."""
    with rt.sessions() as db:
        ids = list(db.scalars(select(Account.id).order_by(Account.id)))
        db.commit()
    issued = 0
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i:i + CHUNK]
        issued += _run_chunk(rt, year, month, chunk[0], chunk[-1], issued_at)
    return issued


def _period_bounds(year: int, month: int) -> tuple[date, date, datetime]:
    first, last = lines_mod.month_bounds(year, month)
    end_dt = datetime.combine(last + timedelta(days=1), time(0), tzinfo=UTC)
    return first, last, end_dt


def lock_counter(db: Session, year: int) -> InvoiceCounter:
    dialect = db.get_bind().dialect.name
    if dialect == "postgresql":
        db.execute(text("INSERT INTO invoice_counters (year, last) VALUES (:y, 0) "
                        "ON CONFLICT (year) DO NOTHING"), {"y": year})
        counter = db.scalar(select(InvoiceCounter).where(InvoiceCounter.year == year)
                            .with_for_update().execution_options(populate_existing=True))
    else:  # SQLite: BEGIN IMMEDIATE already serializes writers
        db.execute(text("INSERT OR IGNORE INTO invoice_counters (year, last) VALUES (:y, 0)"),
                   {"y": year})
        counter = db.get(InvoiceCounter, year, populate_existing=True)
    assert counter is not None
    return counter


def _run_chunk(rt: Runtime, year: int, month: int, lo: int, hi: int, issued_at: datetime | None) -> int:
    first, last, end_dt = _period_bounds(year, month)
    label = period_label(year, month)
    with rt.sessions() as db:
        now = issued_at or rt.clock.now(db)
        counter = lock_counter(db, now.year)
        in_chunk = and_(Account.id >= lo, Account.id <= hi)
        done = set(db.scalars(select(Invoice.account_id).where(
            Invoice.period == label, Invoice.account_id >= lo, Invoice.account_id <= hi)))
        drafts: dict[int, Draft] = {}

        def draft(aid: int) -> Draft:
            if aid not in drafts:
                drafts[aid] = Draft(aid)
            return drafts[aid]

        # A reseller's customers' running charges at the reseller's retail price in effect on
        # the month's first day, or the day the charge started if later
        # (docs/resellers.md#retail-prices): a price change reaches running charges.
        books = price_book.Books(db)
        resold: dict[int, int] = {aid: rid for aid, rid in db.execute(select(
            Account.id, Account.reseller_id).where(in_chunk, Account.reseller_id.is_not(None)))}
        for row in db.execute(select(RecurringCharge).where(
                RecurringCharge.account_id >= lo, RecurringCharge.account_id <= hi,
                RecurringCharge.starts_on <= last,
                (RecurringCharge.ends_on.is_(None)) | (RecurringCharge.ends_on >= first))
                .order_by(RecurringCharge.account_id, RecurringCharge.id)).scalars():
            if row.account_id in done:
                continue
            unit = row.unit_monthly
            prod = catalog.product(row.product_code or "")
            if row.account_id in resold and prod is not None:
                day = max(first, row.starts_on)
                unit = books.of(resold[row.account_id], row.currency, day).price(prod).monthly
            line = lines_mod.recurring_line(Recurring(row.description, row.quantity, unit,
                                                      row.starts_on, row.ends_on, row.kind,
                                                      row.params or {"product": row.product_code}),
                                            year, month)
            if line is not None:
                draft(row.account_id).lines.append(line)

        unbilled = and_(CallRecord.account_id >= lo, CallRecord.account_id <= hi,
                        CallRecord.invoice_id.is_(None), CallRecord.prepaid.is_(False),
                        CallRecord.started_at < end_dt)
        max_call_id = 0
        for aid, zone, count, amount, top in db.execute(
                select(CallRecord.account_id, CallRecord.zone, func.count(),
                       _cents_sum(db, CallRecord.price), func.max(CallRecord.id))
                .where(unbilled).group_by(CallRecord.account_id, CallRecord.zone)
                .order_by(CallRecord.account_id, CallRecord.zone)):
            if aid in done:
                continue
            d = draft(aid)
            d.lines.append(lines_mod.calls_line(zone, count, _money_of_sum(db, amount)))
            d.call_count += count
            max_call_id = max(max_call_id, top)

        for item in db.scalars(select(OneOffItem).where(
                OneOffItem.account_id >= lo, OneOffItem.account_id <= hi,
                OneOffItem.invoice_id.is_(None), OneOffItem.occurred_on <= last)
                .order_by(OneOffItem.account_id, OneOffItem.id)):
            if item.account_id in done:
                continue
            d = draft(item.account_id)
            kind = "credit" if item.amount < 0 else "one_off"
            d.lines.append(Line(kind, item.description, 1, item.amount, item.occurred_on, None,
                                item.code or "", item.params or {}))
            d.one_off_ids.append(item.id)

        if not drafts:
            db.commit()
            return 0
        accounts = {a.id: a for a in db.scalars(select(Account).where(in_chunk,
                                                                      Account.id.in_(drafts)))}
        # A reseller's customers are invoiced by the reseller, in its own series (white label).
        by_reseller = invoice_series.issuers(db, list(accounts.values()))
        provider_seller = sellers.current(db)
        addresses = _default_addresses(db, list(drafts))
        methods = _payment_methods(db, list(drafts))
        rows = []
        own = invoice_series.Series(None, "", now.year, counter.last)
        series: dict[int, invoice_series.Series] = {}
        for aid in sorted(drafts):
            account, d = accounts[aid], drafts[aid]
            rid = account.reseller_id if account.reseller_id in by_reseller else None
            if rid is None:
                numbers, seller = own, provider_seller
            else:
                if rid not in series:
                    series[rid] = invoice_series.lock(db, rid, now.year)
                numbers, seller = series[rid], by_reseller[rid]
            number = numbers.next()
            rows.append(_invoice_row(account, d, addresses.get(aid), methods.get(aid, "bank_transfer"),
                                     label, first, last, now, number, numbers.last, seller))
        counter.last = own.last
        for each in series.values():
            invoice_series.store(db, each)
        inserted = db.execute(insert(Invoice).returning(Invoice.id, Invoice.account_id,
                                                        sort_by_parameter_order=True), rows).all()
        invoice_of = {aid: iid for iid, aid in inserted}
        items = []
        for aid, iid in invoice_of.items():
            for pos, line in enumerate(drafts[aid].lines, start=1):
                items.append({"invoice_id": iid, "position": pos, "kind": line.kind,
                              "description": line.description[:200], "quantity": line.quantity,
                              "first_day": line.first_day, "last_day": line.last_day,
                              "amount": line.amount, "code": line.code or None,
                              "params": line.params or None})
        db.execute(insert(InvoiceItem), items)
        one_offs = [{"oid": oid, "iid": invoice_of[aid]} for aid in invoice_of
                    for oid in drafts[aid].one_off_ids]
        if one_offs:
            db.connection().execute(text("UPDATE one_off_items SET invoice_id = :iid WHERE id = :oid"),
                                    one_offs)
        if max_call_id:
            db.execute(update(CallRecord).where(
                unbilled, CallRecord.id <= max_call_id, Invoice.account_id == CallRecord.account_id,
                Invoice.period == label, Invoice.id.in_(list(invoice_of.values())))
                .values(invoice_id=Invoice.id).execution_options(synchronize_session=False))
        db.commit()
        return len(rows)


def _default_addresses(db: Session, account_ids: list[int]) -> dict[int, BillingAddress]:
    found: dict[int, BillingAddress] = {}
    for addr in db.scalars(select(BillingAddress).where(BillingAddress.account_id.in_(account_ids))
                           .order_by(BillingAddress.account_id, BillingAddress.is_default,
                                     BillingAddress.id)):
        found[addr.account_id] = addr  # the default (True sorts last), else the newest
    return found


def _payment_methods(db: Session, account_ids: list[int]) -> dict[int, str]:
    """SEPA when a mandate is active; the saved card when the business option is on and a
    default card exists; bank transfer otherwise."""
    methods: dict[int, str] = {}
    for aid in db.scalars(select(InvoicePaymentSetting.account_id).join(
            SavedCard, and_(SavedCard.account_id == InvoicePaymentSetting.account_id,
                            SavedCard.is_default, SavedCard.removed_at.is_(None)))
            .where(InvoicePaymentSetting.charge_card, InvoicePaymentSetting.account_id.in_(account_ids))):
        methods[aid] = "card"
    for aid in db.scalars(select(SepaMandate.account_id).where(
            SepaMandate.revoked_at.is_(None), SepaMandate.account_id.in_(account_ids))):
        methods.setdefault(aid, "sepa")
    return methods


def buyer_parts(account: Account, address: BillingAddress | None) -> dict[str, str]:
    """The buyer at issue in parts, as the e-invoice and the QR-bill need it."""
    parts = {"name": account.company_name or account.name, "vat_id": account.vat_number or ""}
    if address is not None:
        parts.update(contact=address.name, street=address.street, postal_code=address.postal_code,
                     city=address.city, country=address.country)
    else:
        parts["country"] = account.country
    return parts


def customer_text(account: Account, address: BillingAddress | None) -> str:
    parts = [account.company_name or account.name]
    if address is not None:
        parts += [address.name, address.street, f"{address.postal_code} {address.city}", address.country]
    if account.vat_number:
        parts.append(f"VAT {account.vat_number}")
    return "\n".join(parts)[:600]


def payment_reference(account: Account, year: int, seq: int) -> str:
    if account.currency == "CHF":
        return qr_reference(account.id, seq, year)
    return creditor_reference(f"{year:04d}{seq:06d}{account.id}")


def _invoice_row(account: Account, d: Draft, address: BillingAddress | None, method: str, label: str,
                 first: date, last: date, now: datetime, number: str, seq: int,
                 seller: SellerIdentity) -> dict[str, object]:
    seller_vat = {r.country: r.vat_id for r in seller.registrations}
    treatment = tax_treatment(account.country, business=account.kind == "business",
                              valid_eu_vat_number=bool(account.vat_number), seller_vat=seller_vat,
                              seller_country=seller.country)
    t = totals([line.amount for line in d.lines], treatment.rate_percent)
    return {"account_id": account.id, "kind": "invoice", "number": number,
            "period": label, "period_start": first, "period_end": last, "credit_of_id": None,
            "issued_at": now, "due_on": now.date() + timedelta(days=PAYMENT_TERM_DAYS),
            "currency": account.currency, "net": t.net, "vat_rate_percent": t.rate_percent,
            "vat": t.vat, "gross": t.gross, "reverse_charge": treatment.reverse_charge,
            "customer": customer_text(account, address), "buyer": buyer_parts(account, address),
            "seller_id": seller.id, "seller_vat_id": treatment.seller_vat_id, "call_count": d.call_count,
            "payment_method": method if t.gross > 0 else "none",
            "payment_reference": payment_reference(account, now.year, seq),
            "status": "open" if t.gross > 0 else "paid", "paid_at": None if t.gross > 0 else now,
            "payment_id": None, "reminders": 0, "last_reminder_at": None, "updated_at": now}


def totals_by_account(db: Session, account_ids: list[int]) -> dict[int, Decimal]:
    """Open (unpaid) invoice amounts per account, for the reseller overview: what is left after
    the credit notes allocated to them."""
    result: dict[int, Decimal] = defaultdict(lambda: ZERO)
    owed = Invoice.gross - Invoice.credited - Invoice.settled
    for aid, amount in db.execute(select(Invoice.account_id, _cents_sum(db, owed))
                                  .where(Invoice.account_id.in_(account_ids), Invoice.status == "open")
                                  .group_by(Invoice.account_id)):
        result[aid] = _money_of_sum(db, amount)
    return dict(result)

"""The provider's monthly invoice to each reseller at wholesale (docs/resellers.md#wholesale-invoice):
after the month's invoice run, one invoice per reseller and currency of its customers' invoices,
one line per customer at the wholesale owed of the wholesale statement, so the invoice's net is
the statement's wholesale total to the cent.

It is an ordinary invoice of the reseller's account in the provider's series (paid, matched and
reminded like any other), with no period of its own: the reseller's own services keep their
monthly invoice (one per account and period). It is known by its first day, currency and lines
coded `wholesale`; the provider's number counter is locked before looking, so two runners on two
hosts issue it once."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from provider.db.models import Account, Invoice, InvoiceItem
from provider.domain import invoice_lines as lines_mod
from provider.domain.money import totals
from provider.domain.payment_refs import creditor_reference, qr_reference
from provider.domain.tax import tax_treatment
from provider.runtime import Runtime
from provider.services import invoice_series, invoicing, sellers, wholesale

CODE = "wholesale"
CATCH_UP_MONTHS = 3  # a clock that jumped: the newest months, not the whole history


def _months(today: date) -> list[tuple[int, int]]:
    y, m = invoicing.previous_month(today)
    out = []
    for _ in range(CATCH_UP_MONTHS):
        out.append((y, m))
        y, m = (y - 1, 12) if m == 1 else (y, m - 1)
    return sorted(out)


def run_due(rt: Runtime) -> int:
    """Job: issue the wholesale invoices of the last finished months not issued yet."""
    with rt.sessions() as db:
        today = rt.clock.now(db).date()
        resellers = list(db.scalars(select(Account.id).where(Account.is_reseller.is_(True))
                                    .order_by(Account.id)))
        db.commit()
    issued = 0
    for y, m in _months(today):
        for rid in resellers:
            issued += issue(rt, rid, invoicing.period_label(y, m))
    return issued


def existing(db: Session, reseller_id: int, first: date) -> dict[str, Invoice]:
    """The reseller's wholesale invoices for the month starting `first`, by currency."""
    found = db.scalars(select(Invoice).where(
        Invoice.account_id == reseller_id, Invoice.kind == "invoice", Invoice.period.is_(None),
        Invoice.period_start == first, Invoice.id.in_(select(InvoiceItem.invoice_id).where(
            InvoiceItem.code == CODE))))
    return {inv.currency: inv for inv in found}


def issue(rt: Runtime, reseller_id: int, period: str, issued_at: datetime | None = None) -> int:
    """The month's wholesale invoices of one reseller, per currency still missing; how many."""
    y, m = (int(x) for x in period.split("-"))
    first, last = lines_mod.month_bounds(y, m)
    with rt.sessions() as db:
        now = issued_at or rt.clock.now(db)
        counter = invoicing.lock_counter(db, now.year)  # serializes issuers before looking
        reseller = db.get(Account, reseller_id)
        assert reseller is not None
        done = existing(db, reseller_id, first)
        st = wholesale.statement(db, reseller, period)
        currencies = sorted({r.currency for r in st.rows} - set(done))
        if not currencies:
            db.commit()
            return 0
        seller = sellers.current(db)
        seller_vat = {r.country: r.vat_id for r in seller.registrations}
        treatment = tax_treatment(reseller.country, business=True,
                                  valid_eu_vat_number=bool(reseller.vat_number), seller_vat=seller_vat,
                                  seller_country=seller.country)
        address = invoicing._default_addresses(db, [reseller.id]).get(reseller.id)
        own = invoice_series.Series(None, "", now.year, counter.last)
        for currency in currencies:
            rows = [r for r in st.rows if r.currency == currency]
            t = totals([r.wholesale for r in rows], treatment.rate_percent)
            number = own.next()
            reference = (qr_reference(reseller.id, own.last, now.year) if currency == "CHF"
                         else creditor_reference(f"{now.year:04d}{own.last:06d}{reseller.id}"))
            iid = db.scalar(insert(Invoice).returning(Invoice.id).values(
                account_id=reseller.id, kind="invoice", number=number, period=None, period_start=first,
                period_end=last, credit_of_id=None, issued_at=now,
                due_on=now.date() + timedelta(days=invoicing.PAYMENT_TERM_DAYS), currency=currency,
                net=t.net, vat_rate_percent=t.rate_percent, vat=t.vat, gross=t.gross,
                reverse_charge=treatment.reverse_charge, customer=invoicing.customer_text(reseller, address),
                buyer=invoicing.buyer_parts(reseller, address), seller_id=seller.id,
                seller_vat_id=treatment.seller_vat_id, call_count=0,
                payment_method="bank_transfer" if t.gross > 0 else "none", payment_reference=reference,
                status="open" if t.gross > 0 else "paid", paid_at=None if t.gross > 0 else now,
                payment_id=None, reminders=0, last_reminder_at=None, updated_at=now))
            db.execute(insert(InvoiceItem), [
                {"invoice_id": iid, "position": pos, "kind": "one_off",
                 "description": f"Wholesale {period}: {r.user_id} {r.name}"[:200], "quantity": 1,
                 "first_day": first, "last_day": last, "amount": r.wholesale, "code": CODE,
                 "params": {"period": period, "customer": r.user_id, "name": r.name[:120],
                            "invoices": r.invoices}}
                for pos, r in enumerate(rows, start=1)])
        counter.last = own.last
        db.commit()
        return len(currencies)

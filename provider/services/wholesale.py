"""A reseller's wholesale statement for a month (docs/resellers.md#wholesale-statement): per
customer, what the reseller billed (net of its invoices for that month), what it owes the
provider for the same lines at wholesale, and its margin; the totals are the sums of the rows,
and each margin is billed less owed, so the three columns add up to the cent."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from provider.db.models import Account, CallRecord, Invoice, InvoiceItem
from provider.domain import retail
from provider.domain.errors import RuleViolation
from provider.domain.money import ZERO
from provider.services.resellers import require_reseller


@dataclass(frozen=True)
class Row:
    account_id: int
    user_id: str
    name: str
    currency: str
    invoices: int
    retail: Decimal
    wholesale: Decimal

    @property
    def margin(self) -> Decimal:
        return self.retail - self.wholesale


@dataclass(frozen=True)
class Statement:
    period: str
    rows: list[Row]

    def totals(self) -> dict[str, dict[str, Decimal]]:
        """Per currency: retail, wholesale and margin summed over the rows."""
        out: dict[str, dict[str, Decimal]] = defaultdict(lambda: {"retail": ZERO, "wholesale": ZERO,
                                                                    "margin": ZERO})
        for r in self.rows:
            t = out[r.currency]
            t["retail"] += r.retail
            t["wholesale"] += r.wholesale
            t["margin"] += r.margin
        return dict(out)


def statement(db: Session, reseller: Account, period: str) -> Statement:
    """The month `period` (YYYY-MM): its customers' invoices for that month, line by line."""
    require_reseller(reseller)
    if len(period) != 7 or period[4] != "-" or not (period[:4] + period[5:]).isdigit() \
            or not 1 <= int(period[5:]) <= 12:
        raise RuleViolation.at_field("period", "period", "Give the month as YYYY-MM.")
    invoices = list(db.execute(select(Invoice, Account).join(Account, Account.id == Invoice.account_id).where(
        Account.reseller_id == reseller.id, Invoice.period == period, Invoice.kind == "invoice")
        .order_by(Account.id)))
    ids = [inv.id for inv, _ in invoices]
    lines: dict[int, list[InvoiceItem]] = defaultdict(list)
    calls: dict[int, Decimal] = defaultdict(lambda: ZERO)
    if ids:
        for item in db.scalars(select(InvoiceItem).where(InvoiceItem.invoice_id.in_(ids))):
            lines[item.invoice_id].append(item)
        for iid, zone, seconds, currency in db.execute(select(
                CallRecord.invoice_id, CallRecord.zone, CallRecord.duration_s, CallRecord.currency)
                .where(CallRecord.invoice_id.in_(ids))):
            calls[iid] += retail.wholesale_call_price(zone, seconds, currency)
    per: dict[int, Row] = {}
    for inv, account in invoices:
        owed = calls[inv.id]
        for item in lines[inv.id]:
            if item.kind == "calls":
                continue  # priced call by call above
            params = item.params or {}
            product = str(params.get("product") or "")
            owed += retail.wholesale_of_line(item.kind, item.amount, inv.currency, product,
                                             item.quantity, item.first_day, item.last_day, item.code)
        before = per.get(account.id)
        per[account.id] = Row(account.id, account.user_id, account.company_name or account.name, inv.currency,
                              (before.invoices if before else 0) + 1,
                              (before.retail if before else ZERO) + inv.net,
                              (before.wholesale if before else ZERO) + owed)
    return Statement(period, list(per.values()))


def csv_text(st: Statement) -> str:
    """The statement as CSV for spreadsheets: one row per customer, then a total per currency."""
    import csv
    import io

    out = io.StringIO()
    w = csv.writer(out, delimiter=";", lineterminator="\r\n")
    w.writerow(["period", "customer_number", "customer", "currency", "invoices", "retail_billed",
                "wholesale_owed", "margin"])
    for r in st.rows:
        name = "'" + r.name if r.name[:1] in "=+-@" else r.name  # never read as a formula
        w.writerow([st.period, r.user_id, name, r.currency, r.invoices, r.retail, r.wholesale, r.margin])
    for currency, t in sorted(st.totals().items()):
        count = sum(r.invoices for r in st.rows if r.currency == currency)
        w.writerow([st.period, "", "Total", currency, count, t["retail"], t["wholesale"], t["margin"]])
    return out.getvalue()

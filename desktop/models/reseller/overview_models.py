"""The reseller overview's figures as the screen words them: months by name in the UI language,
totals per currency (zero in the reseller's currency when there is nothing), invoice counts, and
the two tables (revenue per month, top customers) as record models sorted by their true values."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject

from desktop import i18n
from desktop.models.money import money_text
from desktop.models.record_model import Column, RecordModel


def month_text(month: str) -> str:
    """"2026-11" (the provider's month of issue) as "November 2026" in the UI language."""
    try:
        year, number = (int(part) for part in month.split("-")[:2])
    except ValueError:
        return month
    return QLocale(i18n.locale_name()).toString(QDate(year, number, 1), "MMMM yyyy")


def totals_text(amounts: dict[str, Decimal], currency: str) -> str:
    """One amount per currency ("CHF 1,234.50 · EUR 80.00"); nothing is zero in the reseller's own."""
    if not amounts:
        return money_text(Decimal("0.00"), currency)
    return " · ".join(money_text(v, k) for k, v in sorted(amounts.items()))


def invoices_text(n: int) -> str:
    """"none", "1 invoice", "3 invoices": Qt's numerus forms (English from plurals_en.ts)."""
    if n == 0:
        return QCoreApplication.translate("ResellerOverview", "none")
    return InvoiceCounts().invoices(n)


class InvoiceCounts(QObject):
    """The context of the overview's counts: lupdate marks plurals only in a method's self.tr()
    with n."""

    def invoices(self, n: int) -> str:
        return self.tr("%n invoice(s)", "", n)


class RevenueModel(RecordModel):
    """MonthRevenue rows: month of issue, net invoiced in one currency."""

    def __init__(self, parent: Any = None) -> None:
        translate = QCoreApplication.translate
        super().__init__([
            Column(lambda: translate("ResellerOverview", "Month"), lambda m: month_text(m.month),
                   lambda m: (m.month, m.currency)),
            Column(lambda: translate("ResellerOverview", "Revenue (net)"),
                   lambda m: money_text(m.net, m.currency), lambda m: (m.currency, m.net), True),
        ], parent)


class TopCustomersModel(RecordModel):
    """TopCustomer rows: the customers with the most net invoiced in 12 months."""

    def __init__(self, parent: Any = None) -> None:
        translate = QCoreApplication.translate
        super().__init__([
            Column(lambda: translate("ResellerOverview", "User ID"), lambda t: t.user_id,
                   lambda t: (len(t.user_id), t.user_id)),
            Column(lambda: translate("ResellerOverview", "Customer"), lambda t: t.name,
                   lambda t: t.name.casefold()),
            Column(lambda: translate("ResellerOverview", "Invoiced, 12 months (net)"),
                   lambda t: money_text(t.net, t.currency), lambda t: (t.currency, t.net), True),
        ], parent)

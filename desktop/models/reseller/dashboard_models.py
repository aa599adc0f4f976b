"""The reseller dashboard's two tables as record models: top customers by margin, customers with
failing payments (why, since when, how much), sorted by their true values."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from desktop import i18n
from desktop.models.money import money_text
from desktop.models.record_model import Column, RecordModel
from desktop.models.reseller.dashboard_figures import FailingPayment

translate = QCoreApplication.translate  # by this name lupdate finds the strings


def day_text(iso: str) -> str:
    """An ISO date or time as the UI language writes a date."""
    try:
        value = datetime.fromisoformat(iso).date() if "T" in iso else date.fromisoformat(iso)
    except ValueError:
        return iso
    locale = QLocale(i18n.locale_name())
    return locale.toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


def reason_text(f: FailingPayment) -> str:
    day = day_text(f.since)
    if f.reason == "overdue_invoice":
        return translate("ResellerDashboard", "Invoice overdue since %1").replace("%1", day)
    if f.reason == "card_failed":
        return translate("ResellerDashboard", "Card payment failed on %1").replace("%1", day)
    if f.reason == "top_up_failed":
        return translate("ResellerDashboard", "Automatic top-up failing since %1").replace("%1", day)
    return f.reason


def _who() -> list[Column]:
    return [Column(lambda: translate("ResellerDashboard", "User ID"), lambda r: r.user_id,
                   lambda r: (len(r.user_id), r.user_id)),
            Column(lambda: translate("ResellerDashboard", "Customer"), lambda r: r.name,
                   lambda r: r.name.casefold())]


class TopMarginModel(RecordModel):
    """TopCustomer rows: the customers that earned the most margin in the dashboard's months."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            *_who(),
            Column(lambda: translate("ResellerDashboard", "Margin, 12 months"),
                   lambda t: money_text(t.margin, t.currency), lambda t: (t.currency, t.margin), True),
        ], parent)


class FailingModel(RecordModel):
    """FailingPayment rows: one per customer, the worst reason first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            *_who(),
            Column(lambda: translate("ResellerDashboard", "What fails"), reason_text,
                   lambda f: (f.reason, f.since)),
            Column(lambda: translate("ResellerDashboard", "Amount"),
                   lambda f: money_text(f.amount, f.currency), lambda f: (f.currency, f.amount), True),
        ], parent)

"""How the bulk work screen words a job: its kind and month, its status and its result so far,
and a refused import's lines, in the UI language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.models.reseller.overview_models import month_text
from desktop.views.field_errors import issue_message

CONTEXT = "BulkWork"


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, text, "", n)


def month_name(month: str) -> str:
    return month_text(month)


def job_name(job: Any) -> str:
    if job.kind == "invoice_export":
        return QCoreApplication.translate("BulkWork", "Invoices of %1 as ZIP").replace(
            "%1", month_text(str(job.params.get("month", "")))
        )
    if job.kind == "auto_top_up":
        n = len(job.params.get("customer_ids") or ())
        if job.params.get("enabled"):
            return QCoreApplication.translate("BulkWork", "Automatic top-up on for %n customer(s)", "", n)
        return QCoreApplication.translate("BulkWork", "Automatic top-up off for %n customer(s)", "", n)
    return QCoreApplication.translate("BulkWork", "Customers imported from %1").replace(
        "%1", str(job.params.get("file_name", ""))
    )


def job_status(job: Any) -> str:
    return {
        "running": QCoreApplication.translate("BulkWork", "Running"),
        "cancelled": QCoreApplication.translate("BulkWork", "Cancelled"),
        "done": QCoreApplication.translate("BulkWork", "Finished"),
    }.get(job.status, job.status)


def job_progress(job: Any) -> str:
    text = (
        QCoreApplication.translate("BulkWork", "%1 of %2 done")
        .replace("%1", str(job.done))
        .replace("%2", str(job.total))
    )
    if job.failed:
        text += ", " + QCoreApplication.translate("BulkWork", "%n failed", "", job.failed)
    return text


def item_result(status: str) -> str:
    return {
        "pending": QCoreApplication.translate("BulkWork", "Not yet"),
        "done": QCoreApplication.translate("BulkWork", "Done"),
        "failed": QCoreApplication.translate("BulkWork", "Failed"),
    }.get(status, status)


COLUMNS = {
    "company_name": QT_TRANSLATE_NOOP("BulkWork", "Company"),
    "name": QT_TRANSLATE_NOOP("BulkWork", "Contact"),
    "email": QT_TRANSLATE_NOOP("BulkWork", "E-mail"),
    "country": QT_TRANSLATE_NOOP("BulkWork", "Country"),
    "street": QT_TRANSLATE_NOOP("BulkWork", "Street"),
    "postal_code": QT_TRANSLATE_NOOP("BulkWork", "Postal code"),
    "city": QT_TRANSLATE_NOOP("BulkWork", "City"),
    "language": QT_TRANSLATE_NOOP("BulkWork", "Language"),
    "kind": QT_TRANSLATE_NOOP("BulkWork", "Kind"),
    "vat_number": QT_TRANSLATE_NOOP("BulkWork", "VAT number"),
    "line": QT_TRANSLATE_NOOP("BulkWork", "Line"),
}


def import_problems(err: Any) -> list[tuple[int, str, str]]:
    """A refused import's errors as (line, column, message), in line order."""
    out = []
    for issue in getattr(err, "errors", ()):
        parts = issue.field.split(".", 2)
        if len(parts) != 3 or parts[0] != "lines" or not parts[1].isdigit():
            continue
        provider_words = issue.message.split(": ", 1)[-1]
        column = _tr(COLUMNS.get(parts[2], parts[2]))
        out.append((int(parts[1]), column, issue_message(issue.rule, provider_words)))
    return sorted(out, key=lambda p: p[0])

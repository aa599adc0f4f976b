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
        if job.params.get("enabled"):
            return QCoreApplication.translate("BulkWork", "Automatic top-up switched on")
        return QCoreApplication.translate("BulkWork", "Automatic top-up switched off")
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
        text += ", " + QCoreApplication.translate("BulkWork", "%1 failed").replace("%1", str(job.failed))
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


def rule_words(rule: str | None, provider_words: str) -> str:
    """A file line's problem in the UI language: the import's own rules here, the registration's
    through the shared table, else the provider's words."""
    words = {
        "email.format": QCoreApplication.translate("BulkWork", "This is not an e-mail address."),
        "email.unique": QCoreApplication.translate(
            "BulkWork", "An account with this e-mail address exists already."
        ),
        "email.repeated": QCoreApplication.translate(
            "BulkWork", "The same e-mail address as an earlier line."
        ),
        "country.supported": QCoreApplication.translate(
            "BulkWork",
            "We serve Switzerland, Liechtenstein and the EU countries (give the ISO code: CH, DE, …).",
        ),
        "name.required": QCoreApplication.translate("BulkWork", "The contact person is missing."),
        "company_name.required": QCoreApplication.translate(
            "BulkWork", "A business customer needs the company name."
        ),
        "street.required": QCoreApplication.translate("BulkWork", "The street is missing."),
        "postal_code.required": QCoreApplication.translate("BulkWork", "The postal code is missing."),
        "city.required": QCoreApplication.translate("BulkWork", "The city is missing."),
        "vat_number.invalid": QCoreApplication.translate(
            "BulkWork", "This is not a valid VAT number for the country."
        ),
        "kind.choice": QCoreApplication.translate("BulkWork", "The kind is business or private."),
        "language.choice": QCoreApplication.translate("BulkWork", "The language is de or en."),
        "line.unique": QCoreApplication.translate("BulkWork", "The same line number twice."),
    }
    return words.get(rule or "") or issue_message(rule, provider_words)


def item_message(message: str | None) -> str:
    """A result's reason in the UI language where the provider's words are known."""
    known = {
        "The customer has no saved card to charge.": QCoreApplication.translate(
            "BulkWork", "The customer has no saved card to charge."
        )
    }
    return known.get(message or "", message or "")


def import_problems(err: Any) -> list[tuple[int, str, str]]:
    """A refused import's errors as (line, column, message), in line order."""
    out = []
    for issue in getattr(err, "errors", ()):
        parts = issue.field.split(".", 2)
        if len(parts) != 3 or parts[0] != "lines" or not parts[1].isdigit():
            continue
        provider_words = issue.message.split(": ", 1)[-1]
        column = _tr(COLUMNS.get(parts[2], parts[2]))
        out.append((int(parts[1]), column, rule_words(issue.rule, provider_words)))
    return sorted(out, key=lambda p: p[0])

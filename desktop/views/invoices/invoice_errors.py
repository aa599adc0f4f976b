"""What went wrong while reading or saving invoices, in words for the customer: the source's own
refusals (details or calls not on this computer yet, a bad dispute note) in the UI language, the
provider's answers through the one describe()."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.views.field_errors import describe


def explain(err: BaseException) -> str:
    translate = QCoreApplication.translate  # by this name lupdate finds the strings
    if isinstance(err, LookupError):
        return translate("InvoiceErrors", "This invoice is not complete on this computer yet; it "
                                          "arrives with the next sync.")
    if isinstance(err, ValueError) and not hasattr(err, "kind"):
        return translate("InvoiceErrors", "This cannot be done: %1").replace("%1", str(err))
    if isinstance(err, OSError) and not hasattr(err, "kind"):
        return translate("InvoiceErrors", "The file could not be written: %1").replace(
            "%1", err.strerror or type(err).__name__)
    return describe(err)

"""The countries a customer can register in (docs/product-rules.md#currency-and-vat), named in the
UI language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# Order: the provider's home markets first, then the other EU members alphabetically by code.
CODES = ("CH", "LI", "DE", "AT", "BE", "BG", "CY", "CZ", "DK", "EE", "ES", "FI", "FR", "GR", "HR",
         "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK")


def country_names() -> dict[str, str]:
    return {
        "CH": QCoreApplication.translate("Countries", "Switzerland"),
        "LI": QCoreApplication.translate("Countries", "Liechtenstein"),
        "DE": QCoreApplication.translate("Countries", "Germany"),
        "AT": QCoreApplication.translate("Countries", "Austria"),
        "BE": QCoreApplication.translate("Countries", "Belgium"),
        "BG": QCoreApplication.translate("Countries", "Bulgaria"),
        "CY": QCoreApplication.translate("Countries", "Cyprus"),
        "CZ": QCoreApplication.translate("Countries", "Czechia"),
        "DK": QCoreApplication.translate("Countries", "Denmark"),
        "EE": QCoreApplication.translate("Countries", "Estonia"),
        "ES": QCoreApplication.translate("Countries", "Spain"),
        "FI": QCoreApplication.translate("Countries", "Finland"),
        "FR": QCoreApplication.translate("Countries", "France"),
        "GR": QCoreApplication.translate("Countries", "Greece"),
        "HR": QCoreApplication.translate("Countries", "Croatia"),
        "HU": QCoreApplication.translate("Countries", "Hungary"),
        "IE": QCoreApplication.translate("Countries", "Ireland"),
        "IT": QCoreApplication.translate("Countries", "Italy"),
        "LT": QCoreApplication.translate("Countries", "Lithuania"),
        "LU": QCoreApplication.translate("Countries", "Luxembourg"),
        "LV": QCoreApplication.translate("Countries", "Latvia"),
        "MT": QCoreApplication.translate("Countries", "Malta"),
        "NL": QCoreApplication.translate("Countries", "Netherlands"),
        "PL": QCoreApplication.translate("Countries", "Poland"),
        "PT": QCoreApplication.translate("Countries", "Portugal"),
        "RO": QCoreApplication.translate("Countries", "Romania"),
        "SE": QCoreApplication.translate("Countries", "Sweden"),
        "SI": QCoreApplication.translate("Countries", "Slovenia"),
        "SK": QCoreApplication.translate("Countries", "Slovakia"),
    }

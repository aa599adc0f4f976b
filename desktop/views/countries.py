"""The countries a customer can register in (portal rules, section 1), named in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# Order: the provider's home markets first, then the other EU members alphabetically by code.
CODES = ("CH", "LI", "DE", "AT", "BE", "BG", "CY", "CZ", "DK", "EE", "ES", "FI", "FR", "GR", "HR",
         "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK")


def country_names() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "CH": t("Countries", "Switzerland"), "LI": t("Countries", "Liechtenstein"),
        "DE": t("Countries", "Germany"), "AT": t("Countries", "Austria"),
        "BE": t("Countries", "Belgium"), "BG": t("Countries", "Bulgaria"),
        "CY": t("Countries", "Cyprus"), "CZ": t("Countries", "Czechia"),
        "DK": t("Countries", "Denmark"), "EE": t("Countries", "Estonia"),
        "ES": t("Countries", "Spain"), "FI": t("Countries", "Finland"),
        "FR": t("Countries", "France"), "GR": t("Countries", "Greece"),
        "HR": t("Countries", "Croatia"), "HU": t("Countries", "Hungary"),
        "IE": t("Countries", "Ireland"), "IT": t("Countries", "Italy"),
        "LT": t("Countries", "Lithuania"), "LU": t("Countries", "Luxembourg"),
        "LV": t("Countries", "Latvia"), "MT": t("Countries", "Malta"),
        "NL": t("Countries", "Netherlands"), "PL": t("Countries", "Poland"),
        "PT": t("Countries", "Portugal"), "RO": t("Countries", "Romania"),
        "SE": t("Countries", "Sweden"), "SI": t("Countries", "Slovenia"),
        "SK": t("Countries", "Slovakia"),
    }

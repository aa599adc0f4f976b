"""The documents' words that depend on a number or on what the provider stored: plurals through
Qt's numerus forms (resources/translations/documents_<lang>.qm, English included, so that it says
"1 call" and "2 calls"), product names as the shop shows them (switchboard_<lang>.qm), and invoice lines
worded from their code and parameters in the document's language. QTranslator needs no running
application, so the headless export words documents the same way."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from desktop.api_client.invoices_types import InvoiceItem
from desktop.reports.formatting import date_text
from desktop.reports.labels import item_text, zone_name

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
CONTEXT = "InvoiceDocument"
# The shop's product names (the msgids of context ProductTexts), by the provider's product code.
PRODUCTS = {
    "sip_trunk": "SIP Trunk",
    "pbx_basic": "PBX Basic",
    "pbx_business": "PBX Business",
    "pbx_premium": "PBX Premium",
    "number_local": "Phone number (local)",
    "number_national": "Phone number (national service)",
}
LINES: dict[str, dict[str, str]] = {
    "en": {
        "users": "{product}, per user",
        "users_since": "{product}, per user (added {date})",
        "number": "{product} +{number}",
        "number_fee": "{product} +{number}, one-off fee",
        "calls": "Calls to {zone}",
        "credit_note": "Credit for invoice {invoice}: {reason}",
        "wholesale": "{customer} {name}: services and calls at wholesale",
    },
    "de": {
        "users": "{product}, pro Benutzer",
        "users_since": "{product}, pro Benutzer (hinzugefügt am {date})",
        "number": "{product} +{number}",
        "number_fee": "{product} +{number}, einmalige Gebühr",
        "calls": "Anrufe {zone}",
        "credit_note": "Gutschrift zur Rechnung {invoice}: {reason}",
        "wholesale": "{customer} {name}: Leistungen und Anrufe zum Einkaufspreis",
    },
}
CALL_ZONES = {
    "en": {
        "national_fixed": "to the national fixed network",
        "national_mobile": "to national mobile",
        "europe": "to Europe",
        "world": "to the rest of the world",
    },
    "de": {
        "national_fixed": "ins nationale Festnetz",
        "national_mobile": "auf nationale Mobilnetze",
        "europe": "nach Europa",
        "world": "in die übrige Welt",
    },
}


@lru_cache(maxsize=8)
def _translator(name: str) -> Any:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    path = TRANSLATIONS / f"{name}.qm"
    if not translator.load(str(path)):
        raise FileNotFoundError(f"{path} is missing: run `make translations`")
    return translator


def plural(lang: str, source: str, n: int, **values: object) -> str:
    """A numerus phrase of the documents ('%n call(s)') for n, with its {placeholders} filled."""
    text = _translator(f"documents_{_lang(lang)}").translate(CONTEXT, source, None, n) or source
    return text.replace("%n", str(n)).format(**values)


def product_name(code: str, lang: str, fallback: str = "") -> str:
    english = PRODUCTS.get(code)
    if english is None:
        return fallback or code
    if _lang(lang) == "en":
        return english
    return _translator(f"switchboard_{_lang(lang)}").translate("ProductTexts", english) or english


def line_text(item: InvoiceItem, lang: str) -> str:
    """An invoice line in the document's language, from its code; a line issued before codes
    keeps its English description (with the phrases the provider used then translated)."""
    lang = _lang(lang)
    p = item.params or {}
    words = LINES[lang]

    def day(key: str) -> str:
        value = p.get(key)
        return date_text(date.fromisoformat(str(value)), lang) if value else ""

    def product(key: str = "product") -> str:
        return product_name(str(p.get(key) or ""), lang)

    code = item.code
    if code == "users":
        return (
            words["users_since"].format(product=product(), date=day("added"))
            if p.get("added")
            else words["users"].format(product=product())
        )
    if code in ("number", "number_fee"):
        return words[code].format(product=product(), number=p.get("number", ""))
    if code == "calls":
        zone = str(p.get("zone") or "")
        return words["calls"].format(zone=CALL_ZONES[lang].get(zone, zone_name(zone, lang)))
    if code == "users_added":
        return plural(
            lang,
            "%n user(s) added to {product} from {date}",
            int(p.get("count") or 0),
            product=product(),
            date=day("from"),
        )
    if code == "upgrade":
        return plural(
            lang,
            "Upgrade {old} to {new}, %n user(s), {date} to month end",
            int(p.get("users") or 0),
            old=product("old"),
            new=product("new"),
            date=day("from"),
        )
    if code == "credit_note":
        return words["credit_note"].format(invoice=p.get("invoice", ""), reason=p.get("reason", ""))
    if code == "wholesale":
        return words["wholesale"].format(period=p.get("period", ""), customer=p.get("customer", ""),
                                         name=p.get("name", ""))
    return item_text(item.description, lang)


def _lang(lang: str) -> str:
    return lang if lang in LINES else "en"

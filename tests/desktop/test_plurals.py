"""Counts through Qt's numerus forms in English and German: "1 user", "2 users", never "1 users"
nor "user(s)"; every counted text of the catalogues is a plural entry with its forms, English
ones included (plurals_en.ts)."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop import i18n

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"


@pytest.fixture(params=["en", "de"])
def lang(request, qapp):
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in TRANSLATIONS.glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    i18n.install(request.param)
    yield request.param
    i18n.install("en")


EXPECTED = {
    "en": {"months": ("1 month", "12 months"), "users": ("1 user", "5 users"),
           "customers": ("1 customer shown", "55 customers shown"), "invoices": ("1 invoice", "3 invoices")},
    "de": {"months": ("1 Monat", "12 Monate"), "users": ("1 Benutzer", "5 Benutzer"),
           "customers": ("1 Kunde angezeigt", "55 Kunden angezeigt"),
           "invoices": ("1 Rechnung", "3 Rechnungen")},
}


def test_counts_read_as_the_language_says(lang) -> None:
    from desktop.models.dates import months_text
    from desktop.models.reseller.customers_model import count_text
    from desktop.models.reseller.overview_models import invoices_text
    from desktop.models.subscription.changes_model import PendingChangesModel

    want = EXPECTED[lang]
    assert (months_text(1), months_text(12)) == want["months"]
    changes = PendingChangesModel()
    assert (changes.users_text(1), changes.users_text(5)) == want["users"]
    assert (count_text(1, False), count_text(55, False)) == want["customers"]
    assert (invoices_text(1), invoices_text(3)) == want["invoices"]


def _messages(path: Path):
    for msg in ET.parse(path).iter("message"):
        yield msg.find("source").text or "", msg


def test_every_counted_text_is_a_plural_entry_with_its_forms() -> None:
    plural_sources = set()
    for ts in sorted(TRANSLATIONS.glob("*_de.ts")):
        for source, msg in _messages(ts):
            if "(s)" in source or "%n" in source:
                assert msg.get("numerus") == "yes", f"{ts.name}: {source!r} counts without numerus forms"
                forms = [f.text for f in msg.find("translation").findall("numerusform")]
                assert len(forms) == 2 and all(forms), f"{ts.name}: {source!r} {forms}"
                plural_sources.add(source)
    english = {source: [f.text for f in msg.find("translation").findall("numerusform")]
               for source, msg in _messages(TRANSLATIONS / "plurals_en.ts")}
    documents = {source for source, _ in _messages(TRANSLATIONS / "documents_de.ts")}
    missing = plural_sources - set(english) - documents
    assert not missing, f"plural entries without English forms: {missing}"
    assert all(len(forms) == 2 and "(s)" not in "".join(forms) for forms in english.values())

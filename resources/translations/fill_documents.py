"""Writes documents_en.ts and documents_de.ts: the plurals of the invoice documents (Qt numerus
forms, so English says "1 call" and German "1 Anruf"). The documents' other words are plain tables
in desktop/reports/labels.py; product names come from shop_<lang>.qm (context ProductTexts).

    python resources/translations/fill_documents.py      (then: make translations)
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

CONTEXT = "InvoiceDocument"
# source: (English singular, English plural), (German singular, German plural)
PLURALS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "%n call(s)": (("%n call", "%n calls"), ("%n Anruf", "%n Anrufe")),
    "%n appendix page(s)": (("%n appendix page", "%n appendix pages"), ("%n Seite", "%n Seiten")),
    "%n user(s) added to {product} from {date}": (
        ("%n user added to {product} from {date}", "%n users added to {product} from {date}"),
        ("%n Benutzer zu {product} hinzugefügt ab {date}", "%n Benutzer zu {product} hinzugefügt ab {date}"),
    ),
    "Upgrade {old} to {new}, %n user(s), {date} to month end": (
        (
            "Upgrade {old} to {new}, %n user, {date} to month end",
            "Upgrade {old} to {new}, %n users, {date} to month end",
        ),
        (
            "Upgrade von {old} auf {new}, %n Benutzer, {date} bis Monatsende",
            "Upgrade von {old} auf {new}, %n Benutzer, {date} bis Monatsende",
        ),
    ),
}


def write(lang: str, index: int) -> None:
    messages = []
    for source, forms in PLURALS.items():
        numerus = "".join(f"\n            <numerusform>{escape(f)}</numerusform>" for f in forms[index])
        messages.append(
            f'    <message numerus="yes">\n        <source>{escape(source)}</source>\n'
            f"        <translation>{numerus}\n        </translation>\n    </message>\n"
        )
    language = {"en": "en_GB", "de": "de_DE"}[lang]
    text = (
        "<?xml version='1.0' encoding='utf-8'?>\n<!DOCTYPE TS>\n"
        f'<TS version="2.1" language="{language}">\n'
        f"<context>\n    <name>{CONTEXT}</name>\n{''.join(messages)}</context>\n</TS>\n"
    )
    (Path(__file__).parent / f"documents_{lang}.ts").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    write("en", 0)
    write("de", 1)

"""Numerus forms for every catalogue given: English (plurals_en.ts, made by lupdate -pluralonly)
from the source's "(s)" ("%n user(s)" -> "%n user", "%n users") unless worded below, German from
the table below. Entries translated before are left as they are. Fails when a plural entry is
still unfinished afterwards:
    .venv/bin/python resources/translations/fill_plurals.py resources/translations/*.ts"""
import sys
import xml.etree.ElementTree as ET

EN = {
    "Nothing was imported: %n line(s) have errors. Correct them in the file and import it again.": (
        "Nothing was imported: %n line has errors. Correct it in the file and import it again.",
        "Nothing was imported: %n lines have errors. Correct them in the file and import it again."),
    "The last %n top-up(s) failed.": ("The last top-up failed.", "The last %n top-ups failed."),
}
DE = {
    "%n customer(s) could not be exported; see the report.": (
        "%n Kunde konnte nicht exportiert werden; siehe den Bericht.",
        "%n Kunden konnten nicht exportiert werden; siehe den Bericht."),
    "%n customer(s) in %1.": ("%n Kunde in %1.", "%n Kunden in %1."),
    "Nothing was imported: %n line(s) have errors. Correct them in the file and import it again.": (
        "Nichts wurde importiert: %n Zeile hat Fehler. Korrigieren Sie sie in der Datei und importieren Sie "
        "sie noch einmal.",
        "Nichts wurde importiert: %n Zeilen haben Fehler. Korrigieren Sie sie in der Datei und importieren "
        "Sie sie noch einmal."),
    "%n month(s)": ("%n Monat", "%n Monate"),
    "%n user(s)": ("%n Benutzer", "%n Benutzer"),
    "%n customer(s) shown": ("%n Kunde angezeigt", "%n Kunden angezeigt"),
    "%n customer(s) shown, scroll for more": ("%n Kunde angezeigt, für weitere scrollen",
                                               "%n Kunden angezeigt, für weitere scrollen"),
    "%n invoice(s)": ("%n Rechnung", "%n Rechnungen"),
    "The last %n top-up(s) failed.": ("Die letzte Aufladung ist fehlgeschlagen.",
                                      "Die letzten %n Aufladungen sind fehlgeschlagen."),
    "%n reminder(s) sent": ("%n Mahnung verschickt", "%n Mahnungen verschickt"),
    "Exported %n invoice(s) to %1.": ("%n Rechnung nach %1 exportiert.", "%n Rechnungen nach %1 exportiert."),
    "%n message(s)": ("%n Nachricht", "%n Nachrichten"),
    "Sent %n page(s) to the printer.": ("%n Seite an den Drucker gesendet.",
                                        "%n Seiten an den Drucker gesendet."),
    "Trying again by itself in %n second(s).": ("Neuer Versuch von selbst in %n Sekunde.",
                                                "Neuer Versuch von selbst in %n Sekunden."),
}


def english(source: str) -> tuple[str, str]:
    return EN.get(source) or (source.replace("(s)", ""), source.replace("(s)", "s"))


unfinished = []
for path in sys.argv[1:]:
    if not path.endswith((".ts",)):
        continue
    lang = path.rsplit("_", 1)[-1].removesuffix(".ts")
    tree = ET.parse(path)
    changed = False
    for msg in tree.iter("message"):
        if msg.get("numerus") != "yes":
            continue
        src = msg.find("source").text
        tr = msg.find("translation")
        if tr.get("type") != "unfinished" and [f.text for f in tr.findall("numerusform")] != ["", ""]:
            continue
        forms = english(src) if lang == "en" else DE.get(src) if lang == "de" else None
        if forms is None:
            unfinished.append(f"{path}: {src}")
            continue
        for child in list(tr):
            tr.remove(child)
        tr.text = None
        for form in forms:
            ET.SubElement(tr, "numerusform").text = form
        tr.attrib.pop("type", None)
        changed = True
    if changed:
        tree.write(path, encoding="utf-8", xml_declaration=True)
if unfinished:
    sys.exit(f"plurals without forms: {unfinished}")

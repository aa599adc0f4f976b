"""Fill the German translations of the review area's catalogue."""
import sys
import xml.etree.ElementTree as ET

DE = {
    "Compare months": "Monate vergleichen", "Month &A:": "Monat &A:", "Month &B:": "Monat &B:",
    "Search number, zone, date…": "Nummer, Zone, Datum suchen…",
    "&Search calls of month B:": "Anrufe von Monat B &suchen:",
    "&Flag call to dispute…": "Anruf &beanstanden…", "Save month B as &PDF…": "Monat B als &PDF speichern…",
    "Kept on this computer and sent to the provider when online.":
        "Wird auf diesem Computer gespeichert und bei Verbindung an den Anbieter gesendet.",
    "No invoices on this computer yet.": "Noch keine Rechnungen auf diesem Computer.",
    "Choose a call first.": "Wählen Sie zuerst einen Anruf.", "Dispute call": "Anruf beanstanden",
    "What is wrong with the call to +%1?": "Was stimmt mit dem Anruf an +%1 nicht?",
    "Dispute kept on this computer; it is sent to the provider with the next sync.":
        "Beanstandung auf diesem Computer gespeichert; sie wird mit dem nächsten Abgleich an den Anbieter "
        "gesendet.",
    "Save invoice": "Rechnung speichern", "PDF (*.pdf)": "PDF (*.pdf)", "Saved %1.": "%1 gespeichert.",
    "Start (UTC)": "Beginn (UTC)", "To": "An", "Zone": "Zone", "Duration": "Dauer", "Price": "Preis",
    "Dispute": "Beanstandung", "sent": "gesendet", "kept, not sent yet": "gespeichert, noch nicht gesendet",
    "%1: calls": "%1: Anrufe", "%1: amount": "%1: Betrag", "Net": "Netto", "VAT": "MWST",
    "Total": "Total", "What": "Was", "Difference": "Differenz",
}
path = sys.argv[1]
tree = ET.parse(path)
for msg in tree.iter("message"):
    src = msg.find("source").text
    tr = msg.find("translation")
    if src in DE:
        tr.text = DE[src]
        tr.attrib.pop("type", None)
tree.write(path, encoding="utf-8", xml_declaration=True)

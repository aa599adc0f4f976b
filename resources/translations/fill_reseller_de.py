"""Fill the German translations of the reseller area's catalogue (reseller_de.ts)."""
import sys
import xml.etree.ElementTree as ET

DE = {
    "New customer": "Neuer Kunde",
    "A business account under your reseller account. Its owner signs in with this e-mail address and "
    "password; you can act for the customer at once.":
        "Ein Geschäftskonto unter Ihrem Wiederverkäuferkonto. Der Inhaber meldet sich mit dieser "
        "E-Mail-Adresse und diesem Passwort an; Sie können sofort für den Kunden handeln.",
    "&Company:": "&Firma:", "Contact &name:": "Kontakt&name:", "&E-mail:": "&E-Mail:",
    "&Password:": "&Passwort:", "C&ountry:": "&Land:", "&Street:": "&Strasse:",
    "Posta&l code:": "P&LZ:", "C&ity:": "&Ort:", "C&reate customer": "Kunden &anlegen",
    "Fill this in.": "Bitte ausfüllen.", "Active": "Aktiv", "Closed": "Geschlossen", "User ID": "Benutzer-ID",
    "Customer": "Kunde", "Country": "Land", "Status": "Status", "Balance": "Guthaben",
    "Open invoices": "Offene Rechnungen", "Open amount": "Offener Betrag",
    "Name, company, user ID or owner e-mail": "Name, Firma, Benutzer-ID oder E-Mail des Inhabers",
    "Any status": "Jeder Status", "Any balance": "Jedes Guthaben", "Negative balance": "Negatives Guthaben",
    "Below 20.00": "Unter 20.00", "100.00 or more": "100.00 oder mehr",
    "Open invoices or not": "Mit oder ohne offene Rechnungen", "With open invoices": "Mit offenen Rechnungen",
    "No open invoices": "Ohne offene Rechnungen", "&Open customer": "Kunden ö&ffnen",
    "&New customer…": "&Neuer Kunde…", "&Search:": "&Suchen:", "C&ustomers": "K&unden",
    "O&verview": "Ü&bersicht", "Customers": "Kunden", " (scroll for more)": " (für mehr scrollen)",
    "Customer %1 created (user ID %2).": "Kunde %1 angelegt (Benutzer-ID %2).",
    "Prepaid balances": "Prepaid-Guthaben",
    "Revenue, last 12 months (net)": "Umsatz, letzte 12 Monate (netto)",
    "Overdue invoices": "Überfällige Rechnungen", "Month": "Monat", "Revenue (net)": "Umsatz (netto)",
    "Invoiced, 12 months (net)": "Verrechnet, 12 Monate (netto)", "Revenue per month": "Umsatz pro Monat",
    "Top customers": "Wichtigste Kunden",
}
PLURALS = {
    "%n customer(s) shown": ("%n Kunde angezeigt", "%n Kunden angezeigt"),
    "%n invoice(s)": ("%n Rechnung", "%n Rechnungen"),
    "%n invoice(s) past due": ("%n Rechnung überfällig", "%n Rechnungen überfällig"),
}
path = sys.argv[1]
tree = ET.parse(path)
for msg in tree.iter("message"):
    src = msg.find("source").text
    tr = msg.find("translation")
    if src in PLURALS:
        for form in list(tr):
            tr.remove(form)
        for text in PLURALS[src]:
            ET.SubElement(tr, "numerusform").text = text
        tr.attrib.pop("type", None)
    elif src in DE:
        tr.text = DE[src]
        tr.attrib.pop("type", None)
    else:
        print("untranslated:", src, file=sys.stderr)
tree.write(path, encoding="utf-8", xml_declaration=True)

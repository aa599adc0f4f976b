"""Fill the German translations of the reseller area's catalogue (reseller_de.ts); fails while any
entry is left without German:
    .venv/bin/python resources/translations/fill_reseller_de.py resources/translations/reseller_de.ts"""
import sys

DE = {
    "Save as &CSV…": "Als &CSV speichern…", "Customer number": "Kundennummer",
    "&Dashboard": "&Dashboard", "Customers won and lost": "Gewonnene und verlorene Kunden",
    "Won: %1, lost: %2": "Gewonnen: %1, verloren: %2",
    "No customer won or lost in the last 12 months.":
        "In den letzten 12 Monaten kein Kunde gewonnen oder verloren.",
    "Top customers by margin": "Top-Kunden nach Marge",
    "Customers with failing payments": "Kunden mit fehlschlagenden Zahlungen",
    "Margin per month (%1)": "Marge pro Monat (%1)",
    "Billed %1, wholesale %2, margin %3": "Verrechnet %1, Einkauf %2, Marge %3",
    "No month invoiced at wholesale yet.": "Noch kein Monat zum Einkaufspreis verrechnet.",
    "Loading the dashboard…": "Dashboard wird geladen…",
    "Offline: the figures as fetched on %1.": "Offline: die Zahlen vom %1.",
    "Active customers: %1 · Margin, 12 months: %2": "Aktive Kunden: %1 · Marge, 12 Monate: %2",
    "No margin in the last 12 months.": "Keine Marge in den letzten 12 Monaten.",
    "No customer's payments are failing.": "Bei keinem Kunden schlagen Zahlungen fehl.",
    "Invoice overdue since %1": "Rechnung überfällig seit %1",
    "Card payment failed on %1": "Kartenzahlung am %1 fehlgeschlagen",
    "Automatic top-up failing since %1": "Automatische Aufladung schlägt seit %1 fehl",
    "Margin, 12 months": "Marge, 12 Monate", "What fails": "Was fehlschlägt", "Amount": "Betrag",
    "Save as &PDF…": "Als &PDF speichern…", "Save as E&xcel…": "Als E&xcel speichern…",
    "Shown once the month's statement has loaded.": "Möglich, sobald die Abrechnung des Monats geladen ist.",
    "PDF files (*.pdf)": "PDF-Dateien (*.pdf)", "Excel workbooks (*.xlsx)": "Excel-Arbeitsmappen (*.xlsx)",
    "Retail billed": "Verrechnet", "Wholesale owed": "Einkauf geschuldet", "Margin": "Marge",
    "&Month:": "&Monat:", "Loading the statement…": "Abrechnung wird geladen…", "Total %1": "Total %1",
    "Customers invoiced for %2: %1": "Verrechnete Kunden für %2: %1",
    "No customer was invoiced for %1.": "Für %1 wurde kein Kunde verrechnet.",
    "Save the statement": "Abrechnung speichern", "CSV files (*.csv)": "CSV-Dateien (*.csv)",
    "Saving…": "Wird gespeichert…", "Saved to %1.": "Gespeichert unter %1.",
    "&Wholesale statement": "&Großhandelsabrechnung",
    "New customer": "Neuer Kunde",
    "A business account under your reseller account. Its owner signs in with this e-mail address and "
    "password; you can act for the customer at once.":
        "Ein Geschäftskonto unter Ihrem Reseller-Konto. Der Inhaber meldet sich mit dieser "
        "E-Mail-Adresse und diesem Passwort an; Sie können sofort für den Kunden handeln.",
    "&Company:": "&Firma:", "Contact &name:": "Kontakt&name:", "&E-mail:": "&E-Mail:",
    "&Password:": "&Passwort:", "C&ountry:": "&Land:", "&Street:": "&Straße:",
    "Posta&l code:": "PL&Z:", "C&ity:": "&Ort:", "C&reate customer": "Kunden &anlegen",
    "Fill this in.": "Bitte ausfüllen.", "Active": "Aktiv", "Closed": "Geschlossen", "User ID": "Benutzer-ID",
    "Customer": "Kunde", "Country": "Land", "Status": "Status", "Balance": "Guthaben",
    "Open invoices": "Offene Rechnungen", "Open amount": "Offener Betrag",
    "Name, company, user ID or owner e-mail": "Name, Firma, Benutzer-ID oder E-Mail des Inhabers",
    "Any status": "Jeder Status", "Any balance": "Jedes Guthaben", "Negative balance": "Negatives Guthaben",
    "Balance below %1": "Guthaben unter %1", "Balance of %1 or more": "Guthaben ab %1",
    "Open invoices or not": "Mit oder ohne offene Rechnungen", "With open invoices": "Mit offenen Rechnungen",
    "No open invoices": "Ohne offene Rechnungen",
    "Status filter": "Statusfilter", "Balance filter": "Guthabenfilter",
    "Open invoices filter": "Filter offene Rechnungen",
    "Choose a customer in the list first.": "Wählen Sie zuerst einen Kunden in der Liste.",
    "&Open customer": "Kunden ö&ffnen",
    "&New customer…": "&Neuer Kunde…", "&Search:": "&Suchen:", "Customer &list": "Kunden&liste",
    "O&verview": "Ü&bersicht", "Customers": "Kunden",
    "1 customer shown": "1 Kunde angezeigt", "%1 customers shown": "%1 Kunden angezeigt",
    "1 customer shown, scroll for more": "1 Kunde angezeigt, für mehr scrollen",
    "%1 customers shown, scroll for more": "%1 Kunden angezeigt, für mehr scrollen",
    "Customer %1 created (user ID %2).": "Kunde %1 angelegt (Benutzer-ID %2).",
    "A click on a column sorts the list by it; another click reverses the order. From the keyboard: the "
    "menu key (Shift+F10) in the list.":
        "Ein Klick auf eine Spalte sortiert die Liste danach; ein weiterer Klick kehrt die Reihenfolge um. "
        "Mit der Tastatur: die Menütaste (Umschalt+F10) in der Liste.",
    "Sort by %1": "Sortieren nach %1",
    "The customer list needs a connection to the provider.":
        "Die Kundenliste braucht eine Verbindung zum Anbieter.",
    "Offline: the list and the overview show what was loaded before; searching, opening and creating "
    "customers need a connection to the provider.":
        "Offline: Liste und Übersicht zeigen, was vorher geladen wurde; Kunden suchen, öffnen und anlegen "
        "braucht eine Verbindung zum Anbieter.",
    "Loading customers…": "Kunden werden geladen…", "Loading…": "Wird geladen…",
    "No customer matches this search and these filters.":
        "Kein Kunde passt zu dieser Suche und diesen Filtern.",
    "You have no customers yet. New customer… creates one.":
        "Sie haben noch keine Kunden. „Neuer Kunde…“ legt einen an.",
    "The customers could not be loaded: see the message above.":
        "Die Kunden konnten nicht geladen werden: siehe die Meldung oben.",
    "Customers:": "Kunden:", "Prepaid balances:": "Prepaid-Guthaben:",
    "Revenue, last 12 months (net):": "Umsatz, letzte 12 Monate (netto):",
    "Open invoices (gross):": "Offene Rechnungen (brutto):", "Overdue:": "Überfällig:",
    "Customers with open &invoices": "Kunden mit offenen &Rechnungen",
    "The customer list with only the customers who have open invoices, the largest open amount first.":
        "Die Kundenliste mit nur den Kunden, die offene Rechnungen haben, der größte offene Betrag zuerst.",
    "Enter or a double click opens the customer.": "Enter oder ein Doppelklick öffnet den Kunden.",
    "Month": "Monat", "Revenue (net)": "Umsatz (netto)",
    "Invoiced, 12 months (net)": "Verrechnet, 12 Monate (netto)", "Revenue per month": "Umsatz pro Monat",
    "Top customers, last 12 months": "Wichtigste Kunden, letzte 12 Monate",
    "Loading the overview…": "Übersicht wird geladen…",
    "Not loaded: see the message above.": "Nicht geladen: siehe die Meldung oben.",
    "Offline: the overview needs a connection to the provider.":
        "Offline: Die Übersicht braucht eine Verbindung zum Anbieter.",
    "Needs a connection to the provider.": "Braucht eine Verbindung zum Anbieter.",
    "No invoices issued in the last 12 months.":
        "In den letzten 12 Monaten wurden keine Rechnungen ausgestellt.",
    "none": "keine", "1 invoice": "1 Rechnung", "%1 invoices": "%1 Rechnungen",
}
sys.path.insert(0, __file__.rsplit("/", 1)[0])
from _fill import fill  # noqa: E402
from fill_reseller_bulk_de import DE_BULK  # noqa: E402 - the Bulk work tab's, kept apart

DE.update(DE_BULK)
missing = fill(sys.argv[1], DE)
for src in missing:
    print("untranslated:", src, file=sys.stderr)
sys.exit(1 if missing else 0)

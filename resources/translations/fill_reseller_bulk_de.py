"""German for the reseller workspace's Bulk work tab (desktop/views/reseller/bulk_*.py), merged
into fill_reseller_de.py's table; the plurals are in fill_plurals.py."""

DE_BULK = {
    'Bulk work starts once this tab has loaded its jobs from the provider (online).':
        'Massenaktionen sind möglich, sobald dieser Reiter seine Aufträge vom Anbieter geladen hat (online).',
    'An export is running: wait until it has finished, or cancel it.':
        'Ein Export läuft: Warten Sie, bis er fertig ist, oder brechen Sie ihn ab.',
    'Select an unfinished export in the list of jobs.':
        'Wählen Sie in der Auftragsliste einen nicht abgeschlossenen Export.',
    'Select a job in the list.':
        'Wählen Sie einen Auftrag in der Liste.',
    'No export is running.':
        'Es läuft kein Export.',
    '&Bulk work':
        'Massenak&tionen',
    '&Export invoices…':
        'Rechnungen &exportieren…',
    'Automatic &top-up…':
        'Automatische &Aufladung…',
    '&Import customers…':
        'Kunden &importieren…',
    '&Resume export…':
        'Export &fortsetzen…',
    'Show re&port':
        '&Bericht anzeigen',
    'Re&fresh':
        'Akt&ualisieren',
    '&Cancel export':
        'Export a&bbrechen',
    '%v of %m customers':
        '%v von %m Kunden',
    'Started':
        'Gestartet',
    'Job':
        'Auftrag',
    'Status':
        'Status',
    'Result':
        'Ergebnis',
    '&Month:':
        '&Monat:',
    'Folder for the ZIP file':
        'Ordner für die ZIP-Datei',
    'Starting the export of %1…':
        'Export für %1 wird gestartet…',
    'Exporting invoices into %1…':
        'Rechnungen werden nach %1 exportiert…',
    'Cancelling…':
        'Wird abgebrochen…',
    'Export cancelled. What was written stays in the ZIP file; Resume export… goes on from there.':
        ('Export abgebrochen. Was geschrieben ist, bleibt in der ZIP-Datei; «Export fortsetzen…» '
         'macht dort weiter.'),
    'Export finished: %1.':
        'Export fertig: %1.',
    'Customers to import':
        'Zu importierende Kunden',
    'Customer lists (*.csv *.xlsx)':
        'Kundenlisten (*.csv *.xlsx)',
    'Invoices of %1 as ZIP':
        'Rechnungen %1 als ZIP',
    'Automatic top-up switched on':
        'Automatische Aufladung eingeschaltet',
    'Automatic top-up switched off':
        'Automatische Aufladung ausgeschaltet',
    'Customers imported from %1':
        'Kunden importiert aus %1',
    'Running':
        'Läuft',
    'Cancelled':
        'Abgebrochen',
    'Finished':
        'Fertig',
    '%1 of %2 done':
        '%1 von %2 erledigt',
    '%1 failed':
        '%1 fehlgeschlagen',
    'Not yet':
        'Noch nicht',
    'Done':
        'Erledigt',
    'Failed':
        'Fehlgeschlagen',
    'Company':
        'Firma',
    'Contact':
        'Kontaktperson',
    'E-mail':
        'E-Mail',
    'Country':
        'Land',
    'Street':
        'Strasse',
    'Postal code':
        'PLZ',
    'City':
        'Ort',
    'Language':
        'Sprache',
    'Kind':
        'Art',
    'VAT number':
        'MWST-Nummer',
    'Line':
        'Zeile',
    'Import customers':
        'Kunden importieren',
    ('Each line of the file becomes a business customer under your account. Columns: company, '
     'contact, e-mail, country, street, postal code, city (language, kind and VAT number if you '
     'like). If one line is wrong, nothing is imported and every wrong line is listed. The new '
     "customers' owners get an e-mail telling them how to choose their password."):
        ('Jede Zeile der Datei wird ein Geschäftskunde unter Ihrem Konto. Spalten: Firma, '
         'Kontaktperson, E-Mail, Land, Strasse, PLZ, Ort (Sprache, Art und MWST-Nummer nach Wunsch). '
         'Ist eine Zeile falsch, wird nichts importiert und jede falsche Zeile aufgelistet. Die '
         'Inhaber der neuen Kunden erhalten eine E-Mail, wie sie ihr Passwort wählen.'),
    'Column':
        'Spalte',
    'Problem':
        'Problem',
    '&Import all':
        'Alle &importieren',
    'Reading %1…':
        '%1 wird gelesen…',
    'The file cannot be imported: %1':
        'Die Datei kann nicht importiert werden: %1',
    'Importing…':
        'Wird importiert…',
    'Customer':
        'Kunde',
    'Message':
        'Meldung',
    'Automatic top-up for several customers':
        'Automatische Aufladung für mehrere Kunden',
    ("The same settings for every customer ticked below, in each customer's own currency. "
     "Switching on charges the customer's saved card; a customer without one is named in the "
     'report and left as it was.'):
        ('Dieselben Einstellungen für jeden unten angekreuzten Kunden, in der Währung des Kunden. '
         'Einschalten belastet die gespeicherte Karte des Kunden; ein Kunde ohne Karte wird im '
         'Bericht genannt und bleibt, wie er war.'),
    'Switch automatic top-up &on':
        'Automatische Aufladung &einschalten',
    'C&ustomers:':
        'K&unden:',
    'When the balance is &below:':
        'Wenn das Guthaben &unter:',
    'Top up by &amount:':
        'Aufladen um &Betrag:',
    'A&pply to the ticked customers':
        'Auf die angekreuzten Kunden an&wenden',
    'Give an amount, e.g. 20.00.':
        'Geben Sie einen Betrag an, z. B. 20.00.',
    'Tick at least one customer.':
        'Kreuzen Sie mindestens einen Kunden an.',
    "No.":
        "Nr.",
    "This is not an e-mail address.":
        "Das ist keine E-Mail-Adresse.",
    "An account with this e-mail address exists already.":
        "Ein Konto mit dieser E-Mail-Adresse gibt es schon.",
    "The same e-mail address as an earlier line.":
        "Dieselbe E-Mail-Adresse wie in einer früheren Zeile.",
    "We serve Switzerland, Liechtenstein and the EU countries (give the ISO code: CH, DE, …).":
        "Wir bedienen die Schweiz, Liechtenstein und die EU-Länder (ISO-Code angeben: CH, DE, …).",
    "The contact person is missing.":
        "Die Kontaktperson fehlt.",
    "A business customer needs the company name.":
        "Ein Geschäftskunde braucht den Firmennamen.",
    "The street is missing.":
        "Die Strasse fehlt.",
    "The postal code is missing.":
        "Die PLZ fehlt.",
    "The city is missing.":
        "Der Ort fehlt.",
    "This is not a valid VAT number for the country.":
        "Das ist keine gültige MWST-Nummer für das Land.",
    "The kind is business or private.":
        "Die Art ist business oder private.",
    "The language is de or en.":
        "Die Sprache ist de oder en.",
    "The same line number twice.":
        "Dieselbe Zeilennummer zweimal.",
    "The customer has no saved card to charge.":
        "Der Kunde hat keine gespeicherte Karte, die belastet werden kann.",
}

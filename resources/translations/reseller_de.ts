<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>BulkPanel</name>
    <message>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="140" />
        <source>Bulk work starts once this tab has loaded its jobs from the provider (online).</source>
        <translation>Massenaktionen sind möglich, sobald dieser Reiter seine Aufträge vom Anbieter geladen hat (online).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="140" />
        <source>An export is running: wait until it has finished, or cancel it.</source>
        <translation>Ein Export läuft: Warten Sie, bis er fertig ist, oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="140" />
        <source>Select an unfinished export in the list of jobs.</source>
        <translation>Wählen Sie in der Auftragsliste einen nicht abgeschlossenen Export.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="140" />
        <source>Select a job in the list.</source>
        <translation>Wählen Sie einen Auftrag in der Liste.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="140" />
        <source>No export is running.</source>
        <translation>Es läuft kein Export.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="49" />
        <source>&amp;Export invoices…</source>
        <translation>Rechnungen &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="50" />
        <source>Automatic &amp;top-up…</source>
        <translation>Automatische &amp;Aufladung…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="51" />
        <source>&amp;Import customers…</source>
        <translation>Kunden &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="52" />
        <source>&amp;Resume export…</source>
        <translation>Export &amp;fortsetzen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="53" />
        <source>Show re&amp;port</source>
        <translation>&amp;Bericht anzeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="54" />
        <source>Re&amp;fresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="55" />
        <source>&amp;Cancel export</source>
        <translation>Export a&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="58" />
        <source>%v of %m customers</source>
        <translation>%v von %m Kunden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="64" />
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="64" />
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="64" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="64" />
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="87" />
        <source>&amp;Month:</source>
        <translation>&amp;Monat:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="163" />
        <source>Folder for the ZIP file</source>
        <translation>Ordner für die ZIP-Datei</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="173" />
        <source>Starting the export of %1…</source>
        <translation>Export für %1 wird gestartet…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="191" />
        <source>Exporting invoices into %1…</source>
        <translation>Rechnungen werden nach %1 exportiert…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="210" />
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="234" />
        <source>Export cancelled. What was written stays in the ZIP file; Resume export… goes on from there.</source>
        <translation>Export abgebrochen. Was geschrieben ist, bleibt in der ZIP-Datei; «Export fortsetzen…» macht dort weiter.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="244" />
        <source>Export finished: %1.</source>
        <translation>Export fertig: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="247" />
        <source>%n customer(s) could not be exported; see the report.</source>
        <translation>
            <numerusform>%n Kunde konnte nicht exportiert werden; siehe den Bericht.</numerusform>
            <numerusform>%n Kunden konnten nicht exportiert werden; siehe den Bericht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="276" />
        <source>Customers to import</source>
        <translation>Zu importierende Kunden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="276" />
        <source>Customer lists (*.csv *.xlsx)</source>
        <translation>Kundenlisten (*.csv *.xlsx)</translation>
    </message>
</context>
<context>
    <name>BulkWork</name>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="26" />
        <source>Invoices of %1 as ZIP</source>
        <translation>Rechnungen %1 als ZIP</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="31" />
        <source>Automatic top-up switched on</source>
        <translation>Automatische Aufladung eingeschaltet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="32" />
        <source>Automatic top-up switched off</source>
        <translation>Automatische Aufladung ausgeschaltet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="33" />
        <source>Customers imported from %1</source>
        <translation>Kunden importiert aus %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="40" />
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="41" />
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="42" />
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="48" />
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="53" />
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="59" />
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="60" />
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="61" />
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="66" />
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="67" />
        <source>Contact</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="68" />
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="69" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="70" />
        <source>Street</source>
        <translation>Strasse</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="71" />
        <source>Postal code</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="72" />
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="73" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="74" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="75" />
        <source>VAT number</source>
        <translation>MWST-Nummer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="76" />
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="84" />
        <source>This is not an e-mail address.</source>
        <translation>Das ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="85" />
        <source>An account with this e-mail address exists already.</source>
        <translation>Ein Konto mit dieser E-Mail-Adresse gibt es schon.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="88" />
        <source>The same e-mail address as an earlier line.</source>
        <translation>Dieselbe E-Mail-Adresse wie in einer früheren Zeile.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="91" />
        <source>We serve Switzerland, Liechtenstein and the EU countries (give the ISO code: CH, DE, …).</source>
        <translation>Wir bedienen die Schweiz, Liechtenstein und die EU-Länder (ISO-Code angeben: CH, DE, …).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="95" />
        <source>The contact person is missing.</source>
        <translation>Die Kontaktperson fehlt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="96" />
        <source>A business customer needs the company name.</source>
        <translation>Ein Geschäftskunde braucht den Firmennamen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="99" />
        <source>The street is missing.</source>
        <translation>Die Strasse fehlt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="100" />
        <source>The postal code is missing.</source>
        <translation>Die PLZ fehlt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="101" />
        <source>The city is missing.</source>
        <translation>Der Ort fehlt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="102" />
        <source>This is not a valid VAT number for the country.</source>
        <translation>Das ist keine gültige MWST-Nummer für das Land.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="105" />
        <source>The kind is business or private.</source>
        <translation>Die Art ist business oder private.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="106" />
        <source>The language is de or en.</source>
        <translation>Die Sprache ist de oder en.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="107" />
        <source>The same line number twice.</source>
        <translation>Dieselbe Zeilennummer zweimal.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="115" />
        <source>The customer has no saved card to charge.</source>
        <translation>Der Kunde hat keine gespeicherte Karte, die belastet werden kann.</translation>
    </message>
</context>
<context>
    <name>CreateCustomerDialog</name>
    <message>
        <location filename="../../desktop/views/reseller/create_customer_dialog.py" line="18" />
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/create_customer_dialog.py" line="19" />
        <source>A business account under your reseller account. Its owner signs in with this e-mail address and password; you can act for the customer at once.</source>
        <translation>Ein Geschäftskonto unter Ihrem Reseller-Konto. Der Inhaber meldet sich mit dieser E-Mail-Adresse und diesem Passwort an; Sie können sofort für den Kunden handeln.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/create_customer_dialog.py" line="37" />
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/create_customer_dialog.py" line="38" />
        <source>Contact &amp;name:</source>
        <translation>Kontakt&amp;name:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/create_customer_dialog.py" line="39" />
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/create_customer_dialog.py" line="40" />
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/create_customer_dialog.py" line="41" />
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/create_customer_dialog.py" line="42" />
        <source>&amp;Street:</source>
        <translation>&amp;Straße:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/create_customer_dialog.py" line="43" />
        <source>Posta&amp;l code:</source>
        <translation>PL&amp;Z:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/create_customer_dialog.py" line="44" />
        <source>C&amp;ity:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/create_customer_dialog.py" line="45" />
        <source>C&amp;reate customer</source>
        <translation>Kunden &amp;anlegen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/create_customer_dialog.py" line="74" />
        <source>Fill this in.</source>
        <translation>Bitte ausfüllen.</translation>
    </message>
</context>
<context>
    <name>CustomerCounts</name>
    <message numerus="yes">
        <location filename="../../desktop/models/reseller/customers_model.py" line="40" />
        <source>%n customer(s) shown, scroll for more</source>
        <translation>
            <numerusform>%n Kunde angezeigt, für weitere scrollen</numerusform>
            <numerusform>%n Kunden angezeigt, für weitere scrollen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/models/reseller/customers_model.py" line="41" />
        <source>%n customer(s) shown</source>
        <translation>
            <numerusform>%n Kunde angezeigt</numerusform>
            <numerusform>%n Kunden angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <location filename="../../desktop/models/reseller/customers_model.py" line="45" />
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reseller/customers_model.py" line="46" />
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reseller/customers_model.py" line="91" />
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reseller/customers_model.py" line="93" />
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reseller/customers_model.py" line="95" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reseller/customers_model.py" line="97" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reseller/customers_model.py" line="99" />
        <source>Balance</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reseller/customers_model.py" line="101" />
        <source>Open invoices</source>
        <translation>Offene Rechnungen</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reseller/customers_model.py" line="103" />
        <source>Open amount</source>
        <translation>Offener Betrag</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="58" />
        <source>Name, company, user ID or owner e-mail</source>
        <translation>Name, Firma, Benutzer-ID oder E-Mail des Inhabers</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="67" />
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="67" />
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="67" />
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="70" />
        <source>Any balance</source>
        <translation>Jedes Guthaben</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="70" />
        <source>Negative balance</source>
        <translation>Negatives Guthaben</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="71" />
        <source>Balance below %1</source>
        <translation>Guthaben unter %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="72" />
        <source>Balance of %1 or more</source>
        <translation>Guthaben ab %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="76" />
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="77" />
        <source>Balance filter</source>
        <translation>Guthabenfilter</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="78" />
        <source>Open invoices filter</source>
        <translation>Filter offene Rechnungen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="126" />
        <source>Customer &amp;list</source>
        <translation>Kunden&amp;liste</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="131" />
        <source>&amp;Wholesale statement</source>
        <translation>&amp;Großhandelsabrechnung</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="136" />
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="142" />
        <source>&amp;Bulk work</source>
        <translation>Massenak&amp;tionen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="213" />
        <source>Choose a customer in the list first.</source>
        <translation>Wählen Sie zuerst einen Kunden in der Liste.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="236" />
        <source>The customer list needs a connection to the provider.</source>
        <translation>Die Kundenliste braucht eine Verbindung zum Anbieter.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="263" />
        <source>Loading customers…</source>
        <translation>Kunden werden geladen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="264" />
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="282" />
        <source>No customer matches this search and these filters.</source>
        <translation>Kein Kunde passt zu dieser Suche und diesen Filtern.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="283" />
        <source>You have no customers yet. New customer… creates one.</source>
        <translation>Sie haben noch keine Kunden. „Neuer Kunde…“ legt einen an.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="326" />
        <source>The customers could not be loaded: see the message above.</source>
        <translation>Die Kunden konnten nicht geladen werden: siehe die Meldung oben.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="74" />
        <source>Open invoices or not</source>
        <translation>Mit oder ohne offene Rechnungen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="74" />
        <source>With open invoices</source>
        <translation>Mit offenen Rechnungen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="75" />
        <source>No open invoices</source>
        <translation>Ohne offene Rechnungen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="84" />
        <source>&amp;Open customer</source>
        <translation>Kunden ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="87" />
        <source>&amp;New customer…</source>
        <translation>&amp;Neuer Kunde…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="107" />
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="127" />
        <source>O&amp;verview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="145" />
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="164" />
        <source>A click on a column sorts the list by it; another click reverses the order. From the keyboard: the menu key (Shift+F10) in the list.</source>
        <translation>Ein Klick auf eine Spalte sortiert die Liste danach; ein weiterer Klick kehrt die Reihenfolge um. Mit der Tastatur: die Menütaste (Umschalt+F10) in der Liste.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="193" />
        <source>Sort by %1</source>
        <translation>Sortieren nach %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="238" />
        <source>Offline: the list and the overview show what was loaded before; searching, opening and creating customers need a connection to the provider.</source>
        <translation>Offline: Liste und Übersicht zeigen, was vorher geladen wurde; Kunden suchen, öffnen und anlegen braucht eine Verbindung zum Anbieter.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="394" />
        <source>Customer %1 created (user ID %2).</source>
        <translation>Kunde %1 angelegt (Benutzer-ID %2).</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/views/reseller/bulk_dialogs.py" line="145" />
        <source>Import customers</source>
        <translation>Kunden importieren</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_dialogs.py" line="151" />
        <source>Each line of the file becomes a business customer under your account. Columns: company, contact, e-mail, country, street, postal code, city (language, kind and VAT number if you like). If one line is wrong, nothing is imported and every wrong line is listed. The new customers' owners get an e-mail telling them how to choose their password.</source>
        <translation>Jede Zeile der Datei wird ein Geschäftskunde unter Ihrem Konto. Spalten: Firma, Kontaktperson, E-Mail, Land, Strasse, PLZ, Ort (Sprache, Art und MWST-Nummer nach Wunsch). Ist eine Zeile falsch, wird nichts importiert und jede falsche Zeile aufgelistet. Die Inhaber der neuen Kunden erhalten eine E-Mail, wie sie ihr Passwort wählen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_dialogs.py" line="161" />
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_dialogs.py" line="161" />
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_dialogs.py" line="161" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_dialogs.py" line="166" />
        <source>&amp;Import all</source>
        <translation>Alle &amp;importieren</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_dialogs.py" line="178" />
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/reseller/bulk_dialogs.py" line="184" />
        <source>%n customer(s) in %1.</source>
        <translation>
            <numerusform>%n Kunde in %1.</numerusform>
            <numerusform>%n Kunden in %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_dialogs.py" line="192" />
        <source>The file cannot be imported: %1</source>
        <translation>Die Datei kann nicht importiert werden: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_dialogs.py" line="202" />
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/reseller/bulk_dialogs.py" line="221" />
        <source>Nothing was imported: %n line(s) have errors. Correct them in the file and import it again.</source>
        <translation>
            <numerusform>Nichts wurde importiert: %n Zeile hat Fehler. Korrigieren Sie sie in der Datei und importieren Sie sie noch einmal.</numerusform>
            <numerusform>Nichts wurde importiert: %n Zeilen haben Fehler. Korrigieren Sie sie in der Datei und importieren Sie sie noch einmal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceCounts</name>
    <message numerus="yes">
        <location filename="../../desktop/models/reseller/overview_models.py" line="45" />
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n Rechnung</numerusform>
            <numerusform>%n Rechnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../../desktop/views/reseller/overview_panel.py" line="44" />
        <source>Customers:</source>
        <translation>Kunden:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/overview_panel.py" line="44" />
        <source>Prepaid balances:</source>
        <translation>Prepaid-Guthaben:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/overview_panel.py" line="45" />
        <source>Revenue, last 12 months (net):</source>
        <translation>Umsatz, letzte 12 Monate (netto):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/overview_panel.py" line="46" />
        <source>Open invoices (gross):</source>
        <translation>Offene Rechnungen (brutto):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/overview_panel.py" line="46" />
        <source>Overdue:</source>
        <translation>Überfällig:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/overview_panel.py" line="56" />
        <source>Customers with open &amp;invoices</source>
        <translation>Kunden mit offenen &amp;Rechnungen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/overview_panel.py" line="58" />
        <source>The customer list with only the customers who have open invoices, the largest open amount first.</source>
        <translation>Die Kundenliste mit nur den Kunden, die offene Rechnungen haben, der größte offene Betrag zuerst.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/overview_panel.py" line="67" />
        <source>Enter or a double click opens the customer.</source>
        <translation>Enter oder ein Doppelklick öffnet den Kunden.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/overview_panel.py" line="77" />
        <source>Revenue per month</source>
        <translation>Umsatz pro Monat</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/overview_panel.py" line="78" />
        <source>Top customers, last 12 months</source>
        <translation>Wichtigste Kunden, letzte 12 Monate</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/overview_panel.py" line="96" />
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/overview_panel.py" line="97" />
        <source>Loading the overview…</source>
        <translation>Übersicht wird geladen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/overview_panel.py" line="107" />
        <source>Not loaded: see the message above.</source>
        <translation>Nicht geladen: siehe die Meldung oben.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/overview_panel.py" line="113" />
        <source>Offline: the overview needs a connection to the provider.</source>
        <translation>Offline: Die Übersicht braucht eine Verbindung zum Anbieter.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/overview_panel.py" line="115" />
        <source>Needs a connection to the provider.</source>
        <translation>Braucht eine Verbindung zum Anbieter.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/overview_panel.py" line="131" />
        <source>No invoices issued in the last 12 months.</source>
        <translation>In den letzten 12 Monaten wurden keine Rechnungen ausgestellt.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../desktop/views/reseller/bulk_dialogs.py" line="244" />
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_dialogs.py" line="244" />
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_dialogs.py" line="245" />
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_dialogs.py" line="246" />
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_dialogs.py" line="247" />
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>ResellerDashboard</name>
    <message>
        <location filename="../../desktop/models/reseller/dashboard_models.py" line="32" />
        <source>Invoice overdue since %1</source>
        <translation>Rechnung überfällig seit %1</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reseller/dashboard_models.py" line="34" />
        <source>Card payment failed on %1</source>
        <translation>Kartenzahlung am %1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reseller/dashboard_models.py" line="36" />
        <source>Automatic top-up failing since %1</source>
        <translation>Automatische Aufladung schlägt seit %1 fehl</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reseller/dashboard_models.py" line="41" />
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reseller/dashboard_models.py" line="43" />
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reseller/dashboard_models.py" line="53" />
        <source>Margin, 12 months</source>
        <translation>Marge, 12 Monate</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reseller/dashboard_models.py" line="64" />
        <source>What fails</source>
        <translation>Was fehlschlägt</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reseller/dashboard_models.py" line="66" />
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
</context>
<context>
    <name>ResellerDashboardPanel</name>
    <message>
        <location filename="../../desktop/views/reseller/dashboard_panel.py" line="39" />
        <source>Customers won and lost</source>
        <translation>Gewonnene und verlorene Kunden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/dashboard_panel.py" line="40" />
        <source>Won: %1, lost: %2</source>
        <translation>Gewonnen: %1, verloren: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/dashboard_panel.py" line="41" />
        <source>No customer won or lost in the last 12 months.</source>
        <translation>In den letzten 12 Monaten kein Kunde gewonnen oder verloren.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/dashboard_panel.py" line="46" />
        <source>Enter or a double click opens the customer.</source>
        <translation>Enter oder ein Doppelklick öffnet den Kunden.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/dashboard_panel.py" line="52" />
        <source>Top customers by margin</source>
        <translation>Top-Kunden nach Marge</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/dashboard_panel.py" line="53" />
        <source>Customers with failing payments</source>
        <translation>Kunden mit fehlschlagenden Zahlungen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/dashboard_panel.py" line="73" />
        <source>Margin per month (%1)</source>
        <translation>Marge pro Monat (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/dashboard_panel.py" line="74" />
        <source>Billed %1, wholesale %2, margin %3</source>
        <translation>Verrechnet %1, Einkauf %2, Marge %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/dashboard_panel.py" line="75" />
        <source>No month invoiced at wholesale yet.</source>
        <translation>Noch kein Monat zum Einkaufspreis verrechnet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/dashboard_panel.py" line="84" />
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/dashboard_panel.py" line="85" />
        <source>Loading the dashboard…</source>
        <translation>Dashboard wird geladen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/dashboard_panel.py" line="92" />
        <source>Not loaded: see the message above.</source>
        <translation>Nicht geladen: siehe die Meldung oben.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/dashboard_panel.py" line="102" />
        <source>Offline: the figures as fetched on %1.</source>
        <translation>Offline: die Zahlen vom %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/dashboard_panel.py" line="106" />
        <source>Active customers: %1 · Margin, 12 months: %2</source>
        <translation>Aktive Kunden: %1 · Marge, 12 Monate: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/dashboard_panel.py" line="111" />
        <source>No margin in the last 12 months.</source>
        <translation>Keine Marge in den letzten 12 Monaten.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/dashboard_panel.py" line="112" />
        <source>No customer's payments are failing.</source>
        <translation>Bei keinem Kunden schlagen Zahlungen fehl.</translation>
    </message>
</context>
<context>
    <name>ResellerOverview</name>
    <message>
        <location filename="../../desktop/models/reseller/overview_models.py" line="36" />
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reseller/overview_models.py" line="54" />
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reseller/overview_models.py" line="56" />
        <source>Revenue (net)</source>
        <translation>Umsatz (netto)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reseller/overview_models.py" line="67" />
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reseller/overview_models.py" line="69" />
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reseller/overview_models.py" line="71" />
        <source>Invoiced, 12 months (net)</source>
        <translation>Verrechnet, 12 Monate (netto)</translation>
    </message>
</context>
<context>
    <name>StatementPanel</name>
    <message>
        <location filename="../../desktop/views/reseller/statement_panel.py" line="49" />
        <source>Save as &amp;CSV…</source>
        <translation>Als &amp;CSV speichern…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/statement_panel.py" line="52" />
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/statement_panel.py" line="55" />
        <source>Save as E&amp;xcel…</source>
        <translation>Als E&amp;xcel speichern…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/statement_panel.py" line="61" />
        <source>Customer number</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/statement_panel.py" line="61" />
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/statement_panel.py" line="62" />
        <source>Retail billed</source>
        <translation>Verrechnet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/statement_panel.py" line="62" />
        <source>Wholesale owed</source>
        <translation>Einkauf geschuldet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/statement_panel.py" line="63" />
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/statement_panel.py" line="72" />
        <source>&amp;Month:</source>
        <translation>&amp;Monat:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/statement_panel.py" line="93" />
        <source>Shown once the month's statement has loaded.</source>
        <translation>Möglich, sobald die Abrechnung des Monats geladen ist.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/statement_panel.py" line="102" />
        <source>Loading the statement…</source>
        <translation>Abrechnung wird geladen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/statement_panel.py" line="113" />
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/statement_panel.py" line="127" />
        <source>Customers invoiced for %2: %1</source>
        <translation>Verrechnete Kunden für %2: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/statement_panel.py" line="130" />
        <source>No customer was invoiced for %1.</source>
        <translation>Für %1 wurde kein Kunde verrechnet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/statement_panel.py" line="136" />
        <location filename="../../desktop/views/reseller/statement_panel.py" line="152" />
        <source>Save the statement</source>
        <translation>Abrechnung speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/statement_panel.py" line="137" />
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/statement_panel.py" line="142" />
        <location filename="../../desktop/views/reseller/statement_panel.py" line="158" />
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/statement_panel.py" line="144" />
        <location filename="../../desktop/views/reseller/statement_panel.py" line="161" />
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/statement_panel.py" line="151" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/statement_panel.py" line="151" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>TopUpDialog</name>
    <message>
        <location filename="../../desktop/views/reseller/bulk_dialogs.py" line="69" />
        <source>Automatic top-up for several customers</source>
        <translation>Automatische Aufladung für mehrere Kunden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_dialogs.py" line="72" />
        <source>The same settings for every customer ticked below, in each customer's own currency. Switching on charges the customer's saved card; a customer without one is named in the report and left as it was.</source>
        <translation>Dieselben Einstellungen für jeden unten angekreuzten Kunden, in der Währung des Kunden. Einschalten belastet die gespeicherte Karte des Kunden; ein Kunde ohne Karte wird im Bericht genannt und bleibt, wie er war.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_dialogs.py" line="88" />
        <source>Switch automatic top-up &amp;on</source>
        <translation>Automatische Aufladung &amp;einschalten</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_dialogs.py" line="95" />
        <source>C&amp;ustomers:</source>
        <translation>K&amp;unden:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_dialogs.py" line="97" />
        <source>When the balance is &amp;below:</source>
        <translation>Wenn das Guthaben &amp;unter:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_dialogs.py" line="98" />
        <source>Top up by &amp;amount:</source>
        <translation>Aufladen um &amp;Betrag:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_dialogs.py" line="99" />
        <source>A&amp;pply to the ticked customers</source>
        <translation>Auf die angekreuzten Kunden an&amp;wenden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_dialogs.py" line="115" />
        <source>Give an amount, e.g. 20.00.</source>
        <translation>Geben Sie einen Betrag an, z. B. 20.00.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_dialogs.py" line="118" />
        <source>Tick at least one customer.</source>
        <translation>Kreuzen Sie mindestens einen Kunden an.</translation>
    </message>
</context>
</TS>
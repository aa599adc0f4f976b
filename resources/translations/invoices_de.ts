<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CallsTable</name>
    <message>
        <location filename="../../desktop/models/invoices/calls_model.py" line="40"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/calls_model.py" line="40"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/calls_model.py" line="40"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/calls_model.py" line="41"/>
        <source>Destination zone</source>
        <translation>Zielzone</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/calls_model.py" line="41"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/calls_model.py" line="42"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/calls_model.py" line="239"/>
        <source>You disputed this call.</source>
        <translation>Sie haben diesen Anruf beanstandet.</translation>
    </message>
</context>
<context>
    <name>CompareMonthsDialog</name>
    <message>
        <location filename="../../desktop/views/invoices/compare_dialog.py" line="40"/>
        <source>Compare months</source>
        <translation>Monate vergleichen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/compare_dialog.py" line="48"/>
        <source>Month &amp;A:</source>
        <translation>Monat &amp;A:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/compare_dialog.py" line="49"/>
        <source>Month &amp;B:</source>
        <translation>Monat &amp;B:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/compare_dialog.py" line="68"/>
        <source>Search number, zone, date…</source>
        <translation>Nummer, Zone, Datum suchen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/compare_dialog.py" line="71"/>
        <source>&amp;Search calls of month B:</source>
        <translation>Anrufe von Monat B &amp;suchen:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/compare_dialog.py" line="73"/>
        <source>&amp;Flag call to dispute…</source>
        <translation>Anruf &amp;beanstanden…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/compare_dialog.py" line="76"/>
        <source>Save month B as &amp;PDF…</source>
        <translation>Monat B als &amp;PDF speichern…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/compare_dialog.py" line="98"/>
        <source>Kept on this computer and sent to the provider when online.</source>
        <translation>Wird auf diesem Computer gespeichert und bei Verbindung an den Anbieter gesendet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/compare_dialog.py" line="114"/>
        <source>No invoices on this computer yet.</source>
        <translation>Noch keine Rechnungen auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/compare_dialog.py" line="141"/>
        <source>Choose a call first.</source>
        <translation>Wählen Sie zuerst einen Anruf.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/compare_dialog.py" line="143"/>
        <source>Dispute call</source>
        <translation>Anruf beanstanden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/compare_dialog.py" line="144"/>
        <source>What is wrong with the call to +%1?</source>
        <translation>Was stimmt mit dem Anruf an +%1 nicht?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/compare_dialog.py" line="153"/>
        <source>Dispute kept on this computer; it is sent to the provider with the next sync.</source>
        <translation>Beanstandung auf diesem Computer gespeichert; sie wird mit dem nächsten Abgleich an den Anbieter gesendet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/compare_dialog.py" line="161"/>
        <source>Save invoice</source>
        <translation>Rechnung speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/compare_dialog.py" line="162"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/compare_dialog.py" line="168"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>DisputeDialog</name>
    <message>
        <location filename="../../desktop/views/invoices/dispute_dialog.py" line="16"/>
        <source>Dispute a call</source>
        <translation>Anruf beanstanden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/dispute_dialog.py" line="17"/>
        <source>Call %1. Say what is wrong with it; the provider checks the call and answers by e-mail.</source>
        <translation>Anruf %1. Sagen Sie, was nicht stimmt; der Anbieter prüft den Anruf und antwortet per E-Mail.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/dispute_dialog.py" line="24"/>
        <source>e.g. I never called this number</source>
        <translation>z. B. Diese Nummer habe ich nie angerufen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/dispute_dialog.py" line="25"/>
        <source>&amp;What is wrong:</source>
        <translation>&amp;Was stimmt nicht:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/dispute_dialog.py" line="26"/>
        <source>&amp;Dispute call</source>
        <translation>Anruf &amp;beanstanden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/dispute_dialog.py" line="35"/>
        <source>Say what is wrong with the call.</source>
        <translation>Sagen Sie, was mit dem Anruf nicht stimmt.</translation>
    </message>
</context>
<context>
    <name>ExportPeriodDialog</name>
    <message>
        <location filename="../../desktop/views/invoices/export_period_dialog.py" line="31"/>
        <source>Export invoices</source>
        <translation>Rechnungen exportieren</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/export_period_dialog.py" line="33"/>
        <source>A ZIP file with every invoice of the period as PDF, and the invoices and their calls as CSV files for your accounting software.</source>
        <translation>Eine ZIP-Datei mit jeder Rechnung des Zeitraums als PDF sowie den Rechnungen und ihren Anrufen als CSV-Dateien für Ihre Buchhaltungssoftware.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/export_period_dialog.py" line="40"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/export_period_dialog.py" line="48"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/export_period_dialog.py" line="48"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/export_period_dialog.py" line="49"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/export_period_dialog.py" line="55"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/export_period_dialog.py" line="73"/>
        <source>Folder for the export</source>
        <translation>Ordner für den Export</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/export_period_dialog.py" line="86"/>
        <source>The period ends before it starts.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/export_period_dialog.py" line="90"/>
        <source>Choose a folder.</source>
        <translation>Wählen Sie einen Ordner.</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="50"/>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="50"/>
        <source>Issued:</source>
        <translation>Ausgestellt:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="51"/>
        <source>Due:</source>
        <translation>Fällig:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="51"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="52"/>
        <source>Payment:</source>
        <translation>Zahlung:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="52"/>
        <source>Amounts:</source>
        <translation>Beträge:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="68"/>
        <source>&amp;Itemized calls (%1):</source>
        <translation>&amp;Einzelverbindungen (%1):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="71"/>
        <source>I&amp;tems:</source>
        <translation>Pos&amp;itionen:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="73"/>
        <source>&amp;Dispute a call…</source>
        <translation>Anruf &amp;beanstanden…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="76"/>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="102"/>
        <source>Offline, the dispute is kept on this computer and sent with the next sync.</source>
        <translation>Offline wird die Beanstandung auf diesem Computer gespeichert und mit dem nächsten Abgleich gesendet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="106"/>
        <source>This invoice has no itemized calls.</source>
        <translation>Diese Rechnung hat keine Einzelverbindungen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="122"/>
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="122"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="133"/>
        <source>paid on %1</source>
        <translation>bezahlt am %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="135"/>
        <source>%n reminder(s) sent</source>
        <translation>
            <numerusform>%n Mahnung verschickt</numerusform>
            <numerusform>%n Mahnungen verschickt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="139"/>
        <source>reference %1</source>
        <translation>Referenz %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="141"/>
        <source>Net %1 · VAT %2 % %3 · total %4</source>
        <translation>Netto %1 · MWST %2 % %3 · Total %4</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="203"/>
        <source>Choose a call in the list first.</source>
        <translation>Wählen Sie zuerst einen Anruf in der Liste.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="215"/>
        <source>The dispute was sent to the provider.</source>
        <translation>Die Beanstandung wurde an den Anbieter gesendet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="217"/>
        <source>Dispute kept on this computer; it is sent to the provider with the next sync.</source>
        <translation>Beanstandung auf diesem Computer gespeichert; sie wird mit dem nächsten Abgleich an den Anbieter gesendet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="221"/>
        <source>Save invoice</source>
        <translation>Rechnung speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="222"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="227"/>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="229"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Open in PDF &amp;viewer</source>
        <translation>Im PDF-Betrachter ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Wird gedruckt…</translation>
    </message>
    <message>
        <source>Printing page %1 of %2…</source>
        <translation>Seite %1 von %2 wird gedruckt…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>No PDF viewer opened it. The file is %1.</source>
        <translation>Kein PDF-Betrachter hat sie geöffnet. Die Datei liegt unter %1.</translation>
    </message>
    <message>
        <source>Opened in your PDF viewer.</source>
        <translation>Im PDF-Betrachter geöffnet.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>%n Seite an den Drucker gesendet.</numerusform>
            <numerusform>%n Seiten an den Drucker gesendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceErrors</name>
    <message>
        <location filename="../../desktop/views/invoices/invoice_errors.py" line="15"/>
        <source>This invoice is not complete on this computer yet; it arrives with the next sync.</source>
        <translation>Diese Rechnung ist auf diesem Computer noch nicht vollständig; sie kommt mit dem nächsten Abgleich.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoice_errors.py" line="18"/>
        <source>This cannot be done: %1</source>
        <translation>Das geht nicht: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoice_errors.py" line="20"/>
        <source>The file could not be written: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="49"/>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="52"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="49"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="49"/>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="50"/>
        <source>Credited</source>
        <translation>Gutgeschrieben</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="52"/>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="97"/>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="53"/>
        <source>Credit notes</source>
        <translation>Gutschriften</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="54"/>
        <source>All periods</source>
        <translation>Alle Perioden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="57"/>
        <source>e.g. 2026-0001</source>
        <translation>z. B. 2026-0001</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="66"/>
        <source>&amp;Open invoice</source>
        <translation>Rechnung ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="69"/>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="72"/>
        <source>Compare &amp;months…</source>
        <translation>&amp;Monate vergleichen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="75"/>
        <source>E&amp;xport period…</source>
        <translation>Zeitraum e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="78"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="85"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="85"/>
        <source>&amp;Type:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="86"/>
        <source>P&amp;eriod:</source>
        <translation>P&amp;eriode:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="86"/>
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="143"/>
        <source>Compares the months stored on this computer; available after the first sync.</source>
        <translation>Vergleicht die auf diesem Computer gespeicherten Monate; verfügbar nach dem ersten Abgleich.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="147"/>
        <source>Exports the invoices stored on this computer; available after the first sync.</source>
        <translation>Exportiert die auf diesem Computer gespeicherten Rechnungen; verfügbar nach dem ersten Abgleich.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="153"/>
        <source>Choose an invoice in the list first.</source>
        <translation>Wählen Sie zuerst eine Rechnung in der Liste.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="175"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="199"/>
        <source>No invoice matches these filters.</source>
        <translation>Keine Rechnung passt zu diesen Filtern.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="200"/>
        <source>No invoices yet.</source>
        <translation>Noch keine Rechnungen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="245"/>
        <source>Save invoice</source>
        <translation>Rechnung speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="246"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="251"/>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="257"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/invoices/invoices_page.py" line="277"/>
        <source>Exported %n invoice(s) to %1.</source>
        <translation>
            <numerusform>%n Rechnung nach %1 exportiert.</numerusform>
            <numerusform>%n Rechnungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentsTables</name>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="21"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="23"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="24"/>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="25"/>
        <source>Credited</source>
        <translation>Gutgeschrieben</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="32"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="34"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="36"/>
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="38"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="43"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="46"/>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="51"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="56"/>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="79"/>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="62"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="68"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="78"/>
        <source>Monthly fee</source>
        <translation>Monatsgebühr</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="80"/>
        <source>One-off</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="81"/>
        <source>Part of a month</source>
        <translation>Teilmonat</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="82"/>
        <source>Credit</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="98"/>
        <source>Pos.</source>
        <translation>Pos.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="104"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="109"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="112"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="117"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="123"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
</context>
<context>
    <name>PeriodExport</name>
    <message>
        <location filename="../../desktop/views/invoices/period_export.py" line="27"/>
        <source>Exporting invoices…</source>
        <translation>Rechnungen werden exportiert…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/period_export.py" line="28"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ReviewModels</name>
    <message>
        <location filename="../../desktop/models/invoices/compare_models.py" line="22"/>
        <source>Start (UTC)</source>
        <translation>Beginn (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/compare_models.py" line="25"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/compare_models.py" line="26"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/compare_models.py" line="28"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/compare_models.py" line="31"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/compare_models.py" line="33"/>
        <source>Dispute</source>
        <translation>Beanstandung</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/compare_models.py" line="51"/>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/compare_models.py" line="52"/>
        <source>kept, not sent yet</source>
        <translation>gespeichert, noch nicht gesendet</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/compare_models.py" line="60"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/compare_models.py" line="63"/>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/compare_models.py" line="76"/>
        <source>%1: calls</source>
        <translation>%1: Anrufe</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/compare_models.py" line="77"/>
        <source>%1: amount</source>
        <translation>%1: Betrag</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/compare_models.py" line="80"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/compare_models.py" line="81"/>
        <source>VAT</source>
        <translation>MWST</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/compare_models.py" line="82"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
</TS>

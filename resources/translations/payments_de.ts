<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>DisputeDialog</name>
    <message>
        <location filename="../../desktop/views/payments/dispute_dialog.py" line="16" />
        <source>Dispute a call</source>
        <translation>Anruf beanstanden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/dispute_dialog.py" line="17" />
        <source>Call %1. Say what is wrong with it; the provider checks the call and answers by e-mail.</source>
        <translation>Anruf %1. Sagen Sie, was nicht stimmt; der Anbieter prüft den Anruf und antwortet per E-Mail.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/dispute_dialog.py" line="24" />
        <source>e.g. I never called this number</source>
        <translation>z. B. Diese Nummer habe ich nie angerufen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/dispute_dialog.py" line="25" />
        <source>&amp;What is wrong:</source>
        <translation>&amp;Was stimmt nicht:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/dispute_dialog.py" line="26" />
        <source>&amp;Dispute call</source>
        <translation>Anruf &amp;beanstanden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/dispute_dialog.py" line="35" />
        <source>Say what is wrong with the call.</source>
        <translation>Sagen Sie, was mit dem Anruf nicht stimmt.</translation>
    </message>
</context>
<context>
    <name>ExportPeriodDialog</name>
    <message>
        <location filename="../../desktop/views/payments/export_period_dialog.py" line="31" />
        <source>Export invoices</source>
        <translation>Rechnungen exportieren</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/export_period_dialog.py" line="33" />
        <source>A ZIP file with every invoice of the period as PDF, and the invoices and their calls as CSV files for your accounting software.</source>
        <translation>Eine ZIP-Datei mit jeder Rechnung des Zeitraums als PDF sowie den Rechnungen und ihren Anrufen als CSV-Dateien für Ihre Buchhaltungssoftware.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/export_period_dialog.py" line="40" />
        <source>&amp;Choose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/export_period_dialog.py" line="48" />
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/export_period_dialog.py" line="48" />
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/export_period_dialog.py" line="49" />
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/export_period_dialog.py" line="55" />
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/export_period_dialog.py" line="73" />
        <source>Folder for the export</source>
        <translation>Ordner für den Export</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/export_period_dialog.py" line="86" />
        <source>The period ends before it starts.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/export_period_dialog.py" line="90" />
        <source>Choose a folder.</source>
        <translation>Wählen Sie einen Ordner.</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../../desktop/views/payments/invoice_dialog.py" line="50" />
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoice_dialog.py" line="50" />
        <source>Issued:</source>
        <translation>Ausgestellt:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoice_dialog.py" line="51" />
        <source>Due:</source>
        <translation>Fällig:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoice_dialog.py" line="51" />
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoice_dialog.py" line="52" />
        <source>Payment:</source>
        <translation>Zahlung:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoice_dialog.py" line="52" />
        <source>Amounts:</source>
        <translation>Beträge:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoice_dialog.py" line="68" />
        <source>&amp;Itemized calls (%1):</source>
        <translation>&amp;Einzelverbindungen (%1):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoice_dialog.py" line="71" />
        <source>I&amp;tems:</source>
        <translation>Pos&amp;itionen:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoice_dialog.py" line="73" />
        <source>&amp;Dispute a call…</source>
        <translation>Anruf &amp;beanstanden…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoice_dialog.py" line="76" />
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoice_dialog.py" line="102" />
        <source>Offline, the dispute is kept on this computer and sent with the next sync.</source>
        <translation>Offline wird die Beanstandung auf diesem Computer gespeichert und mit dem nächsten Abgleich gesendet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoice_dialog.py" line="106" />
        <source>This invoice has no itemized calls.</source>
        <translation>Diese Rechnung hat keine Einzelverbindungen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoice_dialog.py" line="122" />
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoice_dialog.py" line="122" />
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoice_dialog.py" line="133" />
        <source>paid on %1</source>
        <translation>bezahlt am %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoice_dialog.py" line="135" />
        <source>1 reminder sent</source>
        <translation>1 Mahnung gesendet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoice_dialog.py" line="136" />
        <source>%1 reminders sent</source>
        <translation>%1 Mahnungen gesendet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoice_dialog.py" line="140" />
        <source>reference %1</source>
        <translation>Referenz %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoice_dialog.py" line="142" />
        <source>Net %1 · VAT %2 % %3 · total %4</source>
        <translation>Netto %1 · MWST %2 % %3 · Total %4</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoice_dialog.py" line="204" />
        <source>Choose a call in the list first.</source>
        <translation>Wählen Sie zuerst einen Anruf in der Liste.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoice_dialog.py" line="216" />
        <source>The dispute was sent to the provider.</source>
        <translation>Die Beanstandung wurde an den Anbieter gesendet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoice_dialog.py" line="218" />
        <source>Dispute kept on this computer; it is sent to the provider with the next sync.</source>
        <translation>Beanstandung auf diesem Computer gespeichert; sie wird mit dem nächsten Abgleich an den Anbieter gesendet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoice_dialog.py" line="222" />
        <source>Save invoice</source>
        <translation>Rechnung speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoice_dialog.py" line="223" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoice_dialog.py" line="232" />
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoice_dialog.py" line="234" />
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>InvoiceErrors</name>
    <message>
        <location filename="../../desktop/views/payments/invoice_errors.py" line="15" />
        <source>This invoice is not complete on this computer yet; it arrives with the next sync.</source>
        <translation>Diese Rechnung ist auf diesem Computer noch nicht vollständig; sie kommt mit dem nächsten Abgleich.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoice_errors.py" line="18" />
        <source>This cannot be done: %1</source>
        <translation>Das geht nicht: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoice_errors.py" line="20" />
        <source>The file could not be written: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <location filename="../../desktop/views/payments/invoices_page.py" line="50" />
        <location filename="../../desktop/views/payments/invoices_page.py" line="53" />
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoices_page.py" line="50" />
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoices_page.py" line="50" />
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoices_page.py" line="51" />
        <source>Credited</source>
        <translation>Gutgeschrieben</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoices_page.py" line="53" />
        <location filename="../../desktop/views/payments/invoices_page.py" line="98" />
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoices_page.py" line="54" />
        <source>Credit notes</source>
        <translation>Gutschriften</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoices_page.py" line="55" />
        <source>All periods</source>
        <translation>Alle Perioden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoices_page.py" line="58" />
        <source>e.g. 2026-0001</source>
        <translation>z. B. 2026-0001</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoices_page.py" line="67" />
        <source>&amp;Open invoice</source>
        <translation>Rechnung ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoices_page.py" line="70" />
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoices_page.py" line="73" />
        <source>Compare &amp;months…</source>
        <translation>&amp;Monate vergleichen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoices_page.py" line="76" />
        <source>E&amp;xport period…</source>
        <translation>Zeitraum e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoices_page.py" line="79" />
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoices_page.py" line="86" />
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoices_page.py" line="86" />
        <source>&amp;Type:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoices_page.py" line="87" />
        <source>P&amp;eriod:</source>
        <translation>P&amp;eriode:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoices_page.py" line="87" />
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoices_page.py" line="143" />
        <source>Compares the months stored on this computer; available after the first sync.</source>
        <translation>Vergleicht die auf diesem Computer gespeicherten Monate; verfügbar nach dem ersten Abgleich.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoices_page.py" line="147" />
        <source>Exports the invoices stored on this computer; available after the first sync.</source>
        <translation>Exportiert die auf diesem Computer gespeicherten Rechnungen; verfügbar nach dem ersten Abgleich.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoices_page.py" line="153" />
        <source>Choose an invoice in the list first.</source>
        <translation>Wählen Sie zuerst eine Rechnung in der Liste.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoices_page.py" line="177" />
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoices_page.py" line="201" />
        <source>No invoice matches these filters.</source>
        <translation>Keine Rechnung passt zu diesen Filtern.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoices_page.py" line="202" />
        <source>No invoices yet.</source>
        <translation>Noch keine Rechnungen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoices_page.py" line="247" />
        <source>Save invoice</source>
        <translation>Rechnung speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoices_page.py" line="248" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoices_page.py" line="257" />
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoices_page.py" line="263" />
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoices_page.py" line="283" />
        <source>Exported %1 invoices to %2.</source>
        <translation>%1 Rechnungen nach %2 exportiert.</translation>
    </message>
</context>
<context>
    <name>PaymentHistoryPage</name>
    <message>
        <location filename="../../desktop/views/payments/payment_history_page.py" line="26" />
        <source>Reference, card or purpose</source>
        <translation>Referenz, Karte oder Zweck</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_history_page.py" line="30" />
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_history_page.py" line="32" />
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_history_page.py" line="41" />
        <source>Payment history</source>
        <translation>Zahlungsverlauf</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_history_page.py" line="58" />
        <source>No payments yet.</source>
        <translation>Noch keine Zahlungen.</translation>
    </message>
</context>
<context>
    <name>PaymentMethodForm</name>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="36" />
        <source>&amp;Saved card</source>
        <translation>&amp;Gespeicherte Karte</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="40" />
        <source>&amp;New card</source>
        <translation>&amp;Neue Karte</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="48" />
        <source>MM/YY</source>
        <translation>MM/JJ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="54" />
        <source>Save for &amp;future payments</source>
        <translation>Für &amp;künftige Zahlungen speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="56" />
        <source>&amp;Prepaid credit</source>
        <translation>&amp;Prepaid-Guthaben</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="58" />
        <source>SEPA &amp;direct debit</source>
        <translation>SEPA-&amp;Lastschrift</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="60" />
        <source>&amp;Bank transfer (invoice due in 30 days)</source>
        <translation>&amp;Banküberweisung (Rechnung zahlbar in 30 Tagen)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="70" />
        <source>Card n&amp;umber:</source>
        <translation>Karten&amp;nummer:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="71" />
        <source>E&amp;xpires (MM/YY):</source>
        <translation>&amp;Gültig bis (MM/JJ):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="72" />
        <source>Security &amp;code:</source>
        <translation>&amp;Prüfnummer:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="106" />
        <source> – default</source>
        <translation> – Standard</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="114" />
        <source>Prepaid credit cannot buy prepaid credit.</source>
        <translation>Mit Prepaid-Guthaben kann man kein Prepaid-Guthaben kaufen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="116" />
        <source>Your balance: %1.</source>
        <translation>Ihr Guthaben: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="117" />
        <source>Not enough for this total.</source>
        <translation>Reicht nicht für dieses Total.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="121" />
        <source>SEPA direct debit and bank transfer are for business accounts.</source>
        <translation>SEPA-Lastschrift und Banküberweisung gibt es für Geschäftskonten.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="124" />
        <source>SEPA direct debit needs a mandate: sign one under Automatic payments.</source>
        <translation>SEPA-Lastschrift braucht ein Mandat: unterzeichnen Sie eines unter Automatische Zahlungen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="156" />
        <source>This is not a valid card number; check the digits.</source>
        <translation>Das ist keine gültige Kartennummer; prüfen Sie die Ziffern.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="157" />
        <source>Give the month and year as on the card, e.g. 08/29.</source>
        <translation>Monat und Jahr wie auf der Karte, z. B. 08/29.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="158" />
        <source>This card has expired.</source>
        <translation>Diese Karte ist abgelaufen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="159" />
        <source>The 3 or 4 digits on the back of the card.</source>
        <translation>Die 3 oder 4 Ziffern auf der Rückseite der Karte.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="173" />
        <source>The card was declined. Use another card or ask your bank.</source>
        <translation>Die Karte wurde abgelehnt. Verwenden Sie eine andere Karte oder fragen Sie Ihre Bank.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="174" />
        <source>The card has insufficient funds. Use another card.</source>
        <translation>Die Karte ist nicht gedeckt. Verwenden Sie eine andere.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="175" />
        <source>The card has expired. Use another card.</source>
        <translation>Die Karte ist abgelaufen. Verwenden Sie eine andere.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="179" />
        <source>Your order stays pending; you can pay it again.</source>
        <translation>Ihre Bestellung bleibt offen; Sie können sie erneut bezahlen.</translation>
    </message>
</context>
<context>
    <name>PaymentsTables</name>
    <message>
        <location filename="../../desktop/models/payments/payments_model.py" line="25" />
        <location filename="../../desktop/models/payments/payments_model.py" line="26" />
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/payments_model.py" line="27" />
        <source>Prepaid credit</source>
        <translation>Prepaid-Guthaben</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/payments_model.py" line="28" />
        <source>SEPA direct debit</source>
        <translation>SEPA-Lastschrift</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/payments_model.py" line="29" />
        <source>Bank transfer</source>
        <translation>Banküberweisung</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/payments_model.py" line="30" />
        <source>Not chosen</source>
        <translation>Nicht gewählt</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/payments_model.py" line="37" />
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/payments_model.py" line="38" />
        <source>Automatic top-up</source>
        <translation>Automatische Aufladung</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/payments_model.py" line="39" />
        <source>Prolongation</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/payments_model.py" line="40" />
        <source>Refund</source>
        <translation>Rückerstattung</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/payments_model.py" line="41" />
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/payments_model.py" line="49" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/payments_model.py" line="60" />
        <source>Paid with</source>
        <translation>Bezahlt mit</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/payments_model.py" line="53" />
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/payments_model.py" line="55" />
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/payments_model.py" line="65" />
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
</context>
<context>
    <name>PeriodExport</name>
    <message>
        <location filename="../../desktop/views/payments/period_export.py" line="50" />
        <source>Exporting invoices…</source>
        <translation>Rechnungen werden exportiert…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/period_export.py" line="51" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
</TS>
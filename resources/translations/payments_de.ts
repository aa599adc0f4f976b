<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>AddCardDialog</name>
    <message>
        <location filename="../../desktop/views/payments/card_dialog.py" line="17" />
        <source>Add a card</source>
        <translation>Karte hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/card_dialog.py" line="18" />
        <source>The card number goes only to the payment provider; Switchboard keeps a token, the brand, the last four digits and the expiry.</source>
        <translation>Die Kartennummer geht nur an den Zahlungsdienstleister; Switchboard speichert ein Token, die Marke, die letzten vier Ziffern und das Ablaufdatum.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/card_dialog.py" line="27" />
        <source>MM/YY</source>
        <translation>MM/JJ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/card_dialog.py" line="32" />
        <source>Use as the &amp;default card</source>
        <translation>Als &amp;Standardkarte verwenden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/card_dialog.py" line="33" />
        <source>Card n&amp;umber:</source>
        <translation>Karten&amp;nummer:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/card_dialog.py" line="34" />
        <source>E&amp;xpires (MM/YY):</source>
        <translation>&amp;Gültig bis (MM/JJ):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/card_dialog.py" line="35" />
        <source>Security &amp;code:</source>
        <translation>&amp;Prüfnummer:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/card_dialog.py" line="37" />
        <source>&amp;Add card</source>
        <translation>Karte &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/card_dialog.py" line="43" />
        <source>This is not a valid card number; check the digits.</source>
        <translation>Das ist keine gültige Kartennummer; prüfen Sie die Ziffern.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/card_dialog.py" line="44" />
        <source>Give the month and year as on the card, e.g. 08/29.</source>
        <translation>Monat und Jahr wie auf der Karte, z. B. 08/29.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/card_dialog.py" line="45" />
        <source>This card has expired.</source>
        <translation>Diese Karte ist abgelaufen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/card_dialog.py" line="46" />
        <source>The 3 or 4 digits on the back of the card.</source>
        <translation>Die 3 oder 4 Ziffern auf der Rückseite der Karte.</translation>
    </message>
</context>
<context>
    <name>AutomaticPaymentsPage</name>
    <message>
        <location filename="../../desktop/views/payments/automatic_payments_page.py" line="59" />
        <source>Automatic payments</source>
        <translation>Automatische Zahlungen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/automatic_payments_page.py" line="83" />
        <source>Saved cards</source>
        <translation>Gespeicherte Karten</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/automatic_payments_page.py" line="88" />
        <source>&amp;Add card…</source>
        <translation>Karte &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/automatic_payments_page.py" line="91" />
        <source>Make de&amp;fault</source>
        <translation>Als &amp;Standard</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/automatic_payments_page.py" line="94" />
        <source>Re&amp;move card</source>
        <translation>Karte &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/automatic_payments_page.py" line="115" />
        <source>Automatic top-up</source>
        <translation>Automatische Aufladung</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/automatic_payments_page.py" line="116" />
        <source>When calls take your prepaid balance below the threshold, the amount is charged to the card once.</source>
        <translation>Fällt Ihr Prepaid-Guthaben durch Anrufe unter die Schwelle, wird der Betrag einmal der Karte belastet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/automatic_payments_page.py" line="119" />
        <source>&amp;Top up automatically</source>
        <translation>Automatisch &amp;aufladen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/automatic_payments_page.py" line="127" />
        <source>&amp;Save top-up</source>
        <translation>Aufladung s&amp;peichern</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/automatic_payments_page.py" line="138" />
        <source>When the balance is &amp;below:</source>
        <translation>Wenn das Guthaben &amp;unter:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/automatic_payments_page.py" line="139" />
        <source>Top up &amp;by:</source>
        <translation>Aufladen &amp;um:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/automatic_payments_page.py" line="140" />
        <source>Charge the &amp;card:</source>
        <translation>&amp;Karte belasten:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/automatic_payments_page.py" line="150" />
        <source>Automatic prolongation</source>
        <translation>Automatische Verlängerung</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/automatic_payments_page.py" line="151" />
        <source>A prepaid package is renewed for the same duration when it ends: from your credit when it covers the price, otherwise from the default card.</source>
        <translation>Ein Prepaid-Paket wird am Ende um dieselbe Dauer verlängert: aus Ihrem Guthaben, wenn es den Preis deckt, sonst über die Standardkarte.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/automatic_payments_page.py" line="164" />
        <source>Monthly invoice</source>
        <translation>Monatsrechnung</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/automatic_payments_page.py" line="166" />
        <source>C&amp;harge the monthly invoice to my default card</source>
        <translation>Monatsrechnung meiner Standardkarte &amp;belasten</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/automatic_payments_page.py" line="194" />
        <source>Choose a card in the list first.</source>
        <translation>Wählen Sie zuerst eine Karte in der Liste.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/automatic_payments_page.py" line="197" />
        <source>This card is already the default.</source>
        <translation>Diese Karte ist bereits die Standardkarte.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/automatic_payments_page.py" line="232" />
        <source> – default</source>
        <translation> – Standard</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/automatic_payments_page.py" line="235" />
        <source>The card ending %1 has expired.</source>
        <translation>Die Karte mit Endung %1 ist abgelaufen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/automatic_payments_page.py" line="237" />
        <source>The card ending %1 expires at the end of %2/%3; add a new card so automatic payments continue.</source>
        <translation>Die Karte mit Endung %1 läuft Ende %2/%3 ab; fügen Sie eine neue Karte hinzu, damit automatische Zahlungen weiterlaufen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/automatic_payments_page.py" line="244" />
        <source>No saved cards. Automatic payments need one.</source>
        <translation>Keine gespeicherten Karten. Automatische Zahlungen brauchen eine.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/automatic_payments_page.py" line="260" />
        <source>The last top-up failed.</source>
        <translation>Die letzte Aufladung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/automatic_payments_page.py" line="261" />
        <source>The last %1 top-ups failed.</source>
        <translation>Die letzten %1 Aufladungen sind fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/automatic_payments_page.py" line="282" />
        <source>%1, %2 users, %3, ends %4 (%5), renewal %6</source>
        <translation>%1, %2 Benutzer, %3, endet %4 (%5), Verlängerung %6</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/automatic_payments_page.py" line="263" />
        <source>Next try on %1.</source>
        <translation>Nächster Versuch am %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/automatic_payments_page.py" line="265" />
        <source>Automatic top-up was switched off; check the card and switch it on again.</source>
        <translation>Die automatische Aufladung wurde ausgeschaltet; prüfen Sie die Karte und schalten Sie sie wieder ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/automatic_payments_page.py" line="269" />
        <source>On: below %1 the balance is topped up by %2.</source>
        <translation>Ein: unter %1 wird das Guthaben um %2 aufgeladen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/automatic_payments_page.py" line="274" />
        <source>Off.</source>
        <translation>Aus.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/automatic_payments_page.py" line="294" />
        <source>No prepaid packages.</source>
        <translation>Keine Prepaid-Pakete.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/automatic_payments_page.py" line="323" />
        <source>Give an amount, e.g. 20.00.</source>
        <translation>Geben Sie einen Betrag an, z. B. 20.00.</translation>
    </message>
</context>
<context>
    <name>BalanceBadge</name>
    <message>
        <location filename="../../desktop/views/payments/balance_badge.py" line="50" />
        <location filename="../../desktop/views/payments/balance_badge.py" line="67" />
        <source>Balance: %1</source>
        <translation>Guthaben: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/balance_badge.py" line="70" />
        <source>Below the automatic top-up threshold of %1.</source>
        <translation>Unter der Schwelle %1 für die automatische Aufladung.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/balance_badge.py" line="71" />
        <source>Prepaid balance</source>
        <translation>Prepaid-Guthaben</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/balance_badge.py" line="75" />
        <source>The automatic top-up failed. Check your card under Automatic payments.</source>
        <translation>Die automatische Aufladung ist fehlgeschlagen. Prüfen Sie Ihre Karte unter Automatische Zahlungen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/balance_badge.py" line="79" />
        <source>The automatic prolongation of %1 failed: add credit or a card.</source>
        <translation>Die automatische Verlängerung von %1 ist fehlgeschlagen: laden Sie Guthaben auf oder fügen Sie eine Karte hinzu.</translation>
    </message>
</context>
<context>
    <name>CallsTable</name>
    <message>
        <location filename="../../desktop/models/payments/calls_model.py" line="40" />
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/calls_model.py" line="40" />
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/calls_model.py" line="40" />
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/calls_model.py" line="41" />
        <source>Destination zone</source>
        <translation>Zielzone</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/calls_model.py" line="41" />
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/calls_model.py" line="42" />
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/calls_model.py" line="239" />
        <source>You disputed this call.</source>
        <translation>Sie haben diesen Anruf beanstandet.</translation>
    </message>
</context>
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
        <location filename="../../desktop/views/payments/invoice_dialog.py" line="49" />
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoice_dialog.py" line="49" />
        <source>Issued:</source>
        <translation>Ausgestellt:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoice_dialog.py" line="50" />
        <source>Due:</source>
        <translation>Fällig:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoice_dialog.py" line="50" />
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoice_dialog.py" line="51" />
        <source>Payment:</source>
        <translation>Zahlung:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoice_dialog.py" line="51" />
        <source>Amounts:</source>
        <translation>Beträge:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoice_dialog.py" line="67" />
        <source>&amp;Itemized calls (%1):</source>
        <translation>&amp;Einzelverbindungen (%1):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoice_dialog.py" line="70" />
        <source>I&amp;tems:</source>
        <translation>Pos&amp;itionen:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoice_dialog.py" line="72" />
        <source>&amp;Dispute a call…</source>
        <translation>Anruf &amp;beanstanden…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoice_dialog.py" line="75" />
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoice_dialog.py" line="101" />
        <source>Offline, the dispute is kept on this computer and sent with the next sync.</source>
        <translation>Offline wird die Beanstandung auf diesem Computer gespeichert und mit dem nächsten Abgleich gesendet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoice_dialog.py" line="105" />
        <source>This invoice has no itemized calls.</source>
        <translation>Diese Rechnung hat keine Einzelverbindungen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoice_dialog.py" line="121" />
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoice_dialog.py" line="121" />
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoice_dialog.py" line="132" />
        <source>paid on %1</source>
        <translation>bezahlt am %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoice_dialog.py" line="134" />
        <source>1 reminder sent</source>
        <translation>1 Mahnung gesendet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoice_dialog.py" line="135" />
        <source>%1 reminders sent</source>
        <translation>%1 Mahnungen gesendet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoice_dialog.py" line="139" />
        <source>reference %1</source>
        <translation>Referenz %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoice_dialog.py" line="141" />
        <source>Net %1 · VAT %2 % %3 · total %4</source>
        <translation>Netto %1 · MWST %2 % %3 · Total %4</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoice_dialog.py" line="203" />
        <source>Choose a call in the list first.</source>
        <translation>Wählen Sie zuerst einen Anruf in der Liste.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoice_dialog.py" line="215" />
        <source>The dispute was sent to the provider.</source>
        <translation>Die Beanstandung wurde an den Anbieter gesendet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoice_dialog.py" line="217" />
        <source>Dispute kept on this computer; it is sent to the provider with the next sync.</source>
        <translation>Beanstandung auf diesem Computer gespeichert; sie wird mit dem nächsten Abgleich an den Anbieter gesendet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoice_dialog.py" line="221" />
        <source>Save invoice</source>
        <translation>Rechnung speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoice_dialog.py" line="222" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoice_dialog.py" line="231" />
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/invoice_dialog.py" line="233" />
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
    <name>OrdersPage</name>
    <message>
        <location filename="../../desktop/views/payments/orders_page.py" line="31" />
        <source>&amp;Pay now…</source>
        <translation>Jetzt &amp;bezahlen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/orders_page.py" line="34" />
        <source>&amp;Cancel order…</source>
        <translation>Bestellung &amp;stornieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/orders_page.py" line="37" />
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/orders_page.py" line="51" />
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/orders_page.py" line="76" />
        <source>Choose a pending order to pay it.</source>
        <translation>Wählen Sie eine offene Bestellung, um sie zu bezahlen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/orders_page.py" line="79" />
        <source>Only a pending or paid order that is not being set up yet can be cancelled.</source>
        <translation>Nur eine offene oder bezahlte Bestellung, die noch nicht eingerichtet wird, kann storniert werden.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/orders_page.py" line="88" />
        <source>Order #%1: %2</source>
        <translation>Bestellung #%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/orders_page.py" line="89" />
        <source>Net %1, VAT %2, total %3</source>
        <translation>Netto %1, MWST %2, Total %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/orders_page.py" line="93" />
        <source>paid on %1</source>
        <translation>bezahlt am %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/orders_page.py" line="95" />
        <source>set up by %1</source>
        <translation>eingerichtet bis %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/orders_page.py" line="97" />
        <source>completed on %1</source>
        <translation>abgeschlossen am %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/orders_page.py" line="103" />
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/orders_page.py" line="109" />
        <source>No orders yet.</source>
        <translation>Noch keine Bestellungen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/orders_page.py" line="144" />
        <source>Order #%1 is paid.</source>
        <translation>Bestellung #%1 ist bezahlt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/orders_page.py" line="151" />
        <source>Cancel order</source>
        <translation>Bestellung stornieren</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/orders_page.py" line="152" />
        <source>Cancel order #%1? A paid order is refunded the way it was paid.</source>
        <translation>Bestellung #%1 stornieren? Eine bezahlte Bestellung wird auf dem Zahlungsweg zurückerstattet.</translation>
    </message>
</context>
<context>
    <name>PayOrderDialog</name>
    <message>
        <location filename="../../desktop/views/payments/pay_order_dialog.py" line="25" />
        <source>Pay order #%1</source>
        <translation>Bestellung #%1 bezahlen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/pay_order_dialog.py" line="27" />
        <source>Order #%1 (%2) is pending. Total %3, VAT included.</source>
        <translation>Bestellung #%1 (%2) ist offen. Total %3 inkl. MWST.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/pay_order_dialog.py" line="37" />
        <source>&amp;Pay %1</source>
        <translation>%1 &amp;bezahlen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/pay_order_dialog.py" line="69" />
        <source>Paying…</source>
        <translation>Zahlung läuft…</translation>
    </message>
</context>
<context>
    <name>PaymentHistoryPage</name>
    <message>
        <location filename="../../desktop/views/payments/payment_history_page.py" line="27" />
        <source>Reference, card or purpose</source>
        <translation>Referenz, Karte oder Zweck</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_history_page.py" line="31" />
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_history_page.py" line="33" />
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_history_page.py" line="42" />
        <source>Payment history</source>
        <translation>Zahlungsverlauf</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_history_page.py" line="60" />
        <source>No payments yet.</source>
        <translation>Noch keine Zahlungen.</translation>
    </message>
</context>
<context>
    <name>PaymentsTables</name>
    <message>
        <location filename="../../desktop/models/payments/tables.py" line="29" />
        <source>Pending – not paid yet</source>
        <translation>Offen – noch nicht bezahlt</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/tables.py" line="30" />
        <location filename="../../desktop/models/payments/tables.py" line="66" />
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/tables.py" line="31" />
        <source>Being set up</source>
        <translation>Wird eingerichtet</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/tables.py" line="32" />
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/tables.py" line="33" />
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/tables.py" line="40" />
        <location filename="../../desktop/models/payments/tables.py" line="41" />
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/tables.py" line="42" />
        <source>Prepaid credit</source>
        <translation>Prepaid-Guthaben</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/tables.py" line="43" />
        <source>SEPA direct debit</source>
        <translation>SEPA-Lastschrift</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/tables.py" line="44" />
        <source>Bank transfer</source>
        <translation>Banküberweisung</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/tables.py" line="45" />
        <source>Not chosen</source>
        <translation>Nicht gewählt</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/tables.py" line="52" />
        <location filename="../../desktop/models/payments/tables.py" line="74" />
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/tables.py" line="53" />
        <source>Automatic top-up</source>
        <translation>Automatische Aufladung</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/tables.py" line="54" />
        <source>Prolongation</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/tables.py" line="55" />
        <source>Refund</source>
        <translation>Rückerstattung</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/tables.py" line="56" />
        <location filename="../../desktop/models/payments/tables.py" line="136" />
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/tables.py" line="63" />
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/tables.py" line="65" />
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/tables.py" line="67" />
        <source>Credited</source>
        <translation>Gutgeschrieben</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/tables.py" line="76" />
        <location filename="../../desktop/models/payments/tables.py" line="104" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/tables.py" line="80" />
        <source>Items</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/tables.py" line="82" />
        <location filename="../../desktop/models/payments/tables.py" line="160" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/tables.py" line="88" />
        <location filename="../../desktop/models/payments/tables.py" line="166" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/tables.py" line="94" />
        <location filename="../../desktop/models/payments/tables.py" line="115" />
        <source>Paid with</source>
        <translation>Bezahlt mit</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/tables.py" line="108" />
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/tables.py" line="110" />
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/tables.py" line="120" />
        <location filename="../../desktop/models/payments/tables.py" line="221" />
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/tables.py" line="130" />
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/tables.py" line="132" />
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/tables.py" line="134" />
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/tables.py" line="141" />
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/tables.py" line="144" />
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/tables.py" line="149" />
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/tables.py" line="154" />
        <location filename="../../desktop/models/payments/tables.py" line="177" />
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/tables.py" line="176" />
        <source>Monthly fee</source>
        <translation>Monatsgebühr</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/tables.py" line="178" />
        <source>One-off</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/tables.py" line="179" />
        <source>Part of a month</source>
        <translation>Teilmonat</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/tables.py" line="180" />
        <source>Credit</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/tables.py" line="196" />
        <source>Pos.</source>
        <translation>Pos.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/tables.py" line="202" />
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/tables.py" line="207" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/tables.py" line="210" />
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/tables.py" line="215" />
        <source>Quantity</source>
        <translation>Menge</translation>
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
<context>
    <name>SepaMandateBox</name>
    <message>
        <location filename="../../desktop/views/payments/sepa_mandate_box.py" line="34" />
        <source>SEPA direct debit mandate</source>
        <translation>SEPA-Lastschriftmandat</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/sepa_mandate_box.py" line="49" />
        <source>Si&amp;gn mandate</source>
        <translation>Mandat &amp;unterzeichnen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/sepa_mandate_box.py" line="52" />
        <source>Re&amp;voke mandate</source>
        <translation>Mandat &amp;widerrufen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/sepa_mandate_box.py" line="58" />
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/sepa_mandate_box.py" line="60" />
        <source>Account &amp;holder:</source>
        <translation>Konto&amp;inhaber:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/sepa_mandate_box.py" line="77" />
        <source>There is no mandate to revoke.</source>
        <translation>Es gibt kein Mandat zum Widerrufen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/sepa_mandate_box.py" line="80" />
        <source>Enter a valid IBAN first.</source>
        <translation>Geben Sie zuerst eine gültige IBAN ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/sepa_mandate_box.py" line="85" />
        <source>No mandate. Sign one to pay orders and invoices by direct debit.</source>
        <translation>Kein Mandat. Unterzeichnen Sie eines, um Bestellungen und Rechnungen per Lastschrift zu bezahlen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/sepa_mandate_box.py" line="89" />
        <source>Mandate %1 for %2 (%3), signed %4.</source>
        <translation>Mandat %1 für %2 (%3), unterzeichnet am %4.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/sepa_mandate_box.py" line="97" />
        <source>An IBAN has only letters and digits.</source>
        <translation>Eine IBAN hat nur Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/sepa_mandate_box.py" line="98" />
        <source>An IBAN starts with the country code and two check digits.</source>
        <translation>Eine IBAN beginnt mit dem Ländercode und zwei Prüfziffern.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/sepa_mandate_box.py" line="99" />
        <source>The length does not fit this country's IBAN.</source>
        <translation>Die Länge passt nicht zur IBAN dieses Landes.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/sepa_mandate_box.py" line="100" />
        <source>The account number does not fit this country's IBAN.</source>
        <translation>Die Kontonummer passt nicht zur IBAN dieses Landes.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/sepa_mandate_box.py" line="101" />
        <source>The check digits do not match: a typo?</source>
        <translation>Die Prüfziffern stimmen nicht: ein Tippfehler?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/sepa_mandate_box.py" line="105" />
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
</context>
</TS>
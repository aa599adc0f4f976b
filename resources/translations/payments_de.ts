<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>AuthenticationDialog</name>
    <message>
        <location filename="../../desktop/views/payments/authentication_dialog.py" line="95" />
        <source>Confirm the payment</source>
        <translation>Zahlung bestätigen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/authentication_dialog.py" line="96" />
        <source>Confirm the payment in your browser…</source>
        <translation>Bestätigen Sie die Zahlung in Ihrem Browser…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/authentication_dialog.py" line="91" />
        <source>Order #%1 stays pending until the bank has answered.</source>
        <translation>Bestellung #%1 bleibt offen, bis die Bank geantwortet hat.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/authentication_dialog.py" line="93" />
        <source>The order stays pending until the bank has answered.</source>
        <translation>Die Bestellung bleibt offen, bis die Bank geantwortet hat.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/authentication_dialog.py" line="98" />
        <source>Your card's bank asks you to confirm this payment. We opened the bank's page in your browser; confirm there, and Switchboard continues by itself.</source>
        <translation>Die Bank Ihrer Karte möchte, dass Sie diese Zahlung bestätigen. Wir haben die Seite der Bank in Ihrem Browser geöffnet; bestätigen Sie dort, dann fährt Switchboard von selbst fort.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/authentication_dialog.py" line="100" />
        <source>&amp;Cancel payment</source>
        <translation>Zahlung &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/authentication_dialog.py" line="71" />
        <source>&amp;Open the page again</source>
        <translation>Seite erneut ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/authentication_dialog.py" line="102" />
        <source>Switchboard cannot open the bank's page; cancel the payment and try again, or pay another way.</source>
        <translation>Switchboard kann die Seite der Bank nicht öffnen; brechen Sie die Zahlung ab und versuchen Sie es erneut, oder bezahlen Sie anders.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/authentication_dialog.py" line="127" />
        <source>Switchboard could not open your browser. Open this address in a browser: %1</source>
        <translation>Switchboard konnte Ihren Browser nicht öffnen. Öffnen Sie diese Adresse in einem Browser: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/authentication_dialog.py" line="101" />
        <source>Cancelling the payment…</source>
        <translation>Die Zahlung wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/authentication_dialog.py" line="179" />
        <source>You cancelled the confirmation with your card's bank, so nothing was charged.</source>
        <translation>Sie haben die Bestätigung bei der Bank Ihrer Karte abgebrochen; es wurde nichts belastet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/authentication_dialog.py" line="181" />
        <source>Your card's bank did not confirm the payment, so nothing was charged.</source>
        <translation>Die Bank Ihrer Karte hat die Zahlung nicht bestätigt; es wurde nichts belastet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/authentication_dialog.py" line="183" />
        <source>The card payment was not made.</source>
        <translation>Die Kartenzahlung wurde nicht ausgeführt.</translation>
    </message>
</context>
<context>
    <name>CardConfirmationDialog</name>
    <message>
        <location filename="../../desktop/views/payments/card_confirmation.py" line="37" />
        <source>Confirm the card</source>
        <translation>Karte bestätigen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/card_confirmation.py" line="38" />
        <source>Confirm the card in your browser…</source>
        <translation>Bestätigen Sie die Karte in Ihrem Browser…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/card_confirmation.py" line="40" />
        <source>Your card's bank asks you to confirm this card before it is saved. We opened the bank's page in your browser; confirm there, and Switchboard continues by itself. Nothing is saved or charged until the bank has answered.</source>
        <translation>Die Bank Ihrer Karte möchte, dass Sie diese Karte bestätigen, bevor sie gespeichert wird. Wir haben die Seite der Bank in Ihrem Browser geöffnet; bestätigen Sie dort, dann fährt Switchboard von selbst fort. Bis die Bank geantwortet hat, wird nichts gespeichert und nichts belastet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/card_confirmation.py" line="43" />
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/card_confirmation.py" line="44" />
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/card_confirmation.py" line="45" />
        <source>Switchboard cannot open the bank's page; cancel and try again, or use another card.</source>
        <translation>Switchboard kann die Seite der Bank nicht öffnen; brechen Sie ab und versuchen Sie es erneut, oder verwenden Sie eine andere Karte.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/card_confirmation.py" line="58" />
        <source>You cancelled the confirmation with your card's bank, so the card was not saved.</source>
        <translation>Sie haben die Bestätigung bei der Bank Ihrer Karte abgebrochen; die Karte wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/card_confirmation.py" line="61" />
        <source>Your card's bank did not confirm the card, so it was not saved.</source>
        <translation>Die Bank Ihrer Karte hat die Karte nicht bestätigt; sie wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/card_confirmation.py" line="63" />
        <source>The card was not saved.</source>
        <translation>Die Karte wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/card_confirmation.py" line="64" />
        <source>Nothing was charged.</source>
        <translation>Es wurde nichts belastet.</translation>
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
    <name>PaymentMessages</name>
    <message>
        <location filename="../../desktop/models/payments/messages.py" line="26" />
        <source>The security code does not match the card. Check it and try again.</source>
        <translation>Der Sicherheitscode passt nicht zur Karte. Prüfen Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/messages.py" line="29" />
        <source>The card number is not valid. Check the digits.</source>
        <translation>Die Kartennummer ist ungültig. Prüfen Sie die Ziffern.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/messages.py" line="31" />
        <source>The expiry date does not match the card. Check it and try again.</source>
        <translation>Das Ablaufdatum passt nicht zur Karte. Prüfen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/messages.py" line="34" />
        <source>The card has insufficient funds. Use another card.</source>
        <translation>Die Karte ist nicht gedeckt. Verwenden Sie eine andere.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/messages.py" line="36" />
        <source>The card has expired. Use another card.</source>
        <translation>Die Karte ist abgelaufen. Verwenden Sie eine andere.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/messages.py" line="37" />
        <source>The card's bank could not process the payment. Try again in a moment.</source>
        <translation>Die Bank der Karte konnte die Zahlung nicht verarbeiten. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/messages.py" line="39" />
        <source>The card is no longer known to the payment provider. Enter it again.</source>
        <translation>Die Karte ist beim Zahlungsanbieter nicht mehr bekannt. Geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/messages.py" line="41" />
        <source>This payment was started with another amount. Start it again.</source>
        <translation>Diese Zahlung wurde mit einem anderen Betrag begonnen. Beginnen Sie sie neu.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/messages.py" line="43" />
        <source>Your card's bank wants you to confirm this payment. Pay it here in Switchboard and confirm it in your browser.</source>
        <translation>Die Bank Ihrer Karte möchte, dass Sie diese Zahlung bestätigen. Bezahlen Sie sie hier in Switchboard und bestätigen Sie sie in Ihrem Browser.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/messages.py" line="46" />
        <source>Your card's bank did not confirm the payment, so nothing was charged.</source>
        <translation>Die Bank Ihrer Karte hat die Zahlung nicht bestätigt; es wurde nichts belastet.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/messages.py" line="48" />
        <source>You cancelled the confirmation with your card's bank, so nothing was charged.</source>
        <translation>Sie haben die Bestätigung bei der Bank Ihrer Karte abgebrochen; es wurde nichts belastet.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/messages.py" line="51" />
        <source>This is a test card; it cannot pay here.</source>
        <translation>Dies ist eine Testkarte; mit ihr kann hier nicht bezahlt werden.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/messages.py" line="52" />
        <source>Switchboard cannot send a card to the payment provider your provider names. Ask your provider's support.</source>
        <translation>Switchboard kann keine Karte an den Zahlungsanbieter senden, den Ihr Anbieter nennt. Fragen Sie den Support Ihres Anbieters.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/messages.py" line="55" />
        <source>The card payment was not made.</source>
        <translation>Die Kartenzahlung wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/messages.py" line="57" />
        <source>The card was declined. Use another card or ask your bank.</source>
        <translation>Die Karte wurde abgelehnt. Verwenden Sie eine andere Karte oder fragen Sie Ihre Bank.</translation>
    </message>
</context>
<context>
    <name>PaymentMethodForm</name>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="37" />
        <source>&amp;Saved card</source>
        <translation>&amp;Gespeicherte Karte</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="41" />
        <source>&amp;New card</source>
        <translation>&amp;Neue Karte</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="49" />
        <source>MM/YY</source>
        <translation>MM/JJ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="55" />
        <source>Save for &amp;future payments</source>
        <translation>Für &amp;künftige Zahlungen speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="57" />
        <source>&amp;Prepaid credit</source>
        <translation>&amp;Prepaid-Guthaben</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="59" />
        <source>SEPA &amp;direct debit</source>
        <translation>SEPA-&amp;Lastschrift</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="61" />
        <source>&amp;Bank transfer (invoice due in 30 days)</source>
        <translation>&amp;Banküberweisung (Rechnung zahlbar in 30 Tagen)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="71" />
        <source>Card n&amp;umber:</source>
        <translation>Karten&amp;nummer:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="72" />
        <source>E&amp;xpires (MM/YY):</source>
        <translation>&amp;Gültig bis (MM/JJ):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="73" />
        <source>Security &amp;code:</source>
        <translation>&amp;Prüfnummer:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="107" />
        <source> – default</source>
        <translation> – Standard</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="115" />
        <source>Prepaid credit cannot buy prepaid credit.</source>
        <translation>Mit Prepaid-Guthaben kann man kein Prepaid-Guthaben kaufen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="117" />
        <source>Your balance: %1.</source>
        <translation>Ihr Guthaben: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="118" />
        <source>Not enough for this total.</source>
        <translation>Reicht nicht für dieses Total.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="122" />
        <source>SEPA direct debit and bank transfer are for business accounts.</source>
        <translation>SEPA-Lastschrift und Banküberweisung gibt es für Geschäftskonten.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="125" />
        <source>SEPA direct debit needs a mandate: sign one under Automatic payments.</source>
        <translation>SEPA-Lastschrift braucht ein Mandat: unterzeichnen Sie eines unter Automatische Zahlungen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="157" />
        <source>This is not a valid card number; check the digits.</source>
        <translation>Das ist keine gültige Kartennummer; prüfen Sie die Ziffern.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="158" />
        <source>Give the month and year as on the card, e.g. 08/29.</source>
        <translation>Monat und Jahr wie auf der Karte, z. B. 08/29.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="159" />
        <source>This card has expired.</source>
        <translation>Diese Karte ist abgelaufen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="160" />
        <source>The 3 or 4 digits on the back of the card.</source>
        <translation>Die 3 oder 4 Ziffern auf der Rückseite der Karte.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="177" />
        <source>Your order stays pending; you can pay it again.</source>
        <translation>Ihre Bestellung bleibt offen; Sie können sie erneut bezahlen.</translation>
    </message>
</context>
<context>
    <name>PaymentsTables</name>
    <message>
        <location filename="../../desktop/models/payments/payments_model.py" line="22" />
        <location filename="../../desktop/models/payments/payments_model.py" line="23" />
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/payments_model.py" line="24" />
        <source>Prepaid credit</source>
        <translation>Prepaid-Guthaben</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/payments_model.py" line="25" />
        <source>SEPA direct debit</source>
        <translation>SEPA-Lastschrift</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/payments_model.py" line="26" />
        <source>Bank transfer</source>
        <translation>Banküberweisung</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/payments_model.py" line="27" />
        <source>Not chosen</source>
        <translation>Nicht gewählt</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/payments_model.py" line="34" />
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/payments_model.py" line="35" />
        <source>Automatic top-up</source>
        <translation>Automatische Aufladung</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/payments_model.py" line="36" />
        <source>Prolongation</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/payments_model.py" line="37" />
        <source>Refund</source>
        <translation>Rückerstattung</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/payments_model.py" line="38" />
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/payments_model.py" line="48" />
        <source>Invoice %1</source>
        <translation>Rechnung %1</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/payments_model.py" line="50" />
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/payments_model.py" line="52" />
        <source>Refund of order %1</source>
        <translation>Rückerstattung zur Bestellung %1</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/payments_model.py" line="59" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/payments_model.py" line="70" />
        <source>Paid with</source>
        <translation>Bezahlt mit</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/payments_model.py" line="63" />
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/payments_model.py" line="65" />
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/payments_model.py" line="75" />
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
</context>
</TS>
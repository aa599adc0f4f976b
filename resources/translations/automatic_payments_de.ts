<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddCardDialog</name>
    <message>
        <location filename="../../desktop/views/automatic_payments/card_dialog.py" line="17"/>
        <source>Add a card</source>
        <translation>Karte hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/card_dialog.py" line="18"/>
        <source>The card number goes only to the payment provider; Switchboard keeps a token, the brand, the last four digits and the expiry.</source>
        <translation>Die Kartennummer geht nur an den Zahlungsdienstleister; Switchboard speichert ein Token, die Marke, die letzten vier Ziffern und das Ablaufdatum.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/card_dialog.py" line="27"/>
        <source>MM/YY</source>
        <translation>MM/JJ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/card_dialog.py" line="32"/>
        <source>Use as the &amp;default card</source>
        <translation>Als &amp;Standardkarte verwenden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/card_dialog.py" line="33"/>
        <source>Card n&amp;umber:</source>
        <translation>Karten&amp;nummer:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/card_dialog.py" line="34"/>
        <source>E&amp;xpires (MM/YY):</source>
        <translation>&amp;Gültig bis (MM/JJ):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/card_dialog.py" line="35"/>
        <source>Security &amp;code:</source>
        <translation>&amp;Prüfnummer:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/card_dialog.py" line="37"/>
        <source>&amp;Add card</source>
        <translation>Karte &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/card_dialog.py" line="43"/>
        <source>This is not a valid card number; check the digits.</source>
        <translation>Das ist keine gültige Kartennummer; prüfen Sie die Ziffern.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/card_dialog.py" line="44"/>
        <source>Give the month and year as on the card, e.g. 08/29.</source>
        <translation>Monat und Jahr wie auf der Karte, z. B. 08/29.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/card_dialog.py" line="45"/>
        <source>This card has expired.</source>
        <translation>Diese Karte ist abgelaufen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/card_dialog.py" line="46"/>
        <source>The 3 or 4 digits on the back of the card.</source>
        <translation>Die 3 oder 4 Ziffern auf der Rückseite der Karte.</translation>
    </message>
</context>
<context>
    <name>AutomaticPaymentsPage</name>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="62"/>
        <source>Automatic payments</source>
        <translation>Automatische Zahlungen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="86"/>
        <source>Saved cards</source>
        <translation>Gespeicherte Karten</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="91"/>
        <source>&amp;Add card…</source>
        <translation>Karte &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="94"/>
        <source>Make de&amp;fault</source>
        <translation>Als &amp;Standard</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="97"/>
        <source>Re&amp;move card</source>
        <translation>Karte &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="118"/>
        <source>Automatic top-up</source>
        <translation>Automatische Aufladung</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="119"/>
        <source>When calls take your prepaid balance below the threshold, the amount is charged to the card once.</source>
        <translation>Fällt Ihr Prepaid-Guthaben durch Anrufe unter die Schwelle, wird der Betrag einmal der Karte belastet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="122"/>
        <source>&amp;Top up automatically</source>
        <translation>Automatisch &amp;aufladen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="130"/>
        <source>&amp;Save top-up</source>
        <translation>Aufladung s&amp;peichern</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="141"/>
        <source>When the balance is &amp;below:</source>
        <translation>Wenn das Guthaben &amp;unter:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="142"/>
        <source>Top up &amp;by:</source>
        <translation>Aufladen &amp;um:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="143"/>
        <source>Charge the &amp;card:</source>
        <translation>&amp;Karte belasten:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="153"/>
        <source>Automatic prolongation</source>
        <translation>Automatische Verlängerung</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="154"/>
        <source>A prepaid package is renewed for the same duration when it ends: from your credit when it covers the price, otherwise from the default card.</source>
        <translation>Ein Prepaid-Paket wird am Ende um dieselbe Dauer verlängert: aus Ihrem Guthaben, wenn es den Preis deckt, sonst über die Standardkarte.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="167"/>
        <source>Monthly invoice</source>
        <translation>Monatsrechnung</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="169"/>
        <source>C&amp;harge the monthly invoice to my default card</source>
        <translation>Monatsrechnung meiner Standardkarte &amp;belasten</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="203"/>
        <source>Choose a card in the list first.</source>
        <translation>Wählen Sie zuerst eine Karte in der Liste.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="206"/>
        <source>This card is already the default.</source>
        <translation>Diese Karte ist bereits die Standardkarte.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="238"/>
        <source> – default</source>
        <translation> – Standard</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="241"/>
        <source>The card ending %1 has expired.</source>
        <translation>Die Karte mit Endung %1 ist abgelaufen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="243"/>
        <source>The card ending %1 expires at the end of %2/%3; add a new card so automatic payments continue.</source>
        <translation>Die Karte mit Endung %1 läuft Ende %2/%3 ab; fügen Sie eine neue Karte hinzu, damit automatische Zahlungen weiterlaufen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="250"/>
        <source>No saved cards. Automatic payments need one.</source>
        <translation>Keine gespeicherten Karten. Automatische Zahlungen brauchen eine.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="266"/>
        <source>The last %n top-up(s) failed.</source>
        <translation>
            <numerusform>Die letzte Aufladung ist fehlgeschlagen.</numerusform>
            <numerusform>Die letzten %n Aufladungen sind fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="287"/>
        <source>%1, %2, %3, ends %4 (%5), renewal %6</source>
        <translation>%1, %2, %3, endet am %4 (%5), Verlängerung %6</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="289"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="352"/>
        <source>Your balance of %1 is below the threshold of %2, so switching automatic top-up on charges %3 to %4 now (%5 of credit plus VAT).</source>
        <translation>Ihr Guthaben von %1 liegt unter der Schwelle von %2: Wenn Sie die automatische Aufladung einschalten, werden %4 jetzt %3 belastet (%5 Guthaben plus MwSt.).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="358"/>
        <source>Top up now</source>
        <translation>Jetzt aufladen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="359"/>
        <source>&amp;Charge %1 and switch on</source>
        <translation>%1 &amp;belasten und einschalten</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="388"/>
        <source>The monthly invoice is charged to your default card, and no card is saved: add one under Saved cards first.</source>
        <translation>Die Monatsrechnung wird Ihrer Standardkarte belastet, und es ist keine Karte gespeichert: Fügen Sie zuerst unter „Gespeicherte Karten“ eine hinzu.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="268"/>
        <source>Next try on %1.</source>
        <translation>Nächster Versuch am %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="270"/>
        <source>Automatic top-up was switched off; check the card and switch it on again.</source>
        <translation>Die automatische Aufladung wurde ausgeschaltet; prüfen Sie die Karte und schalten Sie sie wieder ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="274"/>
        <source>On: below %1 the balance is topped up by %2.</source>
        <translation>Ein: unter %1 wird das Guthaben um %2 aufgeladen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="279"/>
        <source>Off.</source>
        <translation>Aus.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="300"/>
        <source>No prepaid packages.</source>
        <translation>Keine Prepaid-Pakete.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="335"/>
        <source>Give an amount, e.g. 20.00.</source>
        <translation>Geben Sie einen Betrag an, z. B. 20.00.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="323"/>
        <source>Remove card</source>
        <translation>Karte entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="324"/>
        <source>Remove the card %1? Automatic top-ups and invoices set to it stop being paid with it.</source>
        <translation>Die Karte %1 entfernen? Automatische Aufladungen und Rechnungen, die mit ihr bezahlt werden, werden dann nicht mehr damit bezahlt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="325"/>
        <source>&amp;Remove card</source>
        <translation>Karte &amp;entfernen</translation>
    </message>
</context>
<context>
    <name>BalanceBadge</name>
    <message>
        <location filename="../../desktop/views/automatic_payments/balance_badge.py" line="44"/>
        <location filename="../../desktop/views/automatic_payments/balance_badge.py" line="61"/>
        <source>Balance: %1</source>
        <translation>Guthaben: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/balance_badge.py" line="64"/>
        <source>Below the automatic top-up threshold of %1.</source>
        <translation>Unter der Schwelle %1 für die automatische Aufladung.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/balance_badge.py" line="65"/>
        <source>Prepaid balance</source>
        <translation>Prepaid-Guthaben</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/balance_badge.py" line="69"/>
        <source>The automatic top-up failed. Check your card under Automatic payments.</source>
        <translation>Die automatische Aufladung ist fehlgeschlagen. Prüfen Sie Ihre Karte unter Automatische Zahlungen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/balance_badge.py" line="73"/>
        <source>The automatic prolongation of %1 failed: add credit or a card.</source>
        <translation>Die automatische Verlängerung von %1 ist fehlgeschlagen: laden Sie Guthaben auf oder fügen Sie eine Karte hinzu.</translation>
    </message>
</context>
<context>
    <name>SepaMandateBox</name>
    <message>
        <location filename="../../desktop/views/automatic_payments/sepa_mandate_box.py" line="35"/>
        <source>SEPA direct debit mandate</source>
        <translation>SEPA-Lastschriftmandat</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/sepa_mandate_box.py" line="50"/>
        <source>Si&amp;gn mandate</source>
        <translation>Mandat &amp;unterzeichnen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/sepa_mandate_box.py" line="53"/>
        <source>Re&amp;voke mandate</source>
        <translation>Mandat &amp;widerrufen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/sepa_mandate_box.py" line="59"/>
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/sepa_mandate_box.py" line="61"/>
        <source>Account &amp;holder:</source>
        <translation>Konto&amp;inhaber:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/sepa_mandate_box.py" line="78"/>
        <source>There is no mandate to revoke.</source>
        <translation>Es gibt kein Mandat zum Widerrufen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/sepa_mandate_box.py" line="81"/>
        <source>Enter a valid IBAN first.</source>
        <translation>Geben Sie zuerst eine gültige IBAN ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/sepa_mandate_box.py" line="86"/>
        <source>No mandate. Sign one to pay orders and invoices by direct debit.</source>
        <translation>Kein Mandat. Unterzeichnen Sie eines, um Bestellungen und Rechnungen per Lastschrift zu bezahlen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/sepa_mandate_box.py" line="90"/>
        <source>Mandate %1 for %2 (%3), signed %4.</source>
        <translation>Mandat %1 für %2 (%3), unterzeichnet am %4.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/sepa_mandate_box.py" line="98"/>
        <source>An IBAN has only letters and digits.</source>
        <translation>Eine IBAN hat nur Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/sepa_mandate_box.py" line="99"/>
        <source>An IBAN starts with the country code and two check digits.</source>
        <translation>Eine IBAN beginnt mit dem Ländercode und zwei Prüfziffern.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/sepa_mandate_box.py" line="100"/>
        <source>The length does not fit this country&apos;s IBAN.</source>
        <translation>Die Länge passt nicht zur IBAN dieses Landes.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/sepa_mandate_box.py" line="101"/>
        <source>The account number does not fit this country&apos;s IBAN.</source>
        <translation>Die Kontonummer passt nicht zur IBAN dieses Landes.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/sepa_mandate_box.py" line="102"/>
        <source>The check digits do not match: a typo?</source>
        <translation>Die Prüfziffern stimmen nicht: ein Tippfehler?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/sepa_mandate_box.py" line="106"/>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/sepa_mandate_box.py" line="128"/>
        <source>Revoke SEPA mandate</source>
        <translation>SEPA-Mandat widerrufen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/sepa_mandate_box.py" line="129"/>
        <source>Revoke the direct debit mandate? Invoices are then no longer collected from your bank account; pay them by transfer or card.</source>
        <translation>Das Lastschriftmandat widerrufen? Rechnungen werden dann nicht mehr von Ihrem Bankkonto eingezogen; bezahlen Sie sie per Überweisung oder Karte.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/sepa_mandate_box.py" line="130"/>
        <source>&amp;Revoke mandate</source>
        <translation>Mandat &amp;widerrufen</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AcceptInvitationDialog</name>
    <message>
        <location filename="../../desktop/views/accept_invitation_dialog.py" line="19"/>
        <source>Accept invitation</source>
        <translation>Einladung annehmen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accept_invitation_dialog.py" line="20"/>
        <source>You were invited to a Switchboard account. Enter your name and choose a password to sign in with your e-mail address.</source>
        <translation>Sie wurden zu einem Switchboard-Konto eingeladen. Geben Sie Ihren Namen ein und wählen Sie ein Passwort, um sich mit Ihrer E-Mail-Adresse anzumelden.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accept_invitation_dialog.py" line="26"/>
        <source>Invitation &amp;link:</source>
        <translation>Einladungs&amp;link:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accept_invitation_dialog.py" line="27"/>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accept_invitation_dialog.py" line="28"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accept_invitation_dialog.py" line="29"/>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accept_invitation_dialog.py" line="36"/>
        <source>Enter your name.</source>
        <translation>Geben Sie Ihren Namen ein.</translation>
    </message>
</context>
<context>
    <name>AccessDialogs</name>
    <message>
        <location filename="../../desktop/views/access/access_dialogs.py" line="20"/>
        <source>Everything except closing the account and handing ownership over.</source>
        <translation>Alles außer das Konto aufzulösen und die Inhaberschaft zu übergeben.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_dialogs.py" line="22"/>
        <source>Shop, orders, payments, invoices, automatic payments and the subscription.</source>
        <translation>Shop, Bestellungen, Zahlungen, Rechnungen, automatische Zahlungen und das Abonnement.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_dialogs.py" line="24"/>
        <source>Numbers, VoIP passwords and porting; sees the subscription.</source>
        <translation>Nummern, VoIP-Passwörter und Portierung; sieht das Abonnement.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_dialogs.py" line="26"/>
        <source>Sees everything, changes nothing.</source>
        <translation>Sieht alles, ändert nichts.</translation>
    </message>
</context>
<context>
    <name>AccessPage</name>
    <message>
        <location filename="../../desktop/views/access/access_page.py" line="31"/>
        <source>Access rights</source>
        <translation>Zugriffsrechte</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_page.py" line="33"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_page.py" line="38"/>
        <source>&amp;Add user…</source>
        <translation>Benutzer &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_page.py" line="39"/>
        <source>Change &amp;role…</source>
        <translation>&amp;Rolle ändern…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_page.py" line="40"/>
        <source>&amp;Remove user…</source>
        <translation>Benutzer &amp;entfernen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_page.py" line="43"/>
        <source>Pending invitations</source>
        <translation>Offene Einladungen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_page.py" line="46"/>
        <source>Re&amp;voke invitation</source>
        <translation>Einladung &amp;widerrufen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_page.py" line="101"/>
        <source>Choose a user first.</source>
        <translation>Wählen Sie zuerst einen Benutzer.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_page.py" line="103"/>
        <source>The owner cannot be removed. The owner hands ownership over first.</source>
        <translation>Der Inhaber kann nicht entfernt werden. Zuerst muss er die Inhaberschaft übergeben.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_page.py" line="105"/>
        <source>The owner&apos;s role changes only when the owner hands ownership over.</source>
        <translation>Die Rolle des Inhabers ändert sich nur, wenn er die Inhaberschaft übergibt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_page.py" line="107"/>
        <source>You cannot remove yourself; ask the owner or another administrator.</source>
        <translation>Sie können sich nicht selbst entfernen; bitten Sie den Inhaber oder einen anderen Administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_page.py" line="113"/>
        <source>Choose an invitation first.</source>
        <translation>Wählen Sie zuerst eine Einladung.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_page.py" line="122"/>
        <source>Invitation sent to %1 as %2.</source>
        <translation>Einladung an %1 als %2 gesendet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_page.py" line="133"/>
        <source>%1 now has the role %2.</source>
        <translation>%1 hat jetzt die Rolle %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_page.py" line="142"/>
        <source>Remove user</source>
        <translation>Benutzer entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_page.py" line="143"/>
        <source>Remove %1 &lt;%2&gt;? They can no longer sign in; their open sessions end now.</source>
        <translation>%1 &lt;%2&gt; entfernen? Die Person kann sich nicht mehr anmelden; offene Sitzungen enden sofort.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_page.py" line="144"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_page.py" line="149"/>
        <source>%1 was removed.</source>
        <translation>%1 wurde entfernt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_page.py" line="161"/>
        <source>The invitation to %1 was revoked; its link no longer works.</source>
        <translation>Die Einladung an %1 wurde widerrufen; ihr Link funktioniert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>ActionGate</name>
    <message>
        <location filename="../../desktop/views/action_gate.py" line="20"/>
        <source>Sign in first.</source>
        <translation>Bitte zuerst anmelden.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_gate.py" line="22"/>
        <source>Your role (%1) may not do this. Ask the account&apos;s owner or an administrator.</source>
        <translation>Ihre Rolle (%1) darf das nicht. Fragen Sie den Inhaber des Kontos oder einen Administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_gate.py" line="26"/>
        <source>Needs a connection to the provider; you are working offline.</source>
        <translation>Braucht eine Verbindung zum Anbieter; Sie arbeiten offline.</translation>
    </message>
</context>
<context>
    <name>AddCardDialog</name>
    <message>
        <location filename="../../desktop/views/automatic_payments/card_dialog.py" line="22"/>
        <source>Add a card</source>
        <translation>Karte hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/card_dialog.py" line="23"/>
        <source>The card number goes only to the payment provider; Switchboard keeps a token, the brand, the last four digits and the expiry.</source>
        <translation>Die Kartennummer geht nur an den Zahlungsdienstleister; Switchboard speichert ein Token, die Marke, die letzten vier Ziffern und das Ablaufdatum.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/card_dialog.py" line="29"/>
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
    <name>AddUsersDialog</name>
    <message>
        <location filename="../../desktop/views/subscription/change_dialogs.py" line="93"/>
        <source>Add users</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/change_dialogs.py" line="94"/>
        <source>New users are billed from today, prorated to the end of the month.</source>
        <translation>Neue Benutzer werden ab heute verrechnet, anteilig bis zum Monatsende.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/change_dialogs.py" line="98"/>
        <source>&amp;Users to add:</source>
        <translation>&amp;Zusätzliche Benutzer:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/change_dialogs.py" line="99"/>
        <source>&amp;Add users</source>
        <translation>Benutzer &amp;hinzufügen</translation>
    </message>
</context>
<context>
    <name>AddressPage</name>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="159"/>
        <location filename="../../desktop/views/shop/checkout_wizard.py" line="42"/>
        <source>Billing address</source>
        <translation>Rechnungsadresse</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="160"/>
        <source>Invoices are addressed here. You can add more addresses later.</source>
        <translation>Rechnungen gehen an diese Adresse. Weitere Adressen können Sie später hinzufügen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="168"/>
        <source>&amp;Street and number:</source>
        <translation>&amp;Straße und Nummer:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="169"/>
        <source>&amp;Postal code:</source>
        <translation>&amp;Postleitzahl:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="170"/>
        <location filename="../../desktop/views/shop/checkout_wizard.py" line="58"/>
        <source>C&amp;ity:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="171"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/checkout_wizard.py" line="43"/>
        <source>The invoice for this order goes to this address.</source>
        <translation>Die Rechnung für diese Bestellung geht an diese Adresse.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/checkout_wizard.py" line="46"/>
        <source>Use a &amp;new address</source>
        <translation>&amp;Neue Adresse verwenden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/checkout_wizard.py" line="53"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/checkout_wizard.py" line="56"/>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/checkout_wizard.py" line="56"/>
        <source>Com&amp;pany (optional):</source>
        <translation>&amp;Firma (optional):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/checkout_wizard.py" line="57"/>
        <source>S&amp;treet:</source>
        <translation>S&amp;trasse:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/checkout_wizard.py" line="57"/>
        <source>Posta&amp;l code:</source>
        <translation>P&amp;LZ:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/checkout_wizard.py" line="63"/>
        <source>Co&amp;untry:</source>
        <translation>&amp;Land:</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../desktop/app_controller.py" line="142"/>
        <source>Connecting to the sandbox…</source>
        <translation>Verbindung zur Sandbox wird hergestellt …</translation>
    </message>
    <message>
        <location filename="../../desktop/app_controller.py" line="143"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <location filename="../../desktop/app_controller.py" line="200"/>
        <source>Sign in to continue.</source>
        <translation>Melden Sie sich an, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../../desktop/app_controller.py" line="225"/>
        <source>Signing in to the demo account…</source>
        <translation>Anmeldung beim Demokonto …</translation>
    </message>
    <message>
        <location filename="../../desktop/app_controller.py" line="246"/>
        <source>The sandbox could not start: %1</source>
        <translation>Die Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/app_controller.py" line="362"/>
        <source>No invoices on this computer yet: they arrive with the first sync.</source>
        <translation>Noch keine Rechnungen auf diesem Computer: Sie kommen mit dem ersten Abgleich.</translation>
    </message>
    <message>
        <location filename="../../desktop/app_controller.py" line="422"/>
        <source>Your password has been changed.</source>
        <translation>Ihr Passwort wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../desktop/app_controller.py" line="442"/>
        <source>Connection saved for profile %1.</source>
        <translation>Verbindung für das Profil %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>AuthenticationDialog</name>
    <message>
        <location filename="../../desktop/views/payments/authentication_dialog.py" line="93"/>
        <source>Confirm the payment</source>
        <translation>Zahlung bestätigen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/authentication_dialog.py" line="94"/>
        <source>Confirm the payment in your browser…</source>
        <translation>Bestätigen Sie die Zahlung in Ihrem Browser…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/authentication_dialog.py" line="89"/>
        <source>Order #%1 stays pending until the bank has answered.</source>
        <translation>Bestellung #%1 bleibt offen, bis die Bank geantwortet hat.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/authentication_dialog.py" line="91"/>
        <source>The order stays pending until the bank has answered.</source>
        <translation>Die Bestellung bleibt offen, bis die Bank geantwortet hat.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/authentication_dialog.py" line="96"/>
        <source>Your card&apos;s bank asks you to confirm this payment. We opened the bank&apos;s page in your browser; confirm there, and Switchboard continues by itself.</source>
        <translation>Die Bank Ihrer Karte möchte, dass Sie diese Zahlung bestätigen. Wir haben die Seite der Bank in Ihrem Browser geöffnet; bestätigen Sie dort, dann fährt Switchboard von selbst fort.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/authentication_dialog.py" line="98"/>
        <source>&amp;Cancel payment</source>
        <translation>Zahlung &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/authentication_dialog.py" line="69"/>
        <source>&amp;Open the page again</source>
        <translation>Seite erneut ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/authentication_dialog.py" line="100"/>
        <source>Switchboard cannot open the bank&apos;s page; cancel the payment and try again, or pay another way.</source>
        <translation>Switchboard kann die Seite der Bank nicht öffnen; brechen Sie die Zahlung ab und versuchen Sie es erneut, oder bezahlen Sie anders.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/authentication_dialog.py" line="125"/>
        <source>Switchboard could not open your browser. Open this address in a browser: %1</source>
        <translation>Switchboard konnte Ihren Browser nicht öffnen. Öffnen Sie diese Adresse in einem Browser: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/authentication_dialog.py" line="99"/>
        <source>Cancelling the payment…</source>
        <translation>Die Zahlung wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/authentication_dialog.py" line="177"/>
        <source>You cancelled the confirmation with your card&apos;s bank, so nothing was charged.</source>
        <translation>Sie haben die Bestätigung bei der Bank Ihrer Karte abgebrochen; es wurde nichts belastet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/authentication_dialog.py" line="179"/>
        <source>Your card&apos;s bank did not confirm the payment, so nothing was charged.</source>
        <translation>Die Bank Ihrer Karte hat die Zahlung nicht bestätigt; es wurde nichts belastet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/authentication_dialog.py" line="181"/>
        <source>The card payment was not made.</source>
        <translation>Die Kartenzahlung wurde nicht ausgeführt.</translation>
    </message>
</context>
<context>
    <name>AuthenticatorCodeDialog</name>
    <message>
        <location filename="../../desktop/views/two_factor_dialogs.py" line="35"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/two_factor_dialogs.py" line="41"/>
        <source>Enter the code from your authenticator app.</source>
        <translation>Geben Sie den Code aus Ihrer Authenticator-App ein.</translation>
    </message>
</context>
<context>
    <name>AutomaticPaymentsPage</name>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="53"/>
        <source>Automatic payments</source>
        <translation>Automatische Zahlungen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="75"/>
        <source>Saved cards</source>
        <translation>Gespeicherte Karten</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="80"/>
        <source>&amp;Add card…</source>
        <translation>Karte &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="81"/>
        <source>Make de&amp;fault</source>
        <translation>Als &amp;Standard</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="83"/>
        <source>Re&amp;move card</source>
        <translation>Karte &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="96"/>
        <source>Automatic top-up</source>
        <translation>Automatische Aufladung</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="97"/>
        <source>When calls take your prepaid balance below the threshold, the amount is charged to the card once.</source>
        <translation>Fällt Ihr Prepaid-Guthaben durch Anrufe unter die Schwelle, wird der Betrag einmal der Karte belastet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="99"/>
        <source>&amp;Top up automatically</source>
        <translation>Automatisch &amp;aufladen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="105"/>
        <source>&amp;Save top-up</source>
        <translation>Aufladung s&amp;peichern</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="113"/>
        <source>When the balance is &amp;below:</source>
        <translation>Wenn das Guthaben &amp;unter:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="114"/>
        <source>Top up &amp;by:</source>
        <translation>Aufladen &amp;um:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="115"/>
        <source>Charge the &amp;card:</source>
        <translation>&amp;Karte belasten:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="125"/>
        <source>Automatic prolongation</source>
        <translation>Automatische Verlängerung</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="127"/>
        <source>A prepaid package is renewed for the same duration when it ends: from your credit when it covers the price, otherwise from the default card.</source>
        <translation>Ein Prepaid-Paket wird am Ende um dieselbe Dauer verlängert: aus Ihrem Guthaben, wenn es den Preis deckt, sonst über die Standardkarte.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="139"/>
        <source>Monthly invoice</source>
        <translation>Monatsrechnung</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="141"/>
        <source>C&amp;harge the monthly invoice to my default card</source>
        <translation>Monatsrechnung meiner Standardkarte &amp;belasten</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="175"/>
        <source>Choose a card in the list first.</source>
        <translation>Wählen Sie zuerst eine Karte in der Liste.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="178"/>
        <source>This card is already the default.</source>
        <translation>Diese Karte ist bereits die Standardkarte.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="210"/>
        <source> – default</source>
        <translation> – Standard</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="213"/>
        <source>The card ending %1 has expired.</source>
        <translation>Die Karte mit Endung %1 ist abgelaufen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="215"/>
        <source>The card ending %1 expires at the end of %2/%3; add a new card so automatic payments continue.</source>
        <translation>Die Karte mit Endung %1 läuft Ende %2/%3 ab; fügen Sie eine neue Karte hinzu, damit automatische Zahlungen weiterlaufen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="222"/>
        <source>No saved cards. Automatic payments need one.</source>
        <translation>Keine gespeicherten Karten. Automatische Zahlungen brauchen eine.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="238"/>
        <source>The last %n top-up(s) failed.</source>
        <translation>
            <numerusform>Die letzte Aufladung ist fehlgeschlagen.</numerusform>
            <numerusform>Die letzten %n Aufladungen sind fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="259"/>
        <source>%1, %2, %3, ends %4 (%5), renewal %6</source>
        <translation>%1, %2, %3, endet am %4 (%5), Verlängerung %6</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="261"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="324"/>
        <source>Your balance of %1 is below the threshold of %2, so switching automatic top-up on charges %3 to %4 now (%5 of credit plus VAT).</source>
        <translation>Ihr Guthaben von %1 liegt unter der Schwelle von %2: Wenn Sie die automatische Aufladung einschalten, werden %4 jetzt %3 belastet (%5 Guthaben plus MwSt.).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="330"/>
        <source>Top up now</source>
        <translation>Jetzt aufladen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="331"/>
        <source>&amp;Charge %1 and switch on</source>
        <translation>%1 &amp;belasten und einschalten</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="360"/>
        <source>The monthly invoice is charged to your default card, and no card is saved: add one under Saved cards first.</source>
        <translation>Die Monatsrechnung wird Ihrer Standardkarte belastet, und es ist keine Karte gespeichert: Fügen Sie zuerst unter „Gespeicherte Karten“ eine hinzu.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="240"/>
        <source>Next try on %1.</source>
        <translation>Nächster Versuch am %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="242"/>
        <source>Automatic top-up was switched off; check the card and switch it on again.</source>
        <translation>Die automatische Aufladung wurde ausgeschaltet; prüfen Sie die Karte und schalten Sie sie wieder ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="246"/>
        <source>On: below %1 the balance is topped up by %2.</source>
        <translation>Ein: unter %1 wird das Guthaben um %2 aufgeladen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="251"/>
        <source>Off.</source>
        <translation>Aus.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="272"/>
        <source>No prepaid packages.</source>
        <translation>Keine Prepaid-Pakete.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="307"/>
        <source>Give an amount, e.g. 20.00.</source>
        <translation>Geben Sie einen Betrag an, z. B. 20.00.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="295"/>
        <source>Remove card</source>
        <translation>Karte entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="296"/>
        <source>Remove the card %1? Automatic top-ups and invoices set to it stop being paid with it.</source>
        <translation>Die Karte %1 entfernen? Automatische Aufladungen und Rechnungen, die mit ihr bezahlt werden, werden dann nicht mehr damit bezahlt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="297"/>
        <source>&amp;Remove card</source>
        <translation>Karte &amp;entfernen</translation>
    </message>
</context>
<context>
    <name>BalanceBadge</name>
    <message>
        <location filename="../../desktop/views/automatic_payments/balance_badge.py" line="52"/>
        <location filename="../../desktop/views/automatic_payments/balance_badge.py" line="72"/>
        <source>Balance: %1</source>
        <translation>Guthaben: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/balance_badge.py" line="75"/>
        <source>Below the automatic top-up threshold of %1.</source>
        <translation>Unter der Schwelle %1 für die automatische Aufladung.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/balance_badge.py" line="76"/>
        <source>Prepaid balance</source>
        <translation>Prepaid-Guthaben</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/balance_badge.py" line="80"/>
        <source>The automatic top-up failed. Check your card under Automatic payments.</source>
        <translation>Die automatische Aufladung ist fehlgeschlagen. Prüfen Sie Ihre Karte unter Automatische Zahlungen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/balance_badge.py" line="84"/>
        <source>The automatic prolongation of %1 failed: add credit or a card.</source>
        <translation>Die automatische Verlängerung von %1 ist fehlgeschlagen: laden Sie Guthaben auf oder fügen Sie eine Karte hinzu.</translation>
    </message>
</context>
<context>
    <name>BalanceChart</name>
    <message>
        <location filename="../../desktop/charts/balance_chart.py" line="28"/>
        <source>Prepaid balance</source>
        <translation>Prepaid-Guthaben</translation>
    </message>
    <message>
        <location filename="../../desktop/charts/balance_chart.py" line="39"/>
        <source>Balance</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <location filename="../../desktop/charts/balance_chart.py" line="40"/>
        <source>Top-up</source>
        <translation>Aufladung</translation>
    </message>
    <message>
        <location filename="../../desktop/charts/balance_chart.py" line="54"/>
        <source>No prepaid credit booked yet.</source>
        <translation>Noch kein Prepaid-Guthaben gebucht.</translation>
    </message>
    <message>
        <location filename="../../desktop/charts/balance_chart.py" line="70"/>
        <source>Balance: %1</source>
        <translation>Guthaben: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/charts/balance_chart.py" line="73"/>
        <source>Top-up: %1</source>
        <translation>Aufladung: %1</translation>
    </message>
</context>
<context>
    <name>BulkPanel</name>
    <message>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="123"/>
        <source>Bulk work starts once this tab has loaded its jobs from the provider (online).</source>
        <translation>Massenaktionen sind möglich, sobald dieser Reiter seine Aufträge vom Anbieter geladen hat (online).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="124"/>
        <source>An export is running: wait until it has finished, or cancel it.</source>
        <translation>Ein Export läuft: Warten Sie, bis er fertig ist, oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="130"/>
        <source>Select an unfinished export in the list of jobs.</source>
        <translation>Wählen Sie in der Auftragsliste einen nicht abgeschlossenen Export.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="131"/>
        <source>Select a job in the list.</source>
        <translation>Wählen Sie einen Auftrag in der Liste.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="133"/>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="250"/>
        <source>No export is running.</source>
        <translation>Es läuft kein Export.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="47"/>
        <source>&amp;Export invoices…</source>
        <translation>Rechnungen &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="48"/>
        <source>Automatic &amp;top-up…</source>
        <translation>Automatische &amp;Aufladung…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="49"/>
        <source>&amp;Import customers…</source>
        <translation>Kunden &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="50"/>
        <source>&amp;Resume export…</source>
        <translation>Export &amp;fortsetzen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="51"/>
        <source>Show re&amp;port</source>
        <translation>&amp;Bericht anzeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="52"/>
        <source>Re&amp;fresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="53"/>
        <source>&amp;Cancel export</source>
        <translation>Export a&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="56"/>
        <source>%v of %m customers</source>
        <translation>%v von %m Kunden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="62"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="62"/>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="62"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="62"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="85"/>
        <source>&amp;Month:</source>
        <translation>&amp;Monat:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="148"/>
        <source>Folder for the ZIP file</source>
        <translation>Ordner für die ZIP-Datei</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="158"/>
        <source>Starting the export of %1…</source>
        <translation>Export für %1 wird gestartet…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="176"/>
        <source>Exporting invoices into %1…</source>
        <translation>Rechnungen werden nach %1 exportiert…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="197"/>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="198"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="222"/>
        <source>Export cancelled. What was written stays in the ZIP file; Resume export… goes on from there.</source>
        <translation>Export abgebrochen. Was geschrieben ist, bleibt in der ZIP-Datei; «Export fortsetzen…» macht dort weiter.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="232"/>
        <source>Export finished: %1.</source>
        <translation>Export fertig: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="235"/>
        <source>%n customer(s) could not be exported; see the report.</source>
        <translation>
            <numerusform>%n Kunde konnte nicht exportiert werden; siehe den Bericht.</numerusform>
            <numerusform>%n Kunden konnten nicht exportiert werden; siehe den Bericht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="265"/>
        <source>Customers to import</source>
        <translation>Zu importierende Kunden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="265"/>
        <source>Customer lists (*.csv *.xlsx)</source>
        <translation>Kundenlisten (*.csv *.xlsx)</translation>
    </message>
</context>
<context>
    <name>BulkWork</name>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="26"/>
        <source>Invoices of %1 as ZIP</source>
        <translation>Rechnungen %1 als ZIP</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="31"/>
        <source>Automatic top-up switched on</source>
        <translation>Automatische Aufladung eingeschaltet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="32"/>
        <source>Automatic top-up switched off</source>
        <translation>Automatische Aufladung ausgeschaltet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="33"/>
        <source>Customers imported from %1</source>
        <translation>Kunden importiert aus %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="40"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="41"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="42"/>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="48"/>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="53"/>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="59"/>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="60"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="61"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="66"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="67"/>
        <source>Contact</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="68"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="69"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="70"/>
        <source>Street</source>
        <translation>Strasse</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="71"/>
        <source>Postal code</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="72"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="73"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="74"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="75"/>
        <source>VAT number</source>
        <translation>MWST-Nummer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="76"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="84"/>
        <source>This is not an e-mail address.</source>
        <translation>Das ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="85"/>
        <source>An account with this e-mail address exists already.</source>
        <translation>Ein Konto mit dieser E-Mail-Adresse gibt es schon.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="88"/>
        <source>The same e-mail address as an earlier line.</source>
        <translation>Dieselbe E-Mail-Adresse wie in einer früheren Zeile.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="91"/>
        <source>We serve Switzerland, Liechtenstein and the EU countries (give the ISO code: CH, DE, …).</source>
        <translation>Wir bedienen die Schweiz, Liechtenstein und die EU-Länder (ISO-Code angeben: CH, DE, …).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="95"/>
        <source>The contact person is missing.</source>
        <translation>Die Kontaktperson fehlt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="96"/>
        <source>A business customer needs the company name.</source>
        <translation>Ein Geschäftskunde braucht den Firmennamen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="99"/>
        <source>The street is missing.</source>
        <translation>Die Strasse fehlt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="100"/>
        <source>The postal code is missing.</source>
        <translation>Die PLZ fehlt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="101"/>
        <source>The city is missing.</source>
        <translation>Der Ort fehlt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="102"/>
        <source>This is not a valid VAT number for the country.</source>
        <translation>Das ist keine gültige MWST-Nummer für das Land.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="105"/>
        <source>The kind is business or private.</source>
        <translation>Die Art ist business oder private.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="106"/>
        <source>The language is de or en.</source>
        <translation>Die Sprache ist de oder en.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="107"/>
        <source>The same line number twice.</source>
        <translation>Dieselbe Zeilennummer zweimal.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_texts.py" line="115"/>
        <source>The customer has no saved card to charge.</source>
        <translation>Der Kunde hat keine gespeicherte Karte, die belastet werden kann.</translation>
    </message>
</context>
<context>
    <name>CallsTable</name>
    <message>
        <location filename="../../desktop/models/invoices/calls_model.py" line="41"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/calls_model.py" line="41"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/calls_model.py" line="41"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/calls_model.py" line="42"/>
        <source>Destination zone</source>
        <translation>Zielzone</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/calls_model.py" line="42"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/calls_model.py" line="43"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/calls_model.py" line="240"/>
        <source>You disputed this call.</source>
        <translation>Sie haben diesen Anruf beanstandet.</translation>
    </message>
</context>
<context>
    <name>CardConfirmationDialog</name>
    <message>
        <location filename="../../desktop/views/payments/card_confirmation.py" line="37"/>
        <source>Confirm the card</source>
        <translation>Karte bestätigen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/card_confirmation.py" line="38"/>
        <source>Confirm the card in your browser…</source>
        <translation>Bestätigen Sie die Karte in Ihrem Browser…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/card_confirmation.py" line="40"/>
        <source>Your card&apos;s bank asks you to confirm this card before it is saved. We opened the bank&apos;s page in your browser; confirm there, and Switchboard continues by itself. Nothing is saved or charged until the bank has answered.</source>
        <translation>Die Bank Ihrer Karte möchte, dass Sie diese Karte bestätigen, bevor sie gespeichert wird. Wir haben die Seite der Bank in Ihrem Browser geöffnet; bestätigen Sie dort, dann fährt Switchboard von selbst fort. Bis die Bank geantwortet hat, wird nichts gespeichert und nichts belastet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/card_confirmation.py" line="43"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/card_confirmation.py" line="44"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/card_confirmation.py" line="45"/>
        <source>Switchboard cannot open the bank&apos;s page; cancel and try again, or use another card.</source>
        <translation>Switchboard kann die Seite der Bank nicht öffnen; brechen Sie ab und versuchen Sie es erneut, oder verwenden Sie eine andere Karte.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/card_confirmation.py" line="58"/>
        <source>You cancelled the confirmation with your card&apos;s bank, so the card was not saved.</source>
        <translation>Sie haben die Bestätigung bei der Bank Ihrer Karte abgebrochen; die Karte wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/card_confirmation.py" line="61"/>
        <source>Your card&apos;s bank did not confirm the card, so it was not saved.</source>
        <translation>Die Bank Ihrer Karte hat die Karte nicht bestätigt; sie wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/card_confirmation.py" line="63"/>
        <source>The card was not saved.</source>
        <translation>Die Karte wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/card_confirmation.py" line="64"/>
        <source>Nothing was charged.</source>
        <translation>Es wurde nichts belastet.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../desktop/views/change_password_dialog.py" line="17"/>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <location filename="../../desktop/views/change_password_dialog.py" line="18"/>
        <source>This is the password for signing in to the portal, not the VoIP password of a phone.</source>
        <translation>Dies ist das Passwort für die Anmeldung im Portal, nicht das VoIP-Passwort eines Telefons.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/change_password_dialog.py" line="25"/>
        <source>&amp;Current password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/change_password_dialog.py" line="26"/>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/change_password_dialog.py" line="27"/>
        <source>&amp;Repeat new password:</source>
        <translation>Neues Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/change_password_dialog.py" line="29"/>
        <source>C&amp;hange password</source>
        <translation>Passwort ä&amp;ndern</translation>
    </message>
    <message>
        <location filename="../../desktop/views/change_password_dialog.py" line="36"/>
        <source>Enter your current password.</source>
        <translation>Geben Sie Ihr aktuelles Passwort ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/change_password_dialog.py" line="39"/>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>CheckoutWizard</name>
    <message>
        <location filename="../../desktop/views/shop/checkout_wizard.py" line="238"/>
        <source>Check out</source>
        <translation>Zur Kasse</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/checkout_wizard.py" line="276"/>
        <source>new card ending %1</source>
        <translation>neue Karte mit Endung %1</translation>
    </message>
</context>
<context>
    <name>CodeStep</name>
    <message>
        <location filename="../../desktop/views/sign_in_code_step.py" line="40"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sign_in_code_step.py" line="52"/>
        <source>Enter the 6-digit code from your authenticator app. Without your phone, enter one of your recovery codes instead.</source>
        <translation>Geben Sie den 6-stelligen Code aus Ihrer Authenticator-App ein. Ohne Ihr Telefon geben Sie stattdessen einen Ihrer Wiederherstellungscodes ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sign_in_code_step.py" line="60"/>
        <source>Your account requires two-factor sign-in. Preparing the setup…</source>
        <translation>Ihr Konto verlangt die Zwei-Faktor-Anmeldung. Die Einrichtung wird vorbereitet …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sign_in_code_step.py" line="68"/>
        <source>Your account requires two-factor sign-in. Scan this code with an authenticator app (for example Google Authenticator, Microsoft Authenticator or 1Password), or type the key below into it, then enter the 6-digit code it shows.</source>
        <translation>Ihr Konto verlangt die Zwei-Faktor-Anmeldung. Scannen Sie diesen Code mit einer Authenticator-App (zum Beispiel Google Authenticator, Microsoft Authenticator oder 1Password) oder tippen Sie den Schlüssel unten darin ein, und geben Sie dann den 6-stelligen Code ein, den sie anzeigt.</translation>
    </message>
</context>
<context>
    <name>CompareMonthsDialog</name>
    <message>
        <location filename="../../desktop/views/invoices/compare_dialog.py" line="37"/>
        <source>Compare months</source>
        <translation>Monate vergleichen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/compare_dialog.py" line="44"/>
        <source>Month &amp;A:</source>
        <translation>Monat &amp;A:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/compare_dialog.py" line="45"/>
        <source>Month &amp;B:</source>
        <translation>Monat &amp;B:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/compare_dialog.py" line="60"/>
        <source>Search number, zone, date…</source>
        <translation>Nummer, Zone, Datum suchen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/compare_dialog.py" line="63"/>
        <source>&amp;Search calls of month B:</source>
        <translation>Anrufe von Monat B &amp;suchen:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/compare_dialog.py" line="64"/>
        <source>&amp;Flag call to dispute…</source>
        <translation>Anruf &amp;beanstanden…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/compare_dialog.py" line="66"/>
        <source>Save month B as &amp;PDF…</source>
        <translation>Monat B als &amp;PDF speichern…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/compare_dialog.py" line="75"/>
        <source>Kept on this computer and sent to the provider when online.</source>
        <translation>Wird auf diesem Computer gespeichert und bei Verbindung an den Anbieter gesendet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/compare_dialog.py" line="91"/>
        <source>No invoices on this computer yet.</source>
        <translation>Noch keine Rechnungen auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/compare_dialog.py" line="118"/>
        <source>Choose a call first.</source>
        <translation>Wählen Sie zuerst einen Anruf.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/compare_dialog.py" line="120"/>
        <source>Dispute call</source>
        <translation>Anruf beanstanden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/compare_dialog.py" line="121"/>
        <source>What is wrong with the call to +%1?</source>
        <translation>Was stimmt mit dem Anruf an +%1 nicht?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/compare_dialog.py" line="130"/>
        <source>Dispute kept on this computer; it is sent to the provider with the next sync.</source>
        <translation>Beanstandung auf diesem Computer gespeichert; sie wird mit dem nächsten Abgleich an den Anbieter gesendet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/compare_dialog.py" line="138"/>
        <source>Save invoice</source>
        <translation>Rechnung speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/compare_dialog.py" line="139"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/compare_dialog.py" line="145"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <location filename="../../desktop/views/countries.py" line="15"/>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="16"/>
        <source>Liechtenstein</source>
        <translation>Liechtenstein</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="17"/>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="18"/>
        <source>Austria</source>
        <translation>Österreich</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="19"/>
        <source>Belgium</source>
        <translation>Belgien</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="20"/>
        <source>Bulgaria</source>
        <translation>Bulgarien</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="21"/>
        <source>Cyprus</source>
        <translation>Zypern</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="22"/>
        <source>Czechia</source>
        <translation>Tschechien</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="23"/>
        <source>Denmark</source>
        <translation>Dänemark</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="24"/>
        <source>Estonia</source>
        <translation>Estland</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="25"/>
        <source>Spain</source>
        <translation>Spanien</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="26"/>
        <source>Finland</source>
        <translation>Finnland</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="27"/>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="28"/>
        <source>Greece</source>
        <translation>Griechenland</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="29"/>
        <source>Croatia</source>
        <translation>Kroatien</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="30"/>
        <source>Hungary</source>
        <translation>Ungarn</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="31"/>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="32"/>
        <source>Italy</source>
        <translation>Italien</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="33"/>
        <source>Lithuania</source>
        <translation>Litauen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="34"/>
        <source>Luxembourg</source>
        <translation>Luxemburg</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="35"/>
        <source>Latvia</source>
        <translation>Lettland</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="36"/>
        <source>Malta</source>
        <translation>Malta</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="37"/>
        <source>Netherlands</source>
        <translation>Niederlande</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="38"/>
        <source>Poland</source>
        <translation>Polen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="39"/>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="40"/>
        <source>Romania</source>
        <translation>Rumänien</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="41"/>
        <source>Sweden</source>
        <translation>Schweden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="42"/>
        <source>Slovenia</source>
        <translation>Slowenien</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="43"/>
        <source>Slovakia</source>
        <translation>Slowakei</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../desktop/views/crash_dialog.py" line="28"/>
        <source>Switchboard ran into an error</source>
        <translation>Bei Switchboard ist ein Fehler aufgetreten</translation>
    </message>
    <message>
        <location filename="../../desktop/views/crash_dialog.py" line="31"/>
        <source>Something went wrong that Switchboard did not expect. Your data on the provider is safe. Save a support bundle and send it to your provider&apos;s support: it holds the details below and the log, without passwords or card numbers.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen. Ihre Daten beim Anbieter sind sicher. Speichern Sie ein Support-Paket und senden Sie es dem Support Ihres Anbieters: Es enthält die Angaben unten und das Protokoll, ohne Passwörter und Kartennummern.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/crash_dialog.py" line="34"/>
        <source>Report: %1</source>
        <translation>Bericht: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/crash_dialog.py" line="40"/>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <location filename="../../desktop/views/crash_dialog.py" line="45"/>
        <source>&amp;Save support bundle…</source>
        <translation>Support-Paket &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/crash_dialog.py" line="54"/>
        <source>Save support bundle</source>
        <translation>Support-Paket speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/views/crash_dialog.py" line="55"/>
        <source>Zip archives (*.zip)</source>
        <translation>ZIP-Archive (*.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/crash_dialog.py" line="61"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/crash_dialog.py" line="67"/>
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/crash_dialog.py" line="72"/>
        <source>The bundle could not be saved: %1</source>
        <translation>Das Paket konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>CreateCustomerDialog</name>
    <message>
        <location filename="../../desktop/views/reseller/create_customer_dialog.py" line="19"/>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/create_customer_dialog.py" line="20"/>
        <source>A business account under your reseller account. Its owner signs in with this e-mail address and password; you can act for the customer at once.</source>
        <translation>Ein Geschäftskonto unter Ihrem Reseller-Konto. Der Inhaber meldet sich mit dieser E-Mail-Adresse und diesem Passwort an; Sie können sofort für den Kunden handeln.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/create_customer_dialog.py" line="37"/>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/create_customer_dialog.py" line="38"/>
        <source>Contact &amp;name:</source>
        <translation>Kontakt&amp;name:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/create_customer_dialog.py" line="39"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/create_customer_dialog.py" line="40"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/create_customer_dialog.py" line="41"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/create_customer_dialog.py" line="42"/>
        <source>&amp;Street:</source>
        <translation>&amp;Straße:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/create_customer_dialog.py" line="43"/>
        <source>Posta&amp;l code:</source>
        <translation>PL&amp;Z:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/create_customer_dialog.py" line="44"/>
        <source>C&amp;ity:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/create_customer_dialog.py" line="45"/>
        <source>C&amp;reate customer</source>
        <translation>Kunden &amp;anlegen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/create_customer_dialog.py" line="73"/>
        <source>Fill this in.</source>
        <translation>Bitte ausfüllen.</translation>
    </message>
</context>
<context>
    <name>CustomerCounts</name>
    <message numerus="yes">
        <location filename="../../desktop/models/reseller/customers_model.py" line="40"/>
        <source>%n customer(s) shown, scroll for more</source>
        <translation>
            <numerusform>%n Kunde angezeigt, für weitere scrollen</numerusform>
            <numerusform>%n Kunden angezeigt, für weitere scrollen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/models/reseller/customers_model.py" line="41"/>
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
        <location filename="../../desktop/models/reseller/customers_model.py" line="45"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reseller/customers_model.py" line="46"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reseller/customers_model.py" line="91"/>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reseller/customers_model.py" line="93"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reseller/customers_model.py" line="95"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reseller/customers_model.py" line="97"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reseller/customers_model.py" line="99"/>
        <source>Balance</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reseller/customers_model.py" line="101"/>
        <source>Open invoices</source>
        <translation>Offene Rechnungen</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reseller/customers_model.py" line="103"/>
        <source>Open amount</source>
        <translation>Offener Betrag</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="55"/>
        <source>Name, company, user ID or owner e-mail</source>
        <translation>Name, Firma, Benutzer-ID oder E-Mail des Inhabers</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="64"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="64"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="64"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="67"/>
        <source>Any balance</source>
        <translation>Jedes Guthaben</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="67"/>
        <source>Negative balance</source>
        <translation>Negatives Guthaben</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="68"/>
        <source>Balance below %1</source>
        <translation>Guthaben unter %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="69"/>
        <source>Balance of %1 or more</source>
        <translation>Guthaben ab %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="73"/>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="74"/>
        <source>Balance filter</source>
        <translation>Guthabenfilter</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="75"/>
        <source>Open invoices filter</source>
        <translation>Filter offene Rechnungen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="109"/>
        <source>Customer &amp;list</source>
        <translation>Kunden&amp;liste</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="114"/>
        <source>&amp;Wholesale statement</source>
        <translation>&amp;Großhandelsabrechnung</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="119"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="125"/>
        <source>&amp;Bulk work</source>
        <translation>Massenak&amp;tionen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="196"/>
        <source>Choose a customer in the list first.</source>
        <translation>Wählen Sie zuerst einen Kunden in der Liste.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="219"/>
        <source>The customer list needs a connection to the provider.</source>
        <translation>Die Kundenliste braucht eine Verbindung zum Anbieter.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="246"/>
        <source>Loading customers…</source>
        <translation>Kunden werden geladen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="247"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="265"/>
        <source>No customer matches this search and these filters.</source>
        <translation>Kein Kunde passt zu dieser Suche und diesen Filtern.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="266"/>
        <source>You have no customers yet. New customer… creates one.</source>
        <translation>Sie haben noch keine Kunden. „Neuer Kunde…“ legt einen an.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="309"/>
        <source>The customers could not be loaded: see the message above.</source>
        <translation>Die Kunden konnten nicht geladen werden: siehe die Meldung oben.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="71"/>
        <source>Open invoices or not</source>
        <translation>Mit oder ohne offene Rechnungen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="71"/>
        <source>With open invoices</source>
        <translation>Mit offenen Rechnungen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="72"/>
        <source>No open invoices</source>
        <translation>Ohne offene Rechnungen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="81"/>
        <source>&amp;Open customer</source>
        <translation>Kunden ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="83"/>
        <source>&amp;New customer…</source>
        <translation>&amp;Neuer Kunde…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="102"/>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="110"/>
        <source>O&amp;verview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="128"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="147"/>
        <source>A click on a column sorts the list by it; another click reverses the order. From the keyboard: the menu key (Shift+F10) in the list.</source>
        <translation>Ein Klick auf eine Spalte sortiert die Liste danach; ein weiterer Klick kehrt die Reihenfolge um. Mit der Tastatur: die Menütaste (Umschalt+F10) in der Liste.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="176"/>
        <source>Sort by %1</source>
        <translation>Sortieren nach %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="221"/>
        <source>Offline: the list and the overview show what was loaded before; searching, opening and creating customers need a connection to the provider.</source>
        <translation>Offline: Liste und Übersicht zeigen, was vorher geladen wurde; Kunden suchen, öffnen und anlegen braucht eine Verbindung zum Anbieter.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="377"/>
        <source>Customer %1 created (user ID %2).</source>
        <translation>Kunde %1 angelegt (Benutzer-ID %2).</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_page.py" line="20"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_page.py" line="23"/>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_page.py" line="23"/>
        <source>User ID:</source>
        <translation>Benutzer-ID:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_page.py" line="24"/>
        <source>Type:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_page.py" line="24"/>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_page.py" line="25"/>
        <source>Prepaid balance:</source>
        <translation>Prepaid-Guthaben:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_page.py" line="25"/>
        <source>Services:</source>
        <translation>Dienste:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_page.py" line="26"/>
        <source>Signed in as:</source>
        <translation>Angemeldet als:</translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panel.py" line="81"/>
        <source>Your role cannot see the account&apos;s billing figures.</source>
        <translation>Ihre Rolle darf die Abrechnungszahlen des Kontos nicht sehen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panel.py" line="89"/>
        <source>The charts of %1 need a connection to the provider: this computer keeps only your own account&apos;s data.</source>
        <translation>Die Diagramme von %1 brauchen eine Verbindung zum Anbieter: Dieser Computer speichert nur die Daten Ihres eigenen Kontos.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panel.py" line="92"/>
        <source>Loading the charts of %1 from the provider…</source>
        <translation>Diagramme von %1 werden beim Anbieter geladen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panel.py" line="94"/>
        <source>The charts appear once this computer has synced the account.</source>
        <translation>Die Diagramme erscheinen, sobald dieser Computer das Konto abgeglichen hat.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panel.py" line="97"/>
        <source>Loading the charts…</source>
        <translation>Diagramme werden geladen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panel.py" line="198"/>
        <source>No prepaid credit booked yet, so there is nothing to forecast.</source>
        <translation>Noch kein Prepaid-Guthaben gebucht, daher gibt es nichts vorherzusagen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panel.py" line="200"/>
        <source>The prepaid credit is used up: the balance is %1.</source>
        <translation>Das Prepaid-Guthaben ist aufgebraucht: Der Saldo beträgt %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panel.py" line="203"/>
        <source>The last 30 days&apos; debits came to %1 a day.</source>
        <translation>Die Belastungen der letzten 30 Tage betrugen %1 pro Tag.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panel.py" line="206"/>
        <source>No debits in the last 30 days: at this rate the credit of %1 does not run out.</source>
        <translation>Keine Belastungen in den letzten 30 Tagen: bei diesem Verbrauch reicht das Guthaben von %1 unbegrenzt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panel.py" line="209"/>
        <source>At the last 30 days&apos; rate of %1 a day, the credit of %2 runs out on %3.</source>
        <translation>Beim Verbrauch der letzten 30 Tage von %1 pro Tag ist das Guthaben von %2 am %3 aufgebraucht.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panel.py" line="214"/>
        <source>Nothing scheduled.</source>
        <translation>Nichts geplant.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panel.py" line="218"/>
        <source>not at the current rate</source>
        <translation>beim jetzigen Verbrauch nicht</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panel.py" line="219"/>
        <source>charged to your card</source>
        <translation>von Ihrer Karte abgebucht</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panel.py" line="219"/>
        <source>paid from the prepaid balance</source>
        <translation>aus dem Prepaid-Guthaben bezahlt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panel.py" line="220"/>
        <source>not covered: the balance is too low and no card is saved</source>
        <translation>nicht gedeckt: Das Guthaben reicht nicht, und keine Karte ist gespeichert</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panel.py" line="221"/>
        <source>renews only if you renew it</source>
        <translation>verlängert sich nur, wenn Sie verlängern</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panel.py" line="222"/>
        <source>paid by bank transfer</source>
        <translation>per Banküberweisung bezahlt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panel.py" line="223"/>
        <source>paid by SEPA direct debit</source>
        <translation>per SEPA-Lastschrift bezahlt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panel.py" line="225"/>
        <source>Next automatic top-up: %1 on %2, %3.</source>
        <translation>Nächste automatische Aufladung: %1 am %2, %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panel.py" line="228"/>
        <source>Next renewal of %1: %2 on %3, %4.</source>
        <translation>Nächste Verlängerung von %1: %2 am %3, %4.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panel.py" line="230"/>
        <source>Next invoice: on %1, %2.</source>
        <translation>Nächste Rechnung: am %1, %2.</translation>
    </message>
</context>
<context>
    <name>DateCounts</name>
    <message numerus="yes">
        <location filename="../../desktop/models/dates.py" line="42"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="96"/>
        <source>Your details</source>
        <translation>Ihre Angaben</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="97"/>
        <source>The contact person receives the e-mails about this account.</source>
        <translation>Die Kontaktperson erhält die E-Mails zu diesem Konto.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="102"/>
        <source>optional, e.g. CHE-123.456.788 MWST</source>
        <translation>optional, z. B. CHE-123.456.788 MWST</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="113"/>
        <source>Contact &amp;name:</source>
        <translation>&amp;Name der Kontaktperson:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="114"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="115"/>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="116"/>
        <source>&amp;VAT number:</source>
        <translation>&amp;MWST-/USt-Nummer:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="117"/>
        <source>&amp;Main number:</source>
        <translation>&amp;Hauptnummer:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="119"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="120"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="144"/>
        <source>Enter an e-mail address like name@example.ch.</source>
        <translation>Geben Sie eine E-Mail-Adresse wie name@example.ch ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="148"/>
        <source>A business account needs the company name.</source>
        <translation>Ein Geschäftskonto braucht den Firmennamen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="151"/>
        <source>Enter the main number of the account.</source>
        <translation>Geben Sie die Hauptnummer des Kontos ein.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <location filename="../../desktop/views/diagnostics_dialog.py" line="77"/>
        <source>Live updates: a stream from the provider is held open; changes appear as they happen.</source>
        <translation>Live-Aktualisierung: Eine Verbindung zum Anbieter ist offen; Änderungen erscheinen, sobald sie geschehen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_dialog.py" line="79"/>
        <source>Live updates: the stream cannot be held here (a proxy may buffer it), so the app asks the provider for changes every 30 seconds.</source>
        <translation>Live-Aktualisierung: Die Verbindung lässt sich hier nicht halten (vielleicht puffert ein Proxy sie), darum fragt die App den Anbieter alle 30 Sekunden nach Änderungen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_dialog.py" line="81"/>
        <source>Live updates: off (not signed in, or working offline).</source>
        <translation>Live-Aktualisierung: aus (nicht angemeldet oder offline).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_dialog.py" line="36"/>
        <source>Connection diagnostics</source>
        <translation>Verbindungsdiagnose</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_dialog.py" line="39"/>
        <source>Provider &amp;address:</source>
        <translation>&amp;Adresse des Anbieters:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_dialog.py" line="40"/>
        <source>&amp;Run checks</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_dialog.py" line="49"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_dialog.py" line="49"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_dialog.py" line="49"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_dialog.py" line="87"/>
        <source>Enter the provider&apos;s address first.</source>
        <translation>Geben Sie zuerst die Adresse des Anbieters ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_dialog.py" line="92"/>
        <source>Checking the connection…</source>
        <translation>Verbindung wird geprüft …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_dialog.py" line="98"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_dialog.py" line="99"/>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_dialog.py" line="99"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_dialog.py" line="102"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_dialog.py" line="102"/>
        <source>Name resolution</source>
        <translation>Namensauflösung</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_dialog.py" line="103"/>
        <source>Connection to port</source>
        <translation>Verbindung zum Port</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_dialog.py" line="103"/>
        <source>TLS and certificate</source>
        <translation>TLS und Zertifikat</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_dialog.py" line="104"/>
        <source>Provider API</source>
        <translation>API des Anbieters</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_dialog.py" line="123"/>
        <source>A check failed. What to do is shown above.</source>
        <translation>Eine Prüfung ist fehlgeschlagen. Was zu tun ist, steht oben.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_dialog.py" line="125"/>
        <source>All checks passed: the provider can be reached.</source>
        <translation>Alle Prüfungen bestanden: Der Anbieter ist erreichbar.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_dialog.py" line="135"/>
        <source>The checks could not run: %1</source>
        <translation>Die Prüfungen konnten nicht laufen: %1</translation>
    </message>
</context>
<context>
    <name>DisputeDialog</name>
    <message>
        <location filename="../../desktop/views/invoices/dispute_dialog.py" line="17"/>
        <source>Dispute a call</source>
        <translation>Anruf beanstanden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/dispute_dialog.py" line="18"/>
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
    <name>DonePage</name>
    <message>
        <location filename="../../desktop/views/shop/checkout_wizard.py" line="216"/>
        <source>Thank you</source>
        <translation>Vielen Dank</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/checkout_wizard.py" line="224"/>
        <source>Order #%1 is placed and waits for your bank transfer; the payment details are on its invoice.</source>
        <translation>Bestellung #%1 ist aufgegeben und wartet auf Ihre Überweisung; die Zahlungsangaben stehen auf der Rechnung.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/checkout_wizard.py" line="227"/>
        <source>Order #%1 is paid.</source>
        <translation>Bestellung #%1 ist bezahlt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/checkout_wizard.py" line="229"/>
        <source>It will be set up by %1.</source>
        <translation>Sie wird bis %1 eingerichtet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/checkout_wizard.py" line="231"/>
        <source>You find it under Payments › Orders.</source>
        <translation>Sie finden sie unter Zahlungen › Bestellungen.</translation>
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
        <location filename="../../desktop/views/invoices/export_period_dialog.py" line="34"/>
        <source>A ZIP file with every invoice of the period as PDF, and the invoices and their calls as CSV files for your accounting software.</source>
        <translation>Eine ZIP-Datei mit jeder Rechnung des Zeitraums als PDF sowie den Rechnungen und ihren Anrufen als CSV-Dateien für Ihre Buchhaltungssoftware.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/export_period_dialog.py" line="39"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/export_period_dialog.py" line="47"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/export_period_dialog.py" line="47"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/export_period_dialog.py" line="48"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/export_period_dialog.py" line="53"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/export_period_dialog.py" line="71"/>
        <source>Folder for the export</source>
        <translation>Ordner für den Export</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/export_period_dialog.py" line="84"/>
        <source>The period ends before it starts.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/export_period_dialog.py" line="88"/>
        <source>Choose a folder.</source>
        <translation>Wählen Sie einen Ordner.</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <location filename="../../desktop/views/field_errors.py" line="51"/>
        <source>Something went wrong in Switchboard: %1</source>
        <translation>In Switchboard ist ein Fehler aufgetreten: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/field_errors.py" line="81"/>
        <source>Something went wrong.</source>
        <translation>Etwas ist schiefgegangen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/field_errors.py" line="65"/>
        <source>(Reference for support: %1)</source>
        <translation>(Referenz für den Support: %1)</translation>
    </message>
</context>
<context>
    <name>ForgotPasswordDialog</name>
    <message>
        <location filename="../../desktop/views/forgot_password_dialog.py" line="22"/>
        <source>Forgotten password</source>
        <translation>Passwort vergessen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forgot_password_dialog.py" line="23"/>
        <source>Enter your user ID or e-mail address and the e-mail address registered for your account. If they match, we send you a link to choose a new password. The link is valid for 60 minutes.</source>
        <translation>Geben Sie Ihre Benutzer-ID oder E-Mail-Adresse und die für Ihr Konto hinterlegte E-Mail-Adresse ein. Wenn sie zusammenpassen, senden wir Ihnen einen Link, mit dem Sie ein neues Passwort wählen. Der Link ist 60 Minuten gültig.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forgot_password_dialog.py" line="29"/>
        <source>&amp;User ID or e-mail:</source>
        <translation>&amp;Benutzer-ID oder E-Mail:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forgot_password_dialog.py" line="30"/>
        <source>Registered &amp;e-mail:</source>
        <translation>Hinterlegte &amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forgot_password_dialog.py" line="32"/>
        <source>&amp;Send link</source>
        <translation>Link &amp;senden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forgot_password_dialog.py" line="33"/>
        <source>I &amp;have a link</source>
        <translation>Ich &amp;habe einen Link</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forgot_password_dialog.py" line="49"/>
        <source>Enter your user ID or e-mail address.</source>
        <translation>Geben Sie Ihre Benutzer-ID oder E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forgot_password_dialog.py" line="52"/>
        <source>Enter the e-mail address of your account.</source>
        <translation>Geben Sie die E-Mail-Adresse Ihres Kontos ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forgot_password_dialog.py" line="54"/>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forgot_password_dialog.py" line="62"/>
        <source>If the user ID and e-mail address match an account, an e-mail with a reset link is on its way. Open the link, or choose &quot;I have a link&quot; and paste it.</source>
        <translation>Wenn Benutzer-ID und E-Mail-Adresse zu einem Konto passen, ist eine E-Mail mit einem Link zum Zurücksetzen unterwegs. Öffnen Sie den Link oder wählen Sie „Ich habe einen Link“ und fügen Sie ihn ein.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../desktop/views/form_dialog.py" line="107"/>
        <source>Sandbox mail&amp;box…</source>
        <translation>Sandbox-Post&amp;fach …</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/views/reseller/bulk_dialogs.py" line="141"/>
        <source>Import customers</source>
        <translation>Kunden importieren</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_dialogs.py" line="148"/>
        <source>Each line of the file becomes a business customer under your account. Columns: company, contact, e-mail, country, street, postal code, city (language, kind and VAT number if you like). If one line is wrong, nothing is imported and every wrong line is listed. The new customers&apos; owners get an e-mail telling them how to choose their password.</source>
        <translation>Jede Zeile der Datei wird ein Geschäftskunde unter Ihrem Konto. Spalten: Firma, Kontaktperson, E-Mail, Land, Strasse, PLZ, Ort (Sprache, Art und MWST-Nummer nach Wunsch). Ist eine Zeile falsch, wird nichts importiert und jede falsche Zeile aufgelistet. Die Inhaber der neuen Kunden erhalten eine E-Mail, wie sie ihr Passwort wählen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_dialogs.py" line="156"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_dialogs.py" line="156"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_dialogs.py" line="156"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_dialogs.py" line="161"/>
        <source>&amp;Import all</source>
        <translation>Alle &amp;importieren</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_dialogs.py" line="169"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/reseller/bulk_dialogs.py" line="175"/>
        <source>%n customer(s) in %1.</source>
        <translation>
            <numerusform>%n Kunde in %1.</numerusform>
            <numerusform>%n Kunden in %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_dialogs.py" line="183"/>
        <source>The file cannot be imported: %1</source>
        <translation>Die Datei kann nicht importiert werden: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_dialogs.py" line="193"/>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/reseller/bulk_dialogs.py" line="212"/>
        <source>Nothing was imported: %n line(s) have errors. Correct them in the file and import it again.</source>
        <translation>
            <numerusform>Nichts wurde importiert: %n Zeile hat Fehler. Korrigieren Sie sie in der Datei und importieren Sie sie noch einmal.</numerusform>
            <numerusform>Nichts wurde importiert: %n Zeilen haben Fehler. Korrigieren Sie sie in der Datei und importieren Sie sie noch einmal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterimDialog</name>
    <message>
        <location filename="../../desktop/views/numbers/numbers_dialogs.py" line="116"/>
        <source>Until the porting completes</source>
        <translation>Bis die Portierung abgeschlossen ist</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_dialogs.py" line="117"/>
        <source>Calls to %1 can reach you on one of your numbers meanwhile.</source>
        <translation>Anrufe an %1 erreichen Sie bis dahin auf einer Ihrer Nummern.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_dialogs.py" line="121"/>
        <source>Show the old numbers on &amp;outgoing calls</source>
        <translation>Alte Nummern bei &amp;ausgehenden Anrufen anzeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_dialogs.py" line="124"/>
        <source>&amp;Forward to:</source>
        <translation>&amp;Weiterleiten an:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_dialogs.py" line="126"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>InvitationsModel</name>
    <message>
        <location filename="../../desktop/models/access/members_model.py" line="39"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../desktop/models/access/members_model.py" line="40"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../desktop/models/access/members_model.py" line="41"/>
        <source>Sent on</source>
        <translation>Gesendet am</translation>
    </message>
    <message>
        <location filename="../../desktop/models/access/members_model.py" line="43"/>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../../desktop/views/access/access_dialogs.py" line="44"/>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_dialogs.py" line="45"/>
        <source>The person gets an e-mail with a link to set a password. The link works once, for 7 days.</source>
        <translation>Die Person erhält eine E-Mail mit einem Link, um ein Passwort zu setzen. Der Link funktioniert einmal, 7 Tage lang.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_dialogs.py" line="50"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_dialogs.py" line="51"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_dialogs.py" line="53"/>
        <source>&amp;Send invitation</source>
        <translation>Einladung &amp;senden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_dialogs.py" line="59"/>
        <source>Enter the e-mail address.</source>
        <translation>Geben Sie die E-Mail-Adresse ein.</translation>
    </message>
</context>
<context>
    <name>InvoiceCounts</name>
    <message numerus="yes">
        <location filename="../../desktop/models/reseller/overview_models.py" line="45"/>
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n Rechnung</numerusform>
            <numerusform>%n Rechnungen</numerusform>
        </translation>
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
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="70"/>
        <source>&amp;Itemized calls (%1):</source>
        <translation>&amp;Einzelverbindungen (%1):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="73"/>
        <source>I&amp;tems:</source>
        <translation>Pos&amp;itionen:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="74"/>
        <source>&amp;Dispute a call…</source>
        <translation>Anruf &amp;beanstanden…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="76"/>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="92"/>
        <source>Offline, the dispute is kept on this computer and sent with the next sync.</source>
        <translation>Offline wird die Beanstandung auf diesem Computer gespeichert und mit dem nächsten Abgleich gesendet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="97"/>
        <source>This invoice has no itemized calls.</source>
        <translation>Diese Rechnung hat keine Einzelverbindungen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="113"/>
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="113"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="124"/>
        <source>paid on %1</source>
        <translation>bezahlt am %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="126"/>
        <source>%n reminder(s) sent</source>
        <translation>
            <numerusform>%n Mahnung verschickt</numerusform>
            <numerusform>%n Mahnungen verschickt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="130"/>
        <source>reference %1</source>
        <translation>Referenz %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="132"/>
        <source>Net %1 · VAT %2 % %3 · total %4</source>
        <translation>Netto %1 · MWST %2 % %3 · Total %4</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="194"/>
        <source>Choose a call in the list first.</source>
        <translation>Wählen Sie zuerst einen Anruf in der Liste.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="206"/>
        <source>The dispute was sent to the provider.</source>
        <translation>Die Beanstandung wurde an den Anbieter gesendet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="208"/>
        <source>Dispute kept on this computer; it is sent to the provider with the next sync.</source>
        <translation>Beanstandung auf diesem Computer gespeichert; sie wird mit dem nächsten Abgleich an den Anbieter gesendet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="212"/>
        <source>Save invoice</source>
        <translation>Rechnung speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="213"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="218"/>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="220"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="77"/>
        <source>P&amp;rint…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="80"/>
        <source>Open in PDF &amp;viewer</source>
        <translation>Im PDF-Betrachter ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="242"/>
        <source>Printing…</source>
        <translation>Wird gedruckt…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="265"/>
        <source>Printing page %1 of %2…</source>
        <translation>Seite %1 von %2 wird gedruckt…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="272"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="283"/>
        <source>No PDF viewer opened it. The file is %1.</source>
        <translation>Kein PDF-Betrachter hat sie geöffnet. Die Datei liegt unter %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="285"/>
        <source>Opened in your PDF viewer.</source>
        <translation>Im PDF-Betrachter geöffnet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="253"/>
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
        <location filename="../../desktop/views/invoices/invoices_page.py" line="46"/>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="49"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="46"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="46"/>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="47"/>
        <source>Credited</source>
        <translation>Gutgeschrieben</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="49"/>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="78"/>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="50"/>
        <source>Credit notes</source>
        <translation>Gutschriften</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="51"/>
        <source>All periods</source>
        <translation>Alle Perioden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="52"/>
        <source>e.g. 2026-0001</source>
        <translation>z. B. 2026-0001</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="61"/>
        <source>&amp;Open invoice</source>
        <translation>Rechnung ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="63"/>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="64"/>
        <source>Compare &amp;months…</source>
        <translation>&amp;Monate vergleichen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="66"/>
        <source>E&amp;xport period…</source>
        <translation>Zeitraum e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="68"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="71"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="71"/>
        <source>&amp;Type:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="72"/>
        <source>P&amp;eriod:</source>
        <translation>P&amp;eriode:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="72"/>
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="120"/>
        <source>Compares the months stored on this computer; available after the first sync.</source>
        <translation>Vergleicht die auf diesem Computer gespeicherten Monate; verfügbar nach dem ersten Abgleich.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="124"/>
        <source>Exports the invoices stored on this computer; available after the first sync.</source>
        <translation>Exportiert die auf diesem Computer gespeicherten Rechnungen; verfügbar nach dem ersten Abgleich.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="130"/>
        <source>Choose an invoice in the list first.</source>
        <translation>Wählen Sie zuerst eine Rechnung in der Liste.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="152"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="176"/>
        <source>No invoice matches these filters.</source>
        <translation>Keine Rechnung passt zu diesen Filtern.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="177"/>
        <source>No invoices yet.</source>
        <translation>Noch keine Rechnungen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="222"/>
        <source>Save invoice</source>
        <translation>Rechnung speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="223"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="228"/>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/invoices/invoices_page.py" line="234"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/invoices/invoices_page.py" line="254"/>
        <source>Exported %n invoice(s) to %1.</source>
        <translation>
            <numerusform>%n Rechnung nach %1 exportiert.</numerusform>
            <numerusform>%n Rechnungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveWiring</name>
    <message>
        <location filename="../../desktop/live_wiring.py" line="54"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../../desktop/live_wiring.py" line="54"/>
        <source>Updates every 30 s</source>
        <translation>Aktualisierung alle 30 s</translation>
    </message>
    <message>
        <location filename="../../desktop/live_wiring.py" line="55"/>
        <source>Changes on the account appear as they happen.</source>
        <translation>Änderungen am Konto erscheinen, sobald sie geschehen.</translation>
    </message>
    <message>
        <location filename="../../desktop/live_wiring.py" line="56"/>
        <source>The live connection cannot be held (a proxy may buffer it): the app asks the provider for changes every 30 seconds.</source>
        <translation>Die Live-Verbindung lässt sich nicht halten (vielleicht puffert ein Proxy sie): Die App fragt den Anbieter alle 30 Sekunden nach Änderungen.</translation>
    </message>
</context>
<context>
    <name>MailboxDialog</name>
    <message>
        <location filename="../../desktop/views/mailbox_dialog.py" line="55"/>
        <source>Sandbox mailbox</source>
        <translation>Sandbox-Postfach</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mailbox_dialog.py" line="58"/>
        <source>The sandbox sends no real e-mail. These are the messages it would have sent. Click a link to follow it in Switchboard.</source>
        <translation>Die Sandbox verschickt keine echten E-Mails. Hier stehen die Nachrichten, die sie verschickt hätte. Klicken Sie auf einen Link, um ihm in Switchboard zu folgen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mailbox_dialog.py" line="62"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mailbox_dialog.py" line="62"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mailbox_dialog.py" line="62"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mailbox_dialog.py" line="74"/>
        <source>&amp;Refresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mailbox_dialog.py" line="75"/>
        <source>&amp;Copy link</source>
        <translation>Link &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mailbox_dialog.py" line="77"/>
        <source>&amp;Open link</source>
        <translation>Link ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mailbox_dialog.py" line="102"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/mailbox_dialog.py" line="114"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/mailbox_dialog.py" line="138"/>
        <source>Link copied.</source>
        <translation>Link kopiert.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/views/main_window.py" line="276"/>
        <source>Sandbox &amp;panel…</source>
        <translation>Sandbox-&amp;Steuerung…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="265"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="266"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="78"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="79"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="80"/>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="81"/>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="82"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="82"/>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="83"/>
        <source>Payment history</source>
        <translation>Zahlungsverlauf</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="84"/>
        <source>Automatic payments</source>
        <translation>Automatische Zahlungen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="85"/>
        <source>Numbers &amp; VoIP</source>
        <translation>Nummern &amp; VoIP</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="86"/>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="87"/>
        <source>Access rights</source>
        <translation>Zugriffsrechte</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="88"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="92"/>
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="105"/>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="108"/>
        <source>A practice provider on this computer: nothing is charged and no e-mail leaves it.</source>
        <translation>Ein Übungsanbieter auf diesem Computer: Nichts wird verrechnet und keine E-Mail verlässt ihn.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="111"/>
        <location filename="../../desktop/views/main_window.py" line="246"/>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="113"/>
        <source>&amp;Sign in…</source>
        <translation>&amp;Anmelden …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="188"/>
        <source>&amp;Retry now</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="195"/>
        <source>&amp;Back to my workspace</source>
        <translation>&amp;Zurück zu meinem Arbeitsbereich</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/main_window.py" line="217"/>
        <source>Trying again by itself in %n second(s).</source>
        <translation>
            <numerusform>Neuer Versuch von selbst in %n Sekunde.</numerusform>
            <numerusform>Neuer Versuch von selbst in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/window_banner.py" line="36"/>
        <source>before the first sync</source>
        <translation>vor dem ersten Abgleich</translation>
    </message>
    <message>
        <location filename="../../desktop/views/window_banner.py" line="40"/>
        <source>Offline since %1. The provider cannot be reached: you see the invoices, payments and orders saved on this computer; actions that need the provider are disabled.</source>
        <translation>Offline seit %1. Der Anbieter ist nicht erreichbar: Sie sehen die auf diesem Computer gespeicherten Rechnungen, Zahlungen und Bestellungen; Aktionen, die den Anbieter brauchen, sind gesperrt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="240"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="241"/>
        <source>&amp;Change password…</source>
        <translation>Passwort ä&amp;ndern …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="243"/>
        <source>S&amp;ecurity…</source>
        <translation>S&amp;icherheit …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="248"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="254"/>
        <source>Compare &amp;months…</source>
        <translation>&amp;Monate vergleichen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="271"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="272"/>
        <source>Sandbox &amp;mailbox…</source>
        <translation>Sandbox-&amp;Postfach …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="280"/>
        <source>Connection &amp;diagnostics…</source>
        <translation>Verbindungs&amp;diagnose …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="284"/>
        <source>&amp;About Switchboard</source>
        <translation>&amp;Über Switchboard</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="360"/>
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="373"/>
        <source>User ID %1 · %2 · %3</source>
        <translation>Benutzer-ID %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="377"/>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="382"/>
        <source>Acting for %1 – Switchboard</source>
        <translation>Sie handeln für %1 – Switchboard</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="400"/>
        <source>Acting for %1 (%2)</source>
        <translation>Sie handeln für %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="437"/>
        <source>About Switchboard</source>
        <translation>Über Switchboard</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="433"/>
        <source>That link is not one Switchboard can open. Copy the whole link from the e-mail.</source>
        <translation>Diesen Link kann Switchboard nicht öffnen. Kopieren Sie den ganzen Link aus der E-Mail.</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location filename="../../desktop/models/access/members_model.py" line="27"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/models/access/members_model.py" line="28"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../desktop/models/access/members_model.py" line="29"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../desktop/models/access/members_model.py" line="30"/>
        <source>User since</source>
        <translation>Benutzer seit</translation>
    </message>
</context>
<context>
    <name>NewPasswordField</name>
    <message>
        <location filename="../../desktop/views/password_field.py" line="50"/>
        <source>at least 8 characters</source>
        <translation>mindestens 8 Zeichen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/password_field.py" line="51"/>
        <source>at least one letter</source>
        <translation>mindestens ein Buchstabe</translation>
    </message>
    <message>
        <location filename="../../desktop/views/password_field.py" line="52"/>
        <source>at least one digit</source>
        <translation>mindestens eine Ziffer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/password_field.py" line="59"/>
        <source>Password rules</source>
        <translation>Passwortregeln</translation>
    </message>
</context>
<context>
    <name>NewRecoveryCodesDialog</name>
    <message>
        <location filename="../../desktop/views/two_factor_dialogs.py" line="95"/>
        <source>New recovery codes</source>
        <translation>Neue Wiederherstellungscodes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/two_factor_dialogs.py" line="96"/>
        <source>Ten new recovery codes replace the old ones. Enter a code from your authenticator app to confirm.</source>
        <translation>Zehn neue Wiederherstellungscodes ersetzen die alten. Bestätigen Sie mit einem Code aus Ihrer Authenticator-App.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/two_factor_dialogs.py" line="100"/>
        <source>&amp;Make new codes</source>
        <translation>Neue Codes &amp;erstellen</translation>
    </message>
</context>
<context>
    <name>NoticeChangeDialog</name>
    <message>
        <location filename="../../desktop/views/subscription/change_dialogs.py" line="148"/>
        <source>Downgrade</source>
        <translation>Downgrade</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/change_dialogs.py" line="148"/>
        <source>&amp;Request downgrade</source>
        <translation>Downgrade &amp;beantragen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/change_dialogs.py" line="149"/>
        <source>Fewer users</source>
        <translation>Weniger Benutzer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/change_dialogs.py" line="149"/>
        <source>&amp;Request fewer users</source>
        <translation>Weniger Benutzer &amp;beantragen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/change_dialogs.py" line="150"/>
        <source>Cancel the subscription</source>
        <translation>Abonnement kündigen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/change_dialogs.py" line="150"/>
        <source>&amp;Request cancellation</source>
        <translation>Kündigung &amp;beantragen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/change_dialogs.py" line="153"/>
        <source>This takes effect at the end of a month, with 30 days&apos; notice. Until then nothing changes, and you can withdraw the request.</source>
        <translation>Das gilt auf ein Monatsende mit 30 Tagen Frist. Bis dahin ändert sich nichts, und Sie können den Antrag zurückziehen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/change_dialogs.py" line="164"/>
        <source>&amp;New package:</source>
        <translation>&amp;Neues Paket:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/change_dialogs.py" line="170"/>
        <source>&amp;Users from then on:</source>
        <translation>&amp;Benutzer ab dann:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/change_dialogs.py" line="174"/>
        <source>Takes effect on %1: the first month-end at least 30 days after today (%2).</source>
        <translation>Gilt ab %1: das erste Monatsende mindestens 30 Tage nach heute (%2).</translation>
    </message>
</context>
<context>
    <name>NotificationBell</name>
    <message>
        <location filename="../../desktop/views/dashboard/notification_bell.py" line="197"/>
        <source>Notifications: %1 unread</source>
        <translation>Benachrichtigungen: %1 ungelesen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/notification_bell.py" line="198"/>
        <source>Notifications: none unread</source>
        <translation>Benachrichtigungen: keine ungelesen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/notification_bell.py" line="201"/>
        <source>Opens the list of this session&apos;s notifications.</source>
        <translation>Öffnet die Liste der Benachrichtigungen dieser Sitzung.</translation>
    </message>
</context>
<context>
    <name>NotificationCenter</name>
    <message>
        <location filename="../../desktop/views/dashboard/notification_center.py" line="38"/>
        <source>This desktop has no system tray, so notifications stay inside Switchboard.</source>
        <translation>Dieser Desktop hat keinen Infobereich; Benachrichtigungen bleiben in Switchboard.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/notification_center.py" line="65"/>
        <source>Your prepaid balance is low: %1.</source>
        <translation>Ihr Prepaid-Guthaben ist niedrig: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/notification_center.py" line="68"/>
        <source>An automatic payment failed. Check your card under Automatic payments.</source>
        <translation>Eine automatische Zahlung ist fehlgeschlagen. Prüfen Sie Ihre Karte unter Automatische Zahlungen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/notification_center.py" line="70"/>
        <source>Invoice %1 has been issued.</source>
        <translation>Rechnung %1 wurde ausgestellt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/notification_center.py" line="72"/>
        <source>Credit note %1 has been issued.</source>
        <translation>Gutschrift %1 wurde ausgestellt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/notification_center.py" line="76"/>
        <source>Your numbers move to Switchboard on %1.</source>
        <translation>Ihre Nummern wechseln am %1 zu Switchboard.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/notification_center.py" line="97"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/notification_center.py" line="98"/>
        <source>Also show notifications like this one as system notifications, when Switchboard is in the background?</source>
        <translation>Benachrichtigungen wie diese auch als Systembenachrichtigungen zeigen, wenn Switchboard im Hintergrund ist?</translation>
    </message>
</context>
<context>
    <name>NotificationList</name>
    <message>
        <location filename="../../desktop/views/dashboard/notification_bell.py" line="102"/>
        <location filename="../../desktop/views/dashboard/notification_bell.py" line="103"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/notification_bell.py" line="107"/>
        <source>Since you signed in, newest first. Esc closes.</source>
        <translation>Seit Ihrer Anmeldung, neueste zuerst. Esc schließt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/notification_bell.py" line="110"/>
        <source>Notifications since you signed in</source>
        <translation>Benachrichtigungen seit Ihrer Anmeldung</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/notification_bell.py" line="117"/>
        <source>No notifications since you signed in.</source>
        <translation>Keine Benachrichtigungen seit Ihrer Anmeldung.</translation>
    </message>
</context>
<context>
    <name>NumbersDialogs</name>
    <message>
        <location filename="../../desktop/views/numbers/numbers_dialogs.py" line="32"/>
        <source>No forwarding</source>
        <translation>Keine Weiterleitung</translation>
    </message>
</context>
<context>
    <name>NumbersModel</name>
    <message>
        <location filename="../../desktop/models/numbers/numbers_models.py" line="17"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../desktop/models/numbers/numbers_models.py" line="18"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/models/numbers/numbers_models.py" line="19"/>
        <source>SIP user</source>
        <translation>SIP-Benutzer</translation>
    </message>
    <message>
        <location filename="../../desktop/models/numbers/numbers_models.py" line="20"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../../desktop/models/numbers/numbers_models.py" line="30"/>
        <source>Ported in</source>
        <translation>Portiert</translation>
    </message>
    <message>
        <location filename="../../desktop/models/numbers/numbers_models.py" line="31"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../desktop/models/numbers/numbers_models.py" line="31"/>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
</context>
<context>
    <name>NumbersPage</name>
    <message>
        <location filename="../../desktop/views/numbers/numbers_page.py" line="41"/>
        <source>Numbers &amp; VoIP</source>
        <translation>Nummern &amp; VoIP</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_page.py" line="51"/>
        <source>&amp;Order number…</source>
        <translation>Nummer &amp;bestellen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_page.py" line="53"/>
        <source>No numbers yet: order one, or bring yours by porting.</source>
        <translation>Noch keine Nummern: Bestellen Sie eine, oder bringen Sie Ihre per Portierung mit.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_page.py" line="65"/>
        <source>Add e&amp;xtension…</source>
        <translation>Nebenstelle &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_page.py" line="78"/>
        <source>&amp;Bring numbers (porting)…</source>
        <translation>Nummern &amp;mitbringen (Portierung)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_page.py" line="80"/>
        <source>&amp;Forwarding until then…</source>
        <translation>&amp;Weiterleitung bis dahin…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_page.py" line="95"/>
        <source>Your line&apos;s settings</source>
        <translation>Einstellungen Ihres Anschlusses</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_page.py" line="96"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_page.py" line="97"/>
        <location filename="../../desktop/views/numbers/numbers_page.py" line="100"/>
        <source>&amp;Numbers</source>
        <translation>&amp;Nummern</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_page.py" line="99"/>
        <source>Numbers overview</source>
        <translation>Nummernübersicht</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_page.py" line="101"/>
        <source>&amp;VoIP accounts</source>
        <translation>&amp;VoIP-Konten</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_page.py" line="102"/>
        <source>&amp;Porting</source>
        <translation>&amp;Portierung</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_page.py" line="154"/>
        <source>Choose a porting request that is still under way.</source>
        <translation>Wählen Sie einen Portierungsauftrag, der noch läuft.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_page.py" line="159"/>
        <source>%1: %2. Until then: %3.</source>
        <translation>%1: %2. Bis dahin: %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_page.py" line="189"/>
        <source>It costs %1 once and %2 a month (plus VAT), on your next invoice.</source>
        <translation>Sie kostet einmalig %1 und %2 im Monat (zzgl. MWST), auf Ihrer nächsten Rechnung.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_page.py" line="191"/>
        <source>Number %1 is yours; its VoIP account is ready.</source>
        <translation>Die Nummer %1 gehört Ihnen; ihr VoIP-Konto ist bereit.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_page.py" line="204"/>
        <source>The porting request was submitted. Its state shows here as the carriers answer.</source>
        <translation>Der Portierungsauftrag ist eingereicht. Sein Stand erscheint hier, sobald die Anbieter antworten.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_page.py" line="211"/>
        <source>Saved: the forwarding applies until the porting completes.</source>
        <translation>Gespeichert: Die Weiterleitung gilt, bis die Portierung abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_page.py" line="217"/>
        <source>Add extension</source>
        <translation>Nebenstelle hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_page.py" line="218"/>
        <source>Extension (2 to 6 digits):</source>
        <translation>Nebenstelle (2 bis 6 Ziffern):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_page.py" line="221"/>
        <source>Extension added: SIP user %1.</source>
        <translation>Nebenstelle hinzugefügt: SIP-Benutzer %1.</translation>
    </message>
</context>
<context>
    <name>OrderNumberDialog</name>
    <message>
        <location filename="../../desktop/views/numbers/numbers_dialogs.py" line="43"/>
        <source>Order a number</source>
        <translation>Nummer bestellen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_dialogs.py" line="44"/>
        <source>A new number comes from our pool for the area code you choose, with its own VoIP account. %1</source>
        <translation>Eine neue Nummer kommt aus unserem Bestand für die gewählte Vorwahl, mit eigenem VoIP-Konto. %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_dialogs.py" line="50"/>
        <source>+%1 (%2, %3 free)</source>
        <translation>+%1 (%2, %3 frei)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_dialogs.py" line="52"/>
        <source>&amp;Area code:</source>
        <translation>&amp;Vorwahl:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_dialogs.py" line="53"/>
        <source>&amp;Order number</source>
        <translation>Nummer &amp;bestellen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_dialogs.py" line="57"/>
        <source>The pool has no free numbers right now.</source>
        <translation>Zurzeit sind keine Nummern frei.</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <location filename="../../desktop/views/orders/orders_page.py" line="32"/>
        <source>&amp;Pay now…</source>
        <translation>Jetzt &amp;bezahlen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/orders/orders_page.py" line="33"/>
        <source>&amp;Cancel order…</source>
        <translation>Bestellung &amp;stornieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/orders/orders_page.py" line="35"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../../desktop/views/orders/orders_page.py" line="40"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/orders/orders_page.py" line="61"/>
        <source>Choose a pending order to pay it.</source>
        <translation>Wählen Sie eine offene Bestellung, um sie zu bezahlen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/orders/orders_page.py" line="64"/>
        <source>Only a pending or paid order that is not being set up yet can be cancelled.</source>
        <translation>Nur eine offene oder bezahlte Bestellung, die noch nicht eingerichtet wird, kann storniert werden.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/orders/orders_page.py" line="73"/>
        <source>Order #%1: %2</source>
        <translation>Bestellung #%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/orders/orders_page.py" line="74"/>
        <source>Net %1, VAT %2, total %3</source>
        <translation>Netto %1, MWST %2, Total %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/orders/orders_page.py" line="78"/>
        <source>paid on %1</source>
        <translation>bezahlt am %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/orders/orders_page.py" line="80"/>
        <source>set up by %1</source>
        <translation>eingerichtet bis %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/orders/orders_page.py" line="82"/>
        <source>completed on %1</source>
        <translation>abgeschlossen am %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/orders/orders_page.py" line="88"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/orders/orders_page.py" line="94"/>
        <source>No orders yet.</source>
        <translation>Noch keine Bestellungen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/orders/orders_page.py" line="129"/>
        <source>Order #%1 is paid.</source>
        <translation>Bestellung #%1 ist bezahlt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/orders/orders_page.py" line="136"/>
        <source>Cancel order</source>
        <translation>Bestellung stornieren</translation>
    </message>
    <message>
        <location filename="../../desktop/views/orders/orders_page.py" line="137"/>
        <source>Cancel order #%1? A paid order is refunded the way it was paid.</source>
        <translation>Bestellung #%1 stornieren? Eine bezahlte Bestellung wird auf dem Zahlungsweg zurückerstattet.</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../../desktop/views/reseller/overview_panel.py" line="43"/>
        <source>Customers:</source>
        <translation>Kunden:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/overview_panel.py" line="43"/>
        <source>Prepaid balances:</source>
        <translation>Prepaid-Guthaben:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/overview_panel.py" line="44"/>
        <source>Revenue, last 12 months (net):</source>
        <translation>Umsatz, letzte 12 Monate (netto):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/overview_panel.py" line="45"/>
        <source>Open invoices (gross):</source>
        <translation>Offene Rechnungen (brutto):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/overview_panel.py" line="45"/>
        <source>Overdue:</source>
        <translation>Überfällig:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/overview_panel.py" line="55"/>
        <source>Customers with open &amp;invoices</source>
        <translation>Kunden mit offenen &amp;Rechnungen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/overview_panel.py" line="56"/>
        <source>The customer list with only the customers who have open invoices, the largest open amount first.</source>
        <translation>Die Kundenliste mit nur den Kunden, die offene Rechnungen haben, der größte offene Betrag zuerst.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/overview_panel.py" line="65"/>
        <source>Enter or a double click opens the customer.</source>
        <translation>Enter oder ein Doppelklick öffnet den Kunden.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/overview_panel.py" line="75"/>
        <source>Revenue per month</source>
        <translation>Umsatz pro Monat</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/overview_panel.py" line="76"/>
        <source>Top customers, last 12 months</source>
        <translation>Wichtigste Kunden, letzte 12 Monate</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/overview_panel.py" line="94"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/overview_panel.py" line="95"/>
        <source>Loading the overview…</source>
        <translation>Übersicht wird geladen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/overview_panel.py" line="105"/>
        <source>Not loaded: see the message above.</source>
        <translation>Nicht geladen: siehe die Meldung oben.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/overview_panel.py" line="111"/>
        <source>Offline: the overview needs a connection to the provider.</source>
        <translation>Offline: Die Übersicht braucht eine Verbindung zum Anbieter.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/overview_panel.py" line="113"/>
        <source>Needs a connection to the provider.</source>
        <translation>Braucht eine Verbindung zum Anbieter.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/overview_panel.py" line="129"/>
        <source>No invoices issued in the last 12 months.</source>
        <translation>In den letzten 12 Monaten wurden keine Rechnungen ausgestellt.</translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="234"/>
        <source>Your account is ready</source>
        <translation>Ihr Konto ist bereit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="201"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="206"/>
        <source>Your user ID:</source>
        <translation>Ihre Benutzer-ID:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="193"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="194"/>
        <source>This password opens the portal. Phones get their own VoIP passwords.</source>
        <translation>Mit diesem Passwort melden Sie sich im Portal an. Telefone erhalten eigene VoIP-Passwörter.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="212"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="213"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="249"/>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>PayOrderDialog</name>
    <message>
        <location filename="../../desktop/views/orders/pay_order_dialog.py" line="27"/>
        <source>Pay order #%1</source>
        <translation>Bestellung #%1 bezahlen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/orders/pay_order_dialog.py" line="29"/>
        <source>Order #%1 (%2) is pending. Total %3, VAT included.</source>
        <translation>Bestellung #%1 (%2) ist offen. Total %3 inkl. MWST.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/orders/pay_order_dialog.py" line="36"/>
        <source>&amp;Pay %1</source>
        <translation>%1 &amp;bezahlen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/orders/pay_order_dialog.py" line="68"/>
        <source>Paying…</source>
        <translation>Zahlung läuft…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/orders/pay_order_dialog.py" line="75"/>
        <location filename="../../desktop/views/orders/pay_order_dialog.py" line="90"/>
        <source>Waiting for your bank&apos;s confirmation…</source>
        <translation>Warten auf die Bestätigung Ihrer Bank…</translation>
    </message>
</context>
<context>
    <name>PaymentHistoryPage</name>
    <message>
        <location filename="../../desktop/views/payments/payment_history_page.py" line="25"/>
        <source>Reference, card or purpose</source>
        <translation>Referenz, Karte oder Zweck</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_history_page.py" line="29"/>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_history_page.py" line="30"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_history_page.py" line="39"/>
        <source>Payment history</source>
        <translation>Zahlungsverlauf</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_history_page.py" line="56"/>
        <source>No payments yet.</source>
        <translation>Noch keine Zahlungen.</translation>
    </message>
</context>
<context>
    <name>PaymentMessages</name>
    <message>
        <location filename="../../desktop/models/payments/messages.py" line="26"/>
        <source>The security code does not match the card. Check it and try again.</source>
        <translation>Der Sicherheitscode passt nicht zur Karte. Prüfen Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/messages.py" line="29"/>
        <source>The card number is not valid. Check the digits.</source>
        <translation>Die Kartennummer ist ungültig. Prüfen Sie die Ziffern.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/messages.py" line="31"/>
        <source>The expiry date does not match the card. Check it and try again.</source>
        <translation>Das Ablaufdatum passt nicht zur Karte. Prüfen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/messages.py" line="34"/>
        <source>The card has insufficient funds. Use another card.</source>
        <translation>Die Karte ist nicht gedeckt. Verwenden Sie eine andere.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/messages.py" line="36"/>
        <source>The card has expired. Use another card.</source>
        <translation>Die Karte ist abgelaufen. Verwenden Sie eine andere.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/messages.py" line="37"/>
        <source>The card&apos;s bank could not process the payment. Try again in a moment.</source>
        <translation>Die Bank der Karte konnte die Zahlung nicht verarbeiten. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/messages.py" line="39"/>
        <source>The card is no longer known to the payment provider. Enter it again.</source>
        <translation>Die Karte ist beim Zahlungsanbieter nicht mehr bekannt. Geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/messages.py" line="41"/>
        <source>This payment was started with another amount. Start it again.</source>
        <translation>Diese Zahlung wurde mit einem anderen Betrag begonnen. Beginnen Sie sie neu.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/messages.py" line="43"/>
        <source>Your card&apos;s bank wants you to confirm this payment. Pay it here in Switchboard and confirm it in your browser.</source>
        <translation>Die Bank Ihrer Karte möchte, dass Sie diese Zahlung bestätigen. Bezahlen Sie sie hier in Switchboard und bestätigen Sie sie in Ihrem Browser.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/messages.py" line="46"/>
        <source>Your card&apos;s bank did not confirm the payment, so nothing was charged.</source>
        <translation>Die Bank Ihrer Karte hat die Zahlung nicht bestätigt; es wurde nichts belastet.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/messages.py" line="48"/>
        <source>You cancelled the confirmation with your card&apos;s bank, so nothing was charged.</source>
        <translation>Sie haben die Bestätigung bei der Bank Ihrer Karte abgebrochen; es wurde nichts belastet.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/messages.py" line="51"/>
        <source>This is a test card; it cannot pay here.</source>
        <translation>Dies ist eine Testkarte; mit ihr kann hier nicht bezahlt werden.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/messages.py" line="52"/>
        <source>Switchboard cannot send a card to the payment provider your provider names. Ask your provider&apos;s support.</source>
        <translation>Switchboard kann keine Karte an den Zahlungsanbieter senden, den Ihr Anbieter nennt. Fragen Sie den Support Ihres Anbieters.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/messages.py" line="55"/>
        <source>The card payment was not made.</source>
        <translation>Die Kartenzahlung wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/messages.py" line="57"/>
        <source>The card was declined. Use another card or ask your bank.</source>
        <translation>Die Karte wurde abgelehnt. Verwenden Sie eine andere Karte oder fragen Sie Ihre Bank.</translation>
    </message>
</context>
<context>
    <name>PaymentMethodForm</name>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="36"/>
        <source>&amp;Saved card</source>
        <translation>&amp;Gespeicherte Karte</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="40"/>
        <source>&amp;New card</source>
        <translation>&amp;Neue Karte</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="44"/>
        <source>MM/YY</source>
        <translation>MM/JJ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="48"/>
        <source>Save for &amp;future payments</source>
        <translation>Für &amp;künftige Zahlungen speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="50"/>
        <source>&amp;Prepaid credit</source>
        <translation>&amp;Prepaid-Guthaben</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="52"/>
        <source>SEPA &amp;direct debit</source>
        <translation>SEPA-&amp;Lastschrift</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="54"/>
        <source>&amp;Bank transfer (invoice due in 30 days)</source>
        <translation>&amp;Banküberweisung (Rechnung zahlbar in 30 Tagen)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="64"/>
        <source>Card n&amp;umber:</source>
        <translation>Karten&amp;nummer:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="65"/>
        <source>E&amp;xpires (MM/YY):</source>
        <translation>&amp;Gültig bis (MM/JJ):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="66"/>
        <source>Security &amp;code:</source>
        <translation>&amp;Prüfnummer:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="88"/>
        <source> – default</source>
        <translation> – Standard</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="96"/>
        <source>Prepaid credit cannot buy prepaid credit.</source>
        <translation>Mit Prepaid-Guthaben kann man kein Prepaid-Guthaben kaufen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="98"/>
        <source>Your balance: %1.</source>
        <translation>Ihr Guthaben: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="99"/>
        <source>Not enough for this total.</source>
        <translation>Reicht nicht für dieses Total.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="103"/>
        <source>SEPA direct debit and bank transfer are for business accounts.</source>
        <translation>SEPA-Lastschrift und Banküberweisung gibt es für Geschäftskonten.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="106"/>
        <source>SEPA direct debit needs a mandate: sign one under Automatic payments.</source>
        <translation>SEPA-Lastschrift braucht ein Mandat: unterzeichnen Sie eines unter Automatische Zahlungen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="138"/>
        <source>This is not a valid card number; check the digits.</source>
        <translation>Das ist keine gültige Kartennummer; prüfen Sie die Ziffern.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="139"/>
        <source>Give the month and year as on the card, e.g. 08/29.</source>
        <translation>Monat und Jahr wie auf der Karte, z. B. 08/29.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="140"/>
        <source>This card has expired.</source>
        <translation>Diese Karte ist abgelaufen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="141"/>
        <source>The 3 or 4 digits on the back of the card.</source>
        <translation>Die 3 oder 4 Ziffern auf der Rückseite der Karte.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments/payment_method_form.py" line="158"/>
        <source>Your order stays pending; you can pay it again.</source>
        <translation>Ihre Bestellung bleibt offen; Sie können sie erneut bezahlen.</translation>
    </message>
</context>
<context>
    <name>PaymentPage</name>
    <message>
        <location filename="../../desktop/views/shop/checkout_wizard.py" line="127"/>
        <source>How to pay</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/checkout_wizard.py" line="128"/>
        <source>The card number goes only to the payment provider; Switchboard keeps a token, the brand and the last four digits.</source>
        <translation>Die Kartennummer geht nur an den Zahlungsdienstleister; Switchboard speichert ein Token, die Marke und die letzten vier Ziffern.</translation>
    </message>
</context>
<context>
    <name>PaymentsTables</name>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="20"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="22"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="23"/>
        <location filename="../../desktop/models/orders/orders_model.py" line="22"/>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="24"/>
        <source>Credited</source>
        <translation>Gutgeschrieben</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="31"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="33"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="35"/>
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="37"/>
        <location filename="../../desktop/models/payments/payments_model.py" line="37"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="42"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="45"/>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="50"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="54"/>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="68"/>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="55"/>
        <location filename="../../desktop/models/orders/orders_model.py" line="39"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="57"/>
        <location filename="../../desktop/models/orders/orders_model.py" line="41"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="67"/>
        <source>Monthly fee</source>
        <translation>Monatsgebühr</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="69"/>
        <source>One-off</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="70"/>
        <source>Part of a month</source>
        <translation>Teilmonat</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="71"/>
        <source>Credit</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="86"/>
        <source>Pos.</source>
        <translation>Pos.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="88"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="93"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="96"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="100"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="101"/>
        <location filename="../../desktop/models/payments/payments_model.py" line="73"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../../desktop/models/orders/orders_model.py" line="21"/>
        <source>Pending – not paid yet</source>
        <translation>Offen – noch nicht bezahlt</translation>
    </message>
    <message>
        <location filename="../../desktop/models/orders/orders_model.py" line="23"/>
        <source>Being set up</source>
        <translation>Wird eingerichtet</translation>
    </message>
    <message>
        <location filename="../../desktop/models/orders/orders_model.py" line="24"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../desktop/models/orders/orders_model.py" line="25"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../../desktop/models/orders/orders_model.py" line="32"/>
        <location filename="../../desktop/models/payments/payments_model.py" line="33"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location filename="../../desktop/models/orders/orders_model.py" line="34"/>
        <location filename="../../desktop/models/payments/payments_model.py" line="58"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/models/orders/orders_model.py" line="38"/>
        <source>Items</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <location filename="../../desktop/models/orders/orders_model.py" line="47"/>
        <location filename="../../desktop/models/payments/payments_model.py" line="69"/>
        <source>Paid with</source>
        <translation>Bezahlt mit</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/payments_model.py" line="21"/>
        <location filename="../../desktop/models/payments/payments_model.py" line="22"/>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/payments_model.py" line="23"/>
        <source>Prepaid credit</source>
        <translation>Prepaid-Guthaben</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/payments_model.py" line="24"/>
        <source>SEPA direct debit</source>
        <translation>SEPA-Lastschrift</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/payments_model.py" line="25"/>
        <source>Bank transfer</source>
        <translation>Banküberweisung</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/payments_model.py" line="26"/>
        <source>Not chosen</source>
        <translation>Nicht gewählt</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/payments_model.py" line="34"/>
        <source>Automatic top-up</source>
        <translation>Automatische Aufladung</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/payments_model.py" line="35"/>
        <source>Prolongation</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/payments_model.py" line="36"/>
        <source>Refund</source>
        <translation>Rückerstattung</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/payments_model.py" line="47"/>
        <source>Invoice %1</source>
        <translation>Rechnung %1</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/payments_model.py" line="49"/>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/payments_model.py" line="51"/>
        <source>Refund of order %1</source>
        <translation>Rückerstattung zur Bestellung %1</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/payments_model.py" line="62"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments/payments_model.py" line="64"/>
        <source>For</source>
        <translation>Für</translation>
    </message>
</context>
<context>
    <name>PendingChangesModel</name>
    <message>
        <location filename="../../desktop/models/subscription/changes_model.py" line="23"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../../desktop/models/subscription/changes_model.py" line="24"/>
        <source>To</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../desktop/models/subscription/changes_model.py" line="25"/>
        <source>Effective on</source>
        <translation>Gilt ab</translation>
    </message>
    <message>
        <location filename="../../desktop/models/subscription/changes_model.py" line="27"/>
        <source>Requested on</source>
        <translation>Beantragt am</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/models/subscription/changes_model.py" line="33"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/models/subscription/changes_model.py" line="36"/>
        <source>Downgrade</source>
        <translation>Downgrade</translation>
    </message>
    <message>
        <location filename="../../desktop/models/subscription/changes_model.py" line="36"/>
        <source>Fewer users</source>
        <translation>Weniger Benutzer</translation>
    </message>
    <message>
        <location filename="../../desktop/models/subscription/changes_model.py" line="37"/>
        <source>Cancellation</source>
        <translation>Kündigung</translation>
    </message>
    <message>
        <location filename="../../desktop/models/subscription/changes_model.py" line="44"/>
        <source>End of the subscription</source>
        <translation>Ende des Abonnements</translation>
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
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../desktop/views/placeholder_page.py" line="15"/>
        <source>Coming soon: this part of the portal is being built.</source>
        <translation>Demnächst: Dieser Teil des Portals ist im Aufbau.</translation>
    </message>
</context>
<context>
    <name>PortingDialog</name>
    <message>
        <location filename="../../desktop/views/numbers/numbers_dialogs.py" line="69"/>
        <source>Bring your numbers (porting)</source>
        <translation>Nummern mitbringen (Portierung)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_dialogs.py" line="71"/>
        <source>Porting is free. Until it completes you can forward the old numbers to one of yours and show them on outgoing calls.</source>
        <translation>Die Portierung ist kostenlos. Bis sie abgeschlossen ist, können Sie die alten Nummern auf eine Ihrer Nummern weiterleiten und bei ausgehenden Anrufen anzeigen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_dialogs.py" line="85"/>
        <source>Show the old numbers on &amp;outgoing calls</source>
        <translation>Alte Nummern bei &amp;ausgehenden Anrufen anzeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_dialogs.py" line="87"/>
        <source>&amp;Numbers (one per line):</source>
        <translation>&amp;Nummern (eine pro Zeile):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_dialogs.py" line="92"/>
        <source>&amp;Previous provider:</source>
        <translation>&amp;Bisheriger Anbieter:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_dialogs.py" line="93"/>
        <source>&amp;Contract there ends:</source>
        <translation>&amp;Vertrag dort endet am:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_dialogs.py" line="94"/>
        <source>&amp;Desired date:</source>
        <translation>&amp;Wunschtermin:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_dialogs.py" line="95"/>
        <source>Until then &amp;forward to:</source>
        <translation>Bis dahin &amp;weiterleiten an:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_dialogs.py" line="97"/>
        <source>&amp;Request porting</source>
        <translation>Portierung &amp;beantragen</translation>
    </message>
</context>
<context>
    <name>PortingModel</name>
    <message>
        <location filename="../../desktop/models/numbers/numbers_models.py" line="61"/>
        <source>Numbers</source>
        <translation>Nummern</translation>
    </message>
    <message>
        <location filename="../../desktop/models/numbers/numbers_models.py" line="62"/>
        <source>Previous provider</source>
        <translation>Bisheriger Anbieter</translation>
    </message>
    <message>
        <location filename="../../desktop/models/numbers/numbers_models.py" line="63"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../desktop/models/numbers/numbers_models.py" line="64"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/models/numbers/numbers_models.py" line="67"/>
        <source>Until then</source>
        <translation>Bis dahin</translation>
    </message>
    <message>
        <location filename="../../desktop/models/numbers/numbers_models.py" line="71"/>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <location filename="../../desktop/models/numbers/numbers_models.py" line="71"/>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location filename="../../desktop/models/numbers/numbers_models.py" line="72"/>
        <source>Scheduled</source>
        <translation>Terminiert</translation>
    </message>
    <message>
        <location filename="../../desktop/models/numbers/numbers_models.py" line="72"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../desktop/models/numbers/numbers_models.py" line="73"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../../desktop/models/numbers/numbers_models.py" line="83"/>
        <source>forwarded to %1</source>
        <translation>weitergeleitet an %1</translation>
    </message>
    <message>
        <location filename="../../desktop/models/numbers/numbers_models.py" line="85"/>
        <source>old number shown on outgoing calls</source>
        <translation>alte Nummer bei ausgehenden Anrufen angezeigt</translation>
    </message>
    <message>
        <location filename="../../desktop/models/numbers/numbers_models.py" line="86"/>
        <source>no forwarding</source>
        <translation>keine Weiterleitung</translation>
    </message>
    <message>
        <location filename="../../desktop/models/numbers/numbers_models.py" line="65"/>
        <source>Scheduled for this date</source>
        <translation>Für dieses Datum terminiert</translation>
    </message>
    <message>
        <location filename="../../desktop/models/numbers/numbers_models.py" line="66"/>
        <source>The date you asked for</source>
        <translation>Ihr Wunschtermin</translation>
    </message>
</context>
<context>
    <name>ProductTexts</name>
    <message>
        <location filename="../../desktop/models/shop/product_texts.py" line="15"/>
        <source>SIP Trunk</source>
        <translation>SIP-Trunk</translation>
    </message>
    <message>
        <location filename="../../desktop/models/shop/product_texts.py" line="15"/>
        <source>Connect your own phone system. No base fee; calls are paid from prepaid credit.</source>
        <translation>Für Ihre eigene Telefonanlage. Keine Grundgebühr; Anrufe werden vom Prepaid-Guthaben bezahlt.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/shop/product_texts.py" line="18"/>
        <source>PBX Basic</source>
        <translation>PBX Basic</translation>
    </message>
    <message>
        <location filename="../../desktop/models/shop/product_texts.py" line="19"/>
        <source>Hosted PBX: extensions, voicemail, call forwarding.</source>
        <translation>Virtuelle Telefonanlage: Nebenstellen, Combox, Rufumleitung.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/shop/product_texts.py" line="20"/>
        <source>PBX Business</source>
        <translation>PBX Business</translation>
    </message>
    <message>
        <location filename="../../desktop/models/shop/product_texts.py" line="20"/>
        <source>Everything in Basic, plus hunt groups, IVR menus and call recording.</source>
        <translation>Alles aus Basic, dazu Sammelrufgruppen, Sprachmenüs und Gesprächsaufzeichnung.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/shop/product_texts.py" line="22"/>
        <source>PBX Premium</source>
        <translation>PBX Premium</translation>
    </message>
    <message>
        <location filename="../../desktop/models/shop/product_texts.py" line="22"/>
        <source>Everything in Business, plus call-centre queues, CRM integration and reports.</source>
        <translation>Alles aus Business, dazu Callcenter-Warteschlangen, CRM-Anbindung und Auswertungen.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/shop/product_texts.py" line="24"/>
        <source>Phone number (local)</source>
        <translation>Rufnummer (lokal)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/shop/product_texts.py" line="24"/>
        <source>A geographic number from the pool of the area code you choose.</source>
        <translation>Eine Ortsnummer aus dem Nummernpool der gewählten Vorwahl.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/shop/product_texts.py" line="26"/>
        <source>Phone number (national service)</source>
        <translation>Rufnummer (nationaler Dienst)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/shop/product_texts.py" line="26"/>
        <source>A non-geographic number (e.g. 058 in CH, 032 in DE).</source>
        <translation>Eine ortsunabhängige Nummer (z. B. 058 in der Schweiz, 032 in Deutschland).</translation>
    </message>
    <message>
        <location filename="../../desktop/models/shop/product_texts.py" line="28"/>
        <source>Desk phone Yealink T33G</source>
        <translation>Tischtelefon Yealink T33G</translation>
    </message>
    <message>
        <location filename="../../desktop/models/shop/product_texts.py" line="29"/>
        <source>Entry-level desk phone, 4 lines, colour display.</source>
        <translation>Einsteiger-Tischtelefon, 4 Leitungen, Farbdisplay.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/shop/product_texts.py" line="30"/>
        <source>Desk phone Yealink T54W</source>
        <translation>Tischtelefon Yealink T54W</translation>
    </message>
    <message>
        <location filename="../../desktop/models/shop/product_texts.py" line="30"/>
        <source>Business desk phone with Wi-Fi, Bluetooth and a 4.3&quot; display.</source>
        <translation>Business-Tischtelefon mit WLAN, Bluetooth und 4,3-Zoll-Display.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/shop/product_texts.py" line="32"/>
        <source>Desk phone Snom D785</source>
        <translation>Tischtelefon Snom D785</translation>
    </message>
    <message>
        <location filename="../../desktop/models/shop/product_texts.py" line="32"/>
        <source>Executive desk phone with colour display and 24 self-labelling keys.</source>
        <translation>Chef-Tischtelefon mit Farbdisplay und 24 selbstbeschriftenden Tasten.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/shop/product_texts.py" line="34"/>
        <source>Prepaid credit</source>
        <translation>Prepaid-Guthaben</translation>
    </message>
    <message>
        <location filename="../../desktop/models/shop/product_texts.py" line="34"/>
        <source>Credit for calls on the SIP Trunk and the PBX. Choose the amount.</source>
        <translation>Guthaben für Anrufe über den SIP-Trunk und die Telefonanlage. Betrag frei wählbar.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/shop/product_texts.py" line="52"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../../desktop/models/shop/product_texts.py" line="53"/>
        <source>in 7 days&apos; grace</source>
        <translation>in der 7-tägigen Nachfrist</translation>
    </message>
    <message>
        <location filename="../../desktop/models/shop/product_texts.py" line="54"/>
        <source>suspended</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <location filename="../../desktop/models/shop/product_texts.py" line="55"/>
        <source>cancelled</source>
        <translation>gekündigt</translation>
    </message>
</context>
<context>
    <name>ProviderMessages</name>
    <message>
        <location filename="../../desktop/i18n.py" line="169"/>
        <source>The password must have at least 8 characters.</source>
        <translation>Das Passwort muss mindestens 8 Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="171"/>
        <source>The password must have at most 128 characters.</source>
        <translation>Das Passwort darf höchstens 128 Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="173"/>
        <source>The password must contain at least one letter.</source>
        <translation>Das Passwort muss mindestens einen Buchstaben enthalten.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="175"/>
        <source>The password must contain at least one digit.</source>
        <translation>Das Passwort muss mindestens eine Ziffer enthalten.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="177"/>
        <source>The password must not be the same as the user ID.</source>
        <translation>Das Passwort darf nicht gleich der Benutzer-ID sein.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="179"/>
        <source>The password must not be the same as the e-mail address.</source>
        <translation>Das Passwort darf nicht gleich der E-Mail-Adresse sein.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="181"/>
        <source>The current password is wrong.</source>
        <translation>Das aktuelle Passwort ist falsch.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="183"/>
        <source>A business account needs the company name.</source>
        <translation>Ein Geschäftskonto braucht den Firmennamen.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="185"/>
        <source>We serve Switzerland, Liechtenstein and the EU countries.</source>
        <translation>Wir bedienen die Schweiz, Liechtenstein und die EU-Länder.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="187"/>
        <source>This is not a valid VAT number for the chosen country.</source>
        <translation>Dies ist keine gültige MWST-/USt-Nummer für das gewählte Land.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="189"/>
        <source>The main number must be a Swiss (+41 and 9 digits) or Liechtenstein (+423 and 7 digits) number, e.g. 41445551234.</source>
        <translation>Die Hauptnummer muss eine Schweizer (+41 und 9 Ziffern) oder Liechtensteiner (+423 und 7 Ziffern) Nummer sein, z. B. 41445551234.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="192"/>
        <source>This number is the user ID of an account already.</source>
        <translation>Diese Nummer ist bereits die Benutzer-ID eines Kontos.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="197"/>
        <source>We have sent a mail to this address: if it has an account already, sign in with it or reset the password.</source>
        <translation>Wir haben dieser Adresse eine E-Mail geschickt: Besteht dafür bereits ein Konto, melden Sie sich damit an oder setzen Sie das Passwort zurück.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="194"/>
        <source>An account with this e-mail address exists already. Sign in or reset the password.</source>
        <translation>Ein Konto mit dieser E-Mail-Adresse besteht bereits. Melden Sie sich an oder setzen Sie das Passwort zurück.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="158"/>
        <location filename="../../desktop/i18n.py" line="233"/>
        <source>The code is wrong, expired or was used already.</source>
        <translation>Der Code ist falsch, abgelaufen oder wurde schon verwendet.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="160"/>
        <source>Your account&apos;s owner requires two-factor sign-in for every user; it cannot be turned off.</source>
        <translation>Der Inhaber Ihres Kontos verlangt die Zwei-Faktor-Anmeldung für alle Benutzer; sie kann nicht ausgeschaltet werden.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="163"/>
        <source>Turn on two-factor sign-in for yourself first.</source>
        <translation>Schalten Sie zuerst für sich selbst die Zwei-Faktor-Anmeldung ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="165"/>
        <source>Two-factor sign-in is off.</source>
        <translation>Die Zwei-Faktor-Anmeldung ist ausgeschaltet.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="167"/>
        <source>Start setting up two-factor sign-in first.</source>
        <translation>Beginnen Sie zuerst mit der Einrichtung der Zwei-Faktor-Anmeldung.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="200"/>
        <source>This reset link is not valid any more. Ask for a new one.</source>
        <translation>Dieser Link zum Zurücksetzen ist nicht mehr gültig. Fordern Sie einen neuen an.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="202"/>
        <source>This invitation is not valid any more. Ask for a new one.</source>
        <translation>Diese Einladung ist nicht mehr gültig. Bitten Sie um eine neue.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="204"/>
        <source>This field is required.</source>
        <translation>Dieses Feld ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="206"/>
        <source>This is too short.</source>
        <translation>Das ist zu kurz.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="208"/>
        <source>This is too long.</source>
        <translation>Das ist zu lang.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="210"/>
        <source>This is not in the expected format.</source>
        <translation>Das hat nicht das erwartete Format.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="212"/>
        <source>Choose one of the allowed values.</source>
        <translation>Wählen Sie einen der erlaubten Werte.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="221"/>
        <source>The user ID, e-mail or password is wrong.</source>
        <translation>Benutzer-ID, E-Mail oder Passwort ist falsch.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="223"/>
        <source>The session has ended; sign in again.</source>
        <translation>Die Sitzung ist beendet; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="225"/>
        <source>Sign in to continue.</source>
        <translation>Melden Sie sich an, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="227"/>
        <source>Your role does not allow this.</source>
        <translation>Ihre Rolle erlaubt das nicht.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="229"/>
        <source>Something went wrong on our side; nothing was changed.</source>
        <translation>Bei uns ist ein Fehler aufgetreten; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="235"/>
        <source>The sign-in took too long; enter your password again.</source>
        <translation>Die Anmeldung hat zu lange gedauert; geben Sie Ihr Passwort erneut ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="239"/>
        <source>Your account requires two-factor sign-in: sign in with your password to set it up.</source>
        <translation>Ihr Konto verlangt die Zwei-Faktor-Anmeldung: Melden Sie sich mit Ihrem Passwort an, um sie einzurichten.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="249"/>
        <source>The provider cannot be reached. Check the address, or use &quot;Can&apos;t connect?&quot; to find out what blocks the connection.</source>
        <translation>Der Anbieter ist nicht erreichbar. Prüfen Sie die Adresse oder finden Sie mit „Keine Verbindung?“ heraus, was die Verbindung blockiert.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="252"/>
        <source>The provider did not answer in time. Try again in a moment.</source>
        <translation>Der Anbieter hat nicht rechtzeitig geantwortet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="254"/>
        <source>The provider&apos;s certificate could not be verified. Check the CA bundle in the connection settings.</source>
        <translation>Das Zertifikat des Anbieters konnte nicht geprüft werden. Prüfen Sie das CA-Bundle in den Verbindungseinstellungen.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="257"/>
        <source>The proxy refused or failed the connection. Check the proxy setting.</source>
        <translation>Der Proxy hat die Verbindung abgelehnt oder ist gescheitert. Prüfen Sie die Proxy-Einstellung.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="267"/>
        <source>Too many failed sign-ins. Try again in 1 minute.</source>
        <translation>Zu viele fehlgeschlagene Anmeldungen. Versuchen Sie es in 1 Minute wieder.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="269"/>
        <source>Too many failed sign-ins. Try again in %1 minutes.</source>
        <translation>Zu viele fehlgeschlagene Anmeldungen. Versuchen Sie es in %1 Minuten wieder.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="231"/>
        <source>The provider is busy; please try again in a moment.</source>
        <translation>Der Anbieter ist ausgelastet; bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>QuotedDialog</name>
    <message>
        <location filename="../../desktop/views/subscription/change_dialogs.py" line="63"/>
        <source>Asking the provider for the price…</source>
        <translation>Preis wird beim Anbieter erfragt…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/change_dialogs.py" line="83"/>
        <source>For %1 to %2 you pay %3 (plus VAT) on the next invoice. From then on the package costs %4 a month (plus VAT).</source>
        <translation>Für %1 bis %2 zahlen Sie %3 (zzgl. MWST) mit der nächsten Rechnung. Danach kostet das Paket %4 im Monat (zzgl. MWST).</translation>
    </message>
</context>
<context>
    <name>RecoveryCodesDialog</name>
    <message>
        <location filename="../../desktop/views/recovery_codes_dialog.py" line="14"/>
        <source>Your recovery codes</source>
        <translation>Ihre Wiederherstellungscodes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/recovery_codes_dialog.py" line="18"/>
        <source>Each of these codes signs you in once without your phone. Keep them somewhere safe (printed, or in a password manager): they are shown only now. Older recovery codes no longer work.</source>
        <translation>Mit jedem dieser Codes melden Sie sich einmal ohne Ihr Telefon an. Bewahren Sie sie sicher auf (ausgedruckt oder in einem Passwort-Manager): Sie werden nur jetzt angezeigt. Ältere Wiederherstellungscodes gelten nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/recovery_codes_dialog.py" line="31"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>RegistrationWizard</name>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="318"/>
        <source>Sign in with this user ID (or your e-mail address) and your password.</source>
        <translation>Melden Sie sich mit dieser Benutzer-ID (oder Ihrer E-Mail-Adresse) und Ihrem Passwort an.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="326"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="262"/>
        <source>Create a Switchboard account</source>
        <translation>Switchboard-Konto eröffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="276"/>
        <source>&amp;Create account</source>
        <translation>Konto &amp;eröffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="308"/>
        <source>Creating the account…</source>
        <translation>Konto wird eröffnet …</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../desktop/views/reseller/bulk_dialogs.py" line="235"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_dialogs.py" line="235"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_dialogs.py" line="236"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_dialogs.py" line="237"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_dialogs.py" line="238"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>ResellerDashboard</name>
    <message>
        <location filename="../../desktop/models/reseller/dashboard_models.py" line="32"/>
        <source>Invoice overdue since %1</source>
        <translation>Rechnung überfällig seit %1</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reseller/dashboard_models.py" line="34"/>
        <source>Card payment failed on %1</source>
        <translation>Kartenzahlung am %1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reseller/dashboard_models.py" line="36"/>
        <source>Automatic top-up failing since %1</source>
        <translation>Automatische Aufladung schlägt seit %1 fehl</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reseller/dashboard_models.py" line="41"/>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reseller/dashboard_models.py" line="43"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reseller/dashboard_models.py" line="53"/>
        <source>Margin, 12 months</source>
        <translation>Marge, 12 Monate</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reseller/dashboard_models.py" line="64"/>
        <source>What fails</source>
        <translation>Was fehlschlägt</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reseller/dashboard_models.py" line="66"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
</context>
<context>
    <name>ResellerDashboardPanel</name>
    <message>
        <location filename="../../desktop/views/reseller/dashboard_panel.py" line="37"/>
        <source>Customers won and lost</source>
        <translation>Gewonnene und verlorene Kunden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/dashboard_panel.py" line="38"/>
        <source>Won: %1, lost: %2</source>
        <translation>Gewonnen: %1, verloren: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/dashboard_panel.py" line="39"/>
        <source>No customer won or lost in the last 12 months.</source>
        <translation>In den letzten 12 Monaten kein Kunde gewonnen oder verloren.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/dashboard_panel.py" line="44"/>
        <source>Enter or a double click opens the customer.</source>
        <translation>Enter oder ein Doppelklick öffnet den Kunden.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/dashboard_panel.py" line="50"/>
        <source>Top customers by margin</source>
        <translation>Top-Kunden nach Marge</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/dashboard_panel.py" line="51"/>
        <source>Customers with failing payments</source>
        <translation>Kunden mit fehlschlagenden Zahlungen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/dashboard_panel.py" line="71"/>
        <source>Margin per month (%1)</source>
        <translation>Marge pro Monat (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/dashboard_panel.py" line="72"/>
        <source>Billed %1, wholesale %2, margin %3</source>
        <translation>Verrechnet %1, Einkauf %2, Marge %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/dashboard_panel.py" line="73"/>
        <source>No month invoiced at wholesale yet.</source>
        <translation>Noch kein Monat zum Einkaufspreis verrechnet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/dashboard_panel.py" line="82"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/dashboard_panel.py" line="83"/>
        <source>Loading the dashboard…</source>
        <translation>Dashboard wird geladen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/dashboard_panel.py" line="90"/>
        <source>Not loaded: see the message above.</source>
        <translation>Nicht geladen: siehe die Meldung oben.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/dashboard_panel.py" line="100"/>
        <source>Offline: the figures as fetched on %1.</source>
        <translation>Offline: die Zahlen vom %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/dashboard_panel.py" line="104"/>
        <source>Active customers: %1 · Margin, 12 months: %2</source>
        <translation>Aktive Kunden: %1 · Marge, 12 Monate: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/dashboard_panel.py" line="109"/>
        <source>No margin in the last 12 months.</source>
        <translation>Keine Marge in den letzten 12 Monaten.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/dashboard_panel.py" line="110"/>
        <source>No customer&apos;s payments are failing.</source>
        <translation>Bei keinem Kunden schlagen Zahlungen fehl.</translation>
    </message>
</context>
<context>
    <name>ResellerOverview</name>
    <message>
        <location filename="../../desktop/models/reseller/overview_models.py" line="36"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reseller/overview_models.py" line="54"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reseller/overview_models.py" line="56"/>
        <source>Revenue (net)</source>
        <translation>Umsatz (netto)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reseller/overview_models.py" line="67"/>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reseller/overview_models.py" line="69"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reseller/overview_models.py" line="71"/>
        <source>Invoiced, 12 months (net)</source>
        <translation>Verrechnet, 12 Monate (netto)</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../desktop/views/reset_password_dialog.py" line="51"/>
        <source>Your password has been changed, and every open session was signed out. Sign in with the new password.</source>
        <translation>Ihr Passwort wurde geändert, und alle offenen Sitzungen wurden abgemeldet. Melden Sie sich mit dem neuen Passwort an.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reset_password_dialog.py" line="58"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reset_password_dialog.py" line="21"/>
        <source>Choose a new password</source>
        <translation>Neues Passwort wählen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reset_password_dialog.py" line="22"/>
        <source>Paste the link from the e-mail (or only its token) and choose a new password. Every open session is then signed out.</source>
        <translation>Fügen Sie den Link aus der E-Mail (oder nur sein Token) ein und wählen Sie ein neues Passwort. Alle offenen Sitzungen werden danach abgemeldet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reset_password_dialog.py" line="29"/>
        <source>Reset &amp;link:</source>
        <translation>&amp;Link zum Zurücksetzen:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reset_password_dialog.py" line="30"/>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reset_password_dialog.py" line="31"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reset_password_dialog.py" line="33"/>
        <source>&amp;Set password</source>
        <translation>Passwort &amp;setzen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reset_password_dialog.py" line="40"/>
        <source>Paste the link from the e-mail.</source>
        <translation>Fügen Sie den Link aus der E-Mail ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reset_password_dialog.py" line="43"/>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
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
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../desktop/views/shop/checkout_wizard.py" line="144"/>
        <source>Check and pay</source>
        <translation>Prüfen und bezahlen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/checkout_wizard.py" line="145"/>
        <source>The totals are the provider&apos;s, VAT included.</source>
        <translation>Die Totale sind die des Anbieters, inklusive MWST.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/checkout_wizard.py" line="167"/>
        <source>Net: %1</source>
        <translation>Netto: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/checkout_wizard.py" line="168"/>
        <source>VAT %1 %: %2</source>
        <translation>MWST %1 %: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/checkout_wizard.py" line="170"/>
        <source>Total to pay: %1</source>
        <translation>Zu bezahlen: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/checkout_wizard.py" line="173"/>
        <source>Billing address: %1</source>
        <translation>Rechnungsadresse: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/checkout_wizard.py" line="174"/>
        <source>Paid with: %1</source>
        <translation>Bezahlt mit: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/checkout_wizard.py" line="176"/>
        <source>This pays order #%1, which is still pending.</source>
        <translation>Damit wird die noch offene Bestellung #%1 bezahlt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/checkout_wizard.py" line="181"/>
        <source>&amp;Pay %1</source>
        <translation>%1 &amp;bezahlen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/checkout_wizard.py" line="188"/>
        <source>Paying…</source>
        <translation>Zahlung läuft…</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../desktop/views/access/access_dialogs.py" line="72"/>
        <source>Change role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_dialogs.py" line="73"/>
        <source>%1 &lt;%2&gt; has the role %3.</source>
        <translation>%1 &lt;%2&gt; hat die Rolle %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_dialogs.py" line="77"/>
        <source>&amp;New role:</source>
        <translation>&amp;Neue Rolle:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_dialogs.py" line="79"/>
        <source>&amp;Change role</source>
        <translation>Rolle &amp;ändern</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../desktop/views/roles.py" line="10"/>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location filename="../../desktop/views/roles.py" line="11"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/views/roles.py" line="12"/>
        <source>Billing</source>
        <translation>Buchhaltung</translation>
    </message>
    <message>
        <location filename="../../desktop/views/roles.py" line="13"/>
        <source>Technical</source>
        <translation>Technik</translation>
    </message>
    <message>
        <location filename="../../desktop/views/roles.py" line="14"/>
        <source>Viewer</source>
        <translation>Nur lesen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/roles.py" line="20"/>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <location filename="../../desktop/views/roles.py" line="21"/>
        <source>Business</source>
        <translation>Geschäft</translation>
    </message>
    <message>
        <location filename="../../desktop/views/roles.py" line="27"/>
        <source>single account</source>
        <translation>Einzelkonto</translation>
    </message>
    <message>
        <location filename="../../desktop/views/roles.py" line="28"/>
        <source>collective account</source>
        <translation>Sammelkonto</translation>
    </message>
    <message>
        <location filename="../../desktop/views/roles.py" line="34"/>
        <source>SIP Trunk</source>
        <translation>SIP-Trunk</translation>
    </message>
    <message>
        <location filename="../../desktop/views/roles.py" line="35"/>
        <source>Hosted PBX</source>
        <translation>Hosted PBX</translation>
    </message>
</context>
<context>
    <name>SandboxPanel</name>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="65"/>
        <source>Days:</source>
        <translation>Tage:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="65"/>
        <source>Hours:</source>
        <translation>Stunden:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="77"/>
        <source>Number:</source>
        <translation>Anzahl:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="77"/>
        <source>Over days:</source>
        <translation>Über Tage:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="136"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="136"/>
        <source>paid</source>
        <translation>bezahlt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="136"/>
        <source>credited</source>
        <translation>gutgeschrieben</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="137"/>
        <source>submitted</source>
        <translation>eingereicht</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="137"/>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="138"/>
        <source>scheduled</source>
        <translation>geplant</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="41"/>
        <source>Sandbox panel</source>
        <translation>Sandbox-Steuerung</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="58"/>
        <source>Clock</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="63"/>
        <source>&amp;Move the clock</source>
        <translation>Uhr &amp;vorstellen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="71"/>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="75"/>
        <source>&amp;Generate calls</source>
        <translation>Anrufe &amp;erzeugen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="83"/>
        <source>Back office</source>
        <translation>Backoffice</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="87"/>
        <source>Invoice:</source>
        <translation>Rechnung:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="88"/>
        <source>A bank &amp;transfer arrives for it</source>
        <translation>Eine &amp;Überweisung dafür trifft ein</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="94"/>
        <source>Goodwill</source>
        <translation>Kulanz</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="95"/>
        <source>Issue a &amp;credit note</source>
        <translation>&amp;Gutschrift ausstellen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="97"/>
        <source>Credit note:</source>
        <translation>Gutschrift:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="101"/>
        <source>Carrier</source>
        <translation>Netzbetreiber</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="104"/>
        <source>Porting request:</source>
        <translation>Portierungsauftrag:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="106"/>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="106"/>
        <source>Scheduled for</source>
        <translation>Geplant für</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="107"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="107"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="111"/>
        <source>&amp;Answer as the carrier</source>
        <translation>Als Netzbetreiber &amp;antworten</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="113"/>
        <source>Answer:</source>
        <translation>Antwort:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="141"/>
        <source>Working…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="157"/>
        <source>The clock now stands at %1. Jobs that ran: %2.</source>
        <translation>Die Uhr steht jetzt auf %1. Ausgeführte Aufgaben: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="159"/>
        <source>none had anything to do</source>
        <translation>keine hatte etwas zu tun</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="165"/>
        <source>Calls generated: %1.</source>
        <translation>Erzeugte Anrufe: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="169"/>
        <source>Transfer for %1 booked.</source>
        <translation>Überweisung für %1 verbucht.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="174"/>
        <source>Enter the amount as a number, e.g. 10.00.</source>
        <translation>Geben Sie den Betrag als Zahl ein, z. B. 10.00.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="177"/>
        <source>Credit note %1 issued.</source>
        <translation>Gutschrift %1 ausgestellt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="183"/>
        <source>The carrier answered: %1.</source>
        <translation>Der Netzbetreiber hat geantwortet: %1.</translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <location filename="../../desktop/views/security_dialog.py" line="32"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security_dialog.py" line="37"/>
        <source>Two-factor sign-in</source>
        <translation>Zwei-Faktor-Anmeldung</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security_dialog.py" line="39"/>
        <source>With two-factor sign-in, signing in needs your password and a code from an authenticator app on your phone: a stolen password alone is no use.</source>
        <translation>Mit der Zwei-Faktor-Anmeldung braucht die Anmeldung Ihr Passwort und einen Code aus einer Authenticator-App auf Ihrem Telefon: Ein gestohlenes Passwort allein nützt nichts.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security_dialog.py" line="41"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security_dialog.py" line="42"/>
        <location filename="../../desktop/views/security_dialog.py" line="82"/>
        <source>&amp;Turn on…</source>
        <translation>&amp;Einschalten …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security_dialog.py" line="43"/>
        <source>&amp;New recovery codes…</source>
        <translation>&amp;Neue Wiederherstellungscodes …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security_dialog.py" line="44"/>
        <source>T&amp;urn off…</source>
        <translation>A&amp;usschalten …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security_dialog.py" line="47"/>
        <source>&amp;Require two-factor sign-in for every user of this account</source>
        <translation>Zwei-Faktor-Anmeldung für alle Benutzer dieses Kontos &amp;verlangen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security_dialog.py" line="52"/>
        <source>Users without it are signed out and set it up at their next sign-in.</source>
        <translation>Benutzer ohne sie werden abgemeldet und richten sie bei der nächsten Anmeldung ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security_dialog.py" line="76"/>
        <source>On. Recovery codes left: %1.</source>
        <translation>Eingeschaltet. Verbleibende Wiederherstellungscodes: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security_dialog.py" line="78"/>
        <source>Off: your password alone signs you in.</source>
        <translation>Ausgeschaltet: Ihr Passwort allein meldet Sie an.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security_dialog.py" line="80"/>
        <source>Your account&apos;s owner requires it for every user.</source>
        <translation>Der Inhaber Ihres Kontos verlangt sie für alle Benutzer.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security_dialog.py" line="82"/>
        <source>Set up a &amp;new phone…</source>
        <translation>&amp;Neues Telefon einrichten …</translation>
    </message>
</context>
<context>
    <name>SepaMandateBox</name>
    <message>
        <location filename="../../desktop/views/automatic_payments/sepa_mandate_box.py" line="33"/>
        <source>SEPA direct debit mandate</source>
        <translation>SEPA-Lastschriftmandat</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/sepa_mandate_box.py" line="43"/>
        <source>Si&amp;gn mandate</source>
        <translation>Mandat &amp;unterzeichnen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/sepa_mandate_box.py" line="45"/>
        <source>Re&amp;voke mandate</source>
        <translation>Mandat &amp;widerrufen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/sepa_mandate_box.py" line="50"/>
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/sepa_mandate_box.py" line="52"/>
        <source>Account &amp;holder:</source>
        <translation>Konto&amp;inhaber:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/sepa_mandate_box.py" line="69"/>
        <source>There is no mandate to revoke.</source>
        <translation>Es gibt kein Mandat zum Widerrufen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/sepa_mandate_box.py" line="72"/>
        <source>Enter a valid IBAN first.</source>
        <translation>Geben Sie zuerst eine gültige IBAN ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/sepa_mandate_box.py" line="77"/>
        <source>No mandate. Sign one to pay orders and invoices by direct debit.</source>
        <translation>Kein Mandat. Unterzeichnen Sie eines, um Bestellungen und Rechnungen per Lastschrift zu bezahlen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/sepa_mandate_box.py" line="81"/>
        <source>Mandate %1 for %2 (%3), signed %4.</source>
        <translation>Mandat %1 für %2 (%3), unterzeichnet am %4.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/sepa_mandate_box.py" line="89"/>
        <source>An IBAN has only letters and digits.</source>
        <translation>Eine IBAN hat nur Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/sepa_mandate_box.py" line="90"/>
        <source>An IBAN starts with the country code and two check digits.</source>
        <translation>Eine IBAN beginnt mit dem Ländercode und zwei Prüfziffern.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/sepa_mandate_box.py" line="91"/>
        <source>The length does not fit this country&apos;s IBAN.</source>
        <translation>Die Länge passt nicht zur IBAN dieses Landes.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/sepa_mandate_box.py" line="92"/>
        <source>The account number does not fit this country&apos;s IBAN.</source>
        <translation>Die Kontonummer passt nicht zur IBAN dieses Landes.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/sepa_mandate_box.py" line="93"/>
        <source>The check digits do not match: a typo?</source>
        <translation>Die Prüfziffern stimmen nicht: ein Tippfehler?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/sepa_mandate_box.py" line="97"/>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/sepa_mandate_box.py" line="119"/>
        <source>Revoke SEPA mandate</source>
        <translation>SEPA-Mandat widerrufen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/sepa_mandate_box.py" line="120"/>
        <source>Revoke the direct debit mandate? Invoices are then no longer collected from your bank account; pay them by transfer or card.</source>
        <translation>Das Lastschriftmandat widerrufen? Rechnungen werden dann nicht mehr von Ihrem Bankkonto eingezogen; bezahlen Sie sie per Überweisung oder Karte.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/automatic_payments/sepa_mandate_box.py" line="121"/>
        <source>&amp;Revoke mandate</source>
        <translation>Mandat &amp;widerrufen</translation>
    </message>
</context>
<context>
    <name>SetUpTwoFactorDialog</name>
    <message>
        <location filename="../../desktop/views/two_factor_dialogs.py" line="59"/>
        <source>Set up two-factor sign-in</source>
        <translation>Zwei-Faktor-Anmeldung einrichten</translation>
    </message>
    <message>
        <location filename="../../desktop/views/two_factor_dialogs.py" line="60"/>
        <source>Scan this code with an authenticator app (for example Google Authenticator, Microsoft Authenticator or 1Password), or type the key below into it, then enter the 6-digit code it shows.</source>
        <translation>Scannen Sie diesen Code mit einer Authenticator-App (zum Beispiel Google Authenticator, Microsoft Authenticator oder 1Password) oder tippen Sie den Schlüssel unten darin ein, und geben Sie dann den 6-stelligen Code ein, den sie anzeigt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/two_factor_dialogs.py" line="64"/>
        <source>Preparing…</source>
        <translation>Wird vorbereitet …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/two_factor_dialogs.py" line="75"/>
        <source>&amp;Turn on</source>
        <translation>&amp;Einschalten</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="30"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="32"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="38"/>
        <source>&amp;Display language:</source>
        <translation>&amp;Anzeigesprache:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="40"/>
        <source>The change applies at once, and is kept for the next start.</source>
        <translation>Die Änderung gilt sofort und bleibt für den nächsten Start erhalten.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="46"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="48"/>
        <source>system certificates</source>
        <translation>Zertifikate des Systems</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="49"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="56"/>
        <source>the system&apos;s proxy settings</source>
        <translation>die Proxy-Einstellungen des Systems</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="58"/>
        <source>Empty: the system&apos;s proxy settings (HTTPS_PROXY and NO_PROXY, or the proxy or proxy auto-config file set in Windows or macOS). Or a proxy, e.g. http://proxy.example.ch:3128, or the address of a proxy auto-config file, e.g. http://wpad.example.ch/proxy.pac.</source>
        <translation>Leer: die Proxy-Einstellungen des Systems (HTTPS_PROXY und NO_PROXY, oder der in Windows oder macOS eingestellte Proxy bzw. die Datei zur automatischen Proxy-Konfiguration). Oder ein Proxy, z. B. http://proxy.example.ch:3128, oder die Adresse einer Datei zur automatischen Proxy-Konfiguration (PAC), z. B. http://wpad.example.ch/proxy.pac.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="64"/>
        <source>&amp;Save connection</source>
        <translation>Verbindung &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="65"/>
        <source>Connection &amp;diagnostics…</source>
        <translation>Verbindungs&amp;diagnose …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="73"/>
        <source>Provider &amp;address:</source>
        <translation>&amp;Adresse des Anbieters:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="74"/>
        <source>&amp;CA bundle:</source>
        <translation>&amp;CA-Bundle:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="74"/>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="103"/>
        <source>The sandbox provider runs on this computer; its address is chosen at start.</source>
        <translation>Der Sandbox-Anbieter läuft auf diesem Computer; seine Adresse wird beim Start gewählt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="104"/>
        <source>Changes apply at the next sign-in.</source>
        <translation>Änderungen gelten ab der nächsten Anmeldung.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="113"/>
        <source>Enter the provider&apos;s address.</source>
        <translation>Geben Sie die Adresse des Anbieters ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="118"/>
        <source>Choose a CA bundle</source>
        <translation>CA-Bundle wählen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="119"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <location filename="../../desktop/views/shop/shop_page.py" line="44"/>
        <source>All users of an account are in the same package: a cart holds at most one package, and it must be your current one. To change package, use Subscription (upgrade or downgrade).</source>
        <translation>Alle Benutzer eines Kontos sind im selben Paket: Ein Warenkorb enthält höchstens ein Paket, und zwar Ihr aktuelles. Um das Paket zu wechseln, nutzen Sie Abonnement (Upgrade oder Downgrade).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/shop_page.py" line="58"/>
        <source>&amp;Add to cart</source>
        <translation>In den &amp;Warenkorb</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/shop_page.py" line="62"/>
        <source>&amp;Users / quantity:</source>
        <translation>&amp;Benutzer / Menge:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/shop_page.py" line="63"/>
        <source>&amp;Months:</source>
        <translation>&amp;Monate:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/shop_page.py" line="64"/>
        <source>Amo&amp;unt:</source>
        <translation>Be&amp;trag:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/shop_page.py" line="71"/>
        <source>C&amp;hange line</source>
        <translation>Zeile ä&amp;ndern</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/shop_page.py" line="72"/>
        <source>Set the chosen line to the users and months above</source>
        <translation>Die gewählte Zeile auf Benutzer und Monate oben setzen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/shop_page.py" line="74"/>
        <source>&amp;Remove line</source>
        <translation>Zeile &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/shop_page.py" line="80"/>
        <source>Chec&amp;k out…</source>
        <translation>Zur &amp;Kasse…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/shop_page.py" line="88"/>
        <source>Catalog (prices without VAT)</source>
        <translation>Katalog (Preise ohne MWST)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/shop_page.py" line="97"/>
        <source>Your cart</source>
        <translation>Ihr Warenkorb</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/shop_page.py" line="113"/>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/shop_page.py" line="149"/>
        <source>Add something to the cart first.</source>
        <translation>Legen Sie zuerst etwas in den Warenkorb.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/shop_page.py" line="154"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/shop_page.py" line="181"/>
        <source>The cart is empty.</source>
        <translation>Der Warenkorb ist leer.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/shop_page.py" line="183"/>
        <source>VAT %1 %: %2</source>
        <translation>MWST %1 %: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/shop_page.py" line="185"/>
        <source>Net: %1</source>
        <translation>Netto: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/shop_page.py" line="186"/>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/shop_page.py" line="230"/>
        <source>Give the amount of credit to buy.</source>
        <translation>Geben Sie den Betrag des Guthabens an.</translation>
    </message>
</context>
<context>
    <name>ShopTables</name>
    <message>
        <location filename="../../desktop/models/shop/shop_tables.py" line="20"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../../desktop/models/shop/shop_tables.py" line="26"/>
        <source>%1 once</source>
        <translation>%1 einmalig</translation>
    </message>
    <message>
        <location filename="../../desktop/models/shop/shop_tables.py" line="29"/>
        <source>%1 per user and month</source>
        <translation>%1 pro Benutzer und Monat</translation>
    </message>
    <message>
        <location filename="../../desktop/models/shop/shop_tables.py" line="31"/>
        <source>%1 per month</source>
        <translation>%1 pro Monat</translation>
    </message>
    <message>
        <location filename="../../desktop/models/shop/shop_tables.py" line="34"/>
        <source>Included</source>
        <translation>Inbegriffen</translation>
    </message>
    <message>
        <location filename="../../desktop/models/shop/shop_tables.py" line="39"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../desktop/models/shop/shop_tables.py" line="42"/>
        <source>Price (net)</source>
        <translation>Preis (netto)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/shop/shop_tables.py" line="47"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../desktop/models/shop/shop_tables.py" line="56"/>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../desktop/models/shop/shop_tables.py" line="58"/>
        <source>Users / quantity</source>
        <translation>Benutzer / Menge</translation>
    </message>
    <message>
        <location filename="../../desktop/models/shop/shop_tables.py" line="60"/>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <location filename="../../desktop/models/shop/shop_tables.py" line="65"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../desktop/views/sign_in_dialog.py" line="107"/>
        <source>Sandbox mail&amp;box</source>
        <translation>Sandbox-Post&amp;fach</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sign_in_dialog.py" line="71"/>
        <source>Sign in to Switchboard</source>
        <translation>Bei Switchboard anmelden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sign_in_dialog.py" line="76"/>
        <source>e.g. 52718 or name@example.ch</source>
        <translation>z. B. 52718 oder name@example.ch</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sign_in_dialog.py" line="78"/>
        <source>&amp;Remember me on this computer</source>
        <translation>Auf diesem Computer &amp;angemeldet bleiben</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sign_in_dialog.py" line="95"/>
        <source>Pro&amp;vider:</source>
        <translation>Anbiete&amp;r:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sign_in_dialog.py" line="96"/>
        <source>&amp;User ID or e-mail:</source>
        <translation>&amp;Benutzer-ID oder E-Mail:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sign_in_dialog.py" line="97"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sign_in_dialog.py" line="103"/>
        <source>&amp;Forgot password?</source>
        <translation>Passwort &amp;vergessen?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sign_in_dialog.py" line="104"/>
        <source>Can&apos;t &amp;connect?</source>
        <translation>Keine Verbindun&amp;g?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sign_in_dialog.py" line="105"/>
        <source>Create &amp;account</source>
        <translation>&amp;Konto eröffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sign_in_dialog.py" line="116"/>
        <location filename="../../desktop/views/sign_in_dialog.py" line="209"/>
        <source>&amp;Sign in</source>
        <translation>A&amp;nmelden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sign_in_dialog.py" line="156"/>
        <source>Unavailable: this computer has no system keyring.</source>
        <translation>Nicht verfügbar: Dieser Computer hat keinen Schlüsselbund.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sign_in_dialog.py" line="170"/>
        <source>Enter the provider&apos;s address.</source>
        <translation>Geben Sie die Adresse des Anbieters ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sign_in_dialog.py" line="173"/>
        <source>Enter your user ID or e-mail address.</source>
        <translation>Geben Sie Ihre Benutzer-ID oder E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sign_in_dialog.py" line="176"/>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sign_in_dialog.py" line="188"/>
        <source>Enter the code from your authenticator app.</source>
        <translation>Geben Sie den Code aus Ihrer Authenticator-App ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sign_in_dialog.py" line="202"/>
        <source>&amp;Verify</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sign_in_dialog.py" line="219"/>
        <source>Signing in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
</context>
<context>
    <name>SpendChart</name>
    <message>
        <location filename="../../desktop/charts/spend_chart.py" line="29"/>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <location filename="../../desktop/charts/spend_chart.py" line="30"/>
        <source>Numbers</source>
        <translation>Nummern</translation>
    </message>
    <message>
        <location filename="../../desktop/charts/spend_chart.py" line="31"/>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <location filename="../../desktop/charts/spend_chart.py" line="32"/>
        <source>One-off</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <location filename="../../desktop/charts/spend_chart.py" line="42"/>
        <source>Spend per month</source>
        <translation>Ausgaben pro Monat</translation>
    </message>
    <message>
        <location filename="../../desktop/charts/spend_chart.py" line="67"/>
        <source>No invoices yet.</source>
        <translation>Noch keine Rechnungen.</translation>
    </message>
    <message>
        <location filename="../../desktop/charts/spend_chart.py" line="88"/>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
</context>
<context>
    <name>StatementPanel</name>
    <message>
        <location filename="../../desktop/views/reseller/statement_panel.py" line="48"/>
        <source>Save as &amp;CSV…</source>
        <translation>Als &amp;CSV speichern…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/statement_panel.py" line="50"/>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/statement_panel.py" line="52"/>
        <source>Save as E&amp;xcel…</source>
        <translation>Als E&amp;xcel speichern…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/statement_panel.py" line="57"/>
        <source>Customer number</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/statement_panel.py" line="57"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/statement_panel.py" line="58"/>
        <source>Retail billed</source>
        <translation>Verrechnet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/statement_panel.py" line="58"/>
        <source>Wholesale owed</source>
        <translation>Einkauf geschuldet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/statement_panel.py" line="59"/>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/statement_panel.py" line="68"/>
        <source>&amp;Month:</source>
        <translation>&amp;Monat:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/statement_panel.py" line="89"/>
        <source>Shown once the month&apos;s statement has loaded.</source>
        <translation>Möglich, sobald die Abrechnung des Monats geladen ist.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/statement_panel.py" line="98"/>
        <source>Loading the statement…</source>
        <translation>Abrechnung wird geladen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/statement_panel.py" line="109"/>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/statement_panel.py" line="123"/>
        <source>Customers invoiced for %2: %1</source>
        <translation>Verrechnete Kunden für %2: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/statement_panel.py" line="126"/>
        <source>No customer was invoiced for %1.</source>
        <translation>Für %1 wurde kein Kunde verrechnet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/statement_panel.py" line="132"/>
        <location filename="../../desktop/views/reseller/statement_panel.py" line="148"/>
        <source>Save the statement</source>
        <translation>Abrechnung speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/statement_panel.py" line="133"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/statement_panel.py" line="138"/>
        <location filename="../../desktop/views/reseller/statement_panel.py" line="154"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/statement_panel.py" line="140"/>
        <location filename="../../desktop/views/reseller/statement_panel.py" line="157"/>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/statement_panel.py" line="147"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/statement_panel.py" line="147"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>StoreNotices</name>
    <message>
        <location filename="../../desktop/store_notices.py" line="19"/>
        <source>The local copy of your invoices was written by a newer Switchboard: it was moved aside to %1 and is being rebuilt from the provider.</source>
        <translation>Die lokale Kopie Ihrer Rechnungen stammt von einem neueren Switchboard: nach %1 verschoben, wird vom Anbieter neu aufgebaut.</translation>
    </message>
    <message>
        <location filename="../../desktop/store_notices.py" line="23"/>
        <source>The local copy of your invoices was damaged: it was moved aside to %1 and is being rebuilt from the provider.</source>
        <translation>Die lokale Kopie Ihrer Rechnungen war beschädigt: nach %1 verschoben, wird vom Anbieter neu aufgebaut.</translation>
    </message>
    <message>
        <location filename="../../desktop/store_notices.py" line="27"/>
        <source>The local copy of your invoices is in use by another program (another Switchboard or an export): it is used again once that has finished.</source>
        <translation>Die lokale Kopie Ihrer Rechnungen wird von einem anderen Programm verwendet (einem anderen Switchboard oder einem Export): Sie wird wieder verwendet, sobald dieses fertig ist.</translation>
    </message>
    <message>
        <location filename="../../desktop/store_notices.py" line="31"/>
        <source>The disk holding the local copy of your invoices is full: free some space, then refresh (F5).</source>
        <translation>Der Datenträger mit der lokalen Kopie Ihrer Rechnungen ist voll: Geben Sie Speicherplatz frei und aktualisieren Sie dann (F5).</translation>
    </message>
    <message>
        <location filename="../../desktop/store_notices.py" line="35"/>
        <source>The local copy of your invoices cannot be opened (%1): check that the folder exists and belongs to you.</source>
        <translation>Die lokale Kopie Ihrer Rechnungen lässt sich nicht öffnen (%1): Prüfen Sie, ob der Ordner existiert und Ihnen gehört.</translation>
    </message>
    <message>
        <location filename="../../desktop/store_notices.py" line="40"/>
        <source>Unsent call disputes carried over: %1.</source>
        <translation>Übernommene ungesendete Beanstandungen: %1.</translation>
    </message>
</context>
<context>
    <name>SubscriptionPage</name>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="139"/>
        <source>paid from the prepaid balance</source>
        <translation>aus dem Prepaid-Guthaben bezahlt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="140"/>
        <source>charged to your card</source>
        <translation>von Ihrer Karte abgebucht</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="141"/>
        <source>not covered: the balance is too low and no card is saved</source>
        <translation>nicht gedeckt: Das Guthaben reicht nicht, und keine Karte ist gespeichert</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="50"/>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="52"/>
        <source>Your package</source>
        <translation>Ihr Paket</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="55"/>
        <source>Package:</source>
        <translation>Paket:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="55"/>
        <source>Users:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="56"/>
        <source>Billing:</source>
        <translation>Abrechnung:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="56"/>
        <source>Since:</source>
        <translation>Seit:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="57"/>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="149"/>
        <source>Next invoice:</source>
        <translation>Nächste Rechnung:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="64"/>
        <source>&amp;Add users…</source>
        <translation>Benutzer &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="66"/>
        <source>&amp;Upgrade…</source>
        <translation>&amp;Upgrade…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="68"/>
        <source>&amp;Downgrade…</source>
        <translation>&amp;Downgrade…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="70"/>
        <source>&amp;Fewer users…</source>
        <translation>&amp;Weniger Benutzer…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="72"/>
        <source>&amp;Cancel subscription…</source>
        <translation>Abonnement &amp;kündigen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="77"/>
        <source>Pending changes</source>
        <translation>Beantragte Änderungen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="83"/>
        <source>&amp;Withdraw change</source>
        <translation>Änderung &amp;zurückziehen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="85"/>
        <source>No changes are waiting.</source>
        <translation>Keine Änderungen beantragt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="121"/>
        <source>No Hosted PBX package yet. Buy one in the Shop.</source>
        <translation>Noch kein Hosted-PBX-Paket. Sie können eines im Shop kaufen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="126"/>
        <source>%1, %2 per user and month</source>
        <translation>%1, %2 pro Benutzer und Monat</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="131"/>
        <source>Prepaid, bought in the shop</source>
        <translation>Vorausbezahlt, im Shop gekauft</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="133"/>
        <source>Renewal:</source>
        <translation>Verlängerung:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="137"/>
        <source>Renews on %1 for %2</source>
        <translation>Verlängert sich am %1 für %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="145"/>
        <source>Ends on %1 (automatic renewal is off)</source>
        <translation>Endet am %1 (automatische Verlängerung aus)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="148"/>
        <source>Monthly invoice (postpaid)</source>
        <translation>Monatliche Rechnung (nachträglich)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="150"/>
        <source>%1, for this month&apos;s fees and calls</source>
        <translation>%1, für die Gebühren und Anrufe dieses Monats</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="167"/>
        <source>There is no subscription to change.</source>
        <translation>Es gibt kein Abonnement, das sich ändern ließe.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="172"/>
        <source>There is no bigger package, or a downgrade or cancellation is pending.</source>
        <translation>Es gibt kein größeres Paket, oder ein Downgrade bzw. eine Kündigung ist beantragt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="175"/>
        <source>There is no smaller package, or a change is pending.</source>
        <translation>Es gibt kein kleineres Paket, oder eine Änderung ist beantragt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="177"/>
        <source>The package has one user, or a change is pending.</source>
        <translation>Das Paket hat nur einen Benutzer, oder eine Änderung ist beantragt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="179"/>
        <source>There is no subscription, or its cancellation is pending.</source>
        <translation>Es gibt kein Abonnement, oder seine Kündigung ist beantragt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="187"/>
        <source>Choose a pending change first.</source>
        <translation>Wählen Sie zuerst eine beantragte Änderung.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="203"/>
        <source>Requested. The provider confirms it takes effect on %1.</source>
        <translation>Beantragt. Der Anbieter bestätigt: gilt ab %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="206"/>
        <source>(Shown before: %1.)</source>
        <translation>(Vorher angezeigt: %1.)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="209"/>
        <source>Done. The package is now %1 with %2.</source>
        <translation>Erledigt. Das Paket ist jetzt %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="223"/>
        <source>Withdrawn: %1. Nothing changes.</source>
        <translation>Zurückgezogen: %1. Es ändert sich nichts.</translation>
    </message>
</context>
<context>
    <name>SupportActions</name>
    <message>
        <location filename="../../desktop/views/support_actions.py" line="35"/>
        <source>Switchboard: the administration client for your telephony account.</source>
        <translation>Switchboard: die Verwaltung für Ihr Telefoniekonto.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/support_actions.py" line="36"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/support_actions.py" line="37"/>
        <source>Provider: version %1</source>
        <translation>Anbieter: Version %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/support_actions.py" line="38"/>
        <source>Provider: not known until you are signed in</source>
        <translation>Anbieter: erst nach der Anmeldung bekannt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/support_actions.py" line="39"/>
        <source>Qt %1, Python %2</source>
        <translation>Qt %1, Python %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/support_actions.py" line="99"/>
        <source>Save &amp;support bundle…</source>
        <translation>&amp;Support-Paket speichern…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/support_actions.py" line="105"/>
        <source>Save support bundle</source>
        <translation>Support-Paket speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/views/support_actions.py" line="107"/>
        <source>Zip archives (*.zip)</source>
        <translation>ZIP-Archive (*.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/support_actions.py" line="118"/>
        <source>Support bundle saved: %1</source>
        <translation>Support-Paket gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/support_actions.py" line="120"/>
        <source>The support bundle could not be saved: %1</source>
        <translation>Das Support-Paket konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/support_actions.py" line="45"/>
        <source>Check for &amp;updates…</source>
        <translation>Nach &amp;Updates suchen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/support_actions.py" line="64"/>
        <source>The sandbox does not check for updates.</source>
        <translation>Die Sandbox sucht nicht nach Updates.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/support_actions.py" line="85"/>
        <source>Switchboard %1 is the latest version.</source>
        <translation>Switchboard %1 ist die neueste Version.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/support_actions.py" line="93"/>
        <source>The update check failed: %1</source>
        <translation>Die Suche nach Updates ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>TopUpDialog</name>
    <message>
        <location filename="../../desktop/views/reseller/bulk_dialogs.py" line="63"/>
        <source>Automatic top-up for several customers</source>
        <translation>Automatische Aufladung für mehrere Kunden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_dialogs.py" line="66"/>
        <source>The same settings for every customer ticked below, in each customer&apos;s own currency. Switching on charges the customer&apos;s saved card; a customer without one is named in the report and left as it was.</source>
        <translation>Dieselben Einstellungen für jeden unten angekreuzten Kunden, in der Währung des Kunden. Einschalten belastet die gespeicherte Karte des Kunden; ein Kunde ohne Karte wird im Bericht genannt und bleibt, wie er war.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_dialogs.py" line="82"/>
        <source>Switch automatic top-up &amp;on</source>
        <translation>Automatische Aufladung &amp;einschalten</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_dialogs.py" line="91"/>
        <source>C&amp;ustomers:</source>
        <translation>K&amp;unden:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_dialogs.py" line="93"/>
        <source>When the balance is &amp;below:</source>
        <translation>Wenn das Guthaben &amp;unter:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_dialogs.py" line="94"/>
        <source>Top up by &amp;amount:</source>
        <translation>Aufladen um &amp;Betrag:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_dialogs.py" line="95"/>
        <source>A&amp;pply to the ticked customers</source>
        <translation>Auf die angekreuzten Kunden an&amp;wenden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_dialogs.py" line="111"/>
        <source>Give an amount, e.g. 20.00.</source>
        <translation>Geben Sie einen Betrag an, z. B. 20.00.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/bulk_dialogs.py" line="114"/>
        <source>Tick at least one customer.</source>
        <translation>Kreuzen Sie mindestens einen Kunden an.</translation>
    </message>
</context>
<context>
    <name>TurnOffTwoFactorDialog</name>
    <message>
        <location filename="../../desktop/views/two_factor_dialogs.py" line="110"/>
        <source>Turn off two-factor sign-in</source>
        <translation>Zwei-Faktor-Anmeldung ausschalten</translation>
    </message>
    <message>
        <location filename="../../desktop/views/two_factor_dialogs.py" line="111"/>
        <source>Without two-factor sign-in your password alone signs you in. Confirm with your password and a code from your authenticator app (or a recovery code).</source>
        <translation>Ohne Zwei-Faktor-Anmeldung meldet Sie Ihr Passwort allein an. Bestätigen Sie mit Ihrem Passwort und einem Code aus Ihrer Authenticator-App (oder einem Wiederherstellungscode).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/two_factor_dialogs.py" line="115"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/two_factor_dialogs.py" line="117"/>
        <source>T&amp;urn off</source>
        <translation>A&amp;usschalten</translation>
    </message>
    <message>
        <location filename="../../desktop/views/two_factor_dialogs.py" line="123"/>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
</context>
<context>
    <name>TypePage</name>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="56"/>
        <source>Account type</source>
        <translation>Kontoart</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="57"/>
        <source>Every new account starts with a SIP Trunk and a prepaid balance of 0.</source>
        <translation>Jedes neue Konto beginnt mit einem SIP-Trunk und einem Prepaid-Guthaben von 0.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="58"/>
        <source>&amp;Private: for you and your household</source>
        <translation>&amp;Privat: für Sie und Ihren Haushalt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="60"/>
        <source>&amp;Business: for a company, with invoices to the company</source>
        <translation>&amp;Geschäft: für eine Firma, mit Rechnungen an die Firma</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="62"/>
        <source>&amp;Single account: one main number, which is also your user ID</source>
        <translation>&amp;Einzelkonto: eine Hauptnummer, die zugleich Ihre Benutzer-ID ist</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="66"/>
        <source>&amp;Collective account: several numbers and users; you get a 4- or 5-digit user ID</source>
        <translation>&amp;Sammelkonto: mehrere Nummern und Benutzer; Sie erhalten eine 4- oder 5-stellige Benutzer-ID</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="77"/>
        <source>Who is the customer?</source>
        <translation>Wer ist der Kunde?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="81"/>
        <source>How do you sign in?</source>
        <translation>Wie melden Sie sich an?</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <location filename="../../desktop/views/update_dialog.py" line="21"/>
        <source>Update available</source>
        <translation>Update verfügbar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/update_dialog.py" line="23"/>
        <source>Switchboard %1 is available; you have %2.</source>
        <translation>Switchboard %1 ist verfügbar; Sie haben %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/update_dialog.py" line="25"/>
        <source>No notes given.</source>
        <translation>Keine Angaben.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/update_dialog.py" line="29"/>
        <source>What&apos;s new</source>
        <translation>Was ist neu</translation>
    </message>
    <message>
        <location filename="../../desktop/views/update_dialog.py" line="33"/>
        <source>&amp;Download…</source>
        <translation>&amp;Herunterladen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/update_dialog.py" line="40"/>
        <source>What&apos;s new:</source>
        <translation>Was ist neu:</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <location filename="../../desktop/views/subscription/change_dialogs.py" line="118"/>
        <source>Upgrade</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/change_dialogs.py" line="119"/>
        <source>An upgrade applies at once; you pay the price difference for the rest of the month.</source>
        <translation>Ein Upgrade gilt sofort; Sie zahlen die Preisdifferenz für den Rest des Monats.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/change_dialogs.py" line="124"/>
        <source>%1 (%2 per user and month)</source>
        <translation>%1 (%2 pro Benutzer und Monat)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/change_dialogs.py" line="126"/>
        <source>&amp;New package:</source>
        <translation>&amp;Neues Paket:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/change_dialogs.py" line="127"/>
        <source>&amp;Upgrade</source>
        <translation>&amp;Upgrade</translation>
    </message>
</context>
<context>
    <name>VoipModel</name>
    <message>
        <location filename="../../desktop/models/numbers/numbers_models.py" line="39"/>
        <source>Number or extension</source>
        <translation>Nummer oder Nebenstelle</translation>
    </message>
    <message>
        <location filename="../../desktop/models/numbers/numbers_models.py" line="40"/>
        <source>SIP user</source>
        <translation>SIP-Benutzer</translation>
    </message>
    <message>
        <location filename="../../desktop/models/numbers/numbers_models.py" line="41"/>
        <source>Password changed</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <location filename="../../desktop/models/numbers/numbers_models.py" line="54"/>
        <source>Extension %1</source>
        <translation>Nebenstelle %1</translation>
    </message>
</context>
<context>
    <name>VoipPanel</name>
    <message>
        <location filename="../../desktop/views/numbers/voip_panel.py" line="34"/>
        <source>SIP settings for your phone</source>
        <translation>SIP-Einstellungen für Ihr Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_panel.py" line="42"/>
        <source>SIP user name:</source>
        <translation>SIP-Benutzername:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_panel.py" line="43"/>
        <source>Registrar (server):</source>
        <translation>Registrar (Server):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_panel.py" line="44"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_panel.py" line="44"/>
        <source>VoIP password:</source>
        <translation>VoIP-Passwort:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_panel.py" line="50"/>
        <location filename="../../desktop/views/numbers/voip_panel.py" line="87"/>
        <location filename="../../desktop/views/numbers/voip_panel.py" line="116"/>
        <source>&amp;Show</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_panel.py" line="51"/>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_panel.py" line="52"/>
        <source>C&amp;hange…</source>
        <translation>&amp;Ändern…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_panel.py" line="53"/>
        <source>&amp;Generate new…</source>
        <translation>Neu &amp;generieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_panel.py" line="95"/>
        <source>Choose a VoIP account first.</source>
        <translation>Wählen Sie zuerst ein VoIP-Konto.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_panel.py" line="122"/>
        <source>&amp;Hide</source>
        <translation>Ver&amp;bergen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_panel.py" line="130"/>
        <source>The VoIP password is on the clipboard; paste it into the phone.</source>
        <translation>Das VoIP-Passwort ist in der Zwischenablage; fügen Sie es im Telefon ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_panel.py" line="138"/>
        <source>The VoIP password was changed. Enter it in the phone.</source>
        <translation>Das VoIP-Passwort wurde geändert. Geben Sie es im Telefon ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_panel.py" line="144"/>
        <source>Generate a new VoIP password</source>
        <translation>Neues VoIP-Passwort generieren</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_panel.py" line="145"/>
        <source>The phone registered as %1 stops working until you enter the new password in it. Generate a new one?</source>
        <translation>Das als %1 angemeldete Telefon funktioniert erst wieder, wenn Sie das neue Passwort darin eingeben. Neues Passwort generieren?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_panel.py" line="147"/>
        <source>&amp;Generate</source>
        <translation>&amp;Generieren</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_panel.py" line="149"/>
        <source>A new VoIP password was generated. Enter it in the phone.</source>
        <translation>Ein neues VoIP-Passwort wurde generiert. Geben Sie es im Telefon ein.</translation>
    </message>
</context>
<context>
    <name>VoipPassword</name>
    <message>
        <location filename="../../desktop/views/numbers/voip_password_dialog.py" line="19"/>
        <source>The VoIP password lets a phone register with our SIP server; you type it into the phone once. It is not your login password, which opens this portal: use a different one, so that a password read off a phone never opens your account.</source>
        <translation>Mit dem VoIP-Passwort meldet sich ein Telefon bei unserem SIP-Server an; Sie geben es einmal im Telefon ein. Es ist nicht Ihr Login-Passwort, das dieses Portal öffnet: Nehmen Sie ein anderes, damit ein von einem Telefon abgelesenes Passwort nie Ihr Konto öffnet.</translation>
    </message>
</context>
<context>
    <name>VoipPasswordDialog</name>
    <message>
        <location filename="../../desktop/views/numbers/voip_password_dialog.py" line="28"/>
        <source>Change VoIP password</source>
        <translation>VoIP-Passwort ändern</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_password_dialog.py" line="32"/>
        <source>S&amp;how</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_password_dialog.py" line="40"/>
        <source>New &amp;VoIP password for %1:</source>
        <translation>Neues &amp;VoIP-Passwort für %1:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_password_dialog.py" line="43"/>
        <source>Strength:</source>
        <translation>Stärke:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_password_dialog.py" line="45"/>
        <source>&amp;Change password</source>
        <translation>Passwort &amp;ändern</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_password_dialog.py" line="53"/>
        <source>not usable</source>
        <translation>nicht verwendbar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_password_dialog.py" line="53"/>
        <source>weak</source>
        <translation>schwach</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_password_dialog.py" line="53"/>
        <source>fair</source>
        <translation>ausreichend</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_password_dialog.py" line="54"/>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_password_dialog.py" line="54"/>
        <source>strong</source>
        <translation>stark</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_password_dialog.py" line="55"/>
        <source>12 to 64 characters</source>
        <translation>12 bis 64 Zeichen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_password_dialog.py" line="56"/>
        <source>upper- and lower-case letters and digits</source>
        <translation>Gross- und Kleinbuchstaben und Ziffern</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_password_dialog.py" line="57"/>
        <source>only letters, digits and - _ . ! * +</source>
        <translation>nur Buchstaben, Ziffern und - _ . ! * +</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../desktop/views/window_actions.py" line="45"/>
        <source>&amp;Refresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <location filename="../../desktop/views/window_actions.py" line="47"/>
        <source>&amp;Find…</source>
        <translation>Su&amp;chen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/window_actions.py" line="49"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/window_actions.py" line="53"/>
        <source>Close &amp;window</source>
        <translation>Fenster &amp;schließen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/window_actions.py" line="88"/>
        <source>This page has nothing to search.</source>
        <translation>Auf dieser Seite gibt es nichts zu durchsuchen.</translation>
    </message>
</context>
<context>
    <name>ZoneChart</name>
    <message>
        <location filename="../../desktop/charts/zone_chart.py" line="94"/>
        <source>Calls by destination zone</source>
        <translation>Anrufe nach Zielzone</translation>
    </message>
    <message>
        <location filename="../../desktop/charts/zone_chart.py" line="109"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../../desktop/charts/zone_chart.py" line="113"/>
        <source>No invoiced calls yet.</source>
        <translation>Noch keine verrechneten Anrufe.</translation>
    </message>
    <message>
        <location filename="../../desktop/charts/zone_chart.py" line="131"/>
        <source>Calls: %1</source>
        <translation>Anrufe: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/charts/zone_chart.py" line="132"/>
        <source>Minutes: %1</source>
        <translation>Minuten: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/charts/zone_chart.py" line="133"/>
        <source>Cost: %1</source>
        <translation>Kosten: %1</translation>
    </message>
</context>
</TS>

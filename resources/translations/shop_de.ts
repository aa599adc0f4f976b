<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddressPage</name>
    <message>
        <location filename="../../desktop/views/shop/checkout_wizard.py" line="39"/>
        <source>Billing address</source>
        <translation>Rechnungsadresse</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/checkout_wizard.py" line="40"/>
        <source>The invoice for this order goes to this address.</source>
        <translation>Die Rechnung für diese Bestellung geht an diese Adresse.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/checkout_wizard.py" line="43"/>
        <source>Use a &amp;new address</source>
        <translation>&amp;Neue Adresse verwenden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/checkout_wizard.py" line="50"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/checkout_wizard.py" line="54"/>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/checkout_wizard.py" line="54"/>
        <source>Com&amp;pany (optional):</source>
        <translation>&amp;Firma (optional):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/checkout_wizard.py" line="55"/>
        <source>S&amp;treet:</source>
        <translation>S&amp;trasse:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/checkout_wizard.py" line="55"/>
        <source>Posta&amp;l code:</source>
        <translation>P&amp;LZ:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/checkout_wizard.py" line="56"/>
        <source>C&amp;ity:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/checkout_wizard.py" line="61"/>
        <source>Co&amp;untry:</source>
        <translation>&amp;Land:</translation>
    </message>
</context>
<context>
    <name>CheckoutWizard</name>
    <message>
        <location filename="../../desktop/views/shop/checkout_wizard.py" line="240"/>
        <source>Check out</source>
        <translation>Zur Kasse</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/checkout_wizard.py" line="277"/>
        <source>new card ending %1</source>
        <translation>neue Karte mit Endung %1</translation>
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
        <location filename="../../desktop/views/shop/checkout_wizard.py" line="226"/>
        <source>Order #%1 is placed and waits for your bank transfer; the payment details are on its invoice.</source>
        <translation>Bestellung #%1 ist aufgegeben und wartet auf Ihre Überweisung; die Zahlungsangaben stehen auf der Rechnung.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/checkout_wizard.py" line="229"/>
        <source>Order #%1 is paid.</source>
        <translation>Bestellung #%1 ist bezahlt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/checkout_wizard.py" line="231"/>
        <source>It will be set up by %1.</source>
        <translation>Sie wird bis %1 eingerichtet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/checkout_wizard.py" line="233"/>
        <source>You find it under Payments › Orders.</source>
        <translation>Sie finden sie unter Zahlungen › Bestellungen.</translation>
    </message>
</context>
<context>
    <name>PaymentPage</name>
    <message>
        <location filename="../../desktop/views/shop/checkout_wizard.py" line="125"/>
        <source>How to pay</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/checkout_wizard.py" line="126"/>
        <source>The card number goes only to the payment provider; Switchboard keeps a token, the brand and the last four digits.</source>
        <translation>Die Kartennummer geht nur an den Zahlungsdienstleister; Switchboard speichert ein Token, die Marke und die letzten vier Ziffern.</translation>
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
    <name>ReviewPage</name>
    <message>
        <location filename="../../desktop/views/shop/checkout_wizard.py" line="142"/>
        <source>Check and pay</source>
        <translation>Prüfen und bezahlen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/checkout_wizard.py" line="143"/>
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
    <name>ShopPage</name>
    <message>
        <location filename="../../desktop/views/shop/shop_page.py" line="45"/>
        <source>All users of an account are in the same package: a cart holds at most one package, and it must be your current one. To change package, use Subscription (upgrade or downgrade).</source>
        <translation>Alle Benutzer eines Kontos sind im selben Paket: Ein Warenkorb enthält höchstens ein Paket, und zwar Ihr aktuelles. Um das Paket zu wechseln, nutzen Sie Abonnement (Upgrade oder Downgrade).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/shop_page.py" line="62"/>
        <source>&amp;Add to cart</source>
        <translation>In den &amp;Warenkorb</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/shop_page.py" line="68"/>
        <source>&amp;Users / quantity:</source>
        <translation>&amp;Benutzer / Menge:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/shop_page.py" line="69"/>
        <source>&amp;Months:</source>
        <translation>&amp;Monate:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/shop_page.py" line="70"/>
        <source>Amo&amp;unt:</source>
        <translation>Be&amp;trag:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/shop_page.py" line="77"/>
        <source>C&amp;hange line</source>
        <translation>Zeile ä&amp;ndern</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/shop_page.py" line="79"/>
        <source>Set the chosen line to the users and months above</source>
        <translation>Die gewählte Zeile auf Benutzer und Monate oben setzen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/shop_page.py" line="81"/>
        <source>&amp;Remove line</source>
        <translation>Zeile &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/shop_page.py" line="88"/>
        <source>Chec&amp;k out…</source>
        <translation>Zur &amp;Kasse…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/shop_page.py" line="99"/>
        <source>Catalog (prices without VAT)</source>
        <translation>Katalog (Preise ohne MWST)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/shop_page.py" line="108"/>
        <source>Your cart</source>
        <translation>Ihr Warenkorb</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/shop_page.py" line="124"/>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/shop_page.py" line="160"/>
        <source>Add something to the cart first.</source>
        <translation>Legen Sie zuerst etwas in den Warenkorb.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/shop_page.py" line="165"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/shop_page.py" line="192"/>
        <source>The cart is empty.</source>
        <translation>Der Warenkorb ist leer.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/shop_page.py" line="194"/>
        <source>VAT %1 %: %2</source>
        <translation>MWST %1 %: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/shop_page.py" line="196"/>
        <source>Net: %1</source>
        <translation>Netto: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/shop_page.py" line="197"/>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shop/shop_page.py" line="243"/>
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
        <location filename="../../desktop/models/shop/shop_tables.py" line="59"/>
        <source>Users / quantity</source>
        <translation>Benutzer / Menge</translation>
    </message>
    <message>
        <location filename="../../desktop/models/shop/shop_tables.py" line="65"/>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <location filename="../../desktop/models/shop/shop_tables.py" line="71"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
</context>
</TS>

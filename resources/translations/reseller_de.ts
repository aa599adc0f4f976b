<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
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
        <translation>Ein Geschäftskonto unter Ihrem Wiederverkäuferkonto. Der Inhaber meldet sich mit dieser E-Mail-Adresse und diesem Passwort an; Sie können sofort für den Kunden handeln.</translation>
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
        <translation>&amp;Strasse:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/create_customer_dialog.py" line="43" />
        <source>Posta&amp;l code:</source>
        <translation>P&amp;LZ:</translation>
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
        <location filename="../../desktop/views/reseller/create_customer_dialog.py" line="70" />
        <source>Fill this in.</source>
        <translation>Bitte ausfüllen.</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <location filename="../../desktop/models/reseller/customers_model.py" line="21" />
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reseller/customers_model.py" line="22" />
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reseller/customers_model.py" line="39" />
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reseller/customers_model.py" line="41" />
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reseller/customers_model.py" line="43" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reseller/customers_model.py" line="45" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reseller/customers_model.py" line="47" />
        <source>Balance</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reseller/customers_model.py" line="49" />
        <source>Open invoices</source>
        <translation>Offene Rechnungen</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reseller/customers_model.py" line="51" />
        <source>Open amount</source>
        <translation>Offener Betrag</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="46" />
        <source>Name, company, user ID or owner e-mail</source>
        <translation>Name, Firma, Benutzer-ID oder E-Mail des Inhabers</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="54" />
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="54" />
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="54" />
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="56" />
        <source>Any balance</source>
        <translation>Jedes Guthaben</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="56" />
        <source>Negative balance</source>
        <translation>Negatives Guthaben</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="57" />
        <source>Below 20.00</source>
        <translation>Unter 20.00</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="58" />
        <source>100.00 or more</source>
        <translation>100.00 oder mehr</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="60" />
        <source>Open invoices or not</source>
        <translation>Mit oder ohne offene Rechnungen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="60" />
        <source>With open invoices</source>
        <translation>Mit offenen Rechnungen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="61" />
        <source>No open invoices</source>
        <translation>Ohne offene Rechnungen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="64" />
        <source>&amp;Open customer</source>
        <translation>Kunden ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="67" />
        <source>&amp;New customer…</source>
        <translation>&amp;Neuer Kunde…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="86" />
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="105" />
        <source>C&amp;ustomers</source>
        <translation>K&amp;unden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="106" />
        <source>O&amp;verview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="109" />
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="175" />
        <source> (scroll for more)</source>
        <translation> (für mehr scrollen)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/reseller/customers_page.py" line="176" />
        <source>%n customer(s) shown</source>
        <translation>
            <numerusform>%n Kunde angezeigt</numerusform><numerusform>%n Kunden angezeigt</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/customers_page.py" line="221" />
        <source>Customer %1 created (user ID %2).</source>
        <translation>Kunde %1 angelegt (Benutzer-ID %2).</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../../desktop/views/reseller/overview_panel.py" line="42" />
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/overview_panel.py" line="42" />
        <source>Prepaid balances</source>
        <translation>Prepaid-Guthaben</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/overview_panel.py" line="43" />
        <source>Revenue, last 12 months (net)</source>
        <translation>Umsatz, letzte 12 Monate (netto)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/overview_panel.py" line="44" />
        <source>Open invoices</source>
        <translation>Offene Rechnungen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/overview_panel.py" line="44" />
        <source>Overdue invoices</source>
        <translation>Überfällige Rechnungen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/overview_panel.py" line="53" />
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/overview_panel.py" line="53" />
        <source>Revenue (net)</source>
        <translation>Umsatz (netto)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/overview_panel.py" line="54" />
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/overview_panel.py" line="54" />
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/overview_panel.py" line="55" />
        <source>Invoiced, 12 months (net)</source>
        <translation>Verrechnet, 12 Monate (netto)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/overview_panel.py" line="60" />
        <source>Revenue per month</source>
        <translation>Umsatz pro Monat</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reseller/overview_panel.py" line="61" />
        <source>Top customers</source>
        <translation>Wichtigste Kunden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/reseller/overview_panel.py" line="98" />
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n Rechnung</numerusform><numerusform>%n Rechnungen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/reseller/overview_panel.py" line="100" />
        <source>%n invoice(s) past due</source>
        <translation>
            <numerusform>%n Rechnung überfällig</numerusform><numerusform>%n Rechnungen überfällig</numerusform></translation>
    </message>
</context>
</TS>
<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>CallsTable</name>
    <message>
        <location filename="../../desktop/models/invoices/calls_model.py" line="40" />
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/calls_model.py" line="40" />
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/calls_model.py" line="40" />
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/calls_model.py" line="41" />
        <source>Destination zone</source>
        <translation>Zielzone</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/calls_model.py" line="41" />
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/calls_model.py" line="42" />
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/calls_model.py" line="239" />
        <source>You disputed this call.</source>
        <translation>Sie haben diesen Anruf beanstandet.</translation>
    </message>
</context>
<context>
    <name>PaymentsTables</name>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="25" />
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="27" />
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="28" />
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="29" />
        <source>Credited</source>
        <translation>Gutgeschrieben</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="36" />
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="38" />
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="40" />
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="42" />
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="47" />
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="50" />
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="55" />
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="60" />
        <location filename="../../desktop/models/invoices/invoices_model.py" line="83" />
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="66" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="72" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="82" />
        <source>Monthly fee</source>
        <translation>Monatsgebühr</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="84" />
        <source>One-off</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="85" />
        <source>Part of a month</source>
        <translation>Teilmonat</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="86" />
        <source>Credit</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="102" />
        <source>Pos.</source>
        <translation>Pos.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="108" />
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="113" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="116" />
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="121" />
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../../desktop/models/invoices/invoices_model.py" line="127" />
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
</context>
</TS>
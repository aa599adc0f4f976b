<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>OrdersPage</name>
    <message>
        <location filename="../../desktop/views/orders/orders_page.py" line="32"/>
        <source>&amp;Pay now…</source>
        <translation>Jetzt &amp;bezahlen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/orders/orders_page.py" line="35"/>
        <source>&amp;Cancel order…</source>
        <translation>Bestellung &amp;stornieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/orders/orders_page.py" line="38"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../../desktop/views/orders/orders_page.py" line="52"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/orders/orders_page.py" line="77"/>
        <source>Choose a pending order to pay it.</source>
        <translation>Wählen Sie eine offene Bestellung, um sie zu bezahlen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/orders/orders_page.py" line="80"/>
        <source>Only a pending or paid order that is not being set up yet can be cancelled.</source>
        <translation>Nur eine offene oder bezahlte Bestellung, die noch nicht eingerichtet wird, kann storniert werden.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/orders/orders_page.py" line="89"/>
        <source>Order #%1: %2</source>
        <translation>Bestellung #%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/orders/orders_page.py" line="90"/>
        <source>Net %1, VAT %2, total %3</source>
        <translation>Netto %1, MWST %2, Total %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/orders/orders_page.py" line="94"/>
        <source>paid on %1</source>
        <translation>bezahlt am %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/orders/orders_page.py" line="96"/>
        <source>set up by %1</source>
        <translation>eingerichtet bis %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/orders/orders_page.py" line="98"/>
        <source>completed on %1</source>
        <translation>abgeschlossen am %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/orders/orders_page.py" line="104"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/orders/orders_page.py" line="110"/>
        <source>No orders yet.</source>
        <translation>Noch keine Bestellungen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/orders/orders_page.py" line="145"/>
        <source>Order #%1 is paid.</source>
        <translation>Bestellung #%1 ist bezahlt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/orders/orders_page.py" line="152"/>
        <source>Cancel order</source>
        <translation>Bestellung stornieren</translation>
    </message>
    <message>
        <location filename="../../desktop/views/orders/orders_page.py" line="153"/>
        <source>Cancel order #%1? A paid order is refunded the way it was paid.</source>
        <translation>Bestellung #%1 stornieren? Eine bezahlte Bestellung wird auf dem Zahlungsweg zurückerstattet.</translation>
    </message>
</context>
<context>
    <name>PayOrderDialog</name>
    <message>
        <location filename="../../desktop/views/orders/pay_order_dialog.py" line="25"/>
        <source>Pay order #%1</source>
        <translation>Bestellung #%1 bezahlen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/orders/pay_order_dialog.py" line="27"/>
        <source>Order #%1 (%2) is pending. Total %3, VAT included.</source>
        <translation>Bestellung #%1 (%2) ist offen. Total %3 inkl. MWST.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/orders/pay_order_dialog.py" line="37"/>
        <source>&amp;Pay %1</source>
        <translation>%1 &amp;bezahlen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/orders/pay_order_dialog.py" line="69"/>
        <source>Paying…</source>
        <translation>Zahlung läuft…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/orders/pay_order_dialog.py" line="76"/>
        <source>Waiting for your bank&apos;s confirmation…</source>
        <translation>Warten auf die Bestätigung Ihrer Bank…</translation>
    </message>
</context>
<context>
    <name>PaymentsTables</name>
    <message>
        <location filename="../../desktop/models/orders/orders_model.py" line="22"/>
        <source>Pending – not paid yet</source>
        <translation>Offen – noch nicht bezahlt</translation>
    </message>
    <message>
        <location filename="../../desktop/models/orders/orders_model.py" line="23"/>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location filename="../../desktop/models/orders/orders_model.py" line="24"/>
        <source>Being set up</source>
        <translation>Wird eingerichtet</translation>
    </message>
    <message>
        <location filename="../../desktop/models/orders/orders_model.py" line="25"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../desktop/models/orders/orders_model.py" line="26"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../../desktop/models/orders/orders_model.py" line="33"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location filename="../../desktop/models/orders/orders_model.py" line="35"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/models/orders/orders_model.py" line="39"/>
        <source>Items</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <location filename="../../desktop/models/orders/orders_model.py" line="41"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/models/orders/orders_model.py" line="47"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/models/orders/orders_model.py" line="53"/>
        <source>Paid with</source>
        <translation>Bezahlt mit</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AutomaticPaymentsPage</name>
    <message numerus="yes">
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="256"/>
        <source>The last %n top-up(s) failed.</source>
        <translation>
            <numerusform>The last top-up failed.</numerusform>
            <numerusform>The last %n top-ups failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/automatic_payments/automatic_payments_page.py" line="279"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkPanel</name>
    <message numerus="yes">
        <location filename="../../desktop/views/reseller/bulk_panel.py" line="247"/>
        <source>%n customer(s) could not be exported; see the report.</source>
        <translation>
            <numerusform>%n customer could not be exported; see the report.</numerusform>
            <numerusform>%n customers could not be exported; see the report.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerCounts</name>
    <message numerus="yes">
        <location filename="../../desktop/models/reseller/customers_model.py" line="40"/>
        <source>%n customer(s) shown, scroll for more</source>
        <translation>
            <numerusform>%n customer shown, scroll for more</numerusform>
            <numerusform>%n customers shown, scroll for more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/models/reseller/customers_model.py" line="41"/>
        <source>%n customer(s) shown</source>
        <translation>
            <numerusform>%n customer shown</numerusform>
            <numerusform>%n customers shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateCounts</name>
    <message numerus="yes">
        <location filename="../../desktop/models/dates.py" line="42"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/views/reseller/bulk_dialogs.py" line="184"/>
        <source>%n customer(s) in %1.</source>
        <translation>
            <numerusform>%n customer in %1.</numerusform>
            <numerusform>%n customers in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/reseller/bulk_dialogs.py" line="221"/>
        <source>Nothing was imported: %n line(s) have errors. Correct them in the file and import it again.</source>
        <translation>
            <numerusform>Nothing was imported: %n line have errors. Correct them in the file and import it again.</numerusform>
            <numerusform>Nothing was imported: %n lines have errors. Correct them in the file and import it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceCounts</name>
    <message numerus="yes">
        <location filename="../../desktop/models/reseller/overview_models.py" line="45"/>
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="152"/>
        <source>%n reminder(s) sent</source>
        <translation>
            <numerusform>%n reminder sent</numerusform>
            <numerusform>%n reminders sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/invoices/invoice_dialog.py" line="279"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message numerus="yes">
        <location filename="../../desktop/views/invoices/invoices_page.py" line="277"/>
        <source>Exported %n invoice(s) to %1.</source>
        <translation>
            <numerusform>Exported %n invoice to %1.</numerusform>
            <numerusform>Exported %n invoices to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailboxDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/views/mailbox_dialog.py" line="117"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../desktop/views/main_window.py" line="218"/>
        <source>Trying again by itself in %n second(s).</source>
        <translation>
            <numerusform>Trying again by itself in %n second.</numerusform>
            <numerusform>Trying again by itself in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingChangesModel</name>
    <message numerus="yes">
        <location filename="../../desktop/models/subscription/changes_model.py" line="33"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
</context>
</TS>

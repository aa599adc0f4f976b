<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BalanceChart</name>
    <message>
        <location filename="../../desktop/charts/balance_chart.py" line="28"/>
        <source>Prepaid balance</source>
        <translation>Prepaid-Guthaben</translation>
    </message>
    <message>
        <location filename="../../desktop/charts/balance_chart.py" line="36"/>
        <source>Balance</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <location filename="../../desktop/charts/balance_chart.py" line="37"/>
        <source>Top-up</source>
        <translation>Aufladung</translation>
    </message>
    <message>
        <location filename="../../desktop/charts/balance_chart.py" line="56"/>
        <source>No prepaid credit booked yet.</source>
        <translation>Noch kein Prepaid-Guthaben gebucht.</translation>
    </message>
    <message>
        <location filename="../../desktop/charts/balance_chart.py" line="74"/>
        <source>Balance: %1</source>
        <translation>Guthaben: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/charts/balance_chart.py" line="77"/>
        <source>Top-up: %1</source>
        <translation>Aufladung: %1</translation>
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
        <location filename="../../desktop/views/dashboard/dashboard_panel.py" line="90"/>
        <source>Your role cannot see the account&apos;s billing figures.</source>
        <translation>Ihre Rolle darf die Abrechnungszahlen des Kontos nicht sehen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panel.py" line="98"/>
        <source>The charts of %1 need a connection to the provider: this computer keeps only your own account&apos;s data.</source>
        <translation>Die Diagramme von %1 brauchen eine Verbindung zum Anbieter: Dieser Computer speichert nur die Daten Ihres eigenen Kontos.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panel.py" line="101"/>
        <source>Loading the charts of %1 from the provider…</source>
        <translation>Diagramme von %1 werden beim Anbieter geladen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panel.py" line="103"/>
        <source>The charts appear once this computer has synced the account.</source>
        <translation>Die Diagramme erscheinen, sobald dieser Computer das Konto abgeglichen hat.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panel.py" line="106"/>
        <source>Loading the charts…</source>
        <translation>Diagramme werden geladen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panel.py" line="174"/>
        <source>No prepaid credit booked yet, so there is nothing to forecast.</source>
        <translation>Noch kein Prepaid-Guthaben gebucht, daher gibt es nichts vorherzusagen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panel.py" line="176"/>
        <source>The prepaid credit is used up: the balance is %1.</source>
        <translation>Das Prepaid-Guthaben ist aufgebraucht: Der Saldo beträgt %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panel.py" line="179"/>
        <source>The last 30 days&apos; debits came to %1 a day.</source>
        <translation>Die Belastungen der letzten 30 Tage betrugen %1 pro Tag.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panel.py" line="182"/>
        <source>No debits in the last 30 days: at this rate the credit of %1 does not run out.</source>
        <translation>Keine Belastungen in den letzten 30 Tagen: bei diesem Verbrauch reicht das Guthaben von %1 unbegrenzt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panel.py" line="185"/>
        <source>At the last 30 days&apos; rate of %1 a day, the credit of %2 runs out on %3.</source>
        <translation>Beim Verbrauch der letzten 30 Tage von %1 pro Tag ist das Guthaben von %2 am %3 aufgebraucht.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panel.py" line="190"/>
        <source>Nothing scheduled.</source>
        <translation>Nichts geplant.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panel.py" line="193"/>
        <source>not at the current rate</source>
        <translation>beim jetzigen Verbrauch nicht</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panel.py" line="194"/>
        <source>charged to your card</source>
        <translation>von Ihrer Karte abgebucht</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panel.py" line="194"/>
        <source>paid from the prepaid balance</source>
        <translation>aus dem Prepaid-Guthaben bezahlt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panel.py" line="220"/>
        <source>not covered: the balance is too low and no card is saved</source>
        <translation>nicht gedeckt: Das Guthaben reicht nicht, und keine Karte ist gespeichert</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panel.py" line="195"/>
        <source>renews only if you renew it</source>
        <translation>verlängert sich nur, wenn Sie verlängern</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panel.py" line="196"/>
        <source>paid by bank transfer</source>
        <translation>per Banküberweisung bezahlt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panel.py" line="197"/>
        <source>paid by SEPA direct debit</source>
        <translation>per SEPA-Lastschrift bezahlt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panel.py" line="199"/>
        <source>Next automatic top-up: %1 on %2, %3.</source>
        <translation>Nächste automatische Aufladung: %1 am %2, %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panel.py" line="202"/>
        <source>Next renewal of %1: %2 on %3, %4.</source>
        <translation>Nächste Verlängerung von %1: %2 am %3, %4.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panel.py" line="204"/>
        <source>Next invoice: on %1, %2.</source>
        <translation>Nächste Rechnung: am %1, %2.</translation>
    </message>
</context>
<context>
    <name>NotificationBell</name>
    <message>
        <location filename="../../desktop/views/dashboard/notification_bell.py" line="198"/>
        <source>Notifications: %1 unread</source>
        <translation>Benachrichtigungen: %1 ungelesen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/notification_bell.py" line="199"/>
        <source>Notifications: none unread</source>
        <translation>Benachrichtigungen: keine ungelesen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/notification_bell.py" line="202"/>
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
        <location filename="../../desktop/views/dashboard/notification_bell.py" line="101"/>
        <location filename="../../desktop/views/dashboard/notification_bell.py" line="102"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/notification_bell.py" line="106"/>
        <source>Since you signed in, newest first. Esc closes.</source>
        <translation>Seit Ihrer Anmeldung, neueste zuerst. Esc schließt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/notification_bell.py" line="110"/>
        <source>Notifications since you signed in</source>
        <translation>Benachrichtigungen seit Ihrer Anmeldung</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/notification_bell.py" line="116"/>
        <source>No notifications since you signed in.</source>
        <translation>Keine Benachrichtigungen seit Ihrer Anmeldung.</translation>
    </message>
</context>
<context>
    <name>SpendChart</name>
    <message>
        <location filename="../../desktop/charts/spend_chart.py" line="31"/>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <location filename="../../desktop/charts/spend_chart.py" line="32"/>
        <source>Numbers</source>
        <translation>Nummern</translation>
    </message>
    <message>
        <location filename="../../desktop/charts/spend_chart.py" line="33"/>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <location filename="../../desktop/charts/spend_chart.py" line="34"/>
        <source>One-off</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <location filename="../../desktop/charts/spend_chart.py" line="48"/>
        <source>Spend per month</source>
        <translation>Ausgaben pro Monat</translation>
    </message>
    <message>
        <location filename="../../desktop/charts/spend_chart.py" line="77"/>
        <source>No invoices yet.</source>
        <translation>Noch keine Rechnungen.</translation>
    </message>
    <message>
        <location filename="../../desktop/charts/spend_chart.py" line="101"/>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
</context>
<context>
    <name>ZoneChart</name>
    <message>
        <location filename="../../desktop/charts/zone_chart.py" line="95"/>
        <source>Calls by destination zone</source>
        <translation>Anrufe nach Zielzone</translation>
    </message>
    <message>
        <location filename="../../desktop/charts/zone_chart.py" line="108"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../../desktop/charts/zone_chart.py" line="114"/>
        <source>No invoiced calls yet.</source>
        <translation>Noch keine verrechneten Anrufe.</translation>
    </message>
    <message>
        <location filename="../../desktop/charts/zone_chart.py" line="132"/>
        <source>Calls: %1</source>
        <translation>Anrufe: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/charts/zone_chart.py" line="133"/>
        <source>Minutes: %1</source>
        <translation>Minuten: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/charts/zone_chart.py" line="134"/>
        <source>Cost: %1</source>
        <translation>Kosten: %1</translation>
    </message>
</context>
</TS>

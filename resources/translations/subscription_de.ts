<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddUsersDialog</name>
    <message>
        <location filename="../../desktop/views/subscription/change_dialogs.py" line="95"/>
        <source>Add users</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/change_dialogs.py" line="96"/>
        <source>New users are billed from today, prorated to the end of the month.</source>
        <translation>Neue Benutzer werden ab heute verrechnet, anteilig bis zum Monatsende.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/change_dialogs.py" line="100"/>
        <source>&amp;Users to add:</source>
        <translation>&amp;Zusätzliche Benutzer:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/change_dialogs.py" line="101"/>
        <source>&amp;Add users</source>
        <translation>Benutzer &amp;hinzufügen</translation>
    </message>
</context>
<context>
    <name>NoticeChangeDialog</name>
    <message>
        <location filename="../../desktop/views/subscription/change_dialogs.py" line="150"/>
        <source>Downgrade</source>
        <translation>Downgrade</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/change_dialogs.py" line="150"/>
        <source>&amp;Request downgrade</source>
        <translation>Downgrade &amp;beantragen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/change_dialogs.py" line="151"/>
        <source>Fewer users</source>
        <translation>Weniger Benutzer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/change_dialogs.py" line="151"/>
        <source>&amp;Request fewer users</source>
        <translation>Weniger Benutzer &amp;beantragen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/change_dialogs.py" line="152"/>
        <source>Cancel the subscription</source>
        <translation>Abonnement kündigen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/change_dialogs.py" line="152"/>
        <source>&amp;Request cancellation</source>
        <translation>Kündigung &amp;beantragen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/change_dialogs.py" line="155"/>
        <source>This takes effect at the end of a month, with 30 days&apos; notice. Until then nothing changes, and you can withdraw the request.</source>
        <translation>Das gilt auf ein Monatsende mit 30 Tagen Frist. Bis dahin ändert sich nichts, und Sie können den Antrag zurückziehen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/change_dialogs.py" line="166"/>
        <source>&amp;New package:</source>
        <translation>&amp;Neues Paket:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/change_dialogs.py" line="172"/>
        <source>&amp;Users from then on:</source>
        <translation>&amp;Benutzer ab dann:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/change_dialogs.py" line="176"/>
        <source>Takes effect on %1: the first month-end at least 30 days after today (%2).</source>
        <translation>Gilt ab %1: das erste Monatsende mindestens 30 Tage nach heute (%2).</translation>
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
    <name>QuotedDialog</name>
    <message>
        <location filename="../../desktop/views/subscription/change_dialogs.py" line="65"/>
        <source>Asking the provider for the price…</source>
        <translation>Preis wird beim Anbieter erfragt…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/change_dialogs.py" line="85"/>
        <source>For %1 to %2 you pay %3 (plus VAT) on the next invoice. From then on the package costs %4 a month (plus VAT).</source>
        <translation>Für %1 bis %2 zahlen Sie %3 (zzgl. MWST) mit der nächsten Rechnung. Danach kostet das Paket %4 im Monat (zzgl. MWST).</translation>
    </message>
</context>
<context>
    <name>SubscriptionPage</name>
    <message>
        <source>paid from the prepaid balance</source>
        <translation>aus dem Prepaid-Guthaben bezahlt</translation>
    </message>
    <message>
        <source>charged to your card</source>
        <translation>von Ihrer Karte abgebucht</translation>
    </message>
    <message>
        <source>not covered: the balance is too low and no card is saved</source>
        <translation>nicht gedeckt: Das Guthaben reicht nicht, und keine Karte ist gespeichert</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="54"/>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="56"/>
        <source>Your package</source>
        <translation>Ihr Paket</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="59"/>
        <source>Package:</source>
        <translation>Paket:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="59"/>
        <source>Users:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="60"/>
        <source>Billing:</source>
        <translation>Abrechnung:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="60"/>
        <source>Since:</source>
        <translation>Seit:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="61"/>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="167"/>
        <source>Next invoice:</source>
        <translation>Nächste Rechnung:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="70"/>
        <source>&amp;Add users…</source>
        <translation>Benutzer &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="71"/>
        <source>&amp;Upgrade…</source>
        <translation>&amp;Upgrade…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="72"/>
        <source>&amp;Downgrade…</source>
        <translation>&amp;Downgrade…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="73"/>
        <source>&amp;Fewer users…</source>
        <translation>&amp;Weniger Benutzer…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="74"/>
        <source>&amp;Cancel subscription…</source>
        <translation>Abonnement &amp;kündigen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="88"/>
        <source>Pending changes</source>
        <translation>Beantragte Änderungen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="94"/>
        <source>&amp;Withdraw change</source>
        <translation>Änderung &amp;zurückziehen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="97"/>
        <source>No changes are waiting.</source>
        <translation>Keine Änderungen beantragt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="144"/>
        <source>No Hosted PBX package yet. Buy one in the Shop.</source>
        <translation>Noch kein Hosted-PBX-Paket. Sie können eines im Shop kaufen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="149"/>
        <source>%1, %2 per user and month</source>
        <translation>%1, %2 pro Benutzer und Monat</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="154"/>
        <source>Prepaid, bought in the shop</source>
        <translation>Vorausbezahlt, im Shop gekauft</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="156"/>
        <source>Renewal:</source>
        <translation>Verlängerung:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="160"/>
        <source>Renews on %1 for %2</source>
        <translation>Verlängert sich am %1 für %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="163"/>
        <source>Ends on %1 (automatic renewal is off)</source>
        <translation>Endet am %1 (automatische Verlängerung aus)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="166"/>
        <source>Monthly invoice (postpaid)</source>
        <translation>Monatliche Rechnung (nachträglich)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="168"/>
        <source>%1, for this month&apos;s fees and calls</source>
        <translation>%1, für die Gebühren und Anrufe dieses Monats</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="185"/>
        <source>There is no subscription to change.</source>
        <translation>Es gibt kein Abonnement, das sich ändern ließe.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="190"/>
        <source>There is no bigger package, or a downgrade or cancellation is pending.</source>
        <translation>Es gibt kein größeres Paket, oder ein Downgrade bzw. eine Kündigung ist beantragt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="193"/>
        <source>There is no smaller package, or a change is pending.</source>
        <translation>Es gibt kein kleineres Paket, oder eine Änderung ist beantragt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="195"/>
        <source>The package has one user, or a change is pending.</source>
        <translation>Das Paket hat nur einen Benutzer, oder eine Änderung ist beantragt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="197"/>
        <source>There is no subscription, or its cancellation is pending.</source>
        <translation>Es gibt kein Abonnement, oder seine Kündigung ist beantragt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="205"/>
        <source>Choose a pending change first.</source>
        <translation>Wählen Sie zuerst eine beantragte Änderung.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="228"/>
        <source>Requested. The provider confirms it takes effect on %1.</source>
        <translation>Beantragt. Der Anbieter bestätigt: gilt ab %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="231"/>
        <source>(Shown before: %1.)</source>
        <translation>(Vorher angezeigt: %1.)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="234"/>
        <source>Done. The package is now %1 with %2.</source>
        <translation>Erledigt. Das Paket ist jetzt %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/subscription_page.py" line="248"/>
        <source>Withdrawn: %1. Nothing changes.</source>
        <translation>Zurückgezogen: %1. Es ändert sich nichts.</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <location filename="../../desktop/views/subscription/change_dialogs.py" line="120"/>
        <source>Upgrade</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/change_dialogs.py" line="121"/>
        <source>An upgrade applies at once; you pay the price difference for the rest of the month.</source>
        <translation>Ein Upgrade gilt sofort; Sie zahlen die Preisdifferenz für den Rest des Monats.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/change_dialogs.py" line="126"/>
        <source>%1 (%2 per user and month)</source>
        <translation>%1 (%2 pro Benutzer und Monat)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/change_dialogs.py" line="128"/>
        <source>&amp;New package:</source>
        <translation>&amp;Neues Paket:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subscription/change_dialogs.py" line="129"/>
        <source>&amp;Upgrade</source>
        <translation>&amp;Upgrade</translation>
    </message>
</context>
</TS>

<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>CompareMonthsDialog</name>
    <message>
        <location filename="../../desktop/views/review/compare_dialog.py" line="66" />
        <source>Compare months</source>
        <translation>Monate vergleichen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review/compare_dialog.py" line="74" />
        <source>Month &amp;A:</source>
        <translation>Monat &amp;A:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review/compare_dialog.py" line="75" />
        <source>Month &amp;B:</source>
        <translation>Monat &amp;B:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review/compare_dialog.py" line="92" />
        <source>Search number, zone, date…</source>
        <translation>Nummer, Zone, Datum suchen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review/compare_dialog.py" line="95" />
        <source>&amp;Search calls of month B:</source>
        <translation>Anrufe von Monat B &amp;suchen:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review/compare_dialog.py" line="97" />
        <source>&amp;Flag call to dispute…</source>
        <translation>Anruf &amp;beanstanden…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review/compare_dialog.py" line="100" />
        <source>Save month B as &amp;PDF…</source>
        <translation>Monat B als &amp;PDF speichern…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review/compare_dialog.py" line="122" />
        <source>Kept on this computer and sent to the provider when online.</source>
        <translation>Wird auf diesem Computer gespeichert und bei Verbindung an den Anbieter gesendet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review/compare_dialog.py" line="139" />
        <source>No invoices on this computer yet.</source>
        <translation>Noch keine Rechnungen auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review/compare_dialog.py" line="166" />
        <source>Choose a call first.</source>
        <translation>Wählen Sie zuerst einen Anruf.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review/compare_dialog.py" line="168" />
        <source>Dispute call</source>
        <translation>Anruf beanstanden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review/compare_dialog.py" line="169" />
        <source>What is wrong with the call to +%1?</source>
        <translation>Was stimmt mit dem Anruf an +%1 nicht?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review/compare_dialog.py" line="178" />
        <source>Dispute kept on this computer; it is sent to the provider with the next sync.</source>
        <translation>Beanstandung auf diesem Computer gespeichert; sie wird mit dem nächsten Abgleich an den Anbieter gesendet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review/compare_dialog.py" line="186" />
        <source>Save invoice</source>
        <translation>Rechnung speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review/compare_dialog.py" line="187" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review/compare_dialog.py" line="197" />
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>ReviewModels</name>
    <message>
        <location filename="../../desktop/models/review/review_models.py" line="21" />
        <source>Start (UTC)</source>
        <translation>Beginn (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/review/review_models.py" line="22" />
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../../desktop/models/review/review_models.py" line="23" />
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../desktop/models/review/review_models.py" line="24" />
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../desktop/models/review/review_models.py" line="25" />
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../../desktop/models/review/review_models.py" line="26" />
        <source>Dispute</source>
        <translation>Beanstandung</translation>
    </message>
    <message>
        <location filename="../../desktop/models/review/review_models.py" line="82" />
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <location filename="../../desktop/models/review/review_models.py" line="83" />
        <source>kept, not sent yet</source>
        <translation>gespeichert, noch nicht gesendet</translation>
    </message>
    <message>
        <location filename="../../desktop/models/review/review_models.py" line="102" />
        <source>%1: calls</source>
        <translation>%1: Anrufe</translation>
    </message>
    <message>
        <location filename="../../desktop/models/review/review_models.py" line="103" />
        <source>%1: amount</source>
        <translation>%1: Betrag</translation>
    </message>
    <message>
        <location filename="../../desktop/models/review/review_models.py" line="106" />
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location filename="../../desktop/models/review/review_models.py" line="107" />
        <source>VAT</source>
        <translation>MWST</translation>
    </message>
    <message>
        <location filename="../../desktop/models/review/review_models.py" line="108" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/models/review/review_models.py" line="124" />
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../desktop/models/review/review_models.py" line="125" />
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
</context>
</TS>
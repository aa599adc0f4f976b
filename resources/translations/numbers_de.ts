<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>InterimDialog</name>
    <message>
        <location filename="../../desktop/views/numbers/numbers_dialogs.py" line="117"/>
        <source>Until the porting completes</source>
        <translation>Bis die Portierung abgeschlossen ist</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_dialogs.py" line="118"/>
        <source>Calls to %1 can reach you on one of your numbers meanwhile.</source>
        <translation>Anrufe an %1 erreichen Sie bis dahin auf einer Ihrer Nummern.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_dialogs.py" line="123"/>
        <source>Show the old numbers on &amp;outgoing calls</source>
        <translation>Alte Nummern bei &amp;ausgehenden Anrufen anzeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_dialogs.py" line="126"/>
        <source>&amp;Forward to:</source>
        <translation>&amp;Weiterleiten an:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_dialogs.py" line="128"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>NumbersDialogs</name>
    <message>
        <location filename="../../desktop/views/numbers/numbers_dialogs.py" line="30"/>
        <source>No forwarding</source>
        <translation>Keine Weiterleitung</translation>
    </message>
</context>
<context>
    <name>NumbersModel</name>
    <message>
        <location filename="../../desktop/models/numbers/numbers_models.py" line="16"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../desktop/models/numbers/numbers_models.py" line="17"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/models/numbers/numbers_models.py" line="18"/>
        <source>SIP user</source>
        <translation>SIP-Benutzer</translation>
    </message>
    <message>
        <location filename="../../desktop/models/numbers/numbers_models.py" line="19"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../../desktop/models/numbers/numbers_models.py" line="29"/>
        <source>Ported in</source>
        <translation>Portiert</translation>
    </message>
    <message>
        <location filename="../../desktop/models/numbers/numbers_models.py" line="30"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../desktop/models/numbers/numbers_models.py" line="30"/>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
</context>
<context>
    <name>NumbersPage</name>
    <message>
        <location filename="../../desktop/views/numbers/numbers_page.py" line="53"/>
        <source>Numbers &amp; VoIP</source>
        <translation>Nummern &amp; VoIP</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_page.py" line="63"/>
        <source>&amp;Order number…</source>
        <translation>Nummer &amp;bestellen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_page.py" line="66"/>
        <source>No numbers yet: order one, or bring yours by porting.</source>
        <translation>Noch keine Nummern: Bestellen Sie eine, oder bringen Sie Ihre per Portierung mit.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_page.py" line="81"/>
        <source>Add e&amp;xtension…</source>
        <translation>Nebenstelle &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_page.py" line="101"/>
        <source>&amp;Bring numbers (porting)…</source>
        <translation>Nummern &amp;mitbringen (Portierung)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_page.py" line="104"/>
        <source>&amp;Forwarding until then…</source>
        <translation>&amp;Weiterleitung bis dahin…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_page.py" line="125"/>
        <source>Your line&apos;s settings</source>
        <translation>Einstellungen Ihres Anschlusses</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_page.py" line="126"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_page.py" line="127"/>
        <location filename="../../desktop/views/numbers/numbers_page.py" line="130"/>
        <source>&amp;Numbers</source>
        <translation>&amp;Nummern</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_page.py" line="129"/>
        <source>Numbers overview</source>
        <translation>Nummernübersicht</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_page.py" line="131"/>
        <source>&amp;VoIP accounts</source>
        <translation>&amp;VoIP-Konten</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_page.py" line="132"/>
        <source>&amp;Porting</source>
        <translation>&amp;Portierung</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_page.py" line="184"/>
        <source>Choose a porting request that is still under way.</source>
        <translation>Wählen Sie einen Portierungsauftrag, der noch läuft.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_page.py" line="189"/>
        <source>%1: %2. Until then: %3.</source>
        <translation>%1: %2. Bis dahin: %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_page.py" line="219"/>
        <source>It costs %1 once and %2 a month (plus VAT), on your next invoice.</source>
        <translation>Sie kostet einmalig %1 und %2 im Monat (zzgl. MWST), auf Ihrer nächsten Rechnung.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_page.py" line="224"/>
        <source>Number %1 is yours; its VoIP account is ready.</source>
        <translation>Die Nummer %1 gehört Ihnen; ihr VoIP-Konto ist bereit.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_page.py" line="242"/>
        <source>The porting request was submitted. Its state shows here as the carriers answer.</source>
        <translation>Der Portierungsauftrag ist eingereicht. Sein Stand erscheint hier, sobald die Anbieter antworten.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_page.py" line="252"/>
        <source>Saved: the forwarding applies until the porting completes.</source>
        <translation>Gespeichert: Die Weiterleitung gilt, bis die Portierung abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_page.py" line="258"/>
        <source>Add extension</source>
        <translation>Nebenstelle hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_page.py" line="259"/>
        <source>Extension (2 to 6 digits):</source>
        <translation>Nebenstelle (2 bis 6 Ziffern):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_page.py" line="262"/>
        <source>Extension added: SIP user %1.</source>
        <translation>Nebenstelle hinzugefügt: SIP-Benutzer %1.</translation>
    </message>
</context>
<context>
    <name>OrderNumberDialog</name>
    <message>
        <location filename="../../desktop/views/numbers/numbers_dialogs.py" line="41"/>
        <source>Order a number</source>
        <translation>Nummer bestellen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_dialogs.py" line="42"/>
        <source>A new number comes from our pool for the area code you choose, with its own VoIP account. %1</source>
        <translation>Eine neue Nummer kommt aus unserem Bestand für die gewählte Vorwahl, mit eigenem VoIP-Konto. %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_dialogs.py" line="49"/>
        <source>+%1 (%2, %3 free)</source>
        <translation>+%1 (%2, %3 frei)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_dialogs.py" line="51"/>
        <source>&amp;Area code:</source>
        <translation>&amp;Vorwahl:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_dialogs.py" line="52"/>
        <source>&amp;Order number</source>
        <translation>Nummer &amp;bestellen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_dialogs.py" line="56"/>
        <source>The pool has no free numbers right now.</source>
        <translation>Zurzeit sind keine Nummern frei.</translation>
    </message>
</context>
<context>
    <name>PortingDialog</name>
    <message>
        <location filename="../../desktop/views/numbers/numbers_dialogs.py" line="68"/>
        <source>Bring your numbers (porting)</source>
        <translation>Nummern mitbringen (Portierung)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_dialogs.py" line="70"/>
        <source>Porting is free. Until it completes you can forward the old numbers to one of yours and show them on outgoing calls.</source>
        <translation>Die Portierung ist kostenlos. Bis sie abgeschlossen ist, können Sie die alten Nummern auf eine Ihrer Nummern weiterleiten und bei ausgehenden Anrufen anzeigen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_dialogs.py" line="86"/>
        <source>Show the old numbers on &amp;outgoing calls</source>
        <translation>Alte Nummern bei &amp;ausgehenden Anrufen anzeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_dialogs.py" line="88"/>
        <source>&amp;Numbers (one per line):</source>
        <translation>&amp;Nummern (eine pro Zeile):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_dialogs.py" line="93"/>
        <source>&amp;Previous provider:</source>
        <translation>&amp;Bisheriger Anbieter:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_dialogs.py" line="94"/>
        <source>&amp;Contract there ends:</source>
        <translation>&amp;Vertrag dort endet am:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_dialogs.py" line="95"/>
        <source>&amp;Desired date:</source>
        <translation>&amp;Wunschtermin:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_dialogs.py" line="96"/>
        <source>Until then &amp;forward to:</source>
        <translation>Bis dahin &amp;weiterleiten an:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/numbers_dialogs.py" line="98"/>
        <source>&amp;Request porting</source>
        <translation>Portierung &amp;beantragen</translation>
    </message>
</context>
<context>
    <name>PortingModel</name>
    <message>
        <location filename="../../desktop/models/numbers/numbers_models.py" line="60"/>
        <source>Numbers</source>
        <translation>Nummern</translation>
    </message>
    <message>
        <location filename="../../desktop/models/numbers/numbers_models.py" line="61"/>
        <source>Previous provider</source>
        <translation>Bisheriger Anbieter</translation>
    </message>
    <message>
        <location filename="../../desktop/models/numbers/numbers_models.py" line="62"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../desktop/models/numbers/numbers_models.py" line="63"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/models/numbers/numbers_models.py" line="66"/>
        <source>Until then</source>
        <translation>Bis dahin</translation>
    </message>
    <message>
        <location filename="../../desktop/models/numbers/numbers_models.py" line="70"/>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <location filename="../../desktop/models/numbers/numbers_models.py" line="70"/>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location filename="../../desktop/models/numbers/numbers_models.py" line="71"/>
        <source>Scheduled</source>
        <translation>Terminiert</translation>
    </message>
    <message>
        <location filename="../../desktop/models/numbers/numbers_models.py" line="71"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../desktop/models/numbers/numbers_models.py" line="72"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../../desktop/models/numbers/numbers_models.py" line="82"/>
        <source>forwarded to %1</source>
        <translation>weitergeleitet an %1</translation>
    </message>
    <message>
        <location filename="../../desktop/models/numbers/numbers_models.py" line="84"/>
        <source>old number shown on outgoing calls</source>
        <translation>alte Nummer bei ausgehenden Anrufen angezeigt</translation>
    </message>
    <message>
        <location filename="../../desktop/models/numbers/numbers_models.py" line="85"/>
        <source>no forwarding</source>
        <translation>keine Weiterleitung</translation>
    </message>
    <message>
        <location filename="../../desktop/models/numbers/numbers_models.py" line="64"/>
        <source>Scheduled for this date</source>
        <translation>Für dieses Datum terminiert</translation>
    </message>
    <message>
        <location filename="../../desktop/models/numbers/numbers_models.py" line="65"/>
        <source>The date you asked for</source>
        <translation>Ihr Wunschtermin</translation>
    </message>
</context>
<context>
    <name>VoipModel</name>
    <message>
        <location filename="../../desktop/models/numbers/numbers_models.py" line="38"/>
        <source>Number or extension</source>
        <translation>Nummer oder Nebenstelle</translation>
    </message>
    <message>
        <location filename="../../desktop/models/numbers/numbers_models.py" line="39"/>
        <source>SIP user</source>
        <translation>SIP-Benutzer</translation>
    </message>
    <message>
        <location filename="../../desktop/models/numbers/numbers_models.py" line="40"/>
        <source>Password changed</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <location filename="../../desktop/models/numbers/numbers_models.py" line="53"/>
        <source>Extension %1</source>
        <translation>Nebenstelle %1</translation>
    </message>
</context>
<context>
    <name>VoipPanel</name>
    <message>
        <location filename="../../desktop/views/numbers/voip_panel.py" line="36"/>
        <source>SIP settings for your phone</source>
        <translation>SIP-Einstellungen für Ihr Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_panel.py" line="44"/>
        <source>SIP user name:</source>
        <translation>SIP-Benutzername:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_panel.py" line="45"/>
        <source>Registrar (server):</source>
        <translation>Registrar (Server):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_panel.py" line="46"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_panel.py" line="46"/>
        <source>VoIP password:</source>
        <translation>VoIP-Passwort:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_panel.py" line="54"/>
        <location filename="../../desktop/views/numbers/voip_panel.py" line="97"/>
        <location filename="../../desktop/views/numbers/voip_panel.py" line="126"/>
        <source>&amp;Show</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_panel.py" line="56"/>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_panel.py" line="58"/>
        <source>C&amp;hange…</source>
        <translation>&amp;Ändern…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_panel.py" line="60"/>
        <source>&amp;Generate new…</source>
        <translation>Neu &amp;generieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_panel.py" line="105"/>
        <source>Choose a VoIP account first.</source>
        <translation>Wählen Sie zuerst ein VoIP-Konto.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_panel.py" line="132"/>
        <source>&amp;Hide</source>
        <translation>Ver&amp;bergen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_panel.py" line="140"/>
        <source>The VoIP password is on the clipboard; paste it into the phone.</source>
        <translation>Das VoIP-Passwort ist in der Zwischenablage; fügen Sie es im Telefon ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_panel.py" line="152"/>
        <source>The VoIP password was changed. Enter it in the phone.</source>
        <translation>Das VoIP-Passwort wurde geändert. Geben Sie es im Telefon ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_panel.py" line="158"/>
        <source>Generate a new VoIP password</source>
        <translation>Neues VoIP-Passwort generieren</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_panel.py" line="159"/>
        <source>The phone registered as %1 stops working until you enter the new password in it. Generate a new one?</source>
        <translation>Das als %1 angemeldete Telefon funktioniert erst wieder, wenn Sie das neue Passwort darin eingeben. Neues Passwort generieren?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_panel.py" line="161"/>
        <source>&amp;Generate</source>
        <translation>&amp;Generieren</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_panel.py" line="163"/>
        <source>A new VoIP password was generated. Enter it in the phone.</source>
        <translation>Ein neues VoIP-Passwort wurde generiert. Geben Sie es im Telefon ein.</translation>
    </message>
</context>
<context>
    <name>VoipPassword</name>
    <message>
        <location filename="../../desktop/views/numbers/voip_password_dialog.py" line="17"/>
        <source>The VoIP password lets a phone register with our SIP server; you type it into the phone once. It is not your login password, which opens this portal: use a different one, so that a password read off a phone never opens your account.</source>
        <translation>Mit dem VoIP-Passwort meldet sich ein Telefon bei unserem SIP-Server an; Sie geben es einmal im Telefon ein. Es ist nicht Ihr Login-Passwort, das dieses Portal öffnet: Nehmen Sie ein anderes, damit ein von einem Telefon abgelesenes Passwort nie Ihr Konto öffnet.</translation>
    </message>
</context>
<context>
    <name>VoipPasswordDialog</name>
    <message>
        <location filename="../../desktop/views/numbers/voip_password_dialog.py" line="26"/>
        <source>Change VoIP password</source>
        <translation>VoIP-Passwort ändern</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_password_dialog.py" line="33"/>
        <source>S&amp;how</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_password_dialog.py" line="43"/>
        <source>New &amp;VoIP password for %1:</source>
        <translation>Neues &amp;VoIP-Passwort für %1:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_password_dialog.py" line="46"/>
        <source>Strength:</source>
        <translation>Stärke:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_password_dialog.py" line="48"/>
        <source>&amp;Change password</source>
        <translation>Passwort &amp;ändern</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_password_dialog.py" line="56"/>
        <source>not usable</source>
        <translation>nicht verwendbar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_password_dialog.py" line="56"/>
        <source>weak</source>
        <translation>schwach</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_password_dialog.py" line="56"/>
        <source>fair</source>
        <translation>ausreichend</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_password_dialog.py" line="57"/>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_password_dialog.py" line="57"/>
        <source>strong</source>
        <translation>stark</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_password_dialog.py" line="58"/>
        <source>12 to 64 characters</source>
        <translation>12 bis 64 Zeichen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_password_dialog.py" line="59"/>
        <source>upper- and lower-case letters and digits</source>
        <translation>Gross- und Kleinbuchstaben und Ziffern</translation>
    </message>
    <message>
        <location filename="../../desktop/views/numbers/voip_password_dialog.py" line="60"/>
        <source>only letters, digits and - _ . ! * +</source>
        <translation>nur Buchstaben, Ziffern und - _ . ! * +</translation>
    </message>
</context>
</TS>

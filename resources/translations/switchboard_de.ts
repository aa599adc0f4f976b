<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>AcceptInvitationDialog</name>
    <message>
        <location filename="../../desktop/views/accept_invitation_dialog.py" line="18" />
        <source>Accept invitation</source>
        <translation>Einladung annehmen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accept_invitation_dialog.py" line="19" />
        <source>You were invited to a Switchboard account. Enter your name and choose a password to sign in with your e-mail address.</source>
        <translation>Sie wurden zu einem Switchboard-Konto eingeladen. Geben Sie Ihren Namen ein und wählen Sie ein Passwort, um sich mit Ihrer E-Mail-Adresse anzumelden.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accept_invitation_dialog.py" line="27" />
        <source>Invitation &amp;link:</source>
        <translation>Einladungs&amp;link:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accept_invitation_dialog.py" line="28" />
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accept_invitation_dialog.py" line="29" />
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accept_invitation_dialog.py" line="30" />
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accept_invitation_dialog.py" line="38" />
        <source>Enter your name.</source>
        <translation>Geben Sie Ihren Namen ein.</translation>
    </message>
</context>
<context>
    <name>ActionGate</name>
    <message>
        <location filename="../../desktop/views/action_gate.py" line="20" />
        <source>Sign in first.</source>
        <translation>Bitte zuerst anmelden.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_gate.py" line="22" />
        <source>Your role (%1) may not do this. Ask the account's owner or an administrator.</source>
        <translation>Ihre Rolle (%1) darf das nicht. Fragen Sie den Inhaber des Kontos oder einen Administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_gate.py" line="26" />
        <source>Needs a connection to the provider; you are working offline.</source>
        <translation>Braucht eine Verbindung zum Anbieter; Sie arbeiten offline.</translation>
    </message>
</context>
<context>
    <name>AddressPage</name>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="159" />
        <source>Billing address</source>
        <translation>Rechnungsadresse</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="160" />
        <source>Invoices are addressed here. You can add more addresses later.</source>
        <translation>Rechnungen gehen an diese Adresse. Weitere Adressen können Sie später hinzufügen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="171" />
        <source>&amp;Street and number:</source>
        <translation>&amp;Straße und Nummer:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="172" />
        <source>&amp;Postal code:</source>
        <translation>&amp;Postleitzahl:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="173" />
        <source>C&amp;ity:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="174" />
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../desktop/app_controller.py" line="135" />
        <source>Connecting to the sandbox…</source>
        <translation>Verbindung zur Sandbox wird hergestellt …</translation>
    </message>
    <message>
        <location filename="../../desktop/app_controller.py" line="136" />
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <location filename="../../desktop/app_controller.py" line="191" />
        <source>Sign in to continue.</source>
        <translation>Melden Sie sich an, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../../desktop/app_controller.py" line="207" />
        <source>Signing in to the demo account…</source>
        <translation>Anmeldung beim Demokonto …</translation>
    </message>
    <message>
        <location filename="../../desktop/app_controller.py" line="228" />
        <source>The sandbox could not start: %1</source>
        <translation>Die Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/app_controller.py" line="329" />
        <source>No invoices on this computer yet: they arrive with the first sync.</source>
        <translation>Noch keine Rechnungen auf diesem Computer: Sie kommen mit dem ersten Abgleich.</translation>
    </message>
    <message>
        <location filename="../../desktop/app_controller.py" line="388" />
        <source>Your password has been changed.</source>
        <translation>Ihr Passwort wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../desktop/app_controller.py" line="408" />
        <source>Connection saved for profile %1.</source>
        <translation>Verbindung für das Profil %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>AuthenticatorCodeDialog</name>
    <message>
        <location filename="../../desktop/views/two_factor_dialogs.py" line="33" />
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/two_factor_dialogs.py" line="40" />
        <source>Enter the code from your authenticator app.</source>
        <translation>Geben Sie den Code aus Ihrer Authenticator-App ein.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../desktop/views/change_password_dialog.py" line="16" />
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <location filename="../../desktop/views/change_password_dialog.py" line="17" />
        <source>This is the password for signing in to the portal, not the VoIP password of a phone.</source>
        <translation>Dies ist das Passwort für die Anmeldung im Portal, nicht das VoIP-Passwort eines Telefons.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/change_password_dialog.py" line="28" />
        <source>&amp;Current password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/change_password_dialog.py" line="29" />
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/change_password_dialog.py" line="30" />
        <source>&amp;Repeat new password:</source>
        <translation>Neues Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/change_password_dialog.py" line="32" />
        <source>C&amp;hange password</source>
        <translation>Passwort ä&amp;ndern</translation>
    </message>
    <message>
        <location filename="../../desktop/views/change_password_dialog.py" line="40" />
        <source>Enter your current password.</source>
        <translation>Geben Sie Ihr aktuelles Passwort ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/change_password_dialog.py" line="43" />
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>CodeStep</name>
    <message>
        <location filename="../../desktop/views/sign_in_code_step.py" line="42" />
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sign_in_code_step.py" line="54" />
        <source>Enter the 6-digit code from your authenticator app. Without your phone, enter one of your recovery codes instead.</source>
        <translation>Geben Sie den 6-stelligen Code aus Ihrer Authenticator-App ein. Ohne Ihr Telefon geben Sie stattdessen einen Ihrer Wiederherstellungscodes ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sign_in_code_step.py" line="62" />
        <source>Your account requires two-factor sign-in. Preparing the setup…</source>
        <translation>Ihr Konto verlangt die Zwei-Faktor-Anmeldung. Die Einrichtung wird vorbereitet …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sign_in_code_step.py" line="70" />
        <source>Your account requires two-factor sign-in. Scan this code with an authenticator app (for example Google Authenticator, Microsoft Authenticator or 1Password), or type the key below into it, then enter the 6-digit code it shows.</source>
        <translation>Ihr Konto verlangt die Zwei-Faktor-Anmeldung. Scannen Sie diesen Code mit einer Authenticator-App (zum Beispiel Google Authenticator, Microsoft Authenticator oder 1Password) oder tippen Sie den Schlüssel unten darin ein, und geben Sie dann den 6-stelligen Code ein, den sie anzeigt.</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <location filename="../../desktop/views/countries.py" line="15" />
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="16" />
        <source>Liechtenstein</source>
        <translation>Liechtenstein</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="17" />
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="18" />
        <source>Austria</source>
        <translation>Österreich</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="19" />
        <source>Belgium</source>
        <translation>Belgien</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="20" />
        <source>Bulgaria</source>
        <translation>Bulgarien</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="21" />
        <source>Cyprus</source>
        <translation>Zypern</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="22" />
        <source>Czechia</source>
        <translation>Tschechien</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="23" />
        <source>Denmark</source>
        <translation>Dänemark</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="24" />
        <source>Estonia</source>
        <translation>Estland</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="25" />
        <source>Spain</source>
        <translation>Spanien</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="26" />
        <source>Finland</source>
        <translation>Finnland</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="27" />
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="28" />
        <source>Greece</source>
        <translation>Griechenland</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="29" />
        <source>Croatia</source>
        <translation>Kroatien</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="30" />
        <source>Hungary</source>
        <translation>Ungarn</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="31" />
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="32" />
        <source>Italy</source>
        <translation>Italien</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="33" />
        <source>Lithuania</source>
        <translation>Litauen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="34" />
        <source>Luxembourg</source>
        <translation>Luxemburg</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="35" />
        <source>Latvia</source>
        <translation>Lettland</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="36" />
        <source>Malta</source>
        <translation>Malta</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="37" />
        <source>Netherlands</source>
        <translation>Niederlande</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="38" />
        <source>Poland</source>
        <translation>Polen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="39" />
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="40" />
        <source>Romania</source>
        <translation>Rumänien</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="41" />
        <source>Sweden</source>
        <translation>Schweden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="42" />
        <source>Slovenia</source>
        <translation>Slowenien</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="43" />
        <source>Slovakia</source>
        <translation>Slowakei</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../desktop/views/crash_dialog.py" line="28" />
        <source>Switchboard ran into an error</source>
        <translation>Bei Switchboard ist ein Fehler aufgetreten</translation>
    </message>
    <message>
        <location filename="../../desktop/views/crash_dialog.py" line="30" />
        <source>Something went wrong that Switchboard did not expect. Your data on the provider is safe. Save a support bundle and send it to your provider's support: it holds the details below and the log, without passwords or card numbers.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen. Ihre Daten beim Anbieter sind sicher. Speichern Sie ein Support-Paket und senden Sie es dem Support Ihres Anbieters: Es enthält die Angaben unten und das Protokoll, ohne Passwörter und Kartennummern.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/crash_dialog.py" line="35" />
        <source>Report: %1</source>
        <translation>Bericht: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/crash_dialog.py" line="41" />
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <location filename="../../desktop/views/crash_dialog.py" line="46" />
        <source>&amp;Save support bundle…</source>
        <translation>Support-Paket &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/crash_dialog.py" line="60" />
        <source>Save support bundle</source>
        <translation>Support-Paket speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/views/crash_dialog.py" line="61" />
        <source>Zip archives (*.zip)</source>
        <translation>ZIP-Archive (*.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/crash_dialog.py" line="67" />
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/crash_dialog.py" line="73" />
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/crash_dialog.py" line="78" />
        <source>The bundle could not be saved: %1</source>
        <translation>Das Paket konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>DateCounts</name>
    <message numerus="yes">
        <location filename="../../desktop/models/dates.py" line="42" />
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
        <location filename="../../desktop/views/registration_wizard.py" line="93" />
        <source>Your details</source>
        <translation>Ihre Angaben</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="94" />
        <source>The contact person receives the e-mails about this account.</source>
        <translation>Die Kontaktperson erhält die E-Mails zu diesem Konto.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="104" />
        <source>optional, e.g. CHE-123.456.788 MWST</source>
        <translation>optional, z. B. CHE-123.456.788 MWST</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="117" />
        <source>Contact &amp;name:</source>
        <translation>&amp;Name der Kontaktperson:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="118" />
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="119" />
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="120" />
        <source>&amp;VAT number:</source>
        <translation>&amp;MWST-/USt-Nummer:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="121" />
        <source>&amp;Main number:</source>
        <translation>&amp;Hauptnummer:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="123" />
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="124" />
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="144" />
        <source>Enter an e-mail address like name@example.ch.</source>
        <translation>Geben Sie eine E-Mail-Adresse wie name@example.ch ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="148" />
        <source>A business account needs the company name.</source>
        <translation>Ein Geschäftskonto braucht den Firmennamen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="151" />
        <source>Enter the main number of the account.</source>
        <translation>Geben Sie die Hauptnummer des Kontos ein.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <location filename="../../desktop/views/diagnostics_dialog.py" line="85" />
        <source>Live updates: a stream from the provider is held open; changes appear as they happen.</source>
        <translation>Live-Aktualisierung: Eine Verbindung zum Anbieter ist offen; Änderungen erscheinen, sobald sie geschehen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_dialog.py" line="87" />
        <source>Live updates: the stream cannot be held here (a proxy may buffer it), so the app asks the provider for changes every 30 seconds.</source>
        <translation>Live-Aktualisierung: Die Verbindung lässt sich hier nicht halten (vielleicht puffert ein Proxy sie), darum fragt die App den Anbieter alle 30 Sekunden nach Änderungen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_dialog.py" line="89" />
        <source>Live updates: off (not signed in, or working offline).</source>
        <translation>Live-Aktualisierung: aus (nicht angemeldet oder offline).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_dialog.py" line="36" />
        <source>Connection diagnostics</source>
        <translation>Verbindungsdiagnose</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_dialog.py" line="41" />
        <source>Provider &amp;address:</source>
        <translation>&amp;Adresse des Anbieters:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_dialog.py" line="43" />
        <source>&amp;Run checks</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_dialog.py" line="53" />
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_dialog.py" line="53" />
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_dialog.py" line="53" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_dialog.py" line="95" />
        <source>Enter the provider's address first.</source>
        <translation>Geben Sie zuerst die Adresse des Anbieters ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_dialog.py" line="100" />
        <source>Checking the connection…</source>
        <translation>Verbindung wird geprüft …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_dialog.py" line="106" />
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_dialog.py" line="107" />
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_dialog.py" line="107" />
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_dialog.py" line="110" />
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_dialog.py" line="110" />
        <source>Name resolution</source>
        <translation>Namensauflösung</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_dialog.py" line="111" />
        <source>Connection to port</source>
        <translation>Verbindung zum Port</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_dialog.py" line="111" />
        <source>TLS and certificate</source>
        <translation>TLS und Zertifikat</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_dialog.py" line="112" />
        <source>Provider API</source>
        <translation>API des Anbieters</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_dialog.py" line="131" />
        <source>A check failed. What to do is shown above.</source>
        <translation>Eine Prüfung ist fehlgeschlagen. Was zu tun ist, steht oben.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_dialog.py" line="133" />
        <source>All checks passed: the provider can be reached.</source>
        <translation>Alle Prüfungen bestanden: Der Anbieter ist erreichbar.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_dialog.py" line="143" />
        <source>The checks could not run: %1</source>
        <translation>Die Prüfungen konnten nicht laufen: %1</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <location filename="../../desktop/views/field_errors.py" line="51" />
        <source>Something went wrong in Switchboard: %1</source>
        <translation>In Switchboard ist ein Fehler aufgetreten: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/field_errors.py" line="81" />
        <source>Something went wrong.</source>
        <translation>Etwas ist schiefgegangen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/field_errors.py" line="65" />
        <source>(Reference for support: %1)</source>
        <translation>(Referenz für den Support: %1)</translation>
    </message>
</context>
<context>
    <name>ForgotPasswordDialog</name>
    <message>
        <location filename="../../desktop/views/forgot_password_dialog.py" line="20" />
        <source>Forgotten password</source>
        <translation>Passwort vergessen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forgot_password_dialog.py" line="21" />
        <source>Enter your user ID or e-mail address and the e-mail address registered for your account. If they match, we send you a link to choose a new password. The link is valid for 60 minutes.</source>
        <translation>Geben Sie Ihre Benutzer-ID oder E-Mail-Adresse und die für Ihr Konto hinterlegte E-Mail-Adresse ein. Wenn sie zusammenpassen, senden wir Ihnen einen Link, mit dem Sie ein neues Passwort wählen. Der Link ist 60 Minuten gültig.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forgot_password_dialog.py" line="30" />
        <source>&amp;User ID or e-mail:</source>
        <translation>&amp;Benutzer-ID oder E-Mail:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forgot_password_dialog.py" line="31" />
        <source>Registered &amp;e-mail:</source>
        <translation>Hinterlegte &amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forgot_password_dialog.py" line="35" />
        <source>&amp;Send link</source>
        <translation>Link &amp;senden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forgot_password_dialog.py" line="36" />
        <source>I &amp;have a link</source>
        <translation>Ich &amp;habe einen Link</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forgot_password_dialog.py" line="52" />
        <source>Enter your user ID or e-mail address.</source>
        <translation>Geben Sie Ihre Benutzer-ID oder E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forgot_password_dialog.py" line="55" />
        <source>Enter the e-mail address of your account.</source>
        <translation>Geben Sie die E-Mail-Adresse Ihres Kontos ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forgot_password_dialog.py" line="57" />
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forgot_password_dialog.py" line="65" />
        <source>If the user ID and e-mail address match an account, an e-mail with a reset link is on its way. Open the link, or choose "I have a link" and paste it.</source>
        <translation>Wenn Benutzer-ID und E-Mail-Adresse zu einem Konto passen, ist eine E-Mail mit einem Link zum Zurücksetzen unterwegs. Öffnen Sie den Link oder wählen Sie „Ich habe einen Link“ und fügen Sie ihn ein.</translation>
    </message>
</context>
<context>
    <name>LiveWiring</name>
    <message>
        <location filename="../../desktop/live_wiring.py" line="54" />
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../../desktop/live_wiring.py" line="54" />
        <source>Updates every 30 s</source>
        <translation>Aktualisierung alle 30 s</translation>
    </message>
    <message>
        <location filename="../../desktop/live_wiring.py" line="55" />
        <source>Changes on the account appear as they happen.</source>
        <translation>Änderungen am Konto erscheinen, sobald sie geschehen.</translation>
    </message>
    <message>
        <location filename="../../desktop/live_wiring.py" line="56" />
        <source>The live connection cannot be held (a proxy may buffer it): the app asks the provider for changes every 30 seconds.</source>
        <translation>Die Live-Verbindung lässt sich nicht halten (vielleicht puffert ein Proxy sie): Die App fragt den Anbieter alle 30 Sekunden nach Änderungen.</translation>
    </message>
</context>
<context>
    <name>MailboxDialog</name>
    <message>
        <location filename="../../desktop/views/mailbox_dialog.py" line="55" />
        <source>Sandbox mailbox</source>
        <translation>Sandbox-Postfach</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mailbox_dialog.py" line="57" />
        <source>The sandbox sends no real e-mail. These are the messages it would have sent. Click a link to follow it in Switchboard.</source>
        <translation>Die Sandbox verschickt keine echten E-Mails. Hier stehen die Nachrichten, die sie verschickt hätte. Klicken Sie auf einen Link, um ihm in Switchboard zu folgen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mailbox_dialog.py" line="62" />
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mailbox_dialog.py" line="62" />
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mailbox_dialog.py" line="62" />
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mailbox_dialog.py" line="74" />
        <source>&amp;Refresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mailbox_dialog.py" line="76" />
        <source>&amp;Copy link</source>
        <translation>Link &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mailbox_dialog.py" line="79" />
        <source>&amp;Open link</source>
        <translation>Link ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mailbox_dialog.py" line="105" />
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/mailbox_dialog.py" line="117" />
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/mailbox_dialog.py" line="141" />
        <source>Link copied.</source>
        <translation>Link kopiert.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/views/main_window.py" line="278" />
        <source>Sandbox &amp;panel…</source>
        <translation>Sandbox-&amp;Steuerung…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="267" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="268" />
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="78" />
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="79" />
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="80" />
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="81" />
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="82" />
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="82" />
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="83" />
        <source>Payment history</source>
        <translation>Zahlungsverlauf</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="84" />
        <source>Automatic payments</source>
        <translation>Automatische Zahlungen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="85" />
        <source>Numbers &amp; VoIP</source>
        <translation>Nummern &amp; VoIP</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="86" />
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="87" />
        <source>Access rights</source>
        <translation>Zugriffsrechte</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="88" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="92" />
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="105" />
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="108" />
        <source>A practice provider on this computer: nothing is charged and no e-mail leaves it.</source>
        <translation>Ein Übungsanbieter auf diesem Computer: Nichts wird verrechnet und keine E-Mail verlässt ihn.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="111" />
        <location filename="../../desktop/views/main_window.py" line="248" />
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="114" />
        <source>&amp;Sign in…</source>
        <translation>&amp;Anmelden …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="190" />
        <source>&amp;Retry now</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="197" />
        <source>&amp;Back to my workspace</source>
        <translation>&amp;Zurück zu meinem Arbeitsbereich</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/main_window.py" line="219" />
        <source>Trying again by itself in %n second(s).</source>
        <translation>
            <numerusform>Neuer Versuch von selbst in %n Sekunde.</numerusform>
            <numerusform>Neuer Versuch von selbst in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/window_banner.py" line="36" />
        <source>before the first sync</source>
        <translation>vor dem ersten Abgleich</translation>
    </message>
    <message>
        <location filename="../../desktop/views/window_banner.py" line="40" />
        <source>Offline since %1. The provider cannot be reached: you see the invoices, payments and orders saved on this computer; actions that need the provider are disabled.</source>
        <translation>Offline seit %1. Der Anbieter ist nicht erreichbar: Sie sehen die auf diesem Computer gespeicherten Rechnungen, Zahlungen und Bestellungen; Aktionen, die den Anbieter brauchen, sind gesperrt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="242" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="243" />
        <source>&amp;Change password…</source>
        <translation>Passwort ä&amp;ndern …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="245" />
        <source>S&amp;ecurity…</source>
        <translation>S&amp;icherheit …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="250" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="256" />
        <source>Compare &amp;months…</source>
        <translation>&amp;Monate vergleichen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="273" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="274" />
        <source>Sandbox &amp;mailbox…</source>
        <translation>Sandbox-&amp;Postfach …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="282" />
        <source>Connection &amp;diagnostics…</source>
        <translation>Verbindungs&amp;diagnose …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="286" />
        <source>&amp;About Switchboard</source>
        <translation>&amp;Über Switchboard</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="362" />
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="375" />
        <source>User ID %1 · %2 · %3</source>
        <translation>Benutzer-ID %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="379" />
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="384" />
        <source>Acting for %1 – Switchboard</source>
        <translation>Sie handeln für %1 – Switchboard</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="402" />
        <source>Acting for %1 (%2)</source>
        <translation>Sie handeln für %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="439" />
        <source>About Switchboard</source>
        <translation>Über Switchboard</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="435" />
        <source>That link is not one Switchboard can open. Copy the whole link from the e-mail.</source>
        <translation>Diesen Link kann Switchboard nicht öffnen. Kopieren Sie den ganzen Link aus der E-Mail.</translation>
    </message>
</context>
<context>
    <name>NewPasswordField</name>
    <message>
        <location filename="../../desktop/views/password_field.py" line="51" />
        <source>at least 8 characters</source>
        <translation>mindestens 8 Zeichen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/password_field.py" line="52" />
        <source>at least one letter</source>
        <translation>mindestens ein Buchstabe</translation>
    </message>
    <message>
        <location filename="../../desktop/views/password_field.py" line="53" />
        <source>at least one digit</source>
        <translation>mindestens eine Ziffer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/password_field.py" line="60" />
        <source>Password rules</source>
        <translation>Passwortregeln</translation>
    </message>
</context>
<context>
    <name>NewRecoveryCodesDialog</name>
    <message>
        <location filename="../../desktop/views/two_factor_dialogs.py" line="79" />
        <source>New recovery codes</source>
        <translation>Neue Wiederherstellungscodes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/two_factor_dialogs.py" line="80" />
        <source>Ten new recovery codes replace the old ones. Enter a code from your authenticator app to confirm.</source>
        <translation>Zehn neue Wiederherstellungscodes ersetzen die alten. Bestätigen Sie mit einem Code aus Ihrer Authenticator-App.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/two_factor_dialogs.py" line="85" />
        <source>&amp;Make new codes</source>
        <translation>Neue Codes &amp;erstellen</translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <source>Your account is ready</source>
        <translation>Ihr Konto ist bereit</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Your user ID:</source>
        <translation>Ihre Benutzer-ID:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="188" />
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="189" />
        <source>This password opens the portal. Phones get their own VoIP passwords.</source>
        <translation>Mit diesem Passwort melden Sie sich im Portal an. Telefone erhalten eigene VoIP-Passwörter.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="198" />
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="199" />
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="224" />
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../desktop/views/placeholder_page.py" line="15" />
        <source>Coming soon: this part of the portal is being built.</source>
        <translation>Demnächst: Dieser Teil des Portals ist im Aufbau.</translation>
    </message>
</context>
<context>
    <name>ProviderMessages</name>
    <message>
        <location filename="../../desktop/i18n.py" line="169" />
        <source>The password must have at least 8 characters.</source>
        <translation>Das Passwort muss mindestens 8 Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="171" />
        <source>The password must have at most 128 characters.</source>
        <translation>Das Passwort darf höchstens 128 Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="173" />
        <source>The password must contain at least one letter.</source>
        <translation>Das Passwort muss mindestens einen Buchstaben enthalten.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="175" />
        <source>The password must contain at least one digit.</source>
        <translation>Das Passwort muss mindestens eine Ziffer enthalten.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="177" />
        <source>The password must not be the same as the user ID.</source>
        <translation>Das Passwort darf nicht gleich der Benutzer-ID sein.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="179" />
        <source>The password must not be the same as the e-mail address.</source>
        <translation>Das Passwort darf nicht gleich der E-Mail-Adresse sein.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="181" />
        <source>The current password is wrong.</source>
        <translation>Das aktuelle Passwort ist falsch.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="183" />
        <source>A business account needs the company name.</source>
        <translation>Ein Geschäftskonto braucht den Firmennamen.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="185" />
        <source>We serve Switzerland, Liechtenstein and the EU countries.</source>
        <translation>Wir bedienen die Schweiz, Liechtenstein und die EU-Länder.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="187" />
        <source>This is not a valid VAT number for the chosen country.</source>
        <translation>Dies ist keine gültige MWST-/USt-Nummer für das gewählte Land.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="189" />
        <source>The main number must be a Swiss (+41 and 9 digits) or Liechtenstein (+423 and 7 digits) number, e.g. 41445551234.</source>
        <translation>Die Hauptnummer muss eine Schweizer (+41 und 9 Ziffern) oder Liechtensteiner (+423 und 7 Ziffern) Nummer sein, z. B. 41445551234.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="192" />
        <source>This number is the user ID of an account already.</source>
        <translation>Diese Nummer ist bereits die Benutzer-ID eines Kontos.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="197" />
        <source>We have sent a mail to this address: if it has an account already, sign in with it or reset the password.</source>
        <translation>Wir haben dieser Adresse eine E-Mail geschickt: Besteht dafür bereits ein Konto, melden Sie sich damit an oder setzen Sie das Passwort zurück.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="194" />
        <source>An account with this e-mail address exists already. Sign in or reset the password.</source>
        <translation>Ein Konto mit dieser E-Mail-Adresse besteht bereits. Melden Sie sich an oder setzen Sie das Passwort zurück.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="158" />
        <location filename="../../desktop/i18n.py" line="233" />
        <source>The code is wrong, expired or was used already.</source>
        <translation>Der Code ist falsch, abgelaufen oder wurde schon verwendet.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="160" />
        <source>Your account's owner requires two-factor sign-in for every user; it cannot be turned off.</source>
        <translation>Der Inhaber Ihres Kontos verlangt die Zwei-Faktor-Anmeldung für alle Benutzer; sie kann nicht ausgeschaltet werden.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="163" />
        <source>Turn on two-factor sign-in for yourself first.</source>
        <translation>Schalten Sie zuerst für sich selbst die Zwei-Faktor-Anmeldung ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="165" />
        <source>Two-factor sign-in is off.</source>
        <translation>Die Zwei-Faktor-Anmeldung ist ausgeschaltet.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="167" />
        <source>Start setting up two-factor sign-in first.</source>
        <translation>Beginnen Sie zuerst mit der Einrichtung der Zwei-Faktor-Anmeldung.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="200" />
        <source>This reset link is not valid any more. Ask for a new one.</source>
        <translation>Dieser Link zum Zurücksetzen ist nicht mehr gültig. Fordern Sie einen neuen an.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="202" />
        <source>This invitation is not valid any more. Ask for a new one.</source>
        <translation>Diese Einladung ist nicht mehr gültig. Bitten Sie um eine neue.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="204" />
        <source>This field is required.</source>
        <translation>Dieses Feld ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="206" />
        <source>This is too short.</source>
        <translation>Das ist zu kurz.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="208" />
        <source>This is too long.</source>
        <translation>Das ist zu lang.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="210" />
        <source>This is not in the expected format.</source>
        <translation>Das hat nicht das erwartete Format.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="212" />
        <source>Choose one of the allowed values.</source>
        <translation>Wählen Sie einen der erlaubten Werte.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="221" />
        <source>The user ID, e-mail or password is wrong.</source>
        <translation>Benutzer-ID, E-Mail oder Passwort ist falsch.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="223" />
        <source>The session has ended; sign in again.</source>
        <translation>Die Sitzung ist beendet; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="225" />
        <source>Sign in to continue.</source>
        <translation>Melden Sie sich an, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="227" />
        <source>Your role does not allow this.</source>
        <translation>Ihre Rolle erlaubt das nicht.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="229" />
        <source>Something went wrong on our side; nothing was changed.</source>
        <translation>Bei uns ist ein Fehler aufgetreten; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="235" />
        <source>The sign-in took too long; enter your password again.</source>
        <translation>Die Anmeldung hat zu lange gedauert; geben Sie Ihr Passwort erneut ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="239" />
        <source>Your account requires two-factor sign-in: sign in with your password to set it up.</source>
        <translation>Ihr Konto verlangt die Zwei-Faktor-Anmeldung: Melden Sie sich mit Ihrem Passwort an, um sie einzurichten.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="249" />
        <source>The provider cannot be reached. Check the address, or use "Can't connect?" to find out what blocks the connection.</source>
        <translation>Der Anbieter ist nicht erreichbar. Prüfen Sie die Adresse oder finden Sie mit „Keine Verbindung?“ heraus, was die Verbindung blockiert.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="252" />
        <source>The provider did not answer in time. Try again in a moment.</source>
        <translation>Der Anbieter hat nicht rechtzeitig geantwortet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="254" />
        <source>The provider's certificate could not be verified. Check the CA bundle in the connection settings.</source>
        <translation>Das Zertifikat des Anbieters konnte nicht geprüft werden. Prüfen Sie das CA-Bundle in den Verbindungseinstellungen.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="257" />
        <source>The proxy refused or failed the connection. Check the proxy setting.</source>
        <translation>Der Proxy hat die Verbindung abgelehnt oder ist gescheitert. Prüfen Sie die Proxy-Einstellung.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="267" />
        <source>Too many failed sign-ins. Try again in 1 minute.</source>
        <translation>Zu viele fehlgeschlagene Anmeldungen. Versuchen Sie es in 1 Minute wieder.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="269" />
        <source>Too many failed sign-ins. Try again in %1 minutes.</source>
        <translation>Zu viele fehlgeschlagene Anmeldungen. Versuchen Sie es in %1 Minuten wieder.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="231" />
        <source>The provider is busy; please try again in a moment.</source>
        <translation>Der Anbieter ist ausgelastet; bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodesDialog</name>
    <message>
        <location filename="../../desktop/views/recovery_codes_dialog.py" line="12" />
        <source>Your recovery codes</source>
        <translation>Ihre Wiederherstellungscodes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/recovery_codes_dialog.py" line="16" />
        <source>Each of these codes signs you in once without your phone. Keep them somewhere safe (printed, or in a password manager): they are shown only now. Older recovery codes no longer work.</source>
        <translation>Mit jedem dieser Codes melden Sie sich einmal ohne Ihr Telefon an. Bewahren Sie sie sicher auf (ausgedruckt oder in einem Passwort-Manager): Sie werden nur jetzt angezeigt. Ältere Wiederherstellungscodes gelten nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/recovery_codes_dialog.py" line="30" />
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>RegistrationWizard</name>
    <message>
        <source>Sign in with this user ID (or your e-mail address) and your password.</source>
        <translation>Melden Sie sich mit dieser Benutzer-ID (oder Ihrer E-Mail-Adresse) und Ihrem Passwort an.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="237" />
        <source>Create a Switchboard account</source>
        <translation>Switchboard-Konto eröffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="251" />
        <source>&amp;Create account</source>
        <translation>Konto &amp;eröffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="283" />
        <source>Creating the account…</source>
        <translation>Konto wird eröffnet …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="292" />
        <source>Your account is ready. Your user ID is %1.</source>
        <translation>Ihr Konto ist bereit. Ihre Benutzer-ID ist %1.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Your password has been changed, and every open session was signed out. Sign in with the new password.</source>
        <translation>Ihr Passwort wurde geändert, und alle offenen Sitzungen wurden abgemeldet. Melden Sie sich mit dem neuen Passwort an.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reset_password_dialog.py" line="15" />
        <source>Choose a new password</source>
        <translation>Neues Passwort wählen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reset_password_dialog.py" line="16" />
        <source>Paste the link from the e-mail (or only its token) and choose a new password. Every open session is then signed out.</source>
        <translation>Fügen Sie den Link aus der E-Mail (oder nur sein Token) ein und wählen Sie ein neues Passwort. Alle offenen Sitzungen werden danach abgemeldet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reset_password_dialog.py" line="27" />
        <source>Reset &amp;link:</source>
        <translation>&amp;Link zum Zurücksetzen:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reset_password_dialog.py" line="28" />
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reset_password_dialog.py" line="29" />
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reset_password_dialog.py" line="33" />
        <source>&amp;Set password</source>
        <translation>Passwort &amp;setzen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reset_password_dialog.py" line="41" />
        <source>Paste the link from the e-mail.</source>
        <translation>Fügen Sie den Link aus der E-Mail ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reset_password_dialog.py" line="44" />
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reset_password_dialog.py" line="50" />
        <source>Your password has been changed. Sign in with the new one.</source>
        <translation>Ihr Passwort wurde geändert. Melden Sie sich mit dem neuen an.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../desktop/views/roles.py" line="10" />
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location filename="../../desktop/views/roles.py" line="11" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/views/roles.py" line="12" />
        <source>Billing</source>
        <translation>Buchhaltung</translation>
    </message>
    <message>
        <location filename="../../desktop/views/roles.py" line="13" />
        <source>Technical</source>
        <translation>Technik</translation>
    </message>
    <message>
        <location filename="../../desktop/views/roles.py" line="14" />
        <source>Viewer</source>
        <translation>Nur lesen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/roles.py" line="20" />
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <location filename="../../desktop/views/roles.py" line="21" />
        <source>Business</source>
        <translation>Geschäft</translation>
    </message>
    <message>
        <location filename="../../desktop/views/roles.py" line="27" />
        <source>single account</source>
        <translation>Einzelkonto</translation>
    </message>
    <message>
        <location filename="../../desktop/views/roles.py" line="28" />
        <source>collective account</source>
        <translation>Sammelkonto</translation>
    </message>
    <message>
        <location filename="../../desktop/views/roles.py" line="34" />
        <source>SIP Trunk</source>
        <translation>SIP-Trunk</translation>
    </message>
    <message>
        <location filename="../../desktop/views/roles.py" line="35" />
        <source>Hosted PBX</source>
        <translation>Hosted PBX</translation>
    </message>
</context>
<context>
    <name>SandboxPanel</name>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="65" />
        <source>Days:</source>
        <translation>Tage:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="65" />
        <source>Hours:</source>
        <translation>Stunden:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="77" />
        <source>Number:</source>
        <translation>Anzahl:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="77" />
        <source>Over days:</source>
        <translation>Über Tage:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="142" />
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="142" />
        <source>paid</source>
        <translation>bezahlt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="142" />
        <source>credited</source>
        <translation>gutgeschrieben</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="143" />
        <source>submitted</source>
        <translation>eingereicht</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="143" />
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="144" />
        <source>scheduled</source>
        <translation>geplant</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="40" />
        <source>Sandbox panel</source>
        <translation>Sandbox-Steuerung</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="57" />
        <source>Clock</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="62" />
        <source>&amp;Move the clock</source>
        <translation>Uhr &amp;vorstellen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="71" />
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="75" />
        <source>&amp;Generate calls</source>
        <translation>Anrufe &amp;erzeugen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="83" />
        <source>Back office</source>
        <translation>Backoffice</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="87" />
        <source>Invoice:</source>
        <translation>Rechnung:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="88" />
        <source>A bank &amp;transfer arrives for it</source>
        <translation>Eine &amp;Überweisung dafür trifft ein</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="95" />
        <source>Goodwill</source>
        <translation>Kulanz</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="96" />
        <source>Issue a &amp;credit note</source>
        <translation>&amp;Gutschrift ausstellen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="100" />
        <source>Credit note:</source>
        <translation>Gutschrift:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="104" />
        <source>Carrier</source>
        <translation>Netzbetreiber</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="107" />
        <source>Porting request:</source>
        <translation>Portierungsauftrag:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="110" />
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="110" />
        <source>Scheduled for</source>
        <translation>Geplant für</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="111" />
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="111" />
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="115" />
        <source>&amp;Answer as the carrier</source>
        <translation>Als Netzbetreiber &amp;antworten</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="119" />
        <source>Answer:</source>
        <translation>Antwort:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="147" />
        <source>Working…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="163" />
        <source>The clock now stands at %1. Jobs that ran: %2.</source>
        <translation>Die Uhr steht jetzt auf %1. Ausgeführte Aufgaben: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="165" />
        <source>none had anything to do</source>
        <translation>keine hatte etwas zu tun</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="171" />
        <source>Calls generated: %1.</source>
        <translation>Erzeugte Anrufe: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="175" />
        <source>Transfer for %1 booked.</source>
        <translation>Überweisung für %1 verbucht.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="181" />
        <source>Enter the amount as a number, e.g. 10.00.</source>
        <translation>Geben Sie den Betrag als Zahl ein, z. B. 10.00.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="184" />
        <source>Credit note %1 issued.</source>
        <translation>Gutschrift %1 ausgestellt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sandbox_panel.py" line="190" />
        <source>The carrier answered: %1.</source>
        <translation>Der Netzbetreiber hat geantwortet: %1.</translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <location filename="../../desktop/views/security_dialog.py" line="35" />
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security_dialog.py" line="40" />
        <source>Two-factor sign-in</source>
        <translation>Zwei-Faktor-Anmeldung</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security_dialog.py" line="42" />
        <source>With two-factor sign-in, signing in needs your password and a code from an authenticator app on your phone: a stolen password alone is no use.</source>
        <translation>Mit der Zwei-Faktor-Anmeldung braucht die Anmeldung Ihr Passwort und einen Code aus einer Authenticator-App auf Ihrem Telefon: Ein gestohlenes Passwort allein nützt nichts.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security_dialog.py" line="45" />
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security_dialog.py" line="48" />
        <location filename="../../desktop/views/security_dialog.py" line="103" />
        <source>&amp;Turn on…</source>
        <translation>&amp;Einschalten …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security_dialog.py" line="50" />
        <source>&amp;New recovery codes…</source>
        <translation>&amp;Neue Wiederherstellungscodes …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security_dialog.py" line="52" />
        <source>T&amp;urn off…</source>
        <translation>A&amp;usschalten …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security_dialog.py" line="59" />
        <source>&amp;Require two-factor sign-in for every user of this account</source>
        <translation>Zwei-Faktor-Anmeldung für alle Benutzer dieses Kontos &amp;verlangen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security_dialog.py" line="64" />
        <source>Users without it are signed out and set it up at their next sign-in.</source>
        <translation>Benutzer ohne sie werden abgemeldet und richten sie bei der nächsten Anmeldung ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security_dialog.py" line="97" />
        <source>On. Recovery codes left: %1.</source>
        <translation>Eingeschaltet. Verbleibende Wiederherstellungscodes: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security_dialog.py" line="99" />
        <source>Off: your password alone signs you in.</source>
        <translation>Ausgeschaltet: Ihr Passwort allein meldet Sie an.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security_dialog.py" line="101" />
        <source>Your account's owner requires it for every user.</source>
        <translation>Der Inhaber Ihres Kontos verlangt sie für alle Benutzer.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security_dialog.py" line="103" />
        <source>Set up a &amp;new phone…</source>
        <translation>&amp;Neues Telefon einrichten …</translation>
    </message>
</context>
<context>
    <name>SetUpTwoFactorDialog</name>
    <message>
        <location filename="../../desktop/views/two_factor_dialogs.py" line="31" />
        <source>Set up two-factor sign-in</source>
        <translation>Zwei-Faktor-Anmeldung einrichten</translation>
    </message>
    <message>
        <location filename="../../desktop/views/two_factor_dialogs.py" line="32" />
        <source>Scan this code with an authenticator app (for example Google Authenticator, Microsoft Authenticator or 1Password), or type the key below into it, then enter the 6-digit code it shows.</source>
        <translation>Scannen Sie diesen Code mit einer Authenticator-App (zum Beispiel Google Authenticator, Microsoft Authenticator oder 1Password) oder tippen Sie den Schlüssel unten darin ein, und geben Sie dann den 6-stelligen Code ein, den sie anzeigt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/two_factor_dialogs.py" line="36" />
        <source>Preparing…</source>
        <translation>Wird vorbereitet …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/two_factor_dialogs.py" line="48" />
        <source>&amp;Turn on</source>
        <translation>&amp;Einschalten</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="31" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="33" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="39" />
        <source>&amp;Display language:</source>
        <translation>&amp;Anzeigesprache:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="41" />
        <source>The change applies at once, and is kept for the next start.</source>
        <translation>Die Änderung gilt sofort und bleibt für den nächsten Start erhalten.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="49" />
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="55" />
        <source>system certificates</source>
        <translation>Zertifikate des Systems</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="56" />
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="63" />
        <source>the system&apos;s proxy settings</source>
        <translation>die Proxy-Einstellungen des Systems</translation>
    </message>
    <message>
        <source>Empty: the system&apos;s proxy settings (HTTPS_PROXY and NO_PROXY, or the proxy or proxy auto-config file set in Windows or macOS). Or a proxy, e.g. http://proxy.example.ch:3128, or the address of a proxy auto-config file, e.g. http://wpad.example.ch/proxy.pac.</source>
        <translation>Leer: die Proxy-Einstellungen des Systems (HTTPS_PROXY und NO_PROXY, oder der in Windows oder macOS eingestellte Proxy bzw. die Datei zur automatischen Proxy-Konfiguration). Oder ein Proxy, z. B. http://proxy.example.ch:3128, oder die Adresse einer Datei zur automatischen Proxy-Konfiguration (PAC), z. B. http://wpad.example.ch/proxy.pac.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="68" />
        <source>&amp;Save connection</source>
        <translation>Verbindung &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="70" />
        <source>Connection &amp;diagnostics…</source>
        <translation>Verbindungs&amp;diagnose …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="78" />
        <source>Provider &amp;address:</source>
        <translation>&amp;Adresse des Anbieters:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="79" />
        <source>&amp;CA bundle:</source>
        <translation>&amp;CA-Bundle:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="79" />
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="109" />
        <source>The sandbox provider runs on this computer; its address is chosen at start.</source>
        <translation>Der Sandbox-Anbieter läuft auf diesem Computer; seine Adresse wird beim Start gewählt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="110" />
        <source>Changes apply at the next sign-in.</source>
        <translation>Änderungen gelten ab der nächsten Anmeldung.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="119" />
        <source>Enter the provider's address.</source>
        <translation>Geben Sie die Adresse des Anbieters ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="124" />
        <source>Choose a CA bundle</source>
        <translation>CA-Bundle wählen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="125" />
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sandbox mail&amp;box</source>
        <translation>Sandbox-Post&amp;fach</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sign_in_dialog.py" line="73" />
        <source>Sign in to Switchboard</source>
        <translation>Bei Switchboard anmelden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sign_in_dialog.py" line="81" />
        <source>e.g. 52718 or name@example.ch</source>
        <translation>z. B. 52718 oder name@example.ch</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sign_in_dialog.py" line="85" />
        <source>&amp;Remember me on this computer</source>
        <translation>Auf diesem Computer &amp;angemeldet bleiben</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sign_in_dialog.py" line="102" />
        <source>Pro&amp;vider:</source>
        <translation>Anbiete&amp;r:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sign_in_dialog.py" line="103" />
        <source>&amp;User ID or e-mail:</source>
        <translation>&amp;Benutzer-ID oder E-Mail:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sign_in_dialog.py" line="104" />
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sign_in_dialog.py" line="110" />
        <source>&amp;Forgot password?</source>
        <translation>Passwort &amp;vergessen?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sign_in_dialog.py" line="112" />
        <source>Can't &amp;connect?</source>
        <translation>Keine Verbindun&amp;g?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sign_in_dialog.py" line="114" />
        <source>Create &amp;account</source>
        <translation>&amp;Konto eröffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sign_in_dialog.py" line="127" />
        <location filename="../../desktop/views/sign_in_dialog.py" line="225" />
        <source>&amp;Sign in</source>
        <translation>A&amp;nmelden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sign_in_dialog.py" line="172" />
        <source>Unavailable: this computer has no system keyring.</source>
        <translation>Nicht verfügbar: Dieser Computer hat keinen Schlüsselbund.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sign_in_dialog.py" line="186" />
        <source>Enter the provider's address.</source>
        <translation>Geben Sie die Adresse des Anbieters ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sign_in_dialog.py" line="189" />
        <source>Enter your user ID or e-mail address.</source>
        <translation>Geben Sie Ihre Benutzer-ID oder E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sign_in_dialog.py" line="192" />
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sign_in_dialog.py" line="204" />
        <source>Enter the code from your authenticator app.</source>
        <translation>Geben Sie den Code aus Ihrer Authenticator-App ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sign_in_dialog.py" line="218" />
        <source>&amp;Verify</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sign_in_dialog.py" line="235" />
        <source>Signing in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
</context>
<context>
    <name>StoreNotices</name>
    <message>
        <location filename="../../desktop/store_notices.py" line="19" />
        <source>The local copy of your invoices was written by a newer Switchboard: it was moved aside to %1 and is being rebuilt from the provider.</source>
        <translation>Die lokale Kopie Ihrer Rechnungen stammt von einem neueren Switchboard: nach %1 verschoben, wird vom Anbieter neu aufgebaut.</translation>
    </message>
    <message>
        <location filename="../../desktop/store_notices.py" line="23" />
        <source>The local copy of your invoices was damaged: it was moved aside to %1 and is being rebuilt from the provider.</source>
        <translation>Die lokale Kopie Ihrer Rechnungen war beschädigt: nach %1 verschoben, wird vom Anbieter neu aufgebaut.</translation>
    </message>
    <message>
        <location filename="../../desktop/store_notices.py" line="27" />
        <source>The local copy of your invoices is in use by another program (another Switchboard or an export): it is used again once that has finished.</source>
        <translation>Die lokale Kopie Ihrer Rechnungen wird von einem anderen Programm verwendet (einem anderen Switchboard oder einem Export): Sie wird wieder verwendet, sobald dieses fertig ist.</translation>
    </message>
    <message>
        <location filename="../../desktop/store_notices.py" line="31" />
        <source>The disk holding the local copy of your invoices is full: free some space, then refresh (F5).</source>
        <translation>Der Datenträger mit der lokalen Kopie Ihrer Rechnungen ist voll: Geben Sie Speicherplatz frei und aktualisieren Sie dann (F5).</translation>
    </message>
    <message>
        <location filename="../../desktop/store_notices.py" line="35" />
        <source>The local copy of your invoices cannot be opened (%1): check that the folder exists and belongs to you.</source>
        <translation>Die lokale Kopie Ihrer Rechnungen lässt sich nicht öffnen (%1): Prüfen Sie, ob der Ordner existiert und Ihnen gehört.</translation>
    </message>
    <message>
        <location filename="../../desktop/store_notices.py" line="40" />
        <source>Unsent call disputes carried over: %1.</source>
        <translation>Übernommene ungesendete Beanstandungen: %1.</translation>
    </message>
</context>
<context>
    <name>SupportActions</name>
    <message>
        <location filename="../../desktop/views/support_actions.py" line="25" />
        <source>Switchboard: the administration client for your telephony account.</source>
        <translation>Switchboard: die Verwaltung für Ihr Telefoniekonto.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/support_actions.py" line="26" />
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Provider: version %1</source>
        <translation>Anbieter: Version %1</translation>
    </message>
    <message>
        <source>Provider: not known until you are signed in</source>
        <translation>Anbieter: erst nach der Anmeldung bekannt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/support_actions.py" line="27" />
        <source>Qt %1, Python %2</source>
        <translation>Qt %1, Python %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/support_actions.py" line="87" />
        <source>Save &amp;support bundle…</source>
        <translation>&amp;Support-Paket speichern…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/support_actions.py" line="93" />
        <source>Save support bundle</source>
        <translation>Support-Paket speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/views/support_actions.py" line="95" />
        <source>Zip archives (*.zip)</source>
        <translation>ZIP-Archive (*.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/support_actions.py" line="104" />
        <source>Support bundle saved: %1</source>
        <translation>Support-Paket gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/support_actions.py" line="106" />
        <source>The support bundle could not be saved: %1</source>
        <translation>Das Support-Paket konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/support_actions.py" line="33" />
        <source>Check for &amp;updates…</source>
        <translation>Nach &amp;Updates suchen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/support_actions.py" line="52" />
        <source>The sandbox does not check for updates.</source>
        <translation>Die Sandbox sucht nicht nach Updates.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/support_actions.py" line="73" />
        <source>Switchboard %1 is the latest version.</source>
        <translation>Switchboard %1 ist die neueste Version.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/support_actions.py" line="81" />
        <source>The update check failed: %1</source>
        <translation>Die Suche nach Updates ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>TurnOffTwoFactorDialog</name>
    <message>
        <location filename="../../desktop/views/two_factor_dialogs.py" line="104" />
        <source>Turn off two-factor sign-in</source>
        <translation>Zwei-Faktor-Anmeldung ausschalten</translation>
    </message>
    <message>
        <location filename="../../desktop/views/two_factor_dialogs.py" line="105" />
        <source>Without two-factor sign-in your password alone signs you in. Confirm with your password and a code from your authenticator app (or a recovery code).</source>
        <translation>Ohne Zwei-Faktor-Anmeldung meldet Sie Ihr Passwort allein an. Bestätigen Sie mit Ihrem Passwort und einem Code aus Ihrer Authenticator-App (oder einem Wiederherstellungscode).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/two_factor_dialogs.py" line="112" />
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/two_factor_dialogs.py" line="114" />
        <source>T&amp;urn off</source>
        <translation>A&amp;usschalten</translation>
    </message>
    <message>
        <location filename="../../desktop/views/two_factor_dialogs.py" line="121" />
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
</context>
<context>
    <name>TypePage</name>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="53" />
        <source>Account type</source>
        <translation>Kontoart</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="54" />
        <source>Every new account starts with a SIP Trunk and a prepaid balance of 0.</source>
        <translation>Jedes neue Konto beginnt mit einem SIP-Trunk und einem Prepaid-Guthaben von 0.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="55" />
        <source>&amp;Private: for you and your household</source>
        <translation>&amp;Privat: für Sie und Ihren Haushalt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="57" />
        <source>&amp;Business: for a company, with invoices to the company</source>
        <translation>&amp;Geschäft: für eine Firma, mit Rechnungen an die Firma</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="59" />
        <source>&amp;Single account: one main number, which is also your user ID</source>
        <translation>&amp;Einzelkonto: eine Hauptnummer, die zugleich Ihre Benutzer-ID ist</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="63" />
        <source>&amp;Collective account: several numbers and users; you get a 4- or 5-digit user ID</source>
        <translation>&amp;Sammelkonto: mehrere Nummern und Benutzer; Sie erhalten eine 4- oder 5-stellige Benutzer-ID</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="74" />
        <source>Who is the customer?</source>
        <translation>Wer ist der Kunde?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registration_wizard.py" line="78" />
        <source>How do you sign in?</source>
        <translation>Wie melden Sie sich an?</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <location filename="../../desktop/views/update_dialog.py" line="20" />
        <source>Update available</source>
        <translation>Update verfügbar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/update_dialog.py" line="22" />
        <source>Switchboard %1 is available; you have %2.</source>
        <translation>Switchboard %1 ist verfügbar; Sie haben %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/update_dialog.py" line="25" />
        <source>No notes given.</source>
        <translation>Keine Angaben.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/update_dialog.py" line="29" />
        <source>What's new</source>
        <translation>Was ist neu</translation>
    </message>
    <message>
        <location filename="../../desktop/views/update_dialog.py" line="33" />
        <source>&amp;Download…</source>
        <translation>&amp;Herunterladen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/update_dialog.py" line="40" />
        <source>What's new:</source>
        <translation>Was ist neu:</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../desktop/views/window_actions.py" line="45" />
        <source>&amp;Refresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <location filename="../../desktop/views/window_actions.py" line="47" />
        <source>&amp;Find…</source>
        <translation>Su&amp;chen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/window_actions.py" line="49" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/window_actions.py" line="53" />
        <source>Close &amp;window</source>
        <translation>Fenster &amp;schließen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/window_actions.py" line="88" />
        <source>This page has nothing to search.</source>
        <translation>Auf dieser Seite gibt es nichts zu durchsuchen.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Sandbox mail&amp;box…</source>
        <translation>Sandbox-Post&amp;fach …</translation>
    </message>
</context>
</TS>
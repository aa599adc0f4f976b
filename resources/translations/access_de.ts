<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessDialogs</name>
    <message>
        <location filename="../../desktop/views/access/access_dialogs.py" line="18"/>
        <source>Everything except closing the account and handing ownership over.</source>
        <translation>Alles außer das Konto aufzulösen und die Inhaberschaft zu übergeben.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_dialogs.py" line="20"/>
        <source>Shop, orders, payments, invoices, automatic payments and the subscription.</source>
        <translation>Shop, Bestellungen, Zahlungen, Rechnungen, automatische Zahlungen und das Abonnement.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_dialogs.py" line="22"/>
        <source>Numbers, VoIP passwords and porting; sees the subscription.</source>
        <translation>Nummern, VoIP-Passwörter und Portierung; sieht das Abonnement.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_dialogs.py" line="24"/>
        <source>Sees everything, changes nothing.</source>
        <translation>Sieht alles, ändert nichts.</translation>
    </message>
</context>
<context>
    <name>AccessPage</name>
    <message>
        <location filename="../../desktop/views/access/access_page.py" line="31"/>
        <source>Access rights</source>
        <translation>Zugriffsrechte</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_page.py" line="33"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_page.py" line="38"/>
        <source>&amp;Add user…</source>
        <translation>Benutzer &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_page.py" line="40"/>
        <source>Change &amp;role…</source>
        <translation>&amp;Rolle ändern…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_page.py" line="42"/>
        <source>&amp;Remove user…</source>
        <translation>Benutzer &amp;entfernen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_page.py" line="52"/>
        <source>Pending invitations</source>
        <translation>Offene Einladungen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_page.py" line="55"/>
        <source>Re&amp;voke invitation</source>
        <translation>Einladung &amp;widerrufen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_page.py" line="116"/>
        <source>Choose a user first.</source>
        <translation>Wählen Sie zuerst einen Benutzer.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_page.py" line="118"/>
        <source>The owner cannot be removed. The owner hands ownership over first.</source>
        <translation>Der Inhaber kann nicht entfernt werden. Zuerst muss er die Inhaberschaft übergeben.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_page.py" line="120"/>
        <source>The owner&apos;s role changes only when the owner hands ownership over.</source>
        <translation>Die Rolle des Inhabers ändert sich nur, wenn er die Inhaberschaft übergibt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_page.py" line="122"/>
        <source>You cannot remove yourself; ask the owner or another administrator.</source>
        <translation>Sie können sich nicht selbst entfernen; bitten Sie den Inhaber oder einen anderen Administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_page.py" line="128"/>
        <source>Choose an invitation first.</source>
        <translation>Wählen Sie zuerst eine Einladung.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_page.py" line="142"/>
        <source>Invitation sent to %1 as %2.</source>
        <translation>Einladung an %1 als %2 gesendet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_page.py" line="158"/>
        <source>%1 now has the role %2.</source>
        <translation>%1 hat jetzt die Rolle %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_page.py" line="167"/>
        <source>Remove user</source>
        <translation>Benutzer entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_page.py" line="168"/>
        <source>Remove %1 &lt;%2&gt;? They can no longer sign in; their open sessions end now.</source>
        <translation>%1 &lt;%2&gt; entfernen? Die Person kann sich nicht mehr anmelden; offene Sitzungen enden sofort.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_page.py" line="169"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_page.py" line="174"/>
        <source>%1 was removed.</source>
        <translation>%1 wurde entfernt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_page.py" line="186"/>
        <source>The invitation to %1 was revoked; its link no longer works.</source>
        <translation>Die Einladung an %1 wurde widerrufen; ihr Link funktioniert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>InvitationsModel</name>
    <message>
        <location filename="../../desktop/models/access/members_model.py" line="39"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../desktop/models/access/members_model.py" line="40"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../desktop/models/access/members_model.py" line="41"/>
        <source>Sent on</source>
        <translation>Gesendet am</translation>
    </message>
    <message>
        <location filename="../../desktop/models/access/members_model.py" line="43"/>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../../desktop/views/access/access_dialogs.py" line="44"/>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_dialogs.py" line="45"/>
        <source>The person gets an e-mail with a link to set a password. The link works once, for 7 days.</source>
        <translation>Die Person erhält eine E-Mail mit einem Link, um ein Passwort zu setzen. Der Link funktioniert einmal, 7 Tage lang.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_dialogs.py" line="53"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_dialogs.py" line="54"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_dialogs.py" line="56"/>
        <source>&amp;Send invitation</source>
        <translation>Einladung &amp;senden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_dialogs.py" line="62"/>
        <source>Enter the e-mail address.</source>
        <translation>Geben Sie die E-Mail-Adresse ein.</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location filename="../../desktop/models/access/members_model.py" line="27"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/models/access/members_model.py" line="28"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../desktop/models/access/members_model.py" line="29"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../desktop/models/access/members_model.py" line="30"/>
        <source>User since</source>
        <translation>Benutzer seit</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../desktop/views/access/access_dialogs.py" line="75"/>
        <source>Change role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_dialogs.py" line="76"/>
        <source>%1 &lt;%2&gt; has the role %3.</source>
        <translation>%1 &lt;%2&gt; hat die Rolle %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_dialogs.py" line="81"/>
        <source>&amp;New role:</source>
        <translation>&amp;Neue Rolle:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/access/access_dialogs.py" line="83"/>
        <source>&amp;Change role</source>
        <translation>Rolle &amp;ändern</translation>
    </message>
</context>
</TS>

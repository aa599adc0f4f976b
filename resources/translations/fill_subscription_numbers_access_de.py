"""German for the subscription, numbers and access catalogues: sets <translation> in
subscription_de.ts, numbers_de.ts and access_de.ts after `make ts-update`.

    .venv/bin/python resources/translations/fill_subscription_numbers_access_de.py
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
AREAS = ("subscription", "numbers", "access")

GERMAN: dict[str, str | tuple[str, str]] = {
    # Subscription
    "Add users": "Benutzer hinzufügen",
    "New users are billed from today, prorated to the end of the month.":
        "Neue Benutzer werden ab heute verrechnet, anteilig bis zum Monatsende.",
    "&Users to add:": "&Zusätzliche Benutzer:",
    "&Add users": "Benutzer &hinzufügen",
    "Downgrade": "Downgrade",
    "&Request downgrade": "Downgrade &beantragen",
    "Fewer users": "Weniger Benutzer",
    "&Request fewer users": "Weniger Benutzer &beantragen",
    "Cancel the subscription": "Abonnement kündigen",
    "&Request cancellation": "Kündigung &beantragen",
    "This takes effect at the end of a month, with 30 days' notice. Until then nothing changes, "
    "and you can withdraw the request.":
        "Das gilt auf ein Monatsende mit 30 Tagen Frist. Bis dahin ändert sich nichts, und Sie "
        "können den Antrag zurückziehen.",
    "&New package:": "&Neues Paket:",
    "&Users from then on:": "&Benutzer ab dann:",
    "Takes effect on %1: the first month-end at least 30 days after today (%2).":
        "Gilt ab %1: das erste Monatsende mindestens 30 Tage nach heute (%2).",
    "Change": "Änderung",
    "To": "Neu",
    "Effective on": "Gilt ab",
    "Requested on": "Beantragt am",
    "Cancellation": "Kündigung",
    "1 user": "1 Benutzer",
    "%1 users": "%1 Benutzer",
    "End of the subscription": "Ende des Abonnements",
    "Asking the provider for the price…": "Preis wird beim Anbieter erfragt…",
    "For %1 to %2 you pay %3 (plus VAT) on the next invoice. From then on the package costs %4 a "
    "month (plus VAT).":
        "Für %1 bis %2 zahlen Sie %3 (zzgl. MWST) mit der nächsten Rechnung. Danach kostet das "
        "Paket %4 im Monat (zzgl. MWST).",
    "Subscription": "Abonnement",
    "Your package": "Ihr Paket",
    "Package:": "Paket:",
    "Users:": "Benutzer:",
    "Billing:": "Abrechnung:",
    "Since:": "Seit:",
    "Next invoice:": "Nächste Rechnung:",
    "&Add users…": "Benutzer &hinzufügen…",
    "&Upgrade…": "&Upgrade…",
    "&Downgrade…": "&Downgrade…",
    "&Fewer users…": "&Weniger Benutzer…",
    "&Cancel subscription…": "Abonnement &kündigen…",
    "Pending changes": "Beantragte Änderungen",
    "&Withdraw change": "Änderung &zurückziehen",
    "No changes are waiting.": "Keine Änderungen beantragt.",
    "No Hosted PBX package yet. Buy one in the Shop.":
        "Noch kein Hosted-PBX-Paket. Sie können eines im Shop kaufen.",
    "%1, %2 per user and month": "%1, %2 pro Benutzer und Monat",
    "Prepaid, bought in the shop": "Vorausbezahlt, im Shop gekauft",
    "Renewal:": "Verlängerung:",
    "Renews on %1 for %2": "Verlängert sich am %1 für %2",
    "Ends on %1 (automatic renewal is off)": "Endet am %1 (automatische Verlängerung aus)",
    "Monthly invoice (postpaid)": "Monatliche Rechnung (nachträglich)",
    "%1, for this month's fees and calls": "%1, für die Gebühren und Anrufe dieses Monats",
    "There is no subscription to change.": "Es gibt kein Abonnement, das sich ändern ließe.",
    "There is no bigger package, or a downgrade or cancellation is pending.":
        "Es gibt kein größeres Paket, oder ein Downgrade bzw. eine Kündigung ist beantragt.",
    "There is no smaller package, or a change is pending.":
        "Es gibt kein kleineres Paket, oder eine Änderung ist beantragt.",
    "The package has one user, or a change is pending.":
        "Das Paket hat nur einen Benutzer, oder eine Änderung ist beantragt.",
    "There is no subscription, or its cancellation is pending.":
        "Es gibt kein Abonnement, oder seine Kündigung ist beantragt.",
    "Choose a pending change first.": "Wählen Sie zuerst eine beantragte Änderung.",
    "Requested. The provider confirms it takes effect on %1.":
        "Beantragt. Der Anbieter bestätigt: gilt ab %1.",
    "(Shown before: %1.)": "(Vorher angezeigt: %1.)",
    "Done. The package is now %1 with %2.": "Erledigt. Das Paket ist jetzt %1 (%2).",
    "Withdrawn: %1. Nothing changes.": "Zurückgezogen: %1. Es ändert sich nichts.",
    "Upgrade": "Upgrade",
    "An upgrade applies at once; you pay the price difference for the rest of the month.":
        "Ein Upgrade gilt sofort; Sie zahlen die Preisdifferenz für den Rest des Monats.",
    "%1 (%2 per user and month)": "%1 (%2 pro Benutzer und Monat)",
    "&Upgrade": "&Upgrade",
    # Numbers & VoIP
    "Until the porting completes": "Bis die Portierung abgeschlossen ist",
    "Calls to %1 can reach you on one of your numbers meanwhile.":
        "Anrufe an %1 erreichen Sie bis dahin auf einer Ihrer Nummern.",
    "Show the old numbers on &outgoing calls": "Alte Nummern bei &ausgehenden Anrufen anzeigen",
    "&Forward to:": "&Weiterleiten an:",
    "&Save": "&Speichern",
    "No forwarding": "Keine Weiterleitung",
    "Number": "Nummer",
    "Status": "Status",
    "SIP user": "SIP-Benutzer",
    "Since": "Seit",
    "Ported in": "Portiert",
    "Active": "Aktiv",
    "Free": "Frei",
    "Numbers & VoIP": "Nummern & VoIP",
    "&Order number…": "Nummer &bestellen…",
    "No numbers yet: order one, or bring yours by porting.":
        "Noch keine Nummern: Bestellen Sie eine, oder bringen Sie Ihre per Portierung mit.",
    "Add e&xtension…": "Nebenstelle &hinzufügen…",
    "&Bring numbers (porting)…": "Nummern &mitbringen (Portierung)…",
    "&Forwarding until then…": "&Weiterleitung bis dahin…",
    "Your line's settings": "Einstellungen Ihres Anschlusses",
    "&Settings": "&Einstellungen",
    "&Numbers": "&Nummern",
    "Numbers overview": "Nummernübersicht",
    "&VoIP accounts": "&VoIP-Konten",
    "&Porting": "&Portierung",
    "Choose a porting request that is still under way.":
        "Wählen Sie einen Portierungsauftrag, der noch läuft.",
    "%1: %2. Until then: %3.": "%1: %2. Bis dahin: %3.",
    "It costs %1 once and %2 a month (plus VAT), on your next invoice.":
        "Sie kostet einmalig %1 und %2 im Monat (zzgl. MWST), auf Ihrer nächsten Rechnung.",
    "Number %1 is yours; its VoIP account is ready.":
        "Die Nummer %1 gehört Ihnen; ihr VoIP-Konto ist bereit.",
    "The porting request was submitted. Its state shows here as the carriers answer.":
        "Der Portierungsauftrag ist eingereicht. Sein Stand erscheint hier, sobald die Anbieter antworten.",
    "Saved: the forwarding applies until the porting completes.":
        "Gespeichert: Die Weiterleitung gilt, bis die Portierung abgeschlossen ist.",
    "Add extension": "Nebenstelle hinzufügen",
    "Extension (2 to 6 digits):": "Nebenstelle (2 bis 6 Ziffern):",
    "Extension added: SIP user %1.": "Nebenstelle hinzugefügt: SIP-Benutzer %1.",
    "Order a number": "Nummer bestellen",
    "A new number comes from our pool for the area code you choose, with its own VoIP account. %1":
        "Eine neue Nummer kommt aus unserem Bestand für die gewählte Vorwahl, mit eigenem "
        "VoIP-Konto. %1",
    "+%1 (%2, %3 free)": "+%1 (%2, %3 frei)",
    "&Area code:": "&Vorwahl:",
    "&Order number": "Nummer &bestellen",
    "The pool has no free numbers right now.": "Zurzeit sind keine Nummern frei.",
    "Bring your numbers (porting)": "Nummern mitbringen (Portierung)",
    "Porting is free. Until it completes you can forward the old numbers to one of yours and show "
    "them on outgoing calls.":
        "Die Portierung ist kostenlos. Bis sie abgeschlossen ist, können Sie die alten Nummern auf "
        "eine Ihrer Nummern weiterleiten und bei ausgehenden Anrufen anzeigen.",
    "&Numbers (one per line):": "&Nummern (eine pro Zeile):",
    "&Previous provider:": "&Bisheriger Anbieter:",
    "&Contract there ends:": "&Vertrag dort endet am:",
    "&Desired date:": "&Wunschtermin:",
    "Until then &forward to:": "Bis dahin &weiterleiten an:",
    "&Request porting": "Portierung &beantragen",
    "Numbers": "Nummern",
    "Previous provider": "Bisheriger Anbieter",
    "State": "Stand",
    "Date": "Datum",
    "Until then": "Bis dahin",
    "Submitted": "Eingereicht",
    "Confirmed": "Bestätigt",
    "Scheduled": "Terminiert",
    "Completed": "Abgeschlossen",
    "Rejected": "Abgelehnt",
    "forwarded to %1": "weitergeleitet an %1",
    "old number shown on outgoing calls": "alte Nummer bei ausgehenden Anrufen angezeigt",
    "no forwarding": "keine Weiterleitung",
    "Scheduled for this date": "Für dieses Datum terminiert",
    "The date you asked for": "Ihr Wunschtermin",
    "Number or extension": "Nummer oder Nebenstelle",
    "Registrar": "Registrar",
    "Port": "Port",
    "Password changed": "Passwort geändert",
    "Extension %1": "Nebenstelle %1",
    "SIP settings for your phone": "SIP-Einstellungen für Ihr Telefon",
    "SIP user name:": "SIP-Benutzername:",
    "Registrar (server):": "Registrar (Server):",
    "Port:": "Port:",
    "VoIP password:": "VoIP-Passwort:",
    "&Show": "An&zeigen",
    "Cop&y": "&Kopieren",
    "C&hange…": "&Ändern…",
    "&Generate new…": "Neu &generieren…",
    "Choose a VoIP account first.": "Wählen Sie zuerst ein VoIP-Konto.",
    "&Hide": "Ver&bergen",
    "The VoIP password is on the clipboard; paste it into the phone.":
        "Das VoIP-Passwort ist in der Zwischenablage; fügen Sie es im Telefon ein.",
    "The VoIP password was changed. Enter it in the phone.":
        "Das VoIP-Passwort wurde geändert. Geben Sie es im Telefon ein.",
    "Generate a new VoIP password": "Neues VoIP-Passwort generieren",
    "The phone registered as %1 stops working until you enter the new password in it. Generate a "
    "new one?":
        "Das als %1 angemeldete Telefon funktioniert erst wieder, wenn Sie das neue Passwort darin "
        "eingeben. Neues Passwort generieren?",
    "&Generate": "&Generieren",
    "A new VoIP password was generated. Enter it in the phone.":
        "Ein neues VoIP-Passwort wurde generiert. Geben Sie es im Telefon ein.",
    "The VoIP password lets a phone register with our SIP server; you type it into the phone once. "
    "It is not your login password, which opens this portal: use a different one, so that a "
    "password read off a phone never opens your account.":
        "Mit dem VoIP-Passwort meldet sich ein Telefon bei unserem SIP-Server an; Sie geben es "
        "einmal im Telefon ein. Es ist nicht Ihr Login-Passwort, das dieses Portal öffnet: Nehmen "
        "Sie ein anderes, damit ein von einem Telefon abgelesenes Passwort nie Ihr Konto öffnet.",
    "Change VoIP password": "VoIP-Passwort ändern",
    "S&how": "An&zeigen",
    "New &VoIP password for %1:": "Neues &VoIP-Passwort für %1:",
    "Strength:": "Stärke:",
    "&Change password": "Passwort &ändern",
    "not usable": "nicht verwendbar",
    "weak": "schwach",
    "fair": "ausreichend",
    "good": "gut",
    "strong": "stark",
    "12 to 64 characters": "12 bis 64 Zeichen",
    "upper- and lower-case letters and digits": "Gross- und Kleinbuchstaben und Ziffern",
    "only letters, digits and - _ . ! * +": "nur Buchstaben, Ziffern und - _ . ! * +",
    # Access rights
    "Everything except closing the account and handing ownership over.":
        "Alles außer das Konto aufzulösen und die Inhaberschaft zu übergeben.",
    "Shop, orders, payments, invoices, automatic payments and the subscription.":
        "Shop, Bestellungen, Zahlungen, Rechnungen, automatische Zahlungen und das Abonnement.",
    "Numbers, VoIP passwords and porting; sees the subscription.":
        "Nummern, VoIP-Passwörter und Portierung; sieht das Abonnement.",
    "Sees everything, changes nothing.": "Sieht alles, ändert nichts.",
    "Access rights": "Zugriffsrechte",
    "Users": "Benutzer",
    "&Add user…": "Benutzer &hinzufügen…",
    "Change &role…": "&Rolle ändern…",
    "&Remove user…": "Benutzer &entfernen…",
    "Pending invitations": "Offene Einladungen",
    "Re&voke invitation": "Einladung &widerrufen",
    "Choose a user first.": "Wählen Sie zuerst einen Benutzer.",
    "The owner cannot be removed. The owner hands ownership over first.":
        "Der Inhaber kann nicht entfernt werden. Zuerst muss er die Inhaberschaft übergeben.",
    "The owner's role changes only when the owner hands ownership over.":
        "Die Rolle des Inhabers ändert sich nur, wenn er die Inhaberschaft übergibt.",
    "You cannot remove yourself; ask the owner or another administrator.":
        "Sie können sich nicht selbst entfernen; bitten Sie den Inhaber oder einen anderen Administrator.",
    "Choose an invitation first.": "Wählen Sie zuerst eine Einladung.",
    "Invitation sent to %1 as %2.": "Einladung an %1 als %2 gesendet.",
    "%1 now has the role %2.": "%1 hat jetzt die Rolle %2.",
    "Remove user": "Benutzer entfernen",
    "Remove %1 <%2>? They can no longer sign in; their open sessions end now.":
        "%1 <%2> entfernen? Die Person kann sich nicht mehr anmelden; offene Sitzungen enden sofort.",
    "&Remove": "&Entfernen",
    "%1 was removed.": "%1 wurde entfernt.",
    "The invitation to %1 was revoked; its link no longer works.":
        "Die Einladung an %1 wurde widerrufen; ihr Link funktioniert nicht mehr.",
    "E-mail": "E-Mail",
    "Role": "Rolle",
    "Sent on": "Gesendet am",
    "Valid until": "Gültig bis",
    "Add user": "Benutzer hinzufügen",
    "The person gets an e-mail with a link to set a password. The link works once, for 7 days.":
        "Die Person erhält eine E-Mail mit einem Link, um ein Passwort zu setzen. Der Link "
        "funktioniert einmal, 7 Tage lang.",
    "&E-mail:": "&E-Mail:",
    "&Role:": "&Rolle:",
    "&Send invitation": "Einladung &senden",
    "Enter the e-mail address.": "Geben Sie die E-Mail-Adresse ein.",
    "Name": "Name",
    "User since": "Benutzer seit",
    "Change role": "Rolle ändern",
    "%1 <%2> has the role %3.": "%1 <%2> hat die Rolle %3.",
    "&New role:": "&Neue Rolle:",
    "&Change role": "Rolle &ändern",
}


def fill(path: Path) -> list[str]:
    tree = ET.parse(path)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        german = GERMAN.get(source)
        if german is None:
            missing.append(source)
            continue
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            forms = german if isinstance(german, tuple) else (german, german)
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = german if isinstance(german, str) else german[0]
    ET.indent(tree)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    with path.open("r+", encoding="utf-8") as f:  # lupdate's header line, so diffs stay small
        text = f.read().replace("<?xml version='1.0' encoding='utf-8'?>",
                                '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
        f.seek(0)
        f.write(text)
        f.truncate()
    return missing


if __name__ == "__main__":
    gaps = [f"{area}: {s!r}" for area in AREAS for s in fill(HERE / f"{area}_de.ts")]
    print("\n".join(gaps) or "all translated")
    sys.exit(1 if gaps else 0)

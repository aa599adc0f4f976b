"""Fill the German translations of the dashboard area's catalogue (dashboard_de.ts):
    .venv/bin/python resources/translations/fill_dashboard_de.py resources/translations/dashboard_de.ts"""
import sys

from _fill import fill

DE = {
    "Prepaid balance": "Prepaid-Guthaben", "Balance": "Guthaben", "Top-up": "Aufladung",
    "Balance: %1": "Guthaben: %1", "Top-up: %1": "Aufladung: %1",
    "Your role cannot see the account's billing figures.":
        "Ihre Rolle darf die Abrechnungszahlen des Kontos nicht sehen.",
    "The charts appear once this computer has synced the account.":
        "Die Diagramme erscheinen, sobald dieser Computer das Konto abgeglichen hat.",
    "Loading the charts…": "Diagramme werden geladen…",
    "No prepaid credit booked yet, so there is nothing to forecast.":
        "Noch kein Prepaid-Guthaben gebucht, daher gibt es nichts vorherzusagen.",
    "No prepaid credit booked yet.": "Noch kein Prepaid-Guthaben gebucht.",
    "The prepaid credit is used up: the balance is %1.":
        "Das Prepaid-Guthaben ist aufgebraucht: Der Saldo beträgt %1.",
    "The last 30 days' debits came to %1 a day.":
        "Die Belastungen der letzten 30 Tage betrugen %1 pro Tag.",
    "No invoices yet.": "Noch keine Rechnungen.", "No invoiced calls yet.": "Noch keine verrechneten Anrufe.",
    "Credit note %1 has been issued.": "Gutschrift %1 wurde ausgestellt.",
    "No debits in the last 30 days: at this rate the credit of %1 does not run out.":
        "Keine Belastungen in den letzten 30 Tagen: bei diesem Verbrauch reicht das Guthaben von %1 "
        "unbegrenzt.",
    "At the last 30 days' rate of %1 a day, the credit of %2 runs out on %3.":
        "Beim Verbrauch der letzten 30 Tage von %1 pro Tag ist das Guthaben von %2 am %3 aufgebraucht.",
    "Nothing scheduled.": "Nichts geplant.", "not at the current rate": "beim jetzigen Verbrauch nicht",
    "charged to your card": "von Ihrer Karte abgebucht",
    "paid from the prepaid balance": "aus dem Prepaid-Guthaben bezahlt",
    "renews only if you renew it": "verlängert sich nur, wenn Sie verlängern",
    "paid by bank transfer": "per Banküberweisung bezahlt",
    "paid by SEPA direct debit": "per SEPA-Lastschrift bezahlt",
    "Next automatic top-up: %1 on %2, %3.": "Nächste automatische Aufladung: %1 am %2, %3.",
    "Next renewal of %1: %2 on %3, %4.": "Nächste Verlängerung von %1: %2 am %3, %4.",
    "Next invoice: on %1, %2.": "Nächste Rechnung: am %1, %2.",
    "This desktop has no system tray, so notifications stay inside Switchboard.":
        "Dieser Desktop hat keinen Infobereich; Benachrichtigungen bleiben in Switchboard.",
    "Your prepaid balance is low: %1.": "Ihr Prepaid-Guthaben ist niedrig: %1.",
    "An automatic payment failed. Check your card under Automatic payments.":
        "Eine automatische Zahlung ist fehlgeschlagen. Prüfen Sie Ihre Karte unter Automatische Zahlungen.",
    "Invoice %1 has been issued.": "Rechnung %1 wurde ausgestellt.",
    "Your numbers move to Switchboard on %1.": "Ihre Nummern wechseln am %1 zu Switchboard.",
    "Notifications": "Benachrichtigungen",
    "Also show notifications like this one as system notifications, when Switchboard is in the background?":
        "Benachrichtigungen wie diese auch als Systembenachrichtigungen zeigen, wenn Switchboard im "
        "Hintergrund ist?",
    "Subscription": "Abonnement", "Numbers": "Nummern", "Calls": "Anrufe", "One-off": "Einmalig",
    "Spend per month": "Ausgaben pro Monat", "Total: %1": "Total: %1",
    "Calls by destination zone": "Anrufe nach Zielzone", "%1 min": "%1 Min.", "Calls: %1": "Anrufe: %1",
    "Minutes: %1": "Minuten: %1", "Cost: %1": "Kosten: %1",
    "The charts of %1 need a connection to the provider: this computer keeps only your own account's data.":
        "Die Diagramme von %1 brauchen eine Verbindung zum Anbieter: Dieser Computer speichert nur die "
        "Daten Ihres eigenen Kontos.",
    "Loading the charts of %1 from the provider…": "Diagramme von %1 werden beim Anbieter geladen…",
    "Notifications: %1 unread": "Benachrichtigungen: %1 ungelesen",
    "Notifications: none unread": "Benachrichtigungen: keine ungelesen",
    "Opens the list of this session's notifications.":
        "Öffnet die Liste der Benachrichtigungen dieser Sitzung.",
    "Since you signed in, newest first. Esc closes.": "Seit Ihrer Anmeldung, neueste zuerst. Esc schließt.",
    "Notifications since you signed in": "Benachrichtigungen seit Ihrer Anmeldung",
    "No notifications since you signed in.": "Keine Benachrichtigungen seit Ihrer Anmeldung.",
    # The account summary (views/dashboard/dashboard_page.py)
    "Dashboard": "Übersicht",
    "Account:": "Konto:",
    "User ID:": "Benutzer-ID:",
    "Type:": "Art:",
    "Country:": "Land:",
    "Prepaid balance:": "Prepaid-Guthaben:",
    "Services:": "Dienste:",
    "Signed in as:": "Angemeldet als:",
}
missing = fill(sys.argv[1], DE)
if missing:
    sys.exit(f"untranslated: {missing}")

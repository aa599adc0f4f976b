"""Fill the German translations of the money areas' catalogues: the shop, orders, invoices,
payments and automatic payments (shop_de.ts, orders_de.ts, invoices_de.ts, payments_de.ts,
automatic_payments_de.ts).

    cd resources/translations && python fill_payments_de.py \
        shop_de.ts orders_de.ts invoices_de.ts payments_de.ts automatic_payments_de.ts

Only these files, only messages whose source is listed here; plural messages get both forms.
"""

import sys
import xml.etree.ElementTree as ET

DE = {
    "SIP Trunk": "SIP-Trunk",
    "PBX Basic": "PBX Basic", "PBX Business": "PBX Business", "PBX Premium": "PBX Premium",
    "Connect your own phone system. No base fee; calls are paid from prepaid credit.":
        "Für Ihre eigene Telefonanlage. Keine Grundgebühr; Anrufe werden vom Prepaid-Guthaben bezahlt.",
    "Hosted PBX: extensions, voicemail, call forwarding.":
        "Virtuelle Telefonanlage: Nebenstellen, Combox, Rufumleitung.",
    "Everything in Basic, plus hunt groups, IVR menus and call recording.":
        "Alles aus Basic, dazu Sammelrufgruppen, Sprachmenüs und Gesprächsaufzeichnung.",
    "Everything in Business, plus call-centre queues, CRM integration and reports.":
        "Alles aus Business, dazu Callcenter-Warteschlangen, CRM-Anbindung und Auswertungen.",
    "Phone number (local)": "Rufnummer (lokal)",
    "A geographic number from the pool of the area code you choose.":
        "Eine Ortsnummer aus dem Nummernpool der gewählten Vorwahl.",
    "Phone number (national service)": "Rufnummer (nationaler Dienst)",
    "A non-geographic number (e.g. 058 in CH, 032 in DE).":
        "Eine ortsunabhängige Nummer (z. B. 058 in der Schweiz, 032 in Deutschland).",
    "Desk phone Yealink T33G": "Tischtelefon Yealink T33G",
    "Entry-level desk phone, 4 lines, colour display.":
        "Einsteiger-Tischtelefon, 4 Leitungen, Farbdisplay.",
    "Desk phone Yealink T54W": "Tischtelefon Yealink T54W",
    "Business desk phone with Wi-Fi, Bluetooth and a 4.3\" display.":
        "Business-Tischtelefon mit WLAN, Bluetooth und 4,3-Zoll-Display.",
    "Desk phone Snom D785": "Tischtelefon Snom D785",
    "Executive desk phone with colour display and 24 self-labelling keys.":
        "Chef-Tischtelefon mit Farbdisplay und 24 selbstbeschriftenden Tasten.",
    "Credit for calls on the SIP Trunk and the PBX. Choose the amount.":
        "Guthaben für Anrufe über den SIP-Trunk und die Telefonanlage. Betrag frei wählbar.",
    "active": "aktiv", "in 7 days' grace": "in der 7-tägigen Nachfrist", "suspended": "gesperrt",
    "cancelled": "gekündigt",
    "E&xport period…": "Zeitraum e&xportieren…",
    "Exports the invoices stored on this computer; available after the first sync.":
        "Exportiert die auf diesem Computer gespeicherten Rechnungen; verfügbar nach dem ersten Abgleich.",
    "Exported %1 invoices to %2.": "%1 Rechnungen nach %2 exportiert.",
    "Export invoices": "Rechnungen exportieren",
    "A ZIP file with every invoice of the period as PDF, and the invoices and their calls as CSV files "
    "for your accounting software.":
        "Eine ZIP-Datei mit jeder Rechnung des Zeitraums als PDF sowie den Rechnungen und ihren "
        "Anrufen als CSV-Dateien für Ihre Buchhaltungssoftware.",
    "&Choose…": "&Wählen…",
    "&From:": "&Von:",
    "&To:": "&Bis:",
    "&Folder:": "&Ordner:",
    "&Export": "&Exportieren",
    "Folder for the export": "Ordner für den Export",
    "The period ends before it starts.": "Der Zeitraum endet, bevor er beginnt.",
    "Choose a folder.": "Wählen Sie einen Ordner.",
    "Exporting invoices…": "Rechnungen werden exportiert…",
    "Cancel": "Abbrechen",
    "1 month": "1 Monat",
    "%1 months": "%1 Monate",
    "The last top-up failed.": "Die letzte Aufladung ist fehlgeschlagen.",
    "The last %1 top-ups failed.": "Die letzten %1 Aufladungen sind fehlgeschlagen.",
    "%1, %2 users, %3, ends %4 (%5), renewal %6": "%1, %2 Benutzer, %3, endet %4 (%5), Verlängerung %6",
    "1 reminder sent": "1 Mahnung gesendet",
    "%1 reminders sent": "%1 Mahnungen gesendet",
    "Pending – not paid yet": "Offen – noch nicht bezahlt",
    "Paid": "Bezahlt",
    "Being set up": "Wird eingerichtet",
    "Completed": "Abgeschlossen",
    "Cancelled": "Storniert",
    "Card": "Karte",
    "Prepaid credit": "Prepaid-Guthaben",
    "SEPA direct debit": "SEPA-Lastschrift",
    "Bank transfer": "Banküberweisung",
    "Not chosen": "Nicht gewählt",
    "Order": "Bestellung",
    "Automatic top-up": "Automatische Aufladung",
    "Prolongation": "Verlängerung",
    "Refund": "Rückerstattung",
    "Invoice": "Rechnung",
    "Overdue": "Überfällig",
    "Open": "Offen",
    "Credited": "Gutgeschrieben",
    "Date": "Datum",
    "Items": "Positionen",
    "Total": "Total",
    "Status": "Status",
    "Paid with": "Bezahlt mit",
    "Reference": "Referenz",
    "For": "Für",
    "Amount": "Betrag",
    "Number": "Nummer",
    "Type": "Art",
    "Credit note": "Gutschrift",
    "Period": "Periode",
    "Issued": "Ausgestellt",
    "Due": "Fällig",
    "Calls": "Anrufe",
    "Monthly fee": "Monatsgebühr",
    "One-off": "Einmalig",
    "Part of a month": "Teilmonat",
    "Credit": "Gutschrift",
    "Pos.": "Pos.",
    "Description": "Beschreibung",
    "Kind": "Art",
    "Days": "Tage",
    "Quantity": "Menge",
    "Start": "Beginn",
    "From": "Von",
    "To": "An",
    "Destination zone": "Zielzone",
    "Duration": "Dauer",
    "Price": "Preis",
    "You disputed this call.": "Sie haben diesen Anruf beanstandet.",
    "%1 to %2": "%1 bis %2",
    "%1 once": "%1 einmalig",
    "%1 per user and month": "%1 pro Benutzer und Monat",
    "%1 per month": "%1 pro Monat",
    "Included": "Inbegriffen",
    "Product": "Produkt",
    "Price (net)": "Preis (netto)",
    "Item": "Artikel",
    "Users / quantity": "Benutzer / Menge",
    "Months": "Monate",
    "Net": "Netto",
    "This invoice is not complete on this computer yet; it arrives with the next sync.":
        "Diese Rechnung ist auf diesem Computer noch nicht vollständig; sie kommt mit dem nächsten "
        "Abgleich.",
    "This cannot be done: %1": "Das geht nicht: %1",
    "The file could not be written: %1": "Die Datei konnte nicht geschrieben werden: %1",
    "Period:": "Periode:",
    "Issued:": "Ausgestellt:",
    "Due:": "Fällig:",
    "Status:": "Status:",
    "Payment:": "Zahlung:",
    "Amounts:": "Beträge:",
    "&Itemized calls (%1):": "&Einzelverbindungen (%1):",
    "I&tems:": "Pos&itionen:",
    "&Dispute a call…": "Anruf &beanstanden…",
    "Save as &PDF…": "Als &PDF speichern…",
    "Offline, the dispute is kept on this computer and sent with the next sync.":
        "Offline wird die Beanstandung auf diesem Computer gespeichert und mit dem nächsten Abgleich "
        "gesendet.",
    "This invoice has no itemized calls.": "Diese Rechnung hat keine Einzelverbindungen.",
    "paid on %1": "bezahlt am %1",
    "reference %1": "Referenz %1",
    "Net %1 · VAT %2 % %3 · total %4": "Netto %1 · MWST %2 % %3 · Total %4",
    "Choose a call in the list first.": "Wählen Sie zuerst einen Anruf in der Liste.",
    "The dispute was sent to the provider.": "Die Beanstandung wurde an den Anbieter gesendet.",
    "Dispute kept on this computer; it is sent to the provider with the next sync.":
        "Beanstandung auf diesem Computer gespeichert; sie wird mit dem nächsten Abgleich an den "
        "Anbieter gesendet.",
    "Save invoice": "Rechnung speichern",
    "PDF (*.pdf)": "PDF (*.pdf)",
    "Saving %1…": "%1 wird gespeichert…",
    "Saved %1.": "%1 gespeichert.",
    "All": "Alle",
    "Invoices": "Rechnungen",
    "Credit notes": "Gutschriften",
    "All periods": "Alle Perioden",
    "e.g. 2026-0001": "z. B. 2026-0001",
    "&Open invoice": "Rechnung ö&ffnen",
    "Compare &months…": "&Monate vergleichen…",
    "&Refresh": "A&ktualisieren",
    "&Status:": "&Status:",
    "&Type:": "&Art:",
    "P&eriod:": "P&eriode:",
    "&Number:": "&Nummer:",
    "Compares the months stored on this computer; available after the first sync.":
        "Vergleicht die auf diesem Computer gespeicherten Monate; verfügbar nach dem ersten Abgleich.",
    "Choose an invoice in the list first.": "Wählen Sie zuerst eine Rechnung in der Liste.",
    "Loading…": "Wird geladen…",
    "No invoice matches these filters.": "Keine Rechnung passt zu diesen Filtern.",
    "No invoices yet.": "Noch keine Rechnungen.",
    "Dispute a call": "Anruf beanstanden",
    "Call %1. Say what is wrong with it; the provider checks the call and answers by e-mail.":
        "Anruf %1. Sagen Sie, was nicht stimmt; der Anbieter prüft den Anruf und antwortet per E-Mail.",
    "e.g. I never called this number": "z. B. Diese Nummer habe ich nie angerufen",
    "&What is wrong:": "&Was stimmt nicht:",
    "&Dispute call": "Anruf &beanstanden",
    "Say what is wrong with the call.": "Sagen Sie, was mit dem Anruf nicht stimmt.",
    "&Pay now…": "Jetzt &bezahlen…",
    "&Cancel order…": "Bestellung &stornieren…",
    "Orders": "Bestellungen",
    "Choose a pending order to pay it.": "Wählen Sie eine offene Bestellung, um sie zu bezahlen.",
    "Only a pending or paid order that is not being set up yet can be cancelled.":
        "Nur eine offene oder bezahlte Bestellung, die noch nicht eingerichtet wird, kann storniert "
        "werden.",
    "Order #%1: %2": "Bestellung #%1: %2",
    "Net %1, VAT %2, total %3": "Netto %1, MWST %2, Total %3",
    "set up by %1": "eingerichtet bis %1",
    "completed on %1": "abgeschlossen am %1",
    "No orders yet.": "Noch keine Bestellungen.",
    "Order #%1 is paid.": "Bestellung #%1 ist bezahlt.",
    "Cancel order": "Bestellung stornieren",
    "Cancel order #%1? A paid order is refunded the way it was paid.":
        "Bestellung #%1 stornieren? Eine bezahlte Bestellung wird auf dem Zahlungsweg zurückerstattet.",
    "Pay order #%1": "Bestellung #%1 bezahlen",
    "Order #%1 (%2) is pending. Total %3, VAT included.":
        "Bestellung #%1 (%2) ist offen. Total %3 inkl. MWST.",
    "&Pay %1": "%1 &bezahlen",
    "Paying…": "Zahlung läuft…",
    "Reference, card or purpose": "Referenz, Karte oder Zweck",
    "&Search:": "&Suchen:",
    "Payment history": "Zahlungsverlauf",
    "No payments yet.": "Noch keine Zahlungen.",
    "Add a card": "Karte hinzufügen",
    "The card number goes only to the payment provider; Switchboard keeps a token, the brand, the last "
    "four digits and the expiry.":
        "Die Kartennummer geht nur an den Zahlungsdienstleister; Switchboard speichert ein Token, die "
        "Marke, die letzten vier Ziffern und das Ablaufdatum.",
    "MM/YY": "MM/JJ",
    "Use as the &default card": "Als &Standardkarte verwenden",
    "Card n&umber:": "Karten&nummer:",
    "E&xpires (MM/YY):": "&Gültig bis (MM/JJ):",
    "Security &code:": "&Prüfnummer:",
    "&Add card": "Karte &hinzufügen",
    "This is not a valid card number; check the digits.":
        "Das ist keine gültige Kartennummer; prüfen Sie die Ziffern.",
    "Give the month and year as on the card, e.g. 08/29.": "Monat und Jahr wie auf der Karte, z. B. 08/29.",
    "This card has expired.": "Diese Karte ist abgelaufen.",
    "The 3 or 4 digits on the back of the card.": "Die 3 oder 4 Ziffern auf der Rückseite der Karte.",
    "Automatic payments": "Automatische Zahlungen",
    "Saved cards": "Gespeicherte Karten",
    "&Add card…": "Karte &hinzufügen…",
    "Make de&fault": "Als &Standard",
    "Re&move card": "Karte &entfernen",
    "When calls take your prepaid balance below the threshold, the amount is charged to the card once.":
        "Fällt Ihr Prepaid-Guthaben durch Anrufe unter die Schwelle, wird der Betrag einmal der Karte "
        "belastet.",
    "&Top up automatically": "Automatisch &aufladen",
    "&Save top-up": "Aufladung s&peichern",
    "When the balance is &below:": "Wenn das Guthaben &unter:",
    "Top up &by:": "Aufladen &um:",
    "Charge the &card:": "&Karte belasten:",
    "Automatic prolongation": "Automatische Verlängerung",
    "A prepaid package is renewed for the same duration when it ends: from your credit when it covers "
    "the price, otherwise from the default card.":
        "Ein Prepaid-Paket wird am Ende um dieselbe Dauer verlängert: aus Ihrem Guthaben, wenn es den "
        "Preis deckt, sonst über die Standardkarte.",
    "Monthly invoice": "Monatsrechnung",
    "C&harge the monthly invoice to my default card": "Monatsrechnung meiner Standardkarte &belasten",
    " – default": " – Standard",
    "The card ending %1 has expired.": "Die Karte mit Endung %1 ist abgelaufen.",
    "The card ending %1 expires at the end of %2/%3; add a new card so automatic payments continue.":
        "Die Karte mit Endung %1 läuft Ende %2/%3 ab; fügen Sie eine neue Karte hinzu, damit "
        "automatische Zahlungen weiterlaufen.",
    "No saved cards. Automatic payments need one.":
        "Keine gespeicherten Karten. Automatische Zahlungen brauchen eine.",
    "Next try on %1.": "Nächster Versuch am %1.",
    "Automatic top-up was switched off; check the card and switch it on again.":
        "Die automatische Aufladung wurde ausgeschaltet; prüfen Sie die Karte und schalten Sie sie "
        "wieder ein.",
    "On: below %1 the balance is topped up by %2.": "Ein: unter %1 wird das Guthaben um %2 aufgeladen.",
    "Off.": "Aus.",
    "No prepaid packages.": "Keine Prepaid-Pakete.",
    "Give an amount, e.g. 20.00.": "Geben Sie einen Betrag an, z. B. 20.00.",
    "Balance: %1": "Guthaben: %1",
    "Below the automatic top-up threshold of %1.": "Unter der Schwelle %1 für die automatische Aufladung.",
    "Prepaid balance": "Prepaid-Guthaben",
    "The automatic top-up failed. Check your card under Automatic payments.":
        "Die automatische Aufladung ist fehlgeschlagen. Prüfen Sie Ihre Karte unter Automatische "
        "Zahlungen.",
    "The automatic prolongation of %1 failed: add credit or a card.":
        "Die automatische Verlängerung von %1 ist fehlgeschlagen: laden Sie Guthaben auf oder fügen Sie "
        "eine Karte hinzu.",
    "SEPA direct debit mandate": "SEPA-Lastschriftmandat",
    "Si&gn mandate": "Mandat &unterzeichnen",
    "Re&voke mandate": "Mandat &widerrufen",
    "&IBAN:": "&IBAN:",
    "Account &holder:": "Konto&inhaber:",
    "No mandate. Sign one to pay orders and invoices by direct debit.":
        "Kein Mandat. Unterzeichnen Sie eines, um Bestellungen und Rechnungen per Lastschrift zu "
        "bezahlen.",
    "Mandate %1 for %2 (%3), signed %4.": "Mandat %1 für %2 (%3), unterzeichnet am %4.",
    "An IBAN has only letters and digits.": "Eine IBAN hat nur Buchstaben und Ziffern.",
    "An IBAN starts with the country code and two check digits.":
        "Eine IBAN beginnt mit dem Ländercode und zwei Prüfziffern.",
    "The length does not fit this country's IBAN.": "Die Länge passt nicht zur IBAN dieses Landes.",
    "The account number does not fit this country's IBAN.":
        "Die Kontonummer passt nicht zur IBAN dieses Landes.",
    "The check digits do not match: a typo?": "Die Prüfziffern stimmen nicht: ein Tippfehler?",
    "✓ %1": "✓ %1",
    "There is no mandate to revoke.": "Es gibt kein Mandat zum Widerrufen.",
    "Enter a valid IBAN first.": "Geben Sie zuerst eine gültige IBAN ein.",
    "Choose a card in the list first.": "Wählen Sie zuerst eine Karte in der Liste.",
    "This card is already the default.": "Diese Karte ist bereits die Standardkarte.",
    "Billing address": "Rechnungsadresse",
    "The invoice for this order goes to this address.":
        "Die Rechnung für diese Bestellung geht an diese Adresse.",
    "Use a &new address": "&Neue Adresse verwenden",
    "&Address:": "&Adresse:",
    "Na&me:": "Na&me:",
    "Com&pany (optional):": "&Firma (optional):",
    "S&treet:": "S&trasse:",
    "Posta&l code:": "P&LZ:",
    "C&ity:": "&Ort:",
    "Co&untry:": "&Land:",
    "Check out": "Zur Kasse",
    "new card ending %1": "neue Karte mit Endung %1",
    "Thank you": "Vielen Dank",
    "Order #%1 is placed and waits for your bank transfer; the payment details are on its invoice.":
        "Bestellung #%1 ist aufgegeben und wartet auf Ihre Überweisung; die Zahlungsangaben stehen auf "
        "der Rechnung.",
    "It will be set up by %1.": "Sie wird bis %1 eingerichtet.",
    "You find it under Payments › Orders.": "Sie finden sie unter Zahlungen › Bestellungen.",
    "&Saved card": "&Gespeicherte Karte",
    "&New card": "&Neue Karte",
    "Save for &future payments": "Für &künftige Zahlungen speichern",
    "&Prepaid credit": "&Prepaid-Guthaben",
    "SEPA &direct debit": "SEPA-&Lastschrift",
    "&Bank transfer (invoice due in 30 days)": "&Banküberweisung (Rechnung zahlbar in 30 Tagen)",
    "Prepaid credit cannot buy prepaid credit.":
        "Mit Prepaid-Guthaben kann man kein Prepaid-Guthaben kaufen.",
    "Your balance: %1.": "Ihr Guthaben: %1.",
    "Not enough for this total.": "Reicht nicht für dieses Total.",
    "SEPA direct debit and bank transfer are for business accounts.":
        "SEPA-Lastschrift und Banküberweisung gibt es für Geschäftskonten.",
    "SEPA direct debit needs a mandate: sign one under Automatic payments.":
        "SEPA-Lastschrift braucht ein Mandat: unterzeichnen Sie eines unter Automatische Zahlungen.",
    "The card was declined. Use another card or ask your bank.":
        "Die Karte wurde abgelehnt. Verwenden Sie eine andere Karte oder fragen Sie Ihre Bank.",
    "The card has insufficient funds. Use another card.":
        "Die Karte ist nicht gedeckt. Verwenden Sie eine andere.",
    "The card has expired. Use another card.": "Die Karte ist abgelaufen. Verwenden Sie eine andere.",
    "Your order stays pending; you can pay it again.":
        "Ihre Bestellung bleibt offen; Sie können sie erneut bezahlen.",
    "How to pay": "Zahlungsart",
    "The card number goes only to the payment provider; Switchboard keeps a token, the brand and the "
    "last four digits.":
        "Die Kartennummer geht nur an den Zahlungsdienstleister; Switchboard speichert ein Token, die "
        "Marke und die letzten vier Ziffern.",
    "Check and pay": "Prüfen und bezahlen",
    "The totals are the provider's, VAT included.": "Die Totale sind die des Anbieters, inklusive MWST.",
    "Net: %1": "Netto: %1",
    "VAT %1 %: %2": "MWST %1 %: %2",
    "Total to pay: %1": "Zu bezahlen: %1",
    "Billing address: %1": "Rechnungsadresse: %1",
    "Paid with: %1": "Bezahlt mit: %1",
    "This pays order #%1, which is still pending.": "Damit wird die noch offene Bestellung #%1 bezahlt.",
    "All users of an account are in the same package: a cart holds at most one package, and it must be "
    "your current one. To change package, use Subscription (upgrade or downgrade).":
        "Alle Benutzer eines Kontos sind im selben Paket: Ein Warenkorb enthält höchstens ein Paket, und "
        "zwar Ihr aktuelles. Um das Paket zu wechseln, nutzen Sie Abonnement (Upgrade oder Downgrade).",
    "&Add to cart": "In den &Warenkorb",
    "&Users / quantity:": "&Benutzer / Menge:",
    "&Months:": "&Monate:",
    "Amo&unt:": "Be&trag:",
    "C&hange line": "Zeile ä&ndern",
    "Set the chosen line to the users and months above":
        "Die gewählte Zeile auf Benutzer und Monate oben setzen",
    "&Remove line": "Zeile &entfernen",
    "Chec&k out…": "Zur &Kasse…",
    "Catalog (prices without VAT)": "Katalog (Preise ohne MWST)",
    "Your cart": "Ihr Warenkorb",
    "Shop": "Shop",
    "Add something to the cart first.": "Legen Sie zuerst etwas in den Warenkorb.",
    "The cart is empty.": "Der Warenkorb ist leer.",
    "Total: %1": "Total: %1",
    "Give the amount of credit to buy.": "Geben Sie den Betrag des Guthabens an.",
    # Compare months (views/invoices/compare_dialog.py, models/invoices/compare_models.py)
    "Compare months": "Monate vergleichen",
    "Month &A:": "Monat &A:",
    "Month &B:": "Monat &B:",
    "Search number, zone, date…": "Nummer, Zone, Datum suchen…",
    "&Search calls of month B:": "Anrufe von Monat B &suchen:",
    "&Flag call to dispute…": "Anruf &beanstanden…",
    "Save month B as &PDF…": "Monat B als &PDF speichern…",
    "Kept on this computer and sent to the provider when online.":
        "Wird auf diesem Computer gespeichert und bei Verbindung an den Anbieter gesendet.",
    "No invoices on this computer yet.": "Noch keine Rechnungen auf diesem Computer.",
    "Choose a call first.": "Wählen Sie zuerst einen Anruf.",
    "Dispute call": "Anruf beanstanden",
    "What is wrong with the call to +%1?": "Was stimmt mit dem Anruf an +%1 nicht?",
    "Start (UTC)": "Beginn (UTC)",
    "Zone": "Zone",
    "Dispute": "Beanstandung",
    "sent": "gesendet",
    "kept, not sent yet": "gespeichert, noch nicht gesendet",
    "%1: calls": "%1: Anrufe",
    "%1: amount": "%1: Betrag",
    "VAT": "MWST",
    "What": "Was",
    "Difference": "Differenz",
    # Confirming a card payment with the bank
    'Confirm the payment':
        'Zahlung bestätigen',
    'Confirm the payment in your browser…':
        'Bestätigen Sie die Zahlung in Ihrem Browser…',
    "Your card's bank asks you to confirm this payment. We opened the bank's page in your "
    'browser; confirm there, and Switchboard continues by itself.':
        'Die Bank Ihrer Karte möchte, dass Sie diese Zahlung bestätigen. Wir haben die Seite der '
        'Bank in Ihrem Browser geöffnet; bestätigen Sie dort, dann fährt Switchboard von selbst '
        'fort.',
    'Order #%1 stays pending until the bank has answered.':
        'Bestellung #%1 bleibt offen, bis die Bank geantwortet hat.',
    'The order stays pending until the bank has answered.':
        'Die Bestellung bleibt offen, bis die Bank geantwortet hat.',
    '&Cancel payment':
        'Zahlung &abbrechen',
    '&Open the page again':
        'Seite erneut ö&ffnen',
    "Switchboard cannot open the bank's page; cancel the payment and try again, or pay another way.":
        'Switchboard kann die Seite der Bank nicht öffnen; brechen Sie die Zahlung ab und versuchen'
        ' Sie es erneut, oder bezahlen Sie anders.',
    'Cancelling the payment…':
        'Die Zahlung wird abgebrochen…',
    "You cancelled the confirmation with your card's bank, so nothing was charged.":
        'Sie haben die Bestätigung bei der Bank Ihrer Karte abgebrochen; es wurde nichts belastet.',
    "Your card's bank did not confirm the payment, so nothing was charged.":
        'Die Bank Ihrer Karte hat die Zahlung nicht bestätigt; es wurde nichts belastet.',
    'Switchboard could not open your browser. Open this address in a browser: %1':
        'Switchboard konnte Ihren Browser nicht öffnen. Öffnen Sie diese Adresse in einem Browser: %1',
    'The card payment was not made.':
        'Die Kartenzahlung wurde nicht ausgeführt.',
    "Waiting for your bank's confirmation…":
        'Warten auf die Bestätigung Ihrer Bank…',
    # Confirming a card with the bank before it is saved
    'Confirm the card': 'Karte bestätigen',
    'Confirm the card in your browser…': 'Bestätigen Sie die Karte in Ihrem Browser…',
    "Your card's bank asks you to confirm this card before it is saved. We opened the bank's page "
    "in your browser; confirm there, and Switchboard continues by itself. Nothing is saved or "
    "charged until the bank has answered.":
        'Die Bank Ihrer Karte möchte, dass Sie diese Karte bestätigen, bevor sie gespeichert wird. '
        'Wir haben die Seite der Bank in Ihrem Browser geöffnet; bestätigen Sie dort, dann fährt '
        'Switchboard von selbst fort. Bis die Bank geantwortet hat, wird nichts gespeichert und '
        'nichts belastet.',
    '&Cancel': '&Abbrechen',
    'Cancelling…': 'Wird abgebrochen…',
    "Switchboard cannot open the bank's page; cancel and try again, or use another card.":
        'Switchboard kann die Seite der Bank nicht öffnen; brechen Sie ab und versuchen Sie es '
        'erneut, oder verwenden Sie eine andere Karte.',
    "You cancelled the confirmation with your card's bank, so the card was not saved.":
        'Sie haben die Bestätigung bei der Bank Ihrer Karte abgebrochen; die Karte wurde nicht '
        'gespeichert.',
    "Your card's bank did not confirm the card, so it was not saved.":
        'Die Bank Ihrer Karte hat die Karte nicht bestätigt; sie wurde nicht gespeichert.',
    'The card was not saved.': 'Die Karte wurde nicht gespeichert.',
    'Nothing was charged.': 'Es wurde nichts belastet.',
    # A refused card or payment, worded by the client from the rule (models/payments/messages.py)
    'The security code does not match the card. Check it and try again.':
        'Der Sicherheitscode passt nicht zur Karte. Prüfen Sie ihn und versuchen Sie es erneut.',
    'The card number is not valid. Check the digits.':
        'Die Kartennummer ist ungültig. Prüfen Sie die Ziffern.',
    'The expiry date does not match the card. Check it and try again.':
        'Das Ablaufdatum passt nicht zur Karte. Prüfen Sie es und versuchen Sie es erneut.',
    "The card's bank could not process the payment. Try again in a moment.":
        'Die Bank der Karte konnte die Zahlung nicht verarbeiten. Versuchen Sie es gleich noch einmal.',
    'The card is no longer known to the payment provider. Enter it again.':
        'Die Karte ist beim Zahlungsanbieter nicht mehr bekannt. Geben Sie sie erneut ein.',
    'This payment was started with another amount. Start it again.':
        'Diese Zahlung wurde mit einem anderen Betrag begonnen. Beginnen Sie sie neu.',
    "Your card's bank wants you to confirm this payment. Pay it here in Switchboard and confirm "
    'it in your browser.':
        'Die Bank Ihrer Karte möchte, dass Sie diese Zahlung bestätigen. Bezahlen Sie sie hier in '
        'Switchboard und bestätigen Sie sie in Ihrem Browser.',
    'This is a test card; it cannot pay here.':
        'Dies ist eine Testkarte; mit ihr kann hier nicht bezahlt werden.',
    "Switchboard cannot send a card to the payment provider your provider names. Ask your "
    "provider's support.":
        'Switchboard kann keine Karte an den Zahlungsanbieter senden, den Ihr Anbieter nennt. '
        'Fragen Sie den Support Ihres Anbieters.',
}
PLURALS: dict[str, tuple[str, str]] = {}  # none: counts are spelled out (models/dates.py: months_text)


def fill(path: str) -> list[str]:
    tree = ET.parse(path)
    missing = []
    for msg in tree.iter("message"):
        src = msg.find("source").text
        tr = msg.find("translation")
        if msg.get("numerus") == "yes" and src in PLURALS:
            for form in list(tr):
                tr.remove(form)
            tr.text = None
            for text in PLURALS[src]:
                ET.SubElement(tr, "numerusform").text = text
        elif src in DE:
            tr.text = DE[src]
        else:
            missing.append(src)
            continue
        tr.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    left = [src for path in sys.argv[1:] for src in fill(path)]
    if left:
        print("no German for:", *left, sep="\n  ")
    sys.exit(1 if left else 0)

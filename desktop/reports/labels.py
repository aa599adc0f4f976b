"""The documents' words in the account's language (English or German). The PDF is made in the
headless export too, so these are plain tables rather than Qt translations."""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "invoice": "Invoice", "credit_note": "Credit note", "number": "Invoice number",
        "credit_number": "Credit note number", "date": "Invoice date", "period": "Period",
        "due": "Due date", "customer_no": "Customer number", "reference": "Payment reference",
        "pos": "Pos.", "description": "Description", "qty": "Qty", "amount": "Amount",
        "net": "Net amount", "vat": "VAT {rate} %", "total": "Total", "page": "Page {x} of {y}",
        "calls_title": "Itemized calls, invoice {number}", "calls_ref": "Itemized calls: {calls} "
        "on {pages}.", "col_start": "Start (UTC)", "col_from": "From", "col_to": "To",
        "col_zone": "Zone", "col_duration": "Duration", "col_price": "Price ({currency})",
        "calls_total": "{calls}, total {amount}", "pay_transfer": "Please transfer {amount} by "
        "{due}, quoting the reference {reference}.", "pay_sepa": "{amount} will be debited from "
        "your account by SEPA direct debit on {due}.", "pay_card": "{amount} is charged to your "
        "saved card.", "paid": "Paid on {date}. Thank you.", "nothing_due": "Nothing to pay.",
        "credit_of": "This credit note corrects invoice {number} of {date}.",
        "credit_date": "Credit note date", "corrects": "Corrects invoice",
        "credits_deducted": "Credit notes of {amount} are deducted from this invoice.",
        "credited_in_full": "Settled in full by credit notes.",
        "settle_allocation": "The amount is deducted from invoice {number}.",
        "settle_prepaid_credit": "The amount has been credited to your prepaid balance.",
        "settle_card_refund": "The amount is refunded to the card invoice {number} was paid with.",
        "reverse_charge": "Reverse charge: the recipient accounts for the VAT (Article 196 of "
        "Council Directive 2006/112/EC).", "qr_message": "Invoice {number}",
        "continued": "{title} {number} (continued)", "epc_caption": "Scan with your banking app "
        "to pay.", "vat_id": "VAT ID", "status_open": "Open", "status_paid": "Paid",
        "status_credited": "Credited",
        # Swiss QR-bill (Swiss Payment Standards, English wording).
        "qr_receipt": "Receipt", "qr_payment_part": "Payment part", "qr_account": "Account / Payable to",
        "qr_reference": "Reference", "qr_info": "Additional information", "qr_payable_by": "Payable by",
        "qr_currency": "Currency", "qr_amount": "Amount", "qr_acceptance": "Acceptance point",
        "qr_separate": "Separate before paying in",
    },
    "de": {
        "invoice": "Rechnung", "credit_note": "Gutschrift", "number": "Rechnungsnummer",
        "credit_number": "Gutschriftsnummer", "date": "Rechnungsdatum", "period": "Zeitraum",
        "due": "Fällig am", "customer_no": "Kundennummer", "reference": "Zahlungsreferenz",
        "pos": "Pos.", "description": "Beschreibung", "qty": "Menge", "amount": "Betrag",
        "net": "Nettobetrag", "vat": "MWST {rate} %", "total": "Total", "page": "Seite {x} von {y}",
        "calls_title": "Einzelverbindungsnachweis, Rechnung {number}", "calls_ref": "Einzel"
        "verbindungsnachweis: {calls} auf {pages} im Anhang.", "col_start": "Beginn (UTC)",
        "col_from": "Von", "col_to": "An", "col_zone": "Zone", "col_duration": "Dauer",
        "col_price": "Preis ({currency})", "calls_total": "{calls}, Total {amount}",
        "pay_transfer": "Bitte überweisen Sie {amount} bis {due} mit der Referenz {reference}.",
        "pay_sepa": "{amount} wird am {due} per SEPA-Lastschrift von Ihrem Konto eingezogen.",
        "pay_card": "{amount} wird Ihrer gespeicherten Karte belastet.",
        "paid": "Bezahlt am {date}. Vielen Dank.", "nothing_due": "Nichts zu bezahlen.",
        "credit_of": "Diese Gutschrift berichtigt die Rechnung {number} vom {date}.",
        "credit_date": "Gutschriftsdatum", "corrects": "Berichtigt Rechnung",
        "credits_deducted": "Gutschriften über {amount} sind von dieser Rechnung abgezogen.",
        "credited_in_full": "Durch Gutschriften vollständig ausgeglichen.",
        "settle_allocation": "Der Betrag wird von der Rechnung {number} abgezogen.",
        "settle_prepaid_credit": "Der Betrag wurde Ihrem Prepaid-Guthaben gutgeschrieben.",
        "settle_card_refund": "Der Betrag wird der Karte zurückerstattet, mit der die Rechnung {number} "
        "bezahlt wurde.",
        "reverse_charge": "Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge, Art. 196 "
        "MwStSystRL).", "qr_message": "Rechnung {number}",
        "continued": "{title} {number} (Fortsetzung)", "epc_caption": "Zum Bezahlen mit Ihrer "
        "Banking-App scannen.", "vat_id": "MWST-Nr.", "status_open": "Offen",
        "status_paid": "Bezahlt", "status_credited": "Gutgeschrieben",
        "qr_receipt": "Empfangsschein", "qr_payment_part": "Zahlteil", "qr_account": "Konto / Zahlbar an",
        "qr_reference": "Referenz", "qr_info": "Zusätzliche Informationen", "qr_payable_by": "Zahlbar durch",
        "qr_currency": "Währung", "qr_amount": "Betrag", "qr_acceptance": "Annahmestelle",
        "qr_separate": "Vor der Einzahlung abzutrennen",
    },
}

# Germany says USt and Mehrwertsteuer; Switzerland MWST. The table above is Swiss; these differ.
# A correction of an invoice is a "Rechnungskorrektur" in Germany: there "Gutschrift" means a
# self-billed invoice (§ 14 Abs. 2 UStG), and a document so titled is read as one.
GERMAN_EUR = {"vat": "USt. {rate} %", "total": "Gesamtbetrag", "credit_note": "Rechnungskorrektur",
              "credit_number": "Korrekturnummer", "credit_date": "Korrekturdatum"}

# What a VAT number is called, by the country that issued it (its prefix), in each language.
VAT_ID_NAMES = {"en": {"CH": "VAT No.", "": "VAT ID"},
                "de": {"CH": "MWST-Nr.", "LI": "MWST-Nr.", "AT": "UID-Nr.", "": "USt-IdNr."}}


def vat_id_label(vat_id: str, lang: str) -> str:
    """'MWST-Nr.' before CHE-…, 'USt-IdNr.' before DE…, 'UID-Nr.' before ATU…; 'VAT ID' in English."""
    names = VAT_ID_NAMES.get(lang, VAT_ID_NAMES["en"])
    country = "CH" if vat_id.startswith("CHE") else vat_id[:2].upper()
    return names.get(country, names[""])

ZONES: dict[str, dict[str, str]] = {
    "en": {"national_fixed": "National fixed", "national_mobile": "National mobile",
           "europe": "Europe", "world": "World", "rest_of_world": "World", "special": "Special"},
    "de": {"national_fixed": "Festnetz national", "national_mobile": "Mobil national",
           "europe": "Europa", "world": "Welt", "rest_of_world": "Welt", "special": "Spezial"},
}


def labels_for(lang: str, currency: str) -> dict[str, str]:
    lang = lang if lang in LABELS else "en"
    table = dict(LABELS[lang])
    if lang == "de" and currency == "EUR":
        table.update(GERMAN_EUR)
    elif lang == "de":  # a Swiss (CHF) invoice reads Swiss German: no ß, «» quotes
        table = {k: swiss(v) for k, v in table.items()}
    return table


def swiss(text: str) -> str:
    return text.replace("ß", "ss").replace("ẞ", "SS").replace("„", "«").replace("“", "»")


def zone_name(zone: str, lang: str) -> str:
    return ZONES.get(lang, ZONES["en"]).get(zone, zone.replace("_", " "))


# The provider writes item descriptions in English; these are the phrases it uses.
ITEM_PHRASES_DE = (("Calls to national fixed network", "Anrufe ins nationale Festnetz"),
                   ("Calls to national mobile", "Anrufe auf nationale Mobilnetze"),
                   ("Calls to Europe", "Anrufe nach Europa"),
                   ("Calls to rest of the world", "Anrufe in die übrige Welt"),
                   (", per user", ", pro Benutzer"), ("Credit for invoice", "Gutschrift zur Rechnung"),
                   (" user(s) added to ", " Benutzer hinzugefügt zu "), ("Upgrade ", "Upgrade "))


def item_text(description: str, lang: str) -> str:
    if lang != "de":
        return description
    for english, german in ITEM_PHRASES_DE:
        description = description.replace(english, german)
    return description

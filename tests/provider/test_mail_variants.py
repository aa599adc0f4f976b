"""Mails in the account's German: Swiss German (no ß, «» quotes) to a Swiss or Liechtenstein
account, German German to any other; our words are respelled, the values (a name) are not."""

from __future__ import annotations

from provider.mail.templates import mail_language, render_from
from tests.provider.conftest import mailbox, register_business

TABLE = {"note": {"en": ("Regards", "Dear {name}"),
                  "de": ("Grüße aus der Straße", "Liebe {name}, „Willkommen“ und schöne Grüße.")}}


def test_swiss_german_respells_our_words_not_the_values() -> None:
    assert [mail_language("de", c) for c in ("CH", "LI", "DE", "AT")] == ["de-CH", "de-CH", "de", "de"]
    assert mail_language("en", "CH") == "en"
    swiss = render_from(TABLE, "note", "de-CH", name="Frau Strauß")
    assert swiss.subject == "Grüsse aus der Strasse"
    assert swiss.body == "Liebe Frau Strauß, «Willkommen» und schöne Grüsse."
    german = render_from(TABLE, "note", "de", name="Frau Strauß")
    assert german.subject == "Grüße aus der Straße" and "„Willkommen“" in german.body


def test_a_swiss_account_gets_its_mail_in_swiss_german(client) -> None:
    register_business(client, language="de", email="ch@muster.example")
    register_business(client, language="de", email="de@muster.example", country="DE",
                      vat_number=None, address={"name": "Eva Muster", "street": "Hafenstraße 3",
                                                "postal_code": "20457", "city": "Hamburg",
                                                "country": "DE", "company": "Muster GmbH"})
    ch, de = mailbox(client, "ch@muster.example"), mailbox(client, "de@muster.example")
    assert ch and de
    assert not any("ß" in m["subject"] + m["body"] for m in ch)
    assert ch[0]["subject"] == de[0]["subject"].replace("ß", "ss")

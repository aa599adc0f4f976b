"""Product texts in the UI language, keyed by the provider's product codes."""

from desktop import i18n
from desktop.models.shop.product_texts import product_description, product_name, subscription_status
from provider.domain.catalog import PRODUCTS


def test_english_matches_the_provider_and_german_is_translated(qapp):
    try:
        i18n.install("en")
        for p in PRODUCTS:  # the client words the same as the provider in English
            assert product_name(p.code) == p.name
            assert product_description(p.code) == p.description
        assert i18n.install("de")
        for p in PRODUCTS:
            if p.kind.value in ("number", "terminal", "credit"):
                assert product_name(p.code) != p.name, p.code
            assert product_description(p.code) != p.description, p.code
        assert subscription_status("suspended") == "gesperrt"
        assert product_name("pbx_business") == "PBX Business"
    finally:
        i18n.install("en")


def test_unknown_codes_keep_the_providers_words(qapp):
    assert product_name("fax_line", "Fax line") == "Fax line"
    assert product_description("fax_line", "Send faxes.") == "Send faxes."
    assert subscription_status("paused") == "paused"

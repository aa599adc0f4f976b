"""Payment means that exist only for testing: a live provider refuses them. Pure.

The IBANs are the published examples of the banking standards and of the payment providers'
test modes. They pass every check digit (that is what makes them examples) and some even name
real banks, so nothing but this list tells them apart: a mandate on one of them would count
money as collected that no bank will ever pay.
"""

from __future__ import annotations

from provider.domain.card_numbers import TEST_OUTCOMES, normalize

TEST_IBANS = frozenset({
    "DE89370400440532013000",  # the ECBS/EPC example; also Stripe's SEPA test IBAN
    "DE62370400440532013001",  # Stripe's (and localstripe's) failing SEPA test IBAN
    "DE35500105175418184964",  # Stripe test IBANs: pending, disputed, succeeds after delay
    "DE08370400440532013003",
    "DE02120300000000202051",  # Deutsche Kreditbank, the common German example
    "DE02500105170137075030",  # ING, another common German example
    "DE88100900001234567892",
    "AT611904300234573201",  # Austrian example
    "CH9300762011623852957",  # Swiss example (SIX)
    "CH5604835012345678009",  # Swiss example (Credit Suisse)
    "CH4431999123000889012",  # Swiss QR-IBAN example (SIX)
    "GB29NWBK60161331926819",  # UK example (ECBS)
    "FR1420041010050500013M02606",  # French example
    "NL91ABNA0417164300",  # Dutch example
    "BE68539007547034",  # Belgian example
    "IT60X0542811101000000123456",  # Italian example
    "ES9121000418450200051332",  # Spanish example
    "LU280019400644750000",  # Luxembourg example
})

# Card numbers published for testing by the card gateways (Stripe's, which localstripe also
# knows, and the sandbox gateway's).
TEST_CARDS = frozenset(TEST_OUTCOMES) | frozenset({
    "4242424242424242", "4000056655665556", "5555555555554444", "2223003122003222",
    "5200828282828210", "378282246310005", "6011111111111117", "3056930009020004",
    "4000000000000002", "4000000000009995", "4000000000000341", "4000002500003155",
    "4000002760003184", "4000003800000446", "4000000000003220",
})


def is_test_iban(iban: str) -> bool:
    return iban.replace(" ", "").upper() in TEST_IBANS


def is_test_card(number: str) -> bool:
    return normalize(number) in TEST_CARDS

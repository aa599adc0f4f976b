"""Currency and VAT by country and by where the seller is VAT-registered (docs/invoices.md;
docs/product-rules.md#currency-and-vat). Pure.

CH and LI: Swiss VAT, the seller's Swiss number. An EU country where the seller holds a VAT
registration of its own: that country's rate and that number, for business and private
customers alike. An EU business with a valid VAT number where the seller is not registered:
reverse charge, 0 %, the customer accounts for the VAT (Art. 196 of the VAT Directive). Other EU
customers: their country's rate, under the seller's non-Union OSS number when it has one."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

# Standard VAT rates of the EU member states, in percent. One table, reviewed yearly.
EU_STANDARD_RATES: dict[str, Decimal] = {
    "AT": Decimal("20"), "BE": Decimal("21"), "BG": Decimal("20"), "CY": Decimal("19"),
    "CZ": Decimal("21"), "DE": Decimal("19"), "DK": Decimal("25"), "EE": Decimal("24"),
    "ES": Decimal("21"), "FI": Decimal("25.5"), "FR": Decimal("20"), "GR": Decimal("24"),
    "HR": Decimal("25"), "HU": Decimal("27"), "IE": Decimal("23"), "IT": Decimal("22"),
    "LT": Decimal("21"), "LU": Decimal("17"), "LV": Decimal("21"), "MT": Decimal("18"),
    "NL": Decimal("21"), "PL": Decimal("23"), "PT": Decimal("23"), "RO": Decimal("21"),
    "SE": Decimal("25"), "SI": Decimal("22"), "SK": Decimal("23"),
}
SWISS_RATE = Decimal("8.1")
SUPPORTED_COUNTRIES = frozenset({"CH", "LI", *EU_STANDARD_RATES})


@dataclass(frozen=True)
class TaxTreatment:
    currency: str
    rate_percent: Decimal
    reverse_charge: bool = False
    seller_vat_id: str | None = None  # the seller's registration the supply is taxed under

    @property
    def note(self) -> str | None:
        if self.reverse_charge:
            return "Reverse charge: VAT to be accounted for by the recipient (Art. 196 VAT Directive)."
        return None


def currency_for(country: str) -> str:
    return "CHF" if country in ("CH", "LI") else "EUR"


def tax_treatment(country: str, *, business: bool, valid_eu_vat_number: bool,
                  seller_vat: Mapping[str, str], seller_country: str = "CH") -> TaxTreatment:
    """The currency, rate and seller registration for a customer in `country`; `seller_vat` maps
    the countries the seller is registered in (and EU for the non-Union OSS) to its numbers."""
    home = seller_vat.get(seller_country)
    if country in ("CH", "LI"):
        return TaxTreatment("CHF", SWISS_RATE, seller_vat_id=seller_vat.get("CH", home))
    if country not in EU_STANDARD_RATES:
        raise ValueError(f"unsupported country {country!r}")
    local = seller_vat.get(country)
    if business and valid_eu_vat_number and local is None:
        return TaxTreatment("EUR", Decimal("0"), reverse_charge=True, seller_vat_id=home)
    return TaxTreatment("EUR", EU_STANDARD_RATES[country], seller_vat_id=local or seller_vat.get("EU", home))

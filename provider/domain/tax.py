"""Currency and VAT by country (docs/product-rules.md#currency-and-vat). Pure: no I/O."""

from __future__ import annotations

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

    @property
    def note(self) -> str | None:
        if self.reverse_charge:
            return "Reverse charge: VAT to be accounted for by the recipient (Art. 196 VAT Directive)."
        return None


def currency_for(country: str) -> str:
    return "CHF" if country in ("CH", "LI") else "EUR"


def tax_treatment(country: str, *, business: bool, valid_eu_vat_number: bool) -> TaxTreatment:
    """CH/LI: CHF 8.1 %. DE, AT and other EU: EUR at the standard rate, except a business with
    a valid EU VAT number outside DE/AT, which pays 0 % under reverse charge."""
    if country in ("CH", "LI"):
        return TaxTreatment("CHF", SWISS_RATE)
    if country not in EU_STANDARD_RATES:
        raise ValueError(f"unsupported country {country!r}")
    if business and valid_eu_vat_number and country not in ("DE", "AT"):
        return TaxTreatment("EUR", Decimal("0"), reverse_charge=True)
    return TaxTreatment("EUR", EU_STANDARD_RATES[country])

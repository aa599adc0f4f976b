"""VAT number validation by country (python-stdnum). Pure: no I/O, no online lookups."""

from __future__ import annotations

import re

from stdnum.ch import uid as ch_uid
from stdnum.eu import vat as eu_vat
from stdnum.exceptions import ValidationError


def normalize_vat_number(country: str, number: str) -> str | None:
    """The canonical form of a valid VAT number for `country`, or None when it is not valid."""
    number = number.strip()
    try:
        if country in ("CH", "LI"):
            # Swiss (and Liechtenstein, in the Swiss VAT area) numbers: CHE-123.456.789 MWST.
            core = number.upper().removesuffix("MWST").removesuffix("TVA").removesuffix("IVA")
            return ch_uid.format(ch_uid.validate(core.strip())) + " MWST"
        # Customers often leave the country prefix out; stdnum's compact() needs it to know the
        # country, so add it first.
        compact = re.sub(r"[\s.\-/]", "", number).upper()
        if not compact.startswith(_eu_prefix(country)):
            compact = _eu_prefix(country) + compact
        return eu_vat.validate(compact)
    except (ValidationError, ValueError, KeyError):
        return None


def _eu_prefix(country: str) -> str:
    return "EL" if country == "GR" else country

"""Two resellers with legal identities, logos and colours, and customers of each, for the
white-label tests (provider and desktop)."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from provider.db.models import Account
from provider.runtime import Runtime
from provider.services import reseller_profiles
from tests.provider.branding_files import SVG, png
from tests.provider.conftest import sign_in
from tests.provider.reseller_support import add_customer, add_reseller

IDENTITIES: dict[int, dict[str, Any]] = {
    1: {"name": "Alpen Telecom AG", "street": "Bahnhofstrasse 10", "postal_code": "3011", "city": "Bern",
        "country": "CH", "email": "rechnung@alpen-telecom.example", "website": "alpen-telecom.example",
        "vat": {"CH": "CHE-116.281.710 MWST"},
        "bank_accounts": [
            {"currency": "CHF", "iban": "CH21 3080 8001 2345 6782 7", "reference_type": "QRR"}]},
    2: {"name": "Seeland Voice GmbH", "street": "Zentralstrasse 5", "postal_code": "2502",
        "city": "Biel/Bienne",
        "country": "CH", "email": "buchhaltung@seeland-voice.example", "website": "seeland-voice.example",
        "vat": {"CH": "CHE-105.805.649 MWST"},
        "bank_accounts": [
            {"currency": "CHF", "iban": "CH21 3100 0000 1234 5678 9", "reference_type": "QRR"},
            {"currency": "EUR", "iban": "DE12 5001 0517 0648 4898 90", "bic": "INGDDEFFXXX",
             "reference_type": "SCOR"}]},
}
ACCENTS = {1: "#0b5394", 2: "#7a1f5c"}


def make_reseller(rt: Runtime, n: int) -> int:
    """Reseller n with its identity, logo (1: PNG, 2: SVG) and accent colour."""
    reseller_id = add_reseller(rt, f"6420{n}", f"owner@white{n}.example", f"Reseller {n}",
                               IDENTITIES[n]["name"], language="de")
    with rt.sessions() as db:
        account = db.get_one(Account, reseller_id)
        identity = reseller_profiles.parse_identity("CHF", IDENTITIES[n])
        reseller_profiles.set_identity(db, rt, account, identity)
        logo = (png(), "image/png") if n == 1 else (SVG, "image/svg+xml")
        reseller_profiles.set_logo(db, rt, account, *logo)
        reseller_profiles.set_accent(db, rt, account, ACCENTS[n])
        return reseller_id


def make_customer(client: TestClient, reseller: int, n: int, email: str) -> int:
    return add_customer(client, reseller, sign_in(client, f"owner@white{n}.example"), email)

"""The sandbox's route that makes a reseller in one request (identity, logo, accent colour), all
or nothing like `create-reseller`; and production, where the route does not exist."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import func, select

from provider.api.app import create_app
from provider.db.models import Account, ResellerProfile
from provider.runtime import Runtime
from tests.provider.branding_files import png
from tests.provider.conftest import API, make_settings, sign_in
from tests.provider.test_reseller_profiles import _logo, _refused, identity


def _body(**overrides: object) -> dict[str, object]:
    values: dict[str, object] = {"email": "chef@alpen-telecom.example", "password": "Alpen-Telecom-2026",
                                 "owner": "Rita Rüegg", "language": "de", "identity": identity(),
                                 "logo": _logo(png(64, 32)), "accent_color": "#0B5394"}
    values.update(overrides)
    return values


def _accounts(rt: Runtime) -> int:
    with rt.sessions() as db:
        return int(db.scalar(select(func.count()).select_from(Account)) or 0)


def test_sandbox_makes_a_reseller_whole_or_not_at_all(client: TestClient, rt: Runtime) -> None:
    before = _accounts(rt)
    bad = identity(bank_accounts=[{"currency": "CHF", "iban": "CH00 0000 0000 0000 0000 0",
                                   "reference_type": "QRR"}])
    r = client.post(f"{API}/sandbox/resellers", json=_body(identity=bad))
    _refused(r, "identity.bank_accounts[0].iban", "iban")
    _refused(client.post(f"{API}/sandbox/resellers", json=_body(accent_color="#777777")),
             "accent_color", "accent.contrast")
    assert client.post(f"{API}/sandbox/resellers", json=_body(password="short")).status_code == 422
    assert _accounts(rt) == before  # nothing half-made

    r = client.post(f"{API}/sandbox/resellers", json=_body())
    assert r.status_code == 201, r.text
    made = r.json()
    assert made["company_name"] == "Alpen Telecom AG" and made["currency"] == "CHF"
    owner = sign_in(client, "chef@alpen-telecom.example", "Alpen-Telecom-2026")
    me = client.get(f"{API}/me", headers=owner).json()
    assert me["account"]["id"] == made["id"] and "reseller.customers" in me["permissions"]
    with rt.sessions() as db:
        profile = db.get(ResellerProfile, made["id"])
        assert profile is not None and profile.seller_id is not None
        assert profile.accent_color == "#0b5394" and profile.logo_media_type == "image/png"
    again = client.post(f"{API}/sandbox/resellers", json=_body())
    assert again.status_code in (409, 422) and _accounts(rt) == before + 1


def test_production_has_no_sandbox_reseller_route(db_url: str, tmp_path) -> None:
    rt = Runtime.create(make_settings(db_url, tmp_path / "data", sandbox=False))
    try:
        with TestClient(create_app(runtime=rt)) as c:
            r = c.post(f"{API}/sandbox/resellers", json=_body())
            assert r.status_code == 404
            assert _accounts(rt) == 0
    finally:
        rt.close()

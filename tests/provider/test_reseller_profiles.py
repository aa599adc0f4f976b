"""Reseller identities, logos and accent colours set by the operator back office over HTTP, on
SQLite and PostgreSQL: two resellers each with its own; every bad input refused with its field
and rule, leaving the profile as it was; resellers kept out of each other's (and every) profile;
and `switchboard-provider create-reseller` from a file, all or nothing."""

from __future__ import annotations

import base64
import subprocess
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from provider.db.models import Account, ResellerProfile, SellerIdentity
from provider.runtime import Runtime
from provider.seed import DEMO_PASSWORD
from provider.services.staff import create_operator
from provider.settings import Settings
from tests.provider.branding_files import SVG, png
from tests.provider.conftest import API, registration, sign_in
from tests.provider.test_cli_serve import CLI, cli_env

OPS = "ops@switchboard.example"


def identity(name: str = "Alpen Telecom AG", **overrides: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "name": name, "street": "Bahnhofstrasse 10", "postal_code": "3011", "city": "Bern",
        "country": "CH", "email": "rechnung@alpen-telecom.example", "website": "alpen-telecom.example",
        "vat": {"CH": "CHE-116.281.710 MWST"},
        "bank_accounts": [
            {"currency": "CHF", "iban": "CH21 3080 8001 2345 6782 7", "reference_type": "QRR"},
            {"currency": "EUR", "iban": "CH56 0483 5012 3456 7800 9", "reference_type": "SCOR"}]}
    values.update(overrides)
    return values


@pytest.fixture
def ops(client: TestClient, rt: Runtime) -> dict[str, str]:
    with rt.sessions() as db:
        create_operator(db, rt, OPS, "Olga Operator", DEMO_PASSWORD)
    return sign_in(client, OPS)


def _new_reseller(client: TestClient, ops: dict[str, str], n: int) -> tuple[int, dict[str, str]]:
    email = f"boss@reseller{n}.example"
    r = client.post(f"{API}/operator/resellers", headers=ops,
                    json=registration(email=email, company_name=f"Reseller {n} AG"))
    assert r.status_code == 201, r.text
    return r.json()["id"], sign_in(client, email, "Muster-2026")


def _logo(data: bytes, media_type: str = "image/png") -> dict[str, str]:
    return {"media_type": media_type, "data_base64": base64.b64encode(data).decode()}


def _refused(r: Any, field: str, rule: str) -> None:
    assert r.status_code == 422, r.text
    assert r.headers["content-type"] == "application/problem+json"
    assert any(e["field"] == field and e["rule"] == rule for e in r.json()["errors"]), r.json()


def test_two_resellers_each_with_identity_logo_and_colour(client: TestClient, rt: Runtime,
                                                          ops: dict[str, str]) -> None:
    a, _ = _new_reseller(client, ops, 1)
    b, _ = _new_reseller(client, ops, 2)
    assert client.get(f"{API}/operator/resellers/{a}/profile", headers=ops).json()["identity"] is None
    r = client.put(f"{API}/operator/resellers/{a}/identity", headers=ops, json=identity())
    assert r.status_code == 200, r.text
    first = r.json()
    assert first["vat"] == {"CH": "CHE-116.281.710 MWST"}
    assert [x["iban"] for x in first["bank_accounts"]] == ["CH2130808001234567827", "CH5604835012345678009"]
    german = identity("Nordwind Telefonie GmbH", street="Hafenstraße 3", postal_code="20457", city="Hamburg",
                      country="DE", vat={"DE": "DE136695976"},
                      bank_accounts=[{"currency": "EUR", "iban": "DE89 3704 0044 0532 0130 00",
                                      "bic": "COBADEFFXXX", "reference_type": "SCOR"}])
    # B is a Swiss account billed in CHF: an identity without a CHF account is refused.
    _refused(client.put(f"{API}/operator/resellers/{b}/identity", headers=ops, json=german),
             "bank_accounts", "bank_accounts.currency")
    german["bank_accounts"].append({"currency": "CHF", "iban": "CH21 3080 8001 2345 6782 7",
                                    "reference_type": "QRR"})
    assert client.put(f"{API}/operator/resellers/{b}/identity", headers=ops, json=german).status_code == 200

    assert client.put(f"{API}/operator/resellers/{a}/logo", headers=ops, json=_logo(png())).status_code == 200
    assert client.put(f"{API}/operator/resellers/{b}/logo", headers=ops,
                      json=_logo(SVG, "image/svg+xml")).status_code == 200
    r = client.put(f"{API}/operator/resellers/{a}/accent-color", headers=ops,
                   json={"accent_color": "#0B5394"})
    assert r.status_code == 200 and r.json()["accent_color"] == "#0b5394"
    got_a = client.get(f"{API}/operator/resellers/{a}/profile", headers=ops).json()
    got_b = client.get(f"{API}/operator/resellers/{b}/profile", headers=ops).json()
    assert got_a["identity"]["name"] == "Alpen Telecom AG" and got_a["logo_media_type"] == "image/png"
    assert got_b["identity"]["name"] == "Nordwind Telefonie GmbH" and got_b["accent_color"] is None
    assert got_b["logo_media_type"] == "image/svg+xml"
    logo = client.get(f"{API}/operator/resellers/{a}/logo", headers=ops)
    assert logo.content == png() and logo.headers["content-type"] == "image/png"

    # Back to the first identity: the same row again, not a copy; the provider's own is untouched.
    client.put(f"{API}/operator/resellers/{a}/identity", headers=ops, json=identity(city="Thun",
                                                                                     postal_code="3600"))
    again = client.put(f"{API}/operator/resellers/{a}/identity", headers=ops, json=identity()).json()
    assert again["seller_id"] == first["seller_id"]
    with rt.sessions() as db:
        assert db.scalar(select(func.count()).select_from(SellerIdentity)
                         .where(SellerIdentity.owner_account_id == a)) == 2
        assert db.scalar(select(func.count()).select_from(SellerIdentity)
                         .where(SellerIdentity.owner_account_id.is_(None))) <= 1


@pytest.mark.parametrize(("path", "body", "field", "rule"), [
    ("identity", identity(bank_accounts=[{"currency": "CHF", "iban": "CH00 0000 0000 0000 0000 0",
                                          "reference_type": "SCOR"}]), "bank_accounts[0].iban", "iban"),
    ("identity", identity(vat={"DE": "DE136695976"}), "vat", "vat.home"),
    ("identity", identity(vat={"CH": "CHE-123.456.789 MWST"}), "vat.CH", "vat_number"),
    ("identity", identity(bank_accounts=[{"currency": "CHF", "iban": "CH21 3080 8001 2345 6782 7",
                                          "reference_type": "SCOR"}]), "bank_accounts[0].reference_type",
     "reference_type.iban"),
    ("identity", identity(name="Alpen\x1bTelecom"), "name", "text.control"),
    ("logo", _logo(b"GIF89a" + b"\x01" * 40), "logo", "logo.png"),
    ("logo", _logo(png(padding=500 * 1024)), "logo", "logo.size"),
    ("logo", _logo(b"<svg xmlns='http://www.w3.org/2000/svg' onload='fetch(1)'/>", "image/svg+xml"),
     "logo", "logo.svg.active"),
    ("logo", {"media_type": "image/gif", "data_base64": "R0lGODlh"}, "media_type", "choice"),
    ("accent-color", {"accent_color": "#ffdd00"}, "accent_color", "accent.contrast"),
    ("accent-color", {"accent_color": "navy"}, "accent_color", "accent.format"),
])
def test_bad_input_is_refused_and_changes_nothing(client: TestClient, rt: Runtime, ops: dict[str, str],
                                                  path: str, body: dict[str, Any], field: str,
                                                  rule: str) -> None:
    a, _ = _new_reseller(client, ops, 1)
    client.put(f"{API}/operator/resellers/{a}/identity", headers=ops, json=identity())
    client.put(f"{API}/operator/resellers/{a}/logo", headers=ops, json=_logo(SVG, "image/svg+xml"))
    client.put(f"{API}/operator/resellers/{a}/accent-color", headers=ops, json={"accent_color": "#0b5394"})
    before = client.get(f"{API}/operator/resellers/{a}/profile", headers=ops).json()
    r = client.put(f"{API}/operator/resellers/{a}/{path}", headers=ops, json=body)
    if rule == "text.control":  # the schema's own rule name for control characters
        assert r.status_code == 422 and r.json()["errors"][0]["field"] == field
    else:
        _refused(r, field, rule)
    assert client.get(f"{API}/operator/resellers/{a}/profile", headers=ops).json() == before


def test_resellers_and_customers_are_kept_out(client: TestClient, rt: Runtime, ops: dict[str, str],
                                              seeded: list) -> None:
    a, ha = _new_reseller(client, ops, 1)
    b, hb = _new_reseller(client, ops, 2)
    customer = sign_in(client, "owner@alpenblick.example")
    calls = [("GET", "profile", None), ("PUT", "identity", identity()), ("PUT", "logo", _logo(png())),
             ("PUT", "accent-color", {"accent_color": "#0b5394"}), ("GET", "logo", None)]
    for headers in (ha, hb, customer):
        for target in (a, b):
            for method, path, body in calls:
                r = client.request(method, f"{API}/operator/resellers/{target}/{path}", headers=headers,
                                   json=body)
                assert r.status_code == 403, (method, path, r.text)
    for method, path, body in calls:
        assert client.request(method, f"{API}/operator/resellers/{a}/{path}", json=body).status_code == 401
    with rt.sessions() as db:
        assert db.scalar(select(func.count()).select_from(ResellerProfile)) == 0
        ordinary = db.scalar(select(Account.id).where(Account.is_reseller.is_(False)).limit(1))
    # An ordinary account is no reseller: 404, as for an id that does not exist.
    for target in (ordinary, 999_999):
        r = client.put(f"{API}/operator/resellers/{target}/identity", headers=ops, json=identity())
        assert r.status_code == 404, r.text


def _reseller_file(tmp_path: Path, **overrides: Any) -> Path:
    ident = identity()
    lines = ['email = "chef@alpen-telecom.example"', 'owner = "Rita Rüegg"', 'language = "de"',
             f'accent_color = "{overrides.get("accent_color", "#0b5394")}"', 'logo = "logo.svg"', "",
             "[identity]"]
    for key in ("name", "street", "postal_code", "city", "country", "email", "website"):
        lines.append(f'{key} = "{ident[key]}"')
    lines += ["[identity.vat]", f'CH = "{overrides.get("vat", ident["vat"]["CH"])}"']
    for account in ident["bank_accounts"]:
        lines += ["[[identity.bank_accounts]]"] + [f'{k} = "{v}"' for k, v in account.items()]
    (tmp_path / "logo.svg").write_bytes(SVG)
    path = tmp_path / "reseller.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_create_reseller_on_the_command_line(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'p.sqlite3'}"
    env = {**cli_env(tmp_path), "SWITCHBOARD_RESELLER_PASSWORD": "Alpen-Telecom-2026"}
    subprocess.run([CLI, "migrate", "--db", db], env=env, check=True, capture_output=True)
    bad = subprocess.run([CLI, "create-reseller", str(_reseller_file(tmp_path, accent_color="#ffee00",
                                                                     vat="CHE-123.456.789 MWST")),
                          "--db", db], env=env, capture_output=True, text=True, timeout=60)
    assert bad.returncode == 1 and "vat.CH:" in bad.stderr, bad.stderr
    light = subprocess.run([CLI, "create-reseller", str(_reseller_file(tmp_path, accent_color="#ffee00")),
                            "--db", db], env=env, capture_output=True, text=True, timeout=60)
    assert light.returncode == 1 and "accent_color: " in light.stderr and "contrast" in light.stderr
    done = subprocess.run([CLI, "create-reseller", str(_reseller_file(tmp_path)), "--db", db], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "Alpen Telecom AG created" in done.stdout and "Alpen-Telecom-2026" not in done.stdout + done.stderr
    rt = Runtime.create(_settings_for(db, tmp_path))
    try:
        with rt.sessions() as s:
            (account,) = s.scalars(select(Account)).all()  # the refused files made nothing
            assert account.is_reseller and account.company_name == "Alpen Telecom AG"
            profile = s.get(ResellerProfile, account.id)
            assert profile is not None and profile.accent_color == "#0b5394" and profile.logo == SVG
            row = s.get(SellerIdentity, profile.seller_id)
            assert row is not None and row.owner_account_id == account.id and row.city == "Bern"
    finally:
        rt.close()


def _settings_for(db: str, tmp_path: Path) -> Settings:
    from tests.provider.conftest import make_settings

    return make_settings(db, tmp_path)

"""Production defaults, as an operator meets them at `switchboard-provider serve`: no SQLite and
no made-up secrets unless told so, each missing setting named; TLS served on its own; the API
description off. The sandbox keeps running on SQLite with generated keys."""

from __future__ import annotations

import re
import ssl
import subprocess
from pathlib import Path

import httpx
import pytest

from provider.operations.production import refusals
from provider.settings import Settings
from tests.provider.conftest import free_port
from tests.provider.test_cli_serve import CLI, cli_env, first_line, production_cli_env
from tests.provider.tls_files import self_signed


def _without_key(data_dir: Path) -> dict[str, str]:
    env = production_cli_env(data_dir)
    del env["SWITCHBOARD_VOIP_KEY"]
    return env


@pytest.mark.parametrize("command", ["serve", "run-jobs"])
def test_production_refuses_to_start_without_a_database_and_names_every_missing_setting(command, tmp_path):
    env = cli_env(tmp_path)
    del env["SWITCHBOARD_VOIP_KEY"]
    done = subprocess.run([CLI, command], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode != 0
    assert "SWITCHBOARD_DATABASE_URL" in done.stderr and "SWITCHBOARD_VOIP_KEY" in done.stderr
    assert "SWITCHBOARD_PAYMENT_GATEWAY" in done.stderr  # no gateway either: all said at once
    assert not list(tmp_path.glob("*.sqlite3")) and not (tmp_path / "voip.key").exists()


def test_production_refuses_sqlite_unless_told_so(tmp_path):
    url = f"sqlite:///{tmp_path / 'provider.sqlite3'}"
    done = subprocess.run([CLI, "serve", "--db", url], env=production_cli_env(tmp_path),
                          capture_output=True, text=True, timeout=60)
    assert done.returncode != 0 and "SWITCHBOARD_ALLOW_SQLITE" in done.stderr
    assert "SWITCHBOARD_VOIP_KEY" not in done.stderr  # given: only what is missing is named


def test_production_refuses_to_invent_the_voip_key(tmp_path):
    url = f"sqlite:///{tmp_path / 'provider.sqlite3'}"
    done = subprocess.run([CLI, "serve", "--db", url, "--allow-sqlite"], env=_without_key(tmp_path),
                          capture_output=True, text=True, timeout=60)
    assert done.returncode != 0 and "SWITCHBOARD_VOIP_KEY is not set" in done.stderr
    assert "SWITCHBOARD_ALLOW_SQLITE" not in done.stderr


def test_half_a_tls_configuration_is_refused():
    found = refusals(Settings(database_url="postgresql://db/x", voip_key="k",
                              tls_cert=Path("/nonexistent.pem")))
    assert any("SWITCHBOARD_TLS_KEY" in line for line in found)


def test_the_sandbox_needs_none_of_it(tmp_path):
    assert refusals(Settings(sandbox=True, data_dir=tmp_path)) == []


def test_the_voip_key_is_never_made_up_outside_the_sandbox(rt, tmp_path):
    from provider.services.telephony import _fernet

    rt.settings = rt.settings.model_copy(update={"sandbox": False, "voip_key": None})
    with pytest.raises(RuntimeError, match="SWITCHBOARD_VOIP_KEY"):
        _fernet(rt)
    assert not (rt.settings.data_dir / "voip.key").exists()


def test_serve_with_tls_on_its_own(tmp_path):
    """`serve --tls-cert --tls-key`: HTTPS without a proxy, HSTS on the answers, no /docs."""
    cert, key = self_signed(tmp_path / "tls")
    port = free_port()
    url = f"sqlite:///{tmp_path / 'provider.sqlite3'}"
    proc = subprocess.Popen([CLI, "serve", "--db", url, "--allow-sqlite", "--port", str(port),
                             "--tls-cert", str(cert), "--tls-key", str(key)],
                            env=production_cli_env(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert first_line(proc) == f"listening on https://127.0.0.1:{port}\n"
        trust = ssl.create_default_context(cafile=str(cert))
        with httpx.Client(base_url=f"https://127.0.0.1:{port}", verify=trust, timeout=10) as client:
            up = client.get("/healthz")
            assert up.status_code == 200
            assert up.headers["strict-transport-security"] == "max-age=31536000"
            assert client.get("/openapi.json").status_code == 404 and client.get("/docs").status_code == 404
            assert client.get("/api/v1/catalog").status_code == 200
        with pytest.raises(httpx.HTTPError):  # plain HTTP is not answered on the TLS port
            httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=5)
    finally:
        proc.terminate()
        proc.wait(timeout=15)
    log = proc.stderr.read().decode()
    lines = [line for line in log.splitlines() if '"switchboard.access"' in line]
    assert lines and all(re.search(r'"request_id": "[0-9a-f]{32}"', line) for line in lines), log

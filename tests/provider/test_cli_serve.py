"""switchboard-provider as a new user runs it: serve --sandbox on a fresh data directory, and
migrate / seed-demo against PostgreSQL."""

from __future__ import annotations

import os
import re
import selectors
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from provider.seed import DEMO_PASSWORD

CLI = str(Path(sys.executable).with_name("switchboard-provider"))


# Production refuses to make up a VoIP key (provider/operations/production.py); the sandbox
# ignores it.
TEST_VOIP_KEY = "q2Hn9kXk0c5b1D2uXJmYz9w4b0i0ZbqJ3o5n0u6m1Ks="


def cli_env(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SWITCHBOARD_")}
    env.update(SWITCHBOARD_DATA_DIR=str(data_dir), SWITCHBOARD_ARGON2_TIME_COST="1",
               SWITCHBOARD_ARGON2_MEMORY_KIB="8192", SWITCHBOARD_VOIP_KEY=TEST_VOIP_KEY)
    return env


def production_cli_env(data_dir: Path) -> dict[str, str]:
    """A provider without --sandbox must have a real gateway configured; one it never reaches
    does for tests that take no card payment."""
    return {**cli_env(data_dir), "SWITCHBOARD_PAYMENT_GATEWAY": "stripe",
            "SWITCHBOARD_STRIPE_SECRET_KEY": "sk_test_unused",
            "SWITCHBOARD_STRIPE_PUBLISHABLE_KEY": "pk_test_unused",
            "SWITCHBOARD_STRIPE_WEBHOOK_SECRET": "whsec_unused",
            "SWITCHBOARD_STRIPE_API_BASE": "http://127.0.0.1:9"}


def first_line(proc: subprocess.Popen, timeout: float = 60) -> str:
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)
    if not sel.select(timeout):
        raise AssertionError(f"no output within {timeout}s; stderr: {proc.stderr.read1(4000)!r}")
    return proc.stdout.readline().decode()


def test_serve_sandbox_on_a_fresh_data_dir(tmp_path):
    data_dir = tmp_path / "fresh"
    proc = subprocess.Popen([CLI, "serve", "--sandbox", "--port", "0"], env=cli_env(data_dir),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        line = first_line(proc)
        match = re.fullmatch(r"listening on http://127\.0\.0\.1:(\d+)\n", line)
        assert match, f"first line was {line!r}"
        port = int(match.group(1))
        assert port not in (0, 8444)
        base = f"http://127.0.0.1:{port}"
        spec = httpx.get(f"{base}/openapi.json", timeout=10).json()
        assert "/api/v1/auth/sign-in" in spec["paths"] and "/api/v1/sandbox/clock" in spec["paths"]
        r = httpx.post(f"{base}/api/v1/auth/sign-in", timeout=10,
                       json={"identifier": "52718", "password": DEMO_PASSWORD})
        assert r.status_code == 200, r.text
        me = httpx.get(f"{base}/api/v1/me", timeout=10,
                       headers={"Authorization": f"Bearer {r.json()['access_token']}"}).json()
        assert me["account"]["company_name"] == "Alpenblick Treuhand AG"
        assert (data_dir / "sandbox.sqlite3").exists()
    finally:
        proc.terminate()
        proc.wait(timeout=15)
    # A second start reuses the data: migrated and seeded only once.
    proc = subprocess.Popen([CLI, "serve", "--sandbox", "--port", "0"], env=cli_env(data_dir),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert first_line(proc).startswith("listening on http://127.0.0.1:")
    finally:
        proc.terminate()
        proc.wait(timeout=15)


def test_migrate_and_seed_demo_against_postgresql(databases, tmp_path):
    url = databases.unmigrated_url("postgresql", "cli")
    env = cli_env(tmp_path)
    done = subprocess.run([CLI, "migrate", "--db", url], env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    for _ in range(2):  # seed-demo is idempotent
        done = subprocess.run([CLI, "seed-demo", "--db", url], env=env, capture_output=True,
                              text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        out = done.stdout
        assert f"password for all: {DEMO_PASSWORD}" in out
        for identifier in ("52718", "owner@alpenblick.example", "admin@alpenblick.example",
                           "billing@alpenblick.example", "tech@alpenblick.example",
                           "viewer@alpenblick.example", "41445551234", "anna.keller@example.ch",
                           "7310", "owner@nordlicht.example"):
            assert identifier in out


@pytest.mark.parametrize("args", [["serve", "--port", "notaport"], ["nonsense"]])
def test_bad_arguments_exit_nonzero_with_usage(args, tmp_path):
    done = subprocess.run([CLI, *args], env=cli_env(tmp_path), capture_output=True, text=True,
                          timeout=30)
    assert done.returncode == 2 and "usage:" in done.stderr

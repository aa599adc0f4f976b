"""The sandbox's demo database built ahead (provider/sandbox_template.py): a first start copies it
and signs in to the demo account; an existing sandbox, a stale template, one of another schema or
one whose VoIP key differs from the data folder's is left alone."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta

import pytest
from argon2 import extract_parameters

from desktop.api_client import ApiClient, ConnectionSettings
from desktop.sandbox import DEMO_IDENTIFIER, DEMO_PASSWORD, SandboxServer
from provider import sandbox_template
from provider.settings import Settings
from tests.desktop.conftest import LOW_COST


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    with pytest.MonkeyPatch.context() as mp:
        for name, value in LOW_COST.items():
            mp.setenv(name, value)
        return sandbox_template.build(tmp_path_factory.mktemp("template") / "sandbox")


def built_at(template) -> datetime:
    return datetime.fromisoformat(json.loads((template / sandbox_template.STAMP).read_text())["built_at"])


def test_a_first_start_copies_the_template_and_the_demo_account_signs_in(template, tmp_path):
    data = tmp_path / "data"
    server = SandboxServer.start(data, env=LOW_COST, template=template)
    try:
        me = ApiClient(ConnectionSettings(server.wait_ready(60))).sign_in(DEMO_IDENTIFIER, DEMO_PASSWORD)
    finally:
        server.stop()
    assert me.account.company_name == "Alpenblick Treuhand AG"
    # A seeded sandbox makes a key of its own; this one has the template's, its lines readable.
    assert (data / "voip.key").read_bytes() == (template / "voip.key").read_bytes()
    assert not list(template.glob("sandbox.sqlite3-*")), "the template is one self-contained file"


def test_the_seeded_users_published_passwords_are_hashed_cheaply(template):
    with sqlite3.connect(template / sandbox_template.DATABASE) as db:
        hashes = [row[0] for row in db.execute("SELECT password_hash FROM users")]
    db.close()
    assert hashes
    for stored in hashes:
        parameters = extract_parameters(stored)
        # whatever the environment says (the tests' low cost is another)
        assert {"argon2_time_cost": parameters.time_cost, "argon2_memory_kib": parameters.memory_cost} \
            == sandbox_template.SEEDED_ARGON2


def test_an_existing_sandbox_database_is_never_replaced(template, tmp_path):
    (tmp_path / "sandbox.sqlite3").write_bytes(b"someone's sandbox")
    assert not sandbox_template.install(template, Settings(sandbox=True, data_dir=tmp_path))
    assert (tmp_path / "sandbox.sqlite3").read_bytes() == b"someone's sandbox"


def test_a_stale_template_is_not_used(template, tmp_path):
    month_later = built_at(template) + sandbox_template.MAX_AGE + timedelta(hours=1)
    settings = Settings(sandbox=True, data_dir=tmp_path)
    assert not sandbox_template.install(template, settings, now=month_later)
    assert not (tmp_path / "sandbox.sqlite3").exists()
    assert sandbox_template.install(template, settings, now=built_at(template) + timedelta(days=30))
    assert (tmp_path / "sandbox.sqlite3").read_bytes() == (template / "sandbox.sqlite3").read_bytes()


def test_a_data_folder_with_another_voip_key_keeps_it_and_seeds(template, tmp_path):
    (tmp_path / "voip.key").write_bytes(b"another-key\n")
    assert not sandbox_template.install(template, Settings(sandbox=True, data_dir=tmp_path))
    assert (tmp_path / "voip.key").read_bytes() == b"another-key\n"
    assert not (tmp_path / "sandbox.sqlite3").exists()


def test_a_half_built_or_unstamped_template_is_not_used(template, tmp_path):
    unstamped = tmp_path / "unstamped"
    unstamped.mkdir()
    (unstamped / "sandbox.sqlite3").write_bytes((template / "sandbox.sqlite3").read_bytes())
    (unstamped / "voip.key").write_bytes((template / "voip.key").read_bytes())
    assert not sandbox_template.usable(unstamped)
    assert sandbox_template.usable(template)


def test_a_template_of_another_schema_is_not_used(template, tmp_path):
    """Built before a migration landed: the first start seeds at the newest schema instead."""
    other = tmp_path / "other"
    other.mkdir()
    for name in ("sandbox.sqlite3", "voip.key"):
        (other / name).write_bytes((template / name).read_bytes())
    stamp = json.loads((template / sandbox_template.STAMP).read_text())
    (other / sandbox_template.STAMP).write_text(json.dumps({**stamp, "schema": stamp["schema"][:-1]}))
    assert not sandbox_template.usable(other)
    assert not sandbox_template.install(other, Settings(sandbox=True, data_dir=tmp_path / "data"))

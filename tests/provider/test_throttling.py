"""Password guesses wait, the owner does not: tries are counted per identity at one address,
per identity anywhere and per address, before the hash; the waits grow; the owner is told.
The same counting guards registrations, reset requests and invitation acceptances."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from provider.api.app import create_app
from provider.runtime import Runtime
from provider.seed import DEMO_PASSWORD, seed_demo
from provider.services import auth
from provider.services.hashing import PasswordHashing
from tests.provider.conftest import API, advance, mailbox, make_settings, registration, sign_in
from tests.provider.money_fixtures import all_at_once

ATTACKER, OWNER_HOME = "198.51.100.66", "203.0.113.10"


def at(client: TestClient, address: str) -> TestClient:
    """The same provider, reached from another client address."""
    return TestClient(client.app, client=(address, 40000))


def attempt(client, identifier, password="Wrong-pass-1"):
    return client.post(f"{API}/auth/sign-in", json={"identifier": identifier, "password": password})


def fail(client, identifier, times):
    for _ in range(times):
        r = attempt(client, identifier)
        assert r.status_code == 401, r.text


def test_an_attacker_waits_while_the_owner_signs_in_from_elsewhere(client, seeded):
    attacker = at(client, ATTACKER)
    fail(attacker, "52718", 5)
    r = attempt(attacker, "52718", DEMO_PASSWORD)  # even the right password waits there
    assert r.status_code == 429
    assert r.json()["type"] == "urn:switchboard:problem:sign-in-locked"
    assert 50 <= int(r.headers["retry-after"]) <= 61
    sign_in(at(client, OWNER_HOME), "52718")
    assert attempt(attacker, "52718").status_code == 429  # the owner's success frees nobody else


def test_the_waits_double_after_each_further_failure(client, seeded):
    attacker = at(client, ATTACKER)
    fail(attacker, "52718", 5)
    waits = []
    for _ in range(4):
        r = attempt(attacker, "52718")
        assert r.status_code == 429
        waits.append(int(r.headers["retry-after"]))
        advance(client, seconds=waits[-1])
        assert attempt(attacker, "52718").status_code == 401
    assert [w // 60 for w in waits] == [1, 2, 4, 8]
    r = attempt(attacker, "52718")
    assert 15 * 60 - 5 <= int(r.headers["retry-after"]) <= 15 * 60 + 1  # the cap


def test_user_id_and_email_are_one_identity(client, seeded):
    attacker = at(client, ATTACKER)
    fail(attacker, "52718", 3)
    fail(attacker, "Owner@Alpenblick.example", 2)
    assert attempt(attacker, "52 718", DEMO_PASSWORD).status_code == 429
    assert attempt(attacker, "owner@alpenblick.example ", DEMO_PASSWORD).status_code == 429


def test_four_failures_do_not_hold_and_a_success_clears_the_count(client, seeded):
    fail(client, "52718", 4)
    sign_in(client, "52718")
    fail(client, "52718", 4)
    sign_in(client, "52718")


def test_tries_are_forgotten_after_a_quiet_window(client, seeded):
    fail(client, "52718", 4)
    advance(client, minutes=15, seconds=1)
    fail(client, "52718", 4)
    sign_in(client, "52718")


def test_the_owner_is_told_once_with_the_address(client, seeded):
    attacker = at(client, ATTACKER)
    before = len(mailbox(client, "owner@alpenblick.example"))
    fail(attacker, "52718", 5)
    attempt(attacker, "52718")  # a try that waits sends nothing more
    mails = mailbox(client, "owner@alpenblick.example")
    assert len(mails) == before + 1
    assert mails[0]["kind"] == "lockout"
    assert "52718" in mails[0]["body"] and ATTACKER in mails[0]["body"]


def test_a_staff_users_notice_goes_to_them_and_the_owner(client, seeded):
    fail(client, "billing@alpenblick.example", 5)
    assert mailbox(client, "billing@alpenblick.example")[0]["kind"] == "lockout"
    owner_mail = mailbox(client, "owner@alpenblick.example")[0]
    assert owner_mail["kind"] == "lockout" and "billing@alpenblick.example" in owner_mail["body"]


def test_unknown_identities_wait_too_but_mail_nobody(client, seeded):
    before = client.get(f"{API}/sandbox/mailbox").json()
    fail(client, "nobody@example.com", 5)
    r = attempt(client, "nobody@example.com")
    assert r.status_code == 429 and "retry-after" in r.headers
    assert client.get(f"{API}/sandbox/mailbox").json() == before


def test_one_address_trying_many_identities_waits(strict):
    seed_demo(strict.app.state.runtime)
    client = strict
    sprayer = at(client, ATTACKER)
    for n in range(30):
        assert attempt(sprayer, f"guess{n}@example.com").status_code == 401
    assert attempt(sprayer, "52718", DEMO_PASSWORD).status_code == 429
    sign_in(at(client, OWNER_HOME), "52718")


def test_guesses_from_many_addresses_end_at_the_identity_limit(client, seeded):
    for n in range(50):
        assert attempt(at(client, f"192.0.2.{n + 1}"), "52718").status_code == 401
    assert attempt(at(client, OWNER_HOME), "52718", DEMO_PASSWORD).status_code == 429


def test_change_password_guesses_count_like_sign_ins(client, seeded):
    headers = sign_in(client, "52718")
    for _ in range(5):
        r = client.post(f"{API}/auth/password", headers=headers,
                        json={"old_password": "Wrong-2026", "new_password": "Neues-Passwort-1"})
        assert r.status_code == 400
    r = client.post(f"{API}/auth/password", headers=headers,
                    json={"old_password": DEMO_PASSWORD, "new_password": "Neues-Passwort-1"})
    assert r.status_code == 429 and "retry-after" in r.headers
    assert attempt(client, "52718", DEMO_PASSWORD).status_code == 429  # one identity, one count
    sign_in(at(client, OWNER_HOME), "52718")


@pytest.fixture
def strict(db_url, tmp_path):
    """A provider allowing 3 requests and 30 password tries per address and window (the suite
    runs with more)."""
    rt = Runtime.create(make_settings(db_url, tmp_path / "strict", throttle_address_requests=3,
                                      throttle_address=30))
    with TestClient(create_app(runtime=rt)) as c:
        yield c
    rt.close()


def test_registrations_from_one_address_wait(strict):
    for n in range(3):
        r = strict.post(f"{API}/accounts", json=registration(email=f"eva{n}@muster.example"))
        assert r.status_code == 202, r.text
    r = strict.post(f"{API}/accounts", json=registration(email="eva9@muster.example"))
    assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1
    r = at(strict, OWNER_HOME).post(f"{API}/accounts", json=registration(email="eva9@muster.example"))
    assert r.status_code == 202


def test_reset_requests_wait_per_address_and_per_identity(strict):
    seed_demo(strict.app.state.runtime)
    ask = {"identifier": "52718", "email": "owner@alpenblick.example"}
    for n in range(3):
        assert at(strict, f"192.0.2.{n + 1}").post(
            f"{API}/auth/password-reset-requests", json=ask).status_code == 202
    # A fourth address, but the same identity: no more links into that mailbox for now.
    assert at(strict, OWNER_HOME).post(
        f"{API}/auth/password-reset-requests", json=ask).status_code == 429


def test_invitation_acceptances_from_one_address_wait(strict):
    for _ in range(3):
        r = strict.post(f"{API}/invitations/accept",
                        json={"token": "x" * 43, "name": "Gina", "password": "Gast-Pass-2026"})
        assert r.status_code == 400
    r = strict.post(f"{API}/invitations/accept",
                    json={"token": "x" * 43, "name": "Gina", "password": "Gast-Pass-2026"})
    assert r.status_code == 429


class CountingHashing(PasswordHashing):
    """The real hasher, counting the checks that reach argon2."""

    def __init__(self) -> None:
        super().__init__(1, 8192, slots=2, max_waiting=64, wait_seconds=60)
        self.checks = 0

    def verify(self, stored_hash, password):
        self.checks += 1  # the GIL makes += on an int safe enough for a count under threads
        return super().verify(stored_hash, password)


def test_thirty_parallel_guesses_reach_the_hash_no_more_than_the_limit(rt, seeded):
    rt.hashing = counting = CountingHashing()

    def guess(_: int) -> int:
        with rt.sessions() as db:
            try:
                auth.sign_in(db, rt, "52718", "Wrong-pass-1", ATTACKER)
            except Exception as exc:
                return getattr(exc, "status", repr(exc))
        return 200

    statuses = all_at_once(30, guess)
    assert sorted(statuses) == [401] * 5 + [429] * 25, statuses
    assert counting.checks == 5


def test_quiet_counters_and_dead_sessions_spent_tokens_are_pruned(client, rt, seeded):
    from sqlalchemy import func, select

    from provider.db.models import SpentRefreshToken, ThrottleCounter

    def counters() -> int:
        with rt.sessions() as db:
            return db.scalar(select(func.count()).select_from(ThrottleCounter))

    def spent() -> int:
        with rt.sessions() as db:
            return db.scalar(select(func.count()).select_from(SpentRefreshToken))

    for n in range(3):
        attempt(at(client, ATTACKER), f"made-up-{n}@example.com")
    first = client.post(f"{API}/auth/sign-in",
                        json={"identifier": "52718", "password": DEMO_PASSWORD}).json()
    client.post(f"{API}/auth/refresh", json={"refresh_token": first["refresh_token"]})
    assert counters() == 8 and spent() == 1  # 3 names x 2, the two addresses
    advance(client, minutes=14)  # the clock's move runs the jobs: still within the window
    assert counters() == 8
    advance(client, minutes=1)
    assert counters() == 0 and spent() == 1  # the session lives on: its spent token stays
    advance(client, days=30)
    assert spent() == 0


def test_a_sign_in_without_a_free_hashing_slot_is_503_and_counts_nothing(client, rt, seeded):
    rt.hashing = PasswordHashing(1, 8192, slots=1, max_waiting=0, retry_after=1)
    assert rt.hashing._slots.acquire(timeout=1)  # another request's hash holds the only slot
    try:
        for _ in range(6):  # more than the free tries: none of them was counted
            r = attempt(at(client, ATTACKER), "52718")
            assert r.status_code == 503 and r.headers["retry-after"] == "1"
            assert r.json()["type"] == "urn:switchboard:problem:busy"
    finally:
        rt.hashing._slots.release()
    sign_in(at(client, ATTACKER), "52718")

"""Brute force: 5 failed sign-ins for one identifier within 15 minutes lock it (429 with
Retry-After); the lock clears by time, and the owner is told by e-mail."""

from __future__ import annotations

from provider.seed import DEMO_PASSWORD
from tests.provider.conftest import API, advance, mailbox, sign_in


def attempt(client, identifier, password="Wrong-pass-1"):
    return client.post(f"{API}/auth/sign-in", json={"identifier": identifier, "password": password})


def fail(client, identifier, times):
    for _ in range(times):
        assert attempt(client, identifier).status_code == 401


def test_fifth_failure_is_401_and_the_sixth_try_429_even_with_the_right_password(client, seeded):
    fail(client, "52718", 5)
    r = attempt(client, "52718", DEMO_PASSWORD)
    assert r.status_code == 429
    assert r.json()["type"] == "urn:switchboard:problem:sign-in-locked"
    retry = int(r.headers["retry-after"])
    assert 14 * 60 < retry <= 15 * 60 + 1
    assert "minutes" in r.json()["detail"]


def test_four_failures_do_not_lock_and_a_success_clears_the_count(client, seeded):
    fail(client, "52718", 4)
    sign_in(client, "52718")
    fail(client, "52718", 4)
    sign_in(client, "52718")


def test_lock_counts_per_normalised_identifier(client, seeded):
    for written in ("52718", " 52718", "52718 ", "52 718", "52718"):
        assert attempt(client, written).status_code == 401
    assert attempt(client, "52718", DEMO_PASSWORD).status_code == 429
    # Another identifier of the same user is counted on its own.
    sign_in(client, "owner@alpenblick.example")
    fail(client, "Viewer@Alpenblick.example", 3)
    fail(client, "viewer@alpenblick.example ", 2)
    assert attempt(client, "VIEWER@alpenblick.example", DEMO_PASSWORD).status_code == 429


def test_lock_clears_by_time_on_the_sandbox_clock(client, seeded):
    fail(client, "52718", 5)
    retry = int(attempt(client, "52718", DEMO_PASSWORD).headers["retry-after"])
    advance(client, seconds=retry - 30)
    assert attempt(client, "52718", DEMO_PASSWORD).status_code == 429
    advance(client, seconds=31)
    sign_in(client, "52718")


def test_failures_older_than_15_minutes_do_not_count(client, seeded):
    fail(client, "52718", 4)
    advance(client, minutes=15, seconds=1)
    fail(client, "52718", 4)
    sign_in(client, "52718")


def test_retry_after_shrinks_as_time_passes(client, seeded):
    fail(client, "52718", 5)
    first = int(attempt(client, "52718").headers["retry-after"])
    advance(client, minutes=10)
    second = int(attempt(client, "52718").headers["retry-after"])
    assert 0 < second <= first - 10 * 60 + 1


def test_the_owner_is_told_by_email_once(client, seeded):
    before = len(mailbox(client, "owner@alpenblick.example"))
    fail(client, "52718", 5)
    attempt(client, "52718")  # a locked try sends nothing more
    mails = mailbox(client, "owner@alpenblick.example")
    assert len(mails) == before + 1
    assert mails[0]["kind"] == "lockout" and "52718" in mails[0]["body"]


def test_a_staff_users_lock_is_mailed_to_them_and_the_owner(client, seeded):
    fail(client, "billing@alpenblick.example", 5)
    assert mailbox(client, "billing@alpenblick.example")[0]["kind"] == "lockout"
    owner_mail = mailbox(client, "owner@alpenblick.example")[0]
    assert owner_mail["kind"] == "lockout" and "billing@alpenblick.example" in owner_mail["body"]


def test_unknown_identities_lock_too_but_mail_nobody(client, seeded):
    before = client.get(f"{API}/sandbox/mailbox").json()
    fail(client, "nobody@example.com", 5)
    r = attempt(client, "nobody@example.com")
    assert r.status_code == 429 and "retry-after" in r.headers
    assert client.get(f"{API}/sandbox/mailbox").json() == before

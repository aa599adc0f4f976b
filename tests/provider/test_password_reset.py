"""Forgotten password: identical answers, a single-use link valid 60 minutes (sandbox clock),
stored only as a hash, and using it ends every open session."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, select, text

from provider.db.models import PasswordResetToken
from provider.seed import DEMO_PASSWORD
from tests.provider.conftest import API, advance, bearer, link_token, mailbox, sign_in, tokens

NEW = "Frisch-Passwort-7"


def ask(client, identifier, email):
    return client.post(f"{API}/auth/password-reset-requests",
                       json={"identifier": identifier, "email": email})


def reset(client, token, password=NEW):
    return client.post(f"{API}/auth/password-resets", json={"token": token, "new_password": password})


def reset_token(client, identifier="52718", email="owner@alpenblick.example"):
    assert ask(client, identifier, email).status_code == 202
    mail = mailbox(client, email)[0]
    assert mail["kind"] == "password_reset"
    return link_token(mail["body"], "reset-password")


@pytest.mark.parametrize(("identifier", "email"), [
    ("99999", "owner@alpenblick.example"),  # unknown user ID
    ("52718", "someone@else.example"),  # known user ID, wrong e-mail
    ("nobody@example.com", "nobody@example.com"),  # unknown e-mail
    ("admin@alpenblick.example", "owner@alpenblick.example"),  # known, not matching
])
def test_known_and_unknown_identities_get_identical_answers(client, seeded, identifier, email):
    known = ask(client, "52718", "owner@alpenblick.example")
    unknown = ask(client, identifier, email)
    assert (known.status_code, known.content) == (unknown.status_code, unknown.content)
    assert known.status_code == 202
    assert known.headers["content-type"] == unknown.headers["content-type"]


def test_only_a_match_sends_a_mail_with_the_link(client, seeded):
    before = len(client.get(f"{API}/sandbox/mailbox").json())
    ask(client, "52718", "someone@else.example")
    ask(client, "99999", "owner@alpenblick.example")
    assert len(client.get(f"{API}/sandbox/mailbox").json()) == before
    token = reset_token(client, " 52718 ", "Owner@Alpenblick.example")
    assert len(token) >= 40


def test_staff_ask_with_their_email_twice(client, seeded):
    token = reset_token(client, "tech@alpenblick.example", "tech@alpenblick.example")
    assert reset(client, token).status_code == 204
    sign_in(client, "tech@alpenblick.example", NEW)


def test_the_link_sets_a_new_password_and_works_once(client, seeded):
    token = reset_token(client)
    assert reset(client, token).status_code == 204
    sign_in(client, "52718", NEW)
    assert client.post(f"{API}/auth/sign-in",
                       json={"identifier": "52718", "password": DEMO_PASSWORD}).status_code == 401
    again = reset(client, token, "Noch-ein-Passwort-8")
    assert again.status_code == 400
    assert (again.json()["field"], again.json()["rule"]) == ("token", "reset_token.invalid")
    sign_in(client, "52718", NEW)


def test_the_link_expires_after_60_minutes_by_the_sandbox_clock(client, seeded):
    token = reset_token(client)
    advance(client, minutes=59)
    assert reset(client, token).status_code == 204
    late = reset_token(client)
    advance(client, minutes=60, seconds=1)
    r = reset(client, late, "Noch-ein-Passwort-8")
    assert r.status_code == 400 and r.json()["rule"] == "reset_token.invalid"
    sign_in(client, "52718", NEW)


def test_a_weak_new_password_is_refused_and_the_link_stays_usable(client, seeded):
    token = reset_token(client)
    r = reset(client, token, "52718")
    assert r.status_code == 422
    assert {e["rule"] for e in r.json()["errors"]} >= {"password.min_length", "password.letter"}
    r = reset(client, token, "owner@alpenblick.example")
    assert r.json()["errors"][0]["rule"] == "password.digit"
    assert reset(client, token).status_code == 204


def test_using_the_link_ends_every_open_session(client, seeded):
    sessions = [tokens(client, "52718"), tokens(client, "owner@alpenblick.example")]
    assert reset(client, reset_token(client)).status_code == 204
    for t in sessions:
        assert client.get(f"{API}/me", headers=bearer(t["access_token"])).status_code == 401
        r = client.post(f"{API}/auth/refresh", json={"refresh_token": t["refresh_token"]})
        assert r.status_code == 401


def test_the_token_is_stored_only_as_a_hash(client, rt, seeded):
    token = reset_token(client)
    with rt.sessions() as db:
        row = db.scalar(select(PasswordResetToken))
        assert row is not None and row.token_hash != token and len(row.token_hash) == 64
        # Scan every column of every table: the raw token appears nowhere but the mail body.
        for table in inspect(db.connection()).get_table_names():
            for values in db.execute(text(f'SELECT * FROM "{table}"')):
                cells = [str(v) for v in values]
                if table == "outbox_mails":
                    cells = [c for c in cells if "reset-password?token=" not in c]
                assert not any(token in c for c in cells), f"raw reset token found in {table}"


def test_a_reset_lifts_a_lockout(client, seeded):
    for _ in range(5):
        client.post(f"{API}/auth/sign-in", json={"identifier": "52718", "password": "Wrong-123"})
    token = reset_token(client)
    assert reset(client, token).status_code == 204
    sign_in(client, "52718", NEW)


def test_a_made_up_token_is_refused(client, seeded):
    r = reset(client, "x" * 43)
    assert r.status_code == 400 and r.json()["field"] == "token"


def test_a_new_link_ends_the_older_ones(client, seeded):
    older = reset_token(client)
    newer = reset_token(client)
    assert reset(client, older).status_code == 400
    assert reset(client, newer).status_code == 204
    sign_in(client, "52718", NEW)


def test_a_completed_reset_ends_the_wait_of_every_address(client, seeded):
    from fastapi.testclient import TestClient

    elsewhere = TestClient(client.app, client=("198.51.100.66", 40000))
    for _ in range(5):
        elsewhere.post(f"{API}/auth/sign-in", json={"identifier": "52718", "password": "Wrong-123"})
    assert elsewhere.post(f"{API}/auth/sign-in", json={"identifier": "52718",
                                                       "password": DEMO_PASSWORD}).status_code == 429
    assert reset(client, reset_token(client)).status_code == 204
    sign_in(elsewhere, "52718", NEW)


def test_a_match_and_a_miss_take_the_same_time(db_url, tmp_path):
    import statistics
    import time

    from fastapi.testclient import TestClient

    from provider.api.app import create_app
    from provider.runtime import Runtime
    from provider.seed import seed_demo
    from tests.provider.conftest import make_settings

    rt = Runtime.create(make_settings(db_url, tmp_path / "floor", reset_request_answer_seconds=0.1,
                                      throttle_address_requests=1000))
    seed_demo(rt)
    try:
        with TestClient(create_app(runtime=rt)) as client:
            match, miss = [], []
            for _ in range(30):
                for identifier, times in (("52718", match), ("99999", miss)):
                    started = time.perf_counter()
                    assert ask(client, identifier, "owner@alpenblick.example").status_code == 202
                    times.append(time.perf_counter() - started)
    finally:
        rt.close()
    assert abs(statistics.median(match) - statistics.median(miss)) < 0.02
    assert min(match + miss) >= 0.1

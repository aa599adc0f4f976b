"""Sign-in by user ID or e-mail, argon2id hashes, sessions with rotating refresh tokens."""

from __future__ import annotations

from sqlalchemy import select

from provider.db.models import AuthSession, SpentRefreshToken, User
from provider.seed import DEMO_PASSWORD
from tests.provider.conftest import API, advance, bearer, sign_in, tokens


def test_owner_signs_in_with_user_id_or_email_in_any_written_form(client, seeded, me):
    for identifier in ("52718", " 52718 ", "owner@alpenblick.example", "OWNER@Alpenblick.Example"):
        assert me(client, sign_in(client, identifier))["user"]["role"] == "owner"
    for identifier in ("41445551234", "+41 44 555 12 34", "0041 44 555 12 34"):
        assert me(client, sign_in(client, identifier))["user"]["email"] == "anna.keller@example.ch"


def test_invited_users_sign_in_with_their_email_and_the_user_id_means_the_owner(client, seeded, me):
    assert me(client, sign_in(client, "viewer@alpenblick.example"))["user"]["role"] == "viewer"
    r = client.post(f"{API}/auth/sign-in", json={"identifier": "52718", "password": "wrong-1234"})
    assert r.status_code == 401


def test_wrong_password_and_unknown_identity_answer_alike(client, seeded):
    a = client.post(f"{API}/auth/sign-in", json={"identifier": "52718", "password": "Nope-1234"})
    b = client.post(f"{API}/auth/sign-in", json={"identifier": "99999", "password": "Nope-1234"})
    c = client.post(f"{API}/auth/sign-in",
                    json={"identifier": "nobody@example.com", "password": DEMO_PASSWORD})
    assert a.status_code == b.status_code == c.status_code == 401
    assert a.json() == b.json() == c.json()
    assert a.json()["type"] == "urn:switchboard:problem:invalid-credentials"


def test_passwords_are_stored_as_argon2id_hashes(rt, seeded):
    with rt.sessions() as db:
        hashes = db.scalars(select(User.password_hash)).all()
    assert hashes and all(h.startswith("$argon2id$") for h in hashes)
    assert not any(DEMO_PASSWORD in h for h in hashes)


def test_tokens_are_stored_only_as_hashes(client, rt, seeded):
    first = tokens(client, "52718")
    t = client.post(f"{API}/auth/refresh", json={"refresh_token": first["refresh_token"]}).json()
    with rt.sessions() as db:
        rows = db.scalars(select(AuthSession)).all()
        spent = set(db.scalars(select(SpentRefreshToken.token_hash)))
    stored = {v for s in rows for v in (s.access_hash, s.refresh_hash)} | spent
    assert len(spent) == 1
    assert not {t["access_token"], t["refresh_token"], first["refresh_token"]} & stored
    assert t["token_type"] == "Bearer" and t["expires_in"] == 15 * 60


def test_no_token_or_a_bad_token_is_401_with_www_authenticate(client, seeded):
    for headers in ({}, {"Authorization": "Bearer nonsense"}, {"Authorization": "Basic abc"},
                    {"Authorization": "Bearer "}):
        r = client.get(f"{API}/me", headers=headers)
        assert r.status_code == 401
        assert r.headers["www-authenticate"] == "Bearer"
        assert r.headers["content-type"].startswith("application/problem+json")


def test_access_token_expires_after_15_minutes_and_refresh_renews_it(client, seeded, me):
    t = tokens(client, "52718")
    advance(client, minutes=16)
    assert client.get(f"{API}/me", headers=bearer(t["access_token"])).status_code == 401
    r = client.post(f"{API}/auth/refresh", json={"refresh_token": t["refresh_token"]})
    assert r.status_code == 200
    assert me(client, bearer(r.json()["access_token"]))["user"]["role"] == "owner"


def test_refresh_rotates_and_the_old_refresh_token_is_rejected(client, seeded):
    t = tokens(client, "52718")
    first = client.post(f"{API}/auth/refresh", json={"refresh_token": t["refresh_token"]}).json()
    assert first["refresh_token"] != t["refresh_token"]
    assert first["access_token"] != t["access_token"]
    # The access token the refresh replaced no longer works.
    assert client.get(f"{API}/me", headers=bearer(t["access_token"])).status_code == 401
    again = client.post(f"{API}/auth/refresh", json={"refresh_token": t["refresh_token"]})
    assert again.status_code == 401
    assert again.json()["type"] == "urn:switchboard:problem:invalid-refresh-token"


def test_reusing_an_old_refresh_token_revokes_the_whole_session(client, seeded):
    t = tokens(client, "52718")
    stolen = t["refresh_token"]
    current = client.post(f"{API}/auth/refresh", json={"refresh_token": stolen}).json()
    assert client.post(f"{API}/auth/refresh", json={"refresh_token": stolen}).status_code == 401
    # The legitimate holder's tokens are dead too: the thief may have rotated them.
    assert client.get(f"{API}/me", headers=bearer(current["access_token"])).status_code == 401
    r = client.post(f"{API}/auth/refresh", json={"refresh_token": current["refresh_token"]})
    assert r.status_code == 401


def test_a_token_spent_rotations_ago_still_ends_the_session(client, seeded):
    t = tokens(client, "52718")
    chain = [t["refresh_token"]]
    for _ in range(3):
        t = client.post(f"{API}/auth/refresh", json={"refresh_token": chain[-1]}).json()
        chain.append(t["refresh_token"])
    assert client.post(f"{API}/auth/refresh", json={"refresh_token": chain[0]}).status_code == 401
    assert client.get(f"{API}/me", headers=bearer(t["access_token"])).status_code == 401
    assert client.post(f"{API}/auth/refresh", json={"refresh_token": chain[-1]}).status_code == 401


def test_parallel_refreshes_with_one_token_have_one_winner(rt, seeded):
    from provider.domain.errors import RuleViolation
    from provider.services import auth
    from tests.provider.money_fixtures import all_at_once

    with rt.sessions() as db:
        start = auth.sign_in(db, rt, "52718", DEMO_PASSWORD, "203.0.113.10")

    def refresh(_: int) -> object:
        with rt.sessions() as db:
            try:
                return auth.refresh(db, rt, start.refresh_token)
            except RuleViolation as exc:
                return exc.status

    results = all_at_once(10, refresh)
    winners = [r for r in results if isinstance(r, auth.Tokens)]
    assert len(winners) == 1 and sorted(r for r in results if r in (401,)) == [401] * 9, results


def test_refresh_token_expires_after_30_days(client, seeded):
    t = tokens(client, "52718")
    advance(client, days=30, minutes=1)
    assert client.post(f"{API}/auth/refresh", json={"refresh_token": t["refresh_token"]}).status_code == 401


def test_sign_out_ends_only_this_session(client, seeded, me):
    one, two = tokens(client, "52718"), tokens(client, "52718")
    r = client.post(f"{API}/auth/sign-out", headers=bearer(one["access_token"]))
    assert r.status_code == 204
    assert client.get(f"{API}/me", headers=bearer(one["access_token"])).status_code == 401
    assert client.post(f"{API}/auth/refresh", json={"refresh_token": one["refresh_token"]}).status_code == 401
    assert me(client, bearer(two["access_token"]))["user"]["role"] == "owner"


def test_change_password_needs_the_old_one_and_ends_other_sessions(client, seeded, me):
    here, elsewhere = tokens(client, "52718"), tokens(client, "52718")
    h = bearer(here["access_token"])
    wrong = client.post(f"{API}/auth/password", headers=h,
                        json={"old_password": "Wrong-2026", "new_password": "Neues-Passwort-1"})
    assert wrong.status_code == 400 and wrong.json()["field"] == "old_password"
    weak = client.post(f"{API}/auth/password", headers=h,
                       json={"old_password": DEMO_PASSWORD, "new_password": "short1"})
    assert weak.status_code == 422
    assert (weak.json()["field"], weak.json()["rule"]) == ("new_password", "password.min_length")
    ok = client.post(f"{API}/auth/password", headers=h,
                     json={"old_password": DEMO_PASSWORD, "new_password": "Neues-Passwort-1"})
    assert ok.status_code == 204
    assert me(client, h)["user"]["role"] == "owner"
    assert client.get(f"{API}/me", headers=bearer(elsewhere["access_token"])).status_code == 401
    assert client.post(f"{API}/auth/refresh",
                       json={"refresh_token": elsewhere["refresh_token"]}).status_code == 401
    assert client.post(f"{API}/auth/sign-in",
                       json={"identifier": "52718", "password": DEMO_PASSWORD}).status_code == 401
    sign_in(client, "52718", "Neues-Passwort-1")


def test_me_reports_user_account_and_the_roles_permissions(client, seeded, me):
    body = me(client, sign_in(client, "billing@alpenblick.example"))
    assert body["user"]["role"] == "billing"
    assert body["account"]["user_id"] == "52718"
    assert body["account"]["currency"] == "CHF"
    assert "billing.shop" in body["permissions"] and "users.manage" not in body["permissions"]
    assert "password_hash" not in body["user"]

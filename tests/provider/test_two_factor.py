"""Two-factor sign-in through the API on both databases: turning it on, the sign-in's second
step, no replay (also in parallel), recovery codes once, throttled codes, turning it off, the
owner's requirement, and the secrets at rest."""

from __future__ import annotations

import datetime as dt
from concurrent.futures import ThreadPoolExecutor

import pyotp
from sqlalchemy import select

from provider.db.models import RecoveryCode, TwoFactor, User
from provider.seed import DEMO_PASSWORD
from provider.services import two_factor
from tests.provider.conftest import API, advance, mailbox, sign_in

OWNER = "owner@alpenblick.example"
ADMIN = "admin@alpenblick.example"


def now(client) -> dt.datetime:
    return dt.datetime.fromisoformat(client.get(f"{API}/sandbox/clock").json()["now"])


def code(client, secret: str, steps: int = 0) -> str:
    return pyotp.TOTP(secret).at(now(client) + dt.timedelta(seconds=30 * steps))


def turn_on(client, headers) -> tuple[str, list[str]]:
    setup = client.post(f"{API}/me/two-factor/setup", headers=headers)
    assert setup.status_code == 200, setup.text
    secret = setup.json()["secret"]
    r = client.post(f"{API}/me/two-factor/confirm", headers=headers,
                    json={"code": code(client, secret)})
    assert r.status_code == 200, r.text
    return secret, r.json()["recovery_codes"]


def challenge(client, identifier: str, kind: str = "two-factor-required") -> str:
    r = client.post(f"{API}/auth/sign-in", json={"identifier": identifier, "password": DEMO_PASSWORD})
    assert r.status_code == 401, r.text
    body = r.json()
    assert body["type"] == f"urn:switchboard:problem:{kind}"
    assert "access_token" not in body and "refresh_token" not in body
    assert body["challenge_expires_in"] == 300
    return body["challenge"]


def with_code(client, identifier: str, typed: str):
    return client.post(f"{API}/auth/sign-in/code",
                       json={"challenge": challenge(client, identifier), "code": typed})


def test_turning_on_shows_a_secret_and_uri_then_ten_codes_once(client, rt, seeded):
    headers = sign_in(client, OWNER)
    setup = client.post(f"{API}/me/two-factor/setup", headers=headers).json()
    assert setup["otpauth_uri"].startswith("otpauth://totp/Switchboard:owner%40alpenblick.example?")
    assert f"secret={setup['secret']}" in setup["otpauth_uri"]
    # Not on before a code of the new secret is confirmed; a wrong one is refused at its field.
    assert client.get(f"{API}/me/two-factor", headers=headers).json()["enabled"] is False
    wrong = client.post(f"{API}/me/two-factor/confirm", headers=headers, json={"code": "000000"})
    assert wrong.status_code == 422 and wrong.json()["field"] == "code"
    r = client.post(f"{API}/me/two-factor/confirm", headers=headers,
                    json={"code": code(client, setup["secret"])})
    codes = r.json()["recovery_codes"]
    assert len(codes) == 10 == len(set(codes))
    assert client.get(f"{API}/me/two-factor", headers=headers).json() == {
        "enabled": True, "recovery_codes_left": 10, "required": False}
    with rt.sessions() as db:
        row = db.scalar(select(TwoFactor))
        hashes = set(db.scalars(select(RecoveryCode.code_hash)))
    # At rest: the secret encrypted, the codes as keyed hashes only.
    assert setup["secret"] not in (row.secret or "") and row.pending_secret is None
    assert len(hashes) == 10 and not {c.replace("-", "") for c in codes} & hashes


def test_sign_in_asks_for_the_code_and_a_used_code_is_refused(client, seeded):
    secret, _ = turn_on(client, sign_in(client, OWNER))
    advance(client, seconds=30)  # the confirmation used this step's code
    typed = code(client, secret)
    r = with_code(client, "52718", typed)
    assert r.status_code == 200, r.text
    assert client.get(f"{API}/me", headers={"Authorization": f"Bearer {r.json()['access_token']}"}
                      ).status_code == 200
    replay = with_code(client, "52718", typed)
    assert replay.status_code == 401 and replay.json()["type"].endswith(":invalid-code")
    # An older step's code (still within the drift) is no use after a newer one either.
    assert with_code(client, "52718", code(client, secret, -1)).status_code == 401
    advance(client, seconds=30)
    assert with_code(client, "52718", code(client, secret)).status_code == 200


def test_of_parallel_uses_of_one_code_exactly_one_passes(client, rt, seeded):
    secret, _ = turn_on(client, sign_in(client, OWNER))
    advance(client, seconds=30)
    typed = code(client, secret)
    with rt.sessions() as db:
        user_id = db.scalar(select(User.id).where(User.email == OWNER))

    def use(i: int) -> bool:
        with rt.sessions() as db:
            user = db.get(User, user_id)
            return two_factor.check_code(db, rt, user, typed, f"10.0.0.{i}")

    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(use, range(8)))
    assert results.count(True) == 1


def test_a_recovery_code_signs_in_once(client, seeded):
    _, codes = turn_on(client, sign_in(client, OWNER))
    r = with_code(client, OWNER, codes[3].upper().replace("-", " "))  # as typed from paper
    assert r.status_code == 200, r.text
    assert with_code(client, OWNER, codes[3]).status_code == 401
    headers = {"Authorization": f"Bearer {r.json()['access_token']}"}
    assert client.get(f"{API}/me/two-factor", headers=headers).json()["recovery_codes_left"] == 9
    # The user hears of turning it on and of each recovery code used, with how many are left
    # (in the account's language: the demo account is German).
    subjects = [m["subject"] for m in mailbox(client, OWNER)]
    assert subjects[:2] == ["Ein Wiederherstellungscode wurde verwendet",
                            "Zwei-Faktor-Anmeldung eingeschaltet"]
    assert "9 sind noch übrig" in mailbox(client, OWNER)[0]["body"]


def test_wrong_codes_are_throttled_like_passwords(client, seeded):
    turn_on(client, sign_in(client, OWNER))
    for _ in range(5):
        assert with_code(client, OWNER, "123456").status_code == 401
    r = with_code(client, OWNER, "123456")
    assert r.status_code == 429 and int(r.headers["Retry-After"]) > 0


def test_a_challenge_lasts_five_minutes_and_gives_nothing_else(client, seeded):
    secret, _ = turn_on(client, sign_in(client, OWNER))
    old = challenge(client, OWNER)
    advance(client, seconds=301)
    r = client.post(f"{API}/auth/sign-in/code", json={"challenge": old, "code": code(client, secret)})
    assert r.status_code == 401 and r.json()["type"].endswith(":challenge-expired")
    forged = client.post(f"{API}/auth/sign-in/code", json={"challenge": "x" * 100, "code": "123456"})
    assert forged.status_code == 401
    # A code challenge does not set up a new secret.
    r = client.post(f"{API}/auth/sign-in/two-factor-setup", json={"challenge": challenge(client, OWNER)})
    assert r.status_code == 401


def test_turning_off_needs_the_password_and_a_code(client, seeded):
    headers = sign_in(client, OWNER)
    secret, _ = turn_on(client, headers)
    advance(client, seconds=30)
    r = client.post(f"{API}/me/two-factor/turn-off", headers=headers,
                    json={"password": "Wrong-pass-1", "code": code(client, secret)})
    assert r.status_code == 422 and r.json()["field"] == "password"
    r = client.post(f"{API}/me/two-factor/turn-off", headers=headers,
                    json={"password": DEMO_PASSWORD, "code": "000000"})
    assert r.status_code == 422 and r.json()["field"] == "code"
    assert client.post(f"{API}/me/two-factor/turn-off", headers=headers,
                       json={"password": DEMO_PASSWORD, "code": code(client, secret)}
                       ).status_code == 204
    assert client.post(f"{API}/auth/sign-in", json={"identifier": OWNER, "password": DEMO_PASSWORD}
                       ).status_code == 200
    assert mailbox(client, OWNER)[0]["subject"] == "Zwei-Faktor-Anmeldung ausgeschaltet"


def test_the_owners_requirement_makes_every_user_set_it_up(client, seeded):
    owner = sign_in(client, OWNER)
    admin = sign_in(client, ADMIN)
    account_id = client.get(f"{API}/me", headers=owner).json()["account"]["id"]
    route = f"{API}/accounts/{account_id}/two-factor-requirement"
    first = client.put(route, headers=owner, json={"required": True})
    assert first.status_code == 409 and first.json()["field"] == "required"
    turn_on(client, owner)
    assert client.put(route, headers=owner, json={"required": True}).json() == {"required": True}
    # The admin, without it, is signed out at once and has to set it up to sign in again.
    assert client.get(f"{API}/me", headers=admin).status_code == 401
    setup_challenge = challenge(client, ADMIN, "two-factor-setup-required")
    assert client.post(f"{API}/auth/sign-in/code",
                       json={"challenge": setup_challenge, "code": "123456"}).status_code == 401
    setup = client.post(f"{API}/auth/sign-in/two-factor-setup", json={"challenge": setup_challenge})
    assert setup.status_code == 200, setup.text
    done = client.post(f"{API}/auth/sign-in/two-factor-setup/confirm", json={
        "challenge": setup_challenge, "code": code(client, setup.json()["secret"])})
    assert done.status_code == 200, done.text
    assert len(done.json()["recovery_codes"]) == 10
    admin = {"Authorization": f"Bearer {done.json()['access_token']}"}
    status = client.get(f"{API}/me/two-factor", headers=admin).json()
    assert status == {"enabled": True, "recovery_codes_left": 10, "required": True}
    # Required: nobody turns it off; the owner's account shows the requirement.
    r = client.post(f"{API}/me/two-factor/turn-off", headers=admin,
                    json={"password": DEMO_PASSWORD, "code": "123456"})
    assert r.status_code == 409
    assert client.get(f"{API}/accounts/{account_id}", headers=owner).json()["require_two_factor"]
    advance(client, seconds=30)
    assert challenge(client, ADMIN)  # from now on the code is asked


def test_an_invited_user_of_a_requiring_account_sets_it_up_before_any_token(client, seeded):
    from tests.provider.conftest import link_token, mailbox

    owner = sign_in(client, OWNER)
    account_id = client.get(f"{API}/me", headers=owner).json()["account"]["id"]
    turn_on(client, owner)
    client.put(f"{API}/accounts/{account_id}/two-factor-requirement", headers=owner,
               json={"required": True})
    r = client.post(f"{API}/accounts/{account_id}/invitations", headers=owner,
                    json={"email": "new@alpenblick.example", "role": "viewer"})
    assert r.status_code == 201, r.text
    token = link_token(mailbox(client, "new@alpenblick.example")[0]["body"], "accept-invitation")
    r = client.post(f"{API}/invitations/accept",
                    json={"token": token, "name": "Neu Hier", "password": "Neu-Hier-2026"})
    assert r.status_code == 401 and "access_token" not in r.json()
    assert r.json()["type"].endswith(":two-factor-setup-required") and r.json()["challenge"]

"""Mail over a real SMTP server (aiosmtpd on loopback) when the sandbox is off."""

from __future__ import annotations

import email
import time
from email import policy

import pytest
from aiosmtpd.smtp import AuthResult
from fastapi.testclient import TestClient
from sqlalchemy import select

from provider.api.app import create_app
from provider.db.models import OutboxMail
from provider.runtime import Runtime
from provider.seed import seed_demo
from tests.provider.conftest import (
    API,
    CollectingHandler,
    free_port,
    link_token,
    make_settings,
    sign_in,
    smtp_relay,
)


@pytest.fixture
def live(settings_smtp, smtp_server):
    rt = Runtime.create(settings_smtp)
    seed_demo(rt)
    handler, _ = smtp_server
    with TestClient(create_app(runtime=rt)) as client:
        yield client, handler, rt
    rt.close()


def body_of(message: dict) -> str:
    parsed = email.message_from_string(message["data"], policy=policy.default)
    return parsed.get_body(("plain",)).get_content()


def messages_to(handler: CollectingHandler, address: str, count: int = 1) -> list[dict]:
    def mine() -> list[dict]:
        return [m for m in handler.messages if address in m["to"]]

    with handler.arrived:
        handler.arrived.wait_for(lambda: len(mine()) >= count, timeout=10)
    return mine()


def test_reset_mail_goes_over_smtp_and_carries_the_link(live):
    client, handler, rt = live
    r = client.post(f"{API}/auth/password-reset-requests",
                    json={"identifier": "52718", "email": "owner@alpenblick.example"})
    assert r.status_code == 202
    mails = [m for m in messages_to(handler, "owner@alpenblick.example", 2)
             if "reset-password" in m["data"]]
    assert mails, "no reset mail arrived"
    token = link_token(body_of(mails[0]), "reset-password")
    r = client.post(f"{API}/auth/password-resets", json={"token": token, "new_password": "Ueber-Smtp-1"})
    assert r.status_code == 204
    sign_in(client, "52718", "Ueber-Smtp-1")
    # The reset queues a notice of its own; the sender delivers it in the background, so wait
    # for the queue to drain (a mail that never goes out still fails after the deadline).
    deadline = time.monotonic() + 15
    while True:
        with rt.sessions() as db:
            unsent = db.scalars(select(OutboxMail).where(OutboxMail.sent_at.is_(None))).all()
        if not unsent or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    assert unsent == []


def test_invitation_mail_goes_over_smtp_and_carries_the_link(live):
    client, handler, _ = live
    h = sign_in(client, "52718")
    aid = client.get(f"{API}/me", headers=h).json()["account"]["id"]
    r = client.post(f"{API}/accounts/{aid}/invitations", headers=h,
                    json={"email": "smtp@alpenblick.example", "role": "viewer"})
    assert r.status_code == 201
    message = messages_to(handler, "smtp@alpenblick.example")[0]
    parsed = email.message_from_string(message["data"], policy=policy.default)
    assert parsed["To"] == "smtp@alpenblick.example" and "Alpenblick" in parsed["Subject"]
    token = link_token(body_of(message), "accept-invitation")
    r = client.post(f"{API}/invitations/accept",
                    json={"token": token, "name": "Per Mail", "password": "Per-Mail-2026"})
    assert r.status_code == 201


def test_sandbox_routes_are_absent_when_the_sandbox_is_off(live):
    client, _, _ = live
    for path in ("/sandbox/clock", "/sandbox/mailbox"):
        assert client.get(API + path).status_code == 404
    assert client.get("/openapi.json").status_code == 404  # production: no API description
    paths = client.app.openapi()["paths"]
    assert not any(p.startswith(f"{API}/sandbox") for p in paths)


def test_credentials_from_settings_are_used(db_url, tmp_path):
    seen: list[tuple[str, str]] = []

    def authenticator(server, session, envelope, mechanism, auth_data):
        seen.append((auth_data.login.decode(), auth_data.password.decode()))
        return AuthResult(success=auth_data.password == b"s3cret-pass")

    handler = CollectingHandler()
    with smtp_relay(handler, authenticator=authenticator, auth_require_tls=False) as port:
        settings = make_settings(db_url, tmp_path, sandbox=False, smtp_host="127.0.0.1",
                                 smtp_port=port, smtp_username="mailer", smtp_password="s3cret-pass")
        rt = Runtime.create(settings)
        try:
            seed_demo(rt)
            rt.mail.kick()
            assert len(handler.wait_for(3)) >= 3  # the welcome mails of the demo accounts
            assert seen and seen[0] == ("mailer", "s3cret-pass")
        finally:
            rt.close()


def test_an_unreachable_server_keeps_mail_queued_and_logs_no_secret(db_url, tmp_path, caplog):
    settings = make_settings(db_url, tmp_path, sandbox=False, smtp_host="127.0.0.1",
                             smtp_port=free_port(), smtp_password="s3cret-pass")
    rt = Runtime.create(settings)
    try:
        seed_demo(rt)
        rt.mail.stop()  # let the background sender finish its try, then try once more here
        assert rt.mail.deliver_pending() == 0
        with rt.sessions() as db:
            rows = db.scalars(select(OutboxMail)).all()
        assert rows and all(m.sent_at is None and m.attempts >= 1 and m.last_error for m in rows)
    finally:
        rt.close()
    assert "s3cret-pass" not in caplog.text

"""Mail that cannot be poisoned: each message sent and recorded on its own, failures retried with
backoff and set aside after the last attempt while the queue keeps flowing; safe headers, Date
and Message-ID, text and HTML parts; implicit TLS and STARTTLS, the certificate checked."""

from __future__ import annotations

import datetime as dt
import email
import ipaddress
import ssl
from collections.abc import Iterator
from email import policy
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from sqlalchemy import select

from provider.cli import main as cli
from provider.db.models import OutboxMail
from provider.mail.outbox import enqueue
from provider.mail.templates import Message
from provider.runtime import Runtime
from tests.provider.conftest import CollectingHandler, make_settings, smtp_relay

T0 = dt.datetime(2031, 3, 4, 10, 0, tzinfo=dt.UTC)


class RefusingHandler(CollectingHandler):
    """Accepts mail, except for recipients at refused.example (550, a permanent refusal)."""

    async def handle_RCPT(self, server: object, session: object, envelope: Any, address: str,
                          rcpt_options: list[str]) -> str:
        if address.endswith("@refused.example"):
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"


@pytest.fixture
def relay() -> Iterator[tuple[RefusingHandler, int]]:
    handler = RefusingHandler()
    with smtp_relay(handler) as port:
        yield handler, port


def runtime(db_url: str, tmp_path: Path, port: int, **overrides: Any) -> Runtime:
    settings = make_settings(db_url, tmp_path / "data", sandbox=False, smtp_host="127.0.0.1",
                             smtp_port=port, mail_max_attempts=3, mail_retry_seconds=60,
                             smtp_timeout_seconds=5, **overrides)
    return Runtime.create(settings)


@pytest.fixture
def live(db_url: str, tmp_path: Path, relay: tuple[RefusingHandler, int]
         ) -> Iterator[tuple[Runtime, RefusingHandler]]:
    """A production runtime (no sandbox) whose mail goes to `relay`."""
    handler, port = relay
    rt = runtime(db_url, tmp_path, port)
    yield rt, handler
    rt.close()


def queue(rt: Runtime, *mails: tuple[str, str, str]) -> list[int]:
    """Queues (to, subject, body) rows as a script or an older version might have."""
    with rt.sessions() as db:
        rows = [enqueue(db, to, Message("test", subject, body), T0) for to, subject, body in mails]
        db.commit()
        return [row.id for row in rows]


def rows(rt: Runtime) -> dict[int, OutboxMail]:
    with rt.sessions() as db:
        return {m.id: m for m in db.scalars(select(OutboxMail))}


def parsed(message: dict) -> email.message.EmailMessage:
    return email.message_from_string(message["data"], policy=policy.default)


def test_a_poisoned_message_does_not_stop_the_others(live):
    rt, handler = live
    first, poisoned_subject, poisoned_address, last = queue(
        rt,
        ("a@ok.example", "Welcome", "Hello A"),
        ("b@ok.example", "Invited to Evil AG\r\nBcc: spy@evil.example", "Hello B"),
        ("c@ok.example\r\nBcc: spy@evil.example", "Hello", "Hello C"),
        ("d@ok.example", "Receipt", "Hello D"),
    )
    assert rt.mail.deliver_pending(now=T0) == 3
    state = rows(rt)
    assert all(state[i].sent_at is not None for i in (first, poisoned_subject, last))
    # The address that is none is set aside at once with its error: retrying cannot help.
    bad = state[poisoned_address]
    assert bad.sent_at is None and bad.set_aside_at is not None and bad.attempts == 1
    assert "recipient" in (bad.last_error or "")
    # The subject arrived on one line; no header was injected and nobody else got it.
    delivered = {m["to"][0]: parsed(m) for m in handler.messages}
    assert sorted(delivered) == ["a@ok.example", "b@ok.example", "d@ok.example"]
    b = delivered["b@ok.example"]
    assert b["Subject"] == "Invited to Evil AG Bcc: spy@evil.example"
    assert b["Bcc"] is None
    assert all("spy@evil.example" not in m["to"] for m in handler.messages)


def test_a_refused_message_is_retried_with_backoff_then_set_aside(live):
    rt, handler = live
    refused, = queue(rt, ("x@refused.example", "Invoice", "Hello X"))
    assert rt.mail.deliver_pending(now=T0) == 0
    row = rows(rt)[refused]
    assert row.attempts == 1 and row.set_aside_at is None and "550" in row.last_error
    assert row.next_attempt_at == T0 + dt.timedelta(seconds=60)

    # Not due before its time; meanwhile new mail goes out at once.
    later, = queue(rt, ("later@ok.example", "Reminder", "Hello"))
    assert rt.mail.deliver_pending(now=T0 + dt.timedelta(seconds=30)) == 1
    assert rows(rt)[refused].attempts == 1

    second = T0 + dt.timedelta(seconds=61)
    rt.mail.deliver_pending(now=second)
    row = rows(rt)[refused]
    assert row.attempts == 2 and row.next_attempt_at == second + dt.timedelta(seconds=120)

    third = second + dt.timedelta(seconds=121)
    rt.mail.deliver_pending(now=third)
    row = rows(rt)[refused]
    assert row.attempts == 3 and row.set_aside_at == third and row.sent_at is None
    assert "SMTPRecipientsRefused" in row.last_error and "550" in row.last_error
    # Set aside: never tried again by the sender.
    rt.mail.deliver_pending(now=third + dt.timedelta(days=30))
    assert rows(rt)[refused].attempts == 3
    assert [m["to"] for m in handler.messages] == [["later@ok.example"]]
    assert rows(rt)[later].sent_at is not None


def test_mail_queue_lists_and_retries_set_aside_mail(live, db_url, capsys):
    rt, handler = live
    aside, waiting = queue(rt, ("x@refused.example", "Invoice", "Hello X"),
                           ("y@refused.example", "Invoice", "Hello Y"))
    with rt.sessions() as db:
        db.get(OutboxMail, aside).attempts = 2
        db.commit()
    rt.mail.deliver_pending(now=T0)
    assert rows(rt)[aside].set_aside_at is not None
    assert rows(rt)[waiting].set_aside_at is None

    assert cli(["mail-queue", "--db", db_url]) == 0
    out = capsys.readouterr().out
    assert "x@refused.example" in out and "set aside, 3 attempt(s)" in out
    assert "y@refused.example" in out and "retry at" in out and "550" in out
    assert out.strip().endswith("2 undelivered, 1 set aside")
    assert cli(["mail-queue", "--db", db_url, "--set-aside"]) == 0
    assert "y@refused.example" not in capsys.readouterr().out

    # The operator fixes the address, then sends it again.
    with rt.sessions() as db:
        db.get(OutboxMail, aside).to_address = "x@ok.example"
        db.commit()
    assert cli(["mail-queue", "--db", db_url, "--retry", str(aside)]) == 0
    assert "1 set-aside mail(s)" in capsys.readouterr().out
    row = rows(rt)[aside]
    assert row.set_aside_at is None and row.attempts == 0
    assert rt.mail.deliver_pending(now=T0 + dt.timedelta(seconds=1)) == 1
    assert [m["to"] for m in handler.messages] == [["x@ok.example"]]
    # Nothing set aside is left to retry: a retry of a given id says so.
    assert cli(["mail-queue", "--db", db_url, "--retry", str(aside)]) == 1


def test_every_message_has_date_message_id_and_text_and_html_parts(live):
    rt, handler = live
    mail_id, = queue(rt, ("a@ok.example", "Reset <your> password",
                          "Hello Eva & Co\n\nOpen switchboard://reset-password?token=abc&x=1\n"
                          "It works once.\n"))
    rt.mail.deliver_pending(now=T0)
    msg = parsed(handler.messages[0])
    assert msg["Date"].datetime == T0  # when it was written, not when a retry went out
    stored = rows(rt)[mail_id].message_id
    assert stored and msg["Message-ID"] == stored and stored.endswith("@switchboard.invalid>")
    assert msg["Auto-Submitted"] == "auto-generated"
    assert msg.get_content_type() == "multipart/alternative"
    text = msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
    assert "Hello Eva & Co" in text
    assert "Hello Eva &amp; Co" in html and "<title>Reset &lt;your&gt; password</title>" in html
    assert ('<a href="switchboard://reset-password?token=abc&amp;x=1">'
            "switchboard://reset-password?token=abc&amp;x=1</a>") in html
    assert html.count("<p>") == 2


def test_the_same_message_id_on_every_attempt(live):
    rt, handler = live
    mail_id, = queue(rt, ("x@refused.example", "Invoice", "Hello"))
    rt.mail.deliver_pending(now=T0)
    first = rows(rt)[mail_id].message_id
    rt.mail.deliver_pending(now=T0 + dt.timedelta(minutes=2))
    assert rows(rt)[mail_id].attempts == 2 and rows(rt)[mail_id].message_id == first


# --- TLS -----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1: (certificate file, key file)."""
    folder = tmp_path_factory.mktemp("tls")
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "relay.test")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .sign(key, hashes.SHA256()))
    cert_file, key_file = folder / "relay.pem", folder / "relay.key"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_file, key_file


def server_context(certificate: tuple[Path, Path]) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*map(str, certificate))
    return context


@pytest.mark.parametrize("mode", ["implicit", "starttls"])
def test_tls_modes_deliver_with_the_configured_ca(db_url, tmp_path, certificate, mode):
    options: dict[str, Any] = (
        {"ssl_context": server_context(certificate)} if mode == "implicit"
        else {"tls_context": server_context(certificate), "require_starttls": True})
    handler = CollectingHandler()
    with smtp_relay(handler, **options) as port:
        rt = runtime(db_url, tmp_path, port, smtp_tls=mode, smtp_ca_file=certificate[0])
        try:
            queue(rt, ("a@ok.example", "Welcome", "Hello"))
            assert rt.mail.deliver_pending(now=T0) == 1
            assert handler.messages[0]["to"] == ["a@ok.example"]
        finally:
            rt.close()
        # Without the CA the certificate is not trusted: nothing is sent, the error is kept.
        rt = runtime(db_url, tmp_path, port, smtp_tls=mode)
        try:
            mail_id, = queue(rt, ("b@ok.example", "Welcome", "Hello"))
            assert rt.mail.deliver_pending(now=T0) == 0
            assert "CERTIFICATE_VERIFY_FAILED" in rows(rt)[mail_id].last_error
            assert len(handler.messages) == 1
        finally:
            rt.close()


def test_port_465_means_implicit_tls_unless_told_otherwise():
    from provider.settings import Settings

    assert Settings(smtp_port=465).smtp_tls_mode() == "implicit"
    assert Settings(smtp_port=587, smtp_starttls=True).smtp_tls_mode() == "starttls"
    assert Settings(smtp_port=25).smtp_tls_mode() == "plain"
    assert Settings(smtp_port=465, smtp_tls="plain").smtp_tls_mode() == "plain"

"""Deliver queued mail after commit, on a background thread, so that a request that sends mail
answers as fast as one that does not (the forgotten-password answer must not tell).

Each message is claimed, sent and recorded in transactions of its own, none of them open while
the relay is talked to: one message that cannot be sent never holds back or rolls back another.
A failure is retried with a doubling delay; after `mail_max_attempts` the message is set aside
with its error (`switchboard-provider mail-queue` lists and retries those).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, sessionmaker

from provider.clock import utcnow
from provider.db.models import OutboxMail
from provider.mail import mime
from provider.mail.smtp import Relay
from provider.settings import Settings

log = logging.getLogger(__name__)
# How long a sender may take over one message before another may claim it again.
CLAIM_LEASE = timedelta(minutes=5)
LONGEST_WAIT = timedelta(hours=6)


@dataclass(frozen=True)
class Outcome:
    error: str | None = None
    permanent: bool = False


def retry_delay(settings: Settings, attempts: int) -> timedelta:
    """The wait after the `attempts`-th failure: 1, 2, 4, ... times the base, at most 6 hours."""
    factor = 2 ** min(max(attempts - 1, 0), 20)
    return min(timedelta(seconds=settings.mail_retry_seconds * factor), LONGEST_WAIT)


def due(now: datetime):  # noqa: ANN201 - a SQL condition
    return (OutboxMail.sent_at.is_(None), OutboxMail.set_aside_at.is_(None),
            or_(OutboxMail.next_attempt_at.is_(None), OutboxMail.next_attempt_at <= now))


class MailDelivery:
    def __init__(self, settings: Settings, sessions: sessionmaker[Session]) -> None:
        self._settings = settings
        self._sessions = sessions
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def kick(self) -> None:
        """Something was queued: deliver it soon. In sandbox mode the outbox is the mailbox."""
        if self._settings.sandbox:
            return
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="mail", daemon=True)
                self._thread.start()
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def _run(self) -> None:
        while not self._stop.is_set():
            self._wake.wait(timeout=30)  # retries fall due without a kick
            self._wake.clear()
            try:
                self.deliver_pending(stopping=self._stop.is_set)
            except Exception:  # the database is away: keep the thread, try at the next wake
                log.exception("mail delivery failed")

    def deliver_pending(self, now: datetime | None = None,
                        stopping: Callable[[], bool] = lambda: False) -> int:
        """Sends every message due at `now` (default: the system clock); returns how many went."""
        sent = 0
        with Relay(self._settings) as relay:
            while not stopping():
                mail = self._claim(now or utcnow())
                if mail is None:
                    break
                outcome = self._send(relay, mail)
                self._record(mail.id, outcome, now or utcnow())
                sent += outcome.error is None
        return sent

    def _claim(self, now: datetime) -> OutboxMail | None:
        with self._sessions() as db:
            query = select(OutboxMail).where(*due(now)).order_by(OutboxMail.id).limit(1)
            if db.get_bind().dialect.name == "postgresql":
                query = query.with_for_update(skip_locked=True)
            mail = db.scalar(query)
            if mail is None:
                return None
            mail.attempts += 1  # counted before sending: a sender that dies still used it
            mail.next_attempt_at = now + CLAIM_LEASE
            if mail.message_id is None:
                mail.message_id = mime.new_message_id(self._settings.mail_from)
            db.commit()
            return mail

    def _send(self, relay: Relay, mail: OutboxMail) -> Outcome:
        try:
            message = mime.build(mail, self._settings.mail_from)
        except mime.UnsendableMail as exc:
            return Outcome(f"UnsendableMail: {exc}", permanent=True)
        try:
            relay.send(message)
        except Exception as exc:  # whatever it is, it is this message's failure, not the queue's
            return Outcome(self._describe(exc))
        return Outcome()

    def _describe(self, exc: BaseException) -> str:
        text = f"{type(exc).__name__}: {exc}"
        password = self._settings.smtp_password
        if password is not None and password.get_secret_value():
            text = text.replace(password.get_secret_value(), "***")
        return text[:500]

    def _record(self, mail_id: int, outcome: Outcome, now: datetime) -> None:
        with self._sessions() as db:
            mail = db.get(OutboxMail, mail_id)
            if mail is None:
                return
            if outcome.error is None:
                mail.sent_at, mail.next_attempt_at, mail.last_error = now, None, None
            elif outcome.permanent or mail.attempts >= self._settings.mail_max_attempts:
                mail.last_error, mail.set_aside_at = outcome.error, now
                log.error("mail %s set aside after %s attempt(s): %s", mail_id, mail.attempts,
                          outcome.error.partition(":")[0])
            else:
                mail.last_error = outcome.error
                mail.next_attempt_at = now + retry_delay(self._settings, mail.attempts)
                log.warning("mail %s not delivered (attempt %s), retried at %s: %s", mail_id,
                            mail.attempts, mail.next_attempt_at.isoformat(timespec="seconds"),
                            outcome.error.partition(":")[0])
            db.commit()

"""Deliver queued mail after commit, on a background thread, so that a request that sends mail
answers as fast as one that does not (the forgotten-password answer must not tell)."""

from __future__ import annotations

import logging
import threading

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from provider.clock import utcnow
from provider.db.models import OutboxMail
from provider.mail.smtp import send_smtp
from provider.settings import Settings

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 10


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
            self._wake.wait(timeout=30)
            self._wake.clear()
            try:
                self.deliver_pending()
            except Exception:  # keep the thread alive; the next kick or timeout retries
                log.exception("mail delivery failed")

    def deliver_pending(self) -> int:
        sent = 0
        with self._sessions() as db:
            query = (
                select(OutboxMail)
                .where(OutboxMail.sent_at.is_(None), OutboxMail.attempts < MAX_ATTEMPTS)
                .order_by(OutboxMail.id)
                .limit(50)
            )
            if db.bind is not None and db.bind.dialect.name == "postgresql":
                query = query.with_for_update(skip_locked=True)
            for mail in db.scalars(query).all():
                mail.attempts += 1
                try:
                    send_smtp(self._settings, mail.to_address, mail.subject, mail.body)
                    mail.sent_at = utcnow()
                    sent += 1
                except OSError as exc:
                    mail.last_error = type(exc).__name__
                    log.warning("mail %s not delivered: %s", mail.id, type(exc).__name__)
            db.commit()
        return sent

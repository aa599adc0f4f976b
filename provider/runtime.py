"""Everything a running provider holds once: settings, database, clock, hasher, mail."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

import provider.events.capture  # noqa: F401 - every session writes the account events of its changes
from provider.clock import Clock, SandboxClock, SystemClock
from provider.db.engine import (
    make_engine,
    make_read_engine,
    make_read_session_factory,
    make_session_factory,
)
from provider.mail.delivery import MailDelivery
from provider.services.hashing import PasswordHashing
from provider.settings import Settings


@dataclass
class Runtime:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    clock: Clock
    hashing: PasswordHashing
    mail: MailDelivery
    read_sessions: sessionmaker[Session]  # for requests that only read (GET, HEAD)
    extras: dict[str, object] = field(default_factory=dict)
    read_engine: Engine | None = None  # the read sessions' pool (db/engine.py says why)

    @classmethod
    def create(cls, settings: Settings) -> Runtime:
        url = settings.resolved_database_url()
        engine = make_engine(url)
        read_engine = make_read_engine(url, settings.max_in_flight)
        sessions = make_session_factory(engine)
        clock: Clock = SandboxClock() if settings.sandbox else SystemClock()
        rt = cls(
            settings=settings,
            engine=engine,
            sessions=sessions,
            clock=clock,
            hashing=PasswordHashing(settings.argon2_time_cost, settings.argon2_memory_kib,
                                    slots=settings.hashing_slots(),
                                    max_waiting=settings.hash_max_waiting,
                                    wait_seconds=settings.hash_wait_seconds,
                                    retry_after=settings.retry_after_seconds,
                                    slots_dir=settings.hash_slots_dir,
                                    # The sandbox is one user's: no flood for a lower
                                    # priority to keep from its reads, and its first sign-in
                                    # would wait for a hashing process to start.
                                    nice=0 if settings.sandbox else settings.hash_nice),
            mail=MailDelivery(settings, sessions),
            read_sessions=make_read_session_factory(read_engine),
            read_engine=read_engine,
        )
        rt.apply_seller()
        return rt

    def apply_seller(self) -> None:
        """The seller identity from the settings (or the sandbox's) becomes current for new invoices."""
        from sqlalchemy.exc import OperationalError, ProgrammingError

        from provider.services.sellers import apply_settings

        try:
            apply_settings(self)
        except (OperationalError, ProgrammingError):  # not migrated yet: `migrate` comes first
            logging.getLogger(__name__).warning("seller identity not applied: the database has no "
                                                "seller tables yet (run migrate)")

    def close(self) -> None:
        from provider.events.hub import HUB, libpq_url

        if self.engine.dialect.name == "postgresql":
            HUB.forget(libpq_url(self.settings.resolved_database_url()))
        self.mail.stop()
        self.hashing.close()
        self.engine.dispose()
        if self.read_engine is not None:
            self.read_engine.dispose()

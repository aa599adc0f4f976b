"""Resume a remembered session while the window is still being built.

Startup is dominated by waits that need no UI: importing requests and the keyring, reading
the refresh token, and two round trips (refresh, /me). They start on a plain thread as soon
as QtCore is loaded, before QtWidgets is even imported; the main thread builds and paints
the window meanwhile, then adopts the session. Only QtCore is imported here. Where it can, a
child process forked before Qt loaded does the resume on another core (desktop/resume_child.py)
and this thread only takes its answer over.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThread, Signal

if TYPE_CHECKING:
    from desktop.resume_child import ForkedResume

log = logging.getLogger(__name__)


def _make_session(profile: Any, store: Any) -> Any:
    from desktop.secrets import SecretStore
    from desktop.session import AppSession

    class StartupSession(AppSession):
        """AppSession whose resume can run on the calling (non-UI) thread."""

        def resume_here(self) -> Any:
            return self._resume_work()

        def deliver_resumed(self, me: Any) -> None:
            self._on_resumed(me)

    return StartupSession(profile, SecretStore(), store)


class EarlyResume(QObject):
    """Create on the main thread; `finished` arrives there with (session, me, error)."""

    finished = Signal(object, object, object)  # emitted on the worker thread
    landed = Signal()  # emitted on the UI thread once `result` is set: connect to this one

    def __init__(self, profile_name: str, child: ForkedResume | None = None) -> None:
        """`child`: a process forked to resume on another core (desktop/resume_child.py), which
        this hands the profile; without one, or when it fails, the resume runs here."""
        super().__init__()
        self.profile_name = profile_name
        self._child = child
        self.result: tuple[Any, Any, BaseException | None] | None = None
        self._main = QThread.currentThread()
        self.finished.connect(self._keep)
        threading.Thread(target=self._run, name="startup-resume", daemon=True).start()

    def _keep(self, session: Any, me: Any, error: BaseException | None) -> None:
        self.result = (session, me, error)
        self.landed.emit()

    def _run(self) -> None:
        session: Any = None
        try:
            from PySide6.QtCore import QSettings

            from desktop.profiles import ProfileStore

            settings = QSettings("Switchboard", "Switchboard")
            settings.moveToThread(self._main)  # QSettings syncs by events: keep it on the UI thread
            store = ProfileStore(settings)
            profile = store.get(self.profile_name)
            if profile is None:
                if self._child is not None:
                    self._child.cancel()
                self.finished.emit(None, None, None)
                return
            if self._child is not None:
                self._child.send(profile.name, profile.remember, profile.connection())
            session = _make_session(profile, store)
            session.moveToThread(self._main)  # signals and slots live on the UI thread from now
            self.finished.emit(session, self._resume(session), None)
        except BaseException as exc:  # handed to the UI thread, which says what failed
            self.finished.emit(session, None, exc)

    def _resume(self, session: Any) -> Any:
        outcome = self._child.outcome() if self._child is not None else None
        if outcome is None:  # no child, or it failed: here, as the session would
            return session.resume_here()
        verdict, value = outcome
        if verdict == "failed" and isinstance(value, BaseException):
            raise value  # the provider's answer (an ApiError), as if asked from here
        return None if value is None else session.adopt(value)

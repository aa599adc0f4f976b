"""The one way to run work off the UI thread.

    Op(client.me).success(show).failure(show_error).key("dashboard").run()

`fn` runs on a QThreadPool; success/failure/progress callbacks run on the GUI thread (they
arrive by queued signal). A newer Op with the same key supersedes older ones: their replies
are dropped and their `report.cancelled` turns true. `fn` that accepts a `report` keyword gets a
Progress when `.progress(cb)` is used. Call `run()` on the GUI thread.

Quitting: once the application is about to quit, replies are dropped (no window waits for them:
a reply emitted on a relay Qt already deleted printed "Signal source has been deleted" from
QRunnable::run()), while work under way or queued still runs to its end, so that a store write
is never cut off; `shutdown()` waits for it, last thing before the process ends.
"""

from __future__ import annotations

import inspect
import itertools
import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

log = logging.getLogger(__name__)

_pool: QThreadPool | None = None
_latest_by_key: dict[str, int] = {}
_live: set[_Relay] = set()  # keeps relays alive until their reply is delivered
_serial = itertools.count(1)
_closing = threading.Event()  # the application quits: replies go nowhere
_watched_apps: set[int] = set()
_gate: _PaintGate | None = None  # Ops started while it is set wait for a window's next paint
GATE_MAX_MS = 250  # a window that never paints (hidden, minimised) holds its Ops no longer


def thread_pool() -> QThreadPool:
    """Network calls block in I/O, so more threads than cores are fine."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(8)
        _pool.setExpiryTimeout(30_000)
    return _pool


def _watch_quit(app: QCoreApplication) -> None:
    if id(app) not in _watched_apps:
        _watched_apps.add(id(app))
        app.aboutToQuit.connect(_closing.set)


def closing() -> bool:
    return _closing.is_set()


class _PaintGate(QObject):
    """Holds the Ops started while a window shows something new until the window has painted
    it: the paint needs the interpreter lock too, and a dozen threads importing and parsing beside
    it delayed the account's name on screen by some 20 to 50 ms at start."""

    def __init__(self, window: QObject) -> None:
        super().__init__()  # not the window's child: it opens even if the window goes first
        self.held: list[Callable[[], None]] = []
        self._window = window
        window.installEventFilter(self)
        QTimer.singleShot(GATE_MAX_MS, self, self.open)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if event.type() == QEvent.Type.UpdateRequest:  # the window paints while this event runs
            QTimer.singleShot(0, self, self.open)
        return False

    def open(self) -> None:
        held, self.held = self.held, []
        if self in _gates:
            _gates.remove(self)
            if shiboken6.isValid(self._window):
                self._window.removeEventFilter(self)
            self.deleteLater()
        for start in held:
            start()


_gates: list[_PaintGate] = []  # not opened yet


@contextmanager
def until_painted(window: QObject) -> Iterator[None]:
    """Ops started inside the block run once `window` (a top-level widget) has next painted."""
    global _gate
    gate = _PaintGate(window)
    _gates.append(gate)
    outer, _gate = _gate, gate
    try:
        yield
    finally:
        _gate = outer


def when_painted(start: Callable[[], None]) -> None:
    """`start()` now, or inside `until_painted` once the window has painted."""
    if _gate is not None and _gate in _gates:
        _gate.held.append(start)
    else:
        start()


def open_gates() -> None:
    """Start whatever waits for a window's paint (the window closes, the app quits)."""
    for gate in list(_gates):
        gate.open()


def shutdown(timeout_ms: int = 15_000) -> bool:
    """The application quits: drop every reply from now on, and wait (at most `timeout_ms`) for
    work under way or queued to end, so that no write is cut off. True when all ended."""
    _closing.set()
    open_gates()
    done = thread_pool().waitForDone(timeout_ms)
    if not done:
        log.warning("tasks still running at shutdown after %d ms", timeout_ms)
    return done


def _receiver_alive(callback: Callable[..., Any] | None) -> bool:
    """A reply for a widget that is gone (window rebuilt for a language switch, page or dialog
    closed) is dropped here, once, rather than guarded in every page. The widget is the bound
    method's object, or any QObject a lambda captured (`lambda e: self.status.setText(...)`)."""
    held = [getattr(callback, "__self__", None)]
    for cell in getattr(callback, "__closure__", None) or ():
        try:
            held.append(cell.cell_contents)
        except ValueError:  # a cell not filled yet
            continue
    return all(shiboken6.isValid(obj) for obj in held if isinstance(obj, QObject))


class Progress:
    """Handed to `fn(..., report=...)`: tell progress, and look whether to stop."""

    def __init__(self, relay: _Relay) -> None:
        self._relay = relay

    @property
    def cancelled(self) -> bool:
        return self._relay.cancelled.is_set()

    def progress(self, done: int, total: int) -> None:
        if not self.cancelled and not _closing.is_set():
            try:
                self._relay.progressed.emit(int(done), int(total))
            except RuntimeError:
                if not _closing.is_set():
                    raise


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues, the slots call back there."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)

    def __init__(self, op: Op, serial: int) -> None:
        super().__init__()
        self.op = op
        self.serial = serial
        self.cancelled = threading.Event()
        self.finished = False
        self.succeeded.connect(self._on_success)
        self.failed.connect(self._on_failure)
        self.progressed.connect(self._on_progress)

    def _current(self) -> bool:
        if self.cancelled.is_set():
            return False
        key = self.op._key
        return key is None or _latest_by_key.get(key) == self.serial

    def _finish(self) -> None:
        self.finished = True
        _live.discard(self)

    @Slot(object)
    def _on_success(self, result: object) -> None:
        self._finish()
        callback = self.op._on_success
        if self._current() and callback is not None and _receiver_alive(callback):
            callback(result)

    @Slot(object)
    def _on_failure(self, error: object) -> None:
        self._finish()
        callback = self.op._on_failure
        if self._current() and callback is not None:
            if _receiver_alive(callback):
                callback(error)
        elif self._current():
            log.warning("task %s failed and nobody listened: %r", self.op._name(), error)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        callback = self.op._on_progress
        if self._current() and callback is not None and _receiver_alive(callback):
            callback(done, total)


class _Runnable(QRunnable):
    def __init__(self, relay: _Relay, call: Callable[[], Any]) -> None:
        super().__init__()
        self._relay = relay
        self._call = call

    def run(self) -> None:
        if self._relay.cancelled.is_set():
            self._deliver(self._relay.failed, None)  # frees the relay; dropped as cancelled
            return
        try:
            result = self._call()
        except BaseException as exc:
            self._deliver(self._relay.failed, exc)
        else:
            self._deliver(self._relay.succeeded, result)

    def _deliver(self, signal: Any, value: object) -> None:
        """Queue the reply for the GUI thread, unless the application quits: then there is no
        event loop to deliver it and the relay may be gone with the application's objects."""
        if _closing.is_set():
            return
        try:
            signal.emit(value)
        except RuntimeError:
            if not _closing.is_set() and shiboken6.isValid(self._relay):
                raise
            log.debug("reply of %s dropped: the application quits", self._relay.op._name())


class OpHandle:
    def __init__(self, relay: _Relay) -> None:
        self._relay = relay

    def cancel(self) -> None:
        """Drop the reply, and let an `fn` that watches `report.cancelled` stop early."""
        self._relay.cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._relay.cancelled.is_set()

    @property
    def finished(self) -> bool:
        """True once the reply reached the GUI thread (delivered or dropped)."""
        return self._relay.finished


class Op:
    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        self._fn = fn
        self._args = args
        self._kwargs = kwargs
        self._on_success: Callable[[Any], Any] | None = None
        self._on_failure: Callable[[BaseException], Any] | None = None
        self._on_progress: Callable[[int, int], Any] | None = None
        self._key: str | None = None

    def success(self, cb: Callable[[Any], Any]) -> Op:
        self._on_success = cb
        return self

    def failure(self, cb: Callable[[BaseException], Any]) -> Op:
        self._on_failure = cb
        return self

    def progress(self, cb: Callable[[int, int], Any]) -> Op:
        self._on_progress = cb
        return self

    def key(self, name: str) -> Op:
        self._key = name
        return self

    def _name(self) -> str:
        return self._key or getattr(self._fn, "__qualname__", repr(self._fn))

    def _wants_report(self) -> bool:
        if self._on_progress is None:
            return False
        try:
            return "report" in inspect.signature(self._fn).parameters
        except (TypeError, ValueError):
            return False

    def run(self) -> OpHandle:
        serial = next(_serial)
        relay = _Relay(self, serial)
        app = QCoreApplication.instance()
        if app is not None:
            _watch_quit(app)
            if relay.thread() is not app.thread():
                relay.moveToThread(app.thread())
        if self._key is not None:
            older = _latest_by_key.get(self._key)
            _latest_by_key[self._key] = serial
            for other in list(_live):
                if other.serial == older:
                    other.cancelled.set()
        kwargs = dict(self._kwargs)
        if self._wants_report():
            kwargs["report"] = Progress(relay)
        fn, args = self._fn, self._args
        _live.add(relay)
        # The pool takes ownership of the runnable (auto-delete) and frees it after run().
        runnable = _Runnable(relay, lambda: fn(*args, **kwargs))
        when_painted(lambda: thread_pool().start(runnable))
        return OpHandle(relay)


def wait_all(timeout_ms: int = 30_000) -> bool:
    """For tests and shutdown: wait until no task runs (replies still need the event loop)."""
    open_gates()
    return thread_pool().waitForDone(timeout_ms)

"""The UI thread keeps ticking while a slow provider answers sign-in and /me."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from PySide6.QtCore import QTimer

from desktop.profiles import Profile
from desktop.sandbox import DEMO_IDENTIFIER, DEMO_PASSWORD
from desktop.secrets import SecretStore
from desktop.session import AppSession

LATENCY_MS = 800
MAX_GAP_MS = 50


def _schedstat_path() -> Path | None:
    path = Path(f"/proc/self/task/{threading.get_native_id()}/schedstat")
    return path if path.exists() else None


class TimerProbe:
    """A 5 ms QTimer on the GUI thread; records the longest gap between its ticks.

    On Linux the time the thread sat runnable in the CPU queue (schedstat's run_delay) is
    taken out of each gap: on a loaded machine the OS may not schedule us for a while,
    which is no wait of the UI thread. Blocking on a socket, a lock or the GIL still counts.
    """

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.schedstat = _schedstat_path()
        self.last = 0.0
        self.last_delay = 0.0
        self.max_gap_ms = 0.0
        self.max_raw_gap_ms = 0.0
        self.ticks = 0

    def _run_delay(self) -> float:
        if self.schedstat is None:
            return 0.0
        return int(self.schedstat.read_text().split()[1]) / 1e9

    def _tick(self) -> None:
        now, delay = time.perf_counter(), self._run_delay()
        if self.last:
            raw = (now - self.last) * 1000
            self.max_raw_gap_ms = max(self.max_raw_gap_ms, raw)
            self.max_gap_ms = max(self.max_gap_ms, raw - (delay - self.last_delay) * 1000)
        self.last, self.last_delay = now, delay
        self.ticks += 1

    def start(self) -> None:
        self.last = 0.0
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()


def _measure(qtbot, url: str) -> tuple[float, float, float, int]:
    """One sign-in, /me, /me again under the probe: (longest gap, raw gap, elapsed ms, ticks)."""
    session = AppSession(Profile("Slow", url), SecretStore())
    probe = TimerProbe()
    probe.start()
    started = time.perf_counter()
    with qtbot.waitSignal(session.signed_in, timeout=20000):
        session.sign_in(DEMO_IDENTIFIER, DEMO_PASSWORD, remember=True)  # sign-in, then /me
    with qtbot.waitSignal(session.signed_in, timeout=20000):
        session.refresh_me()
    elapsed_ms = (time.perf_counter() - started) * 1000
    probe.stop()
    return probe.max_gap_ms, probe.max_raw_gap_ms, elapsed_ms, probe.ticks


def test_ui_thread_never_stalls_while_the_provider_is_slow(qtbot, start_provider, keyring_backend,
                                                          qsettings_tmp):
    url = start_provider(SWITCHBOARD_LATENCY_MS=str(LATENCY_MS))
    # A real wait on the network shows a gap of about LATENCY_MS in every attempt, so up to
    # three attempts filter leftover scheduling noise without hiding one.
    runs = []
    for _ in range(3):
        gap, raw_gap, elapsed_ms, ticks = _measure(qtbot, url)
        runs.append(gap)
        assert elapsed_ms >= 3 * LATENCY_MS  # the provider really was slow (three requests)
        assert ticks > elapsed_ms / 20  # and the timer kept running all along
        assert raw_gap < LATENCY_MS / 2, f"the UI thread waited {raw_gap:.0f} ms: a call ran on it"
        if gap < MAX_GAP_MS:
            break
    print("longest UI-thread gap per attempt (ms):", ", ".join(f"{g:.1f}" for g in runs))
    assert min(runs) < MAX_GAP_MS, f"UI thread stalled for {min(runs):.0f} ms"

"""The UI thread keeps ticking while a slow provider answers sign-in and /me."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer

from desktop.profiles import Profile
from desktop.sandbox import DEMO_IDENTIFIER, DEMO_PASSWORD
from desktop.secrets import SecretStore
from desktop.session import AppSession

LATENCY_MS = 800
MAX_GAP_MS = 50


class TimerProbe:
    """A 5 ms QTimer on the GUI thread; records the longest gap between its ticks."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.max_gap_ms = 0.0
        self.ticks = 0

    def _tick(self) -> None:
        now = time.perf_counter()
        if self.last:
            self.max_gap_ms = max(self.max_gap_ms, (now - self.last) * 1000)
        self.last = now
        self.ticks += 1

    def start(self) -> None:
        self.last = 0.0
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()


def _measure(qtbot, url: str) -> tuple[float, float, int]:
    """One sign-in + /me + /me again under the probe: (longest gap ms, elapsed ms, ticks)."""
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
    return probe.max_gap_ms, elapsed_ms, probe.ticks


def test_ui_thread_never_stalls_while_the_provider_is_slow(qtbot, start_provider, keyring_backend,
                                                          qsettings_tmp):
    url = start_provider(SWITCHBOARD_LATENCY_MS=str(LATENCY_MS))
    # On a loaded 2-core machine the OS may deschedule the whole process for a moment; that
    # is no UI-thread wait. A real wait on the network would show a gap of about LATENCY_MS
    # in every attempt, so up to three attempts filter scheduler noise without hiding one.
    runs = []
    for _ in range(3):
        gap, elapsed_ms, ticks = _measure(qtbot, url)
        runs.append(gap)
        assert elapsed_ms >= 3 * LATENCY_MS  # the provider really was slow (three requests)
        assert ticks > elapsed_ms / 20  # and the timer kept running all along
        assert gap < LATENCY_MS / 2, f"the UI thread waited {gap:.0f} ms: a call ran on it"
        if gap < MAX_GAP_MS:
            break
    print("longest UI-thread gap per attempt (ms):", ", ".join(f"{g:.1f}" for g in runs))
    assert min(runs) < MAX_GAP_MS, f"UI thread stalled for {min(runs):.0f} ms"

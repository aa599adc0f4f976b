"""Startup: process start to the main window painted with the account, against a bare window.

The customer's normal case: a profile pointing at an already running provider, with a
remembered session (refresh token) in a keyring. The bench starts a provider first, signs in
once and keeps the token in a keyrings.alt file keyring in a temp folder, which the measured
child gets injected (bench only: the app never picks a file keyring by itself).

Floor, measured in the same run: a bare PySide6 process (import, QApplication, QMainWindow.show,
first paint). Both run offscreen, alternated, median of RUNS each. The embedded sandbox's cold
start (process start to listening) is printed for information; it is not in the ratio.

    python bench/startup.py            last line: bench startup: R x (goal <= 2.5) PASS|MISS
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RUNS = 7
GOAL = 2.5
PROFILE = "Bench"


class LazyFileKeyring:
    """keyrings.alt's file keyring, imported on first use (in a task, after the first paint)."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._backend: Any = None

    def _real(self) -> Any:
        if self._backend is None:
            from keyrings.alt.file import PlaintextKeyring

            self._backend = PlaintextKeyring()
            self._backend.file_path = self.path
        return self._backend

    def get_password(self, service: str, username: str) -> str | None:
        return self._real().get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self._real().set_password(service, username, password)

    def delete_password(self, service: str, username: str) -> None:
        self._real().delete_password(service, username)


def child_app(keyring_path: str) -> int:
    from desktop.secrets import SecretStore

    SecretStore.inject_default_backend(LazyFileKeyring(keyring_path))  # type: ignore[arg-type]
    from desktop.app import main

    return main(["--profile", PROFILE, "--lang", "en", "--exit-when-ready"])


def child_bare() -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    label = QLabel("Switchboard", window)
    window.setCentralWidget(label)
    window.resize(1000, 640)

    class Probe(QObject):
        done = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not self.done:
                self.done = True
                print(f"ready {time.time():.6f}", flush=True)
                QTimer.singleShot(0, app.quit)
            return False

    probe = Probe(label)
    label.installEventFilter(probe)
    window.show()
    return app.exec()


def measure(command: list[str], env: dict[str, str], timeout: float = 60) -> float:
    """Seconds from just before the child's start to the time its `ready T` line names."""
    started = time.time()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=timeout, cwd=ROOT)
    ready = [line for line in result.stdout.splitlines() if line.startswith("ready ")]
    if result.returncode != 0 or not ready:
        raise SystemExit(f"run failed ({result.returncode}): {result.stdout}\n{result.stderr}")
    return float(ready[0].split()[1]) - started


def prepare(tmp: Path, base_url: str) -> tuple[dict[str, str], str]:
    """A profile in QSettings under tmp, and a remembered session in the file keyring."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp / "home"),
           "XDG_CONFIG_HOME": str(tmp / "config"), "PYTHONDONTWRITEBYTECODE": "0"}
    keyring_path = str(tmp / "keyring.cfg")
    setup = f"""
import sys
sys.path.insert(0, {str(ROOT / "bench")!r})
from PySide6.QtCore import QCoreApplication, QSettings
QCoreApplication.setOrganizationName("Switchboard"); QCoreApplication.setApplicationName("Switchboard")
from desktop.api_client import ApiClient
from desktop.profiles import Profile, ProfileStore
from desktop.sandbox import DEMO_IDENTIFIER, DEMO_PASSWORD
from desktop.secrets import SecretStore
from startup import LazyFileKeyring
profile = ProfileStore().save(Profile({PROFILE!r}, {base_url!r}, DEMO_IDENTIFIER, remember=True))
ProfileStore().set_last_used(profile.name)
secrets = SecretStore(LazyFileKeyring({keyring_path!r}))
ApiClient(profile.connection(), on_tokens=lambda t: secrets.save_refresh_token(profile.name, t)).sign_in(
    DEMO_IDENTIFIER, DEMO_PASSWORD)
QSettings().sync()
"""
    subprocess.run([sys.executable, "-c", setup], check=True, env=env, cwd=ROOT, timeout=60)
    return env, keyring_path


def main() -> int:
    from _verdict import verdict

    from desktop.sandbox import SandboxServer

    with tempfile.TemporaryDirectory(prefix="bench-startup-") as folder:
        tmp = Path(folder)
        started = time.perf_counter()
        server = SandboxServer.start(tmp / "provider")
        try:
            base_url = server.wait_ready(60)
            cold = time.perf_counter() - started
            print(f"sandbox cold start (informational): {cold:.2f} s")
            env, keyring_path = prepare(tmp, base_url)
            app_cmd = [sys.executable, __file__, "--child-app", keyring_path]
            bare_cmd = [sys.executable, __file__, "--child-bare"]
            measure(app_cmd, env)  # warm the OS file cache and .pyc files; not counted
            measure(bare_cmd, env)
            apps, bares = [], []
            for _ in range(RUNS):
                bares.append(measure(bare_cmd, env))
                apps.append(measure(app_cmd, env))
        finally:
            server.stop()
    app_s, bare_s = statistics.median(apps), statistics.median(bares)
    ratio = app_s / bare_s
    print(f"bare PySide6 window, first paint: median {bare_s * 1000:.0f} ms "
          f"(runs: {', '.join(f'{b * 1000:.0f}' for b in bares)})")
    print(f"switchboard, account painted after resume + /me: median {app_s * 1000:.0f} ms "
          f"(runs: {', '.join(f'{a * 1000:.0f}' for a in apps)})")
    return verdict("startup", f"{ratio:.2f} x (goal <= {GOAL})", ratio <= GOAL)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child-app":
        sys.exit(child_app(sys.argv[2]))
    if len(sys.argv) > 1 and sys.argv[1] == "--child-bare":
        sys.exit(child_bare())
    sys.exit(main())

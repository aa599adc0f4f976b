"""The embedded sandbox: the provider in sandbox mode as a child process on loopback
(`python -m provider.cli serve --sandbox --port 0`, with a watchdog that ends it with us).

    server = SandboxServer.start()          # returns at once
    base_url = server.wait_ready(30)        # blocks: call it through desktop.tasks
    ...
    server.stop()
"""

from __future__ import annotations

import atexit
import collections
import logging
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

log = logging.getLogger(__name__)
ROOT = Path(__file__).resolve().parent.parent
DEMO_IDENTIFIER = "52718"
DEMO_PASSWORD = "Switchboard-2026"
DEMO_CURRENCY = "CHF"  # the demo account is a Swiss company (provider/seed.py)
READY_PREFIX = "listening on "

# The child runs provider.cli as usual, plus a watchdog on its stdin pipe: when this process
# ends, even by a crash or kill -9, the pipe closes and the sandbox shuts down instead of
# lingering as an orphan that keeps the port and the database.
_CHILD_BOOT = """
import os, signal, sys, threading

def _watch_parent():
    # os.read, not sys.stdin.read: a thread blocked inside the buffered reader holds its lock,
    # and when the provider exits on its own (a start error) shutdown aborts on that lock.
    while os.read(0, 4096):
        pass
    if hasattr(signal, "SIGTERM") and os.name != "nt":
        signal.raise_signal(signal.SIGTERM)
        threading.Timer(10, os._exit, (1,)).start()
    else:
        os._exit(0)

threading.Thread(target=_watch_parent, name="parent-watch", daemon=True).start()
if sys.argv[1:2] == ["serve"]:
    import gc

    gc.disable()  # from the first import on: serve turns it on again once its app is built
from provider.cli import main
sys.exit(main(sys.argv[1:]))
"""


# A frozen bundle (PyInstaller) has no Python interpreter to run `-c` with: its own executable
# runs the child when this is its first argument (desktop.app.main, before Qt is imported).
RUN_PROVIDER_ARG = "--run-provider"


def child_command(provider_args: list[str]) -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, RUN_PROVIDER_ARG, *provider_args]
    return [sys.executable, "-c", _CHILD_BOOT, *provider_args]


def run_provider_child(provider_args: list[str]) -> int:
    """The frozen child's body: the very same boot code (watchdog, then provider.cli)."""
    import provider.cli  # noqa: F401  -- named here so the bundle's analysis collects the provider

    sys.argv = [sys.argv[0], *provider_args]
    try:
        exec(compile(_CHILD_BOOT, "<sandbox-child>", "exec"), {"__name__": "__main__"})
    except SystemExit as done:
        return done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
    return 0


def template_dir() -> Path:
    """Where the demo database built ahead lives (provider/sandbox_template.py): in the bundle
    (packaging/build.py puts it there), or where `make run` builds it in a source checkout."""
    if getattr(sys, "frozen", False):
        return ROOT / "resources" / "sandbox"
    return ROOT / "build" / "sandbox-template"


def ensure_template() -> bool:
    """Build the template if there is none (what `make run` does after installing); True if built."""
    from provider import sandbox_template

    if sandbox_template.usable(template_dir()):
        return False
    sandbox_template.build(template_dir())
    return True


class SandboxError(RuntimeError):
    pass


class SandboxServer:
    def __init__(self, process: subprocess.Popen[str], data_dir: Path | None) -> None:
        self.process = process
        self.data_dir = data_dir
        self.base_url: str | None = None
        self._ready = threading.Event()
        self._stderr: collections.deque[str] = collections.deque(maxlen=40)
        threading.Thread(target=self._read_stdout, name="sandbox-stdout", daemon=True).start()
        threading.Thread(target=self._read_stderr, name="sandbox-stderr", daemon=True).start()
        atexit.register(self.stop)

    @classmethod
    def start(cls, data_dir: str | Path | None = None, env: dict[str, str] | None = None,
              host: str = "127.0.0.1", template: Path | None = None) -> SandboxServer:
        """Start `provider.cli serve --sandbox --port 0`; data_dir None = the provider's default.
        A first start copies the demo database from `template` if one is there."""
        child_env = dict(os.environ)
        child_env.update(env or {})
        child_env["PYTHONUNBUFFERED"] = "1"
        if template is not None and template.is_dir():
            child_env["SWITCHBOARD_SANDBOX_TEMPLATE"] = str(template)
        path = Path(data_dir) if data_dir is not None else None
        if path is not None:
            path.mkdir(parents=True, exist_ok=True)
            child_env["SWITCHBOARD_DATA_DIR"] = str(path)
        command = child_command(["serve", "--sandbox", "--host", host, "--port", "0"])
        process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True, env=child_env,
                                   encoding="utf-8", errors="replace")
        log.info("sandbox provider starting (pid %d)", process.pid)
        return cls(process, path)

    def _read_stdout(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:  # keeps draining, so the child never blocks on a pipe
            if self.base_url is None and line.startswith(READY_PREFIX):
                self.base_url = line[len(READY_PREFIX):].strip()
                self._ready.set()
        self._ready.set()  # the process ended: wake a waiter

    def _read_stderr(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self._stderr.append(line.rstrip())

    @property
    def running(self) -> bool:
        return self.process.poll() is None

    def error_output(self) -> str:
        return "\n".join(self._stderr)

    def wait_ready(self, timeout: float = 30) -> str:
        """The base URL once the provider listens; SandboxError if it fails or times out."""
        if not self._ready.wait(timeout):
            raise SandboxError(f"The sandbox did not start within {timeout:.0f} seconds.")
        if self.base_url is None:
            self.process.wait(5)
            time.sleep(0.05)  # let the stderr reader catch the last lines
            raise SandboxError(f"The sandbox stopped (exit code {self.process.returncode}):\n"
                               f"{self.error_output()}")
        return self.base_url

    def stop(self, timeout: float = 5) -> None:
        """Closing the pipe lets the watchdog shut the provider down; terminate if it lingers."""
        if self.process.stdin is not None and not self.process.stdin.closed:
            try:
                self.process.stdin.close()
            except OSError:
                pass
        for action in (None, self.process.terminate, self.process.kill):
            if self.process.poll() is not None:
                break
            if action is not None:
                action()
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                continue
        atexit.unregister(self.stop)

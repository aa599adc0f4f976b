"""`switchboard --self-test`: start the embedded sandbox, sign in, report, exit 0 or 1.

No window: this checks the parts under the UI (sandbox start, HTTP, sign-in, the task
runner's thread hop) and prints what failed, for support and CI.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from typing import Any, TextIO

from desktop.api_client import ApiClient, ConnectionSettings, Me
from desktop.sandbox import DEMO_IDENTIFIER, DEMO_PASSWORD, SandboxServer


def _through_task_runner(fn: Callable[[], Any], timeout_ms: int = 30_000) -> Any:
    """Run fn via desktop.tasks and wait for the reply on this (GUI) thread."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    from desktop.tasks import Op

    app = QCoreApplication.instance() or QCoreApplication([])
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def done(key: str, value: Any) -> None:
        outcome[key] = value
        loop.quit()

    Op(fn).success(lambda r: done("result", r)).failure(lambda e: done("error", e)).run()
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    del app
    if "error" in outcome:
        raise outcome["error"]
    if "result" not in outcome:
        raise TimeoutError("the task runner gave no answer")
    return outcome["result"]


def run_self_test(out: TextIO | None = None, timeout: float = 60) -> int:
    out = out or sys.stdout
    started = time.perf_counter()

    def say(text: str) -> None:
        print(f"[{time.perf_counter() - started:6.2f}s] {text}", file=out, flush=True)

    with tempfile.TemporaryDirectory(prefix="switchboard-self-test-") as data_dir:
        server = SandboxServer.start(data_dir)
        try:
            base_url = server.wait_ready(timeout)
            say(f"sandbox provider listening on {base_url}")
            client = ApiClient(ConnectionSettings(base_url))
            me: Me = _through_task_runner(lambda: client.sign_in(DEMO_IDENTIFIER, DEMO_PASSWORD))
            say(f"signed in as {me.user.email} ({me.user.role}) to {me.account.name}, "
                f"user ID {me.account.user_id}")
            if me.account.user_id != DEMO_IDENTIFIER:
                raise AssertionError(f"signed in to {me.account.user_id}, not {DEMO_IDENTIFIER}")
            client.sign_out()
            say("signed out")
            client.close()
        except Exception as exc:  # whatever failed, say it plainly and exit 1
            say(f"FAILED: {exc}")
            return 1
        finally:
            server.stop()
    say("self-test passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(run_self_test())

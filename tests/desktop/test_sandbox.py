"""The embedded sandbox process: starts, answers, and never outlives the client."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from desktop.api_client import ApiClient, ConnectionSettings
from desktop.sandbox import SandboxServer
from tests.desktop.conftest import LOW_COST

ORPHAN_MAKER = """
import os, sys
from desktop.sandbox import SandboxServer
server = SandboxServer.start(sys.argv[1])
server.wait_ready(60)
print(server.process.pid, flush=True)
os._exit(0)  # a crash: no stop(), no atexit
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_stop_ends_the_provider_and_frees_the_port(tmp_path):
    server = SandboxServer.start(tmp_path, env=LOW_COST)
    url = server.wait_ready(60)
    assert ApiClient(ConnectionSettings(url)).sandbox_clock().tzinfo is not None
    started = time.monotonic()
    server.stop()
    assert not server.running and time.monotonic() - started < 6


def test_the_sandbox_does_not_outlive_a_crashed_client(tmp_path):
    env = {**os.environ, **LOW_COST}
    result = subprocess.run([sys.executable, "-c", ORPHAN_MAKER, str(tmp_path)], capture_output=True,
                            text=True, timeout=90, env=env)
    assert result.returncode == 0, result.stderr[-2000:]
    pid = int(result.stdout.strip())
    deadline = time.monotonic() + 15
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    if _alive(pid):
        os.kill(pid, 9)
        raise AssertionError("the sandbox provider outlived its client")

"""`switchboard --self-test`'s core: start the embedded sandbox, sign in, exit 0."""

from __future__ import annotations

import io
import subprocess
import sys

from desktop.sandbox import SandboxError, SandboxServer
from desktop.self_test import run_self_test


def test_self_test_passes_and_says_what_it_did():
    out = io.StringIO()
    assert run_self_test(out) == 0
    text = out.getvalue()
    assert "signed in as owner@alpenblick.example" in text and "self-test passed" in text


def test_self_test_runs_standalone_in_a_fresh_process():
    code = "from desktop.self_test import run_self_test; raise SystemExit(run_self_test())"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_sandbox_that_cannot_start_reports_why(tmp_path):
    server = SandboxServer.start(tmp_path, env={"SWITCHBOARD_DATABASE_URL": "nosuchdb://x"})
    try:
        server.wait_ready(30)
    except SandboxError as exc:
        assert "stopped" in str(exc) and "nosuchdb" in str(exc)
    else:
        raise AssertionError("a broken sandbox reported ready")
    finally:
        server.stop()
    assert not server.running

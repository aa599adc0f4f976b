"""Quitting while background work runs: 50 real runs of the quit path (tests/desktop/
quit_during_work.py, each its own process) print nothing on stderr (no "Signal source has been
deleted" from QRunnable::run()) and lose no write to the local store."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNS = 50
WRITES = 6


def test_fifty_runs_quit_during_work_without_a_traceback_or_a_lost_write(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONFAULTHANDLER": "1"}
    stderr_lines: list[str] = []
    for run in range(RUNS):
        store = tmp_path / f"run{run}.sqlite3"
        result = subprocess.run([sys.executable, "-m", "tests.desktop.quit_during_work", str(store)],
                                cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stderr
        stderr_lines += [f"run {run}: {line}" for line in result.stderr.splitlines() if line.strip()]
        with sqlite3.connect(store) as conn:
            written = {k for (k,) in conn.execute("SELECT key FROM meta WHERE key LIKE 'write_%'")}
        assert written == {f"write_{n}" for n in range(WRITES)}, f"run {run} lost writes: {written}"
    assert stderr_lines == [], "\n".join(stderr_lines[:20])

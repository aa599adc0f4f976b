"""`make bench` runs every bench even after one misses, and exits non-zero at the end if any
missed: run against stand-in benches (one missing its goal) in a copy of the Makefile's rule."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="needs make")


def test_every_bench_runs_and_a_miss_fails_the_run(tmp_path):
    bench = tmp_path / "bench"
    bench.mkdir()
    for name, code in (("a_first.py", 0), ("b_misses.py", 1), ("c_last.py", 0)):
        (bench / name).write_text(f"import sys\nprint('bench {name}: 1 s (goal < 2 s) "
                                  f"{'PASS' if code == 0 else 'MISS'}')\nsys.exit({code})\n")
    (bench / "_helper.py").write_text("raise SystemExit('helpers are not benches')\n")
    stamp = tmp_path / ".venv" / ".installed"
    stamp.parent.mkdir()
    stamp.touch()
    (tmp_path / "pyproject.toml").write_text("")
    stamp.touch()  # newer than pyproject.toml: make does not reinstall
    makefile = (ROOT / "Makefile").read_text()
    result = subprocess.run(["make", "-f", "-", "bench", f"PY={shutil.which('python3')}"], cwd=tmp_path,
                            input=makefile, capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert [line for line in result.stdout.splitlines() if line.startswith("bench ")] == [
        "bench a_first.py: 1 s (goal < 2 s) PASS", "bench b_misses.py: 1 s (goal < 2 s) MISS",
        "bench c_last.py: 1 s (goal < 2 s) PASS"]
    assert "MISSED: bench/b_misses.py" in result.stdout

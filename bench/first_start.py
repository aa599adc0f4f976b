"""First start: a fresh data directory to the signed-in demo dashboard with its charts, sandbox.

What someone trying the product sees first: `switchboard --sandbox` on a computer where it never
ran (no provider database, no settings, no store). Each measured run gets new, empty HOME and
XDG data, config, cache and state folders, so the embedded provider finds no database and the
client no profile; the clock stops when the dashboard's charts are painted with the demo
account's figures (`--exit-when-charts`).

The demo database comes from the template built at install time (`make run` builds it; the
bundle carries one, packaging/build.py): this bench builds it first if it is missing, untimed,
as the install would have.

Floor, measured in the same run and alternated with it: a bare PySide6 process (import,
QApplication, QMainWindow.show, first paint; bench/startup.py's). Offscreen, median of RUNS.
The goal is absolute (a person waits for it); the ratio to the floor is printed so that figures
from a loaded machine can be compared.

    python bench/first_start.py        last line: bench first_start: X s (goal < 2 s) PASS|MISS
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._verdict import verdict  # noqa: E402
from bench.startup import measure  # noqa: E402

RUNS = 5
GOAL_S = 2.0
TIMEOUT_S = 120  # per measured run


def fresh_env(folder: Path) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(folder / "home")}
    for name in ("DATA", "CONFIG", "CACHE", "STATE"):
        env[f"XDG_{name}_HOME"] = str(folder / name.lower())
    env.pop("SWITCHBOARD_DATA_DIR", None)
    # The warm-up run writes the .pyc files an installed app has (the bundle's are compiled at
    # build time): with PYTHONDONTWRITEBYTECODE from the shell, every measured run compiled the
    # client's and the provider's few hundred modules from source again.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def main() -> int:
    from desktop.sandbox import ensure_template

    started = time.perf_counter()
    built = ensure_template()
    if built:
        print(f"demo database template built (untimed, as at install): "
              f"{time.perf_counter() - started:.1f} s")
    app_cmd = [sys.executable, "-m", "desktop.app", "--sandbox", "--lang", "en", "--exit-when-charts"]
    bare_cmd = [sys.executable, str(ROOT / "bench" / "startup.py"), "--child-bare"]
    apps, bares = [], []
    with tempfile.TemporaryDirectory(prefix="bench-first-start-") as folder:
        measure(bare_cmd, fresh_env(Path(folder) / "warm-bare"), TIMEOUT_S)  # OS file cache, .pyc files
        measure(app_cmd, fresh_env(Path(folder) / "warm-app"), TIMEOUT_S)
        for n in range(RUNS):
            bares.append(measure(bare_cmd, fresh_env(Path(folder) / f"bare-{n}"), TIMEOUT_S))
            apps.append(measure(app_cmd, fresh_env(Path(folder) / f"app-{n}"), TIMEOUT_S))
    app_s, bare_s = statistics.median(apps), statistics.median(bares)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"bare PySide6 window, first paint: median {bare_s * 1000:.0f} ms "
          f"(runs: {', '.join(f'{b * 1000:.0f}' for b in bares)})")
    print(f"switchboard --sandbox, fresh data directory to the dashboard's charts painted: median "
          f"{app_s * 1000:.0f} ms (runs: {', '.join(f'{a * 1000:.0f}' for a in apps)}); "
          f"{app_s / bare_s:.1f} x the floor; load average {load:.1f}")
    return verdict("first_start", f"{app_s:.2f} s (goal < {GOAL_S:.0f} s)", app_s < GOAL_S)


if __name__ == "__main__":
    sys.exit(main())

"""Guard for the PySide6 pin: 6.12.0 aborts CPython 3.11 after a few hundred Signal.emit()
calls with a bool ("Fatal Python error: bool_dealloc"). Run in a subprocess: a crash must fail
this test, not take the test run down."""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent("""
    from PySide6.QtCore import QCoreApplication, QObject, Signal

    class Source(QObject):
        changed = Signal(bool)

    app = QCoreApplication([])
    source = Source()
    seen = []
    source.changed.connect(seen.append)
    for _ in range(100_000):
        source.changed.emit(True)
    assert len(seen) == 100_000 and all(seen), len(seen)
    print("emitted", len(seen))
""")


def test_100k_bool_signal_emits_do_not_crash():
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                            timeout=120, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert result.returncode == 0, result.stderr[-2000:]
    assert "emitted 100000" in result.stdout

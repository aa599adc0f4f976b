"""One run of the client's quit path while background work is under way (for
test_clean_shutdown.py): a QApplication with a window, tasks through desktop.tasks as the pages
run them (reads whose replies update a label, with progress; writes to a real local store),
the application quitting a few milliseconds in, then desktop.app's last step, tasks.shutdown().
Argument: the store file. Prints nothing unless something is wrong."""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

from desktop import tasks
from desktop.store import LocalStore

WRITES = 6


def slow_read(n: int, report: tasks.Progress | None = None) -> int:
    for step in range(5):
        time.sleep(0.004 + n * 0.002)
        if report is not None:
            report.progress(step + 1, 5)
    return n


def write(store: LocalStore, n: int) -> None:
    time.sleep(0.01 + n * 0.004)  # the write starts while the window closes
    store.set_meta(**{f"write_{n}": "done"})


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QLabel("working")
    window.show()
    store = LocalStore(sys.argv[1])
    for n in range(8):
        tasks.Op(slow_read, n).progress(lambda done, total: window.setText(f"{done}/{total}")) \
            .success(lambda r: window.setText(str(r))).failure(lambda e: window.setText(str(e))).run()
    for n in range(WRITES):
        tasks.Op(write, store, n).success(lambda _r: window.setText("saved")).run()
    QTimer.singleShot(12, window.close)
    QTimer.singleShot(15, app.quit)
    code = app.exec()
    tasks.shutdown()
    store.close()
    return code


if __name__ == "__main__":
    sys.exit(main())

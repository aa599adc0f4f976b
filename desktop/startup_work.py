"""The work a start runs off the UI thread: the slow imports, the dashboard's charts, the
embedded sandbox, and the sweep of what crashed runs left behind (desktop/app_controller.py
starts them as tasks)."""

from __future__ import annotations

import importlib
import logging
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop.tasks import Op

log = logging.getLogger(__name__)


def load_core() -> None:
    """Import the network and keyring side (requests, keyring) off the UI thread."""
    for name in ("desktop.profiles", "desktop.sandbox", "desktop.session"):
        importlib.import_module(name)


def load_charts() -> None:
    """The dashboard's charts (pyqtgraph, numpy): loaded while the sandbox starts, which takes
    seconds, rather than on the UI thread once its figures are there."""
    for name in ("desktop.charts.balance_chart", "desktop.charts.spend_chart", "desktop.charts.zone_chart"):
        importlib.import_module(name)


class Preload(QObject):
    """The slow imports, started before the window is even built so they overlap with it."""

    done = Signal(object)  # None, or the exception

    def __init__(self) -> None:
        super().__init__()
        self.finished = False
        self.error: BaseException | None = None
        self.handle = Op(load_core).success(lambda _r: self._finish(None)).failure(self._finish).run()

    def _finish(self, error: BaseException | None) -> None:
        self.finished, self.error = True, error
        self.done.emit(error)


def sweep_scratch() -> int:
    """Delete the scratch stores a crashed or killed run left behind (desktop/store/scratch.py)."""
    from desktop.store.scratch import sweep_stale

    gone = sweep_stale()
    if gone:
        log.info("deleted %d scratch folders left by earlier runs", len(gone))
    return len(gone)


def start_sandbox(data_dir: str | None, started: Any = None) -> tuple[Any, str]:
    """Wait for the sandbox desktop.app started before the window (`started`), or start one: the
    user's own (the provider's default folder) from the demo database built ahead; a folder given
    explicitly (tests) is seeded as the provider does it."""
    from desktop.sandbox import SandboxServer, template_dir

    server = started or SandboxServer.start(data_dir, template=template_dir() if data_dir is None else None)
    try:
        return server, server.wait_ready(60)
    except Exception:
        server.stop()
        raise

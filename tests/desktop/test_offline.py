"""Offline: sync, stop the provider, start the client again: it opens on the cached account with
the banner, reading, filtering and PDFs work, paying actions are disabled with the reason; the
provider back on its port, "Retry now" reconnects and syncs without a restart."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton

from desktop.sandbox import child_command
from tests.desktop.conftest import LOW_COST
from tests.desktop.views_support import TIMEOUT, close_windows, sign_in_through_dialog, start_app  # noqa: F401

DEMO_PASSWORD = "Switchboard-2026"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Provider:
    """The sandbox provider on a fixed port, so that it can come back where the profile points."""

    def __init__(self, data_dir: Path, port: int) -> None:
        self.data_dir, self.port, self.proc = data_dir, port, None

    def start(self) -> str:
        env = {**os.environ, **LOW_COST, "SWITCHBOARD_DATA_DIR": str(self.data_dir), "PYTHONUNBUFFERED": "1"}
        self.proc = subprocess.Popen(child_command(["serve", "--sandbox", "--host", "127.0.0.1", "--port",
                                                    str(self.port)]),
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                     text=True, env=env)
        line = self.proc.stdout.readline()
        assert line.startswith("listening on"), line
        return line.split()[-1]

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=20)


@pytest.fixture
def provider(tmp_path):
    p = Provider(tmp_path / "provider", _free_port())
    yield p
    p.stop()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX process handling")
def test_offline_after_sync_then_reconnect(qtbot, provider, tmp_path, keyring_backend, qsettings_tmp,
                                           monkeypatch):
    monkeypatch.setenv("SWITCHBOARD_CLIENT_DATA_DIR", str(tmp_path / "client"))
    base_url = provider.start()
    controller = start_app(qtbot, base_url, qsettings_tmp, profile="Work", remember=True)
    sign_in_through_dialog(qtbot, controller, "52718", DEMO_PASSWORD, remember=True)
    qtbot.waitUntil(lambda: controller.offline.store is not None
                    and controller.offline.store.last_sync is not None, timeout=60_000)
    cached = controller.offline.store.count()
    assert cached > 0
    controller.window.close()
    provider.stop()

    # A new start of the client, the provider gone.
    controller = start_app(qtbot, base_url, qsettings_tmp, profile="Work", remember=True)
    window = controller.window
    with qtbot.waitSignal(controller.ready, timeout=TIMEOUT):
        pass
    ctx = window.context
    assert ctx.offline and ctx.sources.stored and ctx.me.account.user_id == "52718"
    assert window.offline_banner.isVisible()
    assert window.offline_label.text().startswith("Offline since")
    # Reading, searching, filtering, comparing months and rendering PDFs from the cache.
    store = ctx.sources.backends.store
    invoices = store.invoices()
    assert len(invoices) == cached
    from desktop.store import InvoiceFilter

    assert [i.number for i in store.invoices(InvoiceFilter(text=invoices[0].number))] == [invoices[0].number]
    assert store.month(store.periods()[0]).calls > 0
    from desktop.reports.export import Account, invoice_pdf

    pdf = invoice_pdf(store, invoices[0].id, Account("52718", "de", True))
    assert pdf.startswith(b"%PDF")
    # Paying actions are disabled, with the reason.
    from desktop.views.action_gate import gate

    pay = QPushButton("Pay")
    assert not gate(pay, ctx, "billing.payments")
    assert "offline" in pay.toolTip()

    # The provider comes back: "Retry now" signs in again with the remembered session and syncs.
    provider.start()
    with qtbot.waitSignal(controller.ready, timeout=TIMEOUT):
        qtbot.mouseClick(window.retry_button, __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton)
    assert not window.offline_banner.isVisible()
    assert not window.context.offline
    qtbot.waitUntil(lambda: controller.offline.store is not None and not controller.offline.offline,
                    timeout=TIMEOUT)
    assert gate(pay, window.context, "billing.payments")

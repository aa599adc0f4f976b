"""The dashboard as a newcomer first sees it: `make run` with no settings starts the embedded
sandbox and signs in to its demo account; the charts come from a scratch store of this run (never
the profile stores, deleted at the end), and the other store-backed parts (Invoices, the
notifications) work on it too. And the sweep of scratch folders that a crashed run left behind."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from desktop.store.scratch import ACTING_PREFIX, SANDBOX_PREFIX, sweep_stale
from desktop.tasks import wait_all
from tests.desktop.shop_support import open_page
from tests.desktop.test_dashboard_page import _invoice_totals
from tests.desktop.views_support import (
    TIMEOUT,
    close_windows,  # noqa: F401 (autouse fixture)
    start_sandbox_app,
)


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _left_behind(base: Path, prefix: str, pid: int | None, age_s: float = 3600) -> Path:
    """A scratch folder as a run that crashed leaves it: a store file inside, last written `age_s` ago."""
    folder = base / f"{prefix}{'' if pid is None else f'{pid}-'}{uuid.uuid4().hex[:8]}"
    folder.mkdir(mode=0o700)
    (folder / "store.sqlite3").write_bytes(b"SQLite format 3\x00")
    then = time.time() - age_s
    os.utime(folder / "store.sqlite3", (then, then))
    os.utime(folder, (then, then))
    return folder


def test_sandbox_mode_charts_the_demo_account_from_a_scratch_store(
        qtbot, tmp_path, qsettings_tmp, monkeypatch, client_data_dir) -> None:
    crashed = _left_behind(Path(tempfile.gettempdir()), SANDBOX_PREFIX, _dead_pid())
    window, controller = start_sandbox_app(qtbot, tmp_path / "sandbox", qsettings_tmp, monkeypatch)
    folder: Path | None = None
    try:
        with qtbot.waitSignal(controller.ready, timeout=60_000):
            pass
        qtbot.waitUntil(lambda: not crashed.exists(), timeout=TIMEOUT)  # swept at the start
        offline, client, me = controller.offline, controller.session.client, controller.session.me
        qtbot.waitUntil(lambda: offline.store is not None and offline.store.last_sync is not None,
                        timeout=TIMEOUT)
        # The run's own scratch store: a private temporary folder, never a profile's store file.
        folder = offline.store.path.parent
        assert folder.parent == Path(tempfile.gettempdir())
        assert folder.name.startswith(f"{SANDBOX_PREFIX}{os.getpid()}-")
        assert not (client_data_dir / "stores").exists() or not list((client_data_dir / "stores").iterdir())
        if os.name == "posix":
            assert folder.stat().st_mode & 0o777 == 0o700
            assert offline.store.path.stat().st_mode & 0o777 == 0o600

        totals = _invoice_totals(client, me.account.id)
        assert totals, "the demo account has a year of invoices: the test would prove nothing"
        window.show_page("dashboard")
        qtbot.waitUntil(lambda: window.dashboard.panel is not None, timeout=TIMEOUT)
        panel = window.dashboard.panel
        # The charts fill in as the first sync brings invoices, then their calls.
        qtbot.waitUntil(lambda: panel.snapshot is not None and panel.shown_account == me.account.id
                        and panel.charts["spend"].stack_totals() == totals
                        and bool(panel.charts["zones"].zones), timeout=TIMEOUT)
        assert panel.status.text() == "" and panel.forecast_label.text() and panel.next_label.text()
        spend, zones, balance = panel.charts["spend"], panel.charts["zones"], panel.charts["balance"]
        assert spend.isVisible() and zones.isVisible() and not spend.empty_note.shown
        assert zones.zones and not zones.empty_note.shown
        ledger = client.request("GET", f"/accounts/{me.account.id}/ledger", params={"limit": 500})
        # The demo account is postpaid without prepaid bookings: no empty balance chart over its invoices.
        assert balance.isVisible() == bool(ledger)

        # The Invoices page reads the same store: every invoice the provider lists.
        page = open_page(qtbot, controller, "invoices")
        count = offline.store.count()
        qtbot.waitUntil(lambda: page.model.rowCount() == count, timeout=TIMEOUT)

        # A credit note issued by the sandbox's back office is announced as one after the next sync,
        # and the month's stack takes it in.
        center = window.notifications
        qtbot.waitUntil(lambda: center.notifier.facts is not None and bool(center.notifier.facts.invoices),
                        timeout=TIMEOUT)
        wait_all()
        assert center.history == []
        invoice = next(i for i in offline.store.invoices() if i.kind == "invoice")
        note = client.request("POST", f"/sandbox/invoices/{invoice.id}/credit-notes",
                              json={"amount": "5.00", "reason": "Goodwill"}, auth=False)
        offline.sync(client, me.account.id)
        qtbot.waitUntil(lambda: center.unread == 1, timeout=TIMEOUT)
        assert [(n.kind, n.text) for n in center.history] == [
            ("credit_note_issued", f"Credit note {note['number']} has been issued.")]
        window.show_page("dashboard")
        after = _invoice_totals(client, me.account.id)
        assert after != totals
        qtbot.waitUntil(lambda: spend.stack_totals() == after, timeout=TIMEOUT)
    finally:
        controller.shutdown()
    # Thrown away with the sandbox: the next run starts from an empty store with the ids it gets.
    assert folder is not None
    qtbot.waitUntil(lambda: not folder.exists(), timeout=TIMEOUT)
    wait_all()


def test_stale_scratch_folders_are_swept_and_nothing_else(tmp_path, monkeypatch) -> None:
    dead = _dead_pid()
    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    time.sleep(0.2)
    started = time.time() + 30  # as if this process had started after every folder but one below
    try:
        gone = [_left_behind(tmp_path, SANDBOX_PREFIX, dead), _left_behind(tmp_path, ACTING_PREFIX, dead),
                _left_behind(tmp_path, ACTING_PREFIX, None),  # an older version's name, without a pid
                _left_behind(tmp_path, SANDBOX_PREFIX, os.getpid())]  # a run before ours with our pid
        # A pid taken since by a process that started after the folder was last written (known
        # from /proc; without it the folder waits until the pid is free).
        reused = _left_behind(tmp_path, SANDBOX_PREFIX, live.pid)
        (gone if Path(f"/proc/{live.pid}/stat").exists() else []).append(reused)
        kept = [_left_behind(tmp_path, SANDBOX_PREFIX, live.pid, age_s=0),  # another Switchboard running
                _left_behind(tmp_path, SANDBOX_PREFIX, dead, age_s=-60),  # newer than this process
                _left_behind(tmp_path, "switchboard-other-", dead),  # not ours by its prefix
                _left_behind(tmp_path, "pytest-", None)]
        (tmp_path / f"{SANDBOX_PREFIX}{dead}-file").write_text("a file, not a scratch folder")
        if hasattr(os, "getuid"):  # seen as another user's folders: none is ours to delete
            uid = os.getuid()
            monkeypatch.setattr(os, "getuid", lambda: uid + 1)
            assert sweep_stale(tmp_path, started=started) == [] and all(f.exists() for f in gone)
            monkeypatch.setattr(os, "getuid", lambda: uid)
        swept = sweep_stale(tmp_path, started=started)
        assert sorted(swept) == sorted(gone)
        assert not any(f.exists() for f in gone) and all(f.exists() for f in kept)
        assert (tmp_path / f"{SANDBOX_PREFIX}{dead}-file").exists()
    finally:
        live.kill()
        live.wait()


def test_each_sandbox_account_gets_its_own_scratch_store_and_none_survives() -> None:
    """Signing in to another demo account (sign out, sign in) starts from an empty store of its own:
    the previous account's file is deleted first, so no figures or feed position carry over."""
    from desktop.offline import SandboxSlot

    slot = SandboxSlot()
    first = slot.open(1)
    assert slot.open(1) is first and first.meta("account_id") == "1"  # the same account keeps its store
    first.set_meta(feed_since="2026-01-01T00:00:00+00:00")
    folder = first.path.parent
    second = slot.open(2)
    assert not folder.exists() and second.path.parent != folder
    assert second.meta("account_id") == "2" and second.meta("feed_since") is None and second.count() == 0
    slot.discard()
    assert not second.path.parent.exists() and slot.scratch is None

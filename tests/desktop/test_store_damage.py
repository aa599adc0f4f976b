"""The local store survives damage, never with a traceback: a file that is not a database or
is damaged inside, and one from a newer Switchboard, are moved aside and started anew with the
unsent call disputes carried over when they can be read; a file locked by another process, or a
full disk (a real one: a 64 KiB tmpfs), is said so and left alone; `export-invoices` on a damaged
store says what happened and exports."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.store import KeptDispute, LocalStore, store_path
from desktop.store.recovery import FULL, LOCKED, NEWER, StoreProblem, open_store, problem_of
from tests.desktop.views_support import close_windows  # noqa: F401 (autouse fixture)

NOTE = "Never called this number"


def _store_with_a_dispute(path: Path, calls: int = 0) -> None:
    """A store holding one unsent dispute (what exists nowhere else) and `calls` cached calls."""
    store = LocalStore(path)
    store.restore_disputes([KeptDispute(77, 5, NOTE, "2026-12-01T10:00:00+00:00")])
    store.set_meta(account_id="9", feed_since="2026-12-01T00:00:00+00:00")
    store.close()
    if calls:
        with sqlite3.connect(path) as conn:
            conn.executemany("INSERT INTO calls VALUES (?, 5, '2026-11-30T10:00:00', '+41445551234', "
                             "'+41791234567', 'ch_mobile', 60, '0.50', 'CHF')",
                             [(i,) for i in range(1, calls + 1)])


def _aside(path: Path, kind: str) -> list[Path]:
    return sorted(path.parent.glob(f"{path.stem}.{kind}-*{path.suffix}"))


def test_a_file_that_is_not_a_database_is_moved_aside_and_started_anew(tmp_path):
    path = tmp_path / "Work.sqlite3"
    path.write_bytes(b"this is not a database, just bytes " * 200)
    store = open_store(path)
    assert store.recovered is not None and store.recovered.kind == "damaged"
    assert store.recovered.carried == 0  # nothing could be read from it
    (moved,) = _aside(path, "damaged")
    assert store.recovered.moved_to == moved and moved.read_bytes().startswith(b"this is not")
    assert store.count() == 0 and store.meta("feed_since") is None  # the next sync fetches everything
    assert "moved to" in store.recovered.text()
    store.close()
    again = open_store(path)  # the new file is sound: nothing to recover the next time
    assert again.recovered is None
    again.close()


def test_a_file_damaged_inside_keeps_its_unsent_disputes(tmp_path):
    path = tmp_path / "Work.sqlite3"
    _store_with_a_dispute(path, calls=3000)
    size = path.stat().st_size
    with path.open("r+b") as f:  # the last pages (cached calls) overwritten, as a bad disk does
        f.seek(size - 8 * 4096)
        f.write(b"\xff" * 8 * 4096)
    store = open_store(path)
    assert store.recovered is not None and store.recovered.kind == "damaged" and store.recovered.carried == 1
    assert [(d.call_id, d.invoice_id, d.note, d.sent_at) for d in store.unsent_disputes()] == [
        (77, 5, NOTE, None)]
    assert store.meta("account_id") is None  # the cache itself is rebuilt from the provider
    assert len(_aside(path, "damaged")) == 1
    store.close()


def test_a_newer_switchboards_file_is_kept_aside_and_its_disputes_carried_over(tmp_path):
    path = tmp_path / "Work.sqlite3"
    _store_with_a_dispute(path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE schema_version SET version = 99")
    store = open_store(path)
    assert store.recovered is not None and store.recovered.kind == NEWER and store.recovered.carried == 1
    assert [d.note for d in store.unsent_disputes()] == [NOTE]
    (moved,) = _aside(path, NEWER)
    with sqlite3.connect(moved) as conn:  # left as the newer version wrote it
        assert conn.execute("SELECT version FROM schema_version").fetchone() == (99,)
    store.close()


def _hold_lock(path: Path) -> subprocess.Popen:
    """Another process holding the store file locked (an export writing, say) until killed."""
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sqlite3, sys, time\n"
        f"c = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
        "c.execute('BEGIN EXCLUSIVE'); print('locked', flush=True); time.sleep(60)")],
        stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    return holder


def test_a_file_locked_by_another_process_is_said_so_and_left_alone(tmp_path, monkeypatch, qsettings_tmp):
    import io

    from desktop.export_cli import main

    monkeypatch.setenv("SWITCHBOARD_CLIENT_DATA_DIR", str(tmp_path / "data"))
    path = store_path("Work")
    _store_with_a_dispute(path)
    holder = _hold_lock(path)
    try:
        with pytest.raises(StoreProblem) as caught:
            open_store(path, timeout=0.3)
        assert caught.value.kind == LOCKED and "in use by another program" in caught.value.text()
        out, err = io.StringIO(), io.StringIO()  # the export waits its 5 s, then says so
        code = main(["--profile", "Work", "--from", "2026-01-01", "--to", "2026-12-31", "--out",
                     str(tmp_path / "out"), "--offline"], out, err)
        assert code == 1 and "in use by another program" in err.getvalue(), err.getvalue()
    finally:
        holder.kill()
        holder.wait()
    assert _aside(path, "damaged") == []
    store = open_store(path)  # free again: as it was, the dispute still there
    assert store.recovered is None and [d.note for d in store.unsent_disputes()] == [NOTE]
    store.close()


@pytest.fixture
def tiny_disk(tmp_path):
    """A real file system of 64 KiB (tmpfs; mounting needs root)."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    mount = tmp_path / "tiny"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)]).returncode != 0:
        pytest.skip("no tmpfs here")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_full_disk_is_said_so(tiny_disk):
    path = tiny_disk / "Work.sqlite3"
    store = open_store(path)
    filler = tiny_disk / "filler"
    with filler.open("wb", buffering=0) as f:  # the rest of the disk taken by something else
        try:
            while True:
                f.write(b"\0" * 1024)
        except OSError:
            pass
    with pytest.raises(sqlite3.OperationalError) as caught:
        store.set_meta(dashboard_plans="x" * 40_000)
    problem = problem_of(caught.value, store.path)
    assert problem is not None and problem.kind == FULL and "is full" in problem.text()
    assert store.meta("account_id") is None  # what was there still reads
    store.close()
    path.unlink()
    with pytest.raises(StoreProblem) as opened:  # a new store on the full disk: said, not a traceback
        open_store(path)
    assert opened.value.kind == FULL


def test_export_on_a_damaged_store_says_what_happened(tmp_path, monkeypatch, qsettings_tmp):
    import io

    from desktop.export_cli import main

    monkeypatch.setenv("SWITCHBOARD_CLIENT_DATA_DIR", str(tmp_path / "data"))
    path = store_path("Acct")
    path.write_bytes(b"garbage " * 512)
    out, err = io.StringIO(), io.StringIO()
    code = main(["--profile", "Acct", "--from", "2026-01-01", "--to", "2026-12-31", "--out",
                 str(tmp_path / "out"), "--offline"], out, err)
    assert code == 1  # nothing cached any more: said, not a traceback
    assert "was damaged" in err.getvalue() and "moved to" in err.getvalue()
    assert "Nothing cached for this profile yet" in err.getvalue()
    assert "Traceback" not in err.getvalue() and _aside(path, "damaged")


def test_moving_aside_takes_the_journal_along(tmp_path):
    from desktop.store.recovery import move_aside

    path = tmp_path / "Work.sqlite3"
    path.write_bytes(b"x")
    Path(f"{path}-journal").write_bytes(b"j")
    moved = move_aside(path, "damaged")
    assert Path(f"{moved}-journal").read_bytes() == b"j"
    assert not path.exists() and not Path(f"{path}-journal").exists()
    path.write_bytes(b"y")
    assert move_aside(path, "damaged") != moved  # a second one the same second gets its own name


def test_the_app_says_so_and_rebuilds_the_cache_from_the_provider(qtbot, provider_server, qsettings_tmp,
                                                                   keyring_backend, client_data_dir):
    from desktop.sandbox import DEMO_PASSWORD
    from tests.desktop.views_support import sign_in_through_dialog, start_app

    client_data_dir.mkdir(parents=True, exist_ok=True)
    path = store_path("Work")
    path.write_bytes(b"garbage " * 512)
    controller = start_app(qtbot, provider_server, qsettings_tmp)
    try:
        sign_in_through_dialog(qtbot, controller, "owner@alpenblick.example", DEMO_PASSWORD)
        offline, bar = controller.offline, controller.window.statusBar()
        qtbot.waitUntil(lambda: offline.store is not None and offline.store.last_sync is not None,
                        timeout=30_000)
        assert "was damaged" in bar.currentMessage() and "rebuilt from the provider" in bar.currentMessage()
        listed = controller.session.client.request(
            "GET", f"/accounts/{controller.session.me.account.id}/invoices", params={"limit": 1})
        assert offline.store.count() > 0 and listed["items"]
        assert len(_aside(path, "damaged")) == 1
    finally:
        controller.shutdown()


def test_the_app_works_on_while_the_store_is_locked_and_takes_it_up_on_refresh(
        qtbot, provider_server, qsettings_tmp, keyring_backend, client_data_dir):
    from desktop.sandbox import DEMO_PASSWORD
    from tests.desktop.views_support import sign_in_through_dialog, start_app

    client_data_dir.mkdir(parents=True, exist_ok=True)
    path = store_path("Work")
    LocalStore(path).close()
    holder = _hold_lock(path)
    controller = start_app(qtbot, provider_server, qsettings_tmp)
    try:
        sign_in_through_dialog(qtbot, controller, "owner@alpenblick.example", DEMO_PASSWORD)
        bar, offline = controller.window.statusBar(), controller.offline
        qtbot.waitUntil(lambda: "in use by another program" in bar.currentMessage(), timeout=20_000)
        assert offline.store is None and controller.window.isVisible()
        holder.kill()
        holder.wait()
        controller.window.refresh_requested.emit()  # F5
        qtbot.waitUntil(lambda: offline.store is not None and offline.store.last_sync is not None,
                        timeout=30_000)
        assert offline.store.count() > 0 and _aside(path, "damaged") == []
    finally:
        holder.kill()
        holder.wait()
        controller.shutdown()

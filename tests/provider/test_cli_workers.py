"""`switchboard-provider serve --workers 2` on PostgreSQL, as production runs it: two worker
processes answer on one port, and a session opened through one is honoured by the other."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import httpx
import pytest

from tests.provider.conftest import free_port, registration
from tests.provider.test_cli_serve import CLI, cli_env, first_line, production_cli_env


def _children(pid: int) -> list[str]:
    """Command lines of the direct child processes of `pid` (Linux /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.append(cmdline)
    return found


def _wait_ready(base: str, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
        try:
            if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise AssertionError("the workers did not answer within 60 s")


def _listening_sockets(pid: int, port: int) -> set[str]:
    """Inodes of the sockets listening on `port` that process `pid` holds (Linux /proc)."""
    listening = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            if int(fields[1].rsplit(":", 1)[1], 16) == port and fields[3] == "0A":
                listening.add(fields[9])
    held = {os.readlink(fd)[8:-1] for fd in Path(f"/proc/{pid}/fd").iterdir()
            if os.readlink(fd).startswith("socket:[")}
    return held & listening


def _worker_pids(pid: int) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and b"spawn_main" in (entry / "cmdline").read_bytes() and int(
                    (entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                pids.append(int(entry.name))
        except OSError:
            continue
    return pids


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="counts workers through /proc")
def test_serve_with_two_workers_on_postgresql(databases, tmp_path):
    url = databases.unmigrated_url("postgresql", "workers")
    port = free_port()
    env = production_cli_env(tmp_path) | {"SWITCHBOARD_METRICS_TOKEN": "scrape-token-0123"}
    proc = subprocess.Popen([CLI, "serve", "--db", url, "--port", str(port), "--workers", "2"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert first_line(proc) == f"listening on http://127.0.0.1:{port}\n"
        base = f"http://127.0.0.1:{port}"
        _wait_ready(base, proc)
        workers = [c for c in _children(proc.pid) if "spawn_main" in c]
        assert len(workers) == 2, _children(proc.pid)
        r = httpx.post(f"{base}/api/v1/accounts", json=registration(), timeout=10)
        assert r.status_code == 202, r.text
        r = httpx.post(f"{base}/api/v1/auth/sign-in", timeout=10,
                       json={"identifier": "eva@muster.example", "password": "Muster-2026"})
        assert r.status_code == 200, r.text
        headers = {"Authorization": f"Bearer {r.json()['access_token']}"}
        # New connections each time: the kernel spreads them over both workers.
        for _ in range(20):
            me = httpx.get(f"{base}/api/v1/me", headers=headers, timeout=10)
            assert me.status_code == 200 and me.json()["user"]["email"] == "eva@muster.example"
        assert httpx.get(f"{base}/api/v1/sandbox/clock", timeout=10).status_code == 404  # production
        # Whichever worker answers the scrape, it sums both workers' counts.
        for _ in range(4):
            scrape = httpx.get(f"{base}/metrics", headers={"Authorization": "Bearer scrape-token-0123"},
                               timeout=10)
            assert scrape.status_code == 200
            assert 'switchboard_http_requests_total{method="GET",route="/api/v1/me",status="200"} 20.0' \
                in scrape.text, scrape.text
        # Each worker listens on a socket of its own (SO_REUSEPORT), so the kernel spreads the
        # connections; one shared socket let a single busy worker take nearly all of them.
        sockets = [_listening_sockets(pid, port) for pid in _worker_pids(proc.pid)]
        assert len(sockets) == 2 and all(len(s) == 1 for s in sockets), sockets
        assert sockets[0] != sockets[1], sockets
        # One argon2 budget for the host: both workers hash in the slots of one folder.
        folders = {dict(v.split(b"=", 1) for v in Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
                        if b"=" in v).get(b"SWITCHBOARD_HASH_SLOTS_DIR") for pid in _worker_pids(proc.pid)}
        assert len(folders) == 1 and None not in folders, folders
        slots = Path(folders.pop().decode())
        assert [p.name for p in slots.iterdir()] == ["hash-slot-0"]  # made when first taken
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    assert not slots.exists()


def test_workers_refuse_the_sandbox_and_port_zero(tmp_path):
    one_host = ["--allow-sqlite", "--db", f"sqlite:///{tmp_path / 'p.sqlite3'}"]
    for args in (["--sandbox", "--port", "8999"], ["--port", "0", *one_host]):
        done = subprocess.run([CLI, "serve", "--workers", "2", *args], env=cli_env(tmp_path),
                              capture_output=True, text=True, timeout=60)
        assert done.returncode != 0 and "--workers" in done.stderr


def test_a_worker_builds_what_requests_would_keep_before_it_freezes(rt) -> None:
    # Made by the first requests instead, after gc.freeze(), these stayed in reach of every full
    # collection (some 30,000 objects walked with the loop stopped, docs/operations.md).
    from sqlalchemy.orm.mapper import _all_registries

    from provider.api.app import create_app
    from provider.workers import made_before_freezing

    app = create_app(runtime=rt)
    made_before_freezing(app)
    assert app.middleware_stack is not None
    assert not any(registry._new_mappers for registry in _all_registries())

"""A production provider for a bench: demo data seeded into a scratch PostgreSQL database, then
`switchboard-provider serve --workers N` on a free port, stopped afterwards whatever happens."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
from cryptography.fernet import Fernet

CLI = str(Path(sys.executable).with_name("switchboard-provider"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def production_provider(db_url: str, workers: int, **settings: str) -> Iterator[str]:
    """Yields the base URL. `settings` become SWITCHBOARD_* variables (MAX_IN_FLIGHT="32")."""
    proc = None
    with tempfile.TemporaryDirectory() as tmp:
        env = {k: v for k, v in os.environ.items() if not k.startswith("SWITCHBOARD_")}
        # Production refuses to make up its VoIP key (provider/operations/production.py).
        env.update(SWITCHBOARD_DATA_DIR=tmp, SWITCHBOARD_VOIP_KEY=Fernet.generate_key().decode())
        # Production needs a real gateway configured; a bench pays nothing, so one it never reaches.
        env.update(SWITCHBOARD_PAYMENT_GATEWAY="stripe", SWITCHBOARD_STRIPE_SECRET_KEY="sk_test_unused",
                   SWITCHBOARD_STRIPE_PUBLISHABLE_KEY="pk_test_unused",
                   SWITCHBOARD_STRIPE_WEBHOOK_SECRET="whsec_unused",
                   SWITCHBOARD_STRIPE_API_BASE="http://127.0.0.1:9")
        env.update({f"SWITCHBOARD_{name.upper()}": value for name, value in settings.items()})
        t0 = time.perf_counter()
        # No SMTP relay here: the welcome mails stay queued (their retries would only log).
        subprocess.run([CLI, "seed-demo", "--db", db_url], env=env, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        print(f"seeded demo data in {time.perf_counter() - t0:.1f} s")
        port = free_port()
        try:
            proc = subprocess.Popen([CLI, "serve", "--db", db_url, "--port", str(port), "--workers",
                                     str(workers)], env=env, stdout=subprocess.DEVNULL,
                                    stderr=(Path(tmp) / "provider.log").open("wb"))
            base = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 180  # a loaded machine starts workers slowly
            while True:
                try:
                    if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise SystemExit("the provider did not start")
                time.sleep(0.2)
            yield base
        finally:
            if proc is not None and proc.poll() is None:
                proc.terminate()
                proc.wait(timeout=30)

"""The served API answers at once on a kept-alive connection. With Nagle's algorithm left on
(asyncio sets TCP_NODELAY only on sockets whose proto says TCP), each answer's second segment
waited for the client's delayed ACK: ~40 ms on every request after a connection's first, which
is what the desktop client and any load balancer do."""

from __future__ import annotations

import re
import subprocess
import time

import httpx

from tests.provider.test_cli_serve import CLI, cli_env, first_line


def test_kept_alive_requests_do_not_wait_for_delayed_acks(tmp_path):
    proc = subprocess.Popen([CLI, "serve", "--sandbox", "--port", "0"], env=cli_env(tmp_path),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        match = re.fullmatch(r"listening on (http://127\.0\.0\.1:\d+)\n", first_line(proc))
        assert match
        with httpx.Client(base_url=match.group(1), timeout=10) as client:
            assert client.get("/api/v1/catalog").status_code == 200  # opens the connection
            took = []
            for _ in range(20):
                start = time.perf_counter()
                assert client.get("/api/v1/catalog").status_code == 200
                took.append(time.perf_counter() - start)
        # The fastest of 20: load on the machine slows some, but a delayed ACK slows every one.
        assert min(took) < 0.030, f"fastest kept-alive answer took {min(took) * 1000:.0f} ms"
    finally:
        proc.terminate()
        proc.wait(timeout=15)

"""bench signin_flood: wrong sign-ins from 50 client addresses while signed-in clients read, on
PostgreSQL with production argon2 (64 MiB, t=3) and `serve --workers CORES` (production).

127.0.0.1 is a trusted proxy, so each wrong sign-in's X-Forwarded-For names the client
address it is counted under. Both loads are open loop and come from wrk (C, one thread each):
requests start at Poisson arrival times of the given rate whatever the server's latency, and
wrk times each request itself. (A Python load generator saturated first: with reads alone its
p50 was 12 s, so it measured itself.)
  0. warm-up: reads for 3 s;
  1. floor: 200 reads/s for --duration s, the read mix of bench/api_load.py (the account, the
     invoice list, an invoice, call pages of 57 signed-in customers) over 64 connections;
  2. flood: the same reads plus 50 wrong sign-ins/s over 64 connections, the n-th from
     198.51.100.(n mod 50 + 1), one in three at the demo owner, the others at made-up names
     (each a new identity: only the address's counter stops them), for --duration s.
Measured: the reads' p99 in both phases (the floor's says what the machine gives without the
flood), every flood answer's status and the slowest, and each worker's resident memory: its
peak over the whole run (VmHWM from /proc at the end) and sampled every 100 ms per phase. Also
the workers' CPU time per phase (/proc): what the machine gave them, whatever else ran.

Goal: read p99 under 100 ms during the flood, every worker under 400 MiB, every flood request
answered 401, 429 or 503 within 1 s. Needs wrk (`apt-get install -y wrk`). Run it on a quiet
machine (`uptime` load < 2 on 2 cores): the figures are the machine's. Usage:
  python bench/signin_flood.py [--workers CORES] [--duration 20] [--pg URL]
                               [--read-rate 200] [--flood-rate 50]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from _provider import production_provider
from _scratch_db import add_pg_option, scratch_database
from _verdict import verdict
from _wrk import READ_FIELDS, parse_result, require_wrk, write_read_script
from api_load import PACING, customers, reads

READ_RATE = 200.0
FLOOD_RATE = 50.0
ADDRESSES = 50
CONNECTIONS = 64
OWNER = "52718"  # the demo owner's user ID (provider/seed.py)
GOAL_P99_MS = 100.0
GOAL_RSS_MIB = 400.0
GOAL_ANSWER_MS = 1000.0

FLOOD_LUA = """
local i = 0
local threads = {}
sent, s401, s429, s503, sother = 0, 0, 0, 0, 0
function setup(thread)
  table.insert(threads, thread)
end
function request()
  i = i + 1
  sent = sent + 1
  local address = "198.51.100." .. ((i %% %d) + 1)
  local who = "%s"
  if i %% 3 ~= 0 then who = "guess" .. math.random(1, 2000000000) .. "@example.com" end
  return wrk.format("POST", "/api/v1/auth/sign-in",
    {["Content-Type"] = "application/json", ["X-Forwarded-For"] = address},
    '{"identifier": "' .. who .. '", "password": "Wrong-pass-1"}')
end
function response(status, headers, body)
  if status == 401 then s401 = s401 + 1 elseif status == 429 then s429 = s429 + 1
  elseif status == 503 then s503 = s503 + 1 else sother = sother + 1 end
end
%s
function done(summary, latency, requests)
  local e = summary.errors
  local t = {sent = 0, s401 = 0, s429 = 0, s503 = 0, sother = 0, late = 0}
  for _, th in ipairs(threads) do
    for k, _ in pairs(t) do t[k] = t[k] + (th:get(k) or 0) end
  end
  io.write(string.format("RESULT %%d %%d %%d %%d %%d %%d %%d %%d %%d %%d %%d %%d\\n", summary.requests,
    e.connect + e.read + e.write, e.timeout, latency:percentile(50), latency:percentile(99), latency.max,
    t.sent, t.s401, t.s429, t.s503, t.sother, t.late))
end
"""
FLOOD_FIELDS = ("requests", "io_errors", "timeouts", "p50_us", "p99_us", "max_us", "sent", "s401",
                "s429", "s503", "sother", "late")


def listeners(port: int, count: int) -> list[int]:
    """The processes with a listening socket on the port: the API workers (each has its own,
    provider/workers.py), waiting for `count` of them (the first up answers /healthz alone)."""
    deadline = time.monotonic() + 120
    while len(pids := _listening(port)) < count and time.monotonic() < deadline:
        time.sleep(0.5)
    if len(pids) < count:
        raise SystemExit(f"{len(pids)} of {count} workers listen on the provider's port")
    return pids


def _listening(port: int) -> list[int]:
    """From /proc: `ss -ltnp` would need the same rights."""
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            parts = line.split()
            if parts[3] == "0A" and int(parts[1].rsplit(":", 1)[1], 16) == port:
                inodes.add(f"socket:[{parts[9]}]")
    pids = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            if any(os.readlink(fd) in inodes for fd in (proc / "fd").iterdir()):
                pids.append(int(proc.name))
        except OSError:
            continue
    return sorted(pids)


def memory_kib(pid: int, field: str) -> int:
    """VmRSS (resident now) or VmHWM (the most it was ever resident) of a process, KiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise SystemExit(f"no {field} for process {pid}")


def cpu_seconds(pids: list[int]) -> float:
    """CPU time the workers used so far, their ended threads' (argon2's lanes) included."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()  # from the 3rd on
        total += (int(fields[11]) + int(fields[12])) / tick  # utime, stime
    return total


class RssSampler:
    """The largest resident memory of any worker while running, sampled every 100 ms."""

    def __init__(self, pids: list[int]) -> None:
        self.pids, self.peak_kib = pids, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while True:
            self.peak_kib = max([self.peak_kib] + [memory_kib(p, "VmRSS") for p in self.pids])
            if self._stop.wait(0.1):
                return


def start_flood(base: str, folder: Path, seconds: int, rate: float) -> subprocess.Popen[str]:
    """Starts wrk sending the wrong sign-ins (the flood), returning at once."""
    script = folder / "flood.lua"
    script.write_text(FLOOD_LUA % (ADDRESSES, OWNER, PACING % f"{rate:.1f}"))
    # --timeout above the goal, so that a slow answer is timed rather than cut off.
    return subprocess.Popen(["wrk", "-t1", f"-c{CONNECTIONS}", f"-d{seconds}s", "--timeout", "5s",
                             "-s", str(script), base], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def start_reads(base: str, script: Path, seconds: int) -> subprocess.Popen[str]:
    return subprocess.Popen(["wrk", "-t1", f"-c{CONNECTIONS}", f"-d{seconds}s", "--timeout", "10s",
                             "-s", str(script), base], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def result(proc: subprocess.Popen[str], fields: tuple[str, ...]) -> dict[str, float]:
    out, err = proc.communicate()
    assert proc.returncode == 0, out + err
    r = parse_result(out + err, fields)
    r["failed"] = r.get("s503", 0) + r.get("sother", 0) + r["io_errors"] + r["timeouts"]
    return r


def describe_reads(r: dict[str, float]) -> str:
    return (f"{r['rate']:.0f} req/s, p50 {r['p50_ms']:.1f} ms, p99 {r['p99_ms']:.1f} ms, slowest "
            f"{r['max_ms']:.0f} ms ({r['requests']:.0f} reads: {r['s503']:.0f} answered 503 busy, "
            f"{r['sother']:.0f} other, {r['io_errors'] + r['timeouts']:.0f} connection errors or "
            f"timeouts; {r['late']:.0f} started > 10 ms late)")


def load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)  # 1 per core: docs/operations.md
    parser.add_argument("--duration", type=int, default=20)
    # Other rates only to see how the flood changes the reads on a machine too busy for the
    # goal's: the verdict is then MISS whatever the figures.
    parser.add_argument("--read-rate", type=float, default=READ_RATE)
    parser.add_argument("--flood-rate", type=float, default=FLOOD_RATE)
    add_pg_option(parser)
    args = parser.parse_args()
    require_wrk("signin_flood")

    with scratch_database(args.pg) as db_url, \
            production_provider(db_url, args.workers, TRUSTED_PROXIES=json.dumps(["127.0.0.1"])) as base, \
            tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        signed_in = [reads(base, email) for email in customers()]
        mix = [(p, token) for token, paths in signed_in for p in paths]
        workers = listeners(int(base.rsplit(":", 1)[1]), args.workers)
        paced = write_read_script(folder / "reads.lua", mix, PACING % f"{args.read_rate:.1f}")
        print(f"{len(workers)} workers, {len(mix)} distinct reads of {len(signed_in)} customers; "
              f"load average {load()}")
        result(start_reads(base, paced, 3), READ_FIELDS)  # warm up: imports, pools, plans, caches

        cpu0 = cpu_seconds(workers)
        with RssSampler(workers) as rss:
            floor = result(start_reads(base, paced, args.duration), READ_FIELDS)
        cpu1 = cpu_seconds(workers)
        print(f"floor, reads alone ({args.read_rate:.0f}/s offered): {describe_reads(floor)}; largest "
              f"worker {rss.peak_kib / 1024:.0f} MiB")

        with RssSampler(workers) as rss:
            flooding = start_flood(base, folder, args.duration, args.flood_rate)
            during = result(start_reads(base, paced, args.duration), READ_FIELDS)
            f = result(flooding, FLOOD_FIELDS)
        cpu2 = cpu_seconds(workers)
        # What the machine gave the workers, whatever else ran (the latencies depend on that).
        print(f"workers' CPU time: floor {cpu1 - cpu0:.1f} s ({(cpu1 - cpu0) / args.duration:.2f} cores), "
              f"flood {cpu2 - cpu1:.1f} s ({(cpu2 - cpu1) / args.duration:.2f} cores)")
        # The kernel updates VmHWM lazily: a sample may be a little above it.
        peak = max([memory_kib(p, "VmHWM") for p in workers] + [rss.peak_kib]) / 1024
        print(f"flood, reads ({args.read_rate:.0f}/s offered): {describe_reads(during)}")
        answered = f["s401"] + f["s429"] + f["s503"] + f["sother"]
        print(f"flood, wrong sign-ins ({args.flood_rate:.0f}/s offered from {ADDRESSES} addresses): "
              f"{f['sent']:.0f} sent, {answered:.0f} answered: {f['s401']:.0f} x 401, {f['s429']:.0f} x 429, "
              f"{f['s503']:.0f} x 503, {f['sother']:.0f} other; {f['io_errors']:.0f} connection errors, "
              f"{f['timeouts']:.0f} timeouts; p50 {f['p50_ms']:.0f} ms, p99 {f['p99_ms']:.0f} ms, slowest "
              f"{f['max_ms']:.0f} ms; {f['late']:.0f} started late; {f['sent'] - answered:.0f} still on "
              f"their way when wrk stopped")
        print(f"worker memory: largest resident {rss.peak_kib / 1024:.0f} MiB sampled during the flood, "
              f"{peak:.0f} MiB peak over the run (VmHWM); load average {load()}")

    flood_ok = (f["max_ms"] < GOAL_ANSWER_MS and f["sother"] + f["io_errors"] + f["timeouts"] == 0
                and f["sent"] - answered <= args.flood_rate * GOAL_ANSWER_MS / 1000
                and f["late"] <= f["sent"] / 100)
    goal_rates = args.read_rate >= READ_RATE and args.flood_rate >= FLOOD_RATE
    ok = (goal_rates and during["p99_ms"] < GOAL_P99_MS and during["failed"] == 0
          and during["late"] <= during["requests"] / 100 and peak < GOAL_RSS_MIB and flood_ok)
    print(f"goals: read p99 {during['p99_ms']:.1f} ms (floor {floor['p99_ms']:.1f}) < {GOAL_P99_MS:.0f}, "
          f"largest worker {peak:.0f} MiB < {GOAL_RSS_MIB:.0f}, every flood request answered "
          f"401/429/503 within {GOAL_ANSWER_MS:.0f} ms: {'yes' if flood_ok else 'no'}")
    if not goal_rates:
        print(f"not the goal's rates ({READ_RATE:.0f} reads/s, {FLOOD_RATE:.0f} sign-ins/s): MISS whatever "
              "the figures")
    return verdict("signin_flood", f"{during['p99_ms']:.1f} ms (goal < {GOAL_P99_MS:.0f})", ok)


if __name__ == "__main__":
    sys.exit(main())

"""bench overload: three times the provider's capacity for 30 s on PostgreSQL, then a normal load.

Load shedding (provider/operations/shedding.py) bounds what each worker holds at once and how
long a request may wait for its turn, and answers the excess 503 with Retry-After. Goal: during
the overload every request is answered within 1 s (the excess with 503, no connection errors or
timeouts), and from 1 s after the overload stops, p99 is back under 100 ms. The provider's own
metrics, scraped before and after the overload, must match what the load generator counted
(requests and statuses).

Same server, data and read mix as bench/api_load.py (the reads a desktop client makes for 57
signed-in customers), `serve --workers CORES` with the production defaults (access log on).
Phases, each with wrk (C, one thread):
  1. capacity: every connection sends its next request as soon as the answer is in (10 s);
     the answers of 200 per second are the capacity;
  2. floor: half the capacity for 10 s, before any overload: the p99 the recovery is held to
     (on a shared machine it moves with the other work there, as does everything here);
  3. overload: requests start at Poisson arrival times of 3 x capacity for 30 s over 256
     connections; a Lua hook counts every request sent and every answer by status;
  4. recovery: 1 s after phase 3 ends, half the capacity for 10 s; its p99 is the figure;
  5. the floor again right after it: what the machine gives at that load once the surge is
     long over.
Each phase names the load average when it ended.

Needs wrk (`apt-get install -y wrk`). Run it on a quiet machine (`uptime`). Usage:
  python bench/overload.py [--workers CORES] [--factor 3] [--duration 30] [--pg URL]
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from _provider import production_provider
from _scratch_db import add_pg_option, scratch_database
from _verdict import verdict
from _wrk import READ_FIELDS, parse_result, require_wrk, write_read_script
from api_load import PACING, customers, reads

GOAL_ANSWER_MS = 1000.0
GOAL_P99_MS = 100.0
CONNECTIONS = 256
METRICS_TOKEN = "bench-overload-metrics"

def run_wrk(base: str, entries: list[tuple[str, str]], folder: Path, name: str, connections: int,
            seconds: int, rate: float = 0) -> dict[str, float]:
    script = write_read_script(folder / f"{name}.lua", entries, PACING % f"{rate:.1f}" if rate > 0 else "")
    done = subprocess.run(["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--timeout", "5s",
                           "-s", str(script), base], capture_output=True, text=True, check=True)
    r = parse_result(done.stdout + done.stderr, READ_FIELDS)
    r["ok_rate"] = r["s200"] / (r["us"] / 1e6)  # refusals are no capacity
    return r


def scrape(base: str) -> dict[str, float]:
    """API answers by status (every route but /metrics itself) and the shed counter."""
    text = httpx.get(f"{base}/metrics", headers={"Authorization": f"Bearer {METRICS_TOKEN}"},
                     timeout=30).text
    counts: dict[str, float] = {}
    for line in text.splitlines():
        m = re.match(r'switchboard_http_requests_total\{method="GET",route="([^"]*)",status="(\d+)"\} (\S+)',
                     line)
        if m and m.group(1) != "/metrics":
            counts[m.group(2)] = counts.get(m.group(2), 0) + float(m.group(3))
        if m and m.group(1) == "(shed)":
            counts["shed_route"] = counts.get("shed_route", 0) + float(m.group(3))
        if line.startswith("switchboard_http_requests_shed_total "):
            counts["shed"] = float(line.split()[1])
    return counts


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--factor", type=float, default=3.0)
    parser.add_argument("--duration", type=int, default=30)
    add_pg_option(parser)
    args = parser.parse_args()
    require_wrk("overload")

    with scratch_database(args.pg) as db_url, \
            production_provider(db_url, args.workers, metrics_token=METRICS_TOKEN) as base, \
            tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        signed_in = [reads(base, email) for email in customers()]
        mix = [(p, token) for token, paths in signed_in for p in paths]
        run_wrk(base, mix, folder, "warm", 32, 3)  # imports, pools, plans, caches
        cap = run_wrk(base, mix, folder, "capacity", 32, 10)
        capacity = cap["ok_rate"]
        print(f"capacity: {capacity:.0f} req/s answered 200 at saturation (32 connections, {args.workers} "
              f"workers; p50 {cap['p50_ms']:.1f} ms, p99 {cap['p99_ms']:.1f} ms, {cap['s503']:.0f} shed; "
              f"load average {os.getloadavg()[0]:.1f})")
        floor = run_wrk(base, mix, folder, "floor", 64, 10, rate=capacity / 2)
        print(f"floor (before the overload, {capacity / 2:.0f} req/s offered for 10 s): "
              f"{floor['rate']:.0f} req/s, p50 {floor['p50_ms']:.1f} ms, p99 {floor['p99_ms']:.1f} ms, "
              f"slowest {floor['max_ms']:.0f} ms, {floor['s503']:.0f} shed; load average "
              f"{os.getloadavg()[0]:.1f}")

        offered = capacity * args.factor
        before = scrape(base)
        over = run_wrk(base, mix, folder, "overload", CONNECTIONS, args.duration, rate=offered)
        ended = time.monotonic()
        after = scrape(base)
        answered = over["s200"] + over["s503"] + over["sother"]
        print(f"overload: {offered:.0f} req/s offered for {args.duration} s ({args.factor:g} x capacity, "
              f"Poisson arrivals, {CONNECTIONS} connections): {over['sent']:.0f} sent, "
              f"{over['s200']:.0f} answered 200 ({over['s200'] / args.duration:.0f}/s), {over['s503']:.0f} "
              f"answered 503 busy, {over['sother']:.0f} other, {over['io_errors']:.0f} connection errors, "
              f"{over['timeouts']:.0f} timeouts; latency p50 {over['p50_ms']:.1f} ms, p99 "
              f"{over['p99_ms']:.1f} ms, slowest {over['max_ms']:.0f} ms; {over['late']:.0f} started > 10 ms "
              f"late (every connection busy); load average {os.getloadavg()[0]:.1f}")

        # Starts 1 s after the overload ended: what a client meets then.
        time.sleep(max(0.0, 1.0 - (time.monotonic() - ended)))
        rec = run_wrk(base, mix, folder, "recovery", 64, 10, rate=capacity / 2)
        print(f"recovery (from 1 s after, {capacity / 2:.0f} req/s offered for 10 s): {rec['rate']:.0f} "
              f"req/s, p50 {rec['p50_ms']:.1f} ms, p99 {rec['p99_ms']:.1f} ms, slowest "
              f"{rec['max_ms']:.0f} ms, {rec['s503']:.0f} shed, "
              f"{rec['io_errors'] + rec['timeouts'] + rec['sother']:.0f} failed; load average "
              f"{os.getloadavg()[0]:.1f}")
        # The floor again, long after: a recovery p99 between the two floors is the machine's,
        # one above both is what the surge left behind.
        late = run_wrk(base, mix, folder, "floor_after", 64, 10, rate=capacity / 2)
        print(f"floor (from 11 s after, the same load): p50 {late['p50_ms']:.1f} ms, p99 "
              f"{late['p99_ms']:.1f} ms, slowest {late['max_ms']:.0f} ms, {late['s503']:.0f} shed; "
              f"load average {os.getloadavg()[0]:.1f}")

        # The provider's metrics against the bench's own counts. Requests still on their way when
        # wrk stopped were counted by the provider but never answered to wrk, so the provider's
        # figure for each status lies between what wrk saw answered and what it sent.
        delta = {k: after.get(k, 0) - before.get(k, 0) for k in set(after) | set(before)}
        served = sum(v for k, v in delta.items() if k.isdigit())
        unanswered = over["sent"] - answered
        metrics_ok = (over["s200"] <= delta.get("200", 0) <= over["s200"] + unanswered
                      and over["s503"] <= delta.get("503", 0) <= over["s503"] + unanswered
                      and answered <= served <= over["sent"]
                      and delta.get("shed", 0) == delta.get("shed_route", 0))
        print(f"metrics scraped before and after the overload: {served:.0f} requests "
              f"({delta.get('200', 0):.0f} x 200, {delta.get('503', 0):.0f} x 503, of them "
              f"{delta.get('shed', 0):.0f} shed); the bench: {over['sent']:.0f} sent, {answered:.0f} "
              f"answered ({over['s200']:.0f} x 200, {over['s503']:.0f} x 503), {unanswered:.0f} still on "
              f"their way at the end: {'they match' if metrics_ok else 'MISMATCH'}")

        ok = (over["max_ms"] < GOAL_ANSWER_MS and over["io_errors"] + over["timeouts"] + over["sother"] == 0
              and over["s503"] > 0 and over["late"] <= over["sent"] / 100
              and rec["p99_ms"] < GOAL_P99_MS and rec["io_errors"] + rec["timeouts"] + rec["sother"] == 0
              and metrics_ok)
        return verdict("overload", f"slowest answer {over['max_ms']:.0f} ms at {args.factor:g} x capacity, "
                       f"p99 {rec['p99_ms']:.0f} ms from 1 s after (goal < {GOAL_ANSWER_MS:.0f} ms, p99 < "
                       f"{GOAL_P99_MS:.0f} ms)", ok)


if __name__ == "__main__":
    sys.exit(main())

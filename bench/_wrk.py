"""wrk (C, one thread) sending the reads a desktop client makes (bench/api_load.py's mix): the Lua
script that sends them, paced or not, and counts the answers by status, and the RESULT line its
`done` writes, read back. Used by overload.py and signin_flood.py."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

READ_LUA = """
local reqs = {
%s
}
local i = 0
local n = #reqs
local threads = {}
sent, s200, s503, sother = 0, 0, 0, 0
function setup(thread)
  table.insert(threads, thread)
end
function request()
  i = i + 1
  sent = sent + 1
  local r = reqs[(i %% n) + 1]
  return wrk.format("GET", r[1], {["Authorization"] = "Bearer " .. r[2]})
end
function response(status, headers, body)
  if status == 200 then s200 = s200 + 1 elseif status == 503 then s503 = s503 + 1
  else sother = sother + 1 end
end
%s
function done(summary, latency, requests)
  local e = summary.errors
  local t = {sent = 0, s200 = 0, s503 = 0, sother = 0, late = 0}
  for _, th in ipairs(threads) do
    for k, _ in pairs(t) do t[k] = t[k] + (th:get(k) or 0) end
  end
  io.write(string.format("RESULT %%d %%d %%d %%d %%d %%d %%d %%d %%d %%d %%d %%d\\n", summary.requests,
    summary.duration, e.connect + e.read + e.write, e.timeout, latency:percentile(99), latency.max,
    t.sent, t.s200, t.s503, t.sother, t.late, latency:percentile(50)))
end
"""
READ_FIELDS = ("requests", "us", "io_errors", "timeouts", "p99_us", "max_us", "sent", "s200", "s503",
               "sother", "late", "p50_us")


def write_read_script(path: Path, entries: list[tuple[str, str]], pacing: str) -> Path:
    """The reads script for (path, access token) pairs; `pacing` is api_load.PACING filled in
    with a rate, or "" for a closed loop (each connection sends its next read at once)."""
    path.write_text(READ_LUA % (",\n".join(f'  {{"{p}", "{t}"}}' for p, t in entries), pacing))
    return path


def parse_result(out: str, fields: tuple[str, ...]) -> dict[str, float]:
    """The RESULT line of a script's `done`, by field, with each `*_us` latency also in ms and,
    when the run's duration (`us`) is there, the requests per second."""
    match = re.search(r"^RESULT " + " ".join([r"(\d+)"] * len(fields)) + "$", out, re.M)
    assert match, out
    r: dict[str, float] = dict(zip(fields, (float(x) for x in match.groups()), strict=True))
    for key in ("p50", "p99", "max"):
        r[f"{key}_ms"] = r[f"{key}_us"] / 1000
    if "us" in r:
        r["rate"] = r["requests"] / (r["us"] / 1e6)
    return r


def require_wrk(bench: str) -> None:
    if shutil.which("wrk") is None:
        raise SystemExit(f"bench {bench} needs wrk: apt-get install -y wrk")

"""The pure rules of throttling, the client address behind proxies, and the bounded hasher."""

from __future__ import annotations

import os
import sys
import threading
from datetime import UTC, datetime, timedelta

import pytest
from argon2 import extract_parameters
from hypothesis import given
from hypothesis import strategies as st

from provider.api.client_address import client_address
from provider.domain import throttling
from provider.services.hash_process import InProcessHashes
from provider.services.hashing import HASH_NICE, HashingBusy, PasswordHashing

LIMIT = throttling.Limit(free=5, window=timedelta(minutes=15), first_delay=timedelta(minutes=1),
                         max_delay=timedelta(minutes=15))
T0 = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)


@given(st.lists(st.integers(min_value=0, max_value=3600), max_size=40))
def test_a_try_goes_ahead_only_when_its_wait_is_over(gaps):
    tries, now = throttling.NONE, T0
    for gap in gaps:
        now += timedelta(seconds=gap)
        if throttling.wait(tries, LIMIT, now) == timedelta(0):
            before = throttling.current(tries, LIMIT, now)
            tries = throttling.after_try(tries, LIMIT, now)
            assert tries.count == before.count + 1
        assert throttling.wait(tries, LIMIT, now) <= LIMIT.max_delay


@given(st.integers(min_value=0, max_value=200))
def test_delays_double_from_the_first_to_the_cap(count):
    delay = throttling.delay_after(count, LIMIT)
    if count < LIMIT.free:
        assert delay == timedelta(0)
    else:
        assert delay == min(timedelta(minutes=2 ** min(count - LIMIT.free, 10)), LIMIT.max_delay)


def test_free_tries_never_wait_even_when_counted_out_of_clock_order():
    later = throttling.after_try(throttling.NONE, LIMIT, T0 + timedelta(seconds=1))
    assert throttling.wait(later, LIMIT, T0) == timedelta(0)
    assert throttling.after_try(later, LIMIT, T0).last_at == T0 + timedelta(seconds=1)


@pytest.mark.parametrize(("peer", "header", "trusted", "client"), [
    ("198.51.100.7", ["203.0.113.9"], (), "198.51.100.7"),  # no proxies configured
    ("198.51.100.7", ["203.0.113.9"], ("10.0.0.0/8",), "198.51.100.7"),  # not from a proxy
    ("10.0.0.2", ["203.0.113.9"], ("10.0.0.0/8",), "203.0.113.9"),
    ("10.0.0.2", ["1.2.3.4, 203.0.113.9, 10.0.0.3"], ("10.0.0.0/8",), "203.0.113.9"),
    ("10.0.0.2", ["1.2.3.4", "203.0.113.9"], ("10.0.0.0/8",), "203.0.113.9"),
    ("10.0.0.2", ["junk, 203.0.113.9"], ("10.0.0.0/8",), "203.0.113.9"),
    ("10.0.0.2", ["203.0.113.9, junk"], ("10.0.0.0/8",), "10.0.0.2"),
    ("10.0.0.2", [], ("10.0.0.0/8",), "10.0.0.2"),
    ("::1", ["2001:db8::5"], ("::1",), "2001:db8::5"),
    (None, ["203.0.113.9"], ("10.0.0.0/8",), "unknown"),
])
def test_forwarded_for_is_believed_only_from_configured_proxies(peer, header, trusted, client):
    assert client_address(peer, header, trusted) == client


def test_the_hasher_runs_its_slots_lets_a_few_wait_and_refuses_the_rest():
    hashing = PasswordHashing(1, 8192, slots=1, max_waiting=1, wait_seconds=5)
    stored = hashing.hash("Secret-2026")
    inside, release = threading.Event(), threading.Event()
    original = hashing._verify

    def slow(stored_hash, password):
        inside.set()
        release.wait(10)
        return original(stored_hash, password)

    hashing._verify = slow  # holds the one slot until released
    results: list[object] = []
    first = threading.Thread(target=lambda: results.append(hashing.verify(stored, "Secret-2026")))
    first.start()
    assert inside.wait(5)
    hashing._verify = original
    second = threading.Thread(target=lambda: results.append(hashing.verify(stored, "Secret-2026")))
    second.start()
    for _ in range(100):
        if hashing.queue_depth() == 1:
            break
        threading.Event().wait(0.01)
    assert hashing.queue_depth() == 1
    with pytest.raises(HashingBusy) as busy:  # the queue is full: refused at once
        hashing.verify(stored, "Secret-2026")
    assert busy.value.status == 503 and busy.value.headers["Retry-After"] == "1"
    release.set()
    first.join(5)
    second.join(5)
    assert results == [True, True] and hashing.queue_depth() == 0


def test_a_wait_for_a_slot_ends_in_busy_after_its_time():
    hashing = PasswordHashing(1, 8192, slots=1, max_waiting=4, wait_seconds=0.05)
    assert hashing._slots.acquire(timeout=1)  # someone else's hash holds the slot
    with pytest.raises(HashingBusy):
        hashing.hash("Secret-2026")
    hashing._slots.release()
    assert hashing.queue_depth() == 0


def test_host_slots_are_shared_by_processes_and_freed_when_a_holder_dies(tmp_path):
    import subprocess
    import sys

    # Another worker process holds the host's only slot ...
    holder = subprocess.Popen([sys.executable, "-c", (
        "import fcntl, os, sys, time\n"
        f"fd = os.open({str(tmp_path / 'hash-slot-0')!r}, os.O_RDWR | os.O_CREAT)\n"
        "fcntl.flock(fd, fcntl.LOCK_EX)\nprint('held', flush=True)\ntime.sleep(60)\n")],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        hashing = PasswordHashing(1, 8192, slots=1, max_waiting=1, wait_seconds=0.05, slots_dir=tmp_path)
        with pytest.raises(HashingBusy):
            hashing.hash("Secret-2026")
        assert hashing.queue_depth() == 0
    finally:
        holder.kill()  # ... and dies mid-hash: the kernel ends its lock
        holder.wait()
    with hashing.slot():  # a hash inside a held slot uses that slot, it does not wait for another
        assert hashing.verify(hashing.hash("Secret-2026"), "Secret-2026")
        other = PasswordHashing(1, 8192, slots=1, max_waiting=0, slots_dir=tmp_path)
        with pytest.raises(HashingBusy):  # another worker of the host finds it taken
            other.hash("Secret-2026")
    assert other.verify(other.hash("Secret-2026"), "Secret-2026")


def test_the_hosts_hashing_slots_are_half_its_cores(monkeypatch):
    from provider.settings import Settings

    for cores, slots in ((1, 1), (2, 1), (8, 4)):
        monkeypatch.setattr("os.cpu_count", lambda cores=cores: cores)
        assert Settings(hash_slots=None).hashing_slots() == slots
    assert Settings(hash_slots=3).hashing_slots() == 3


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the idle scheduling class is Linux's")
def test_hashes_run_in_processes_of_lower_priority_than_the_worker():
    hashing = PasswordHashing(1, 8192)
    try:
        before = os.getpriority(os.PRIO_PROCESS, 0), os.sched_getscheduler(0)
        assert hashing.verify(hashing.hash("Secret-2026"), "Secret-2026")
        assert not hashing.verify(hashing.hash("Secret-2026"), "Secret-2027")
        assert not hashing.verify(None, "Secret-2026")
        [child] = hashing._hashes.pids()  # one hash at a time here: one process
        assert os.getpriority(os.PRIO_PROCESS, child) == max(before[0], HASH_NICE)
        assert os.sched_getscheduler(child) == os.SCHED_IDLE  # run when nothing else wants to
        # None of the worker's threads is lowered, so none holding its GIL ever waits for a core.
        assert (os.getpriority(os.PRIO_PROCESS, 0), os.sched_getscheduler(0)) == before
        assert before[1] != os.SCHED_IDLE
    finally:
        hashing.close()
    assert hashing._hashes.pids() == []


@pytest.mark.skipif(os.name != "posix", reason="hashing processes are POSIX's")
def test_a_hashing_process_that_died_is_replaced():
    hashing = PasswordHashing(1, 8192)
    try:
        stored = hashing.hash("Secret-2026")
        [child] = hashing._hashes.pids()
        os.kill(child, 9)  # killed between two hashes (out of memory, an operator)
        assert hashing.verify(stored, "Secret-2026")
        assert hashing._hashes.pids() != [child]
    finally:
        hashing.close()


def test_a_sandbox_hashes_on_the_callers_thread(settings):
    from provider.runtime import Runtime

    rt = Runtime.create(settings.model_copy(update={"hash_nice": 10}))
    try:
        assert settings.sandbox and isinstance(rt.hashing._hashes, InProcessHashes)
    finally:
        rt.close()


def test_at_normal_priority_or_in_a_frozen_bundle_the_hashes_run_on_the_callers_thread(monkeypatch):
    hashing = PasswordHashing(1, 8192, nice=0)
    assert isinstance(hashing._hashes, InProcessHashes)
    assert hashing.verify(hashing.hash("Secret-2026"), "Secret-2026")
    # The desktop bundle's sys.executable is the bundle, not a Python to start a child with.
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert isinstance(PasswordHashing(1, 8192)._hashes, InProcessHashes)


def test_an_unknown_identity_is_checked_against_a_decoy_with_the_real_parameters():
    hashing = PasswordHashing(1, 8192)
    stored = hashing.hash("Secret-2026")
    # The same argon2 work as a real hash (so a miss costs what a hit does), and no password matches.
    assert extract_parameters(hashing._decoy) == extract_parameters(stored)
    assert not hashing.verify(None, "Secret-2026")
    assert not hashing.verify(None, "")
    assert hashing.verify(stored, "Secret-2026")


def test_a_caller_can_tell_before_any_work_that_a_hash_would_be_refused():
    hashing = PasswordHashing(1, 8192, slots=1, max_waiting=0)
    hashing.refuse_if_busy()  # a slot is free
    assert hashing._slots.acquire(timeout=1)  # another request's hash holds it, none may wait
    with pytest.raises(HashingBusy):
        hashing.refuse_if_busy()
    hashing._slots.release()
    with hashing.slot():
        hashing.refuse_if_busy()  # the caller's own slot is there for its hash

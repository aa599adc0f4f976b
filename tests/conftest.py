"""Suite-wide settings, applied before any provider module reads its settings."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator

import pytest

# argon2id at production cost takes ~0.1 s per hash; the suite hashes thousands of passwords.
# The algorithm and the code path stay the same, only the cost parameters drop.
os.environ["SWITCHBOARD_ARGON2_TIME_COST"] = "1"
os.environ["SWITCHBOARD_ARGON2_MEMORY_KIB"] = "8192"
# Nor at a lower priority: the suite keeps every core busy, and a test waiting for its hash
# would wait for the other tests' work (tests/provider/test_throttling_rules.py checks it).
os.environ["SWITCHBOARD_HASH_NICE"] = "0"
# Every test client comes from one address; tests that register, ask for resets or mistype
# passwords would otherwise wait for each other. tests/provider/test_throttling.py runs with
# the limits a provider has.
os.environ["SWITCHBOARD_THROTTLE_ADDRESS_REQUESTS"] = "1000"
os.environ["SWITCHBOARD_THROTTLE_ADDRESS"] = "1000"
# Registrations answer no sooner than half a second (their timing must not tell a known address
# from a new one); the suite registers hundreds. tests/provider/test_registration.py measures
# with the production value.
os.environ["SWITCHBOARD_REGISTRATION_ANSWER_SECONDS"] = "0"
os.environ["SWITCHBOARD_RESET_REQUEST_ANSWER_SECONDS"] = "0"
# A provider refuses with 503 "busy" a request whose turn came after a quarter second, and a
# hash that found no slot within a tenth: on the suite's two busy cores a loop turn or a slot
# sometimes took that long, and a test that was not about load got "busy" (once per few CI
# runs). The suite waits longer; the tests of shedding and hashing slots (test_operations.py,
# test_throttling_rules.py, test_busy_provider.py) set their own bounds.
os.environ["SWITCHBOARD_MAX_QUEUE_SECONDS"] = "5"
os.environ["SWITCHBOARD_HASH_WAIT_SECONDS"] = "5"


@pytest.fixture(autouse=True)
def app_log_handlers_removed() -> Iterator[None]:
    """A test that runs the app's main() installs its log handlers on the root logger, the
    console one bound to the stderr pytest captured for that test; left installed, every later
    record raised "I/O operation on closed file" in the log."""
    yield
    logs = sys.modules.get("desktop.logs")
    if logs is not None and logs._installed:
        root = logging.getLogger()
        for handler in list(logs._installed):
            root.removeHandler(handler)
            handler.close()
        logs._installed.clear()


# The files that take longest, longest first (seconds on 2 busy cores, from --durations). The
# workers take files one at a time in collection order (`make test` passes
# --no-loadscope-reorder); a long file started last would keep one worker busy alone at the end.
LONGEST_FIRST = (
    "tests/packaging/test_bundle.py",  # builds the bundle: 130-460
    "tests/packaging/test_provider_install.py",  # a fresh venv: 50-140
    "tests/provider/test_crash_safety.py",
    "tests/provider/test_stripe_crash_safety.py",
    "tests/provider/test_cli_serve.py",
    "tests/provider/test_account_events_workers.py",
    "tests/provider/test_schemathesis.py",
    "tests/provider/test_cli_workers.py",
    "tests/provider/test_multi_host.py",
    "tests/desktop/test_clean_shutdown.py",
    "tests/desktop/test_sandbox.py",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    rank = {path: i for i, path in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.nodeid.split("::", 1)[0], len(rank)))

"""A test-only way to die at the worst moment: right after the gateway charged, before the
provider recorded it. Set SWITCHBOARD_TEST_CRASH_AFTER_CHARGE=1 in a test subprocess; the
crash-safety test then restarts the provider and retries the request."""

from __future__ import annotations

import os


def after_charge() -> None:
    if os.environ.get("SWITCHBOARD_TEST_CRASH_AFTER_CHARGE") == "1":
        os._exit(70)

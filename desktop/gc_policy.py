"""Python's garbage collector and the UI thread.

A full collection walks every object the process tracks and holds the interpreter lock while it
does: once the client has started (Qt's wrappers, every module, class and function loaded, the
main window's widgets) that is some 76,000 objects and 70 to 200 ms, during which the UI thread
paints nothing, whichever thread's allocation set the collection off (a bulk export's worker
thread does it as often as the UI thread). These objects live as long as the process does, so
once the first account is shown they are moved to the collector's permanent generation
(gc.freeze): later full collections walk only what was made since, which measures well under a
millisecond. Freezing keeps the collector's thresholds as they are; it is done once, because a
later freeze would also keep whatever garbage of a session is waiting to be collected.

Until then the collector does not run at all (`hold_during_start`): its passes over the objects
the start is making, all of which stay, were some 30 to 50 ms of the start's CPU before the account
was painted. The start's own garbage (a few hundred objects in cycles) is frozen with the rest. A
start that ends without an account shown (a sign-in to wait for, a sandbox that failed) lets it
run again (`resume`)."""

from __future__ import annotations

import gc

_frozen = False
START_HOLD_MS = 10_000  # the longest a start goes without collections


def hold_during_start() -> None:
    gc.disable()


def resume() -> None:
    """Collect as usual again (the start is over, whether or not an account was shown)."""
    gc.enable()


def freeze_startup_objects() -> None:
    global _frozen
    if _frozen:
        return
    _frozen = True
    gc.freeze()
    gc.enable()

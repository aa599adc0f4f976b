"""The client's objects from startup are moved out of the collector's reach once, not again."""

from __future__ import annotations

import gc

from desktop import gc_policy


def test_startup_objects_are_frozen_once(monkeypatch):
    monkeypatch.setattr(gc_policy, "_frozen", False)
    gc.unfreeze()
    try:
        gc_policy.freeze_startup_objects()
        frozen = gc.get_freeze_count()
        assert frozen > 1000  # this process's modules, classes and functions at least
        made_later = [[n] for n in range(5000)]
        gc_policy.freeze_startup_objects()
        # Not more: the 5,000 lists made later stay collectable. (A few fewer is fine: a frozen
        # object freed meanwhile, by a thread an earlier test left winding down, leaves the count.)
        assert gc.get_freeze_count() <= frozen and made_later
    finally:
        gc.unfreeze()


def test_no_collection_during_the_start_until_the_account_is_shown_or_it_ends(monkeypatch):
    monkeypatch.setattr(gc_policy, "_frozen", False)
    gc.unfreeze()
    try:
        gc_policy.hold_during_start()
        assert not gc.isenabled()
        gc_policy.freeze_startup_objects()  # the account is shown
        assert gc.isenabled() and gc.get_freeze_count() > 1000
        gc_policy.hold_during_start()
        gc_policy.resume()  # a start that ended otherwise
        assert gc.isenabled()
    finally:
        gc.unfreeze()
        gc.enable()

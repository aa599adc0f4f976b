"""A bench's last line, `bench NAME: FIGURES PASS|MISS`, which `make bench` reads, and the exit
status that goes with it (0 for PASS, 1 for MISS)."""

from __future__ import annotations


def verdict(name: str, figures: str, ok: bool) -> int:
    print(f"bench {name}: {figures} {'PASS' if ok else 'MISS'}")
    return 0 if ok else 1

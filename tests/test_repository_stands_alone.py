"""The repository stands alone: no tracked file points at reference material outside it, and every
`docs/<page>.md#<anchor>` a docstring, comment or doc cites exists."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Spelled in pieces, so that this file does not name them itself.
OUTSIDE = ("../" + "shared", "portal-" + "rules.md", "shared/" + "spec/", "shared/" + "seeds/")
CITATION = re.compile(r"docs/([\w-]+\.md)(?:#([\w-]+))?")
ANCHOR = re.compile(r'<a id="([\w-]+)"></a>')


def tracked_texts() -> dict[str, str]:
    names = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, check=True, capture_output=True,
                           text=True).stdout.split("\0")
    texts = {}
    for name in filter(None, names):
        path = ROOT / name
        if not path.is_file():  # deleted in the working tree, not yet committed
            continue
        try:
            texts[name] = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue  # images, fonts: no citations in them
    return texts


def test_no_tracked_file_points_outside_the_repository() -> None:
    texts = tracked_texts()
    assert "README.md" in texts and "docs/product-rules.md" in texts
    found = [f"{name}:{n}: {line.strip()}" for name, text in texts.items()
             for n, line in enumerate(text.splitlines(), 1) if any(o in line for o in OUTSIDE)]
    assert not found, "points outside the repository:\n" + "\n".join(found)


def test_every_cited_rule_exists() -> None:
    texts = tracked_texts()
    anchors = {name: set(ANCHOR.findall(text)) for name, text in texts.items()
               if name.startswith("docs/")}
    cited = 0
    missing = []
    for name, text in texts.items():
        for n, line in enumerate(text.splitlines(), 1):
            for page, anchor in CITATION.findall(line):
                cited += 1
                doc = f"docs/{page}"
                if doc not in anchors or (anchor and anchor not in anchors[doc]):
                    missing.append(f"{name}:{n}: {doc}#{anchor}" if anchor else f"{name}:{n}: {doc}")
    assert cited > 40  # the docstrings cite the rules; a broken pattern would find none
    assert not missing, "cited but not in docs/:\n" + "\n".join(missing)


def test_the_anchor_pattern_reads_the_rule_book() -> None:
    anchors = ANCHOR.findall((ROOT / "docs" / "product-rules.md").read_text(encoding="utf-8"))
    assert len(anchors) == len(set(anchors)), "an anchor given twice"
    assert {"automatic-top-up", "passwords", "subscription-changes", "resellers"} <= set(anchors)

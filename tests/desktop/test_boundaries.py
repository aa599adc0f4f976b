"""The client's layers, as docs/architecture.md draws them: view -> source -> api_client / store.

Read from the source text (ast), every import counted: at the top, inside functions, under
TYPE_CHECKING. Views and models never reach the provider or the local store themselves (a page
asks its area's source); sources never reach back up into views; api_client and the store know
nothing of the layers above them; and no import cycle runs through the client's modules.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "desktop"

# layer (a folder under desktop/) -> packages it must not import
FORBIDDEN = {
    "views": ("desktop.api_client", "desktop.store"),
    "models": ("desktop.api_client", "desktop.store", "desktop.sources", "desktop.views"),
    "sources": ("desktop.views",),
    "api_client": ("desktop.store", "desktop.sources", "desktop.views", "desktop.models"),
    "store": ("desktop.sources", "desktop.views"),
}


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(source: str, module: str, *, top_level_only: bool = False) -> Iterator[tuple[int, str]]:
    """(line, module) of each import in `source`, relative imports resolved against `module`."""
    tree = ast.parse(source)
    nodes = tree.body if top_level_only else ast.walk(tree)
    for node in nodes:
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                package = module.split(".")[: -node.level]
                base = ".".join([*package, base] if base else package)
            yield node.lineno, base
            for alias in node.names:  # `from desktop import store` imports desktop.store
                yield node.lineno, f"{base}.{alias.name}"


def breaks(name: str, forbidden: tuple[str, ...]) -> bool:
    return any(name == f or name.startswith(f + ".") for f in forbidden)


def offences(layer: str) -> list[str]:
    found = []
    for path in sorted((DESKTOP / layer).rglob("*.py")):
        for line, name in imports(path.read_text(encoding="utf-8"), module_name(path)):
            if breaks(name, FORBIDDEN[layer]):
                found.append(f"{path.relative_to(ROOT)}:{line} imports {name}")
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_each_layer_imports_only_what_lies_below_it(layer: str) -> None:
    assert (DESKTOP / layer).is_dir()
    found = offences(layer)
    assert not found, f"desktop/{layer} must not import {FORBIDDEN[layer]}:\n" + "\n".join(found)


def test_the_check_sees_every_way_of_importing() -> None:
    source = """
from desktop.api_client import ApiClient
import desktop.store.pages
from desktop import store
from ..store import cache

def later():
    from desktop.api_client.invoices import InvoicesApi
"""
    names = [name for _line, name in imports(source, "desktop.views.pages")]
    assert [n for n in names if breaks(n, FORBIDDEN["views"])] == [
        "desktop.api_client", "desktop.api_client.ApiClient", "desktop.store.pages", "desktop.store",
        "desktop.store", "desktop.store.cache", "desktop.api_client.invoices",
        "desktop.api_client.invoices.InvoicesApi"]


def module_graph() -> dict[str, set[str]]:
    """What each desktop module imports when it is imported (the top-level imports)."""
    modules = {module_name(p): p for p in DESKTOP.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets = set()
        for _line, imported in imports(path.read_text(encoding="utf-8"), name, top_level_only=True):
            if imported in modules and imported != name:
                targets.add(imported)
        graph[name] = targets
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_cycle_among_the_clients_modules() -> None:
    graph = module_graph()
    assert "desktop.sources" in graph and "desktop.views.pages" in graph
    assert not cycles(graph), cycles(graph)


def test_the_cycle_check_finds_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]

"""The API layer stays thin (read with `ast`, nothing run): routes call services and translate to
HTTP. No route module commits or builds a query, every router is registered in one place
(provider/api/app.py), bodies live in provider/api/schemas/, and no module of the API or the
services compares `account_id` by hand: ownership is checked by provider/services/owned.py."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.provider.import_graph import ROOT, module_names

API = ROOT / "provider" / "api"
# The query builders of SQLAlchemy: a route that needs one holds a query that belongs in a service.
QUERY_BUILDERS = {"select", "update", "insert", "delete", "func", "tuple_", "text", "exists",
                  "and_", "or_", "bindparam"}


def _api_modules() -> dict[str, ast.Module]:
    return {name: ast.parse(path.read_text(encoding="utf-8"))
            for name, path in module_names("provider.api").items()}


def _calls(tree: ast.AST, name: str) -> list[int]:
    return [node.lineno for node in ast.walk(tree) if isinstance(node, ast.Call)
            and (getattr(node.func, "attr", None) or getattr(node.func, "id", None)) == name]


def test_no_api_module_commits() -> None:
    found = {name: lines for name, tree in _api_modules().items() if (lines := _calls(tree, "commit"))}
    assert not found, f"commit() in the API layer (a use case's transaction belongs to its service): {found}"


def test_no_api_module_builds_a_query() -> None:
    found = {}
    for name, tree in _api_modules().items():
        used = {alias.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                and (node.module or "").startswith("sqlalchemy") for alias in node.names}
        if used & QUERY_BUILDERS:
            found[name] = sorted(used & QUERY_BUILDERS)
    assert not found, f"queries built in the API layer (they belong in provider/services): {found}"


def test_every_router_is_registered_in_app_and_only_there() -> None:
    from provider.api import app

    modules = _api_modules()
    route_modules = {name for name in modules if name.endswith("_routes")}
    assert len(route_modules) >= 15
    registered = {f"provider.api.{name}" for name in app.ROUTERS}
    assert route_modules == registered, f"not in provider.api.app.ROUTERS: {route_modules - registered}"
    assert app.SANDBOX_ONLY <= set(app.ROUTERS)
    including = {name for name, tree in modules.items() if _calls(tree, "include_router")}
    assert including == {"provider.api.app"}, f"routers included outside app.py: {including}"


def test_bodies_live_in_the_schemas_package() -> None:
    found = []
    for name, tree in _api_modules().items():
        if name.startswith("provider.api.schemas"):
            continue
        found += [f"{name}.{node.name}" for node in tree.body if isinstance(node, ast.ClassDef)
                  and any(getattr(base, "id", None) == "BaseModel" for base in node.bases)]
    assert not found, f"request/response bodies outside provider/api/schemas/: {found}"


def test_ownership_is_checked_in_one_place() -> None:
    found = []
    for package in ("provider.api", "provider.services"):
        for name, path in module_names(package).items():
            if name == "provider.services.owned":
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Compare) and any(isinstance(op, ast.NotEq) for op in node.ops) \
                        and any(getattr(side, "attr", None) == "account_id"
                                for side in (node.left, *node.comparators)):
                    found.append(f"{Path(path).relative_to(ROOT)}:{node.lineno}")
    assert not found, f"hand-written ownership checks (use services/owned.py): {found}"

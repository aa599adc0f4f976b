"""No import cycle among the provider's services (function-level imports count), and every card
payment's purpose has its settlers registered wherever the stale-payment job runs."""

from __future__ import annotations

import ast

from tests.provider.import_graph import ROOT, cycles, graph, imported_names


def test_no_import_cycle_among_services() -> None:
    edges = graph("provider.services")
    assert "provider.services.ledger" in edges and "provider.services.payment_flow" in edges
    found = cycles(edges)
    assert not found, "import cycles among provider/services: " + "; ".join(
        " <-> ".join(c) for c in found)


def test_the_ledger_primitives_import_no_use_case() -> None:
    # owned: the one ownership check, a primitive too
    assert graph("provider.services")["provider.services.ledger"] <= {"provider.services.owned"}


def test_the_cycle_check_sees_function_level_and_relative_imports() -> None:
    source = "def later() -> None:\n    from provider.services import autotopup\n"
    assert "provider.services.autotopup" in imported_names(source, "provider.services.ledger")
    relative = "from .payment_flow import charge_and_settle\nfrom . import receipts\n"
    found = imported_names(relative, "provider.services.autotopup")
    assert {"provider.services.payment_flow", "provider.services.receipts"} <= found
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(edges) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_every_payment_purpose_is_settled_where_the_jobs_run() -> None:
    import provider.jobs.due  # noqa: F401 - the composition root of the stale-payment job
    from provider.services import settlement

    purposes = _payment_purposes()
    assert {"order", "top_up", "renewal", "invoice", "refund"} <= purposes
    # Card refunds are settled by refunds.finish_card_refund (orders, credit notes and the operator
    # each add what their refund was for, with their own pending-refund job), not by payment_flow.
    assert "credit_refund" in purposes
    assert settlement.purposes() == purposes - {"refund", "credit_refund"}


def _payment_purposes() -> set[str]:
    """The purposes payments are made for anywhere in provider/: `purpose="..."` in a Payment(...)
    and the purpose argument of payment_flow.pending_card_payment(...)."""
    purposes = set()
    for path in (ROOT / "provider").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name == "Payment":
                given = [k.value for k in node.keywords if k.arg == "purpose"]
            elif name == "pending_card_payment":
                given = [node.args[2]]
            else:
                continue
            for value in given:
                if isinstance(value, ast.Name) and value.id == "purpose":
                    continue  # pending_card_payment passing its own parameter on
                assert isinstance(value, ast.Constant), f"{path}:{node.lineno}: name the purpose"
                purposes.add(value.value)
    return purposes

"""The review dialog on a store filled as a sync would (no provider: this is the offline case):
two months compared per zone and in total, calls searched, a call flagged with a note kept
locally, the month saved as PDF; flagging is gated by role."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop.api_client import Me
from desktop.sources import Sources
from desktop.store import LocalStore
from desktop.views.invoices.compare_dialog import CompareMonthsDialog
from desktop.views.pages import PageContext
from tests.desktop import invoice_samples
from tests.desktop.views_support import close_windows  # noqa: F401


def _me(role: str, permissions: list[str]) -> Me:
    return Me.from_json({"user": {"id": 1, "email": "o@x.example", "name": "O", "role": role},
                         "account": {"id": 1, "user_id": "52718", "kind": "business",
                                     "structure": "collective",
                                     "name": "Alpenblick", "country": "CH", "currency": "CHF",
                                     "language": "de", "balance": "0"},
                         "permissions": permissions})


@pytest.fixture
def store(tmp_path):
    s = LocalStore(tmp_path / "store.sqlite3")
    for n, (period, count) in enumerate((("2026-09", 30), ("2026-10", 45)), start=1):
        calls = invoice_samples.calls(count, seed=n, invoice_id=n)
        data = invoice_samples.detail_json(calls, number=f"2026-00000{n}")
        data.update(id=n, period=period, issued_at=f"{period}-28T00:00:00Z")
        s.upsert_invoices([{k: v for k, v in data.items() if k not in ("items", "customer")}])
        s.set_detail(n, data)
        s.put_calls(n, [{"id": c.id + 10_000 * n, "started_at": c.started_at.isoformat(),
                         "from_number": c.from_number, "to_number": c.to_number, "zone": c.zone,
                         "duration_s": c.duration_s, "price": str(c.price), "currency": c.currency}
                        for c in calls], complete=True)
    yield s
    s.close()


def test_compare_search_flag_and_pdf(qtbot, store, tmp_path):
    me = _me("billing", ["billing.read", "billing.payments"])
    ctx = PageContext(me, Sources.of(None, me.account, store=store, offline=True))
    dialog = CompareMonthsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.calls_model.rowCount() == 45, timeout=10_000)
    assert (dialog.month_a.currentText(), dialog.month_b.currentText()) == ("2026-09", "2026-10")
    model = dialog.compare_model
    rows = {model.records[i][0]: model.records[i] for i in range(model.rowCount())}
    total = rows["Total"]
    assert total[1].startswith("CHF") and total[2].startswith("CHF")
    gross_a, gross_b = store.month("2026-09").invoice.gross, store.month("2026-10").invoice.gross
    assert total[3] == f"CHF {gross_b - gross_a:.2f}".replace("CHF -", "CHF -")
    calls_rows = [r for k, r in rows.items() if k.endswith(": calls")]
    assert sum(int(r[2]) for r in calls_rows) == 45 and sum(int(r[1]) for r in calls_rows) == 30
    # Search narrows the calls.
    first = dialog.calls_model.records[0]
    dialog.search.setText(first.to_number)
    assert dialog.proxy.rowCount() == 1
    # Flag it: kept locally, shown in the table.
    assert dialog.flag_button.isEnabled()  # offline: kept locally, sent later
    dialog.calls.selectRow(0)
    assert dialog.selected_call().id == first.id
    dialog.flag_call(first.id, "Never called this number")
    qtbot.waitUntil(lambda: bool(dialog.calls_model.disputes), timeout=10_000)
    assert store.unsent_disputes()[0].note == "Never called this number"
    assert "next sync" in dialog.status.text()
    # Save the month as PDF, offline.
    target = tmp_path / "october.pdf"
    dialog.export_pdf(store.month("2026-10").invoice.id, target)
    qtbot.waitUntil(target.exists, timeout=20_000)
    assert target.read_bytes().startswith(b"%PDF")


def test_a_viewer_may_not_flag(qtbot, store):
    me = _me("viewer", ["billing.read"])
    ctx = PageContext(me, Sources.of(None, me.account, store=store))
    dialog = CompareMonthsDialog(ctx)
    qtbot.addWidget(dialog)
    assert not dialog.flag_button.isEnabled()
    assert "role" in dialog.flag_button.toolTip()
    assert dialog.pdf_button.isEnabled()
    assert ctx.with_offline(True).offline and Decimal("1")

"""The Invoices page against the real sandbox provider, signed in as the demo account's billing
user through the real window: the provider's invoices newest first, filtered by status and
searched by number, an invoice opened with the provider's items and all its itemized calls, a call
disputed (at the provider at once: online), the invoice saved as PDF."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.sandbox import DEMO_PASSWORD
from desktop.tasks import wait_all
from desktop.views.invoices.invoice_dialog import InvoiceDialog
from tests.desktop.shop_support import open_page, signed_in_app
from tests.desktop.views_support import TIMEOUT, close_windows  # noqa: F401 (autouse fixture)


def test_invoices_from_the_provider(qtbot, provider_server, qsettings_tmp, keyring_backend, tmp_path):
    controller = signed_in_app(qtbot, provider_server, qsettings_tmp, "billing@alpenblick.example",
                               DEMO_PASSWORD)
    client, account_id = controller.session.client, controller.session.me.account.id
    listed = client.request("GET", f"/accounts/{account_id}/invoices", params={"limit": 100})["items"]
    assert listed, "the demo account has a year of invoices"
    page = open_page(qtbot, controller, "invoices")
    qtbot.waitUntil(lambda: page.model.rowCount() >= len(listed), timeout=TIMEOUT)
    assert [r.number for r in page.model.records[:len(listed)]] == [i["number"] for i in listed]

    paid = sum(1 for i in listed if i["status"] == "paid")
    page.status_filter.setCurrentIndex(page.status_filter.findData("paid"))
    qtbot.waitUntil(lambda: page.model.rowCount() == paid
                    and all(r.status == "paid" for r in page.model.records), timeout=TIMEOUT)
    page.status_filter.setCurrentIndex(0)
    target = max(listed, key=lambda i: i["call_count"])
    qtbot.keyClicks(page.number, target["number"])
    page.number.returnPressed.emit()
    qtbot.waitUntil(lambda: [r.number for r in page.model.records] == [target["number"]], timeout=TIMEOUT)

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(getattr(page, "dialog", None), InvoiceDialog), timeout=TIMEOUT)
    dialog = page.dialog
    detail = client.request("GET", f"/accounts/{account_id}/invoices/{target['id']}")
    qtbot.waitUntil(lambda: dialog.loaded and dialog.items_model.rowCount() == len(detail["items"]),
                    timeout=TIMEOUT)
    while not dialog.calls_loaded:
        dialog.calls.scrollToBottom()
        qtbot.wait(30)
    assert dialog.calls_model.rowCount() == target["call_count"] > 0
    first_call = dialog.calls_model.store.ids[0]

    dialog.calls.setFocus()
    dialog.calls.setCurrentIndex(dialog.calls_model.index(0, 0))
    dialog.dispute_selected()
    dispute = dialog.dispute_dialog
    dispute.note.setText("I never called this number")
    dispute.primary.click()
    qtbot.waitUntil(lambda: dispute.sent is not None, timeout=TIMEOUT)
    assert dispute.sent is True and "sent to the provider" in dialog.status.text()
    disputes = client.request("GET", f"/accounts/{account_id}/call-disputes")
    assert first_call in [d["call_id"] for d in disputes]

    pdf = tmp_path / "invoice.pdf"
    dialog.export_pdf(pdf)
    qtbot.waitUntil(pdf.exists, timeout=30_000)
    assert pdf.read_bytes().startswith(b"%PDF")
    wait_all()

"""Bulk work in the reseller workspace against the real sandbox provider: the month's invoices of
the demo reseller's 55 customers exported into one ZIP with progress, cancelled part-way (the
ZIP so far kept, the job cancelled on the provider) and resumed by a new export run to the end,
a folder per customer with its PDFs; a customer file with one bad line refused as a whole, the
line named, nobody created."""

from __future__ import annotations

import zipfile

from desktop.api_client import ResellerApi
from desktop.api_client.bulk import BulkApi
from desktop.api_client.reseller_types import CustomerQuery
from desktop.reports.month_zip import zip_name
from desktop.tasks import wait_all
from tests.desktop.shop_support import click, open_page, signed_in_app
from tests.desktop.views_support import TIMEOUT, close_windows  # noqa: F401 - autouse fixture

RESELLER = "owner@helvetia-reseller.example"
PASSWORD = "Switchboard-2026"


def _bulk_tab(qtbot, controller):  # type: ignore[no-untyped-def]
    page = open_page(qtbot, controller, "customers")
    page.tabs.setCurrentWidget(page.bulk)
    qtbot.waitUntil(lambda: page.bulk.source is not None, timeout=TIMEOUT)
    return page, page.bulk


def test_month_export_cancelled_and_resumed_and_a_bad_import_refused(
        qtbot, start_provider, tmp_path, qsettings_tmp, keyring_backend):
    controller = signed_in_app(qtbot, start_provider(), qsettings_tmp, RESELLER, PASSWORD)
    client, own_id = controller.session.client, controller.session.me.account.id
    page, panel = _bulk_tab(qtbot, controller)
    month = str(panel.month.currentData())
    folder = tmp_path / "exports"

    panel.start_export(month, folder)
    qtbot.waitUntil(lambda: panel.export_job is not None and panel.progress.maximum() == 55, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: panel.progress.value() >= 5, timeout=60_000)
    assert panel.progress.isVisible() and not panel.export_button.isEnabled()
    click(qtbot, panel.cancel_button)
    qtbot.waitUntil(lambda: panel.handle is None and not panel.progress.isVisible(), timeout=60_000)
    job_id = panel.export_job
    job = BulkApi(client, own_id).job(job_id)
    assert job.status == "cancelled" and 5 <= job.done < 55, job
    part = folder / (zip_name(month, job_id) + ".part")
    with zipfile.ZipFile(part) as zf:
        written = {n.split("/")[0] for n in zf.namelist()}
    assert len(written) == job.done  # what the provider was told is what the file holds
    assert not (folder / zip_name(month, job_id)).exists()
    qtbot.waitUntil(lambda: any(j.id == job_id for j in panel.jobs), timeout=TIMEOUT)
    row = next(r for r, j in enumerate(panel.jobs) if j.id == job_id)
    panel.table.selectRow(row)
    assert panel.resume_button.isEnabled()

    # Resumed (as after a restart: the job from the provider, the rest from the part file).
    panel.run_export(job_id, folder)
    qtbot.waitUntil(lambda: panel.handle is None and panel.last_outcome is not None, timeout=120_000)
    outcome = panel.last_outcome
    assert outcome.path == folder / zip_name(month, job_id) and outcome.written == 55 and outcome.failed == 0
    job = BulkApi(client, own_id).job(job_id)
    assert job.status == "done" and job.done == 55
    with zipfile.ZipFile(outcome.path) as zf:
        names = zf.namelist()
        assert zf.testzip() is None
        folders = {n.split("/")[0] for n in names}
        assert len(folders) == 55 and written <= folders
        pdfs = [n for n in names if n.endswith(".pdf")]
        assert len(pdfs) == sum(len(i.data["invoice_ids"]) for i in job.items) and len(pdfs) >= 55
        assert zf.read(pdfs[0]).startswith(b"%PDF-")
    expected = {f"{i.data['user_id']} {i.data['name']}" for i in job.items}
    assert folders == expected
    assert not part.exists()

    # A customer file with one bad line: refused as a whole, the line named, nobody created.
    csv_file = tmp_path / "kunden.csv"
    csv_file.write_text("Firma;Kontaktperson;E-Mail;Land;Strasse;PLZ;Ort\n"
                        "Alpha AG;Anna Alpha;anna@alpha.example;CH;Weg 1;8000;Zürich\n"
                        "Beta AG;Beat Beta;kein-mail;CH;Weg 2;8001;Zürich\n"
                        "Gamma AG;Gina Gamma;gina@gamma.example;CH;Weg 3;8002;Zürich\n", encoding="utf-8-sig")
    panel.import_file(csv_file)
    dialog = panel.dialog
    qtbot.waitUntil(lambda: dialog.rows is not None, timeout=TIMEOUT)
    assert len(dialog.rows) == 3 and "3" in dialog.summary.text()
    click(qtbot, dialog.import_button)
    qtbot.waitUntil(lambda: dialog.problems.isVisible(), timeout=TIMEOUT)
    assert dialog.problems.rowCount() == 1 and dialog.problems.item(0, 0).text() == "3"
    assert "Nothing was imported" in dialog.summary.text() and dialog.result is None
    wait_all()
    found = ResellerApi(client, own_id).customers(CustomerQuery(text="alpha.example")).items
    assert not found
    dialog.reject()

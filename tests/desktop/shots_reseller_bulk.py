"""Screenshots of the workspace's Bulk work tab, for looking at (not a test that runs in the
suite), in English and German, into /tmp/shots/reseller-bulk/: an export running and cancelled,
the job list, the top-up dialog and its report, an import refused with its bad lines.

    .venv/bin/pytest -q -p no:cacheprovider tests/desktop/shots_reseller_bulk.py
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from desktop import i18n
from desktop.tasks import wait_all
from tests.desktop.shop_support import open_page, signed_in_app
from tests.desktop.views_support import TIMEOUT, close_windows  # noqa: F401 - autouse fixture

OUT = Path(os.environ.get("SHOTS_DIR", "/tmp/shots/reseller-bulk"))
RESELLER, PASSWORD = "owner@helvetia-reseller.example", "Switchboard-2026"


def _grab(widget: QWidget, name: str, lang: str, size: tuple[int, int] | None = (1280, 800)) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    if size is not None:
        widget.resize(*size)
    for _ in range(5):
        QApplication.processEvents()
    assert widget.grab().save(str(OUT / f"{name}-{lang}.png"))


@pytest.mark.parametrize("lang", ["en", "de"])
def test_bulk_work_screens(lang: str, qtbot: Any, start_provider: Any, tmp_path: Path, qsettings_tmp: Any,
                           keyring_backend: Any) -> None:
    i18n.install(lang)
    try:
        controller = signed_in_app(qtbot, start_provider(), qsettings_tmp, RESELLER, PASSWORD)
        window = controller.window
        page = open_page(qtbot, controller, "customers")
        qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=TIMEOUT)
        page.tabs.setCurrentWidget(page.bulk)
        panel = page.bulk
        qtbot.waitUntil(lambda: panel.source is not None, timeout=TIMEOUT)
        panel.start_export(str(panel.month.currentData()), tmp_path / "zip")
        qtbot.waitUntil(lambda: panel.progress.value() >= 8, timeout=60_000)
        _grab(window, "export-running", lang)
        panel.cancel_export()
        qtbot.waitUntil(lambda: panel.handle is None and not panel.progress.isVisible(), timeout=60_000)
        qtbot.waitUntil(lambda: bool(panel.jobs) and panel.jobs[0].status == "cancelled", timeout=TIMEOUT)
        _grab(window, "export-cancelled", lang)

        panel.ask_top_up()
        dialog = panel.dialog
        qtbot.waitUntil(dialog.isVisible, timeout=TIMEOUT)
        _grab(dialog, "top-up-dialog", lang, None)
        dialog.submit()
        qtbot.waitUntil(lambda: dialog.result is not None, timeout=60_000)
        qtbot.waitUntil(lambda: len(panel.jobs) == 2, timeout=TIMEOUT)
        panel.table.selectRow(0)
        panel.show_report()
        qtbot.waitUntil(lambda: getattr(panel, "report", None) is not None and panel.report.isVisible(),
                        timeout=TIMEOUT)
        _grab(panel.report, "top-up-report", lang, None)
        panel.report.reject()
        _grab(window, "jobs", lang)

        csv_file = tmp_path / "kunden.csv"
        csv_file.write_text("Firma;Kontaktperson;E-Mail;Land;Strasse;PLZ;Ort\n"
                            "Alpha AG;Anna Alpha;anna@alpha.example;CH;Weg 1;8000;Zürich\n"
                            "Beta AG;Beat Beta;kein-mail;CH;Weg 2;8001;Zürich\n"
                            "Gamma AG;Gina Gamma;gina@gamma.example;US;Weg 3;8002;Zürich\n"
                            "Delta AG;;anna@alpha.example;CH;Weg 4;8003;Zürich\n", encoding="utf-8-sig")
        panel.import_file(csv_file)
        dialog = panel.dialog
        qtbot.waitUntil(lambda: dialog.rows is not None, timeout=TIMEOUT)
        _grab(dialog, "import-read", lang, None)
        dialog.submit()
        qtbot.waitUntil(lambda: dialog.problems.isVisible(), timeout=TIMEOUT)
        _grab(dialog, "import-refused", lang, None)
        dialog.reject()
    finally:
        wait_all()
        i18n.install("en")

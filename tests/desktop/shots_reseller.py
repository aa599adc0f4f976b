"""Screenshots of the reseller workspace, for looking at (not a test that runs in the suite): the
Customers list, the Overview, the New customer dialog, and a page while acting for a customer
(banner), in English and German, light and dark, at 1280x800 and 1920x1080, into
/tmp/shots/reseller/.

    .venv/bin/pytest -q tests/desktop/shots_reseller.py
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from desktop import i18n
from desktop.tasks import wait_all
from tests.desktop.shop_support import open_page, signed_in_app
from tests.desktop.views_support import TIMEOUT, close_windows, open_dialog  # noqa: F401

OUT = Path(os.environ.get("SHOTS_DIR", "/tmp/shots/reseller"))
SIZES = ((1280, 800), (1920, 1080))


def _dark() -> QPalette:
    p = QPalette()
    R = QPalette.ColorRole
    colours = {R.Window: "#2b2b2b", R.WindowText: "#e8e8e8", R.Base: "#1f1f1f", R.AlternateBase: "#2a2a2a",
               R.Text: "#e8e8e8", R.Button: "#3a3a3a", R.ButtonText: "#e8e8e8", R.Highlight: "#3d6fb4",
               R.HighlightedText: "#ffffff", R.ToolTipBase: "#333333", R.ToolTipText: "#eeeeee",
               R.PlaceholderText: "#999999"}
    for role, colour in colours.items():
        p.setColor(role, QColor(colour))
    return p


def _grab(widget: QWidget, name: str, tag: str, size: tuple[int, int] | None) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    if size is not None:
        widget.resize(*size)
    for _ in range(5):
        QApplication.processEvents()
    suffix = f"{size[0]}x{size[1]}" if size else "dialog"
    assert widget.grab().save(str(OUT / f"{name}-{tag}-{suffix}.png"))


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("lang", ["en", "de"])
def test_shots(qtbot: Any, provider_server: str, qsettings_tmp: Any, keyring_backend: Any,
               lang: str, theme: str) -> None:
    app = QApplication.instance()
    old_style, old_palette = app.style().name(), app.palette()
    app.setStyle("Fusion")
    if theme == "dark":
        app.setPalette(_dark())
    i18n.install(lang)
    tag = f"{lang}-{theme}"
    try:
        controller = signed_in_app(qtbot, provider_server, qsettings_tmp, "owner@helvetia-reseller.example",
                                   "Switchboard-2026")
        window = controller.window
        page = open_page(qtbot, controller, "customers")
        qtbot.waitUntil(lambda: page.loaded and page.model.rowCount() > 0, timeout=TIMEOUT)
        for size in SIZES:
            _grab(window, "customers", tag, size)
        page.tabs.setCurrentIndex(1)
        qtbot.waitUntil(lambda: page.overview.loaded, timeout=TIMEOUT)
        for size in SIZES:
            _grab(window, "overview", tag, size)
        page.tabs.setCurrentIndex(0)
        page.new_button.click()
        from desktop.views.reseller.create_customer_dialog import CreateCustomerDialog

        dialog = open_dialog(qtbot, CreateCustomerDialog)
        dialog.submit()  # empty: every required field says so
        _grab(dialog, "new-customer", tag, None)
        dialog.reject()
        page.table.selectRow(0)
        page.open_customer(page.table.selected())
        qtbot.waitUntil(lambda: window.acting is not None, timeout=TIMEOUT)
        open_page(qtbot, controller, "automatic_payments")
        for size in SIZES:
            _grab(window, "acting-autopay", tag, size)
    finally:
        wait_all()
        i18n.install("en")
        app.setPalette(old_palette)
        app.setStyle(old_style)

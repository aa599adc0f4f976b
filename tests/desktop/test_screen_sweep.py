"""The screen sweep: every page of the main window and the dialogs a customer opens from it, in
English, Swiss German and German German, light and dark, at the window's minimum size and at a
large one, signed in to the sandbox as the demo business account, saved as PNG for review into
$SHOTS_DIR (default /tmp/shots/sweep/<lang>_<theme>/), and every string the widgets show checked
against the known glitches: lower-case card brands, "1 users", "user(s)", a payment "For" an
invoice without its number, ß in Swiss German, an untranslated "(s)".

    CI=true .venv/bin/python -m pytest -q tests/desktop/test_screen_sweep.py
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from desktop import i18n
from desktop.sandbox import DEMO_PASSWORD
from desktop.screenshot import WINDOW_PAGES
from desktop.tasks import thread_pool
from tests.desktop.shop_support import signed_in_app
from tests.desktop.views_support import TIMEOUT, close_windows  # noqa: F401 - autouse fixture
from tests.desktop.widget_texts import columns, widget_texts

OUT = Path(os.environ.get("SHOTS_DIR", "/tmp/shots/sweep"))
LARGE = (1920, 1080)
GLITCHES = {
    "lower-case card brand": re.compile(r"\b(visa|mastercard|amex)\b"),
    "a plural after 1": re.compile(r"(?<![\d.,’'])\b1 (users|invoices|months|customers|calls|numbers"
                                   r"|reminders|messages|seconds|Rechnungen|Monate|Kunden|Anrufe|Nummern)\b"),
    "an untranslated (s)": re.compile(r"\w\(s\)"),
    "a payment for an invoice without its number": re.compile(r"^(For|Für): (Invoice|Rechnung)$"),
}
FOR_HEADERS = ("For", "Für")
DIALOGS = ("sign-in", "forgot-password", "registration", "change-password", "diagnostics", "mailbox")


def glitches(texts: list[str], lang: str) -> list[str]:
    found = [f"{name}: {t!r}" for t in texts for name, rule in GLITCHES.items() if rule.search(t)]
    if lang == "de_CH":
        found += [f"ß in Swiss German: {t!r}" for t in texts if "ß" in t]
    return found


def for_cells(root) -> list[str]:
    """What the "For" column of every table says (the payment history's): an invoice payment
    alone ("Invoice") does not say which invoice it paid."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractItemView

    found = []
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        for c in range(columns(model)):
            if model.headerData(c, Qt.Orientation.Horizontal) in FOR_HEADERS:
                cells = (str(model.index(r, c).data() or "") for r in range(model.rowCount()))
                found += [f"For: {cell}" for cell in cells]
    return found


def _save(widget, name: str, size: tuple[int, int] | None = None) -> None:
    if size is not None:
        widget.resize(*size)
    for _ in range(5):
        QApplication.processEvents()
    path = OUT / f"{name}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(path))


def _open_page(qtbot, window, key: str) -> None:
    window.show_page(key)
    holder = window.pages[key]
    qtbot.waitUntil(lambda: getattr(holder, "page", holder) is not None, timeout=TIMEOUT)
    page = getattr(holder, "page", holder)
    qtbot.waitUntil(lambda: getattr(page, "loaded", True), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: thread_pool().activeThreadCount() == 0, timeout=TIMEOUT)


def _open_dialog(controller, name: str) -> QDialog:
    before = set(QApplication.topLevelWidgets())
    url = controller.session.profile.base_url
    {"sign-in": controller.open_sign_in, "forgot-password": lambda: controller._forgot(url, ""),
     "registration": lambda: controller._register(url), "change-password": controller.open_change_password,
     "diagnostics": lambda: controller.open_diagnostics(url, "", ""),
     "mailbox": controller.open_mailbox}[name]()
    QApplication.processEvents()
    dialogs = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, QDialog) and w not in before and w.isVisible()]
    assert dialogs, f"{name} did not open"
    return dialogs[-1]


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("lang", ["en", "de_CH", "de_DE"])
def test_every_screen_in_every_language_and_theme(qtbot, provider_server, qsettings_tmp, keyring_backend,
                                                 lang, theme) -> None:
    from tests.desktop.shots_dashboard import dark_palette

    app = QApplication.instance()
    saved = (app.style().name(), app.palette())
    app.setStyle("Fusion")
    if theme == "dark":
        app.setPalette(dark_palette())
    i18n.install(lang)
    problems: list[str] = []
    try:
        controller = signed_in_app(qtbot, provider_server, qsettings_tmp, "owner@alpenblick.example",
                                   DEMO_PASSWORD)
        window = controller.window
        qtbot.waitUntil(lambda: window.context is not None, timeout=TIMEOUT)
        smallest = window.minimumSizeHint()
        sizes = {"min": (smallest.width(), smallest.height()), "large": LARGE}
        for page in WINDOW_PAGES:
            _open_page(qtbot, window, page)
            for label, size in sizes.items():
                _save(window, f"{lang}_{theme}/{page}_{label}", size)
            texts = list(widget_texts(window)) + for_cells(window)
            problems += [f"{page}: {p}" for p in glitches(texts, lang)]
        for name in DIALOGS:
            dialog = _open_dialog(controller, name)
            qtbot.wait(300 if name in ("diagnostics", "mailbox") else 30)
            _save(dialog, f"{lang}_{theme}/dialog_{name}")
            problems += [f"{name}: {p}" for p in glitches(list(widget_texts(dialog)), lang)]
            dialog.close()
    finally:
        from desktop.tasks import wait_all

        wait_all()
        i18n.install("en")
        app.setPalette(saved[1])
        app.setStyle(saved[0])
    assert sorted(set(problems)) == []


def test_the_text_check_finds_each_known_glitch() -> None:
    texts = ["visa •••• 4242", "PBX Basic, 1 users", "3 user(s)", "For: Invoice", "Schließen",
             "Visa •••• 4242", "2026-000123", "For: Invoice 2026-000123", "11 users", "Invoice"]
    found = glitches(texts, "de_CH")
    assert [f.split(":")[0] for f in found] == [
        "lower-case card brand", "a plural after 1", "an untranslated (s)",
        "a payment for an invoice without its number", "ß in Swiss German"]
    assert glitches(["Schließen"], "de_DE") == []

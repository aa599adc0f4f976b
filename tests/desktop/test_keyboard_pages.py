"""Every page by keyboard alone: from the navigation, Tab reaches every visible, enabled control
of the page (buttons, fields, lists, tables), signed in as the demo owner, who may do most."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QTabBar,
    QWidget,
)

from desktop.sandbox import DEMO_PASSWORD
from desktop.tasks import wait_all
from tests.desktop.views_support import (
    close_windows,  # noqa: F401 (autouse fixture)
    shown_pages,
    sign_in_through_dialog,
    start_app,
)

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox, QTabBar)


def _controls(page: QWidget) -> list[QWidget]:
    found = []
    for w in page.findChildren(QWidget):
        if not isinstance(w, CONTROLS) or not w.isVisibleTo(page) or not w.isEnabled():
            continue
        if isinstance(w.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue  # the inner line edit of an editable combo box or spin box
        if w.objectName().startswith("qt_") or w.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue  # scroll-bar and header buttons, which Qt keeps out of the Tab chain
        found.append(w)
    return found


def test_tab_reaches_every_control_of_every_page(qtbot, provider_server, qsettings_tmp, keyring_backend):
    controller = start_app(qtbot, provider_server, qsettings_tmp)
    sign_in_through_dialog(qtbot, controller, "owner@alpenblick.example", DEMO_PASSWORD)
    window = controller.window
    window.activateWindow()
    problems: list[str] = []
    checked = 0
    for key, page in shown_pages(qtbot, window):
        wanted = _controls(page)
        window.nav.setFocus()
        reached: set[int] = set()
        for _ in range(4 * len(wanted) + 40):
            qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
            focus = QApplication.focusWidget()
            if focus is not None:
                reached.add(id(focus))
        checked += len(wanted)
        missing = [w for w in wanted if id(w) not in reached and id(w.focusProxy()) not in reached]
        for w in missing:
            label = w.objectName() or getattr(w, "text", lambda: "")() or type(w).__name__
            problems.append(f"{key}: Tab never reaches {type(w).__name__} {label!r}")
    wait_all()
    assert checked >= 40, f"only {checked} controls found: the pages did not load"
    assert not problems, "\n".join(problems)

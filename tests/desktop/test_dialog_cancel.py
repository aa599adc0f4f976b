"""Every dialog can be left without doing anything: a Cancel (or Close, for dialogs that only
show) button besides Escape. The form dialogs get theirs from FormDialog.finish, so the ones
that had none now have one; every other dialog class is checked by what its code adds."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from datetime import date
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWizard

import desktop.views
from desktop.views.form_dialog import FormDialog
from tests.desktop.views_support import close_windows  # noqa: F401 (autouse fixture)


def _dialog_classes() -> list[type[QDialog]]:
    for module in pkgutil.walk_packages(desktop.views.__path__, "desktop.views."):
        importlib.import_module(module.name)
    found: set[type[QDialog]] = set()
    todo = [QDialog]
    while todo:
        for sub in todo.pop().__subclasses__():
            todo.append(sub)
            if sub.__module__.startswith("desktop.views."):
                found.add(sub)
    return sorted(found, key=lambda c: (c.__module__, c.__name__))


def _reject_buttons(dialog: QDialog) -> list[str]:
    return [b.text().replace("&", "") for box in dialog.findChildren(QDialogButtonBox) for b in box.buttons()
            if box.buttonRole(b) == QDialogButtonBox.ButtonRole.RejectRole]


# The form dialogs that had no Cancel, built with the plain values their constructors read.
FORMS = {
    "InviteDialog": dict(parent=None, source=None),
    "RoleDialog": dict(parent=None, source=None,
                       member=SimpleNamespace(id=1, name="Eva", email="eva@example.ch", role="viewer")),
    "AddCardDialog": dict(ctx=None),
    "OrderNumberDialog": dict(parent=None, source=None, area_codes=[], price_note=""),
    "PortingDialog": dict(parent=None, source=None, numbers=[], today=date(2026, 5, 4)),
    "InterimDialog": dict(parent=None, source=None, numbers=[], request=SimpleNamespace(
        numbers=["+41445551234"], forward_to=None, show_old_caller_id=False)),
    "VoipPasswordDialog": dict(parent=None, source=None, voip=SimpleNamespace(sip_user="100")),
}


@pytest.mark.parametrize("name", sorted(FORMS))
def test_the_form_dialogs_without_a_cancel_have_one_now(qtbot, name):
    cls = next(c for c in _dialog_classes() if c.__name__ == name)
    dialog = cls(**FORMS[name])
    qtbot.addWidget(dialog)
    assert _reject_buttons(dialog) == ["Cancel"]
    dialog.show()
    box = dialog.findChild(QDialogButtonBox)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    with qtbot.waitSignal(dialog.rejected, timeout=2000):
        cancel.click()


def test_a_form_dialog_with_its_own_cancel_gets_no_second_one(qtbot):
    from desktop.views.reset_password_dialog import ResetPasswordDialog

    dialog = ResetPasswordDialog(None)
    qtbot.addWidget(dialog)
    assert _reject_buttons(dialog) == ["Cancel"]


def test_every_dialog_class_has_a_way_out():
    missing = []
    for cls in _dialog_classes():
        if issubclass(cls, (FormDialog, QWizard)):
            continue  # FormDialog.finish adds Cancel; a wizard has Qt's own
        # A dialog that builds its buttons in a base class of ours has them from there.
        source = "".join(inspect.getsource(c) for c in cls.__mro__ if c.__module__.startswith("desktop."))
        if not any(word in source for word in ("StandardButton.Cancel", "StandardButton.Close")):
            missing.append(f"{cls.__module__}.{cls.__name__}")
    assert not missing, f"dialogs without Cancel or Close: {missing}"
    for cls in _dialog_classes():
        if issubclass(cls, QWizard):
            # NoCancelButtonOnLastPage is fine: that page says what was done, and has Finish.
            assert not re.search(r"NoCancelButton\b", inspect.getsource(cls))

"""Every page, signed in as a viewer and as a technical user of the demo account: what the role
may not do is disabled with a tooltip naming the role, what it may do is enabled, every disabled
button says why, and no paying action is reachable for a viewer."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QPushButton

from desktop.sandbox import DEMO_PASSWORD
from desktop.tasks import wait_all
from tests.desktop.views_support import (
    close_windows,  # noqa: F401 (autouse fixture)
    shown_pages,
    sign_in_through_dialog,
    start_app,
)

PAYING = re.compile(r"\b(pay|buy|checkout|check out|order|top.?up|add to cart)\b", re.IGNORECASE)

# Buttons (object names) per page that must be disabled for the role, with the role named.
REFUSED = {
    "viewer": {
        "subscription": {"add_users", "upgrade", "downgrade", "fewer_users", "cancel", "withdraw"},
        "numbers": {"order_number", "add_extension", "request_porting", "interim", "show_password",
                    "copy_password", "change_password", "regenerate_password"},
        "access": {"invite", "change_role", "remove_user", "revoke"},
    },
    "technical": {
        "subscription": {"add_users", "upgrade", "downgrade", "fewer_users", "cancel", "withdraw"},
        "numbers": {"order_number"},
        "access": {"invite", "change_role", "remove_user", "revoke"},
    },
}
# ... and that must be enabled (the role may do it, and nothing else stands in the way).
ALLOWED = {"viewer": {}, "technical": {"numbers": {"request_porting", "add_extension"}}}
ROLE_WORD = {"viewer": "Viewer", "technical": "Technical"}
EMAIL = {"viewer": "viewer@alpenblick.example", "technical": "tech@alpenblick.example"}


@pytest.mark.parametrize("role", ["viewer", "technical"])
def test_each_page_disables_what_the_role_may_not_do(qtbot, provider_server, qsettings_tmp,
                                                     keyring_backend, role):
    controller = start_app(qtbot, provider_server, qsettings_tmp)
    sign_in_through_dialog(qtbot, controller, EMAIL[role], DEMO_PASSWORD)
    window = controller.window
    problems: list[str] = []
    for key, page in shown_pages(qtbot, window):
        buttons = {b.objectName(): b for b in page.findChildren(QPushButton)}
        for name in REFUSED[role].get(key, ()):
            button = buttons.get(name)
            if button is None:
                problems.append(f"{key}: no button {name}")
            elif button.isEnabled() or ROLE_WORD[role] not in button.toolTip():
                problems.append(f"{key}/{name}: enabled={button.isEnabled()} tooltip={button.toolTip()!r}")
        for name in ALLOWED[role].get(key, ()):
            if not buttons[name].isEnabled():
                problems.append(f"{key}/{name}: should be enabled for {role}: {buttons[name].toolTip()!r}")
        for name, button in buttons.items():
            if not button.isEnabled() and not button.toolTip():
                problems.append(f"{key}/{name or button.text()}: disabled without saying why")
            if role == "viewer" and button.isEnabled() and PAYING.search(button.text().replace("&", "")):
                problems.append(f"{key}/{name or button.text()}: a paying action is enabled for a viewer")
    wait_all()
    assert not problems, "\n".join(problems)

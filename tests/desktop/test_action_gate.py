from types import SimpleNamespace

from PySide6.QtWidgets import QPushButton

from desktop.sources import Sources
from desktop.views.action_gate import gate, refusal
from desktop.views.pages import PageContext


def _ctx(role, perms, offline=False):
    me = SimpleNamespace(user=SimpleNamespace(role=role), can=lambda p: p in perms)
    return PageContext(me, Sources.of(None, None, offline=offline))


def test_role_without_the_permission_is_refused_with_its_role_named(qtbot):
    button = QPushButton("Pay")
    qtbot.addWidget(button)
    assert not gate(button, _ctx("viewer", {"billing.read"}), "billing.shop")
    assert not button.isEnabled()
    assert "Viewer" in button.toolTip()


def test_allowed_role_online_is_enabled_and_offline_is_not(qtbot):
    button = QPushButton("Pay")
    qtbot.addWidget(button)
    assert gate(button, _ctx("billing", {"billing.shop"}), "billing.shop", tooltip="Pay now")
    assert button.isEnabled() and button.toolTip() == "Pay now"
    assert not gate(button, _ctx("billing", {"billing.shop"}, offline=True), "billing.shop")
    assert "offline" in button.toolTip()
    assert refusal(_ctx("billing", {"billing.read"}, offline=True), "billing.read",
                   needs_provider=False) is None
    assert refusal(None, "billing.read") is not None

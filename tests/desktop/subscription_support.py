"""Helpers for the subscription, numbers and access page tests: a page built on a real client."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QWidget

from desktop.api_client import ApiClient, ConnectionSettings
from desktop.sources import Sources
from desktop.views.pages import PageContext
from tests.desktop.helpers import PASSWORD, business_collective

TIMEOUT = 20_000


def set_clock(base_url: str, iso: str) -> None:
    client = ApiClient(ConnectionSettings(base_url))
    try:
        client.request("PUT", "/sandbox/clock", json={"now": iso}, auth=False)
    finally:
        client.close()


def business_owner(base_url: str, email: str, *, users: int | None = 5,
                   product: str = "pbx_business") -> ApiClient:
    """A new business collective account (DE, EUR), signed in as its owner; with a postpaid
    subscription when `users` is given."""
    client = ApiClient(ConnectionSettings(base_url))
    me = client.register(business_collective(email, PASSWORD))
    if users:
        client.request("POST", f"/accounts/{me.account.id}/subscription",
                       json={"product": product, "users": users})
    return client


def show_page(qtbot: Any, page_cls: type, client: ApiClient) -> Any:
    page = page_cls()
    qtbot.addWidget(page)
    page.resize(1100, 700)
    me = client.me()
    page.set_context(PageContext(me, Sources.of(client, me.account)))
    page.show()
    qtbot.waitUntil(lambda: page.loaded, timeout=TIMEOUT)
    return page


def dialog_of(qtbot: Any, name: str) -> Any:
    found: list[QWidget] = []

    def visible() -> None:
        found[:] = [w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()]
        assert found

    qtbot.waitUntil(visible, timeout=TIMEOUT)
    return found[-1]

"""How data pages plug into the main window.

A page area (desktop/views/<area>/) registers its page classes by navigation key with
`@register("orders")`, and names the module that does so in PAGE_MODULES. The main window builds a page only
when it is first shown (importing its module then), so startup pays nothing for pages the user
has not opened. Every page gets the PageContext when it changes (sign-in, sign-out, offline,
acting for a customer) and loads its data when shown while stale.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from PySide6.QtWidgets import QStackedLayout, QWidget

from desktop.sources import Sources

# Navigation key -> the module that registers its page; imported when the page is first shown.
PAGE_MODULES: dict[str, str] = {
    "shop": "desktop.views.shop.shop_page",
    "orders": "desktop.views.orders.orders_page",
    "payment_history": "desktop.views.payments.payment_history_page",
    "invoices": "desktop.views.invoices.invoices_page",
    "automatic_payments": "desktop.views.automatic_payments.automatic_payments_page",
    "subscription": "desktop.views.subscription.subscription_page",
    "access": "desktop.views.access.access_page",
    "numbers": "desktop.views.numbers.numbers_page",
    "customers": "desktop.views.reseller.customers_page",
}

PageFactory = Callable[[QWidget], QWidget]
_FACTORIES: dict[str, PageFactory] = {}


@dataclass(frozen=True)
class PageContext:
    """What a page needs to load and decide: who is signed in (for the account shown), the
    account's data sources by area (desktop/sources; a page asks them through desktop.tasks.Op),
    and the state the app is in. `extras`: "store_synced" (the signal after each sync of the
    local store), "act_for" (the Customers page opens a customer with it), "acting_for"."""

    me: Any
    sources: Sources
    offline_since: datetime | None = None
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def offline(self) -> bool:
        """The provider cannot be reached: pages show what the local store has."""
        return self.sources.backends.offline

    def with_offline(self, offline: bool) -> PageContext:
        return replace(self, sources=self.sources.with_offline(offline))

    def can(self, permission: str) -> bool:
        return self.me is not None and self.me.can(permission)


def register(key: str) -> Callable[[type[QWidget]], type[QWidget]]:
    def decorate(cls: type[QWidget]) -> type[QWidget]:
        _FACTORIES[key] = cls
        return cls

    return decorate


def is_registered(key: str) -> bool:
    return key in PAGE_MODULES or key in _FACTORIES


def factory(key: str) -> PageFactory | None:
    if key not in _FACTORIES and key in PAGE_MODULES:
        importlib.import_module(PAGE_MODULES[key])
    return _FACTORIES.get(key)


class DataPage(QWidget):
    """Base for pages that show provider data: remembers the context, reloads when shown while
    stale. Subclasses implement `reload()` (start their Ops) and may override `context_changed`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: PageContext | None = None
        self._stale = True

    def set_context(self, ctx: PageContext | None) -> None:
        self.ctx = ctx
        self._stale = True
        self.context_changed(ctx)
        if ctx is not None and self.isVisible():
            self._stale = False
            self.reload()

    def context_changed(self, ctx: PageContext | None) -> None:
        """Enable or disable actions for the role and the online state; no network here."""

    def reload(self) -> None:
        """Load the page's data (through Ops)."""

    def showEvent(self, event: Any) -> None:  # Qt's name
        super().showEvent(event)
        if self._stale and self.ctx is not None:
            self._stale = False
            self.reload()


class LazyPage(QWidget):
    """Stands in the stack for a registered page until it is first shown."""

    def __init__(self, key: str, parent: QWidget | None = None, *, make: PageFactory | None = None) -> None:
        """`make` builds the page when it is not a registered one."""
        super().__init__(parent)
        self.key = key
        self._make = make
        self.page: QWidget | None = None
        self._ctx: PageContext | None = None
        self._layout = QStackedLayout(self)

    def set_context(self, ctx: PageContext | None) -> None:
        self._ctx = ctx
        if self.page is not None and hasattr(self.page, "set_context"):
            self.page.set_context(ctx)

    def ensure(self) -> QWidget | None:
        if self.page is None:
            make = self._make or factory(self.key)
            if make is None:
                return None
            self.page = make(self)
            self.page.setObjectName(f"{self.key}_page")
            self._layout.addWidget(self.page)
            if hasattr(self.page, "set_context"):
                self.page.set_context(self._ctx)
        return self.page

    def showEvent(self, event: Any) -> None:  # Qt's name
        self.ensure()
        super().showEvent(event)

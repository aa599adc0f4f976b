"""The one place that decides whether an action is available, and says why when it is not.

Every page disables what the signed-in role may not do, or what needs the provider while
offline, with a tooltip that gives the reason (docs/product-rules.md#roles; the provider enforces
the same rights).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.views.pages import PageContext
from desktop.views.roles import role_name


def refusal(ctx: PageContext | None, permission: str, *, needs_provider: bool = True) -> str | None:
    """Why the action needing `permission` is not available now; None when it is."""
    if ctx is None or ctx.me is None:
        return QCoreApplication.translate("ActionGate", "Sign in first.")
    if not ctx.can(permission):
        return QCoreApplication.translate(
            "ActionGate", "Your role (%1) may not do this. Ask the account's owner or an "
            "administrator.").replace("%1", role_name(ctx.me.user.role))
    if needs_provider and ctx.offline:
        return QCoreApplication.translate(
            "ActionGate", "Needs a connection to the provider; you are working offline.")
    return None


def gate(widget: QWidget, ctx: PageContext | None, permission: str, *, tooltip: str = "",
         needs_provider: bool = True) -> bool:
    """Enable `widget` when the action is allowed, else disable it with the reason as tooltip.
    Returns whether it is enabled."""
    reason = refusal(ctx, permission, needs_provider=needs_provider)
    widget.setEnabled(reason is None)
    widget.setToolTip(tooltip if reason is None else reason)
    return reason is None

"""The one-package rule (docs/product-rules.md#one-package). Pure.

All users of an account are in the same package. A cart may hold at most one package line,
and that package must be the account's current one (if it has one): a change of package is an
upgrade or downgrade, not a purchase.
"""

from __future__ import annotations

from collections.abc import Sequence

from provider.domain.catalog import BY_CODE, Kind
from provider.domain.errors import FieldError


def package_problem(cart_codes: Sequence[str], current_package: str | None,
                    adding: str | None = None) -> FieldError | None:
    """Why the cart (plus the line being added) breaks the rule, or None."""
    codes = [*cart_codes, *([adding] if adding else [])]
    packages = [c for c in codes if c in BY_CODE and BY_CODE[c].kind is Kind.PACKAGE]
    if not packages:
        return None
    if len(set(packages)) > 1:
        names = " and ".join(sorted({BY_CODE[c].name for c in packages}))
        return FieldError("product", "package.single",
                          f"All users of an account are in the same package; the cart cannot "
                          f"hold both {names}. Remove one of them.")
    if len(packages) > 1:
        return FieldError("product", "package.once",
                          "The package is in the cart already; change its number of users instead.")
    if current_package and packages[0] != current_package:
        return FieldError("product", "package.current",
                          f"Your account uses {BY_CODE[current_package].name}; all users must be "
                          f"in the same package. To change the package, upgrade or downgrade it "
                          f"under Subscriptions.")
    return None

"""FastAPI asks of every route's parameter and answer type whether it is a pydantic.v1 model, and
imports pydantic.v1 to ask: a tenth of a second and more at every provider start (the sandbox's
first start waits for it), for models this code does not have. A class can only be a v1 model
once pydantic.v1 has been imported by someone, so until then the answer is no without importing
it; after that FastAPI's own check answers. Put in place before any router is built
(provider/api/__init__.py); FastAPI's check stays as it is wherever it is not where expected."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any


def install() -> bool:
    """True if the check that imports nothing is in place."""
    try:
        from fastapi._compat import shared
    except ImportError:
        return False
    original: Callable[[Any], bool] | None = getattr(shared, "is_pydantic_v1_model_class", None)
    if original is None or getattr(original, "__module__", None) == __name__:
        return original is not None

    def is_pydantic_v1_model_class(cls: Any) -> bool:
        return "pydantic.v1" in sys.modules and original(cls)

    shared.is_pydantic_v1_model_class = is_pydantic_v1_model_class
    return True

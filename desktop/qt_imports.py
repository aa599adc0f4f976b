"""PySide6 looks at every module imported after it for the word "PySide6" (its `__feature__`
switch needs to know which modules use Qt), through inspect.getsource: the linecache, the
source's encoding and lines, for each of the few hundred modules a start imports. Reading the
file's bytes answers the same question for a fraction of that; `install()` puts that in place
right after Qt loads. PySide6's own answer stays wherever its internals are not as expected."""

from __future__ import annotations

import sys
from types import ModuleType


def uses_pyside(module: ModuleType) -> bool:
    """PySide6's `_mod_uses_pyside`, answered from the module's source file's bytes: no source
    file (built-in, extension, bytecode only), no PySide6."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def install() -> bool:
    """After PySide6.QtCore is imported; True if the cheaper look is in place."""
    feature = sys.modules.get("PySide6.support.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = uses_pyside
    return True

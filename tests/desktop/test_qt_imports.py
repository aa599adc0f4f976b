"""PySide6's look at each imported module for Qt use, answered from the source file's bytes."""

from __future__ import annotations

import json
import sys

import PySide6.QtCore  # noqa: F401  -- sets up PySide6.support.feature

from desktop import qt_imports
from desktop.views import field_errors


def test_the_answer_is_pysides_own_for_modules_with_and_without_qt():
    feature = sys.modules["PySide6.support.feature"]
    original = feature._mod_uses_pyside
    try:
        assert qt_imports.install()
        for module in (field_errors, json, sys, qt_imports):
            assert qt_imports.uses_pyside(module) == original(module), module.__name__
    finally:
        feature._mod_uses_pyside = original

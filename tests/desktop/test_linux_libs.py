"""On Linux (X11) a missing xcb library is named, with the package to install, before Qt starts,
instead of Qt's "Could not load the Qt platform plugin" abort; the list is complete for the Qt
that is installed, and the README names every package."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import linux_libs
from desktop.app import main

ROOT = Path(__file__).resolve().parents[2]


def _without(*absent: str):
    """A library lookup where `absent` are not installed and everything else is."""
    return lambda name: None if name in absent else f"lib{name}.so"


def test_when_x11_is_used():
    assert linux_libs.uses_xcb({}, "linux")
    assert linux_libs.uses_xcb({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert linux_libs.uses_xcb({"QT_QPA_PLATFORM": "xcb:display=:1", "WAYLAND_DISPLAY": "w"}, "linux")
    assert not linux_libs.uses_xcb({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not linux_libs.uses_xcb({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not linux_libs.uses_xcb({}, "win32") and not linux_libs.uses_xcb({}, "darwin")


def test_the_message_names_the_packages():
    text = linux_libs.check({"QT_QPA_PLATFORM": "xcb"}, _without("xcb-cursor", "xcb-icccm"))
    assert text is not None
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4" in text
    assert "sudo dnf install xcb-util-cursor xcb-util-wm" in text
    assert linux_libs.check({"QT_QPA_PLATFORM": "xcb"}, _without()) is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")
def test_the_app_stops_with_the_message_before_qt(monkeypatch, capsys):
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr(linux_libs, "_cached_finder", lambda: _without("xcb-cursor"))
    assert main(["--sandbox"]) == 1
    err = capsys.readouterr().err
    assert "libxcb-cursor0" in err and "Could not load" not in err


@pytest.mark.skipif(shutil.which("ldd") is None, reason="needs ldd")
def test_the_list_covers_what_the_installed_qt_links():
    import PySide6

    qpa = next((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libQt6XcbQpa.so*"), None)
    if qpa is None:
        pytest.skip("this PySide6 has no xcb plugin")
    out = subprocess.run(["ldd", str(qpa)], capture_output=True, text=True, check=True).stdout
    linked = {m.group(1) for m in re.finditer(r"\blib((?:xcb|xkbcommon|X11-xcb)[\w-]*)\.so", out)}
    assert linked and linked <= set(linux_libs.XCB_LIBRARIES), linked - set(linux_libs.XCB_LIBRARIES)


def test_the_readme_names_every_package():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for debian, fedora in linux_libs.XCB_LIBRARIES.values():
        assert re.search(rf"\b{re.escape(debian)}\b", readme), debian
        assert re.search(rf"\b{re.escape(fedora)}\b", readme), fedora


@pytest.mark.skipif(shutil.which("ldconfig") is None and not Path("/sbin/ldconfig").exists(),
                    reason="needs ldconfig")
def test_one_look_at_the_linker_cache_agrees_with_find_library():
    import ctypes.util

    slow = [n for n in linux_libs.XCB_LIBRARIES if not ctypes.util.find_library(n)]
    assert linux_libs.missing_libraries() == slow

"""Before Qt starts on Linux (X11): are the system libraries its xcb platform plugin links there?

Without them Qt aborts with "Could not load the Qt platform plugin "xcb"", which tells a user
nothing about what to install. The list is the X11 part of what Qt's libQt6XcbQpa links (a test
holds it to `ldd` of the installed plugin), with the package that brings each library on
Debian/Ubuntu and on Fedora. Pure ctypes: runs before PySide6 is imported.
"""

from __future__ import annotations

import ctypes.util
import os
import sys
from collections.abc import Callable

# library name (as ctypes.util.find_library takes it) -> (Debian/Ubuntu package, Fedora package)
XCB_LIBRARIES: dict[str, tuple[str, str]] = {
    "xcb": ("libxcb1", "libxcb"),
    "xcb-cursor": ("libxcb-cursor0", "xcb-util-cursor"),
    "xcb-icccm": ("libxcb-icccm4", "xcb-util-wm"),
    "xcb-image": ("libxcb-image0", "xcb-util-image"),
    "xcb-keysyms": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "xcb-randr": ("libxcb-randr0", "libxcb"),
    "xcb-render": ("libxcb-render0", "libxcb"),
    "xcb-render-util": ("libxcb-render-util0", "xcb-util-renderutil"),
    "xcb-shape": ("libxcb-shape0", "libxcb"),
    "xcb-shm": ("libxcb-shm0", "libxcb"),
    "xcb-sync": ("libxcb-sync1", "libxcb"),
    "xcb-util": ("libxcb-util1", "xcb-util"),
    "xcb-xfixes": ("libxcb-xfixes0", "libxcb"),
    "xcb-xkb": ("libxcb-xkb1", "libxcb"),
    "xkbcommon": ("libxkbcommon0", "libxkbcommon"),
    "xkbcommon-x11": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "X11-xcb": ("libx11-xcb1", "libX11-xcb"),
    "EGL": ("libegl1", "libglvnd-egl"),
    "fontconfig": ("libfontconfig1", "fontconfig"),
}


def uses_xcb(environ: dict[str, str] | os._Environ[str] = os.environ, platform: str = sys.platform) -> bool:
    """Whether Qt will pick its xcb plugin: Linux, and X11 chosen or no Wayland session."""
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(";")[0].split(":")[0] == "xcb"
    return not environ.get("WAYLAND_DISPLAY")


def _ldconfig_names() -> set[str] | None:
    """The library names in the linker's cache (`ldconfig -p`), read once: find_library would
    start ldconfig (and maybe gcc) once per library, tenths of a second on every start."""
    import shutil
    import subprocess

    tool = shutil.which("ldconfig") or next((p for p in ("/sbin/ldconfig", "/usr/sbin/ldconfig")
                                             if os.path.exists(p)), None)
    if tool is None:
        return None
    try:
        out = subprocess.run([tool, "-p"], capture_output=True, text=True, timeout=5).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    names = set()
    for line in out.splitlines():
        soname = line.strip().split(" ", 1)[0]
        if soname.startswith("lib") and ".so" in soname:
            names.add(soname[3:soname.index(".so")])
    return names or None


def _cached_finder() -> Callable[[str], str | None]:
    names = _ldconfig_names()
    if names is None:
        return ctypes.util.find_library
    # LD_LIBRARY_PATH is not in the cache: its folders are looked at too.
    extra = [d for d in os.environ.get("LD_LIBRARY_PATH", "").split(os.pathsep) if d and os.path.isdir(d)]

    def find(name: str) -> str | None:
        if name in names:
            return name
        for folder in extra:
            if any(f.startswith(f"lib{name}.so") for f in os.listdir(folder)):
                return name
        return None

    return find


def missing_libraries(find: Callable[[str], str | None] | None = None) -> list[str]:
    find = find or _cached_finder()
    return [name for name in XCB_LIBRARIES if not find(name)]


def advice(missing: list[str]) -> str:
    debian = sorted({XCB_LIBRARIES[n][0] for n in missing})
    fedora = sorted({XCB_LIBRARIES[n][1] for n in missing})
    return ("Switchboard cannot open its window: system libraries that Qt needs on X11 are missing "
            f"({', '.join('lib' + n for n in missing)}).\n"
            f"  Debian/Ubuntu:  sudo apt-get install {' '.join(debian)}\n"
            f"  Fedora:         sudo dnf install {' '.join(fedora)}\n"
            "Then start Switchboard again. (README.md, \"Linux\", lists all of them.)")


def check(environ: dict[str, str] | os._Environ[str] = os.environ,
          find: Callable[[str], str | None] | None = None) -> str | None:
    """The message to print instead of Qt's abort, or None when all is there (or not X11)."""
    if not uses_xcb(environ):
        return None
    missing = missing_libraries(find)
    return advice(missing) if missing else None

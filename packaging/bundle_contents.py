"""What goes into the bundle beyond PyInstaller's analysis: the parts we drop, and the report.

Used by packaging/switchboard.spec (dropping) and packaging/build.py (the size report).
PyInstaller's Qt hooks collect every plugin of a kind (all platforms, image formats and
input devices) and the system libraries those plugins link; the app needs few of them.
"""

from __future__ import annotations

import os
import posixpath
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

# Destination path prefixes (forward slashes) the app does not use.
UNUSED_PREFIXES: tuple[str, ...] = (
    # pycountry ships every country name in 100+ languages; schwifty only needs the codes.
    "pycountry/locales/",
    # Qt platforms other than desktop X11/Wayland/Windows/macOS and the offscreen one (tests,
    # --screenshot): framebuffer, EGL-fullscreen, VNC and Vulkan-display plugins.
    "PySide6/Qt/plugins/egldeviceintegrations/",
    "PySide6/Qt/plugins/generic/",  # evdev/tuio input for framebuffer devices
    "PySide6/Qt/lib/libQt6EglFSDeviceIntegration", "PySide6/Qt/lib/libQt6EglFsKmsSupport",
    # The GTK3 theme plugin drags half of GTK's libraries in; the XDG portal theme stays.
    "PySide6/Qt/plugins/platformthemes/libqgtk3",
    "PySide6/Qt/plugins/platformthemes/qgtk3",
)
UNUSED_PLATFORMS = ("qeglfs", "qlinuxfb", "qminimal", "qminimalegl", "qvkkhrdisplay", "qvnc", "qdirect2d")
# Image formats: PNG is built into QtGui; SVG stays for the icon theme. The rest is unused.
KEPT_IMAGE_FORMATS = ("qsvg", "qico", "qicns")


def _stem(dest: str) -> str:
    name = dest.rsplit("/", 1)[-1]
    return name.removeprefix("lib").split(".", 1)[0]


def is_unused(dest: str) -> bool:
    dest = dest.replace("\\", "/")
    if dest.startswith(UNUSED_PREFIXES):
        return True
    if dest.startswith("PySide6/Qt/plugins/platforms/") and _stem(dest) in UNUSED_PLATFORMS:
        return True
    if dest.startswith("PySide6/Qt/plugins/imageformats/") and _stem(dest) not in KEPT_IMAGE_FORMATS:
        return True
    if "/Qt/translations/" in dest and dest.endswith(".qm"):
        # Qt's own strings: qtbase only (desktop/i18n.py loads nothing else), and only in the
        # languages the UI offers.
        return dest.rsplit("/", 1)[-1] not in ("qtbase_de.qm", "qtbase_en.qm")
    return False


Entry = tuple[str, str, str]  # PyInstaller TOC entry: (destination, source, type)


def _closure(sources: Iterable[str], imports: Callable[[str], list[tuple[str, str | None]]]) -> set[str]:
    seen: set[str] = set()
    todo = [os.path.realpath(s) for s in sources]
    while todo:
        src = todo.pop()
        if src in seen:
            continue
        seen.add(src)
        try:
            found = imports(src)
        except Exception:  # not a binary we can read: it has no dependencies we know of
            continue
        todo.extend(os.path.realpath(path) for _, path in found if path)
    return seen


def prune(binaries: list[Entry], datas: list[Entry],
          imports: Callable[[str], list[tuple[str, str | None]]] | None = None,
          ) -> tuple[list[Entry], list[Entry], list[str]]:
    """Drop unused entries, plus the libraries only they needed; returns (binaries, datas, dropped).

    A library is dropped only when a dropped plugin links it and no kept binary does, so a
    library that something kept needs is never lost. Linux only for the libraries: there ldd
    resolves every link; elsewhere only the listed parts go.
    """
    # PyInstaller lists symbolic links among the data: (dest, target relative to dest's folder).
    links = [e for e in binaries + datas if e[2] == "SYMLINK"]
    binaries = [e for e in binaries if e[2] != "SYMLINK"]
    datas = [e for e in datas if e[2] != "SYMLINK"]
    dropped = [e for e in binaries if is_unused(e[0])]
    kept = [e for e in binaries if not is_unused(e[0])]
    if imports is None and sys.platform.startswith("linux"):
        from PyInstaller.depend.bindepend import get_imports

        imports = get_imports
    if imports is not None and dropped:
        by_source = {os.path.realpath(e[1]): e for e in kept}
        candidates = {src for src in _closure([e[1] for e in dropped], imports) if src in by_source}
        needed = _closure([src for src in by_source if src not in candidates], imports)
        orphans = candidates - needed
        dropped += [by_source[src] for src in orphans]
        kept = [e for e in kept if os.path.realpath(e[1]) not in orphans]
    dropped_datas = [e for e in datas if is_unused(e[0])]
    datas = [e for e in datas if not is_unused(e[0])]
    kept_dests = {e[0].replace("\\", "/") for e in kept + datas}
    for link in links:
        target = posixpath.normpath(posixpath.join(posixpath.dirname(link[0].replace("\\", "/")),
                                                   link[1].replace("\\", "/")))
        (datas if target in kept_dests else dropped).append(link)
    names = sorted(e[0] for e in dropped) + [f"{len(dropped_datas)} data files"]
    return kept, datas, names


def largest_parts(root: Path, count: int = 10) -> list[tuple[int, str]]:
    """The biggest files under root, (bytes, relative path), biggest first."""
    sizes = [(p.stat().st_size, p.relative_to(root).as_posix()) for p in root.rglob("*")
             if p.is_file() and not p.is_symlink()]
    return sorted(sizes, reverse=True)[:count]


def total_size(root: Path) -> int:
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink())

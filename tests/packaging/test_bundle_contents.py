"""packaging/bundle_contents.py: which parts the bundle leaves out, and the size report."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

# packaging/ is a folder of build scripts, not a package (the name is PyPI's `packaging`).
_spec = importlib.util.spec_from_file_location(
    "bundle_contents", Path(__file__).resolve().parents[2] / "packaging" / "bundle_contents.py")
assert _spec is not None and _spec.loader is not None
bundle_contents = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bundle_contents)
is_unused, largest_parts = bundle_contents.is_unused, bundle_contents.largest_parts
prune, total_size = bundle_contents.prune, bundle_contents.total_size

PLUGINS = "PySide6/Qt/plugins"


@pytest.mark.parametrize("dest", [
    f"{PLUGINS}/platforms/libqxcb.so", f"{PLUGINS}/platforms/libqwayland.so",
    f"{PLUGINS}/platforms/libqoffscreen.so", f"{PLUGINS}/platforms/qwindows.dll",
    f"{PLUGINS}/platforms/libqcocoa.dylib", f"{PLUGINS}/imageformats/libqsvg.so",
    f"{PLUGINS}/imageformats/qico.dll", f"{PLUGINS}/platformthemes/libqxdgdesktopportal.so",
    "PySide6/Qt/translations/qtbase_de.qm", "PySide6/Qt/lib/libQt6Widgets.so.6",
    "pycountry/databases/iso3166-1.json", "resources/translations/switchboard_de.qm",
])
def test_what_the_app_uses_stays(dest):
    assert not is_unused(dest)


@pytest.mark.parametrize("dest", [
    f"{PLUGINS}/platforms/libqvnc.so", f"{PLUGINS}/platforms/libqeglfs.so",
    f"{PLUGINS}/platforms/qminimal.dll", f"{PLUGINS}/egldeviceintegrations/libqeglfs-x11-integration.so",
    f"{PLUGINS}/generic/libqevdevmouseplugin.so", f"{PLUGINS}/imageformats/libqjpeg.so",
    f"{PLUGINS}/imageformats/qtiff.dll", f"{PLUGINS}/platformthemes/libqgtk3.so",
    "PySide6/Qt/translations/qtbase_fr.qm", "PySide6/Qt/translations/qt_help_de.qm",
    "pycountry/locales/de/LC_MESSAGES/iso3166-1.mo",
    "PySide6\\Qt\\plugins\\platforms\\qdirect2d.dll",
])
def test_what_it_does_not_use_goes(dest):
    assert is_unused(dest)


def test_prune_drops_libraries_only_dropped_plugins_link():
    graph = {
        "/q/libqgtk3.so": [("libgtk.so", "/sys/libgtk.so"), ("libshared.so", "/sys/libshared.so")],
        "/sys/libgtk.so": [("libcairo.so", "/sys/libcairo.so")],
        "/q/libqxcb.so": [("libshared.so", "/sys/libshared.so"), ("libmissing.so", None)],
    }
    binaries = [
        (f"{PLUGINS}/platformthemes/libqgtk3.so", "/q/libqgtk3.so", "BINARY"),
        (f"{PLUGINS}/platforms/libqxcb.so", "/q/libqxcb.so", "BINARY"),
        ("libgtk.so", "/sys/libgtk.so", "BINARY"),
        ("libcairo.so", "/sys/libcairo.so", "BINARY"),
        ("libshared.so", "/sys/libshared.so", "BINARY"),
        ("libctypes_only.so", "/sys/libctypes_only.so", "BINARY"),  # nothing links it: stays
    ]
    datas = [("PySide6/Qt/translations/qtbase_fr.qm", "/t/qtbase_fr.qm", "DATA"),
             ("resources/icons/switchboard.png", "/r/switchboard.png", "DATA"),
             ("libgtk.so.0", "libgtk.so", "SYMLINK"), ("libshared.so.0", "libshared.so", "SYMLINK")]
    kept, kept_datas, dropped = prune(binaries, datas, imports=lambda path: graph.get(path, []))
    assert [e[0] for e in kept] == [f"{PLUGINS}/platforms/libqxcb.so", "libshared.so", "libctypes_only.so"]
    assert [e[0] for e in kept_datas] == ["resources/icons/switchboard.png", "libshared.so.0"]
    assert set(dropped[:-1]) == {f"{PLUGINS}/platformthemes/libqgtk3.so", "libgtk.so", "libcairo.so",
                                 "libgtk.so.0"}
    assert dropped[-1] == "1 data files"


def test_prune_without_a_dependency_reader_drops_only_the_listed_parts():
    binaries = [(f"{PLUGINS}/platforms/qminimal.dll", "C:/q/qminimal.dll", "BINARY"),
                ("Qt6Gui.dll", "C:/q/Qt6Gui.dll", "BINARY")]
    kept, _, dropped = prune(binaries, [], imports=lambda path: [])
    assert [e[0] for e in kept] == ["Qt6Gui.dll"] and dropped[0] == f"{PLUGINS}/platforms/qminimal.dll"


def test_the_size_report_lists_the_largest_files_first(tmp_path):
    (tmp_path / "lib").mkdir()
    for name, size in (("a.bin", 10), ("lib/b.so", 300), ("c.dat", 20)):
        (tmp_path / name).write_bytes(b"x" * size)
    (tmp_path / "link.so").symlink_to(tmp_path / "lib" / "b.so")
    assert largest_parts(tmp_path, 2) == [(300, "lib/b.so"), (20, "c.dat")]
    assert total_size(tmp_path) == 330

"""What the installers must carry for links and versions: the switchboard:// scheme registered
on Windows (per user), macOS and Linux, each handing the link to the app as an argument, and the
Windows version resource made from pyproject.toml's version."""

from __future__ import annotations

import ast
import configparser
import plistlib
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
sys.path.insert(0, str(ROOT / "packaging" / "windows"))

from version_info import version_file_text, version_tuple  # noqa: E402


def _registry_lines() -> list[str]:
    text = (ROOT / "packaging" / "windows" / "switchboard.iss").read_text(encoding="utf-8")
    section = re.search(r"^\[Registry\]\n(.*?)(?=^\[)", text, re.M | re.S)
    assert section, "the Inno script has no [Registry] section"
    return [line for line in section.group(1).splitlines() if line.startswith("Root:")]


def test_the_windows_installer_registers_the_scheme_per_user():
    lines = _registry_lines()
    assert all(line.startswith("Root: HKA;") for line in lines)  # HKCU in a per-user install
    assert any('Subkey: "Software\\Classes\\switchboard"' in line and 'ValueName: "URL Protocol"' in line
               for line in lines)
    command = next(line for line in lines if "shell\\open\\command" in line)
    assert 'ValueData: """{app}\\{#AppExe}"" ""%1"""' in command  # the link as one quoted argument
    assert any("uninsdeletekey" in line for line in lines)  # the uninstaller takes it away again


def test_the_macos_bundle_declares_the_scheme():
    with open(ROOT / "packaging" / "macos" / "Info.plist", "rb") as f:
        info = plistlib.load(f)
    schemes = [s for entry in info["CFBundleURLTypes"] for s in entry["CFBundleURLSchemes"]]
    assert schemes == ["switchboard"]
    assert info["CFBundleURLTypes"][0]["CFBundleURLName"].startswith(info["CFBundleIdentifier"])


def test_the_linux_desktop_file_handles_the_scheme():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(ROOT / "packaging" / "linux" / "switchboard.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert "x-scheme-handler/switchboard" in desktop["MimeType"].split(";")
    assert desktop["Exec"] == "switchboard %u" and desktop["Type"] == "Application"
    assert desktop["Terminal"] == "false"


def test_the_windows_version_resource_carries_pyprojects_version():
    text = version_file_text(VERSION)
    tree = ast.parse(text, mode="eval")  # PyInstaller evaluates the file as one expression
    calls = {n.func.id: n for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
    assert calls["VSVersionInfo"] and calls["FixedFileInfo"]
    fixed = {k.arg: ast.literal_eval(k.value) for k in calls["FixedFileInfo"].keywords
             if k.arg.endswith("vers")}
    assert fixed == {"filevers": version_tuple(VERSION), "prodvers": version_tuple(VERSION)}
    strings = {ast.literal_eval(n.args[0]): ast.literal_eval(n.args[1]) for n in ast.walk(tree)
               if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "StringStruct"}
    assert strings["FileVersion"] == strings["ProductVersion"] == VERSION
    assert strings["OriginalFilename"] == "switchboard.exe"


def test_version_numbers_for_windows():
    assert version_tuple("0.1.0") == (0, 1, 0, 0)
    assert version_tuple("2.10.3.7") == (2, 10, 3, 7)
    assert version_tuple("1.4.0rc2+g1234") == (1, 4, 0, 0)


def test_the_spec_uses_the_version_resource_and_ships_the_apps_metadata():
    spec = (ROOT / "packaging" / "switchboard.spec").read_text(encoding="utf-8")
    assert "version=version_file" in spec and "version_file_text(VERSION)" in spec
    assert 'copy_metadata("switchboard")' in spec


def _build_module():
    sys.path.insert(0, str(ROOT / "packaging"))
    import build

    return build


def test_signtool_from_a_certificate_in_the_store_or_a_pfx():
    build = _build_module()
    assert build.signtool_command({}) is None  # unsigned: the build says so
    by_store = build.signtool_command({"WINDOWS_SIGN_THUMBPRINT": "ab12cd"})
    assert by_store[:4] == ["signtool", "sign", "/fd", "sha256"] and by_store[-2:] == ["/sha1", "ab12cd"]
    assert "/tr" in by_store and "/td" in by_store  # timestamped: valid after the certificate expires
    pfx = "C:/keys/code.pfx"
    by_file = build.signtool_command({"WINDOWS_SIGN_PFX": pfx, "WINDOWS_SIGN_PASSWORD": "pw"})
    assert by_file[-4:] == ["/f", pfx, "/p", "pw"]


def test_inno_setup_signs_the_setup_only_when_asked():
    build = _build_module()
    bundle, dist = Path("dist/switchboard"), Path("dist")
    plain = build.iscc_arguments(bundle, dist, None)
    assert not any(a.startswith(("/DSign", "/Ssigntool")) for a in plain)
    signed = build.iscc_arguments(bundle, dist, ["C:\\Program Files\\signtool.exe", "sign", "/sha1", "ab"])
    assert "/DSign" in signed
    assert "/Ssigntool=$qC:\\Program Files\\signtool.exe$q sign /sha1 ab $f" in signed
    iss = (ROOT / "packaging" / "windows" / "switchboard.iss").read_text(encoding="utf-8")
    assert re.search(r"#ifdef Sign\s+;[^\n]*\nSignTool=signtool\s+SignedUninstaller=yes\s+#endif", iss)

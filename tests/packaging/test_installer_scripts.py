"""The installer scripts, checked where they can be on Linux.

build_dmg.sh runs for real with stand-ins for the macOS tools (uname, file, codesign, hdiutil,
xcrun) that log their arguments: the script's own logic (what it signs, in which order, what
it skips and says, that no credential is echoed) is what is under test. The Inno Setup script
and the Info.plist are checked for the paths and keys the builds rely on.
"""

from __future__ import annotations

import os
import plistlib
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD_DMG = ROOT / "packaging" / "macos" / "build_dmg.sh"
ISS = ROOT / "packaging" / "windows" / "switchboard.iss"

pytestmark = pytest.mark.skipif(shutil.which("bash") is None or os.name == "nt", reason="needs bash")

FAKE_TOOLS = {
    "uname": 'echo Darwin',
    "file": 'case "$2" in *.dylib|*.so|*/MacOS/*) echo "Mach-O 64-bit arm64";; *) echo "ASCII text";; esac',
    "codesign": 'echo "codesign $*" >> "$TOOL_LOG"',
    "hdiutil": 'echo "hdiutil $*" >> "$TOOL_LOG"; for last; do :; done; echo dmg > "$last"',
    "xcrun": 'echo "xcrun $*" >> "$TOOL_LOG"',
}


def _fake_app(tmp_path: Path) -> Path:
    app = tmp_path / "Switchboard.app"
    (app / "Contents" / "MacOS").mkdir(parents=True)
    (app / "Contents" / "Frameworks").mkdir()
    (app / "Contents" / "Resources").mkdir()
    exe = app / "Contents" / "MacOS" / "switchboard"
    exe.write_text("binary")
    exe.chmod(exe.stat().st_mode | stat.S_IXUSR)
    (app / "Contents" / "Frameworks" / "libQt6Core.dylib").write_text("binary")
    (app / "Contents" / "Resources" / "switchboard_de.qm").write_text("data")
    return app


def _run_dmg(tmp_path: Path, **env: str) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    tools = tmp_path / "tools"
    tools.mkdir(exist_ok=True)
    for name, body in FAKE_TOOLS.items():
        (tools / name).write_text(f"#!/bin/sh\n{body}\n")
        (tools / name).chmod(0o755)
    log = tmp_path / "tools.log"
    log.write_text("")
    run_env = {"PATH": f"{tools}{os.pathsep}{os.environ['PATH']}", "TOOL_LOG": str(log),
               "HOME": str(tmp_path), **env}
    app = _fake_app(tmp_path)
    result = subprocess.run(["bash", str(BUILD_DMG), str(app), "1.2.3", str(tmp_path / "out")],
                            capture_output=True, text=True, timeout=60, env=run_env)
    return result, log.read_text().splitlines()


def test_without_credentials_the_dmg_is_built_and_the_skipped_steps_are_said(tmp_path):
    (tmp_path / "out").mkdir()
    result, calls = _run_dmg(tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "Switchboard-1.2.3.dmg").exists()
    assert "NOT SIGNED" in result.stderr and "NOT NOTARIZED" in result.stderr
    assert [c.split()[0] for c in calls] == ["hdiutil"]
    assert "-volname Switchboard 1.2.3" in calls[0] and "-format UDZO" in calls[0]


def test_with_credentials_it_signs_inside_out_then_notarizes_and_staples(tmp_path):
    (tmp_path / "out").mkdir()
    secret = "app-specific-pw-123"
    result, calls = _run_dmg(tmp_path, MACOS_SIGN_IDENTITY="Developer ID Application: Example AG (TEAM123)",
                             MACOS_NOTARY_APPLE_ID="release@example.ch", MACOS_NOTARY_TEAM_ID="TEAM123",
                             MACOS_NOTARY_PASSWORD=secret)
    assert result.returncode == 0, result.stderr
    signed = [c.rsplit(" ", 1)[-1] for c in calls if c.startswith("codesign --force")]
    # Both Mach-O files before the app, the data file never, the .dmg last.
    assert {Path(p).name for p in signed[:2]} == {"switchboard", "libQt6Core.dylib"}
    assert [Path(p).name for p in signed[2:]] == ["Switchboard.app", "Switchboard-1.2.3.dmg"]
    app_signing = [c for c in calls if c.startswith("codesign --force") and not c.endswith(".dmg")]
    assert len(app_signing) == 3 and all("--options runtime" in c and "--timestamp" in c for c in app_signing)
    tools = [" ".join(c.split()[:3]) for c in calls if c.startswith("xcrun")]
    assert tools == ["xcrun notarytool submit", "xcrun stapler staple", "xcrun stapler validate"]
    assert "--wait" in next(c for c in calls if "notarytool" in c)
    assert secret not in result.stdout + result.stderr


def test_a_signed_build_without_notary_credentials_says_it_is_not_notarized(tmp_path):
    (tmp_path / "out").mkdir()
    result, calls = _run_dmg(tmp_path, MACOS_SIGN_IDENTITY="Developer ID Application: Example AG (TEAM123)")
    assert result.returncode == 0, result.stderr
    assert "NOT SIGNED" not in result.stderr and "NOT NOTARIZED: set MACOS_NOTARY_PROFILE" in result.stderr
    assert not [c for c in calls if c.startswith("xcrun")]


@pytest.mark.skipif(sys.platform == "darwin", reason="this is a Mac")
def test_elsewhere_the_dmg_script_refuses_plainly(tmp_path):
    result = subprocess.run(["bash", str(BUILD_DMG), str(tmp_path), "1.0"], capture_output=True, text=True,
                            timeout=30)
    assert result.returncode == 2 and "needs macOS" in result.stderr


def test_the_inno_setup_script_takes_its_version_from_outside_and_finds_its_files():
    text = ISS.read_text(encoding="utf-8")
    assert "#error" in text and "AppVersion={#AppVersion}" in text
    hard_coded = re.search(r"^[^;]*AppVersion\s*[= ]\s*\"?\d", text, re.M)
    assert not hard_coded, "the version belongs to pyproject.toml"
    icon = re.search(r"^SetupIconFile=(.+)$", text, re.M)
    assert icon and (ISS.parent / icon.group(1).replace("\\", "/")).resolve().exists()
    assert '{group}\\{#AppName}"; Filename: "{app}\\{#AppExe}"' in text  # the start-menu entry
    assert "{uninstallexe}" in text


def test_the_info_plist_template_is_valid():
    with open(ROOT / "packaging" / "macos" / "Info.plist", "rb") as f:
        info = plistlib.load(f)
    assert info["CFBundleIdentifier"] and info["CFBundlePackageType"] == "APPL"
    assert info["NSHighResolutionCapable"] is True

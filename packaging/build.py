"""Build the one-folder Switchboard bundle for this system, and report what is in it.

    python packaging/build.py                   # dist/switchboard (Windows, Linux) or dist/Switchboard.app
    python packaging/build.py --installer       # then the Inno Setup installer / the macOS .dmg
    python packaging/build.py --dist D --work W # build elsewhere (tests build into a temp dir)

Compiles stale translations first (.qm are not in git), builds the sandbox's demo database
(a first start copies it), runs PyInstaller on
packaging/switchboard.spec with its cache inside the work folder (nothing is cached outside
the repository), then prints the bundle's size and its ten largest parts.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bundle_contents import largest_parts, total_size

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
TRANSLATIONS = ROOT / "resources" / "translations"


def version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def compile_translations() -> None:
    """Each .ts to .qm when the .qm is missing or older (what `make translations` does)."""
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([sys.executable, "-c", "import sys; from PySide6.scripts.pyside_tool import lrelease; "
                        "sys.argv[0] = 'lrelease'; lrelease()", "-silent", str(ts), "-qm", str(qm)],
                       check=True)
        print(f"compiled {qm.relative_to(ROOT)}")
    # Swiss German (no ß) from the German catalogues and Qt's own, as `make translations` does.
    subprocess.run([sys.executable, str(TRANSLATIONS / "swiss_catalogues.py")], check=True)


def build_sandbox_template() -> None:
    """The sandbox's demo database as of this build, for the bundle (packaging/switchboard.spec)."""
    target = ROOT / "build" / "sandbox-template"
    subprocess.run([sys.executable, "-m", "provider.sandbox_template", str(target)], check=True, cwd=ROOT)


def bundle_path(dist: Path) -> Path:
    return dist / ("Switchboard.app" if sys.platform == "darwin" else "switchboard")


def executable(bundle: Path) -> Path:
    if sys.platform == "darwin":
        return bundle / "Contents" / "MacOS" / "switchboard"
    return bundle / ("switchboard.exe" if os.name == "nt" else "switchboard")


def run_pyinstaller(dist: Path, work: Path, quiet: bool, clean: bool) -> Path:
    env = dict(os.environ)
    # PyInstaller keeps a cache of processed binaries in the user's home by default.
    env.setdefault("PYINSTALLER_CONFIG_DIR", str(work / "cache"))
    command = [sys.executable, "-m", "PyInstaller", str(PACKAGING / "switchboard.spec"), "--noconfirm",
               "--distpath", str(dist), "--workpath", str(work)]
    if clean:
        command.append("--clean")
    if quiet:
        command += ["--log-level", "WARN"]
    subprocess.run(command, check=True, cwd=ROOT, env=env)
    return bundle_path(dist)


def report(bundle: Path) -> str:
    size = total_size(bundle)
    files = sum(1 for p in bundle.rglob("*") if p.is_file())
    lines = [f"bundle: {bundle}", f"bundle size: {size / 1e6:.1f} MB in {files} files", "ten largest parts:"]
    lines += [f"  {n / 1e6:7.1f} MB  {name}" for n, name in largest_parts(bundle, 10)]
    return "\n".join(lines)


TIMESTAMP_URL = "http://timestamp.digicert.com"


def signtool_command(env: dict[str, str] | os._Environ[str] = os.environ) -> list[str] | None:
    """signtool's command for Authenticode signing, from the environment, without the file:
    WINDOWS_SIGN_THUMBPRINT (a certificate in the Windows store, e.g. on a token: preferred, no
    secret on the command line) or WINDOWS_SIGN_PFX with WINDOWS_SIGN_PASSWORD. None: unsigned."""
    tool = env.get("WINDOWS_SIGNTOOL", "signtool")
    base = [tool, "sign", "/fd", "sha256", "/tr", env.get("WINDOWS_SIGN_TIMESTAMP_URL", TIMESTAMP_URL),
            "/td", "sha256"]
    if env.get("WINDOWS_SIGN_THUMBPRINT"):
        return [*base, "/sha1", env["WINDOWS_SIGN_THUMBPRINT"]]
    if env.get("WINDOWS_SIGN_PFX"):
        return [*base, "/f", env["WINDOWS_SIGN_PFX"], "/p", env.get("WINDOWS_SIGN_PASSWORD", "")]
    return None


def iscc_arguments(bundle: Path, dist: Path, sign: list[str] | None) -> list[str]:
    """ISCC's arguments; with a signtool command, Inno Setup signs the setup and uninstaller."""
    args = [f"/DAppVersion={version()}", f"/DBundleDir={bundle}", f"/O{dist}"]
    if sign is not None:
        quoted = " ".join(f'$q{part}$q' if " " in part else part for part in sign)
        args += ["/DSign", f"/Ssigntool={quoted} $f"]
    return [*args, str(PACKAGING / "windows" / "switchboard.iss")]


def build_installer(bundle: Path, dist: Path) -> None:
    if sys.platform == "win32":
        iscc = shutil.which("iscc") or r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe"
        sign = signtool_command()
        if sign is None:
            print("NOT SIGNED: set WINDOWS_SIGN_THUMBPRINT (or WINDOWS_SIGN_PFX and WINDOWS_SIGN_PASSWORD) "
                  "to sign. Windows SmartScreen warns about an unsigned installer.", file=sys.stderr)
        else:  # the program itself first, then Inno Setup signs the setup it makes
            subprocess.run([*sign, str(bundle / "switchboard.exe")], check=True)
        subprocess.run([iscc, *iscc_arguments(bundle, dist, sign)], check=True)
    elif sys.platform == "darwin":
        subprocess.run(["bash", str(PACKAGING / "macos" / "build_dmg.sh"), str(bundle), version(), str(dist)],
                       check=True)
    else:
        print("installer: none for Linux; ship the folder (or build a distribution package from it)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle goes")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller",
                        help="PyInstaller's work and cache folder")
    parser.add_argument("--installer", action="store_true", help="also build the installer for this system")
    parser.add_argument("--quiet", action="store_true", help="only PyInstaller's warnings")
    parser.add_argument("--clean", action="store_true", help="rebuild from scratch, emptying the cache")
    args = parser.parse_args(argv)
    compile_translations()
    build_sandbox_template()
    bundle = run_pyinstaller(args.dist.resolve(), args.work.resolve(), args.quiet, args.clean)
    print(report(bundle), flush=True)
    if args.installer:
        build_installer(bundle, args.dist.resolve())
    return 0


if __name__ == "__main__":
    sys.exit(main())

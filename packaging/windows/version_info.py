"""The Windows version resource of switchboard.exe (Explorer's Details tab, support's first
question, and what SmartScreen and installers read), in PyInstaller's version-file format.
packaging/switchboard.spec writes it on Windows from pyproject.toml's version."""

from __future__ import annotations

import re

COMPANY = "Switchboard"
PRODUCT = "Switchboard"
DESCRIPTION = "Switchboard telephony account administration"


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """`1.2.3` -> (1, 2, 3, 0); pre-release and local parts (`1.2.3rc1+g00`) count as their base."""
    numbers = [int(n) for n in re.findall(r"\d+", version.split("+")[0].split("rc")[0])[:4]]
    return tuple((numbers + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def version_file_text(version: str) -> str:
    numbers = version_tuple(version)
    strings = {"CompanyName": COMPANY, "FileDescription": DESCRIPTION, "FileVersion": version,
               "InternalName": "switchboard", "LegalCopyright": f"© {COMPANY}",
               "OriginalFilename": "switchboard.exe", "ProductName": PRODUCT, "ProductVersion": version}
    string_structs = ",\n          ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""# UTF-8
VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
          {string_structs}])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""

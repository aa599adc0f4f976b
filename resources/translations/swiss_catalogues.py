"""Swiss German catalogues (de_CH) made from the German ones: Swiss German writes no ß (ss
instead) and quotes «so» where German German quotes „so“; the rest is the same. For each
resources/translations/*_de.ts a *_de_CH.qm (through lrelease), and for Qt's own strings
(wizard and dialog buttons, "Schließen") a qtbase_de_CH.qm rewritten from the qtbase_de.qm that
ships with PySide6. Run by `make translations`:
    .venv/bin/python resources/translations/swiss_catalogues.py"""

from __future__ import annotations

import struct
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QLibraryInfo

HERE = Path(__file__).resolve().parent
# PySide6's lrelease through its own entry point (the same on every system).
LRELEASE = [sys.executable, "-c", "import sys; from PySide6.scripts.pyside_tool import lrelease; "
            "sys.argv[0] = 'lrelease'; lrelease()"]
QM_MAGIC = bytes([0x3C, 0xB8, 0x64, 0x18, 0xCA, 0xEF, 0x9C, 0x95,
                  0xCD, 0x21, 0x1C, 0xBF, 0x60, 0xA1, 0xBD, 0xDD])
TAG_HASHES, TAG_MESSAGES = 0x42, 0x69
# Message record tags (Qt's qtranslator.cpp): the end, a translation (UTF-16BE), and the ones
# with a 4-byte length; Obsolete1 has no payload.
END, TRANSLATION, OBSOLETE1 = 1, 3, 5


def swiss(text: str) -> str:
    """Swiss spelling: ss for ß, and «» for the German „“ quotes."""
    return text.replace("ß", "ss").replace("ẞ", "SS").replace("„", "«").replace("“", "»")


def swiss_ts(source: Path, target_qm: Path) -> None:
    text = source.read_text(encoding="utf-8").replace('language="de"', 'language="de_CH"')
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / source.name
        ts.write_text(swiss(text), encoding="utf-8")
        subprocess.run([*LRELEASE, "-silent", str(ts), "-qm", str(target_qm)], check=True)


def _messages(block: bytes) -> list[tuple[int, bytes]]:
    """The Messages block's records with their offsets, each rewritten in Swiss spelling."""
    out, pos = [], 0
    while pos < len(block):
        start, record = pos, bytearray()
        while True:
            tag = block[pos]
            record.append(tag)
            pos += 1
            if tag == END:
                break
            if tag == OBSOLETE1:  # four bytes, no length
                record += block[pos:pos + 4]
                pos += 4
                continue
            (length,) = struct.unpack(">I", block[pos:pos + 4])
            pos += 4
            if length == 0xFFFFFFFF:  # a null string
                record += struct.pack(">I", length)
                continue
            payload = block[pos:pos + length]
            pos += length
            if tag == TRANSLATION:
                payload = swiss(payload.decode("utf-16-be")).encode("utf-16-be")
            record += struct.pack(">I", len(payload)) + payload
        out.append((start, bytes(record)))
    return out


def swiss_qm(source: Path, target: Path) -> None:
    """Qt's binary catalogue with every translation in Swiss spelling; the hash table's offsets
    into the messages follow the records' new lengths."""
    data = source.read_bytes()
    if data[:16] != QM_MAGIC:
        raise ValueError(f"{source} is not a Qt translation file")
    sections, pos = [], 16
    while pos < len(data):
        tag, (length,) = data[pos], struct.unpack(">I", data[pos + 1:pos + 5])
        sections.append((tag, data[pos + 5:pos + 5 + length]))
        pos += 5 + length
    messages = dict(sections).get(TAG_MESSAGES, b"")
    moved, new_block = {}, bytearray()
    for offset, record in _messages(messages):
        moved[offset] = len(new_block)
        new_block += record
    out = bytearray(QM_MAGIC)
    for tag, body in sections:
        if tag == TAG_MESSAGES:
            body = bytes(new_block)
        elif tag == TAG_HASHES:
            pairs = [struct.unpack(">II", body[i:i + 8]) for i in range(0, len(body), 8)]
            body = b"".join(struct.pack(">II", h, moved[o]) for h, o in pairs)
        out += bytes([tag]) + struct.pack(">I", len(body)) + body
    target.write_bytes(bytes(out))


def main() -> None:
    for ts in sorted(HERE.glob("*_de.ts")):
        swiss_ts(ts, ts.with_name(ts.stem + "_CH.qm"))
    for qm in HERE.glob("*.qm"):  # compiled from a catalogue that is gone (an older layout)
        if qm.name != "qtbase_de_CH.qm" and not qm.with_name(qm.stem.removesuffix("_CH") + ".ts").exists():
            qm.unlink()
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    swiss_qm(qt_dir / "qtbase_de.qm", HERE / "qtbase_de_CH.qm")


if __name__ == "__main__":
    main()

"""The German catalogue is current: every text the client translates has a finished German
translation in resources/translations/switchboard_de.ts, in the context (class) that asks for it.
A string moved to another class, or a new one, fails here instead of showing English on a
German screen. The check is lupdate itself, run over the client's sources into a copy."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "translations" / "switchboard_de.ts"


def test_every_translated_text_of_the_client_has_its_german(tmp_path) -> None:
    copy = tmp_path / CATALOGUE.name
    shutil.copy(CATALOGUE, copy)
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    run = subprocess.run([str(lupdate), "-no-obsolete", "-locations", "none", "-extensions", "py",
                          str(ROOT / "desktop"), "-ts", str(copy)],
                         capture_output=True, text=True, check=True)
    assert "(0 new and" in run.stdout, run.stdout
    untranslated = [
        f"{context.findtext('name')}: {message.findtext('source')!r}"
        for context in ET.parse(copy).iter("context") for message in context.iter("message")
        if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")]
    assert not untranslated, untranslated

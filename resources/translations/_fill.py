"""Writing a table of German texts into a Qt Linguist catalogue (.ts), by source text, for the
fill_*_de.py scripts whose catalogues have no plural forms of their own."""

import xml.etree.ElementTree as ET


def fill(path: str, table: dict[str, str], *, unfinished_only: bool = False) -> list[str]:
    """Set each message whose source is in `table` to its text, finished; returns the sources
    left untranslated (with `unfinished_only`, only those Linguist marks unfinished)."""
    tree = ET.parse(path)
    missing = []
    for msg in tree.iter("message"):
        src = msg.find("source").text
        tr = msg.find("translation")
        if src in table:
            tr.text = table[src]
            tr.attrib.pop("type", None)
        elif not unfinished_only or tr.get("type") == "unfinished":
            missing.append(src)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing

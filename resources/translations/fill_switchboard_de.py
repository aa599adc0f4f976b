"""Fill German translations into the shell's catalogue (switchboard_de.ts) for the entries listed
here; the catalogue's other entries were translated by hand and are left as they are. Fails when
an entry is still unfinished afterwards:
    .venv/bin/python resources/translations/fill_switchboard_de.py resources/translations/switchboard_de.ts"""
import sys
import xml.etree.ElementTree as ET

DE = {
    "Acting for %1 – Switchboard": "Sie handeln für %1 – Switchboard",
}
path = sys.argv[1]
tree = ET.parse(path)
unfinished = []
for msg in tree.iter("message"):
    src = msg.find("source").text
    tr = msg.find("translation")
    if src in DE:
        tr.text = DE[src]
        tr.attrib.pop("type", None)
    elif tr.get("type") == "unfinished":
        unfinished.append(src)
tree.write(path, encoding="utf-8", xml_declaration=True)
if unfinished:
    sys.exit(f"untranslated: {unfinished}")

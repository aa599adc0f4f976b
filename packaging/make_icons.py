"""Render resources/icons/switchboard.svg into the raster icons the installers need.

    python packaging/make_icons.py      # writes switchboard.png (256), .ico (16-256), .icns (16-1024)

Pillow cannot read SVG, and a full SVG renderer would be one more build dependency for one
drawing; so this reads the small subset the icon uses (rect with rx, line, circle; fill,
stroke, stroke-width, inherited from <g>) and draws it 4x oversized, then scales down, which
gives smooth edges. The SVG stays the one source: change it, run this, commit all four files.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PIL import Image, ImageDraw

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SOURCE = ICONS / "switchboard.svg"
SVG_NS = "{http://www.w3.org/2000/svg}"
OVERSAMPLE = 4
ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]


def _draw(node: ET.Element, draw: ImageDraw.ImageDraw, scale: float, style: dict[str, str]) -> None:
    style = {**style, **{k: v for k, v in node.attrib.items() if k in ("fill", "stroke", "stroke-width")}}
    tag = node.tag.removeprefix(SVG_NS)
    a = {k: float(v) for k, v in node.attrib.items() if k in ("x", "y", "width", "height", "rx", "x1",
                                                               "y1", "x2", "y2", "cx", "cy", "r")}
    fill = style.get("fill") if style.get("fill") != "none" else None
    stroke = style.get("stroke") if style.get("stroke") != "none" else None
    width = round(float(style.get("stroke-width", "1")) * scale)
    if tag == "rect":
        box = [a["x"] * scale, a["y"] * scale, (a["x"] + a["width"]) * scale, (a["y"] + a["height"]) * scale]
        draw.rounded_rectangle(box, radius=a.get("rx", 0) * scale, fill=fill)
    elif tag == "line" and stroke:
        ends = [(a["x1"] * scale, a["y1"] * scale), (a["x2"] * scale, a["y2"] * scale)]
        draw.line(ends, fill=stroke, width=width)
        for x, y in ends:  # stroke-linecap="round"
            draw.ellipse([x - width / 2, y - width / 2, x + width / 2, y + width / 2], fill=stroke)
    elif tag == "circle":
        cx, cy, r = a["cx"] * scale, a["cy"] * scale, a["r"] * scale
        if stroke:
            outer = r + width / 2
            draw.ellipse([cx - outer, cy - outer, cx + outer, cy + outer], fill=stroke)
            r -= width / 2
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=fill)
    for child in node:
        _draw(child, draw, scale, style)


def render(size: int) -> Image.Image:
    root = ET.parse(SOURCE).getroot()
    view = float(root.attrib["width"])
    big = size * OVERSAMPLE
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    _draw(root, ImageDraw.Draw(image), big / view, {})
    return image.resize((size, size), Image.Resampling.LANCZOS)


def main() -> int:
    base = render(1024)
    render(256).save(ICONS / "switchboard.png")
    base.save(ICONS / "switchboard.ico", sizes=[(s, s) for s in ICO_SIZES])
    base.save(ICONS / "switchboard.icns")
    for name in ("switchboard.png", "switchboard.ico", "switchboard.icns"):
        print(f"{ICONS / name}: {(ICONS / name).stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())

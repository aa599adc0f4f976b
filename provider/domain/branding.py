"""A reseller's brand on its customers' screens and invoices: a logo and an accent colour. Pure
checks of what the provider's staff upload (docs/resellers.md#branding).

A logo is a PNG or an SVG under 500 kB. A PNG must be a whole, uncorrupted file (every chunk's
CRC right, IHDR first, IEND last) of sensible size; an SVG must be plain drawing: no scripts,
no event handlers, no DTD or entities, and no reference to anything outside the file (a logo
shown by the client or printed on an invoice must not fetch or run anything).

The accent colour is #RRGGBB and must reach a contrast of 4.5:1 with white (WCAG 2.x, normal
text): the client prints white text on it (the header band) and uses it as text colour on white.
"""

from __future__ import annotations

import re
import struct
import zlib
from dataclasses import dataclass

from provider.domain.errors import FieldError, RuleViolation

MAX_LOGO_BYTES = 500 * 1024
MAX_PNG_SIDE = 4096
MIN_CONTRAST = 4.5
PNG = "image/png"
SVG = "image/svg+xml"
LOGO_TYPES = (PNG, SVG)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
# Elements and attributes a logo has no business with: they run code or load other content.
_FORBIDDEN_ELEMENTS = {"script", "foreignObject", "iframe", "embed", "object", "audio", "video"}
_LINK_ATTRIBUTES = ("href", "{http://www.w3.org/1999/xlink}href", "src")
_SVG_NS = "http://www.w3.org/2000/svg"


@dataclass(frozen=True)
class Logo:
    media_type: str
    data: bytes


def _refuse(rule: str, message: str, field: str = "logo") -> RuleViolation:
    return RuleViolation("validation", message, 422, [FieldError(field, rule, message)])


def check_logo(data: bytes, media_type: str) -> Logo:
    """The logo as given when it passes every rule, else a RuleViolation naming the rule."""
    media_type = media_type.split(";")[0].strip().lower()
    if media_type not in LOGO_TYPES:
        raise _refuse("logo.type", "A logo is a PNG or an SVG image (image/png or image/svg+xml).")
    if not data:
        raise _refuse("logo.empty", "The logo file is empty.")
    if len(data) >= MAX_LOGO_BYTES:
        raise _refuse("logo.size", f"A logo must be smaller than {MAX_LOGO_BYTES // 1024} kB; "
                      f"this one has {len(data) // 1024} kB.")
    if media_type == PNG:
        _check_png(data)
    else:
        _check_svg(data)
    return Logo(media_type, data)


def _check_png(data: bytes) -> None:
    if not data.startswith(PNG_SIGNATURE):
        raise _refuse("logo.png", "The file is not a PNG image.")
    pos, names = len(PNG_SIGNATURE), []
    while pos < len(data):
        if pos + 12 > len(data):
            raise _refuse("logo.png", "The PNG image is cut off.")
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        name = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + length]
        crc_at = pos + 8 + length
        if crc_at + 4 > len(data):
            raise _refuse("logo.png", "The PNG image is cut off.")
        (crc,) = struct.unpack(">I", data[crc_at:crc_at + 4])
        if zlib.crc32(name + body) != crc:
            raise _refuse("logo.png", "The PNG image is damaged (a checksum does not match).")
        names.append(name)
        if name == b"IHDR":
            width, height = struct.unpack(">II", body[:8])
            if not (0 < width <= MAX_PNG_SIDE and 0 < height <= MAX_PNG_SIDE):
                raise _refuse("logo.png.size", f"A logo is at most {MAX_PNG_SIDE} pixels wide and high.")
        pos = crc_at + 4
        if name == b"IEND":
            break
    if not names or names[0] != b"IHDR" or names[-1] != b"IEND" or b"IDAT" not in names:
        raise _refuse("logo.png", "The PNG image is incomplete.")
    if pos != len(data):
        raise _refuse("logo.png", "The PNG image has data after its end.")


def _check_svg(data: bytes) -> None:
    from lxml import etree

    if b"<!DOCTYPE" in data.upper() or b"<!ENTITY" in data.upper():
        raise _refuse("logo.svg.dtd", "An SVG logo may not declare a DTD or entities.")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        raise _refuse("logo.svg", "The file is not a well-formed SVG image.") from None
    if root.tag != f"{{{_SVG_NS}}}svg":
        raise _refuse("logo.svg", "The file is not an SVG image (its root must be <svg>).")
    for el in root.iter():
        if not isinstance(el.tag, str):
            if isinstance(el, etree._ProcessingInstruction):
                raise _refuse("logo.svg.active", "An SVG logo may not carry processing instructions.")
            continue
        local = etree.QName(el).localname
        if local in _FORBIDDEN_ELEMENTS:
            raise _refuse("logo.svg.active", f"An SVG logo may not contain <{local}>: only drawing.")
        for attr, value in el.attrib.items():
            name = etree.QName(attr).localname
            if name.lower().startswith("on"):
                raise _refuse("logo.svg.active", f"An SVG logo may not have event handlers ({name}).")
            if attr in _LINK_ATTRIBUTES and not value.startswith("#"):
                raise _refuse("logo.svg.external", "An SVG logo may not refer to other files or addresses.")
            if "url(" in value and not re.fullmatch(r"[^()]*url\(\s*#[\w.-]+\s*\)[^()]*", value):
                raise _refuse("logo.svg.external", "An SVG logo may not refer to other files or addresses.")
        if local == "style" and el.text and ("@import" in el.text or re.search(r"url\(\s*[^#\s]", el.text)):
            raise _refuse("logo.svg.external", "An SVG logo may not refer to other files or addresses.")


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """Relative luminance of #RRGGBB (WCAG 2.x)."""
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _linear(r) + 0.7152 * _linear(g) + 0.0722 * _linear(b)


def contrast(a: str, b: str) -> float:
    """The WCAG contrast ratio of two colours, 1 (same) to 21 (black on white)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def check_accent(colour: str) -> str:
    """The colour in lower case (#rrggbb) when it is one and reads well with white text."""
    if not isinstance(colour, str) or not _COLOUR.fullmatch(colour):
        raise _refuse("accent.format", "Give the accent colour as #RRGGBB, for example #0b5394.",
                      "accent_color")
    ratio = contrast(colour, "#ffffff")
    if ratio < MIN_CONTRAST:
        raise _refuse("accent.contrast", f"The accent colour has a contrast of {ratio:.1f}:1 with white "
                      f"text; it needs at least {MIN_CONTRAST}:1 to be readable. Choose a darker colour.",
                      "accent_color")
    return colour.lower()

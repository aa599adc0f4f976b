"""Logo files for tests: real PNGs written byte by byte (signature, chunks with their CRCs), and
SVGs."""

from __future__ import annotations

import struct
import zlib


def _chunk(name: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + name + body + struct.pack(">I", zlib.crc32(name + body))


def png(width: int = 4, height: int = 2, rgb: tuple[int, int, int] = (11, 83, 148),
        padding: int = 0) -> bytes:
    """A truecolour PNG of one colour; `padding` adds a text chunk to reach a size."""
    row = b"\x00" + bytes(rgb) * width
    data = zlib.compress(row * height)
    extra = _chunk(b"tEXt", b"Comment\x00" + b"x" * padding) if padding else b""
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + extra + _chunk(b"IDAT", data) + _chunk(b"IEND", b""))


SVG = (b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40" width="120" height="40">'
       b'<defs><linearGradient id="g"><stop offset="0" stop-color="#0b5394"/></linearGradient></defs>'
       b'<rect width="120" height="40" fill="url(#g)"/>'
       b'<text x="8" y="26" font-size="18" fill="#ffffff">Seeland</text></svg>')

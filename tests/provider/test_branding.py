"""The logo and accent-colour rules alone (provider/domain/branding.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provider.domain import branding
from provider.domain.errors import RuleViolation
from tests.provider.branding_files import SVG, png

colours = st.integers(0, 0xFFFFFF).map(lambda n: f"#{n:06x}")


def _rule(call: Callable[[], object]) -> str:
    with pytest.raises(RuleViolation) as caught:
        call()
    return caught.value.errors[0].rule


def test_a_whole_png_and_a_plain_svg_pass() -> None:
    assert branding.check_logo(png(), "image/png").media_type == "image/png"
    assert branding.check_logo(SVG, "image/svg+xml; charset=utf-8").media_type == "image/svg+xml"


@pytest.mark.parametrize(("data", "media_type", "rule"), [
    (png(), "image/jpeg", "logo.type"),
    (b"GIF89a....", "image/png", "logo.png"),
    (png()[:-6], "image/png", "logo.png"),  # cut off
    (png()[:30] + b"\xff" + png()[31:], "image/png", "logo.png"),  # a damaged byte: CRC wrong
    (png() + b"trailing", "image/png", "logo.png"),
    (png(width=5000), "image/png", "logo.png.size"),
    (png(padding=500 * 1024), "image/png", "logo.size"),
    (b"", "image/png", "logo.empty"),
    (b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>", "image/svg+xml",
     "logo.svg.active"),
    (b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>", "image/svg+xml", "logo.svg.active"),
    (b"<svg xmlns='http://www.w3.org/2000/svg' xmlns:x='http://www.w3.org/1999/xlink'>"
     b"<image x:href='https://tracker.example/p.png'/></svg>", "image/svg+xml", "logo.svg.external"),
    (b"<svg xmlns='http://www.w3.org/2000/svg'><rect style='fill:url(https://x.example/a)'/></svg>",
     "image/svg+xml", "logo.svg.external"),
    (b"<!DOCTYPE svg [<!ENTITY x SYSTEM 'file:///etc/passwd'>]><svg xmlns='http://www.w3.org/2000/svg'>"
     b"&x;</svg>", "image/svg+xml", "logo.svg.dtd"),
    (b"<svg><rect/></svg>", "image/svg+xml", "logo.svg"),  # no SVG namespace
    (b"<svg xmlns='http://www.w3.org/2000/svg'>", "image/svg+xml", "logo.svg"),
])
def test_logos_refused_by_rule(data: bytes, media_type: str, rule: str) -> None:
    assert _rule(lambda: branding.check_logo(data, media_type)) == rule


def test_contrast_of_known_pairs() -> None:
    assert branding.contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert branding.contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert branding.check_accent("#0B5394") == "#0b5394"
    assert _rule(lambda: branding.check_accent("#ffcc00")) == "accent.contrast"
    assert _rule(lambda: branding.check_accent("#777777")) == "accent.contrast"  # 4.48: just short
    for bad in ("0b5394", "#0b539", "#0b53944", "blue", "#gggggg"):
        assert _rule(lambda bad=bad: branding.check_accent(bad)) == "accent.format"


@given(colours, colours)
def test_contrast_is_symmetric_and_bounded(a: str, b: str) -> None:
    ratio = branding.contrast(a, b)
    assert ratio == pytest.approx(branding.contrast(b, a))
    assert 1.0 <= ratio <= 21.0 + 1e-9


@given(colours)
def test_accepted_accents_read_with_white(colour: str) -> None:
    try:
        assert branding.contrast(branding.check_accent(colour), "#ffffff") >= branding.MIN_CONTRAST
    except RuleViolation as exc:
        assert branding.contrast(colour, "#ffffff") < branding.MIN_CONTRAST
        assert exc.errors[0].field == "accent_color"

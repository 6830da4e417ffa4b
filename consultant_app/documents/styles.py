"""Fonts, page geometry, colours and paragraph styles shared by every printed document."""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from consultant_app.paths import FONTS_DIR

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 30 * mm
MARGIN_BOTTOM = 20 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

GREY = colors.Color(0.35, 0.35, 0.35)
RULE = colors.Color(0.7, 0.7, 0.7)
SHADE = colors.Color(0.93, 0.94, 0.96)

# --------------------------------------------------------------------------- fonts

_fonts_lock = threading.Lock()
_fonts_registered = False


def register_fonts() -> None:
    """Register the DejaVu Sans family with reportlab (once per process)."""
    global _fonts_registered
    if _fonts_registered:
        return
    with _fonts_lock:
        if _fonts_registered:
            return
        folder = FONTS_DIR
        for name in (FONT, FONT_BOLD, FONT_ITALIC, FONT_BOLD_ITALIC):
            pdfmetrics.registerFont(TTFont(name, str(folder / f"{name}.ttf")))
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
        )
        _fonts_registered = True


def _new_lock() -> None:
    """A forked helper process starts with a free lock, whatever its parent was doing."""
    global _fonts_lock
    _fonts_lock = threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_new_lock)


# --------------------------------------------------------------------------- styles


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    note: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_label: ParagraphStyle
    bullet: ParagraphStyle


@lru_cache(maxsize=1)
def styles() -> Styles:
    """The paragraph styles of all documents (fonts registered on first use)."""
    register_fonts()
    body = ParagraphStyle(
        "body", fontName=FONT, fontSize=9.5, leading=13, spaceAfter=4, splitLongWords=1
    )
    cell = ParagraphStyle("cell", body, fontSize=9, leading=11.5, spaceAfter=0)
    return Styles(
        body=body,
        small=ParagraphStyle("small", body, fontSize=8, leading=10, textColor=GREY),
        title=ParagraphStyle(
            "title", body, fontName=FONT_BOLD, fontSize=16, leading=20, spaceAfter=4
        ),
        subtitle=ParagraphStyle("subtitle", body, fontSize=10, leading=13, textColor=GREY),
        heading=ParagraphStyle(
            "heading",
            body,
            fontName=FONT_BOLD,
            fontSize=11,
            leading=14,
            spaceBefore=9,
            spaceAfter=4,
        ),
        subheading=ParagraphStyle(
            "subheading",
            body,
            fontName=FONT_BOLD,
            spaceBefore=4,
            spaceAfter=2,
        ),
        note=ParagraphStyle("note", body, fontName=FONT_ITALIC, textColor=GREY),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", cell, fontName=FONT_BOLD),
        cell_label=ParagraphStyle("cell_label", cell, textColor=GREY),
        bullet=ParagraphStyle(
            "bullet", body, leftIndent=14, bulletIndent=2, bulletFontName=FONT, spaceAfter=2
        ),
    )


__all__ = [
    "CONTENT_WIDTH",
    "FONT",
    "FONT_BOLD",
    "FONT_BOLD_ITALIC",
    "FONT_ITALIC",
    "GREY",
    "MARGIN_BOTTOM",
    "MARGIN_TOP",
    "MARGIN_X",
    "PAGE_HEIGHT",
    "PAGE_WIDTH",
    "RULE",
    "SHADE",
    "Styles",
    "register_fonts",
    "styles",
]

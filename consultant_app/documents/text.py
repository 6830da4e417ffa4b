"""User text in print: cleaning, escaping, fitting in a width, dates and numbers.

Any user text goes through :func:`escape` (or :func:`para`) and prints literally: no
Paragraph markup can be injected.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from xml.sax.saxutils import escape as _xml_escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph

from consultant_app.domain.text import BIDI_CONTROLS, ZERO_WIDTH

#: Printed for a value still to be filled in by hand.
BLANK = "…" * 20
SHORT_BLANK = "…" * 12

#: Control characters, and what forms now refuse (direction overrides, zero-width
#: characters) but data stored before may still hold: never printed.
_CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff" + "".join(sorted(BIDI_CONTROLS | ZERO_WIDTH)) + "]"
)


def clean(text: object) -> str:
    """*text* as a string without control, direction-override or zero-width characters;
    line ends become ``\\n``."""
    value = "" if text is None else str(text)
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    value = value.replace("\u2029", "\n").replace("\t", " ")
    return _CONTROL.sub("", value)


def escape(text: object) -> str:
    """Paragraph markup that prints *text* literally; its newlines become line breaks."""
    return _xml_escape(clean(text)).replace("\n", "<br/>")


def para(text: object, style: ParagraphStyle) -> Paragraph:
    """A paragraph printing the user text *text* literally."""
    return Paragraph(escape(text), style)


def fit(text: str, font: str, size: float, width: float) -> str:
    """*text* in one line, cut with an ellipsis so that it fits in *width*."""
    text = " ".join(clean(text).split())
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)  # the longest prefix that fits with the ellipsis
    while low < high:
        middle = (low + high + 1) // 2
        if pdfmetrics.stringWidth(text[:middle] + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


def format_date(day: date | None) -> str:
    """``dd/mm/yyyy``; an empty string for ``None``."""
    if day is None:
        return ""
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


_SEPARATORS = {"nl": (",", "."), "fr": (",", "\u00a0"), "en": (".", ",")}


def format_number(
    value: float | Decimal, language: str, decimals: int = 1, trim: bool = False
) -> str:
    """*value* rounded half up to *decimals*, with the decimal and thousands marks of *language*.

    With *trim*, trailing zero decimals are dropped (``37.5`` → ``37,5``, ``38.0`` → ``38``).
    """
    point, group = _SEPARATORS.get(language, _SEPARATORS["en"])
    quantum = Decimal(1).scaleb(-decimals)
    number = Decimal(str(value)).quantize(quantum, rounding=ROUND_HALF_UP)
    sign = "-" if number < 0 else ""
    whole, _, fraction = f"{abs(number):f}".partition(".")
    if trim:
        fraction = fraction.rstrip("0")
    grouped = f"{int(whole):,}".replace(",", group)
    return sign + grouped + (point + fraction if fraction else "")


__all__ = [
    "BLANK",
    "SHORT_BLANK",
    "clean",
    "escape",
    "fit",
    "format_date",
    "format_number",
    "para",
]

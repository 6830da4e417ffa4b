"""How a typed date is read: day first, the Belgian way, or ISO.

Every date field of the interface reads what the user typed with
:func:`read_typed_date`: ``6/9/2026``, ``06-09-2026``, ``6.9.26``, ``6 9 2026``
and ``2026-09-06`` are all the 6th of September 2026. A year of two digits is
of this century up to 69 and of the last one from 70 (``6.9.98`` is 1998).
"""

from __future__ import annotations

import re
from datetime import date

from consultant_app.domain.errors import InvalidValue

_ISO = re.compile(r"(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})")
_DAY_FIRST = re.compile(r"(\d{1,2})\s*[-/. ]\s*(\d{1,2})\s*[-/. ]\s*(\d{4}|\d{2})")
#: Two-digit years up to this one are of the 2000s, later ones of the 1900s.
LAST_YEAR_OF_THIS_CENTURY = 69


def full_year(year: int, digits: int) -> int:
    """The year of a typed year of *digits* digits (two digits: 26 is 2026, 98 is 1998)."""
    if digits != 2:
        return year
    return 2000 + year if year <= LAST_YEAR_OF_THIS_CENTURY else 1900 + year


def read_typed_date(text: str) -> date | None:
    """The date *text* names (day, month, year or ISO); None for empty text.

    Raises :class:`InvalidValue` (``date.syntax``) for text that is not a date
    of the calendar.
    """
    text = text.strip()
    if not text:
        return None
    iso = _ISO.fullmatch(text)
    day_first = _DAY_FIRST.fullmatch(text)
    if iso:
        year, month, day = (int(part) for part in iso.groups())
    elif day_first:
        day, month = int(day_first.group(1)), int(day_first.group(2))
        year = full_year(int(day_first.group(3)), len(day_first.group(3)))
    else:
        raise InvalidValue(
            f"{text!r} is not a date; write it day, month, year (6/9/2026) or 2026-09-06.",
            "date.syntax",
            {"value": text},
        )
    try:
        return date(year, month, day)
    except ValueError:
        raise InvalidValue(
            f"{text!r} is not a date of the calendar.", "date.syntax", {"value": text}
        ) from None

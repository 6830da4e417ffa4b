"""Belgian identifiers: national register numbers and enterprise numbers.

The parsers accept the usual spellings (dots, dashes, spaces, a ``BE`` prefix),
return the bare digits to store, and raise :class:`InvalidIdentifier` (an
:class:`~consultant_app.domain.errors.InvalidValue`, hence a :class:`ValueError`)
with an English sentence, a stable code and its parameters for anything else.
They never raise another exception for any string.
The ``display_`` functions show a stored number for reading, and show it as
stored when it is not valid.

Codes: ``niss.empty``, ``niss.syntax``, ``niss.length``, ``niss.checksum``;
``enterprise.empty``, ``enterprise.syntax``, ``enterprise.length``,
``enterprise.first_digit``, ``enterprise.checksum``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from consultant_app.domain.errors import InvalidValue

NISS_LENGTH = 11
ENTERPRISE_NUMBER_LENGTH = 10

_DIGITS = frozenset("0123456789")
_SEPARATORS = frozenset(".-/")
_MODULUS = 97
#: Prefix digit of the check computation for people born in 2000 or later.
_Y2K_PREFIX = 2_000_000_000
_MAX_SERIAL = 997
#: Bis numbers add 20 (gender unknown) or 40 (gender known) to the birth month.
_BIS_MONTH_OFFSETS = (40, 20)
_SHOWN_CHARS = 30


#: Field names in error codes.
NISS_FIELD = "niss"
ENTERPRISE_NUMBER_FIELD = "enterprise"


class InvalidIdentifier(InvalidValue):
    """An identifier that cannot be accepted; the message says why."""


def _shown(text: str) -> str:
    """*text* quoted for an error message, shortened when long."""
    if len(text) > _SHOWN_CHARS:
        text = text[:_SHOWN_CHARS] + "…"
    return repr(text)


def _strip_separators(text: object, what: str, field: str) -> str:
    """The characters of *text* without spaces, dots, dashes and slashes."""
    if not isinstance(text, str):
        kind = type(text).__name__
        raise InvalidIdentifier(
            f"A {what} must be given as text; got {kind}.", f"{field}.syntax", {"type": kind}
        )
    kept = "".join(c for c in text if not (c.isspace() or c in _SEPARATORS))
    if not kept:
        raise InvalidIdentifier(f"The {what} is empty.", f"{field}.empty")
    return kept


def _require_digits(kept: str, original: str, what: str, field: str) -> None:
    if not all(c in _DIGITS for c in kept):
        raise InvalidIdentifier(
            f"A {what} may contain only digits, spaces, dots and dashes; got {_shown(original)}.",
            f"{field}.syntax",
            {"text": _shown(original)},
        )


def _check(base: int) -> int:
    return _MODULUS - base % _MODULUS


# --- National register number (NISS / rijksregisternummer) ------------------


def _niss_digits(text: str) -> tuple[str, bool]:
    """The 11 digits of a valid number and whether it uses the 2000+ check rule."""
    what = "national register number"
    kept = _strip_separators(text, what, NISS_FIELD)
    _require_digits(kept, text, what, NISS_FIELD)
    if len(kept) != NISS_LENGTH:
        raise InvalidIdentifier(
            f"A {what} has {NISS_LENGTH} digits; got {len(kept)}.",
            f"{NISS_FIELD}.length",
            {"expected": NISS_LENGTH, "got": len(kept)},
        )
    base = int(kept[:9])
    check = int(kept[9:])
    before_2000 = _check(base)
    from_2000 = _check(_Y2K_PREFIX + base)
    if check == before_2000:
        return kept, False
    if check == from_2000:
        return kept, True
    raise InvalidIdentifier(
        f"The check digits of {what} {kept} do not match (expected {before_2000:02d}, "
        f"or {from_2000:02d} for someone born in 2000 or later).",
        f"{NISS_FIELD}.checksum",
        {
            "number": kept,
            "got": f"{check:02d}",
            "expected": f"{before_2000:02d}",
            "expected_from_2000": f"{from_2000:02d}",
        },
    )


def parse_niss(text: str) -> str:
    """The 11 digits of a national register number, e.g. from ``"93.05.18-223.61"``."""
    return _niss_digits(text)[0]


def format_niss(text: str) -> str:
    """The usual spelling of a national register number: ``93.05.18-223.61``."""
    d = parse_niss(text)
    return f"{d[:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:]}"


def niss_birth_date(text: str) -> date | None:
    """The birth date a national register number encodes, if it encodes one.

    The century follows from the check rule that matches. Bis numbers (birth
    month plus 20 or 40) are decoded. Returns ``None`` when the month or day is
    00 (unknown) or the date does not exist.
    """
    digits, from_2000 = _niss_digits(text)
    year = (2000 if from_2000 else 1900) + int(digits[:2])
    month = int(digits[2:4])
    day = int(digits[4:6])
    for offset in _BIS_MONTH_OFFSETS:
        if month >= offset:
            month -= offset
            break
    if month == 0 or day == 0:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def niss_is_male(text: str) -> bool:
    """Whether the serial number (digits 7 to 9) is odd, which the register gives to men."""
    return int(parse_niss(text)[6:9]) % 2 == 1


def niss_encodes_gender(text: str) -> bool:
    """Whether the parity of the serial tells the gender.

    It does for register numbers and for bis numbers with month + 40; it does
    not for bis numbers with month + 20, given while the gender was unknown.
    """
    month = int(parse_niss(text)[2:4])
    return not _BIS_MONTH_OFFSETS[1] <= month < _BIS_MONTH_OFFSETS[0]


def make_niss(birth: date, serial: int) -> str:
    """A valid national register number for *birth* and *serial* (1 to 997).

    Odd serials are men's numbers, even ones women's. For demo data and tests.
    """
    if not 1 <= serial <= _MAX_SERIAL:
        raise ValueError(f"The serial of a national register number is 1 to 997; got {serial}.")
    if not 1900 <= birth.year <= 2099:
        raise ValueError(f"A national register number cannot encode the year {birth.year}.")
    base_text = f"{birth.year % 100:02d}{birth.month:02d}{birth.day:02d}{serial:03d}"
    base = int(base_text)
    if birth.year >= 2000:
        base += _Y2K_PREFIX
    return f"{base_text}{_check(base):02d}"


# --- Enterprise number (KBO / BCE) -------------------------------------------


def parse_enterprise_number(text: str) -> str:
    """The 10 digits of an enterprise number.

    Accepts ``0123.456.749``, ``0123456749``, ``BE0123456749``, ``BE 0123.456.749``
    and the old 9-digit form ``123456749`` (a leading 0 is added).
    """
    what = "enterprise number"
    field = ENTERPRISE_NUMBER_FIELD
    kept = _strip_separators(text, what, field)
    if kept[:2].upper() == "BE":
        kept = kept[2:]
        if not kept:
            raise InvalidIdentifier(f"The {what} has no digits after 'BE'.", f"{field}.empty")
    _require_digits(kept, text, what, field)
    if len(kept) == ENTERPRISE_NUMBER_LENGTH - 1:
        kept = "0" + kept
    if len(kept) != ENTERPRISE_NUMBER_LENGTH:
        raise InvalidIdentifier(
            f"An {what} has {ENTERPRISE_NUMBER_LENGTH} digits; got {len(kept)}.",
            f"{field}.length",
            {"expected": ENTERPRISE_NUMBER_LENGTH, "got": len(kept)},
        )
    if kept[0] not in "01":
        raise InvalidIdentifier(
            f"An {what} starts with 0 or 1; got {kept[0]}.",
            f"{field}.first_digit",
            {"got": kept[0]},
        )
    expected = _check(int(kept[:8]))
    if int(kept[8:]) != expected:
        raise InvalidIdentifier(
            f"The check digits of {what} {kept} do not match (expected {expected:02d}).",
            f"{field}.checksum",
            {"number": kept, "got": kept[8:], "expected": f"{expected:02d}"},
        )
    return kept


def format_enterprise_number(text: str) -> str:
    """The usual spelling of an enterprise number: ``0123.456.749``."""
    d = parse_enterprise_number(text)
    return f"{d[:4]}.{d[4:7]}.{d[7:]}"


# --- showing stored numbers ---------------------------------------------------


def display_niss(stored: object) -> str:
    """A stored national register number for reading: ``93.05.18-223.61``.

    A number that is not valid is shown as stored, so that old or imported
    data can still be read; nothing stored gives ``""``.
    """
    return _as_stored_if_invalid(format_niss, stored)


def display_enterprise_number(stored: object) -> str:
    """A stored enterprise number for reading: ``0123.456.749``; as stored when not valid."""
    return _as_stored_if_invalid(format_enterprise_number, stored)


def _as_stored_if_invalid(spell: Callable[[str], str], stored: object) -> str:
    if not stored:
        return ""
    text = str(stored)
    try:
        return spell(text)
    except InvalidValue:
        return text


def make_enterprise_number(base: int) -> str:
    """A valid enterprise number whose first 8 digits are *base* (0 to 19,999,999).

    For demo data and tests.
    """
    if not 0 <= base <= 19_999_999:
        raise ValueError(
            f"The first 8 digits of an enterprise number must start with 0 or 1; got {base}."
        )
    return f"{base:08d}{_check(base):02d}"

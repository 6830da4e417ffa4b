"""Contact data: email addresses, phone numbers and Belgian postcodes.

The parsers return the value to store and raise
:class:`~consultant_app.domain.errors.InvalidValue` with a stable code for
anything else; they never raise another exception for any string.

Codes: ``email.empty``, ``email.syntax``; ``phone.empty``,
``phone.syntax``, ``phone.length``; ``postcode.empty``, ``postcode.syntax``,
``postcode.range``.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from consultant_app.domain.errors import InvalidValue

_DIGITS = frozenset("0123456789")
_SHOWN_CHARS = 30


def _shown(text: str) -> str:
    """*text* quoted for an error message, shortened when long."""
    if len(text) > _SHOWN_CHARS:
        text = text[:_SHOWN_CHARS] + "…"
    return repr(text)


def _require_text(text: object, field: str, what: str) -> str:
    """*text* without surrounding white space; raises when it is not text or empty."""
    if not isinstance(text, str):
        kind = type(text).__name__
        raise InvalidValue(
            f"{what} must be given as text; got {kind}.", f"{field}.syntax", {"type": kind}
        )
    stripped = text.strip()
    if not stripped:
        raise InvalidValue(f"{what} is empty.", f"{field}.empty")
    return stripped


# --- Email ---------------------------------------------------------------------

#: Longest address that fits in an SMTP path (RFC 5321).
EMAIL_MAX_LENGTH = 254
_EMAIL_LOCAL_MAX_LENGTH = 64
_DOMAIN_LABEL_MAX_LENGTH = 63
#: Characters allowed in a local part only inside quotes, which we do not accept.
_EMAIL_LOCAL_FORBIDDEN = frozenset('"(),:;<>@[\\]')


#: ``params["reason"]`` of ``email.syntax`` errors (a stable key) and its English wording.
EMAIL_REASONS: dict[str, str] = {
    "at_sign": "it needs exactly one @",
    "local_empty": "nothing before the @",
    "local_length": f"more than {_EMAIL_LOCAL_MAX_LENGTH} characters before the @",
    "space": "it contains a space",
    "invisible": "it contains an invisible character",
    "local_character": "a character that is not allowed before the @",
    "local_dot": "a misplaced dot before the @",
    "domain_empty": "nothing after the @",
    "domain_dot": "the domain after the @ needs a dot",
    "domain_invalid": "the domain after the @ is not valid",
    "too_long": f"more than {EMAIL_MAX_LENGTH} characters",
}


def _email_error(text: str, reason: str) -> InvalidValue:
    return InvalidValue(
        f"{_shown(text)} is not an email address: {EMAIL_REASONS[reason]}.",
        "email.syntax",
        {"text": text, "reason": reason},
    )


def _is_control(char: str) -> bool:
    return unicodedata.category(char).startswith("C")


def _check_domain_label(label: str) -> bool:
    return (
        0 < len(label) <= _DOMAIN_LABEL_MAX_LENGTH
        and not label.startswith("-")
        and not label.endswith("-")
        and all(c == "-" or c.isalnum() for c in label)
    )


def parse_email(text: str) -> str:
    """The address to store: trimmed, with its domain in lower case.

    A practical check, not RFC 5322: exactly one ``@``; a local part without
    white space, quotes or brackets, not starting or ending with a dot and
    without two dots in a row; a domain of at least two dot-separated labels
    of letters, digits and inner hyphens, not ending in digits only; at most
    254 characters in all.
    """
    address = _require_text(text, "email", "An email address")
    if len(address) > EMAIL_MAX_LENGTH:
        raise InvalidValue(
            f"An email address has at most {EMAIL_MAX_LENGTH} characters; got {len(address)}.",
            "email.syntax",
            {"reason": "too_long", "max": EMAIL_MAX_LENGTH, "got": len(address)},
        )
    if address.count("@") != 1:
        raise _email_error(address, "at_sign")
    local, domain = address.split("@")
    if not local:
        raise _email_error(address, "local_empty")
    if len(local) > _EMAIL_LOCAL_MAX_LENGTH:
        raise _email_error(address, "local_length")
    if any(c.isspace() for c in address):
        raise _email_error(address, "space")
    if any(_is_control(c) for c in address):
        raise _email_error(address, "invisible")
    if any(c in _EMAIL_LOCAL_FORBIDDEN for c in local):
        raise _email_error(address, "local_character")
    if local.startswith(".") or local.endswith(".") or ".." in local:
        raise _email_error(address, "local_dot")
    if not domain:
        raise _email_error(address, "domain_empty")
    domain = domain.lower()
    labels = domain.split(".")
    if len(labels) < 2:
        raise _email_error(address, "domain_dot")
    if not all(_check_domain_label(label) for label in labels):
        raise _email_error(address, "domain_invalid")
    if labels[-1].isdigit():
        raise _email_error(address, "domain_invalid")
    result = f"{local}@{domain}"
    if len(result) > EMAIL_MAX_LENGTH:  # lower case can be longer in rare scripts
        raise InvalidValue(
            f"An email address has at most {EMAIL_MAX_LENGTH} characters; got {len(result)}.",
            "email.syntax",
            {"reason": "too_long", "max": EMAIL_MAX_LENGTH, "got": len(result)},
        )
    return result


# --- Phone numbers ------------------------------------------------------------

#: E.164: at most 15 digits, country code included.
PHONE_MAX_DIGITS = 15
#: Fewest digits of a dialable international number (country code included).
PHONE_MIN_DIGITS = 7
_PHONE_SEPARATORS = frozenset(" .-/()")
#: Country calling codes of one and two digits; all others have three (ITU-T E.164).
_ONE_DIGIT_CODES = frozenset({"1", "7"})
# fmt: off
_TWO_DIGIT_CODES = frozenset(str(code) for code in (
    20, 27, 30, 31, 32, 33, 34, 36, 39, 40, 41, 43, 44, 45, 46, 47, 48, 49,
    51, 52, 53, 54, 55, 56, 57, 58, 60, 61, 62, 63, 64, 65, 66,
    81, 82, 84, 86, 90, 91, 92, 93, 94, 95, 98,
))
# fmt: on
BELGIUM_CODE = "32"
FRANCE_CODE = "33"
NETHERLANDS_CODE = "31"
GERMANY_CODE = "49"
UK_CODE = "44"
LUXEMBOURG_CODE = "352"


@dataclass(frozen=True, slots=True)
class _Country:
    calling_code: str
    #: Prefix of national numbers dialled within the country ("" when none).
    trunk_prefix: str


#: Countries whose national spelling ``normalise_phone`` understands.
_COUNTRIES: dict[str, _Country] = {
    "BE": _Country(BELGIUM_CODE, "0"),
    "FR": _Country(FRANCE_CODE, "0"),
    "NL": _Country(NETHERLANDS_CODE, "0"),
    "DE": _Country(GERMANY_CODE, "0"),
    "GB": _Country(UK_CODE, "0"),
    "LU": _Country(LUXEMBOURG_CODE, ""),
}
#: Calling codes of countries where a national number never starts with 0, so that
#: ``+32 0470 ...`` (the trunk 0 kept by mistake) can be read as ``+32 470 ...``.
_TRUNK_ZERO_CODES = frozenset(c.calling_code for c in _COUNTRIES.values() if c.trunk_prefix)

_BE_LANDLINE_DIGITS = 8
_BE_MOBILE_DIGITS = 9
#: Belgian mobile numbers: 0455–0499 (04 followed by 5 to 9); 04 then 0–4 is Liège.
_BE_MOBILE_SECOND_DIGITS = frozenset("56789")
#: Belgian zones with a one-digit area code: Brussels, Antwerp, Liège, Ghent.
_BE_ONE_DIGIT_ZONES = frozenset("2349")
_FR_NATIONAL_DIGITS = 9


#: ``params["reason"]`` of ``phone.syntax`` errors (a stable key) and its English wording.
PHONE_REASONS: dict[str, str] = {
    "no_digits": "it has no digits",
    "characters": (
        "it may contain only digits, a leading +, spaces, dots, dashes, slashes and brackets"
    ),
    "national_prefix": "a national number starts with 0 and an international one with +",
    "country_code": "a country code never starts with 0",
    "double_zero": "a 0 is doubled after the country code",
}


def _phone_error(text: str, reason: str) -> InvalidValue:
    return InvalidValue(
        f"{_shown(text)} is not a phone number: {PHONE_REASONS[reason]}.",
        "phone.syntax",
        {"text": text, "reason": reason},
    )


def _length_error(message: str, expected: int | str, got: int) -> InvalidValue:
    return InvalidValue(message, "phone.length", {"expected": expected, "got": got})


def _split_calling_code(digits: str) -> tuple[str, str]:
    """(country code, national number) of the digits after ``+``."""
    for size, codes in ((1, _ONE_DIGIT_CODES), (2, _TWO_DIGIT_CODES)):
        if digits[:size] in codes:
            return digits[:size], digits[size:]
    return digits[:3], digits[3:]


def _is_be_mobile(national: str) -> bool:
    return national[:1] == "4" and national[1:2] in _BE_MOBILE_SECOND_DIGITS


def _check_national(code: str, national: str, original: str) -> None:
    """Length rules of the countries whose numbering plan is regular."""
    if code == BELGIUM_CODE:
        if national.startswith("0"):
            raise _phone_error(original, "double_zero")
        if _is_be_mobile(national):
            expected, kind = _BE_MOBILE_DIGITS, "mobile"
        else:
            expected, kind = _BE_LANDLINE_DIGITS, "landline"
        if len(national) != expected:
            raise _length_error(
                f"A Belgian {kind} number has {expected} digits after the 0; "
                f"got {len(national)} in {_shown(original)}.",
                expected,
                len(national),
            )
    elif code == FRANCE_CODE:
        if national.startswith("0"):
            raise _phone_error(original, "double_zero")
        if len(national) != _FR_NATIONAL_DIGITS:
            raise _length_error(
                f"A French number has {_FR_NATIONAL_DIGITS} digits after the 0; "
                f"got {len(national)} in {_shown(original)}.",
                _FR_NATIONAL_DIGITS,
                len(national),
            )
    elif code in _TRUNK_ZERO_CODES and national.startswith("0"):
        raise _phone_error(original, "double_zero")


def normalise_phone(text: str, default_country: str = "BE") -> str:
    """The number in E.164 form: ``+`` and at most 15 digits, e.g. ``+32470123456``.

    Accepts national spellings of *default_country* (``02 456 12 34``,
    ``0470/12.34.56``) and international ones (``+32 470 12 34 56``,
    ``0032 470 ...``, ``+33 6 12 34 56 78``, ``+32 (0)2 ...``), with spaces,
    dots, dashes, slashes and brackets. Belgian numbers have 8 digits after the
    trunk 0, or 9 for mobiles (0455–0499); French numbers 9.

    *default_country* is an ISO 3166 code among BE, FR, NL, DE, GB and LU;
    another raises :class:`ValueError` (a programming error, not bad input).
    """
    country = _COUNTRIES.get(default_country.upper())
    if country is None:
        raise ValueError(
            f"No national numbering known for {default_country!r}; "
            f"use one of {', '.join(_COUNTRIES)}."
        )
    number = _require_text(text, "phone", "A phone number")
    international = number.startswith("+")
    body = number[1:] if international else number
    if international and "(0)" in body:
        body = body.replace("(0)", "", 1)
    kept = "".join(c for c in body if c not in _PHONE_SEPARATORS)
    if not kept:
        raise _phone_error(number, "no_digits")
    if not all(c in _DIGITS for c in kept):
        raise _phone_error(number, "characters")
    if len(kept) > 2 * PHONE_MAX_DIGITS:  # keep messages short for absurd input
        raise _length_error(
            f"A phone number has at most {PHONE_MAX_DIGITS} digits; got {len(kept)}.",
            PHONE_MAX_DIGITS,
            len(kept),
        )
    if not international:
        if kept.startswith("00"):
            kept = kept[2:]
        elif country.trunk_prefix and kept.startswith(country.trunk_prefix):
            kept = country.calling_code + kept[len(country.trunk_prefix) :]
        elif country.trunk_prefix:
            raise _phone_error(number, "national_prefix")
        else:
            kept = country.calling_code + kept
    if not kept or kept[0] == "0":
        raise _phone_error(number, "country_code")
    code, national = _split_calling_code(kept)
    if code in _TRUNK_ZERO_CODES and national.startswith("0"):
        national = national[1:]  # ``+32 0470 ...``: the trunk 0 kept by mistake
    _check_national(code, national, number)
    total = len(code) + len(national)
    if total > PHONE_MAX_DIGITS:
        raise _length_error(
            f"A phone number has at most {PHONE_MAX_DIGITS} digits with its country code; "
            f"got {total} in {_shown(number)}.",
            PHONE_MAX_DIGITS,
            total,
        )
    if total < PHONE_MIN_DIGITS:
        raise _length_error(
            f"A phone number has at least {PHONE_MIN_DIGITS} digits with its country code; "
            f"got {total} in {_shown(number)}.",
            PHONE_MIN_DIGITS,
            total,
        )
    return f"+{code}{national}"


def _groups(digits: str, sizes: tuple[int, ...]) -> list[str]:
    parts = []
    start = 0
    for size in sizes:
        parts.append(digits[start : start + size])
        start += size
    if start < len(digits):
        parts.append(digits[start:])
    return [p for p in parts if p]


def _generic_groups(digits: str) -> list[str]:
    """Groups of three digits, the last one of two to four."""
    parts = [digits[i : i + 3] for i in range(0, len(digits), 3)]
    if len(parts) > 1 and len(parts[-1]) == 1:
        parts[-2:] = [parts[-2] + parts[-1]]
    return parts


def _national_groups(code: str, national: str) -> list[str]:
    if code == BELGIUM_CODE:
        if _is_be_mobile(national):
            return _groups(national, (3, 2, 2, 2))
        if national.startswith(("800", "90")):  # freephone and premium: 0800 12 345
            return _groups(national, (3, 2, 3))
        if national[:1] in _BE_ONE_DIGIT_ZONES:
            return _groups(national, (1, 3, 2, 2))
        return _groups(national, (2, 2, 2, 2))
    if code == FRANCE_CODE:
        return _groups(national, (1, 2, 2, 2, 2))
    if code == NETHERLANDS_CODE and national.startswith("6"):
        return _groups(national, (1, 4, 4))
    return _generic_groups(national)


def format_phone(e164: str) -> str:
    """A number for display: ``+32 470 12 34 56``, ``+32 2 456 12 34``, ``+33 6 12 34 56 78``.

    Accepts any spelling :func:`normalise_phone` accepts. Text that is not a
    valid number is returned as it is, so that old data can still be shown.
    """
    try:
        number = normalise_phone(e164)
    except InvalidValue:
        return e164
    code, national = _split_calling_code(number[1:])
    return " ".join([f"+{code}", *_national_groups(code, national)])


def display_phone(stored: object) -> str:
    """A stored phone number for reading (see :func:`format_phone`); ``""`` when none is stored."""
    return format_phone(str(stored)) if stored else ""


# --- Belgian postcodes --------------------------------------------------------

POSTCODE_MIN = 1000
POSTCODE_MAX = 9999
_POSTCODE_PREFIXES = ("BE-", "BE", "B-", "B")


def parse_postcode(text: str) -> str:
    """A Belgian postcode, 1000 to 9999; accepts a ``B-`` or ``BE-`` prefix."""
    code = _require_text(text, "postcode", "A postcode")
    upper = code.upper()
    for prefix in _POSTCODE_PREFIXES:
        if upper.startswith(prefix):
            code = code[len(prefix) :].strip()
            break
    if not code or not all(c in _DIGITS for c in code):
        raise InvalidValue(
            f"A Belgian postcode has four digits; got {_shown(text.strip())}.",
            "postcode.syntax",
            {"text": text.strip()},
        )
    if len(code) != len(str(POSTCODE_MAX)) or not POSTCODE_MIN <= int(code) <= POSTCODE_MAX:
        raise InvalidValue(
            f"A Belgian postcode is between {POSTCODE_MIN} and {POSTCODE_MAX}; got {_shown(code)}.",
            "postcode.range",
            {"min": POSTCODE_MIN, "max": POSTCODE_MAX, "got": code},
        )
    return code

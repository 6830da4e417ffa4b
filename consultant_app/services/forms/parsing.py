"""What the forms of the services share: field errors and parsers of raw form text.

A form hands the services the raw text of every field (``""`` when empty). The
services parse it with the helpers below, which return the typed value (``None``
for empty text) or raise :class:`~consultant_app.domain.errors.InvalidValue`
with a stable code. :class:`FormReader` runs them field by field and collects at
most one :class:`FieldError` per field, whose ``code`` and ``params`` let the
interface word the message in its own language; ``message`` is the English
sentence.

Codes of this module: ``required``, ``text.length``, ``date.syntax``,
``date.future``, ``number.syntax``, ``number.range``, ``boolean.syntax``,
``choice.unknown``. Every field's text first passes
:func:`~consultant_app.domain.text.clean_text` (line breaks kept): a control
character, a bidirectional override or a zero-width character is refused
(``text.control``, ``text.bidi``, ``text.zero_width``), a tab becomes a space.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, TypeVar

from consultant_app.domain.errors import InvalidValue
from consultant_app.domain.text import clean_text

T = TypeVar("T")
E = TypeVar("E", bound=StrEnum)

#: Characters of a value quoted in a message, before it is shortened.
_SHOWN_CHARS = 40
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DAY_FIRST_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_INTEGER = re.compile(r"[+-]?\d+")
_DECIMAL = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)")
_TRUE = frozenset({"1", "true", "yes"})
_FALSE = frozenset({"0", "false", "no"})
#: Digit group separators a user may type in a number: spaces (also non-breaking).
_NUMBER_SPACES = frozenset(" \u00a0\u202f'")


@dataclass(frozen=True)
class FieldError:
    """Why the value of one field cannot be accepted."""

    field: str
    code: str
    message: str
    params: dict[str, object] = dataclass_field(default_factory=dict)


class ValidationFailed(Exception):
    """Raised by a ``save_*`` service when some fields are not valid."""

    def __init__(self, errors: Iterable[FieldError]) -> None:
        self.errors: tuple[FieldError, ...] = tuple(errors)
        super().__init__("\n".join(error.message for error in self.errors))


class RecordNotFound(LookupError):
    """The record to load or update does not exist (or was deleted)."""

    def __init__(self, entity: str, record_id: uuid.UUID) -> None:
        super().__init__(f"There is no {entity} with id {record_id} (it may have been deleted).")
        self.entity = entity
        self.record_id = record_id


#: Reasons of a :class:`Duplicate`.
SAME_NATIONAL_NUMBER = "national_number"
SAME_NAME_BIRTH_DATE = "name_birth_date"
SAME_ENTERPRISE_NUMBER = "enterprise_number"


@dataclass(frozen=True)
class Duplicate:
    """An existing record that looks like the one being entered, and why."""

    id: uuid.UUID
    name: str
    birth_date: date | None
    reason: str


def shown(text: str) -> str:
    """*text* quoted for a message, shortened when long."""
    if len(text) > _SHOWN_CHARS:
        text = text[:_SHOWN_CHARS] + "…"
    return repr(text)


# --- parsers: text -> value (None when empty) --------------------------------------


def parse_date(text: str) -> date | None:
    """A date written ``YYYY-MM-DD`` or ``DD/MM/YYYY``; ``None`` for empty text."""
    text = text.strip()
    if not text:
        return None
    iso = _ISO_DATE.fullmatch(text)
    day_first = _DAY_FIRST_DATE.fullmatch(text)
    if iso:
        year, month, day = (int(part) for part in iso.groups())
    elif day_first:
        day, month, year = (int(part) for part in day_first.groups())
    else:
        raise InvalidValue(
            f"{shown(text)} is not a date; write it as YYYY-MM-DD or DD/MM/YYYY.",
            "date.syntax",
            {"value": text},
        )
    try:
        return date(year, month, day)
    except ValueError:
        raise InvalidValue(
            f"{shown(text)} is not a date of the calendar.", "date.syntax", {"value": text}
        ) from None


def date_not_after(today: date) -> Callable[[str], date | None]:
    """:func:`parse_date` that also refuses a date after *today* (code ``date.future``)."""

    def parse(text: str) -> date | None:
        day = parse_date(text)
        if day is not None and day > today:
            raise InvalidValue(
                f"{day.isoformat()} is in the future (today is {today.isoformat()}).",
                "date.future",
                {"value": text.strip(), "date": day, "today": today},
            )
        return day

    return parse


def _without_spaces(text: str) -> str:
    return "".join(c for c in text.strip() if c not in _NUMBER_SPACES)


def _check_range(
    value: int | Decimal, text: str, minimum: int | Decimal | None, maximum: int | Decimal | None
) -> None:
    if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
        if minimum is not None and maximum is not None:
            bounds = f"between {minimum} and {maximum}"
        elif minimum is not None:
            bounds = f"at least {minimum}"
        else:
            bounds = f"at most {maximum}"
        raise InvalidValue(
            f"{shown(text)} is out of range: the number must be {bounds}.",
            "number.range",
            {"value": text, "min": minimum, "max": maximum},
        )


def parse_int(text: str, *, minimum: int | None = None, maximum: int | None = None) -> int | None:
    """A whole number (spaces between digit groups allowed); ``None`` for empty text."""
    kept = _without_spaces(text)
    if not kept:
        return None
    if not _INTEGER.fullmatch(kept):
        raise InvalidValue(
            f"{shown(text.strip())} is not a whole number.",
            "number.syntax",
            {"value": text.strip()},
        )
    value = int(kept)
    _check_range(value, text.strip(), minimum, maximum)
    return value


def parse_decimal(
    text: str,
    *,
    minimum: Decimal | int | None = None,
    maximum: Decimal | int | None = None,
    places: int | None = None,
) -> Decimal | None:
    """A decimal number written with a comma or a dot; ``None`` for empty text.

    With *places*, more decimals than that are refused (not rounded away).
    """
    kept = _without_spaces(text)
    if not kept:
        return None
    if not _DECIMAL.fullmatch(kept):
        raise InvalidValue(
            f"{shown(text.strip())} is not a number.", "number.syntax", {"value": text.strip()}
        )
    try:
        value = Decimal(kept.replace(",", "."))
    except InvalidOperation:  # pragma: no cover - the pattern already excludes it
        raise InvalidValue(
            f"{shown(text.strip())} is not a number.", "number.syntax", {"value": text.strip()}
        ) from None
    exponent = value.as_tuple().exponent
    if places is not None and isinstance(exponent, int) and -exponent > places:
        raise InvalidValue(
            f"{shown(text.strip())} has more than {places} decimals.",
            "number.syntax",
            {"value": text.strip(), "places": places},
        )
    _check_range(value, text.strip(), minimum, maximum)
    return value


def parse_bool(text: str) -> bool | None:
    """``"1"``/``"true"``/``"yes"`` or ``"0"``/``"false"``/``"no"``; ``None`` for empty text."""
    kept = text.strip().lower()
    if not kept:
        return None
    if kept in _TRUE:
        return True
    if kept in _FALSE:
        return False
    raise InvalidValue(
        f"{shown(text.strip())} is not yes or no (1 or 0, true or false).",
        "boolean.syntax",
        {"value": text.strip()},
    )


def parse_enum(text: str, enum_cls: type[E]) -> E | None:
    """The member of *enum_cls* whose value is *text* (any case); ``None`` for empty text."""
    kept = text.strip()
    if not kept:
        return None
    for member in enum_cls:
        if member.value == kept:
            return member
    for member in enum_cls:
        if member.value.casefold() == kept.casefold():
            return member
    choices = [member.value for member in enum_cls]
    raise InvalidValue(
        f"{shown(kept)} is not one of {', '.join(choices)}.",
        "choice.unknown",
        {"value": kept, "choices": choices},
    )


def enum_parser(enum_cls: type[E]) -> Callable[[str], E | None]:
    """:func:`parse_enum` for *enum_cls*, as a one-argument parser."""
    return lambda text: parse_enum(text, enum_cls)


# --- formatters: value -> text for the form ----------------------------------------


def format_value(value: Any) -> str:
    """The text a form shows for a stored value (``""`` for ``None``).

    Dates are ISO, booleans ``"1"``/``"0"``, enums their value, decimals with a dot.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, StrEnum):
        return str(value.value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value == value.to_integral() else str(value)
    return str(value)


# --- collecting the errors of a whole form -----------------------------------------


class FormReader:
    """Parse the raw texts of one form field by field, keeping at most one error per field.

    *labels* names the fields in the English messages (``"Birth date"``);
    *max_lengths* caps free-text fields at their column length.
    """

    def __init__(
        self,
        values: Mapping[str, str | None],
        labels: Mapping[str, str],
        max_lengths: Mapping[str, int] | None = None,
    ) -> None:
        self.values = values
        self.labels = labels
        self.max_lengths = max_lengths or {}
        self.cleaned: dict[str, object] = {}
        self.errors: list[FieldError] = []
        self._failed: set[str] = set()

    def label(self, name: str) -> str:
        return self.labels.get(name, name.replace("_", " ").capitalize())

    def raw(self, name: str) -> str:
        """The text of field *name* without surrounding white space."""
        value = self.values.get(name)
        return "" if value is None else str(value).strip()

    def has_error(self, name: str) -> bool:
        return name in self._failed

    def error(
        self, name: str, code: str, message: str, params: Mapping[str, object] | None = None
    ) -> None:
        """Record an error on *name* unless the field already has one."""
        if name in self._failed:
            return
        self._failed.add(name)
        full = dict(params or {})
        full.setdefault("field", name)
        self.errors.append(FieldError(name, code, message, full))

    def invalid(self, name: str, problem: InvalidValue, text: str | None = None) -> None:
        """Record a domain error on *name*: its code and params, its sentence after the label."""
        params = dict(problem.params)
        params.setdefault("value", self.raw(name) if text is None else text)
        self.error(name, problem.code, f"{self.label(name)}: {problem.message}", params)

    def required(self, name: str) -> None:
        self.error(name, "required", f"{self.label(name)} is required.", {})

    def read(
        self, name: str, parser: Callable[[str], T | None], *, required: bool = False
    ) -> T | None:
        """Parse field *name* into ``cleaned`` (``None`` when empty or invalid) and return it."""
        self.cleaned[name] = None
        try:
            text = clean_text(self.raw(name), multiline=True)
        except InvalidValue as problem:
            self.invalid(name, problem)
            return None
        if not text:
            if required:
                self.required(name)
            return None
        try:
            value = parser(text)
        except InvalidValue as problem:
            self.invalid(name, problem)
            return None
        except ValueError as problem:
            self.error(
                name,
                "invalid",
                f"{self.label(name)}: {shown(text)} is not valid ({problem}).",
                {"value": text},
            )
            return None
        if value is None and required:
            self.required(name)
            return None
        limit = self.max_lengths.get(name)
        if isinstance(value, str) and limit is not None and len(value) > limit:
            self.error(
                name,
                "text.length",
                f"{self.label(name)}: {shown(value)} is too long: at most {limit} characters; "
                f"got {len(value)}.",
                {"value": value, "max": limit, "got": len(value)},
            )
            return None
        self.cleaned[name] = value
        return value

    def text(self, name: str, *, required: bool = False) -> str | None:
        """Free text of field *name*, ``None`` when empty; longer than its column is an error."""
        return self.read(name, _same_text, required=required)

    def failed(self) -> ValidationFailed:
        return ValidationFailed(self.errors)


def _same_text(text: str) -> str:
    return text


def column_lengths(model: Any, names: Iterable[str]) -> dict[str, int]:
    """The declared lengths of the string columns *names* of *model* (``Text`` has none)."""
    lengths: dict[str, int] = {}
    columns = model.__table__.c
    for name in names:
        if name in columns:
            length = getattr(columns[name].type, "length", None)
            if isinstance(length, int):
                lengths[name] = length
    return lengths

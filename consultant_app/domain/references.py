"""Internship references such as ``SM-2021-042``."""

from __future__ import annotations

import re

REFERENCE_PREFIX = "SM"
_SEQUENCE_MIN_DIGITS = 3
_PATTERN = re.compile(
    rf"{REFERENCE_PREFIX}-(?P<year>[0-9]{{4}})-(?P<seq>[0-9]{{{_SEQUENCE_MIN_DIGITS},}})",
    re.IGNORECASE,
)
_SHOWN_CHARS = 30


def format_reference(year: int, seq: int) -> str:
    """``SM-<year>-<seq>``, the sequence padded to three digits (more when above 999)."""
    if not 1 <= year <= 9999:
        raise ValueError(f"The year of an internship reference has four digits; got {year}.")
    if seq < 1:
        raise ValueError(f"The sequence number of an internship reference starts at 1; got {seq}.")
    return f"{REFERENCE_PREFIX}-{year:04d}-{seq:0{_SEQUENCE_MIN_DIGITS}d}"


def parse_reference(text: str) -> tuple[int, int]:
    """The ``(year, sequence)`` of a reference like ``SM-2021-042``.

    Letter case and surrounding spaces are ignored.
    """
    shown = text if len(text) <= _SHOWN_CHARS else text[:_SHOWN_CHARS] + "…"
    match = _PATTERN.fullmatch(text.strip())
    if match is None:
        raise ValueError(
            f"An internship reference looks like {format_reference(2021, 42)}; got {shown!r}."
        )
    year = int(match["year"])
    try:
        seq = int(match["seq"])
    except ValueError:  # more digits than Python converts
        raise ValueError(f"The sequence number of reference {shown!r} is too long.") from None
    if year < 1 or seq < 1:
        raise ValueError(f"The year and sequence of reference {shown!r} must not be zero.")
    return year, seq

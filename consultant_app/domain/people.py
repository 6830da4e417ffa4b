"""Facts about people that follow from their data."""

from __future__ import annotations

from datetime import date


def age_on(birth: date, day: date) -> int:
    """Completed years of age on *day*.

    Someone born on 29 February turns one year older on 1 March in non-leap years.
    """
    if day < birth:
        raise ValueError(
            f"Cannot compute an age on {day.isoformat()}, before the birth on {birth.isoformat()}."
        )
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))

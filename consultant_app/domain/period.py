"""A closed interval of calendar dates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Period:
    """The calendar days from ``start`` to ``end``, both included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(
                f"A period cannot end ({self.end.isoformat()}) "
                f"before it starts ({self.start.isoformat()})."
            )

    @classmethod
    def year(cls, year: int) -> Period:
        """The calendar year *year*, 1 January to 31 December."""
        return cls(date(year, 1, 1), date(year, 12, 31))

    def __contains__(self, day: object) -> bool:
        if not isinstance(day, date):
            return False
        return self.start <= day <= self.end

    def intersection(self, other: Period) -> Period | None:
        """The days both periods share, or ``None`` when they do not overlap."""
        start = max(self.start, other.start)
        end = min(self.end, other.end)
        if end < start:
            return None
        return Period(start, end)

    def overlaps(self, other: Period) -> bool:
        return self.start <= other.end and other.start <= self.end

    def days(self) -> int:
        """Calendar length in days (a one-day period has length 1)."""
        return (self.end - self.start).days + 1

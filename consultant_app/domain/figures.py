"""Reported figures: conventions, working days, weeks and full-time equivalents."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from consultant_app.domain.programme import DAYS_PER_WEEK, FTE_DAYS_PER_YEAR


def fte(days: int) -> Decimal:
    """Full-time equivalents for *days* working days, with one decimal (half rounded up).

    Computed in integers, so the rounding is exact: ``fte(1880) == Decimal("8.5")``.
    """
    tenths, remainder = divmod(abs(days) * 10, FTE_DAYS_PER_YEAR)
    if 2 * remainder >= FTE_DAYS_PER_YEAR:
        tenths += 1
    if days < 0:
        tenths = -tenths
    return Decimal(tenths).scaleb(-1)


@dataclass(frozen=True, slots=True)
class Figures:
    """Number of conventions and of working days, for one cell of a report."""

    conventions: int = 0
    days: int = 0

    @property
    def weeks(self) -> float:
        return self.days / DAYS_PER_WEEK

    @property
    def fte(self) -> Decimal:
        return fte(self.days)

    def __add__(self, other: object) -> Figures:
        if not isinstance(other, Figures):
            return NotImplemented
        return Figures(self.conventions + other.conventions, self.days + other.days)

    def __radd__(self, other: object) -> Figures:
        # Lets ``sum(figures)`` start from its default 0.
        if other == 0:
            return self
        return NotImplemented

    def as_dict(self) -> dict[str, int | float]:
        return {
            "conventions": self.conventions,
            "days": self.days,
            "weeks": self.weeks,
            "fte": float(self.fte),
        }

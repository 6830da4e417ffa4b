"""Internship weeks a host may take per year.

A host gets ``rules.quota_weeks_per_block`` weeks for every started block of
``rules.quota_block_fte`` employees (full-time equivalents). A host whose
headcount is unknown or zero still gets one block.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from consultant_app.domain.programme import ProgrammeRules

#: Decimals kept when comparing week counts.
_WEEK_DECIMALS = 6


def _as_decimal(value: Decimal | float | int, what: str) -> Decimal:
    try:
        number = value if isinstance(value, Decimal) else Decimal(str(value))
    except (InvalidOperation, ValueError) as error:
        raise ValueError(f"The {what} must be a number; got {value!r}.") from error
    if not number.is_finite():
        raise ValueError(f"The {what} must be a finite number; got {value!r}.")
    if number < 0:
        raise ValueError(f"The {what} cannot be negative; got {value}.")
    return number


def quota_blocks(employees_fte: Decimal | float | None, rules: ProgrammeRules) -> int:
    """Started blocks of ``rules.quota_block_fte`` employees; at least one."""
    if rules.quota_block_fte <= 0:
        raise ValueError(
            f"The quota block must hold at least one employee; got {rules.quota_block_fte}."
        )
    if employees_fte is None:
        return 1
    fte = _as_decimal(employees_fte, "number of employees")
    return max(1, math.ceil(fte / rules.quota_block_fte))


def weeks_available(employees_fte: Decimal | float | None, rules: ProgrammeRules) -> int:
    """Internship weeks a host may take in a year.

    With the default rules: 1 to 30 FTE (or unknown) -> 26 weeks; 30.5 -> 52.
    A negative or non-finite headcount raises :class:`ValueError`.
    """
    return rules.quota_weeks_per_block * quota_blocks(employees_fte, rules)


@dataclass(frozen=True)
class HostQuota:
    """A host's weeks in one year; ``left`` is negative when the quota is exceeded."""

    year: int
    available: int
    used: float
    left: float
    exceeded: bool


def host_quota(
    year: int,
    employees_fte: Decimal | float | None,
    weeks_used: float,
    rules: ProgrammeRules,
) -> HostQuota:
    """The quota of a host for *year*, given the weeks its internships of that year use."""
    used = float(_as_decimal(weeks_used, "number of weeks used"))
    used = round(used, _WEEK_DECIMALS)
    available = weeks_available(employees_fte, rules)
    left = round(available - used, _WEEK_DECIMALS)
    return HostQuota(year=year, available=available, used=used, left=left, exceeded=left < 0)

"""Programme rules: the single source of truth for the numbers the programme states.

The defaults live here; a database may override them in its ``setting`` table
(see :mod:`consultant_app.store.settings`). Nothing else in the code base
repeats these literals.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

#: Working days in one internship week (Monday to Friday).
DAYS_PER_WEEK = 5
#: Working days in one full-time equivalent year, as the fund reports it.
FTE_DAYS_PER_YEAR = 220


@dataclass(frozen=True, slots=True)
class ProgrammeRules:
    """Numbers of the programme that a consultant may change in Settings."""

    age_limit: int = 26
    min_weeks_per_internship: int = 4
    max_weeks_per_internship: int = 12
    max_total_weeks_per_intern: int = 12
    max_hours_per_week: int = 38
    #: Host quota: this many weeks per started block of ``quota_block_fte`` employees.
    quota_weeks_per_block: int = 26
    quota_block_fte: int = 30
    #: Years after the last internship ended before personal data is anonymised.
    retention_years: int = 5

    @classmethod
    def field_names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))

    def with_values(self, values: dict[str, Any]) -> ProgrammeRules:
        """Return a copy where known keys of *values* (coerced to int) replace defaults."""
        known = {k: int(v) for k, v in values.items() if k in self.field_names()}
        return replace(self, **known)


DEFAULT_RULES = ProgrammeRules()


def longest_span_days(rules: ProgrammeRules) -> int:
    """Calendar days (first and last day counted) an internship may span at the very most.

    The longest internship is ``max_weeks_per_internship`` weeks; interruptions and
    amendments may extend it, together by at most the intern's whole allowance
    (``max_total_weeks_per_intern``). An internship over the maximum but within this
    span is a rule to check (and possibly override); beyond it the dates are wrong.
    """
    return (rules.max_weeks_per_internship + rules.max_total_weeks_per_intern) * 7

"""The programme rules an import's rows fail, as warnings (the rows are imported all the same).

The training policy plan, the weekly hours and the no-replacement declaration
are not part of the file, so those rules are not checked.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from consultant_app.domain.enums import COUNTED_STATUSES, InternshipStatus, JointCommittee
from consultant_app.domain.period import Period
from consultant_app.domain.programme import ProgrammeRules
from consultant_app.domain.rules import (
    AGE,
    JOINT_COMMITTEE,
    MAX_WEEKS,
    MIN_WEEKS,
    OVERLAP,
    QUOTA,
    TOTAL_WEEKS,
    HostFacts,
    InternFacts,
    InternshipPlan,
    check_rules,
)
from consultant_app.domain.workdays import working_days
from consultant_app.services.exchange.parse import RowProblem
from consultant_app.services.exchange.planned import Planned, Resolution

#: Rules checked on imported rows, with the column their warning points at.
CHECKED_RULES: dict[str, str] = {
    AGE: "intern_birth_date",
    MIN_WEEKS: "end_date",
    MAX_WEEKS: "end_date",
    TOTAL_WEEKS: "start_date",
    OVERLAP: "start_date",
    QUOTA: "host_enterprise_number",
    JOINT_COMMITTEE: "host_joint_committee",
}

#: An internship's intern, host, start and end.
Span = tuple[uuid.UUID, uuid.UUID, date, date]


def rule_warnings(
    result: Resolution,
    stored: Iterable[Planned],
    breaks: Mapping[uuid.UUID, Sequence[tuple[date, date]]],
    host_fte: Mapping[uuid.UUID, float | None],
    rules: ProgrammeRules,
) -> list[RowProblem]:
    """The programme rules the resolved rows of *result* fail.

    The facts come from the *stored* internships (with their *breaks*) and the
    file's rows together, as they will be once the import is done.
    """
    spans = _spans(result, stored)
    by_intern: dict[uuid.UUID, list[tuple[uuid.UUID, date, date, float]]] = defaultdict(list)
    host_days: dict[uuid.UUID, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    own_days: dict[uuid.UUID, dict[int, int]] = {}
    for key, (intern_id, host_id, start, end) in spans.items():
        interruptions = breaks.get(key, ())
        weeks = working_days(start, end, interruptions) / 5
        by_intern[intern_id].append((key, start, end, weeks))
        per_year = _days_per_year(start, end, interruptions)
        own_days[key] = per_year
        for year, days in per_year.items():
            host_days[host_id][year] += days

    interns = {intern.id: intern for intern in result.used.get("intern", [])}
    hosts = {host.id: host for host in result.used.get("host", [])}
    warnings: list[RowProblem] = []
    for row, internship in zip(result.rows, result.internships, strict=True):
        values = internship.desired
        if values["status"] is InternshipStatus.CANCELLED:
            continue
        intern, host = interns[values["intern_id"]], hosts[values["host_id"]]
        own = own_days.get(internship.id, {})
        used = host_days.get(host.id, {})
        year = row.start_date.year
        plan = InternshipPlan(
            start=row.start_date,
            planned_end=row.end_date,
            interruptions=tuple(breaks.get(internship.id, ())),
            no_replacement_declared=True,
        )
        intern_facts = InternFacts(
            birth_date=intern.desired["birth_date"],
            other_internships=tuple(
                (start, end, weeks)
                for key, start, end, weeks in by_intern.get(intern.id, ())
                if key != internship.id
            ),
        )
        host_facts = HostFacts(
            joint_committee=_committee_text(
                host.desired["joint_committee"], host.desired["joint_committee_other"]
            ),
            employees_fte=host_fte.get(host.id),
            weeks_used_in_year=(used.get(year, 0) - own.get(year, 0)) / 5,
            training_plan_status="received",
            weeks_used_next_year=(used.get(year + 1, 0) - own.get(year + 1, 0)) / 5,
        )
        for verdict in check_rules(plan, intern_facts, host_facts, rules):
            column = CHECKED_RULES.get(verdict.rule)
            if not verdict.ok and column is not None:
                warnings.append(
                    RowProblem(row.line, column, f"rule.{verdict.rule}", verdict.message)
                )
    return warnings


def _spans(result: Resolution, stored: Iterable[Planned]) -> dict[uuid.UUID, Span]:
    """The counted internships as they will be: the stored ones the file leaves alone, then
    the file's."""
    spans: dict[uuid.UUID, Span] = {}
    in_file = {internship.id for internship in result.internships}
    for internship in stored:
        values = internship.current
        assert values is not None
        if internship.id not in in_file and values["status"] in COUNTED_STATUSES:
            spans[internship.id] = _span(values)
    for internship in result.internships:
        values = internship.desired
        if values["status"] in COUNTED_STATUSES:
            spans[internship.id] = _span(values)
    return spans


def _span(values: dict[str, Any]) -> Span:
    end = values["actual_end_date"] or values["planned_end_date"]
    return values["intern_id"], values["host_id"], values["start_date"], end


def _committee_text(committee: JointCommittee, other: str | None) -> str:
    if committee is JointCommittee.OTHER and other:
        return other
    return committee.value


def _days_per_year(start: date, end: date, breaks: Sequence[tuple[date, date]]) -> dict[int, int]:
    if start.year == end.year:
        return {start.year: working_days(start, end, breaks)}
    return {
        year: working_days(start, end, breaks, within=Period.year(year))
        for year in range(start.year, end.year + 1)
    }

"""Programme rules checked when a convention is drafted and again when it is signed.

:func:`check_rules` returns one :class:`RuleResult` per rule, always in the
order of :data:`RULES`, each with an English sentence naming the rule and its
numbers, and the same numbers in ``params`` so the interface can word it in
Dutch or French. The numbers of the programme come from
:class:`~consultant_app.domain.programme.ProgrammeRules`, never from here.

A failed rule of severity ``"error"`` blocks the convention unless a
consultant overrides it with a written reason (:class:`Override`,
:func:`unresolved`); a failed ``"warning"`` never blocks.

Weeks are always ``working_days(...) / 5`` (:mod:`consultant_app.domain.workdays`),
the same count every screen, document and report uses.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Final

from consultant_app.domain.enums import JobSeekerAgency, JointCommittee, TrainingPlanStatus
from consultant_app.domain.people import age_on
from consultant_app.domain.period import Period
from consultant_app.domain.programme import ProgrammeRules
from consultant_app.domain.quota import weeks_available
from consultant_app.domain.workdays import weeks_from_days, working_days

AGE: Final = "age"
MIN_WEEKS: Final = "min_weeks"
MAX_WEEKS: Final = "max_weeks"
TOTAL_WEEKS: Final = "total_weeks"
OVERLAP: Final = "overlap"
QUOTA: Final = "quota"
TRAINING_PLAN: Final = "training_plan"
JOINT_COMMITTEE: Final = "joint_committee"
HOURS: Final = "hours"
NO_REPLACEMENT: Final = "no_replacement"
JOBSEEKER: Final = "jobseeker"

#: Every rule, in the order :func:`check_rules` reports them.
RULES: Final[tuple[str, ...]] = (
    AGE,
    MIN_WEEKS,
    MAX_WEEKS,
    TOTAL_WEEKS,
    OVERLAP,
    QUOTA,
    TRAINING_PLAN,
    JOINT_COMMITTEE,
    HOURS,
    NO_REPLACEMENT,
    JOBSEEKER,
)

ERROR: Final = "error"
WARNING: Final = "warning"

#: Rules whose failure only warns; every other rule is an error.
_WARNING_RULES: Final[frozenset[str]] = frozenset({JOINT_COMMITTEE})

#: Joint committees the programme serves.
_SECTOR_COMMITTEES: Final[frozenset[str]] = frozenset(
    {JointCommittee.CP_227.value, JointCommittee.SCP_303_01.value}
)

#: Training plan statuses that satisfy the rule.
_PLAN_ON_FILE: Final[frozenset[str]] = frozenset(
    {TrainingPlanStatus.RECEIVED.value, TrainingPlanStatus.APPROVED.value}
)

#: Decimals kept when comparing week counts (days are fifths of weeks).
_WEEK_DECIMALS: Final = 6


@dataclass(frozen=True)
class InternshipPlan:
    """The internship a convention describes.

    *interruptions* are ``(first_day, last_day)`` pairs whose working days do
    not count; *hours_per_week* is ``None`` while the schedule is not filled in.
    """

    start: date
    planned_end: date
    interruptions: tuple[tuple[date, date], ...] = ()
    hours_per_week: float | None = None
    no_replacement_declared: bool = False


@dataclass(frozen=True)
class InternFacts:
    """The intern's birth date and OTHER non-cancelled internships ``(start, end, weeks)``.

    The job-seeker registration: the agency (``"VDAB"``, ``"Actiris"``, ``"Forem"``,
    ``"ADG"``), the registration number and the day registered since; ``None``
    when not known.
    """

    birth_date: date
    other_internships: tuple[tuple[date, date, float], ...] = ()
    jobseeker_agency: str | None = None
    jobseeker_number: str | None = None
    jobseeker_since: date | None = None


@dataclass(frozen=True)
class HostFacts:
    """What the rules need to know about the host.

    *weeks_used_in_year*: weeks of the host's OTHER counted internships inside
    the calendar year of the start date (as the host's quota screen counts
    them: only the days inside that year). *training_plan_status*: the status
    of the host's training policy plan for that year, ``None`` when there is
    none. *weeks_used_next_year*: the same for the following year; when given,
    the days of an internship that runs past New Year are checked against that
    year's quota too (otherwise only the start year is checked).
    """

    joint_committee: str
    employees_fte: float | None
    weeks_used_in_year: float
    training_plan_status: str | None
    weeks_used_next_year: float | None = None


@dataclass(frozen=True)
class RuleResult:
    """The verdict of one rule; ``severity`` is ``"error"`` or ``"warning"``."""

    rule: str
    ok: bool
    severity: str
    message: str
    params: dict[str, object]

    @property
    def is_blocking(self) -> bool:
        """A failed error (unless overridden, see :func:`unresolved`)."""
        return not self.ok and self.severity == ERROR


@dataclass(frozen=True)
class Override:
    """A consultant's decision to accept a failed rule, with the written reason."""

    rule: str
    reason: str


def _round(weeks: float) -> float:
    return round(float(weeks), _WEEK_DECIMALS)


def _w(weeks: float) -> str:
    """A week count for a sentence: one decimal (14.0), more only when needed (2.25)."""
    value = _round(weeks)
    return f"{value:.1f}" if round(value, 1) == value else f"{value:g}"


def _result(rule: str, ok: bool, message: str, params: dict[str, object]) -> RuleResult:
    severity = WARNING if rule in _WARNING_RULES else ERROR
    return RuleResult(rule, ok, severity, message, params)


def _age(plan: InternshipPlan, intern: InternFacts, rules: ProgrammeRules) -> RuleResult:
    limit = rules.age_limit
    start = plan.start.isoformat()
    params: dict[str, object] = {
        "birth_date": intern.birth_date,
        "start": plan.start,
        "limit": limit,
    }
    if plan.start < intern.birth_date:
        return _result(
            AGE,
            False,
            f"The birth date {intern.birth_date.isoformat()} is after the start date {start}.",
            {**params, "age": None},
        )
    age = age_on(intern.birth_date, plan.start)
    params["age"] = age
    if age < limit:
        message = f"Aged {age} on the start date {start}: younger than {limit}, as required."
        return _result(AGE, True, message, params)
    message = f"Aged {age} on the start date {start}; interns must be younger than {limit}."
    return _result(AGE, False, message, params)


def _min_weeks(weeks: float, plan: InternshipPlan, rules: ProgrammeRules) -> RuleResult:
    minimum = rules.min_weeks_per_internship
    params: dict[str, object] = {"weeks": weeks, "minimum": minimum}
    if plan.planned_end < plan.start:
        message = (
            f"The internship ends ({plan.planned_end.isoformat()}) before it starts "
            f"({plan.start.isoformat()}); it must last at least {minimum} weeks."
        )
        return _result(MIN_WEEKS, False, message, params)
    ok = weeks >= minimum
    if ok:
        message = f"The internship lasts {_w(weeks)} weeks; the minimum is {minimum}."
    else:
        message = f"The internship lasts {_w(weeks)} weeks; it must last at least {minimum} weeks."
    return _result(MIN_WEEKS, ok, message, params)


def _max_weeks(weeks: float, rules: ProgrammeRules) -> RuleResult:
    maximum = rules.max_weeks_per_internship
    ok = weeks <= maximum
    message = f"The internship lasts {_w(weeks)} weeks; the maximum is {maximum}."
    return _result(MAX_WEEKS, ok, message, {"weeks": weeks, "maximum": maximum})


def _total_weeks(weeks: float, intern: InternFacts, rules: ProgrammeRules) -> RuleResult:
    maximum = rules.max_total_weeks_per_intern
    other = _round(sum(float(w) for _, _, w in intern.other_internships))
    total = _round(other + weeks)
    params: dict[str, object] = {
        "weeks": weeks,
        "other_weeks": other,
        "total": total,
        "maximum": maximum,
    }
    ok = total <= maximum
    if not intern.other_internships:
        message = (
            f"The intern has no other internship and totals {_w(total)} weeks "
            f"with this one; the maximum is {maximum}."
        )
    else:
        message = (
            f"With this internship the intern totals {_w(total)} weeks "
            f"({_w(other)} in other internships and {_w(weeks)} in this one); "
            f"the maximum is {maximum}."
        )
    return _result(TOTAL_WEEKS, ok, message, params)


def _overlap(plan: InternshipPlan, intern: InternFacts) -> RuleResult:
    start, end = plan.start, plan.planned_end
    clashes = tuple(
        (other_start, other_end)
        for other_start, other_end, _ in intern.other_internships
        if other_start <= other_end and other_start <= end and start <= other_end
    )
    params: dict[str, object] = {"start": start, "end": end, "overlaps": clashes}
    span = f"from {start.isoformat()} to {end.isoformat()}"
    if not clashes:
        message = f"The internship {span} overlaps no other internship of the intern."
        return _result(OVERLAP, True, message, params)
    listed = ", ".join(f"{a.isoformat()} to {b.isoformat()}" for a, b in clashes)
    noun = "another internship" if len(clashes) == 1 else f"{len(clashes)} other internships"
    message = f"The internship {span} overlaps {noun} of the intern: {listed}."
    return _result(OVERLAP, False, message, params)


def _quota(plan: InternshipPlan, host: HostFacts, rules: ProgrammeRules) -> RuleResult:
    available = weeks_available(host.employees_fte, rules)
    year = plan.start.year
    checks: list[tuple[int, float]] = [(year, host.weeks_used_in_year)]
    spans_new_year = plan.planned_end.year > year
    if spans_new_year and host.weeks_used_next_year is not None:
        checks.append((year + 1, host.weeks_used_next_year))
    years: list[dict[str, object]] = []
    sentences: list[str] = []
    failed: list[str] = []
    for in_year, used_weeks in checks:
        days = working_days(
            plan.start, plan.planned_end, plan.interruptions, within=Period.year(in_year)
        )
        weeks = _round(weeks_from_days(days))
        used = _round(used_weeks)
        total = _round(used + weeks)
        ok = total <= available
        years.append({"year": in_year, "used": used, "weeks": weeks, "total": total, "ok": ok})
        sentence = (
            f"in {in_year} the host would use {_w(total)} of its {available} weeks "
            f"({_w(used)} already and {_w(weeks)} for this internship)"
        )
        sentences.append(sentence)
        if not ok:
            failed.append(str(in_year))
    first = years[0]
    params: dict[str, object] = {
        "year": year,
        "available": available,
        "used": first["used"],
        "weeks": first["weeks"],
        "total": first["total"],
        "years": tuple(years),
        "next_year_checked": len(checks) > 1,
    }
    text = "; ".join(sentences)
    verdict = "exceeded" if failed else "respected"
    message = f"Host quota {verdict}: {text}."
    return _result(QUOTA, not failed, message, params)


def _training_plan(plan: InternshipPlan, host: HostFacts) -> RuleResult:
    year = plan.start.year
    status = host.training_plan_status
    params: dict[str, object] = {"year": year, "status": status}
    if status is None:
        message = f"The host has no training policy plan for {year}; it must be received."
        return _result(TRAINING_PLAN, False, message, params)
    ok = status in _PLAN_ON_FILE
    if ok:
        message = f"The host's training policy plan for {year} is {status}."
    else:
        message = (
            f"The host's training policy plan for {year} is {status}; "
            "it must be received or approved."
        )
    return _result(TRAINING_PLAN, ok, message, params)


def _joint_committee(host: HostFacts) -> RuleResult:
    committee = host.joint_committee.strip()
    ok = committee in _SECTOR_COMMITTEES
    params: dict[str, object] = {"joint_committee": committee}
    if ok:
        message = f"The host is under joint committee {committee}, a committee of the programme."
    elif committee in ("", JointCommittee.OTHER.value):
        message = "The host is under another joint committee than CP 227 or SCP 303.01."
    else:
        message = f"The host is under joint committee {committee}, not CP 227 or SCP 303.01."
    return _result(JOINT_COMMITTEE, ok, message, params)


def _hours(plan: InternshipPlan, rules: ProgrammeRules) -> RuleResult:
    maximum = rules.max_hours_per_week
    hours = plan.hours_per_week
    params: dict[str, object] = {"hours": hours, "maximum": maximum}
    if hours is None:
        message = f"No weekly hours are given yet; the maximum is {maximum} hours a week."
        return _result(HOURS, True, message, params)
    if not hours > 0:  # also refuses NaN
        message = f"The schedule has {hours:g} hours a week; it needs at least some hours."
        return _result(HOURS, False, message, params)
    ok = hours <= maximum
    message = f"The schedule has {hours:g} hours a week; the maximum is {maximum}."
    return _result(HOURS, ok, message, params)


def _no_replacement(plan: InternshipPlan) -> RuleResult:
    declared = plan.no_replacement_declared
    if declared:
        message = "The host declared that the intern does not replace an employee."
    else:
        message = "The host has not declared that the intern does not replace an employee."
    return _result(NO_REPLACEMENT, declared, message, {"declared": declared})


def _jobseeker(plan: InternshipPlan, intern: InternFacts) -> RuleResult:
    """Registered as a job seeker (agency, number and date) no later than the start date.

    ``params["problem"]`` says what fails: ``not_registered``, ``unknown_agency``,
    ``no_number``, ``no_since`` or ``after_start`` (``None`` when met).
    """
    name = (intern.jobseeker_agency or "").strip()
    known = {agency.value.casefold(): agency.value for agency in JobSeekerAgency}
    agency = known.get(name.casefold(), name)
    since, start = intern.jobseeker_since, plan.start
    params: dict[str, object] = {
        "agency": agency or None,
        "number_given": bool((intern.jobseeker_number or "").strip()),
        "since": since,
        "start": start,
        "problem": None,
    }
    agencies = ", ".join(a.value for a in JobSeekerAgency)
    problem, message = None, ""
    if not agency:
        problem = "not_registered"
        message = f"The intern is not registered as a job seeker (with {agencies}), as required."
    elif agency.casefold() not in known:
        problem = "unknown_agency"
        message = f"The intern is registered with {agency}, which is not one of {agencies}."
    elif not params["number_given"]:
        problem = "no_number"
        message = f"The job-seeker registration with {agency} has no registration number."
    elif since is None:
        problem = "no_since"
        message = f"The job-seeker registration with {agency} has no date of registration."
    elif since > start:
        problem = "after_start"
        message = (
            f"Registered as a job seeker with {agency} since {since.isoformat()}, after the "
            f"start date {start.isoformat()}; the intern must be registered by the start."
        )
    if problem is not None:
        return _result(JOBSEEKER, False, message, {**params, "problem": problem})
    assert since is not None
    message = (
        f"Registered as a job seeker with {agency} since {since.isoformat()}, "
        f"on or before the start date {start.isoformat()}."
    )
    return _result(JOBSEEKER, True, message, params)


def internship_weeks(plan: InternshipPlan) -> float:
    """Weeks of the planned internship: its working days without interruptions, / 5."""
    days = working_days(plan.start, plan.planned_end, plan.interruptions)
    return _round(weeks_from_days(days))


def check_rules(
    plan: InternshipPlan,
    intern: InternFacts,
    host: HostFacts,
    rules: ProgrammeRules,
) -> tuple[RuleResult, ...]:
    """One result per rule of :data:`RULES`, in that order.

    Raises only for impossible facts (a negative headcount, see
    :func:`~consultant_app.domain.quota.weeks_available`).
    """
    weeks = internship_weeks(plan)
    return (
        _age(plan, intern, rules),
        _min_weeks(weeks, plan, rules),
        _max_weeks(weeks, rules),
        _total_weeks(weeks, intern, rules),
        _overlap(plan, intern),
        _quota(plan, host, rules),
        _training_plan(plan, host),
        _joint_committee(host),
        _hours(plan, rules),
        _no_replacement(plan),
        _jobseeker(plan, intern),
    )


def blocking(results: Iterable[RuleResult]) -> tuple[RuleResult, ...]:
    """The failed errors among *results* (warnings never block)."""
    return tuple(result for result in results if result.is_blocking)


def unresolved(
    results: Iterable[RuleResult], overrides: Iterable[Override]
) -> tuple[RuleResult, ...]:
    """The failed errors that no override with a non-blank reason covers.

    An override of an unknown rule, a passing rule or a warning changes nothing.
    """
    covered = {override.rule for override in overrides if override.reason.strip()}
    return tuple(result for result in blocking(results) if result.rule not in covered)

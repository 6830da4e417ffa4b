"""Whether a candidate may start an internship, with the reasons in words and numbers.

Three rules (the numbers come from :class:`ProgrammeRules`, never from here):

* ``age``: younger than ``rules.age_limit`` on the start date;
* ``jobseeker``: registered as a job seeker with VDAB, Actiris, Forem or ADG;
* ``weeks``: the weeks already done (plus the weeks of a planned internship)
  stay within ``rules.max_total_weeks_per_intern``, and the weeks left leave
  room for an internship of at least ``rules.min_weeks_per_internship``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from consultant_app.domain.enums import JobSeekerAgency
from consultant_app.domain.people import age_on
from consultant_app.domain.programme import ProgrammeRules

AGE = "age"
JOBSEEKER = "jobseeker"
WEEKS = "weeks"

#: Decimals kept when comparing and showing week counts (days are fifths of weeks).
_WEEK_DECIMALS = 6


@dataclass(frozen=True)
class Reason:
    """One rule's verdict: ``code`` names the rule, ``params`` holds its numbers.

    ``params`` of ``age``: ``age`` (``None`` when *on* is before the birth),
    ``on``, ``limit``, ``birth_date``. Of ``jobseeker``: ``agency`` (``None``
    when not registered). Of ``weeks``: ``done``, ``planned``, ``maximum``,
    ``left`` (negative when over the maximum) and ``minimum`` (weeks of the
    shortest internship); ``left < minimum`` means no new internship can start.
    """

    code: str
    ok: bool
    message: str
    params: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Eligibility:
    eligible: bool
    reasons: tuple[Reason, ...]

    def reason(self, code: str) -> Reason:
        """The reason for rule *code* (``"age"``, ``"jobseeker"`` or ``"weeks"``)."""
        for reason in self.reasons:
            if reason.code == code:
                return reason
        raise KeyError(code)


def _weeks(value: float) -> int | float:
    """A week count rounded for comparison and display: 8.0 -> 8, 2.4000000001 -> 2.4."""
    rounded = round(float(value), _WEEK_DECIMALS)
    return int(rounded) if rounded.is_integer() else rounded


def _age_reason(birth_date: date, on: date, rules: ProgrammeRules) -> Reason:
    limit = rules.age_limit
    params: dict[str, object] = {"birth_date": birth_date, "on": on, "limit": limit}
    if on < birth_date:
        return Reason(
            AGE,
            False,
            f"Born on {birth_date.isoformat()}, after {on.isoformat()}.",
            {**params, "age": None},
        )
    age = age_on(birth_date, on)
    ok = age < limit
    verdict = "younger" if ok else "not younger"
    return Reason(
        AGE, ok, f"Aged {age} on {on.isoformat()}: {verdict} than {limit}.", {**params, "age": age}
    )


def _jobseeker_reason(agency: str | None) -> Reason:
    name = agency.strip() if agency else ""
    if not name:
        return Reason(JOBSEEKER, False, "Not registered as a job seeker.", {"agency": None})
    known = {a.value.casefold(): a.value for a in JobSeekerAgency}
    canonical = known.get(name.casefold())
    if canonical is None:
        names = ", ".join(a.value for a in JobSeekerAgency)
        return Reason(
            JOBSEEKER,
            False,
            f"Registered with {name}, which is not one of {names}.",
            {"agency": name},
        )
    return Reason(
        JOBSEEKER, True, f"Registered job seeker with {canonical}.", {"agency": canonical}
    )


def _weeks_reason(weeks_done: float, planned_weeks: float, rules: ProgrammeRules) -> Reason:
    done = _weeks(weeks_done)
    planned = _weeks(planned_weeks)
    maximum = rules.max_total_weeks_per_intern
    minimum = rules.min_weeks_per_internship
    left = _weeks(maximum - done)
    over_after_plan = _weeks(done + planned - maximum)
    params: dict[str, object] = {
        "done": done,
        "planned": planned,
        "maximum": maximum,
        "left": left,
        "minimum": minimum,
    }
    if left > 0:
        text = f"{done} of {maximum} weeks used; {left} left"
        if left < minimum:
            text += (
                f", fewer than the {minimum} weeks of the shortest internship, "
                "so no new internship can start"
            )
    elif left == 0:
        text = f"{done} of {maximum} weeks used; none left"
    else:
        text = f"{done} of {maximum} weeks used; {-left} over the maximum"
    if planned > 0:
        if over_after_plan > 0:
            text += f"; the planned {planned} weeks would go {over_after_plan} over the maximum"
        else:
            text += f"; the planned {planned} weeks fit within the maximum"
    ok = over_after_plan <= 0 and left >= minimum
    return Reason(WEEKS, ok, text + ".", params)


def assess_eligibility(
    *,
    birth_date: date,
    on: date,
    jobseeker_agency: str | None,
    weeks_done: float,
    rules: ProgrammeRules,
    planned_weeks: float = 0.0,
) -> Eligibility:
    """Whether a candidate may start an internship on *on*, and why.

    *weeks_done* counts the weeks of the candidate's earlier internships;
    *planned_weeks* those of the internship being considered, if any (the
    weeks left are counted before it). Negative week counts raise
    :class:`ValueError`.
    """
    if weeks_done < 0 or planned_weeks < 0:
        raise ValueError(
            f"Week counts cannot be negative; got {weeks_done} done and {planned_weeks} planned."
        )
    reasons = (
        _age_reason(birth_date, on, rules),
        _jobseeker_reason(jobseeker_agency),
        _weeks_reason(weeks_done, planned_weeks, rules),
    )
    return Eligibility(all(r.ok for r in reasons), reasons)

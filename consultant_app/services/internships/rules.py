"""The programme rules of one internship: the facts they need, their verdicts, overrides.

:func:`rule_results` gathers the facts of the rules from the store (the
intern's other counted internships and job-seeker registration, the host's
weeks in the start year and the next, its training policy plan, its joint
committee) and runs
:func:`~consultant_app.domain.rules.check_rules` with the programme settings
of the database. Every service that checks rules goes through it.

Codes: ``rules.unresolved`` (:class:`RulesNotMet`), ``override.unknown_rule``,
``override.not_failing``, ``override.reason``, ``override.final``.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, and_, select
from sqlalchemy.orm import Session

from consultant_app.domain.enums import COUNTED_STATUSES, JointCommittee
from consultant_app.domain.errors import InvalidValue
from consultant_app.domain.lifecycle import is_final
from consultant_app.domain.period import Period
from consultant_app.domain.rules import (
    ERROR,
    RULES,
    HostFacts,
    InternFacts,
    InternshipPlan,
    Override,
    RuleResult,
    check_rules,
    unresolved,
)
from consultant_app.domain.workdays import weeks_from_days
from consultant_app.services.forms.parsing import RecordNotFound, ValidationFailed
from consultant_app.services.internships.form import (
    live_internship,
    status_words,
    validated_values,
)
from consultant_app.services.people.interns import counted_working_days
from consultant_app.store.database import Database
from consultant_app.store.models import (
    Host,
    Intern,
    Internship,
    Interruption,
    RuleOverride,
    TrainingPlan,
    utcnow,
)
from consultant_app.store.settings import get_rules

#: Fewest characters of the written reason of an override.
MIN_OVERRIDE_REASON = 10


@dataclass(frozen=True)
class RuleLine:
    """One programme rule's verdict for display, with the override that covers it."""

    rule: str
    ok: bool
    severity: str
    message: str
    params: dict[str, object]
    overridden: bool
    override_reason: str | None

    @property
    def blocking(self) -> bool:
        """A failed error that no override covers: it stops the convention."""
        return not self.ok and self.severity == ERROR and not self.overridden


class RulesNotMet(InvalidValue):
    """Programme rules fail and no override covers them; ``results`` are the blocking lines."""

    def __init__(self, results: Iterable[RuleLine]) -> None:
        self.results: tuple[RuleLine, ...] = tuple(results)
        sentences = " ".join(line.message for line in self.results)
        super().__init__(
            f"The programme rules are not met: {sentences} "
            "Change the convention, or override a rule with a written reason.",
            "rules.unresolved",
            {
                "rules": tuple(line.rule for line in self.results),
                "messages": tuple(line.message for line in self.results),
            },
        )


# --- facts --------------------------------------------------------------------------


def _intern_facts(session: Session, intern: Intern, exclude: uuid.UUID | None) -> InternFacts:
    others = session.scalars(
        select(Internship)
        .where(
            Internship.intern_id == intern.id,
            Internship.deleted_at.is_(None),
            Internship.status.in_(sorted(COUNTED_STATUSES)),
        )
        .order_by(Internship.start_date)
    ).all()
    facts = tuple(
        (
            other.start_date,
            other.end_date,
            weeks_from_days(counted_working_days(session, Internship.id == other.id)),
        )
        for other in others
        if other.id != exclude
    )
    agency = intern.jobseeker_agency
    return InternFacts(
        birth_date=intern.birth_date,
        other_internships=facts,
        jobseeker_agency=None if agency is None else agency.value,
        jobseeker_number=intern.jobseeker_number,
        jobseeker_since=intern.jobseeker_since,
    )


def _host_weeks(
    session: Session, host_id: uuid.UUID, year: int, exclude: uuid.UUID | None
) -> float:
    condition: ColumnElement[bool] = Internship.host_id == host_id
    if exclude is not None:
        condition = and_(condition, Internship.id != exclude)
    return weeks_from_days(counted_working_days(session, condition, within=Period.year(year)))


def _host_facts(session: Session, host: Host, year: int, exclude: uuid.UUID | None) -> HostFacts:
    committee = host.joint_committee.value
    if host.joint_committee is JointCommittee.OTHER and host.joint_committee_other:
        committee = host.joint_committee_other
    plan_status = session.scalar(
        select(TrainingPlan.status).where(
            TrainingPlan.host_id == host.id,
            TrainingPlan.year == year,
            TrainingPlan.deleted_at.is_(None),
        )
    )
    return HostFacts(
        joint_committee=committee,
        employees_fte=None if host.employees_fte is None else float(host.employees_fte),
        weeks_used_in_year=_host_weeks(session, host.id, year, exclude),
        training_plan_status=None if plan_status is None else plan_status.value,
        weeks_used_next_year=_host_weeks(session, host.id, year + 1, exclude),
    )


def rule_results(
    session: Session,
    *,
    intern_id: uuid.UUID,
    host_id: uuid.UUID,
    plan: InternshipPlan,
    exclude: uuid.UUID | None = None,
) -> tuple[RuleResult, ...]:
    """The verdicts of every rule for *plan*; *exclude* is the internship itself, if stored."""
    intern = session.get(Intern, intern_id)
    host = session.get(Host, host_id)
    if intern is None:
        raise RecordNotFound("intern", intern_id)
    if host is None:
        raise RecordNotFound("host", host_id)
    return check_rules(
        plan,
        _intern_facts(session, intern, exclude),
        _host_facts(session, host, plan.start.year, exclude),
        get_rules(session),
    )


def interruption_spans(session: Session, internship_id: uuid.UUID) -> tuple[tuple[date, date], ...]:
    """``(first_day, last_day)`` of the internship's live interruptions, by start."""
    rows = session.execute(
        select(Interruption.start_date, Interruption.end_date)
        .where(Interruption.internship_id == internship_id, Interruption.deleted_at.is_(None))
        .order_by(Interruption.start_date)
    ).all()
    return tuple((first, last) for first, last in rows)


def plan_of(session: Session, internship: Internship) -> InternshipPlan:
    """The plan of a stored internship (its planned dates, interruptions and schedule)."""
    hours = internship.hours_per_week
    return InternshipPlan(
        start=internship.start_date,
        planned_end=internship.planned_end_date,
        interruptions=interruption_spans(session, internship.id),
        hours_per_week=None if hours is None else float(hours),
        no_replacement_declared=bool(internship.no_replacement_declared),
    )


def plan_from(
    cleaned: Mapping[str, object], interruptions: tuple[tuple[date, date], ...] = ()
) -> InternshipPlan:
    """The plan of cleaned form values."""
    start, end, hours = (
        cleaned["start_date"],
        cleaned["planned_end_date"],
        cleaned["hours_per_week"],
    )
    assert isinstance(start, date) and isinstance(end, date)
    return InternshipPlan(
        start=start,
        planned_end=end,
        interruptions=interruptions,
        hours_per_week=None if hours is None else float(str(hours)),
        no_replacement_declared=bool(cleaned["no_replacement_declared"]),
    )


# --- overrides and lines ------------------------------------------------------------


def live_overrides(session: Session, internship_id: uuid.UUID | None) -> dict[str, RuleOverride]:
    """The live overrides of the internship, by rule (none for an unsaved one)."""
    if internship_id is None:
        return {}
    rows = session.scalars(
        select(RuleOverride)
        .where(RuleOverride.internship_id == internship_id, RuleOverride.deleted_at.is_(None))
        .order_by(RuleOverride.overridden_at)
    )
    return {row.rule: row for row in rows}


def rule_lines(
    results: Iterable[RuleResult], overrides: Mapping[str, RuleOverride]
) -> tuple[RuleLine, ...]:
    """The verdicts with the overrides applied (an override covers only a failing rule)."""
    lines = []
    for result in results:
        override = overrides.get(result.rule)
        overridden = not result.ok and override is not None and bool(override.reason.strip())
        lines.append(
            RuleLine(
                rule=result.rule,
                ok=result.ok,
                severity=result.severity,
                message=result.message,
                params=result.params,
                overridden=overridden,
                override_reason=override.reason if override is not None and overridden else None,
            )
        )
    return tuple(lines)


def unresolved_lines(
    results: tuple[RuleResult, ...], overrides: Mapping[str, RuleOverride]
) -> tuple[RuleLine, ...]:
    """The lines of the failed errors no override covers."""
    kept = {
        result.rule
        for result in unresolved(
            results, [Override(row.rule, row.reason) for row in overrides.values()]
        )
    }
    return tuple(line for line in rule_lines(results, overrides) if line.rule in kept)


def internship_results(session: Session, internship: Internship) -> tuple[RuleResult, ...]:
    """The verdicts of every rule for a stored internship (without overrides)."""
    return rule_results(
        session,
        intern_id=internship.intern_id,
        host_id=internship.host_id,
        plan=plan_of(session, internship),
        exclude=internship.id,
    )


def internship_lines(session: Session, internship: Internship) -> tuple[RuleLine, ...]:
    """The current verdicts of a stored internship, overrides applied."""
    results = internship_results(session, internship)
    return rule_lines(results, live_overrides(session, internship.id))


def unresolved_of(
    session: Session,
    internship: Internship,
    overrides: Mapping[str, RuleOverride] | None = None,
) -> tuple[RuleLine, ...]:
    """The failed errors of a stored internship that no override covers."""
    if overrides is None:
        overrides = live_overrides(session, internship.id)
    return unresolved_lines(internship_results(session, internship), overrides)


def require_rules(session: Session, internship: Internship) -> None:
    """Raise :class:`RulesNotMet` unless every failed error of *internship* is overridden."""
    blocking = unresolved_of(session, internship)
    if blocking:
        raise RulesNotMet(blocking)


# --- services -----------------------------------------------------------------------


def preview_rules(
    database: Database, values: Mapping[str, str], *, internship_id: uuid.UUID | None = None
) -> tuple[RuleLine, ...]:
    """The verdicts for unsaved form values (the wizard); ``()`` while the values are invalid.

    With *internship_id*, that internship's interruptions and overrides apply and
    it is not counted among the intern's and host's other internships.
    """
    with database.unit_of_work() as uow:
        session = uow.session
        try:
            cleaned = validated_values(session, values)
        except ValidationFailed:
            return ()
        breaks = interruption_spans(session, internship_id) if internship_id else ()
        intern_id, host_id = cleaned["intern_id"], cleaned["host_id"]
        assert isinstance(intern_id, uuid.UUID) and isinstance(host_id, uuid.UUID)
        results = rule_results(
            session,
            intern_id=intern_id,
            host_id=host_id,
            plan=plan_from(cleaned, breaks),
            exclude=internship_id,
        )
        return rule_lines(results, live_overrides(session, internship_id))


def override_rule(
    database: Database,
    internship_id: uuid.UUID,
    rule: str,
    reason: str,
    *,
    actor: str | None = None,
) -> None:
    """Accept a currently failing rule of the internship with a written reason.

    A second override of the same rule replaces the first. Refused for an
    unknown rule, a passing one, a reason shorter than
    :data:`MIN_OVERRIDE_REASON` characters and a completed, terminated or
    cancelled internship.
    """
    written = reason.strip()
    if rule not in RULES:
        raise InvalidValue(
            f"{rule!r} is not a programme rule; the rules are {', '.join(RULES)}.",
            "override.unknown_rule",
            {"rule": rule, "rules": RULES},
        )
    if len(written) < MIN_OVERRIDE_REASON:
        raise InvalidValue(
            f"The reason for overriding the rule {rule!r} must have at least "
            f"{MIN_OVERRIDE_REASON} characters; got {len(written)}.",
            "override.reason",
            {"rule": rule, "minimum": MIN_OVERRIDE_REASON, "got": len(written)},
        )
    with database.unit_of_work(actor=actor) as uow:
        session = uow.session
        internship = live_internship(session, internship_id)
        if is_final(internship.status):
            raise InvalidValue(
                f"The internship is {status_words(internship.status)}: "
                "its rules can no longer be overridden.",
                "override.final",
                {"rule": rule, "status": internship.status.value},
            )
        (result,) = [r for r in internship_lines(session, internship) if r.rule == rule]
        if result.ok:
            raise InvalidValue(
                f"The rule {rule!r} is met; only a failing rule can be overridden. "
                f"{result.message}",
                "override.not_failing",
                {"rule": rule},
            )
        previous = live_overrides(session, internship.id).get(rule)
        if previous is not None:
            previous.soft_delete()
        session.add(
            RuleOverride(
                internship_id=internship.id,
                rule=rule,
                message=result.message,
                reason=written,
                overridden_by=uow.actor,
                overridden_at=utcnow(),
            )
        )
        uow.commit()

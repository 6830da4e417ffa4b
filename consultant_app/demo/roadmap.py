"""The rows of one internship: the convention, its signatures, and the whole roadmap.

Everything is dated consistently with the internship and *today*: what lies in
the future is planned but not done, what lies in the past is mostly done.

This module runs once per internship (100,000 times for the large set), so it
keeps to local variables, plain strings and ``random()`` arithmetic.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from consultant_app.demo import texts
from consultant_app.demo.assessments import DAYS as _DAYS
from consultant_app.demo.assessments import AssessmentWriter, weekday_or_friday
from consultant_app.demo.catalogue_view import CatalogueView, FunctionInfo, Names
from consultant_app.demo.people import ConsultantProfile, HostProfile, InternProfile
from consultant_app.demo.schedule import Slot
from consultant_app.demo.writer import Appenders, IdMaker, Stamps
from consultant_app.domain.enums import (
    InternshipStatus,
    InterruptionKind,
    Phase,
    SignatoryParty,
    VisitKind,
    VisitMode,
)
from consultant_app.domain.workdays import midpoint_working_day

T = TypeVar("T")

_S = InternshipStatus
SIGNED_OR_LATER = frozenset({_S.SIGNED, _S.RUNNING, _S.COMPLETED, _S.TERMINATED})
STARTED = frozenset({_S.RUNNING, _S.COMPLETED, _S.TERMINATED})

_HOURS = (38.0, 38.0, 38.0, 38.0, 38.0, 38.0, 36.0, 35.0, 32.0, 30.0, 24.0)
_PHASES = (Phase.START.value, Phase.MIDTERM.value, Phase.END.value)
_PHASE_START = Phase.START.value
_FUND_PLACE = {"NL": "Brussel", "FR": "Bruxelles", "EN": "Brussels"}
_TARGET_LEVELS = (2, 3, 3, 3, 4)
_OBJECTIVE = {
    "NL": "Niveau {level} bereiken tegen het einde van de stage.",
    "FR": "Atteindre le niveau {level} à la fin du stage.",
    "EN": "Reach level {level} by the end of the internship.",
}
_OBJECTIVES = {
    language: tuple(template.format(level=level) for level in range(1, 5))
    for language, template in _OBJECTIVE.items()
}

#: Texts of the workstation sheet, by language: the post's description (with the
#: function's name), the health surveillance and the justification of forbidden work.
_POST_DESCRIPTION = {
    "NL": "Stagiair {post}: helpt het team bij de dagelijkse taken, begeleid door de mentor.",
    "FR": "Stagiaire {post} : aide l'équipe dans les tâches quotidiennes, encadré par le tuteur.",
    "EN": "Intern {post}: helps the team with the daily tasks, guided by the mentor.",
}
_HEALTH_SURVEILLANCE = {
    "NL": "Voorafgaande gezondheidsbeoordeling door de arbeidsarts.",
    "FR": "Évaluation de santé préalable par le médecin du travail.",
    "EN": "Prior health assessment by the occupational physician.",
}
_FORBIDDEN_JUSTIFICATION = {
    "NL": "Alleen onder permanent toezicht van de mentor, na opleiding; nodig voor de opleiding.",
    "FR": "Uniquement sous la surveillance constante du tuteur, après formation ; "
    "nécessaire à la formation.",
    "EN": "Only under the mentor's constant supervision, after training; needed for the training.",
}

_STATUS = {status: status.value for status in InternshipStatus}
_KICKOFF, _MIDTERM, _FINAL = VisitKind.KICKOFF.value, VisitKind.MIDTERM.value, VisitKind.FINAL.value
_ON_SITE, _VIDEO, _PHONE = VisitMode.ON_SITE.value, VisitMode.VIDEO.value, VisitMode.PHONE.value
_FUND, _HOST, _INTERN = (
    SignatoryParty.FUND.value,
    SignatoryParty.HOST.value,
    SignatoryParty.INTERN.value,
)
_INTERRUPTION_KINDS = (InterruptionKind.SICKNESS.value,) * 17 + (
    InterruptionKind.OTHER.value,
    InterruptionKind.OTHER.value,
    InterruptionKind.SUSPENSION.value,
)


@dataclass(slots=True)
class Limits:
    """How much of the catalogue each internship copies (``None``: everything)."""

    tasks: int | None
    technical_competences: int | None
    #: Lowest and highest number of soft skills added.
    soft: tuple[int, int]


def _texts_in(language: str) -> dict[str, tuple[str, ...]]:
    tables = {
        "termination": texts.TERMINATION_REASONS,
        "cancellation": texts.CANCELLATION_REASONS,
        "objectives": texts.OBJECTIVES,
        "expenses": texts.EXPENSES,
        "interruption": texts.INTERRUPTION_NOTES,
        "visit": texts.VISIT_NOTES,
        "actions": texts.ACTION_POINTS,
        "workplace": texts.WORKPLACE_COMMENTS,
        "amendment": texts.AMENDMENT_REASONS,
        "places": texts.RISK_PLACES,
        "equipment": texts.RISK_EQUIPMENT,
        "instructions": texts.RISK_INSTRUCTIONS,
    }
    return {key: table.get(language) or table["EN"] for key, table in tables.items()}


class RoadmapWriter(AssessmentWriter):
    def __init__(
        self,
        appenders: Appenders,
        rng: random.Random,
        new_id: IdMaker,
        stamps: Stamps,
        catalogue: CatalogueView,
        today: date,
        limits: Limits,
        max_hours_per_week: int,
        fund_signatory: str,
    ) -> None:
        self.w = appenders
        self.rng = rng
        self.rand = rand = rng.random
        self.new_id = new_id
        self.stamps = stamps
        self.catalogue = catalogue
        self.today = today
        self.limits = limits
        self.fund_signatory = fund_signatory
        self.hours = tuple(min(h, float(max_hours_per_week)) for h in _HOURS)
        self.texts = {language: _texts_in(language) for language in ("NL", "FR", "EN")}
        self._schedules: dict[tuple[str, float], str] = {}

        def pick(options: Sequence[T]) -> T:
            return options[int(rand() * len(options))]

        def between(low: int, high: int) -> int:
            return low + int(rand() * (high - low + 1))

        self.pick: Callable[[Sequence[Any]], Any] = pick
        self.between = between

    # ------------------------------------------------------------------ the internship

    def write(
        self,
        slot: Slot,
        reference: str,
        intern: InternProfile,
        host: HostProfile,
        mentor: tuple[str, str],
        consultant: ConsultantProfile,
        function: FunctionInfo,
        language: str,
    ) -> None:
        rand, pick, between, today, stamps = (
            self.rand,
            self.pick,
            self.between,
            self.today,
            self.stamps,
        )
        words = self.texts[language]
        status = slot.status
        start, planned_end = slot.start, slot.planned_end
        end = slot.actual_end or planned_end
        internship_id = self.new_id()
        created = min(today, start - _DAYS[between(20, 75)])
        signed = status in SIGNED_OR_LATER
        started = status in STARTED
        signed_on: date | None = None
        if signed:
            signed_on = min(today, max(created, start - _DAYS[between(2, 25)]))
        hours = pick(self.hours)
        version = 1
        if started and rand() < 0.03:
            hours = self._amendment(internship_id, slot, hours, words, language, intern, host)
            version = 2
        schedule = self._schedules.get((language, hours))
        if schedule is None:
            schedule = self._schedules[language, hours] = texts.schedule(language, hours)
        last_event = min(today, end) if started else (signed_on or created)
        function_name = function.names[language]
        self.w["internship"](
            (
                internship_id,
                stamps(created),
                stamps(max(created, last_event)),
                reference,
                intern.id,
                host.id,
                mentor[0],
                consultant.id,
                function.id,
                _STATUS[status],
                start.isoformat(),
                planned_end.isoformat(),
                slot.actual_end.isoformat() if slot.actual_end else None,
                pick(words["termination"]) if status == _S.TERMINATED else None,
                pick(words["cancellation"]) if status == _S.CANCELLED else None,
                language,
                version,
                hours,
                schedule,
                host.address,
                pick(words["objectives"]).format(function=function_name.lower()),
                pick(words["expenses"]),
                0 if status == _S.DRAFT else 1,
                signed_on.isoformat() if signed_on else None,
            )
        )
        if status == _S.DRAFT:
            return
        if signed_on is not None:
            self._signatures(internship_id, signed_on, language, intern, host, 1)
            self._risk_assessment(internship_id, function_name, signed_on, mentor[1], language)
        elif status == _S.AWAITING_SIGNATURES:
            self._partial_signatures(internship_id, created, intern, host)
        competences = self._tasks_and_competences(internship_id, function, language, created)
        if signed:
            self._visits(internship_id, slot, intern, mentor[1], consultant, words)
            self._scans(internship_id, slot, competences)
        if started:
            if rand() < 0.06:
                self._interruption(internship_id, slot, words)
            self._evaluations(internship_id, slot, competences, mentor[0], language)
            if status == _S.COMPLETED:
                self._workplace_evaluation(internship_id, slot, words)

    # ------------------------------------------------------------------ convention

    def _signatures(
        self,
        internship_id: str,
        signed_on: date,
        language: str,
        intern: InternProfile,
        host: HostProfile,
        version: int,
    ) -> None:
        between, append, stamps, new_id = (
            self.between,
            self.w["signature"],
            self.stamps,
            self.new_id,
        )
        intern_day = signed_on - _DAYS[between(0, 6)]
        host_day = signed_on - _DAYS[between(0, 3)]
        for party, name, day, place in (
            (_INTERN, intern.full_name, intern_day, intern.municipality),
            (_HOST, host.representative, host_day, host.municipality),
            (_FUND, self.fund_signatory, signed_on, _FUND_PLACE[language]),
        ):
            stamp = stamps(day)
            append(
                (new_id(), stamp, stamp, internship_id, party, name, day.isoformat(), place,
                 version)
            )  # fmt: skip

    def _partial_signatures(
        self, internship_id: str, created: date, intern: InternProfile, host: HostProfile
    ) -> None:
        """Awaiting signatures: the intern, the host, both or nobody signed so far."""
        signers = self.pick(((), (), (_INTERN,), (_HOST,), (_INTERN, _HOST)))
        for party in signers:
            day = min(self.today, created + _DAYS[self.between(3, 15)])
            stamp = self.stamps(day)
            if party == _INTERN:
                name, place = intern.full_name, intern.municipality
            else:
                name, place = host.representative, host.municipality
            self.w["signature"](
                (self.new_id(), stamp, stamp, internship_id, party, name, day.isoformat(), place,
                 1)
            )  # fmt: skip

    def _amendment(
        self,
        internship_id: str,
        slot: Slot,
        hours: float,
        words: dict[str, tuple[str, ...]],
        language: str,
        intern: InternProfile,
        host: HostProfile,
    ) -> float:
        """A signed change of the weekly hours, as version 2 of the convention."""
        new_hours = 30.0 if hours > 30 else self.hours[0]
        latest = min(self.today, slot.actual_end or slot.planned_end)
        earliest = min(latest, slot.start + _DAYS[5])
        day = earliest + _DAYS[self.between(0, (latest - earliest).days)]
        stamp = self.stamps(day)
        changes = json.dumps({"hours_per_week": [str(hours), str(new_hours)]})
        self.w["amendment"](
            (self.new_id(), stamp, stamp, internship_id, 2, day.isoformat(), changes,
             self.pick(words["amendment"]))
        )  # fmt: skip
        self._signatures(internship_id, day, language, intern, host, 2)
        return new_hours

    def _interruption(
        self, internship_id: str, slot: Slot, words: dict[str, tuple[str, ...]]
    ) -> None:
        """A few days of sickness (mostly) within the days already done."""
        last = min(self.today, slot.actual_end or slot.planned_end)
        first = slot.start + _DAYS[2]
        span = (last - first).days
        if span < 3:
            return
        begin = first + _DAYS[self.between(0, span - 2)]
        finish = min(last, begin + _DAYS[self.between(0, 9)])
        stamp = self.stamps(finish)
        self.w["interruption"](
            (self.new_id(), stamp, stamp, internship_id, self.pick(_INTERRUPTION_KINDS),
             begin.isoformat(), finish.isoformat(), self.pick(words["interruption"]))
        )  # fmt: skip

    # ------------------------------------------------------------------ roadmap

    def _risk_assessment(
        self,
        internship_id: str,
        post: str,
        day: date,
        mentor_name: str,
        language: str,
    ) -> None:
        rand, pick, new_id = self.rand, self.pick, self.new_id
        words = self.texts[language]
        risks = self.rng.sample(self.catalogue.risks, self.between(1, 3))
        assessment_id = new_id()
        drawn_up = day - _DAYS[self.between(0, 10)]
        stamp = self.stamps(drawn_up)
        # Random draws in the order of the columns of the row.
        place, equipment = pick(words["places"]), pick(words["equipment"])
        instructions = pick(words["instructions"])
        health_surveillance = rand() < 0.15
        forbidden = any(r.forbidden_for_young_workers for r in risks)
        self.w["risk_assessment"](
            (
                assessment_id,
                stamp,
                stamp,
                internship_id,
                post,
                _POST_DESCRIPTION[language].format(post=post.lower()),
                place,
                equipment,
                None,
                instructions,
                "; ".join(r.equipment[language] for r in risks),
                1 if health_surveillance else 0,
                _HEALTH_SURVEILLANCE[language] if health_surveillance else None,
                1 if forbidden else 0,
                _FORBIDDEN_JUSTIFICATION[language] if forbidden else None,
                pick(texts.PREVENTION_SERVICES),
                mentor_name,
                drawn_up.isoformat(),
                mentor_name,
            )
        )
        append = self.w["risk_item"]
        for position, risk in enumerate(risks, start=1):
            append(
                (new_id(), stamp, stamp, assessment_id, risk.id, risk.names[language],
                 risk.measures[language], risk.equipment[language], position)
            )  # fmt: skip

    def _tasks_and_competences(
        self, internship_id: str, function: FunctionInfo, language: str, created: date
    ) -> list[str]:
        """Write tasks and competences copied from the catalogue; return the competence ids."""
        rng, new_id, limits, pick = self.rng, self.new_id, self.limits, self.pick
        stamp = self.stamps(created)
        append = self.w["internship_task"]
        tasks = _subset(rng, function.tasks, limits.tasks)
        count = len(tasks)
        for position, (task_id, names) in enumerate(tasks):
            append((new_id(), stamp, stamp, internship_id, task_id, names[language],
                    _PHASES[position * 3 // count], position + 1))  # fmt: skip
        technical = _subset(rng, function.competences, limits.technical_competences)
        count = len(technical)
        chosen: list[tuple[str, Names, str]] = [
            (cid, names, _PHASES[i * 3 // count]) for i, (cid, names) in enumerate(technical)
        ]
        low, high = limits.soft
        chosen.extend(
            (cid, names, _PHASE_START)
            for cid, names in rng.sample(self.catalogue.soft_skills, self.between(low, high))
        )
        append = self.w["internship_competence"]
        objectives = _OBJECTIVES[language]
        ids: list[str] = []
        for position, (catalogue_id, names, phase) in enumerate(chosen, start=1):
            level = pick(_TARGET_LEVELS)
            competence_id = new_id()
            ids.append(competence_id)
            append((competence_id, stamp, stamp, internship_id, catalogue_id, names[language],
                    objectives[level - 1], level, phase, position))  # fmt: skip
        return ids

    def _visits(
        self,
        internship_id: str,
        slot: Slot,
        intern: InternProfile,
        mentor_name: str,
        consultant: ConsultantProfile,
        words: dict[str, tuple[str, ...]],
    ) -> None:
        """Kick-off on the first day, mid-term visit halfway, final interview in the last week."""
        rand, pick, today, stamps, new_id = (
            self.rand,
            self.pick,
            self.today,
            self.stamps,
            self.new_id,
        )
        start, end = slot.start, slot.actual_end or slot.planned_end
        overdue_share = 0.3 if slot.status == _S.RUNNING else 0.03
        midpoint = midpoint_working_day(start, slot.planned_end)
        final = (
            end
            if slot.status == _S.TERMINATED
            else weekday_or_friday(end - _DAYS[self.between(0, 3)])
        )
        plans = [(_KICKOFF, start), (_MIDTERM, midpoint), (_FINAL, final)]
        if midpoint > end:
            del plans[1]
        attendees = f"{intern.full_name}, {mentor_name}, {consultant.name}"
        created = stamps(min(today, start - _DAYS[7]))
        append = self.w["visit"]
        notes_options, action_options = words["visit"], words["actions"]
        for kind, planned in plans:
            done: date | None = None
            if planned <= today and (kind == _KICKOFF or rand() >= overdue_share):
                done = min(today, planned + _DAYS[pick((0, 0, 0, 1, 2))])
            r = rand()
            if kind == _KICKOFF:
                mode = _ON_SITE if r < 0.85 else _VIDEO
            else:
                mode = _ON_SITE if r < 0.55 else _VIDEO if r < 0.85 else _PHONE
            if done is None:
                append((new_id(), created, created, internship_id, kind, mode,
                        planned.isoformat(), None, attendees, None, None))  # fmt: skip
            else:
                actions = pick(action_options) if rand() < 0.3 else None
                append((new_id(), created, stamps(done), internship_id, kind, mode,
                        planned.isoformat(), done.isoformat(), attendees, pick(notes_options),
                        actions))  # fmt: skip


def _subset(
    rng: random.Random, items: list[tuple[str, Names]], limit: int | None
) -> list[tuple[str, Names]]:
    """*limit* items of *items* in catalogue order (all of them without a limit)."""
    if limit is None or limit >= len(items):
        return items
    keep = sorted(rng.sample(range(len(items)), limit))
    return [items[i] for i in keep]

"""Rows of what is assessed during an internship: the intern's competence scans, the
mentor's evaluations with their scores, and the intern's evaluation of the workplace.

Scores follow a learning curve: the end scan is generally higher than the start
scan, and the final evaluation no lower than the mid-term one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any

from consultant_app.demo import texts
from consultant_app.demo.schedule import Slot
from consultant_app.demo.writer import Appenders, IdMaker, Stamps
from consultant_app.domain.enums import (
    EvaluationStage,
    InternshipStatus,
    Recommendation,
    ScanMoment,
)
from consultant_app.domain.workdays import midpoint_working_day

_S = InternshipStatus
#: ``DAYS[n]`` is ``timedelta(days=n)``, made once.
DAYS = tuple(timedelta(days=n) for n in range(400))
_WORKPLACE_SCORES = (1, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 4)
#: The mentor's score of a competence not observed (the scale runs 1-4).
NOT_OBSERVED = 0
#: Change of a self-score between the start and the end scan: mostly a step up.
_SCAN_PROGRESS = (-1, 0, 0, 1, 1, 1, 1, 2, 2)
#: Start self-scores (0-4): most interns rate themselves 1 or 2 before they begin.
_SCAN_START = (0, 1, 1, 1, 2, 2, 2, 2, 3, 3)
_MID_STAGE, _FINAL_STAGE = EvaluationStage.MIDTERM.value, EvaluationStage.FINAL.value
_SCAN_START_MOMENT, _SCAN_END_MOMENT = ScanMoment.START.value, ScanMoment.END.value
_RECOMMEND = (Recommendation.NO.value, Recommendation.WITH_RESERVATIONS.value)
_RECOMMEND_YES = Recommendation.YES.value
_DAYS = DAYS


def weekday_or_friday(day: date) -> date:
    """*day*, or the Friday before it when it falls on a weekend."""
    weekday = day.weekday()
    return day - DAYS[weekday - 4] if weekday > 4 else day


class AssessmentWriter:
    """Writes the assessment rows; :class:`~.roadmap.RoadmapWriter` sets the attributes."""

    w: Appenders
    rand: Callable[[], float]
    pick: Callable[[Sequence[Any]], Any]
    between: Callable[[int, int], int]
    new_id: IdMaker
    stamps: Stamps
    today: date

    def _scans(self, internship_id: str, slot: Slot, competences: list[str]) -> None:
        """Self-assessments of the intern: before the start, and at the end when it is over."""
        rand, pick, today = self.rand, self.pick, self.today
        status = slot.status
        start_day = slot.start - _DAYS[self.between(1, 10)]
        if start_day > today or (status == _S.SIGNED and rand() < 0.5):
            return
        start_scores = [pick(_SCAN_START) for _ in competences]
        self._scan(internship_id, _SCAN_START_MOMENT, start_day, competences, start_scores)
        if status == _S.COMPLETED or (status == _S.TERMINATED and rand() < 0.5):
            end = slot.actual_end or slot.planned_end
            end_day = min(today, end + _DAYS[self.between(0, 5)])
            end_scores = [min(4, max(0, s + pick(_SCAN_PROGRESS))) for s in start_scores]
            self._scan(internship_id, _SCAN_END_MOMENT, end_day, competences, end_scores)

    def _scan(
        self, internship_id: str, moment: str, day: date, competences: list[str], scores: list[int]
    ) -> None:
        new_id = self.new_id
        stamp = self.stamps(day)
        scan_id = new_id()
        self.w["competence_scan"]((scan_id, stamp, stamp, internship_id, moment, day.isoformat()))
        append = self.w["competence_scan_score"]
        for competence_id, score in zip(competences, scores, strict=True):
            append((new_id(), stamp, stamp, scan_id, competence_id, score))

    def _evaluations(
        self,
        internship_id: str,
        slot: Slot,
        competences: list[str],
        mentor_id: str,
        language: str,
    ) -> None:
        """The mentor's mid-term evaluation once halfway, and the final one when completed."""
        rand, today = self.rand, self.today
        end = slot.actual_end or slot.planned_end
        midpoint = midpoint_working_day(slot.start, slot.planned_end)
        if midpoint > min(today, end):
            return
        # The intern's level: mostly between 2 and 3.5 on the four-level scale.
        ability = 1.9 + rand() * 1.6
        mid_day = min(today, end, midpoint + _DAYS[self.between(0, 4)])
        mid_scores = [
            NOT_OBSERVED if rand() < 0.07 else min(4, max(1, int(ability - 0.4 + rand())))
            for _ in competences
        ]
        self._evaluation(
            internship_id, _MID_STAGE, mid_day, mentor_id, language, competences, mid_scores,
            None,
        )  # fmt: skip
        if slot.status != _S.COMPLETED:
            return
        final_day = max(mid_day, min(today, weekday_or_friday(end - _DAYS[self.between(0, 3)])))
        final_scores = [
            NOT_OBSERVED if rand() < 0.04 else min(4, max(1, m or 1, int(ability + rand() * 0.9)))
            for m in mid_scores
        ]
        known = [s for s in final_scores if s != NOT_OBSERVED]
        mean = sum(known) / len(known) if known else 2.0
        recommendation = _RECOMMEND_YES if mean >= 3 else _RECOMMEND[mean >= 2.3]
        self._evaluation(
            internship_id, _FINAL_STAGE, final_day, mentor_id, language, competences,
            final_scores, recommendation,
        )  # fmt: skip

    def _evaluation(
        self,
        internship_id: str,
        stage: str,
        day: date,
        mentor_id: str,
        language: str,
        competences: list[str],
        scores: list[int | None],
        recommendation: str | None,
    ) -> None:
        new_id = self.new_id
        stamp = self.stamps(day)
        evaluation_id = new_id()
        known = [s for s in scores if s not in (None, NOT_OBSERVED)]
        level = round(sum(known) / len(known)) if known else 2
        appreciation = texts.APPRECIATIONS[language][level - 1]
        self.w["evaluation"](
            (evaluation_id, stamp, stamp, internship_id, stage, day.isoformat(), mentor_id,
             appreciation, recommendation, None, 0 if recommendation is None else 1)
        )  # fmt: skip
        append = self.w["evaluation_score"]
        for competence_id, score in zip(competences, scores, strict=True):
            append((new_id(), stamp, stamp, evaluation_id, competence_id, score, None))

    def _workplace_evaluation(
        self, internship_id: str, slot: Slot, words: dict[str, tuple[str, ...]]
    ) -> None:
        """The intern's evaluation of the workplace, mostly positive."""
        pick = self.pick
        day = min(self.today, slot.planned_end + _DAYS[self.between(0, 10)])
        stamp = self.stamps(day)
        scores = [pick(_WORKPLACE_SCORES) for _ in range(6)]
        comment = pick(words["workplace"]) if self.rand() < 0.4 else None
        self.w["workplace_evaluation"](
            (self.new_id(), stamp, stamp, internship_id, day.isoformat(), *scores,
             1 if sum(scores) >= 16 else 0, comment)
        )  # fmt: skip

"""What the printed roadmap sheets show: plain, already chosen values.

The roadmap (feuille de route / stageroadmap) has three parts: the workstation
sheet with its risk analysis, the tasks and competences, and the evaluations and
visits. Besides the whole roadmap, four sheets are printed from it: the mentor's
evaluation (mid-term or final, blank or filled), the intern's evaluation of the
workplace (blank or filled), the competence scan chart and the end-of-internship
report.

The services fill these from the store; the renderers only lay them out. Every
string is user text and is printed literally. Codes (phase, stage, visit kind,
recommendation) are the values of the domain enums and are translated by the
renderer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from consultant_app.documents.data import ConsultantProfile, FundIdentity
from consultant_app.domain.enums import Phase

#: Phases of the internship, in print order (``Phase`` values).
PHASES: tuple[str, ...] = tuple(phase.value for phase in Phase)
#: Stages of the mentor's evaluation (``EvaluationStage`` values).
STAGES = ("midterm", "final")
#: Moments of the intern's competence scan (``ScanMoment`` values).
SCAN_MOMENTS = ("start", "end")
#: Recommendations for employment (``Recommendation`` values), in print order.
RECOMMENDATIONS = ("yes", "with_reservations", "no")
#: The scales and the workplace criteria are those of :mod:`consultant_app.domain.roadmap`.


@dataclass(frozen=True)
class SheetHeader:
    """Who and what a sheet is about: the same on every sheet of one internship."""

    reference: str
    language: str  # "nl" | "fr" | "en"
    issued_on: date  # the PDF's date (never the wall clock)
    fund: FundIdentity
    consultant: ConsultantProfile
    intern_name: str
    host_name: str
    host_address: str = ""
    mentor_name: str = ""
    mentor_job_title: str = ""
    function_name: str = ""
    start_date: date | None = None
    end_date: date | None = None  # the actual end when known, else the planned one


@dataclass(frozen=True)
class RiskLine:
    description: str
    measures: str = ""
    protective_equipment: str = ""
    #: ``None`` when the risk was written in (not from the catalogue) and nobody said.
    forbidden_for_young_workers: bool | None = None


@dataclass(frozen=True)
class WorkstationSheet:
    """Part 1: the workstation sheet and its risk analysis."""

    post_name: str = ""
    post_description: str = ""
    place: str = ""
    work_equipment: str = ""
    qualifications: str = ""
    prior_instructions: str = ""
    protective_equipment: str = ""
    risks: tuple[RiskLine, ...] = ()
    health_surveillance: bool = False
    health_surveillance_detail: str = ""
    forbidden_work: bool = False
    #: Why the work forbidden to young workers is allowed here (under supervision).
    forbidden_work_justification: str = ""
    prevention_advisor: str = ""
    first_aid_person: str = ""
    drawn_up_on: date | None = None
    drawn_up_by: str = ""


@dataclass(frozen=True)
class TaskLine:
    text: str
    phase: str = "start"  # one of PHASES


@dataclass(frozen=True)
class CompetenceItem:
    text: str
    objective: str = ""
    target_level: int | None = None  # 1..4
    phase: str = "start"  # one of PHASES


@dataclass(frozen=True)
class VisitLine:
    kind: str  # "kickoff" | "midterm" | "final"
    mode: str  # "on_site" | "phone" | "video"
    planned_on: date | None
    done_on: date | None = None
    attendees: str = ""
    notes: str = ""
    action_points: str = ""


@dataclass(frozen=True)
class EvaluationSummary:
    """Part 3: where one of the mentor's evaluations stands."""

    stage: str  # one of STAGES
    entered: bool  # False: nothing entered yet
    is_final: bool = False
    evaluated_on: date | None = None
    mentor_name: str = ""
    scored: int = 0  # competences scored 1..4
    not_observed: int = 0
    competences: int = 0
    average: float | None = None  # of the 1..4 scores
    recommendation: str | None = None  # one of RECOMMENDATIONS
    overall_appreciation: str = ""


@dataclass(frozen=True)
class RoadmapData:
    """The whole roadmap of one internship, its three parts in one document."""

    header: SheetHeader
    workstation: WorkstationSheet | None  # None: not drawn up yet (printed as a form)
    tasks: tuple[TaskLine, ...] = ()
    competences: tuple[CompetenceItem, ...] = ()
    visits: tuple[VisitLine, ...] = ()
    evaluations: tuple[EvaluationSummary, ...] = ()
    #: When each competence scan was done (``None``: not done), and the workplace evaluation.
    start_scan_on: date | None = None
    end_scan_on: date | None = None
    workplace_evaluated_on: date | None = None
    workplace_entered: bool = False


@dataclass(frozen=True)
class EvaluationRow:
    """One competence of the mentor's evaluation with what was entered for it."""

    competence: CompetenceItem
    score: int | None = None  # 1..4, NOT_OBSERVED, or None (nothing ticked)
    comment: str = ""


@dataclass(frozen=True)
class EvaluationSheetData:
    """The mentor's evaluation sheet; blank (a form) or filled with what was entered."""

    header: SheetHeader
    stage: str  # one of STAGES
    blank: bool
    rows: tuple[EvaluationRow, ...] = ()
    tasks: tuple[TaskLine, ...] = ()
    evaluated_on: date | None = None
    overall_appreciation: str = ""
    comments: str = ""
    recommendation: str | None = None  # one of RECOMMENDATIONS


@dataclass(frozen=True)
class WorkplaceSheetData:
    """The intern's evaluation of the workplace; blank or filled."""

    header: SheetHeader
    blank: bool
    #: ``(criterion of WORKPLACE_CRITERIA, score 1..4 or None)`` in print order.
    scores: tuple[tuple[str, int | None], ...] = ()
    would_recommend: bool | None = None
    comments: str = ""
    completed_on: date | None = None


@dataclass(frozen=True)
class ScanRow:
    """One competence on the scan chart: the self-scores (0..4) and the mentor's final score."""

    competence: str
    start: int | None = None
    end: int | None = None
    mentor: int | None = None  # 1..4; None when not scored or not observed
    target_level: int | None = None


@dataclass(frozen=True)
class ScanSheetData:
    """The competence scan of one internship: start against end, with the mentor's scores."""

    header: SheetHeader
    rows: tuple[ScanRow, ...] = ()
    start_on: date | None = None
    end_on: date | None = None
    mentor_on: date | None = None


@dataclass(frozen=True)
class ReportData:
    """The end-of-internship report for the intern."""

    header: SheetHeader
    working_days: int
    weeks: float
    tasks: tuple[TaskLine, ...] = ()
    rows: tuple[ScanRow, ...] = ()  # the competences with target, scans and final score
    appreciation: str = ""
    recommendation: str | None = None  # one of RECOMMENDATIONS
    evaluated_on: date | None = None  # the final evaluation's date
    #: The final evaluation was entered; else the mid-term one is shown, if any.
    final_evaluation: bool = False


@dataclass(frozen=True)
class SelfScanSheetData:
    """The blank form of the intern's competence scan at one moment, to fill in by hand."""

    header: SheetHeader
    moment: str  # one of SCAN_MOMENTS
    competences: tuple[CompetenceItem, ...] = ()


SheetData = (
    RoadmapData
    | EvaluationSheetData
    | WorkplaceSheetData
    | ScanSheetData
    | SelfScanSheetData
    | ReportData
)

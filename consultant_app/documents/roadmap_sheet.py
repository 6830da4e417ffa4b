"""The printed roadmap (feuille de route / stageroadmap): its three parts in one A4 PDF.

Part 1 is the workstation sheet with the risk analysis, part 2 the tasks and
competences by phase, part 3 the visits and where the evaluations stand. A part
nobody filled in yet prints as a form with room to write.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from consultant_app.documents.flowables import bullets, grid_table, heading, key_value_table
from consultant_app.documents.pdf import build_pdf
from consultant_app.documents.roadmap_data import (
    PHASES,
    EvaluationSummary,
    RoadmapData,
    VisitLine,
    WorkstationSheet,
)
from consultant_app.documents.sheet_layout import (
    day,
    glued,
    header_table,
    level_text,
    page_setup,
    recommendation_label,
    template,
    title_block,
    word_widths,
    yes_no,
)
from consultant_app.documents.styles import CONTENT_WIDTH, FONT, styles
from consultant_app.documents.templates import DocumentTemplate
from consultant_app.documents.text import BLANK, escape, format_number
from consultant_app.domain.roadmap import (
    DATE,
    RISK_SHEET_DETAILS,
    RISK_SHEET_FIELDS,
    RISK_SHEET_KINDS,
    YES_NO,
)

_EMPTY_RISK_ROWS = 3


def _label(t: DocumentTemplate, key: str) -> str:
    return t.plain(f"roadmap.{key}")


#: The fields of the workstation sheet whose label (``roadmap.<label>``) has another name;
#: the others are labelled by their own name.
_FIELD_LABELS = {
    "post_name": "post",
    "post_description": "description",
    "work_equipment": "equipment",
    "prior_instructions": "instructions",
    "health_surveillance_detail": "health_surveillance_which",
    "forbidden_work_justification": "forbidden_work_why",
    "first_aid_person": "first_aid",
}
#: The post and its protective equipment print above the risks, the rest below them.
_ABOVE_RISKS = RISK_SHEET_FIELDS.index("protective_equipment") + 1


def _sheet_rows(
    t: DocumentTemplate, sheet: WorkstationSheet, fields: Sequence[str], blank: bool
) -> list[tuple[str, str]]:
    """The label and value of *fields*; the detail of a yes/no answer only under a yes
    (or on a blank sheet, where both are offered)."""
    both = f"{t.plain('common.yes')} / {t.plain('common.no')}"
    details = {detail: flag for flag, detail in RISK_SHEET_DETAILS.items()}
    rows = []
    for key in fields:
        if key in details and not (blank or getattr(sheet, details[key])):
            continue
        value = getattr(sheet, key)
        kind = RISK_SHEET_KINDS[key]
        if kind == YES_NO:
            text = both if blank else yes_no(t, value)
        elif kind == DATE:
            text = day(value) or BLANK
        else:
            text = value or BLANK
        rows.append((_label(t, _FIELD_LABELS.get(key, key)), text))
    return rows


def _part1(t: DocumentTemplate, workstation: WorkstationSheet | None) -> list[Flowable]:
    st = styles()
    parts = heading(t.markup("roadmap.part1"), st.heading)
    blank = workstation is None
    sheet = workstation or WorkstationSheet()
    if blank:
        parts.append(Paragraph(t.markup("roadmap.part1_missing"), st.note))
    above = _sheet_rows(t, sheet, RISK_SHEET_FIELDS[:_ABOVE_RISKS], blank)
    parts.append(key_value_table(above, label_width=52 * mm))
    parts += heading(t.markup("roadmap.risks"), st.subheading)
    header = [_label(t, key) for key in ("risk", "measures", "risk_equipment", "forbidden")]
    (equipment,) = word_widths(header[2:3], 0.2 * CONTENT_WIDTH)
    (forbidden,) = word_widths(header[3:], 0.15 * CONTENT_WIDTH)  # holds "yes" or "no"
    risk = 0.22 * CONTENT_WIDTH
    widths = (risk, CONTENT_WIDTH - risk - equipment - forbidden, equipment, forbidden)
    if sheet.risks:
        rows = [
            (
                risk.description,
                risk.measures,
                risk.protective_equipment,
                ""
                if risk.forbidden_for_young_workers is None
                else yes_no(t, risk.forbidden_for_young_workers),
            )
            for risk in sheet.risks
        ]
        parts.append(grid_table(header, rows, widths))
    elif blank:
        rows = [("\n\n", "", "", "") for _ in range(_EMPTY_RISK_ROWS)]
        parts.append(grid_table(header, rows, widths))
    else:
        parts.append(Paragraph(t.markup("roadmap.no_risks"), st.note))
    parts.append(Spacer(1, 6))
    below = _sheet_rows(t, sheet, RISK_SHEET_FIELDS[_ABOVE_RISKS:], blank)
    safety = key_value_table(below, label_width=52 * mm)
    parts.append(KeepTogether([safety]))
    return parts


def _part2(t: DocumentTemplate, data: RoadmapData) -> list[Flowable]:
    st = styles()
    parts = heading(t.markup("roadmap.part2"), st.heading)
    if not data.tasks:
        parts.append(Paragraph(t.markup("common.no_tasks"), st.note))
    if not data.competences:
        parts.append(Paragraph(t.markup("common.no_competences"), st.note))
    header = [t.plain(f"common.{key}") for key in ("competence", "objective", "target_level")]
    widths = (0.36 * CONTENT_WIDTH, 0.46 * CONTENT_WIDTH, 0.18 * CONTENT_WIDTH)
    for phase in PHASES:
        tasks = [task for task in data.tasks if task.phase == phase]
        competences = [item for item in data.competences if item.phase == phase]
        if not tasks and not competences:
            continue
        parts += heading(t.markup(f"common.phase_{phase}"), st.subheading)
        if tasks:
            parts.append(Paragraph(t.markup("common.tasks"), st.cell_label))
            parts += bullets(task.text for task in tasks)
            parts.append(Spacer(1, 3))
        if competences:
            rows = [
                (item.text, item.objective, level_text(t, item.target_level, "—"))
                for item in competences
            ]
            parts.append(grid_table(header, rows, widths))
            parts.append(Spacer(1, 3))
    return parts


def _visit_row(t: DocumentTemplate, visit: VisitLine) -> tuple[str, str, str, str, str]:
    notes = visit.notes.strip()
    if visit.action_points.strip():
        label = _label(t, "action_points")
        notes = "\n".join(
            part for part in (notes, f"{label}: {visit.action_points.strip()}") if part
        )
    return (
        f"{_label(t, f'kind_{visit.kind}')}\n{_label(t, f'mode_{visit.mode}')}",
        day(visit.planned_on),
        day(visit.done_on),
        visit.attendees,
        notes,
    )


def _status(t: DocumentTemplate, evaluation: EvaluationSummary) -> str:
    if not evaluation.entered:
        return _label(t, "status_not_entered")
    if evaluation.evaluated_on is None:
        return _label(t, "status_in_progress")
    key = "status_completed" if evaluation.is_final else "status_entered"
    return t.plain(f"roadmap.{key}", date=day(evaluation.evaluated_on))


def _summary(t: DocumentTemplate, evaluation: EvaluationSummary, language: str) -> str:
    if not evaluation.entered:
        return ""
    lines = []
    if evaluation.scored and evaluation.average is not None:
        scores = t.plain(
            "roadmap.scores",
            scored=evaluation.scored,
            competences=evaluation.competences,
            average=format_number(evaluation.average, language, 1),
        )
        lines.append(glued(scores))
    else:
        lines.append(_label(t, "scores_none"))
    if evaluation.not_observed:
        lines.append(t.plain("roadmap.not_observed_count", count=evaluation.not_observed))
    if evaluation.recommendation and evaluation.stage == "final":  # a final-stage question
        value = recommendation_label(t, evaluation.recommendation)
        lines.append(t.plain("roadmap.recommendation", value=value))
    if evaluation.mentor_name:
        lines.append(t.plain("roadmap.by_mentor", name=evaluation.mentor_name))
    return "\n".join(lines)


def _done(t: DocumentTemplate, entered: bool, on: object) -> str:
    if not entered:
        return _label(t, "status_not_entered")
    if on is None:
        return _label(t, "status_in_progress")
    return t.plain("roadmap.status_done", date=day(on))  # type: ignore[arg-type]


def _part3(t: DocumentTemplate, data: RoadmapData) -> list[Flowable]:
    st = styles()
    language = data.header.language
    parts = heading(t.markup("roadmap.part3"), st.heading)
    parts += heading(t.markup("roadmap.visits"), st.subheading)
    if data.visits:
        header = [_label(t, key) for key in ("visit", "planned", "done", "attendees", "notes")]
        date_width = pdfmetrics.stringWidth("00/00/0000", FONT, styles().cell.fontSize) + 8
        planned, done = word_widths(header[1:3], date_width)
        visit, attendees = 0.2 * CONTENT_WIDTH, 0.2 * CONTENT_WIDTH
        notes = CONTENT_WIDTH - visit - planned - done - attendees
        widths = (visit, planned, done, attendees, notes)
        parts.append(grid_table(header, [_visit_row(t, v) for v in data.visits], widths))
    else:
        parts.append(Paragraph(t.markup("roadmap.no_visits"), st.note))
    rows = [
        (t.plain(f"common.stage_{e.stage}"), _status(t, e), _summary(t, e, language))
        for e in data.evaluations
    ]
    rows += [
        (
            _label(t, "start_scan"),
            _done(t, data.start_scan_on is not None, data.start_scan_on),
            "",
        ),
        (_label(t, "end_scan"), _done(t, data.end_scan_on is not None, data.end_scan_on), ""),
        (
            _label(t, "workplace"),
            _done(t, data.workplace_entered, data.workplace_evaluated_on),
            "",
        ),
    ]
    header = [_label(t, key) for key in ("item", "status", "summary")]
    widths = (0.3 * CONTENT_WIDTH, 0.24 * CONTENT_WIDTH, 0.46 * CONTENT_WIDTH)
    title = Paragraph(t.markup("roadmap.evaluations"), st.subheading)
    parts.append(KeepTogether([title, grid_table(header, rows, widths)]))
    for evaluation in data.evaluations:
        text = evaluation.overall_appreciation.strip()
        if not (evaluation.entered and text):
            continue
        stage = t.plain(f"common.stage_{evaluation.stage}")
        parts.append(
            KeepTogether(
                [
                    Paragraph(t.markup("roadmap.appreciation", stage=stage), st.subheading),
                    Paragraph(escape(text), st.body),
                ]
            )
        )
    return parts


def render_roadmap(data: RoadmapData) -> bytes:
    """The whole roadmap of *data* as an A4 PDF in its language (same data, same bytes)."""
    t = template(data.header.language)
    story: list[Flowable] = [
        *title_block(t, data.header, t.markup("roadmap.title")),
        *t.flowables("roadmap.intro"),
        Spacer(1, 2),
        header_table(t, data.header, consultant=True),
        *_part1(t, data.workstation),
        *_part2(t, data),
        *_part3(t, data),
    ]
    setup = page_setup(t, data.header, t.plain("roadmap.title"), t.plain("roadmap.header"))
    return build_pdf(story, setup)

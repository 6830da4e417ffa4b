"""The roadmap of one internship in the subject-access export.

Risk assessment, tasks, competences, visits, follow-up log, evaluations and scans.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from reportlab.platypus import Flowable, Spacer

from consultant_app.documents.flowables import grid_table
from consultant_app.documents.subject_access_layout import (
    Words,
    fitted_widths,
    joined_lines,
    label_values,
    marked,
    record_table,
    subsection,
    text_of,
)
from consultant_app.domain.roadmap import RISK_SHEET_FIELDS


def _sheet_value(words: Words, key: str, value: object) -> str:
    if isinstance(value, bool):
        return words.yes_no(value)
    if key == "drawn_up_on":
        return words.day(value)
    return text_of(value)


def roadmap_sections(words: Words, item: Mapping[str, Any]) -> list[Flowable]:
    """The risk assessment, tasks and competences of one internship."""
    roadmap = item["roadmap"]
    story: list[Flowable] = []
    sheet = roadmap["risk_assessment"]
    if sheet is not None:
        story += subsection(marked(words.t.plain("sections.risk_assessment"), words, sheet))
        story += label_values(
            words,
            [(key, _sheet_value(words, key, sheet[key])) for key in RISK_SHEET_FIELDS],
            skip_empty=True,
        )
        story += record_table(
            words,
            None,
            [("risk", 0.34), ("measures", 0.4), ("protective_equipment", 0.26)],
            sheet["risks"],
            lambda row: [
                marked(text_of(row["description"]), words, row),
                text_of(row["measures"]),
                text_of(row["protective_equipment"]),
            ],
        )
    story += record_table(
        words,
        "sections.tasks",
        [("phase", 0.18), ("task", 0.82)],
        roadmap["tasks"],
        lambda row: [marked(words.code("phase", row["phase"]), words, row), text_of(row["text"])],
    )
    story += record_table(
        words,
        "sections.competences",
        [("phase", 0.14), ("competence", 0.36), ("objective", 0.36), ("target_level", 0.14)],
        roadmap["competences"],
        lambda row: [
            marked(words.code("phase", row["phase"]), words, row),
            text_of(row["text"]),
            text_of(row["objective"]),
            _level(words, row["target_level"]),
        ],
    )
    return story


def _level(words: Words, level: object) -> str:
    return "" if level is None else words.t.plain("values.level_value", level=level)


def _visit_cells(words: Words, row: Mapping[str, Any]) -> list[str]:
    notes = joined_lines(
        *(
            words.labelled(key, text_of(row[key]))
            for key in ("attendees", "notes", "action_points")
            if text_of(row[key])
        )
    )
    return [
        marked(words.code("visit", row["kind"]), words, row),
        words.code("mode", row["mode"]),
        words.day(row["planned_on"]),
        words.day(row["done_on"]),
        notes,
    ]


def follow_up_sections(words: Words, item: Mapping[str, Any]) -> list[Flowable]:
    """The visits and follow-up log of one internship."""
    story = record_table(
        words,
        "sections.visits",
        [("kind", 0.17), ("mode", 0.12), ("planned_on", 0.13), ("done_on", 0.13), ("notes", 0.45)],
        item["visits"],
        lambda row: _visit_cells(words, row),
    )
    story += record_table(
        words,
        "sections.follow_up_log",
        [("at", 0.17), ("author", 0.17), ("kind", 0.14), ("text", 0.52)],
        item["follow_up_log"],
        lambda row: [
            words.moment(row["at"]),
            text_of(row["author"]),
            marked(words.code("log", row["kind"]), words, row),
            text_of(row["text"]),
        ],
    )
    return story


def _score(words: Words, score: object) -> str:
    """A mentor's or a workplace score 1-4; 0 is "not observed"."""
    if score is None:
        return ""
    if score == 0:
        return words.t.plain("values.not_observed")
    return words.t.plain("values.level_value", level=score)


def evaluation_sections(words: Words, item: Mapping[str, Any]) -> list[Flowable]:
    """The mentor's evaluations, the workplace evaluation and the competence scans."""
    story: list[Flowable] = []
    for evaluation in item["evaluations"]:
        title = words.t.plain("sections.evaluation", stage=words.code("stage", evaluation["stage"]))
        story += subsection(marked(title, words, evaluation))
        mentor = evaluation.get("mentor") or {}
        story += label_values(
            words,
            [
                ("evaluated_on", words.day(evaluation["evaluated_on"])),
                ("mentor", mentor.get("name")),
                ("overall_appreciation", evaluation["overall_appreciation"]),
                (
                    "recommendation",
                    words.code("recommendation", evaluation["recommendation"]),
                ),
                ("comments", evaluation["comments"]),
                ("is_final", words.yes_no(evaluation["is_final"])),
            ],
            skip_empty=True,
        )
        story += record_table(
            words,
            None,
            [("competence", 0.44), ("score", 0.14), ("comment", 0.42)],
            evaluation["scores"],
            lambda row: [
                marked(text_of(row["competence"]), words, row),
                _score(words, row["score"]),
                text_of(row["comment"]),
            ],
        )
    workplace = item["workplace_evaluation"]
    if workplace is not None:
        story += subsection(
            marked(words.t.plain("sections.workplace_evaluation"), words, workplace)
        )
        story += label_values(
            words,
            [("completed_on", words.day(workplace["completed_on"]))]
            + [
                (key, _score(words, workplace[key]))
                for key in ("onboarding", "guidance", "task_variety", "atmosphere", "safety")
            ]
            + [
                ("learning", _score(words, workplace["learning"])),
                ("would_recommend", words.yes_no(workplace["would_recommend"])),
                ("comments", workplace["comments"]),
            ],
            skip_empty=True,
        )
    if item["competence_scans"]:
        story += subsection(words.t.plain("sections.competence_scans"))
        scans = item["competence_scans"]
        competences: list[str] = []
        for scan in scans:
            for row in scan["scores"]:
                if row["competence"] not in competences:
                    competences.append(row["competence"])
        share = 0.5 / len(scans)
        titles = [
            marked(
                joined_lines(words.code("moment", scan["moment"]), words.day(scan["completed_on"])),
                words,
                scan,
            )
            for scan in scans
        ]
        rows = [
            [text_of(name)]
            + [
                next((str(row["score"]) for row in scan["scores"] if row["competence"] == name), "")
                for scan in scans
            ]
            for name in competences
        ]
        story += [
            grid_table(
                [words.field("competence"), *titles],
                rows,
                fitted_widths(
                    [words.field("competence"), *titles], rows, [0.5] + [share] * len(scans)
                ),
                align_right=range(1, len(scans) + 1),
            ),
            Spacer(1, 5),
        ]
    return story

"""The internships in the subject-access export.

For each: its details, interruptions, signatures, amendments, rule overrides, roadmap,
follow-up, evaluations and issued documents.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from reportlab.platypus import Flowable, Paragraph

from consultant_app.documents.data import WEEKDAYS
from consultant_app.documents.flowables import heading
from consultant_app.documents.styles import styles
from consultant_app.documents.subject_access_layout import (
    Words,
    fitted_grid,
    joined_lines,
    label_values,
    marked,
    record_table,
    section,
    subsection,
    text_of,
)
from consultant_app.documents.subject_access_roadmap import (
    evaluation_sections,
    follow_up_sections,
    roadmap_sections,
)
from consultant_app.documents.text import escape
from consultant_app.domain.identifiers import display_enterprise_number


def _schedule(words: Words, schedule: Mapping[str, Any]) -> str:
    hours = schedule.get("hours") or {}
    days = ", ".join(
        f"{words.code('weekday', day)} "
        + words.t.plain("values.hours_value", hours=words.number(hours[day]))
        for day in WEEKDAYS
        if hours.get(day)
    )
    return joined_lines(days, text_of(schedule.get("note")))


def _internship_details(words: Words, item: Mapping[str, Any]) -> list[Flowable]:
    function, host = item["function"], item["host"]
    mentor, consultant = item.get("mentor") or {}, item.get("consultant") or {}
    period = f"{words.day(item['start_date'])} – {words.day(item['planned_end_date'])}"
    return label_values(
        words,
        [
            ("status", words.code("status", item["status"])),
            ("function", joined_lines(text_of(function["name"]), text_of(function["cluster"]))),
            (
                "host",
                joined_lines(
                    text_of(host["name"]),
                    display_enterprise_number(host["enterprise_number"]),
                    text_of(host["municipality"]),
                ),
            ),
            ("mentor", joined_lines(text_of(mentor.get("name")), text_of(mentor.get("job_title")))),
            ("consultant", consultant.get("name")),
            ("period", period),
            ("actual_end_date", words.day(item["actual_end_date"])),
            ("termination_reason", item["termination_reason"]),
            ("cancellation_reason", item["cancellation_reason"]),
            ("hours_per_week", words.number(item["hours_per_week"])),
            ("schedule", _schedule(words, item["schedule"])),
            ("workplace", item["workplace"]),
            ("objectives", item["objectives"]),
            ("expenses", item["expenses"]),
            ("no_replacement_declared", words.yes_no(item["no_replacement_declared"])),
            ("convention_language", words.code("language", item["convention_language"])),
            ("convention_version", item["convention_version"]),
            ("signed_on", words.day(item["signed_on"])),
        ],
        skip_empty=True,
    )


def _changes(words: Words, changes: object) -> str:
    if not isinstance(changes, Mapping):
        return text_of(changes)
    lines = []
    for key, value in changes.items():
        if isinstance(value, Sequence) and not isinstance(value, str) and len(value) == 2:
            lines.append(words.labelled(key, f"{text_of(value[0])} → {text_of(value[1])}"))
        else:
            lines.append(words.labelled(key, text_of(value)))
    return "\n".join(lines)


def _lists(words: Words, item: Mapping[str, Any]) -> list[Flowable]:
    """Interruptions, signatures, amendments and rule overrides of one internship."""
    story: list[Flowable] = []
    story += record_table(
        words,
        "sections.interruptions",
        [("kind", 0.22), ("period", 0.3), ("note", 0.48)],
        item["interruptions"],
        lambda row: [
            marked(words.code("interruption", row["kind"]), words, row),
            f"{words.day(row['start_date'])} – {words.day(row['end_date'])}",
            text_of(row["note"]),
        ],
    )
    story += record_table(
        words,
        "sections.signatures",
        [
            ("party", 0.2),
            ("signer_name", 0.28),
            ("signed_on", 0.14),
            ("place", 0.28),
            ("version", 0.1),
        ],
        item["signatures"],
        lambda row: [
            marked(words.code("party", row["party"]), words, row),
            text_of(row["signer_name"]),
            words.day(row["signed_on"]),
            text_of(row["place"]),
            text_of(row["convention_version"]),
        ],
    )
    story += record_table(
        words,
        "sections.amendments",
        [("version", 0.1), ("decided_on", 0.16), ("changes", 0.44), ("reason", 0.3)],
        item["amendments"],
        lambda row: [
            marked(text_of(row["version"]), words, row),
            words.day(row["decided_on"]),
            _changes(words, row["changes"]),
            text_of(row["reason"]),
        ],
    )
    story += record_table(
        words,
        "sections.rule_overrides",
        [("rule", 0.16), ("message", 0.3), ("reason", 0.3), ("overridden_by", 0.24)],
        item["rule_overrides"],
        lambda row: [
            marked(text_of(row["rule"]), words, row),
            text_of(row["message"]),
            text_of(row["reason"]),
            joined_lines(text_of(row["overridden_by"]), words.moment(row["overridden_at"])),
        ],
    )
    return story


def _documents(words: Words, item: Mapping[str, Any]) -> list[Flowable]:
    if not item["documents"]:
        return []
    story = subsection(words.t.plain("sections.documents"))
    rows = []
    for row in item["documents"]:
        kind = words.code("document", row["kind"])
        details = ", ".join(
            part for part in (text_of(row["language"]), f"v{row['version']}") if part
        )
        size = (
            words.t.plain("values.bytes_value", size=words.number(row["size"], 0))
            if row["size"] is not None
            else ""
        )
        rows.append(
            [
                marked(f"{kind} ({details})", words, row),
                joined_lines(text_of(row["filename"]), size),
                joined_lines(words.moment(row["issued_at"]), text_of(row["issued_by"])),
                text_of(row["sha256"]),
            ]
        )
    story += fitted_grid(
        words,
        [("document", 0.22), ("filename", 0.3), ("issued_at", 0.2), ("sha256", 0.28)],
        rows,
    )
    story.append(Paragraph(words.t.markup("sections.documents_note"), styles().small))
    return story


def internship_sections(words: Words, data: Mapping[str, Any]) -> list[Flowable]:
    """Every internship of the intern, each with all that belongs to it."""
    story = section(words.t.plain("sections.internships"))
    if not data["internships"]:
        return [*story, Paragraph(words.t.markup("sections.no_internships"), styles().body)]
    for item in data["internships"]:
        title = words.t.plain("sections.internship", reference=item["reference"])
        story += heading(escape(marked(title, words, item)), styles().heading, room=60)
        story += _internship_details(words, item)
        story += _lists(words, item)
        story += roadmap_sections(words, item)
        story += follow_up_sections(words, item)
        story += evaluation_sections(words, item)
        story += _documents(words, item)
    return story

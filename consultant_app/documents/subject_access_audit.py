"""The audit trail in the subject-access export: every recorded change to the intern's data."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from reportlab.platypus import Flowable, Paragraph

from consultant_app.documents.styles import styles
from consultant_app.documents.subject_access_layout import Words, fitted_grid, section, text_of

_ITEM_CODES = {
    "interruption": "interruption",
    "signature": "party",
    "evaluation": "stage",
    "competence_scan": "moment",
    "visit": "visit",
    "visit_log_entry": "log",
}


def _item(words: Words, entry: Mapping[str, Any]) -> str:
    entity = str(entry["entity"])
    parts = list(entry.get("item") or ())
    shown = []
    for index, part in enumerate(parts):
        if index == 0 and entity in _ITEM_CODES:
            shown.append(words.code(_ITEM_CODES[entity], part))
        elif len(part) >= 10 and part[4:5] == "-" and part[7:8] == "-" and part[:4].isdigit():
            shown.append(words.day(part))
        else:
            shown.append(text_of(part))
    label = words.code("entity", entity)
    return f"{label}{words.colon}{' · '.join(shown)}" if shown else label


def audit_section(words: Words, data: Mapping[str, Any]) -> list[Flowable]:
    """The audit trail: who changed what, when, with the values before and after."""
    story = section(words.t.plain("sections.audit_trail"))
    entries = data["audit_trail"]
    if not entries:
        return [*story, Paragraph(words.t.markup("sections.no_audit"), styles().body)]
    story.append(Paragraph(words.t.markup("sections.audit_intro"), styles().body))
    rows = [
        [
            words.moment(entry["at"]),
            text_of(entry["actor"]),
            words.code("action", entry["action"]),
            _item(words, entry),
            words.field(entry["field"]) if entry["field"] else "",
            text_of(entry["old_value"]),
            text_of(entry["new_value"]),
        ]
        for entry in entries
    ]
    story += fitted_grid(
        words,
        [
            ("at", 0.13),
            ("actor", 0.1),
            ("action", 0.14),
            ("record", 0.17),
            ("field", 0.13),
            ("before", 0.165),
            ("after", 0.165),
        ],
        rows,
    )
    return story

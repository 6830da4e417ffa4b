"""The printed amendment (avenant) to a three-party internship convention (A4 PDF)."""

from __future__ import annotations

import re
from datetime import date

from reportlab.platypus import Flowable, Paragraph, Spacer

from consultant_app.documents.convention import (
    PARTY_PLACEHOLDERS,
    SIGNATURE_KEYS,
    page_setup,
    party_values,
    signatures,
)
from consultant_app.documents.convention import SPEC as CONVENTION
from consultant_app.documents.data import DOCUMENT_LANGUAGES, WEEKDAYS, AmendmentData, ChangedField
from consultant_app.documents.flowables import grid_table, heading
from consultant_app.documents.pdf import build_pdf
from consultant_app.documents.styles import CONTENT_WIDTH, styles
from consultant_app.documents.templates import DocumentTemplate, TemplateSpec, keys, load_template
from consultant_app.documents.text import BLANK, format_date, format_number, para

#: Convention fields whose name the template translates; other keys print as they are.
FIELDS = (
    "start_date",
    "planned_end_date",
    "working_days",
    "hours_per_week",
    "schedule",
    "schedule_note",
    "workplace",
    "function",
    "tasks",
    "competences",
    "objectives",
    "expenses",
    "mentor",
    "consultant",
    "convention_language",
    "no_replacement_declared",
    "signing_place",
)

SPEC = TemplateSpec(
    document="amendment",
    keys=frozenset(
        keys("document.", "title reference header footer page draft")
        + keys("", "parties.heading parties.text reason.heading reason.none")
        + keys("changes.", "heading field before after empty none")
        + tuple(f"fields.{name}" for name in FIELDS)
        + tuple(f"values.{name}" for name in ("yes", "no", *DOCUMENT_LANGUAGES))
        + keys("closing.", "unchanged decided")
        + SIGNATURE_KEYS
    ),
    placeholders=PARTY_PLACEHOLDERS | frozenset(keys("", "number decided_on reason page pages")),
)

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_NUMBER = re.compile(r"-?\d+(\.\d+)?\Z")
_TRUE, _FALSE = frozenset({"true", "1", "yes"}), frozenset({"false", "0", "no"})


def amendment_number(data: AmendmentData) -> int:
    """The amendment's number: version 2 of a convention is its amendment 1."""
    return max(1, data.version - 1)


def _shown(t: DocumentTemplate, change: ChangedField, text: str, language: str) -> str:
    """A changed value as printed: raw dates, numbers and flags in the document's format."""
    value = text.strip()
    if not value:
        return t.plain("changes.empty")
    if change.field in ("start_date", "planned_end_date") and _ISO_DATE.match(value):
        try:
            return format_date(date.fromisoformat(value))
        except ValueError:
            return text
    if change.field in ("hours_per_week", "working_days") and _NUMBER.match(value):
        return format_number(float(value), language, 2, trim=True)
    if change.field == "no_replacement_declared" and value.lower() in _TRUE | _FALSE:
        return t.plain("values.yes" if value.lower() in _TRUE else "values.no")
    if change.field == "convention_language" and value.lower() in DOCUMENT_LANGUAGES:
        return t.plain(f"values.{value.lower()}")
    if change.field == "schedule":
        return _schedule(value, language)
    return text


def _schedule(value: str, language: str) -> str:
    """A stored weekly schedule (``mon 7.6; tue 7.6``) as the document's weekdays and
    numbers, a day a line (``Maandag 7,6 h``); any other text as it is."""
    days = [part.split() for part in value.split(";")]
    if not all(len(day) == 2 and day[0] in WEEKDAYS and _NUMBER.match(day[1]) for day in days):
        return value
    words = load_template(CONVENTION, language)
    return "\n".join(
        f"{words.plain(f'articles.schedule.{day}')} "
        f"{format_number(float(hours), language, 2, trim=True)}\u00a0h"
        for day, hours in days
    )


def _changes(data: AmendmentData, t: DocumentTemplate) -> list[Flowable]:
    st = styles()
    parts = heading(t.markup("changes.heading"), st.heading)
    if not data.changes:
        parts.append(Paragraph(t.markup("changes.none"), st.body))
        return parts
    language = data.convention.language
    header = [t.plain(f"changes.{k}") for k in ("field", "before", "after")]
    rows = [
        (
            t.plain(f"fields.{change.field}") if change.field in FIELDS else change.field,
            _shown(t, change, change.old, language),
            _shown(t, change, change.new, language),
        )
        for change in data.changes
    ]
    widths = (0.26 * CONTENT_WIDTH, 0.37 * CONTENT_WIDTH, 0.37 * CONTENT_WIDTH)
    parts.append(grid_table(header, rows, widths))
    return parts


def render_amendment(data: AmendmentData) -> bytes:
    """The amendment *data* as an A4 PDF in its convention's language (same data, same bytes)."""
    convention = data.convention
    t = load_template(SPEC, convention.language)
    st = styles()
    v: dict[str, str] = party_values(convention)
    v.update(
        version=str(data.version),
        number=str(amendment_number(data)),
        decided_on=format_date(data.decided_on),
        reason=data.reason,
        fund_name=v["fund_name"] or BLANK,
        fund_signatory=v["fund_signatory"] or BLANK,
        host_represented_by=v["host_represented_by"] or BLANK,
    )
    story: list[Flowable] = [
        Paragraph(t.markup("document.title", **v), st.title),
        Paragraph(t.markup("document.reference", **v), st.subtitle),
        Spacer(1, 6),
        *heading(t.markup("parties.heading"), st.heading),
        *t.flowables("parties.text", **v),
        *heading(t.markup("reason.heading"), st.heading),
    ]
    if data.reason.strip():
        story.append(para(data.reason.strip(), st.body))
    else:
        story.append(Paragraph(t.markup("reason.none"), st.note))
    story += _changes(data, t)
    story.append(Spacer(1, 6))
    story += t.flowables("closing.unchanged", **v)
    story += t.flowables("closing.decided", **v)
    story += signatures(t, convention)
    setup = page_setup(t, convention, t.plain("document.title", **v), v, data.decided_on)
    return build_pdf(story, setup)

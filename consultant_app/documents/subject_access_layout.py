"""How the subject-access export prints its values and blocks.

:class:`Words` gives the labels, codes, dates and numbers of one language; the blocks
(headings, label-and-value tables, tables of records with fitted columns) print them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Spacer

from consultant_app.documents.flowables import CELL_PADDING, grid_table, heading, key_value_table
from consultant_app.documents.styles import CONTENT_WIDTH, styles
from consultant_app.documents.templates import DocumentTemplate
from consultant_app.documents.text import clean, escape, format_date, format_number

#: Printed for an empty value in a label-and-value table.
EMPTY = "—"


class Words:
    """Labels, codes, dates and numbers of the language of the export's template *t*."""

    def __init__(self, t: DocumentTemplate) -> None:
        self.language = t.language
        self.t = t

    def field(self, key: str) -> str:
        name = f"fields.{key}"
        return self.t.plain(name) if name in self.t else key

    def code(self, group: str, value: object) -> str:
        if value is None or value == "":
            return ""
        name = f"values.{group}_{str(value).lower()}"
        return self.t.plain(name) if name in self.t else str(value)

    def day(self, value: object) -> str:
        if not value:
            return ""
        try:
            return format_date(date.fromisoformat(str(value)[:10]))
        except ValueError:
            return str(value)

    def moment(self, value: object) -> str:
        if not value:
            return ""
        try:
            moment = datetime.fromisoformat(str(value))
        except ValueError:
            return str(value)
        return self.t.plain("document.utc", date=format_date(moment.date()), time=f"{moment:%H:%M}")

    def yes_no(self, value: object) -> str:
        if value is None:
            return ""
        return self.t.plain("document.yes" if value else "document.no")

    def number(self, value: object, decimals: int = 1) -> str:
        if value is None or value == "":
            return ""
        return format_number(float(value), self.language, decimals, trim=True)  # type: ignore[arg-type]

    def labelled(self, key: str, value: str) -> str:
        """``Label: value`` (a no-break space before the colon in French)."""
        return f"{self.field(key)}{self.colon}{value}"

    @property
    def colon(self) -> str:
        """A colon and a space (a no-break space before the colon in French)."""
        return "\u00a0: " if self.language == "fr" else ": "

    def deleted(self, row: Mapping[str, Any]) -> str:
        when = row.get("deleted_at")
        return self.t.plain("document.deleted", date=self.day(when)) if when else ""


def text_of(value: object) -> str:
    """The user text *value* cleaned for print; an empty string for ``None``."""
    return "" if value is None else clean(value)


def joined_lines(*parts: str) -> str:
    """The non-blank *parts*, one per line."""
    return "\n".join(part for part in parts if part and part.strip())


def marked(text: str, words: Words, row: Mapping[str, Any]) -> str:
    """*text* followed by "(deleted on …)" when *row* is soft-deleted."""
    mark = words.deleted(row)
    return f"{text} ({mark})" if mark else text


# --------------------------------------------------------------------------- blocks


def section(title: str) -> list[Flowable]:
    """A section heading (user text *title*, printed literally)."""
    return heading(escape(title), styles().heading)


def subsection(title: str) -> list[Flowable]:
    """A subsection heading (user text *title*) kept with the start of its block."""
    return heading(escape(title), styles().subheading, room=30)


def label_values(
    words: Words, rows: Iterable[tuple[str, object]], *, skip_empty: bool
) -> list[Flowable]:
    """A label-and-value table of *rows* ``(field key, value)``: without the empty
    values when *skip_empty*, else with a dash for them."""
    shown = [
        (words.field(key), text_of(value))
        for key, value in rows
        if not skip_empty or text_of(value)
    ]
    if not shown:
        return []
    if not skip_empty:
        shown = [(label, value or EMPTY) for label, value in shown]
    return [key_value_table(shown, label_width=52 * mm), Spacer(1, 4)]


def fitted_grid(
    words: Words,
    columns: Sequence[tuple[str, float]],
    rows: Sequence[Sequence[str]],
    align_right: Sequence[int] = (),
) -> list[Flowable]:
    """A table whose column widths are about fractions of the page's content width."""
    header = [words.field(key) for key, _share in columns]
    widths = fitted_widths(header, rows, [share for _key, share in columns])
    return [grid_table(header, rows, widths, align_right), Spacer(1, 5)]


def record_table(
    words: Words,
    title_key: str | None,
    columns: Sequence[tuple[str, float]],
    records: Sequence[Mapping[str, Any]],
    cells: Callable[[Mapping[str, Any]], list[str]],
) -> list[Flowable]:
    """The *records* as a :func:`fitted_grid`, one row of *cells* each, under the subsection
    *title_key* (when given); nothing at all when there are no records."""
    if not records:
        return []
    title = subsection(words.t.plain(title_key)) if title_key else []
    return title + fitted_grid(words, columns, [cells(row) for row in records])


def _longest_word(texts: Iterable[str], font: str, size: float) -> float:
    longest = 0.0
    for text in texts:
        for word in set(str(text).split()):
            longest = max(longest, pdfmetrics.stringWidth(word, font, size))
    return longest


def fitted_widths(
    header: Sequence[str], rows: Sequence[Sequence[str]], shares: Sequence[float]
) -> list[float]:
    """Column widths near *shares* of the content width, widened so that no word of a
    column is cut in two when the other columns have room to give (longer words than a
    third of the page, such as fingerprints, are cut all the same)."""
    st = styles()
    room = 2 * CELL_PADDING + 1
    widths = [CONTENT_WIDTH * share for share in shares]
    needed = []
    for column in range(len(widths)):
        word = max(
            _longest_word([header[column]], st.cell_bold.fontName, st.cell_bold.fontSize),
            _longest_word((row[column] for row in rows), st.cell.fontName, st.cell.fontSize),
        )
        needed.append(min(word + room, CONTENT_WIDTH / 3))
    missing = sum(max(0.0, need - width) for need, width in zip(needed, widths, strict=True))
    spare = [max(0.0, width - need) for need, width in zip(needed, widths, strict=True)]
    if not missing or sum(spare) < missing:
        return widths
    ratio = missing / sum(spare)
    return [
        max(need, width) if need > width else width - slack * ratio
        for need, width, slack in zip(needed, widths, spare, strict=True)
    ]

"""What the parts of the annual report share: its words, numbering and numeric tables.

:class:`ReportWords` gives the template's texts and the numbers in the report's language;
:class:`Numbering` numbers the sections, tables and figures in print order; the table
style and column widths serve every numeric table.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph

from consultant_app.documents.annual_data import AnnualReportData
from consultant_app.documents.flowables import CELL_PADDING
from consultant_app.documents.styles import (
    CONTENT_WIDTH,
    FONT,
    FONT_BOLD,
    GREY,
    RULE,
    SHADE,
    styles,
)
from consultant_app.documents.templates import DocumentTemplate
from consultant_app.documents.text import clean, format_date, format_number

#: Font size of the wide tables.
SMALL = 8.0


class ReportWords:
    """The texts of the report's template *t* and its numbers, in the report's language."""

    def __init__(self, data: AnnualReportData, t: DocumentTemplate) -> None:
        self.t = t
        self.lang = data.language
        self.values = {
            "fund_name": clean(data.fund.name).strip() or t.plain("labels.the_fund"),
            "period_from": format_date(data.period_from),
            "period_to": format_date(data.period_to),
            "issued_on": format_date(data.issued_on),
        }

    def count(self, value: float) -> str:
        return format_number(value, self.lang, 0)

    def decimal(self, value: float) -> str:
        return format_number(value, self.lang, 1)

    def percent(self, part: float, whole: float) -> str:
        if not whole:
            return "–"
        return self.t.plain("labels.percent", value=self.decimal(100 * part / whole))

    def language(self, code: str, short: bool = False) -> str:
        key = code.strip().upper()
        if key in ("NL", "FR"):
            return self.t.plain(
                f"labels.{key.lower()}_short" if short else f"labels.language_{key.lower()}"
            )
        if key in ("", "OTHER"):
            return self.t.plain("labels.language_other")
        return code

    def committee(self, code: str) -> str:
        key = code.strip()
        if key == "227":
            return self.t.plain("labels.committee_227")
        if key in ("303.01", "303,01"):
            return self.t.plain("labels.committee_303_01")
        if key.lower() in ("", "other"):
            return self.t.plain("labels.committee_other")
        return key

    def gender(self, code: str) -> str:
        key = code.strip().upper()
        if key in ("F", "M", "X"):
            return self.t.plain(f"labels.gender_{key.lower()}")
        return code


class Numbering:
    """The numbered section headings and table and figure captions, in print order."""

    def __init__(self, words: ReportWords) -> None:
        self.words = words
        self.sections = 0
        self.tables = 0
        self.figures = 0
        self.caption = ParagraphStyle(
            "caption", styles().body, fontName=FONT_BOLD, fontSize=8.5, leading=11, spaceBefore=4
        )

    def section(self, key: str) -> Paragraph:
        """The numbered heading of a section."""
        self.sections += 1
        t = self.words.t
        title = t.markup("labels.section", number=self.sections) + " " + t.markup(key)
        return Paragraph(title, styles().heading)

    def table_caption(self, key: str) -> Paragraph:
        self.tables += 1
        t = self.words.t
        label = t.markup("labels.table", number=self.tables)
        return Paragraph(f"{label} – {t.markup(key, **self.words.values)}", self.caption)

    def figure_caption(self, key: str) -> Paragraph:
        self.figures += 1
        t = self.words.t
        label = t.markup("labels.figure", number=self.figures)
        return Paragraph(f"{label} – {t.markup(key, **self.words.values)}", self.caption)


# --------------------------------------------------------------------------- tables


def text_width(text: str, font: str = FONT, size: float = SMALL) -> float:
    return pdfmetrics.stringWidth(text, font, size)


def table_style(
    size: float,
    header_rows: int,
    right_from: int,
    rows: int,
    bold_rows: Sequence[int] = (),
) -> list:
    """Commands of a numeric table: header shaded and bold, numbers right-aligned."""
    commands: list = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), size),
        ("LEADING", (0, 0), (-1, -1), size + 2.5),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("ALIGN", (right_from, header_rows), (-1, -1), "RIGHT"),
        ("ALIGN", (right_from, 0), (-1, header_rows - 1), "CENTER"),
        ("FONTNAME", (0, 0), (-1, header_rows - 1), FONT_BOLD),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), SHADE),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
    ]
    for row in bold_rows:
        row = row if row >= 0 else rows + row
        commands += [
            ("FONTNAME", (0, row), (-1, row), FONT_BOLD),
            ("LINEABOVE", (0, row), (-1, row), 0.9, GREY),
        ]
    return commands


def column_widths(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    size: float,
    first_min: float,
) -> list[float]:
    """Widths of a table whose first column takes the room the others leave.

    The other columns fit their values and the longest word of their header; while the
    first column keeps at least *first_min*, they widen until their header fits on one
    line (those needing the least first), so that headers wrap only when they must.
    """
    extra = 2 * CELL_PADDING + 4

    def width(texts: Sequence[str]) -> float:
        return max(text_width(text, FONT_BOLD, size) for text in texts) + extra

    columns = range(1, len(header))
    values = [width([row[column] for row in rows] or [""]) for column in columns]
    least = [
        max(value, width(header[column].split() or [""]))
        for value, column in zip(values, columns, strict=True)
    ]
    whole = [
        max(value, width([header[column]])) for value, column in zip(values, columns, strict=True)
    ]
    widths = list(least)
    spare = CONTENT_WIDTH - first_min - sum(widths)
    for index in sorted(range(len(widths)), key=lambda i: whole[i] - least[i]):
        if spare <= 0:
            break
        grant = min(spare, whole[index] - least[index])
        widths[index] += grant
        spare -= grant
    if spare < 0:  # too wide even so: every column gives up its share
        scale = (CONTENT_WIDTH - first_min) / sum(widths)
        widths = [w * scale for w in widths]
    return [CONTENT_WIDTH - sum(widths), *widths]

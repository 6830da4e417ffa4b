"""The printed annual report of the media internships programme (A4 PDF).

The figures arrive already computed (:class:`AnnualReportData`); this module only lays
them out: key figures, the several-years table and its chart, the totals of the period
by language, joint committee, gender and cluster, the registered candidates and the list
of host companies. Every text comes from the editable template of the report's language;
names (hosts, clusters, the fund) are user text and print literally.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.graphics.widgetbase import Widget
from reportlab.lib import colors
from reportlab.lib.attrmap import AttrMap, AttrMapValue
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.validators import isColorOrNone, isNumber
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table

from consultant_app.documents.annual_data import AnnualReportData, Cell
from consultant_app.documents.flowables import cell, grid_table
from consultant_app.documents.pdf import PageSetup, build_pdf
from consultant_app.documents.styles import (
    CONTENT_WIDTH,
    FONT,
    FONT_BOLD,
    GREY,
    RULE,
    SHADE,
    styles,
)
from consultant_app.documents.templates import DocumentTemplate, TemplateSpec, keys, load_template
from consultant_app.documents.text import clean, escape, format_date, format_number

SPEC = TemplateSpec(
    document="annual_report",
    keys=frozenset(
        keys("document.", "title period issued header footer page intro empty")
        + keys(
            "labels.",
            """section table figure conventions weeks days fte weeks_short days_short share
            percent total year
            language_nl language_fr language_other nl_short fr_short committee_227
            committee_303_01 committee_other gender_f gender_m gender_x the_fund""",
        )
        + keys("years.", "heading text caption chart")
        + keys(
            "period.",
            """heading text caption breakdown by_language by_joint_committee by_gender
            clusters_caption cluster clusters_chart clusters_empty""",
        )
        + keys("candidates.", "heading text caption year eligible empty")
        + keys(
            "hosts.",
            "heading summary caption name language joint_committee conventions days empty",
        )
    ),
    placeholders=frozenset(
        keys(
            "",
            """fund_name period_from period_to issued_on page pages number value date count
            nl fr jc_227 jc_303_01 jc_other""",
        )
    ),
)

_PAD = 3.0  # left and right padding of the table cells (as in the shared tables)
_SMALL = 8.0  # font size of the wide tables
_CHART_FONT = 7.5

#: Fills of the bar series: distinct in black and white (dark solid, light hatched).
_DARK = colors.Color(0.32, 0.32, 0.32)
_LIGHT = colors.Color(0.86, 0.86, 0.86)
_MID = colors.Color(0.55, 0.55, 0.55)
_HATCH = colors.Color(0.25, 0.25, 0.25)
_GRID = colors.Color(0.85, 0.85, 0.85)


# --------------------------------------------------------------------------- helpers

#: Rows of the host list laid out as one table (its header shows again after each).
_HOST_BLOCK = 400


class HatchedBar(Widget):
    """A bar with a fill, diagonal hatching and an outline (readable in black and white)."""

    _attrMap = AttrMap(
        x=AttrMapValue(isNumber),
        y=AttrMapValue(isNumber),
        width=AttrMapValue(isNumber),
        height=AttrMapValue(isNumber),
        fillColor=AttrMapValue(isColorOrNone),
        strokeColor=AttrMapValue(isColorOrNone),
        hatchColor=AttrMapValue(isColorOrNone),
        strokeWidth=AttrMapValue(isNumber),
        spacing=AttrMapValue(isNumber),
    )

    def __init__(
        self,
        fillColor: colors.Color = _LIGHT,
        hatchColor: colors.Color = _HATCH,
        strokeColor: colors.Color = colors.black,
        spacing: float = 3.5,
    ) -> None:
        self.x = self.y = 0.0
        self.width = self.height = 0.0
        self.fillColor = fillColor
        self.strokeColor = strokeColor
        self.hatchColor = hatchColor
        self.strokeWidth = 0.5
        self.spacing = spacing

    def draw(self) -> Group:
        x, y, w, h = self.x, self.y, self.width, self.height
        if w < 0:
            x, w = x + w, -w
        if h < 0:
            y, h = y + h, -h
        group = Group()
        if w <= 0 or h <= 0:
            return group
        group.add(Rect(x, y, w, h, fillColor=self.fillColor, strokeColor=None))
        # Lines Y = X + c (45°) inside the box, in coordinates relative to its corner.
        c = -w + self.spacing / 2
        while c < h:
            start, end = max(0.0, -c), min(w, h - c)
            if end > start:
                group.add(
                    Line(
                        x + start,
                        y + start + c,
                        x + end,
                        y + end + c,
                        strokeColor=self.hatchColor,
                        strokeWidth=0.45,
                    )
                )
            c += self.spacing
        group.add(
            Rect(
                x,
                y,
                w,
                h,
                fillColor=None,
                strokeColor=self.strokeColor,
                strokeWidth=self.strokeWidth,
            )
        )
        return group


def _text_width(text: str, font: str = FONT, size: float = _SMALL) -> float:
    return pdfmetrics.stringWidth(text, font, size)


def _fit_lines(text: str, font: str, size: float, width: float, max_lines: int = 2) -> str:
    """*text* wrapped in at most *max_lines* lines of *width*, cut with an ellipsis."""
    words = " ".join(clean(text).split()).split(" ")
    lines: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}" if current else word
        if _text_width(candidate, font, size) <= width or not current:
            current = candidate
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    cut = len(lines) > max_lines
    lines = lines[:max_lines]
    result = []
    for index, line in enumerate(lines):
        last = index == len(lines) - 1
        if _text_width(line, font, size) > width or (last and cut):
            while line and _text_width(line + "…", font, size) > width:
                line = line[:-1]
            line = line.rstrip() + "…"
        result.append(line)
    return "\n".join(result)


def _table_style(
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
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
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


def _column_widths(
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
    extra = 2 * _PAD + 4

    def width(texts: Sequence[str]) -> float:
        return max(_text_width(text, FONT_BOLD, size) for text in texts) + extra

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


@dataclass(frozen=True)
class _Share:
    """A row of a breakdown: its label and cell."""

    label: str
    cell: Cell


# --------------------------------------------------------------------------- report


class _Report:
    """The flowables of one report: texts of *t*, numbers in the report's language."""

    def __init__(self, data: AnnualReportData, t: DocumentTemplate) -> None:
        self.data = data
        self.t = t
        self.lang = data.language
        self.tables = 0
        self.figures = 0
        self.sections = 0
        self.values = {
            "fund_name": clean(data.fund.name).strip() or t.plain("labels.the_fund"),
            "period_from": format_date(data.period_from),
            "period_to": format_date(data.period_to),
            "issued_on": format_date(data.issued_on),
        }
        st = styles()
        self.caption = ParagraphStyle(
            "caption", st.body, fontName=FONT_BOLD, fontSize=8.5, leading=11, spaceBefore=4
        )
        self.note = ParagraphStyle("annual_note", st.small, spaceBefore=2, spaceAfter=4)
        self.empty = ParagraphStyle(
            "annual_empty",
            st.body,
            fontName=FONT_BOLD,
            fontSize=11,
            leading=15,
            borderColor=GREY,
            borderWidth=0.6,
            borderPadding=8,
            backColor=SHADE,
            spaceBefore=10,
            spaceAfter=12,
        )

    # ------------------------------------------------------------------ formatting

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

    # ------------------------------------------------------------------ building blocks

    def section(self, key: str) -> Paragraph:
        """The numbered heading of a section."""
        self.sections += 1
        title = self.t.markup("labels.section", number=self.sections) + " " + self.t.markup(key)
        return Paragraph(title, styles().heading)

    def table_caption(self, key: str) -> Paragraph:
        self.tables += 1
        label = self.t.markup("labels.table", number=self.tables)
        return Paragraph(f"{label} – {self.t.markup(key, **self.values)}", self.caption)

    def figure_caption(self, key: str) -> Paragraph:
        self.figures += 1
        label = self.t.markup("labels.figure", number=self.figures)
        return Paragraph(f"{label} – {self.t.markup(key, **self.values)}", self.caption)

    # ------------------------------------------------------------------ parts

    def title(self) -> list[Flowable]:
        st = styles()
        t, v = self.t, self.values
        parts: list[Flowable] = [
            Paragraph(t.markup("document.title"), st.title),
            Paragraph(t.markup("document.period", **v), st.subtitle),
        ]
        if clean(self.data.fund.name).strip():
            parts.append(Paragraph(escape(self.data.fund.name), st.subtitle))
        parts += [
            Paragraph(t.markup("document.issued", **v), st.subtitle),
            Spacer(1, 8),
            *t.flowables("document.intro", **v),
        ]
        return parts

    def has_internships(self) -> bool:
        totals = self.data.totals
        return bool(totals.conventions or totals.days)

    def key_figures(self) -> Flowable:
        t, totals = self.t, self.data.totals
        numbers = [
            self.count(totals.conventions),
            self.decimal(totals.weeks),
            self.count(totals.days),
            self.decimal(totals.fte),
        ]
        labels = [t.plain(f"labels.{name}") for name in ("conventions", "weeks", "days", "fte")]
        width = CONTENT_WIDTH / 4
        table = Table([numbers, labels], colWidths=[width] * 4, hAlign="LEFT")
        table.setStyle(
            [
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
                ("FONTSIZE", (0, 0), (-1, 0), 17),
                ("LEADING", (0, 0), (-1, 0), 21),
                ("FONTNAME", (0, 1), (-1, 1), FONT),
                ("FONTSIZE", (0, 1), (-1, 1), 8.5),
                ("LEADING", (0, 1), (-1, 1), 11),
                ("TEXTCOLOR", (0, 1), (-1, 1), GREY),
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("LINEAFTER", (0, 0), (-2, -1), 2, colors.white),
                ("TOPPADDING", (0, 0), (-1, 0), 8),
                ("BOTTOMPADDING", (0, 1), (-1, 1), 8),
            ]
        )
        return table

    def years(self) -> list[Flowable]:
        """Table 1 (years as rows; conventions, weeks, days, FTE by NL / FR / total) and
        figure 1 (weeks per year and language)."""
        years = self.data.years
        if not any(y.total.conventions or y.total.days for y in years):
            return []
        t = self.t
        head: list[Flowable] = [self.section("years.heading")]
        head += t.flowables("years.text", **self.values)
        measures = ("conventions", "weeks", "days", "fte")
        formats: dict[str, Callable[[Cell], str]] = {
            "conventions": lambda c: self.count(c.conventions),
            "weeks": lambda c: self.decimal(c.weeks),
            "days": lambda c: self.count(c.days),
            "fte": lambda c: self.decimal(c.fte),
        }
        sub = [t.plain("labels.nl_short"), t.plain("labels.fr_short"), t.plain("labels.total")]
        header_top: list[str] = [t.plain("labels.year")]
        header_sub: list[str] = [""]
        for name in measures:
            header_top += [t.plain(f"labels.{name}"), "", ""]
            header_sub += sub
        body = []
        for column in years:
            row = [str(column.year)]
            for name in measures:
                row += [formats[name](c) for c in (column.nl, column.fr, column.total)]
            body.append(row)
        # Widths: what the numbers and the sub-headers need, the rest shared by the groups.
        bold = [_text_width(text, FONT_BOLD) for text in sub]
        year_width = max(_text_width(header_top[0], FONT_BOLD), _text_width("0000")) + 2 * _PAD + 2
        needs = []
        for index in range(len(measures)):
            group = [row[1 + 3 * index : 4 + 3 * index] for row in body]
            need = max([*bold, *(_text_width(v, FONT_BOLD) for r in group for v in r)])
            group_label = _text_width(header_top[1 + 3 * index], FONT_BOLD) / 3
            needs.append(max(need + 2 * _PAD + 2, group_label + 2 * _PAD))
        room = CONTENT_WIDTH - year_width
        if 3 * sum(needs) > room:  # huge numbers: narrower columns rather than a cut table
            needs = [need * room / (3 * sum(needs)) for need in needs]
        spare = (room - 3 * sum(needs)) / (3 * len(needs))
        widths = [year_width] + [need + spare for need in needs for _ in range(3)]
        data = [header_top, header_sub, *body]
        rows = len(data)
        commands = _table_style(_SMALL, 2, 1, rows)
        commands += [("SPAN", (0, 0), (0, 1)), ("VALIGN", (0, 0), (0, 1), "MIDDLE")]
        for index in range(len(measures)):
            first = 1 + 3 * index
            commands += [
                ("SPAN", (first, 0), (first + 2, 0)),
                ("LINEBEFORE", (first, 0), (first, -1), 0.9, GREY),
                ("FONTNAME", (first + 2, 2), (first + 2, -1), FONT_BOLD),
                ("BACKGROUND", (first + 2, 2), (first + 2, -1), SHADE),
            ]
        commands.append(("FONTNAME", (0, 2), (0, -1), FONT_BOLD))
        table = Table(data, colWidths=widths, repeatRows=2, hAlign="LEFT")
        table.setStyle(commands)
        # The heading, its text and the table start on the same page.
        parts: list[Flowable] = [KeepTogether([*head, self.table_caption("years.caption"), table])]
        chart = self.weeks_per_year_chart()
        if chart is not None:
            parts += [Spacer(1, 8), KeepTogether([self.figure_caption("years.chart"), chart])]
        return parts

    def breakdown_table(
        self, groups: Sequence[tuple[str, Sequence[_Share]]], label_header: str
    ) -> Table:
        """Rows of shares (conventions and weeks with their percentage, days, FTE) in
        titled groups, then the total of the period."""
        t, totals = self.t, self.data.totals
        st = styles()
        header = [
            label_header,
            t.plain("labels.conventions"),
            t.plain("labels.share"),
            t.plain("labels.weeks_short"),
            t.plain("labels.share"),
            t.plain("labels.days_short"),
            t.plain("labels.fte"),
        ]

        def numbers(c: Cell) -> list[str]:
            return [
                self.count(c.conventions),
                self.percent(c.conventions, totals.conventions),
                self.decimal(c.weeks),
                self.percent(c.days, totals.days),
                self.count(c.days),
                self.decimal(c.fte),
            ]

        group_rows: list[int] = []
        shares = [share for _, group in groups for share in group]
        number_rows = [numbers(share.cell) for share in shares] + [numbers(totals)]
        label_width, *widths = _column_widths(
            header, [["", *row] for row in number_rows], 9, 40 * mm
        )
        data: list[list[object]] = [
            [
                cell(text, st.cell_bold, w)
                for text, w in zip(header, [label_width, *widths], strict=True)
            ]
        ]
        index = 0
        for title, group in groups:
            if title:
                group_rows.append(len(data))
                data.append([title, "", "", "", "", "", ""])
            for share in group:
                data.append([cell(share.label, st.cell, label_width), *number_rows[index]])
                index += 1
        data.append([t.plain("labels.total"), *number_rows[-1]])
        commands = _table_style(9, 1, 1, len(data), bold_rows=(-1,))
        commands.append(("VALIGN", (0, 0), (-1, 0), "BOTTOM"))
        for row in group_rows:
            commands += [
                ("SPAN", (0, row), (-1, row)),
                ("FONTNAME", (0, row), (-1, row), FONT_BOLD),
                ("BACKGROUND", (0, row), (-1, row), colors.Color(0.97, 0.97, 0.98)),
                ("ALIGN", (0, row), (-1, row), "LEFT"),
            ]
        table = Table(data, colWidths=[label_width, *widths], repeatRows=1, hAlign="LEFT")
        table.setStyle(commands)
        return table

    def period(self) -> list[Flowable]:
        """Table 2 (language, joint committee, gender), table 3 and figure 2 (clusters)."""
        data, t = self.data, self.t
        head: list[Flowable] = [self.section("period.heading")]
        head += t.flowables("period.text", **self.values)
        groups = [
            (
                t.plain("period.by_language"),
                [_Share(self.language(code), c) for code, c in data.by_language],
            ),
            (
                t.plain("period.by_joint_committee"),
                [_Share(self.committee(code), c) for code, c in data.by_joint_committee],
            ),
            (
                t.plain("period.by_gender"),
                [_Share(self.gender(code), c) for code, c in data.by_gender],
            ),
        ]
        groups = [(title, rows) for title, rows in groups if rows]
        caption = self.table_caption("period.caption")
        table = self.breakdown_table(groups, t.plain("period.breakdown"))
        parts: list[Flowable] = [KeepTogether([*head, caption, table])]
        if data.by_cluster:
            clusters = [_Share(name, c) for name, c in data.by_cluster]
            caption = self.table_caption("period.clusters_caption")
            table = self.breakdown_table([("", clusters)], t.plain("period.cluster"))
            parts += [Spacer(1, 6), KeepTogether([caption, table])]
            chart = self.weeks_per_cluster_chart()
            if chart is not None:
                parts += [
                    Spacer(1, 8),
                    KeepTogether([self.figure_caption("period.clusters_chart"), chart]),
                ]
        else:
            parts.append(Paragraph(t.markup("period.clusters_empty"), styles().note))
        return parts

    def candidates(self) -> list[Flowable]:
        """Table 4: candidates per registration year (rows) and language (columns)."""
        data, t = self.data, self.t
        st = styles()
        parts: list[Flowable] = [self.section("candidates.heading")]
        parts += t.flowables("candidates.text", **self.values)
        lines = data.candidates
        if not lines:
            parts.append(Paragraph(t.markup("candidates.empty"), st.note))
        else:
            # NL and FR always; any other language only when someone registered in it.
            codes: list[str] = []
            for line in lines:
                for code, number in line.by_language:
                    main = code.strip().upper() in ("NL", "FR")
                    if code not in codes and (main or number):
                        codes.append(code)
            order = {"NL": 0, "FR": 1}
            codes.sort(key=lambda code: order.get(code.strip().upper(), 2))
            header = [t.plain("candidates.year")]
            header += [self.language(code) for code in codes]
            header.append(t.plain("labels.total"))
            body = []
            sums = [0] * len(codes)
            for line in lines:
                counts = dict(line.by_language)
                values = [counts.get(code, 0) for code in codes]
                sums = [a + b for a, b in zip(sums, values, strict=True)]
                body.append([str(line.year), *map(self.count, values), self.count(line.total)])
            total_row = [
                t.plain("labels.total"),
                *map(self.count, sums),
                self.count(sum(line.total for line in lines)),
            ]
            rows = [header, *body, total_row]
            widths = [
                max(_text_width(row[column], FONT_BOLD, 9) for row in rows) + 2 * _PAD + 12
                for column in range(len(header))
            ]
            widths = [max(width, 22 * mm) for width in widths]
            if sum(widths) > CONTENT_WIDTH:
                widths = [w * CONTENT_WIDTH / sum(widths) for w in widths]
            data_rows = [
                [
                    cell(text, st.cell_bold if index == 0 else st.cell, widths[column])
                    if column == 0
                    else text
                    for column, text in enumerate(row)
                ]
                for index, row in enumerate(rows)
            ]
            table = Table(data_rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
            commands = _table_style(9, 1, 1, len(rows), bold_rows=(-1,))
            commands.append(("FONTNAME", (-1, 1), (-1, -1), FONT_BOLD))
            table.setStyle(commands)
            parts += [self.table_caption("candidates.caption"), table]
        parts += [
            Spacer(1, 6),
            Paragraph(
                t.markup(
                    "candidates.eligible",
                    date=format_date(data.period_to),
                    count=self.count(data.still_eligible),
                ),
                st.body,
            ),
        ]
        return [KeepTogether(parts)]

    def hosts(self) -> list[Flowable]:
        """The summary of the host companies and table 5, their list (spans pages)."""
        data, t = self.data, self.t
        st = styles()
        # The heading, the summary and the first rows of the list start on the same page.
        parts: list[Flowable] = [CondPageBreak(150), self.section("hosts.heading")]
        hosts = data.hosts
        if not hosts:
            parts.append(Paragraph(t.markup("hosts.empty", **self.values), st.note))
            return parts
        languages = [host.language.strip().upper() for host in hosts]
        committees = [host.joint_committee.strip() for host in hosts]
        summary = t.markup(
            "hosts.summary",
            **self.values,
            count=self.count(len(hosts)),
            nl=self.count(languages.count("NL")),
            fr=self.count(languages.count("FR")),
            jc_227=self.count(committees.count("227")),
            jc_303_01=self.count(sum(c in ("303.01", "303,01") for c in committees)),
            jc_other=self.count(sum(c not in ("227", "303.01", "303,01") for c in committees)),
        )
        parts.append(Paragraph(summary, st.body))
        header = [
            t.plain(f"hosts.{name}")
            for name in ("name", "language", "joint_committee", "conventions", "days")
        ]
        rows = [
            (
                host.name,
                self.language(host.language, short=True),
                self.committee(host.joint_committee),
                self.count(host.conventions),
                self.count(host.days),
            )
            for host in hosts
        ]
        widths = _column_widths(header, rows, 9, 60 * mm)
        parts.append(self.table_caption("hosts.caption"))
        # Blocks of rows: reportlab re-measures the rest of a table at every page break,
        # so one table of thousands of hosts would take seconds to lay out.
        for first in range(0, len(rows), _HOST_BLOCK):
            parts.append(
                grid_table(header, rows[first : first + _HOST_BLOCK], widths, align_right=(3, 4))
            )
        return parts

    # ------------------------------------------------------------------ charts

    def _value_axis(self, chart: VerticalBarChart | HorizontalBarChart, top: float) -> None:
        axis = chart.valueAxis
        axis.valueMin = 0
        axis.valueMax = top * 1.12 if top > 0 else 1
        axis.labels.fontName = FONT
        axis.labels.fontSize = _CHART_FONT - 0.5
        axis.labels.fillColor = GREY
        axis.labelTextFormat = lambda value: self.count(value)
        axis.strokeColor = GREY
        axis.strokeWidth = 0.5
        axis.visibleGrid = 1
        axis.gridStrokeColor = _GRID
        axis.gridStrokeWidth = 0.4
        axis.avoidBoundFrac = 0
        chart.categoryAxis.strokeColor = GREY
        chart.categoryAxis.strokeWidth = 0.5
        chart.categoryAxis.labels.fontName = FONT
        chart.categoryAxis.labels.fontSize = _CHART_FONT
        chart.barLabels.fontName = FONT
        chart.barLabels.fontSize = _CHART_FONT - 0.5
        chart.barLabelFormat = lambda value: format_number(value, self.lang, 1, trim=True)

    def _legend(
        self, drawing: Drawing, entries: Sequence[tuple[Widget | Rect, str]], y: float
    ) -> None:
        """Swatches and names in one centred line at *y*."""
        size, gap = 9.0, 16.0
        widths = [
            size + 4 + _text_width(clean(name), FONT, _CHART_FONT + 0.5) for _, name in entries
        ]
        x = (drawing.width - sum(widths) - gap * (len(entries) - 1)) / 2
        for (swatch, name), width in zip(entries, widths, strict=True):
            swatch.x, swatch.y, swatch.width, swatch.height = x, y, size, size
            drawing.add(swatch)
            drawing.add(
                String(
                    x + size + 4, y + 1.5, clean(name), fontName=FONT, fontSize=_CHART_FONT + 0.5
                )
            )
            x += width + gap

    def weeks_per_year_chart(self) -> Drawing | None:
        """Figure 1: grouped bars of the weeks per year, NL (dark) and FR (hatched)."""
        years = self.data.years
        nl = [float(y.nl.weeks) for y in years]
        fr = [float(y.fr.weeks) for y in years]
        top = max([*nl, *fr, 0.0])
        if not years or top <= 0:
            return None
        height = 62 * mm
        drawing = Drawing(CONTENT_WIDTH, height)
        chart = VerticalBarChart()
        chart.x, chart.y = 36, 34
        chart.width, chart.height = CONTENT_WIDTH - 46, height - 44
        chart.data = [nl, fr]
        chart.categoryAxis.categoryNames = [str(y.year) for y in years]
        self._value_axis(chart, top)
        chart.barLabels.boxAnchor = "s"
        chart.barLabels.dy = 2
        chart.barLabels.nudge = 0
        chart.groupSpacing = 14 if len(years) <= 6 else 8
        chart.barSpacing = 2
        chart.bars.strokeColor = colors.black
        chart.bars.strokeWidth = 0.5
        chart.bars[0].fillColor = _DARK
        chart.bars[1].fillColor = _LIGHT
        chart.bars[1].symbol = HatchedBar()
        chart.categoryAxis.labels.dy = -2
        drawing.add(chart)
        dark = Rect(0, 0, 0, 0, fillColor=_DARK, strokeColor=colors.black, strokeWidth=0.5)
        self._legend(
            drawing,
            [
                (dark, self.t.plain("labels.language_nl")),
                (HatchedBar(), self.t.plain("labels.language_fr")),
            ],
            2,
        )
        return drawing

    def weeks_per_cluster_chart(self) -> Drawing | None:
        """Figure 2: horizontal bars of the weeks per cluster, largest on top."""
        clusters = self.data.by_cluster
        values = [float(c.weeks) for _, c in clusters]
        top = max([*values, 0.0])
        if not clusters or top <= 0:
            return None
        label_width = 46 * mm
        row = 17.0
        height = row * len(clusters) + 30
        drawing = Drawing(CONTENT_WIDTH, height)
        chart = HorizontalBarChart()
        chart.x, chart.y = label_width + 6, 18
        chart.width, chart.height = CONTENT_WIDTH - label_width - 6 - 40, row * len(clusters)
        chart.data = [values]
        chart.categoryAxis.categoryNames = [
            _fit_lines(name, FONT, _CHART_FONT, label_width - 4) for name, _ in clusters
        ]
        chart.categoryAxis.reverseDirection = 1
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.categoryAxis.labels.dx = -4
        chart.categoryAxis.labels.textAnchor = "end"
        chart.categoryAxis.labels.leading = _CHART_FONT + 1.5
        self._value_axis(chart, top)
        chart.barLabels.boxAnchor = "w"
        chart.barLabels.dx = 3
        chart.barLabels.nudge = 0
        chart.barSpacing = 0
        chart.groupSpacing = 5
        chart.bars.strokeColor = colors.black
        chart.bars.strokeWidth = 0.5
        chart.bars[0].fillColor = _MID
        drawing.add(chart)
        return drawing


# --------------------------------------------------------------------------- entry point


def render_annual_report(data: AnnualReportData) -> bytes:
    """The annual report *data* as an A4 PDF in its language (same data, same bytes)."""
    t = load_template(SPEC, data.language)
    report = _Report(data, t)
    v = report.values
    story: list[Flowable] = report.title()
    if report.has_internships():
        story += [Spacer(1, 4), report.key_figures(), Spacer(1, 4)]
    else:
        story.append(Paragraph(t.markup("document.empty", **v), report.empty))
    story += report.years()
    if report.has_internships():
        story += report.period()
    story += report.candidates()
    story += report.hosts()
    setup = PageSetup(
        title=f"{t.plain('document.title')} {v['period_from']}–{v['period_to']}",
        fund=data.fund,
        issued_on=data.issued_on,
        footer=t.plain("document.footer", **v),
        page_label=lambda page, pages: t.plain("document.page", page=page, pages=pages),
        header_note=t.plain("document.header", **v),
        subject=t.plain("document.period", **v),
    )
    return build_pdf(story, setup)

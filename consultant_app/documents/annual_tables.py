"""The tables of the annual report.

Key figures, the several years, the breakdowns of the period, the candidates per year
and the list of host companies.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from consultant_app.documents.annual_data import CandidateLine, Cell, YearColumn
from consultant_app.documents.annual_layout import (
    SMALL,
    ReportWords,
    column_widths,
    table_style,
    text_width,
)
from consultant_app.documents.flowables import CELL_PADDING, cell, grid_table
from consultant_app.documents.styles import CONTENT_WIDTH, FONT, FONT_BOLD, GREY, SHADE, styles

#: Rows of the host list laid out as one table (its header shows again after each).
HOST_BLOCK = 400


@dataclass(frozen=True)
class Share:
    """A row of a breakdown: its label and cell."""

    label: str
    cell: Cell


def key_figures_table(words: ReportWords, totals: Cell) -> Table:
    """Conventions, weeks, days and FTE of the period in large print."""
    t = words.t
    numbers = [
        words.count(totals.conventions),
        words.decimal(totals.weeks),
        words.count(totals.days),
        words.decimal(totals.fte),
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


def years_table(words: ReportWords, years: Sequence[YearColumn]) -> Table:
    """Years as rows; conventions, weeks, days and FTE by NL / FR / total as columns."""
    t = words.t
    measures = ("conventions", "weeks", "days", "fte")
    formats: dict[str, Callable[[Cell], str]] = {
        "conventions": lambda c: words.count(c.conventions),
        "weeks": lambda c: words.decimal(c.weeks),
        "days": lambda c: words.count(c.days),
        "fte": lambda c: words.decimal(c.fte),
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
    bold = [text_width(text, FONT_BOLD) for text in sub]
    year_width = (
        max(text_width(header_top[0], FONT_BOLD), text_width("0000")) + 2 * CELL_PADDING + 2
    )
    needs = []
    for index in range(len(measures)):
        group = [row[1 + 3 * index : 4 + 3 * index] for row in body]
        need = max([*bold, *(text_width(v, FONT_BOLD) for r in group for v in r)])
        group_label = text_width(header_top[1 + 3 * index], FONT_BOLD) / 3
        needs.append(max(need + 2 * CELL_PADDING + 2, group_label + 2 * CELL_PADDING))
    room = CONTENT_WIDTH - year_width
    if 3 * sum(needs) > room:  # huge numbers: narrower columns rather than a cut table
        needs = [need * room / (3 * sum(needs)) for need in needs]
    spare = (room - 3 * sum(needs)) / (3 * len(needs))
    widths = [year_width] + [need + spare for need in needs for _ in range(3)]
    data = [header_top, header_sub, *body]
    rows = len(data)
    commands = table_style(SMALL, 2, 1, rows)
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
    return table


def breakdown_table(
    words: ReportWords,
    totals: Cell,
    groups: Sequence[tuple[str, Sequence[Share]]],
    label_header: str,
) -> Table:
    """Rows of shares (conventions and weeks with their percentage, days, FTE) in
    titled groups, then the total of the period."""
    t = words.t
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
            words.count(c.conventions),
            words.percent(c.conventions, totals.conventions),
            words.decimal(c.weeks),
            words.percent(c.days, totals.days),
            words.count(c.days),
            words.decimal(c.fte),
        ]

    group_rows: list[int] = []
    shares = [share for _, group in groups for share in group]
    number_rows = [numbers(share.cell) for share in shares] + [numbers(totals)]
    label_width, *widths = column_widths(header, [["", *row] for row in number_rows], 9, 40 * mm)
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
    commands = table_style(9, 1, 1, len(data), bold_rows=(-1,))
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


def candidates_table(words: ReportWords, lines: Sequence[CandidateLine]) -> Table:
    """Candidates per registration year (rows) and language (columns), with totals."""
    t = words.t
    st = styles()
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
    header += [words.language(code) for code in codes]
    header.append(t.plain("labels.total"))
    body = []
    sums = [0] * len(codes)
    for line in lines:
        counts = dict(line.by_language)
        values = [counts.get(code, 0) for code in codes]
        sums = [a + b for a, b in zip(sums, values, strict=True)]
        body.append([str(line.year), *map(words.count, values), words.count(line.total)])
    total_row = [
        t.plain("labels.total"),
        *map(words.count, sums),
        words.count(sum(line.total for line in lines)),
    ]
    rows = [header, *body, total_row]
    widths = [
        max(text_width(row[column], FONT_BOLD, 9) for row in rows) + 2 * CELL_PADDING + 12
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
    commands = table_style(9, 1, 1, len(rows), bold_rows=(-1,))
    commands.append(("FONTNAME", (-1, 1), (-1, -1), FONT_BOLD))
    table.setStyle(commands)
    return table


def host_tables(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[Flowable]:
    """The host list (name, language, committee, conventions, days) in blocks of rows,
    each a table with the header."""
    widths = column_widths(header, rows, 9, 60 * mm)
    # Blocks of rows: reportlab re-measures the rest of a table at every page break,
    # so one table of thousands of hosts would take seconds to lay out.
    return [
        grid_table(header, rows[first : first + HOST_BLOCK], widths, align_right=(3, 4))
        for first in range(0, len(rows), HOST_BLOCK)
    ]

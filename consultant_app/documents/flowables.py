"""Flowables every document is made of: headings, bullets and the tables of user text.

Every table cell prints its text literally (see :func:`cell`); the tables share one
padding and rule colour, so that all documents look alike.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import CondPageBreak, Flowable, LongTable, Paragraph, Table

from consultant_app.documents.styles import CONTENT_WIDTH, GREY, RULE, SHADE, styles
from consultant_app.documents.text import SHORT_BLANK, clean, escape, para


def heading(markup: str, style: ParagraphStyle, room: float = 0.0) -> list[Flowable]:
    """A heading (trusted *markup*) that starts a new page when fewer than a few lines
    (or *room* points) are left below it, so that it never ends a page alone."""
    needed = style.spaceBefore + style.leading + max(room, 4 * styles().body.leading)
    return [CondPageBreak(needed), Paragraph(markup, style)]


def bullets(texts: Iterable[object]) -> list[Flowable]:
    """One bulleted paragraph per user text, printed literally."""
    bullet = styles().bullet
    return [Paragraph(escape(text), bullet, bulletText="•") for text in texts]


# --------------------------------------------------------------------------- tables

#: Left and right padding of every table cell.
CELL_PADDING = 3.0


def cell(text: object, style: ParagraphStyle, width: float) -> str | Paragraph:
    """A table cell printing *text* literally in a column *width* wide.

    Text that fits on one line stays a plain string (drawn as is, much faster); anything
    longer or with line breaks becomes a wrapping paragraph. Give the table the cell
    style's font with :func:`_text_style`.
    """
    value = clean(text)
    if "\n" in value or (
        pdfmetrics.stringWidth(value, style.fontName, style.fontSize) > width - 2 * CELL_PADDING
    ):
        return Paragraph(escape(value), style)
    return value


def _text_style(style: ParagraphStyle, area: tuple[tuple[int, int], tuple[int, int]]) -> list:
    start, stop = area
    return [
        ("FONTNAME", start, stop, style.fontName),
        ("FONTSIZE", start, stop, style.fontSize),
        ("LEADING", start, stop, style.leading),
        ("TEXTCOLOR", start, stop, style.textColor),
        ("ALIGN", start, stop, ("LEFT", "CENTER", "RIGHT")[style.alignment % 3]),
    ]


_TOP_PAD, _BOTTOM_PAD = 2, 3
#: Alignment and padding of the cells of every table of user text.
BASE_TABLE_STYLE = [
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ("TOPPADDING", (0, 0), (-1, -1), _TOP_PAD),
    ("BOTTOMPADDING", (0, 0), (-1, -1), _BOTTOM_PAD),
]


def key_value_table(rows: Sequence[tuple[str, str]], label_width: float = 48 * mm) -> Table:
    """Two columns of user text, label and value, with light rules between the rows."""
    st = styles()
    widths = (label_width, CONTENT_WIDTH - label_width)
    data = [
        [cell(label, st.cell_label, widths[0]), cell(value, st.cell, widths[1])]
        for label, value in rows
    ]
    table = Table(data, colWidths=widths, hAlign="LEFT", splitInRow=1)
    table.setStyle(
        BASE_TABLE_STYLE
        + _text_style(st.cell_label, ((0, 0), (0, -1)))
        + _text_style(st.cell, ((1, 0), (1, -1)))
        + [("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE)]
    )
    return table


def grid_table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    align_right: Sequence[int] = (),
) -> Table:
    """A table of user text with a shaded header row repeated on each page."""
    st = styles()
    plain, bold = st.cell, st.cell_bold
    right, right_bold = (ParagraphStyle(f"{s.name}_right", s, alignment=2) for s in (plain, bold))
    styles_by_column = [
        (right_bold, right) if column in align_right else (bold, plain)
        for column in range(len(widths))
    ]
    plain_height = max(plain.leading, bold.leading) + _TOP_PAD + _BOTTOM_PAD
    data = [[cell(text, styles_by_column[i][0], widths[i]) for i, text in enumerate(header)]]
    for row in rows:
        data.append([cell(text, styles_by_column[i][1], widths[i]) for i, text in enumerate(row)])
    commands = list(BASE_TABLE_STYLE)
    for column, (head, body) in enumerate(styles_by_column):
        commands += _text_style(head, ((column, 0), (column, 0)))
        commands += _text_style(body, ((column, 1), (column, -1)))
    commands += [("BACKGROUND", (0, 0), (-1, 0), SHADE), ("GRID", (0, 0), (-1, -1), 0.4, RULE)]
    # A row of plain one-line strings has a known height; giving it spares reportlab from
    # measuring every cell again each time a long table is split across a page.
    heights: list[float | None] = [
        None if any(isinstance(value, Paragraph) for value in row) else plain_height for row in data
    ]
    table = LongTable(
        data,
        colWidths=list(widths),
        rowHeights=heights,
        repeatRows=1,
        hAlign="LEFT",
        splitInRow=1,
    )
    table.setStyle(commands)
    return table


@dataclass(frozen=True)
class SignatureBlock:
    """One party's signature column: a title, lines ``(label, value)`` and a box caption."""

    title: str
    lines: tuple[tuple[str, str], ...]
    caption: str = ""


def signature_table(blocks: Sequence[SignatureBlock], box_height: float = 24 * mm) -> Table:
    """Side-by-side signature columns, each with its lines and an empty box to sign in."""
    st = styles()
    width = CONTENT_WIDTH / len(blocks)
    line_count = max(len(block.lines) for block in blocks)
    data: list[list[object]] = [[para(block.title, st.cell_bold) for block in blocks]]
    for index in range(line_count):
        row: list[object] = []
        for block in blocks:
            if index < len(block.lines):
                label, value = block.lines[index]
                row.append(cell(f"{clean(label)} {clean(value) or SHORT_BLANK}", st.cell, width))
            else:
                row.append("")
        data.append(row)
    data.append(["" for _ in blocks])
    data.append([para(block.caption, st.small) for block in blocks])
    box = len(data) - 2
    heights: list[float | None] = [None] * len(data)
    heights[box] = box_height
    table = Table(data, colWidths=[width] * len(blocks), rowHeights=heights, hAlign="LEFT")
    commands = BASE_TABLE_STYLE + _text_style(st.cell, ((0, 0), (-1, -1)))
    commands = [*commands, ("TOPPADDING", (0, 0), (-1, -1), 3)]
    for column in range(len(blocks)):
        commands.append(("BOX", (column, box), (column, box), 0.6, GREY))
    table.setStyle(commands)
    return table


__all__ = [
    "BASE_TABLE_STYLE",
    "CELL_PADDING",
    "SignatureBlock",
    "bullets",
    "cell",
    "grid_table",
    "heading",
    "key_value_table",
    "signature_table",
]

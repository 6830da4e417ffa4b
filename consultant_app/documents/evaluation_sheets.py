"""The evaluation forms of the roadmap: the mentor's evaluation and the intern's evaluation
of the workplace, each blank (to fill in by hand) or filled with what was entered, and the
blank form of the intern's competence scan at the start or the end.

Both lay out the same way blank or filled: every choice is a drawn box, and the
entered ones carry a check mark.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, KeepTogether, LongTable, Paragraph, Spacer, Table

from consultant_app.documents.flowables import SignatureBlock, heading, signature_table
from consultant_app.documents.pdf import build_pdf
from consultant_app.documents.roadmap_data import (
    RECOMMENDATIONS,
    EvaluationRow,
    EvaluationSheetData,
    SelfScanSheetData,
    WorkplaceSheetData,
)
from consultant_app.documents.sheet_layout import (
    TickBox,
    WritingLines,
    answer,
    choice_row,
    competence_markup,
    day,
    header_grid,
    level_text,
    page_setup,
    recommendation_label,
    task_list,
    template,
    title_block,
)
from consultant_app.documents.styles import CONTENT_WIDTH, FONT, GREY, RULE, SHADE, styles
from consultant_app.documents.templates import DocumentTemplate
from consultant_app.documents.text import SHORT_BLANK, escape
from consultant_app.domain.roadmap import NOT_OBSERVED, SCAN_LEVELS, SCORE_LEVELS, WORKPLACE_LEVELS

_NUMBER_WIDTH = 8 * mm
_TICK_WIDTH = 17 * mm
#: Lines to write on by hand: a comment on each competence, the appreciation, the remarks.
_COMMENT_LINES = 2
_APPRECIATION_LINES = 6
_REMARK_LINES = 5


_HEAD_SIZE = 7.0


def _column_head(number: str, label: str, bold: bool = False, left: bool = False) -> Paragraph:
    st = styles()
    style = ParagraphStyle(
        "tick_head",
        st.cell_bold if bold else st.cell,
        fontSize=_HEAD_SIZE + (1 if left else 0),
        leading=8.5,
        alignment=0 if left else 1,
        splitLongWords=1,
    )
    top = f"<b>{escape(number)}</b><br/>" if number else ""
    return Paragraph(f"{top}{escape(label)}", style)


def _tick_widths(labels: Sequence[str], least: float = _TICK_WIDTH) -> list[float]:
    """Columns wide enough for the longest word of each label (no word is cut)."""
    widths = []
    for label in labels:
        longest = max(
            (pdfmetrics.stringWidth(word, FONT, _HEAD_SIZE) for word in label.split()), default=0
        )
        widths.append(max(least, longest + 2 + 2 * mm))
    return widths


def _tick_style(rows: int, first_tick: int) -> list[tuple]:
    return [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (first_tick, 0), (-1, -1), 1),
        ("RIGHTPADDING", (first_tick, 0), (-1, -1), 1),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("BOX", (0, 0), (-1, rows - 1), 0.5, GREY),
        ("INNERGRID", (0, 0), (-1, rows - 1), 0.3, RULE),
    ]


# --------------------------------------------------------------------------- mentor


def _competence_detail(t: DocumentTemplate, row: EvaluationRow) -> str:
    item = row.competence
    parts = [item.objective.strip()]
    if item.target_level is not None:
        parts.append(f"{t.plain('common.target_level')} {level_text(t, item.target_level)}")
    return " · ".join(part for part in parts if part)


def _scores_table(t: DocumentTemplate, data: EvaluationSheetData) -> LongTable:
    st = styles()
    labels = [t.plain(f"common.score_{score}") for score in SCORE_LEVELS]
    labels.append(t.plain("common.not_observed"))
    head: list[object] = [
        _column_head("", t.plain("evaluation.number"), bold=True),
        _column_head("", t.plain("common.competence"), bold=True),
    ]
    head += [
        _column_head(str(score), label) for score, label in zip(SCORE_LEVELS, labels, strict=False)
    ]
    head.append(_column_head("", labels[-1]))
    data_rows: list[list[object]] = [head]
    columns = (*SCORE_LEVELS, NOT_OBSERVED)
    comment_label = escape(t.plain("evaluation.comment"))
    commands: list[tuple] = []
    heights: list[float | None] = [None]
    for number, row in enumerate(data.rows, start=1):
        markup = competence_markup(row.competence.text, _competence_detail(t, row))
        data_rows.append(
            [
                str(number),
                Paragraph(markup, st.cell),
                *(TickBox(row.score == value) for value in columns),
            ]
        )
        comment: Flowable
        if data.blank:  # lines to write the comment on by hand
            comment = WritingLines(_COMMENT_LINES, lead=t.plain("evaluation.comment"))
        else:
            markup = f'<font color="#595959">{comment_label}</font>'
            if row.comment.strip():
                markup += f" {escape(row.comment.strip())}"
            comment = Paragraph(markup, st.cell)
        data_rows.append(["", comment])
        first, second = len(data_rows) - 2, len(data_rows) - 1
        heights += [None, None]
        commands += [
            ("SPAN", (1, second), (-1, second)),
            ("NOSPLIT", (0, first), (-1, second)),
            ("VALIGN", (0, second), (-1, second), "TOP"),
            ("LINEABOVE", (0, first), (-1, first), 0.5, GREY),
            ("LINEBELOW", (1, first), (-1, first), 0.2, RULE),
        ]
    ticks = _tick_widths(labels)
    widths = [_NUMBER_WIDTH, CONTENT_WIDTH - _NUMBER_WIDTH - sum(ticks), *ticks]
    # Each competence's two rows fill the whole row count; pad short comment rows.
    for index, values in enumerate(data_rows):
        data_rows[index] = values + [""] * (len(widths) - len(values))
    table = LongTable(data_rows, colWidths=widths, rowHeights=heights, repeatRows=1, hAlign="LEFT")
    style = _tick_style(len(data_rows), 2)
    style = [c for c in style if c[0] != "INNERGRID"]
    style += [
        ("FONTNAME", (0, 1), (0, -1), st.cell.fontName),
        ("FONTSIZE", (0, 1), (0, -1), st.cell.fontSize),
        ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("VALIGN", (0, 1), (0, -1), "TOP"),
        ("LINEBEFORE", (2, 0), (-1, -1), 0.3, RULE),
        ("LINEAFTER", (0, 0), (0, -1), 0.3, RULE),
    ]
    table.setStyle(style + commands)
    return table


def _evaluation_signatures(t: DocumentTemplate, data: EvaluationSheetData) -> Table:
    name, date = t.plain("common.name"), t.plain("common.date")
    header = data.header
    mentor_date = "" if data.blank else day(data.evaluated_on)
    blocks = [
        SignatureBlock(
            t.plain("evaluation.sign_mentor"),
            ((name, header.mentor_name), (date, mentor_date)),
            t.plain("common.signature"),
        ),
        SignatureBlock(
            t.plain("evaluation.sign_intern"),
            ((name, header.intern_name), (date, "")),
            t.plain("common.signature"),
        ),
        SignatureBlock(
            t.plain("evaluation.sign_consultant"),
            ((name, header.consultant.name), (date, "")),
            t.plain("common.signature"),
        ),
    ]
    return signature_table(blocks, box_height=20 * mm)


def _stage_questions(t: DocumentTemplate, data: EvaluationSheetData) -> list[Flowable]:
    """What the mentor answers besides the scores, as the stage asks it.

    Halfway: how the internship goes so far, and what to work on in the second half.
    At the end: the overall appreciation, other remarks and the recommendation for
    employment (a question of the final evaluation only).
    """
    st = styles()
    midterm = data.stage == "midterm"
    appreciation = "evaluation.appreciation_midterm" if midterm else "evaluation.appreciation"
    parts = answer(
        t.markup(appreciation),
        "" if data.blank else data.overall_appreciation,
        _APPRECIATION_LINES,
    )
    remarks = "evaluation.comments_midterm" if midterm and data.blank else "evaluation.comments"
    parts += answer(t.markup(remarks), "" if data.blank else data.comments, _REMARK_LINES)
    if midterm:
        return parts
    recommendation = None if data.blank else data.recommendation
    parts.append(
        KeepTogether(
            [
                Paragraph(t.markup("evaluation.recommendation"), st.heading),
                Paragraph(t.markup("evaluation.recommendation_question"), st.body),
                choice_row(
                    [
                        (recommendation_label(t, value), recommendation == value)
                        for value in RECOMMENDATIONS
                    ]
                ),
            ]
        )
    )
    return parts


def render_evaluation_sheet(data: EvaluationSheetData) -> bytes:
    """The mentor's evaluation (mid-term or final) as an A4 PDF, blank or filled."""
    t = template(data.header.language)
    st = styles()
    title = t.plain(f"evaluation.title_{data.stage}")
    extra = [
        (t.plain("evaluation.stage"), t.plain(f"common.stage_{data.stage}")),
        (
            t.plain("evaluation.evaluated_on"),
            SHORT_BLANK if data.blank else day(data.evaluated_on) or SHORT_BLANK,
        ),
    ]
    story: list[Flowable] = [
        *title_block(t, data.header, escape(title)),
        header_grid(t, data.header, extra),
        Spacer(1, 4),
        *t.flowables(
            f"evaluation.intro_blank_{data.stage}" if data.blank else "evaluation.intro_filled"
        ),
    ]
    story += heading(t.markup("evaluation.competences"), st.heading)
    if data.rows:
        story.append(_scores_table(t, data))
    else:
        story.append(Paragraph(t.markup("common.no_competences"), st.note))
    story += task_list(t, t.markup("common.tasks"), data.tasks)
    story += _stage_questions(t, data)
    story.append(
        KeepTogether(
            [
                Paragraph(t.markup("evaluation.signatures"), st.heading),
                _evaluation_signatures(t, data),
            ]
        )
    )
    setup = page_setup(t, data.header, title, t.plain("evaluation.header"))
    return build_pdf(story, setup)


# --------------------------------------------------------------------------- workplace


def _workplace_table(t: DocumentTemplate, scores: Sequence[tuple[str, int | None]]) -> LongTable:
    st = styles()
    labels = [t.plain(f"workplace.scale_{value}") for value in WORKPLACE_LEVELS]
    head: list[object] = [_column_head("", t.plain("workplace.question"), bold=True, left=True)]
    head += [
        _column_head(str(value), label)
        for value, label in zip(WORKPLACE_LEVELS, labels, strict=True)
    ]
    rows: list[list[object]] = [head]
    for criterion, score in scores:
        rows.append(
            [
                Paragraph(escape(t.plain(f"workplace.{criterion}")), st.cell),
                *(TickBox(score == value) for value in WORKPLACE_LEVELS),
            ]
        )
    ticks = _tick_widths(labels, 20 * mm)
    widths = [CONTENT_WIDTH - sum(ticks), *ticks]
    table = LongTable(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        [
            *_tick_style(len(rows), 1),
            ("TOPPADDING", (0, 1), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 1), (-1, -1), 5),
        ]
    )
    return table


def render_workplace_sheet(data: WorkplaceSheetData) -> bytes:
    """The intern's evaluation of the workplace as an A4 PDF, blank or filled."""
    t = template(data.header.language)
    st = styles()
    title = t.plain("workplace.title")
    completed = SHORT_BLANK if data.blank else day(data.completed_on) or SHORT_BLANK
    story: list[Flowable] = [
        *title_block(t, data.header, t.markup("workplace.title")),
        header_grid(t, data.header, [(t.plain("workplace.completed_on"), completed)]),
        Spacer(1, 4),
        *t.flowables("workplace.intro_blank" if data.blank else "workplace.intro_filled"),
        Spacer(1, 4),
        _workplace_table(t, data.scores),
        Spacer(1, 6),
    ]
    recommend = None if data.blank else data.would_recommend
    story.append(
        KeepTogether(
            [
                Paragraph(t.markup("workplace.would_recommend"), st.subheading),
                choice_row(
                    [
                        (t.plain("common.yes"), recommend is True),
                        (t.plain("common.no"), recommend is False),
                    ],
                    width=CONTENT_WIDTH / 2,
                ),
            ]
        )
    )
    story += answer(
        t.markup("workplace.comments"), "" if data.blank else data.comments, _REMARK_LINES + 1
    )
    name, date = t.plain("common.name"), t.plain("common.date")
    blocks = [
        SignatureBlock(
            t.plain("evaluation.sign_intern"),
            ((name, data.header.intern_name), (date, "" if data.blank else day(data.completed_on))),
            t.plain("common.signature"),
        ),
        SignatureBlock(
            t.plain("evaluation.sign_consultant"),
            ((name, data.header.consultant.name), (date, "")),
            t.plain("common.signature"),
        ),
    ]
    story.append(Spacer(1, 8))
    story.append(KeepTogether([signature_table(blocks, box_height=20 * mm)]))
    setup = page_setup(t, data.header, title, t.plain("workplace.header"))
    return build_pdf(story, setup)


# --------------------------------------------------------------------------- self-scan

#: Lines to write the intern's answer on: the expectations at the start, what was learned at
#: the end.
_SELF_SCAN_LINES = 5


def _self_scan_table(t: DocumentTemplate, data: SelfScanSheetData) -> LongTable:
    st = styles()
    labels = [t.plain(f"self_scan.scale_{value}") for value in SCAN_LEVELS]
    head: list[object] = [_column_head("", t.plain("self_scan.question"), bold=True, left=True)]
    head += [
        _column_head(str(value), label) for value, label in zip(SCAN_LEVELS, labels, strict=True)
    ]
    rows: list[list[object]] = [head]
    for item in data.competences:
        markup = competence_markup(item.text, item.objective.strip())
        rows.append([Paragraph(markup, st.cell), *(TickBox() for _ in SCAN_LEVELS)])
    ticks = _tick_widths(labels, 16 * mm)
    table = LongTable(
        rows, colWidths=[CONTENT_WIDTH - sum(ticks), *ticks], repeatRows=1, hAlign="LEFT"
    )
    table.setStyle(
        [
            *_tick_style(len(rows), 1),
            ("TOPPADDING", (0, 1), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 1), (-1, -1), 5),
        ]
    )
    return table


def render_self_scan_sheet(data: SelfScanSheetData) -> bytes:
    """The blank self-assessment of the intern at the start or the end, as an A4 PDF.

    Each moment asks its own question: what the intern wants to learn at the start,
    what was learned (and what is still to work on) at the end.
    """
    t = template(data.header.language)
    st = styles()
    title = t.plain(f"self_scan.title_{data.moment}")
    story: list[Flowable] = [
        *title_block(t, data.header, escape(title)),
        header_grid(t, data.header, [(t.plain("self_scan.completed_on"), SHORT_BLANK)]),
        Spacer(1, 4),
        *t.flowables(f"self_scan.intro_{data.moment}"),
        Spacer(1, 4),
    ]
    if data.competences:
        story.append(_self_scan_table(t, data))
    else:
        story.append(Paragraph(t.markup("common.no_competences"), st.note))
    question = "self_scan.expectations" if data.moment == "start" else "self_scan.learned"
    story += answer(t.markup(question), "", _SELF_SCAN_LINES)
    setup = page_setup(t, data.header, title, t.plain("self_scan.header"))
    return build_pdf(story, setup)

"""What the roadmap sheets share: their template, page frame, header table and tick boxes.

Every sheet is printed with the texts of ``resources/templates/roadmap_sheets/<lang>.toml``
(one ``[common]`` table and one table per document). A tick box is drawn as a real empty
square; a ticked one carries a check mark (the DejaVu glyph ✔, so that the PDF's text
shows it too).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from consultant_app.documents.flowables import (
    BASE_TABLE_STYLE,
    bullets,
    cell,
    heading,
    key_value_table,
)
from consultant_app.documents.pdf import PageSetup
from consultant_app.documents.roadmap_data import SheetHeader, TaskLine
from consultant_app.documents.styles import CONTENT_WIDTH, FONT, FONT_BOLD, GREY, RULE, styles
from consultant_app.documents.templates import (
    DocumentTemplate,
    TemplateSpec,
    keys,
    load_template,
)
from consultant_app.documents.text import SHORT_BLANK, clean, escape, format_date, format_number

#: The mark printed in a ticked box.
CHECK = "\u2714"

COMMON_KEYS = keys(
    "common.",
    """reference footer page intern host mentor function period period_value consultant yes
    no unknown not_entered level_value competence objective target_level tasks no_tasks
    no_competences phase_start phase_midterm phase_end stage_midterm stage_final score_1
    score_2 score_3 score_4 not_observed recommendation_yes recommendation_with_reservations
    recommendation_no name date signature""",
)
ROADMAP_KEYS = keys(
    "roadmap.",
    """title header intro part1 part1_missing post description place equipment qualifications
    instructions protective_equipment risks risk measures risk_equipment forbidden no_risks
    health_surveillance health_surveillance_which forbidden_work forbidden_work_why
    prevention_advisor first_aid drawn_up_on drawn_up_by part2 part3 visits visit planned done
    attendees notes action_points no_visits kind_kickoff kind_midterm kind_final mode_on_site
    mode_phone mode_video evaluations item status summary status_not_entered
    status_in_progress status_completed status_entered status_done scores scores_none
    not_observed_count recommendation by_mentor start_scan end_scan workplace appreciation""",
)
EVALUATION_KEYS = keys(
    "evaluation.",
    """title_midterm title_final header intro_blank_midterm intro_blank_final intro_filled stage
    evaluated_on competences number comment appreciation appreciation_midterm comments
    comments_midterm recommendation recommendation_question signatures sign_mentor sign_intern
    sign_consultant""",
)
WORKPLACE_KEYS = keys(
    "workplace.",
    """title header intro_blank intro_filled completed_on question scale_1 scale_2 scale_3
    scale_4 onboarding guidance task_variety atmosphere safety learning would_recommend
    comments""",
)
SCAN_KEYS = keys(
    "scan.", "title header intro start end mentor target number done_on not_done too_few missing"
)
SELF_SCAN_KEYS = keys(
    "self_scan.",
    """title_start title_end header intro_start intro_end question scale_0 scale_1 scale_2
    scale_3 scale_4 expectations learned completed_on""",
)
REPORT_KEYS = keys(
    "report.",
    """title header intro working_days days_value tasks competences competences_text target
    start end mentor reached reached_yes reached_no missing curve curve_text average
    appreciation appreciation_midterm no_appreciation recommendation closing""",
)

SPEC = TemplateSpec(
    document="roadmap_sheets",
    keys=frozenset(
        COMMON_KEYS
        + ROADMAP_KEYS
        + EVALUATION_KEYS
        + WORKPLACE_KEYS
        + SCAN_KEYS
        + SELF_SCAN_KEYS
        + REPORT_KEYS
    ),
    placeholders=frozenset(
        keys(
            "",
            """reference document page pages start end level date scored competences average
            count value name stage label intern_name host_name function_name consultant_name
            fund_name days weeks""",
        )
    ),
)


def template(language: str) -> DocumentTemplate:
    """The checked texts of the sheets in *language* (loaded once per process)."""
    return load_template(SPEC, language)


# --------------------------------------------------------------------------- words


def day(value: date | None) -> str:
    return format_date(value)


def glued(text: str) -> str:
    """*text* with no line break around a slash (``2,5 / 4`` stays on one line)."""
    return text.replace(" / ", "\u00a0/\u00a0")


def level_text(t: DocumentTemplate, level: int | None, missing: str = "") -> str:
    return missing if level is None else glued(t.plain("common.level_value", level=level))


def average_text(values: Sequence[int | None], language: str) -> tuple[float | None, str]:
    """The mean of the known *values* and its text with one decimal (``""`` when none)."""
    known = [value for value in values if value is not None]
    if not known:
        return None, ""
    mean = sum(known) / len(known)
    return mean, format_number(mean, language, 1)


def score_label(t: DocumentTemplate, score: int) -> str:
    """The word of a mentor's score 1..4, or "not observed" for 0."""
    return t.plain(f"common.score_{score}") if score else t.plain("common.not_observed")


def recommendation_label(t: DocumentTemplate, value: str) -> str:
    return t.plain(f"common.recommendation_{value}")


def yes_no(t: DocumentTemplate, value: bool | None) -> str:
    if value is None:
        return t.plain("common.unknown")
    return t.plain("common.yes" if value else "common.no")


# --------------------------------------------------------------------------- page


def page_setup(t: DocumentTemplate, header: SheetHeader, document: str, note: str) -> PageSetup:
    """The fund's header (with *note* at its right) and the footer "*document* – reference"."""
    return PageSetup(
        title=f"{document} {header.reference}",
        fund=header.fund,
        issued_on=header.issued_on,
        footer=t.plain("common.footer", document=document, reference=header.reference),
        page_label=lambda page, pages: t.plain("common.page", page=page, pages=pages),
        header_note=note,
        subject=header.reference,
    )


def title_block(t: DocumentTemplate, header: SheetHeader, title_markup: str) -> list[Flowable]:
    st = styles()
    return [
        Paragraph(title_markup, st.title),
        Paragraph(t.markup("common.reference", reference=header.reference), st.subtitle),
        Spacer(1, 6),
    ]


def period_text(t: DocumentTemplate, header: SheetHeader) -> str:
    if header.start_date is None or header.end_date is None:
        return ""
    return t.plain("common.period_value", start=day(header.start_date), end=day(header.end_date))


def _joined(*parts: str) -> str:
    return "\n".join(part for part in parts if part and part.strip())


def header_table(
    t: DocumentTemplate,
    header: SheetHeader,
    extra: Sequence[tuple[str, str]] = (),
    *,
    consultant: bool = False,
) -> Table:
    """Intern, host, mentor, function and period (and *extra* rows) as label and value."""
    rows = [
        (t.plain("common.intern"), header.intern_name),
        (t.plain("common.host"), _joined(header.host_name, header.host_address)),
        (t.plain("common.mentor"), _joined(header.mentor_name, header.mentor_job_title)),
        (t.plain("common.function"), header.function_name),
        (t.plain("common.period"), period_text(t, header)),
    ]
    if consultant:
        rows.append((t.plain("common.consultant"), header.consultant.name))
    rows.extend(extra)
    return key_value_table([(label, value or SHORT_BLANK) for label, value in rows])


def word_widths(
    labels: Sequence[str], least: float, font: str = FONT_BOLD, size: float = 9.0
) -> list[float]:
    """Column widths of at least *least* in which the longest word of each label fits."""
    widths = []
    for label in labels:
        longest = max((pdfmetrics.stringWidth(w, font, size) for w in label.split()), default=0)
        widths.append(max(least, longest + 8))
    return widths


def header_grid(
    t: DocumentTemplate, header: SheetHeader, extra: Sequence[tuple[str, str]] = ()
) -> Table:
    """The rows of :func:`header_table` two by two, for a form that needs the room."""
    st = styles()
    rows = [
        (t.plain("common.intern"), header.intern_name),
        (t.plain("common.host"), header.host_name),
        (t.plain("common.mentor"), header.mentor_name),
        (t.plain("common.function"), header.function_name),
        (t.plain("common.period"), period_text(t, header)),
        *extra,
    ]
    label, value = 30 * mm, CONTENT_WIDTH / 2 - 30 * mm
    widths = (label, value, label, value)
    data = []
    for index in range(0, len(rows), 2):
        line: list[object] = []
        for text, content in rows[index : index + 2]:
            line += [cell(text, st.cell_label, label), cell(content or SHORT_BLANK, st.cell, value)]
        data.append(line + [""] * (4 - len(line)))
    table = Table(data, colWidths=widths, hAlign="LEFT")
    table.setStyle(
        [
            *BASE_TABLE_STYLE,
            ("FONTNAME", (0, 0), (-1, -1), st.cell.fontName),
            ("FONTSIZE", (0, 0), (-1, -1), st.cell.fontSize),
            ("LEADING", (0, 0), (-1, -1), st.cell.leading),
            ("TEXTCOLOR", (0, 0), (0, -1), st.cell_label.textColor),
            ("TEXTCOLOR", (2, 0), (2, -1), st.cell_label.textColor),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ]
    )
    return table


# --------------------------------------------------------------------------- tick boxes

BOX_SIZE = 3.6 * mm


class TickBox(Flowable):
    """A square to tick by hand, centred in the width it is given; ✔ in it when *ticked*."""

    def __init__(self, ticked: bool = False, size: float = BOX_SIZE) -> None:
        super().__init__()
        self.ticked = ticked
        self.size = size
        self._room = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._room = max(self.size, availWidth)
        return self._room, self.size

    def draw(self) -> None:
        canvas = self.canv
        size = self.size
        x = (self._room - size) / 2
        canvas.saveState()
        canvas.setLineWidth(0.7)
        canvas.setStrokeColor(colors.black)
        canvas.rect(x, 0, size, size, stroke=1, fill=0)
        if self.ticked:
            canvas.setFillColor(colors.black)
            canvas.setFont(FONT_BOLD, size * 1.05)
            canvas.drawCentredString(x + size / 2, size * 0.12, CHECK)
        canvas.restoreState()


def choice_row(options: Sequence[tuple[str, bool]], width: float = CONTENT_WIDTH) -> Table:
    """Tick boxes in one line, each followed by its label: ``[(label, ticked), ...]``."""
    st = styles()
    label_style = ParagraphStyle("choice", st.cell)
    box_width = BOX_SIZE + 3 * mm
    label_width = (width - box_width * len(options)) / max(1, len(options))
    row: list[object] = []
    widths: list[float] = []
    for label, ticked in options:
        row += [TickBox(ticked), Paragraph(escape(label), label_style)]
        widths += [box_width, label_width]
    table = Table([row], colWidths=widths, hAlign="LEFT")
    table.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 1),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
    )
    return table


#: The distance between two lines to write on by hand: room for handwriting.
LINE_GAP = 8 * mm


class WritingLines(Flowable):
    """*count* light lines to write on by hand, :data:`LINE_GAP` apart; *lead* (a label)
    printed at the start of the first one."""

    def __init__(
        self, count: int, width: float = CONTENT_WIDTH, gap: float = LINE_GAP, lead: str = ""
    ) -> None:
        super().__init__()
        self.count = count
        self.line_width = width
        self.gap = gap
        self.lead = clean(lead)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.line_width = min(self.line_width, availWidth)
        return self.line_width, self.count * self.gap

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        start = 0.0
        if self.lead:
            size = styles().cell.fontSize
            canvas.setFillColor(GREY)
            canvas.setFont(FONT, size)
            canvas.drawString(0, (self.count - 1) * self.gap + 2.5, self.lead)
            start = pdfmetrics.stringWidth(self.lead, FONT, size) + 2
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.setDash(1, 2)
        for index in range(self.count):
            y = index * self.gap + 1
            left = start if index == self.count - 1 else 0
            canvas.line(left, y, self.line_width, y)
        canvas.restoreState()


def text_or_lines(text: str, count: int) -> list[Flowable]:
    """The user *text* as a paragraph, or *count* lines to write on when it is empty."""
    if text.strip():
        return [Paragraph(escape(text.strip()), styles().body)]
    return [WritingLines(count)]


def answer(title_markup: str, text: str, count: int) -> list[Flowable]:
    """A question's heading and its answer: the user *text*, or *count* lines to write on,
    kept on the heading's page."""
    room = 0.0 if text.strip() else count * LINE_GAP
    return [*heading(title_markup, styles().heading, room), *text_or_lines(text, count)]


def task_list(t: DocumentTemplate, title_markup: str, tasks: Sequence[TaskLine]) -> list[Flowable]:
    """A heading and the *tasks* as bullets, or a note that there are none."""
    st = styles()
    parts = heading(title_markup, st.heading)
    if tasks:
        parts += bullets(task.text for task in tasks)
    else:
        parts.append(Paragraph(t.markup("common.no_tasks"), st.note))
    return parts


def competence_markup(name: str, detail: str) -> str:
    """A competence in bold with an optional grey second line (objective, target level)."""
    markup = f"<b>{escape(name)}</b>"
    if detail:
        markup += f'<br/><font size="8" color="#595959">{escape(detail)}</font>'
    return markup

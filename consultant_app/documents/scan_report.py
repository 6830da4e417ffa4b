"""The competence scan sheet and the end-of-internship report of one internship.

The scan sheet shows the radar chart (:mod:`consultant_app.documents.scan_chart`) of
the intern's self-assessment at the start against the one at the end (0..4), with the
mentor's final scores (1..4) as a third line, and the values in a table under it.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from consultant_app.documents.flowables import (
    SignatureBlock,
    grid_table,
    heading,
    signature_table,
)
from consultant_app.documents.pdf import build_pdf
from consultant_app.documents.roadmap_data import ReportData, ScanRow, ScanSheetData, SheetHeader
from consultant_app.documents.scan_chart import CHART_FONT, RING, SCAN_MAX, radar_chart
from consultant_app.documents.sheet_layout import (
    average_text,
    day,
    header_grid,
    header_table,
    level_text,
    page_setup,
    recommendation_label,
    task_list,
    template,
    title_block,
    word_widths,
)
from consultant_app.documents.styles import CONTENT_WIDTH, FONT, GREY, styles
from consultant_app.documents.templates import DocumentTemplate
from consultant_app.documents.text import SHORT_BLANK, escape, format_number


def _score(value: int | None, missing: str) -> str:
    return missing if value is None else str(value)


def _scan_table(t: DocumentTemplate, rows: Sequence[ScanRow]) -> Flowable:
    missing = t.plain("scan.missing")
    header = [t.plain("scan.number"), t.plain("common.competence")]
    header += [t.plain(f"scan.{key}") for key in ("start", "end", "mentor", "target")]
    values = [
        (
            str(number),
            row.competence,
            _score(row.start, missing),
            _score(row.end, missing),
            _score(row.mentor, missing),
            _score(row.target_level, missing),
        )
        for number, row in enumerate(rows, start=1)
    ]
    number = 10 * mm
    scores = word_widths(header[2:], 16 * mm)
    widths = (number, CONTENT_WIDTH - number - sum(scores), *scores)
    return grid_table(header, values, widths, align_right=(2, 3, 4, 5))


def render_scan(data: ScanSheetData) -> bytes:
    """The competence scan of one internship as a one-page A4 PDF (same data, same bytes)."""
    t = template(data.header.language)
    st = styles()
    header = data.header
    compact = header_grid(t, header)
    dates = []
    for key, on in (("start", data.start_on), ("end", data.end_on), ("mentor", data.mentor_on)):
        label = t.plain(f"scan.{key}")
        dates.append(
            t.plain("scan.done_on", label=label, date=day(on))
            if on is not None
            else t.plain("scan.not_done", label=label)
        )
    story: list[Flowable] = [
        *title_block(t, header, t.markup("scan.title")),
        compact,
        Spacer(1, 4),
        *t.flowables("scan.intro"),
        Paragraph(escape("  ·  ".join(dates)), st.small),
    ]
    if not data.rows:
        story.append(Paragraph(t.markup("common.no_competences"), st.note))
    else:
        if len(data.rows) >= 3:
            story.append(radar_chart(t, data.rows))
        else:
            story.append(Paragraph(t.markup("scan.too_few"), st.note))
        story.append(Spacer(1, 4))
        story.append(_scan_table(t, data.rows))
    setup = page_setup(t, header, t.plain("scan.title"), t.plain("scan.header"))
    return build_pdf(story, setup)


# --------------------------------------------------------------------------- report

_BAR_GREYS = (colors.Color(0.78, 0.78, 0.78), colors.Color(0.45, 0.45, 0.45), colors.black)


def _curve_chart(t: DocumentTemplate, rows: Sequence[ScanRow], language: str) -> Drawing | None:
    """Three bars: the averages of the start scan, the end scan and the mentor's scores."""
    names = [t.plain("scan.start"), t.plain("scan.end"), t.plain("scan.mentor")]
    averages = [
        average_text([row.start for row in rows], language)[0],
        average_text([row.end for row in rows], language)[0],
        average_text([row.mentor for row in rows], language)[0],
    ]
    if all(value is None for value in averages):
        return None
    width, height = 110 * mm, 52 * mm
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 26, 18
    chart.width, chart.height = width - 36, height - 28
    chart.data = [[value or 0.0 for value in averages]]
    chart.categoryAxis.categoryNames = names
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = CHART_FONT
    chart.categoryAxis.labels.dy = -2
    chart.categoryAxis.strokeColor = GREY
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = SCAN_MAX
    chart.valueAxis.valueStep = 1
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = CHART_FONT
    chart.valueAxis.strokeColor = GREY
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = RING
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.bars.strokeColor = colors.black
    chart.bars.strokeWidth = 0.5
    for index, grey in enumerate(_BAR_GREYS):
        chart.bars[(0, index)].fillColor = grey
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = CHART_FONT
    chart.barLabels.boxAnchor = "s"
    chart.barLabels.dy = 2
    labels = ["" if value is None else format_number(value, language, 1) for value in averages]
    chart.barLabelFormat = "values"
    chart.barLabelArray = [labels]
    chart.groupSpacing = 20
    drawing.add(chart)
    return drawing


def _competence_rows(t: DocumentTemplate, rows: Sequence[ScanRow]) -> Flowable:
    missing = t.plain("report.missing")
    header = [t.plain("common.competence")]
    header += [t.plain(f"report.{key}") for key in ("target", "start", "end", "mentor", "reached")]
    values = []
    for row in rows:
        if row.mentor is None or row.target_level is None:
            reached = missing
        else:
            reached = t.plain(
                "report.reached_yes" if row.mentor >= row.target_level else "report.reached_no"
            )
        values.append(
            (
                row.competence,
                level_text(t, row.target_level, missing),
                _score(row.start, missing),
                _score(row.end, missing),
                _score(row.mentor, missing),
                reached,
            )
        )
    columns = word_widths(header[1:], 17 * mm)
    answers = (t.plain("report.reached_yes"), t.plain("report.reached_no"))
    room = max(pdfmetrics.stringWidth(answer, FONT, styles().cell.fontSize) for answer in answers)
    columns[-1] = max(columns[-1], room + 8)  # "not yet" on one line
    widths = (CONTENT_WIDTH - sum(columns), *columns)
    return grid_table(header, values, widths, align_right=(1, 2, 3, 4))


def _report_signatures(t: DocumentTemplate, header: SheetHeader) -> Flowable:
    """A column for each party (the intern, the host's mentor, the fund's consultant) with
    a name, a date line and a box to sign in."""
    name, date = t.plain("common.name"), t.plain("common.date")
    parties = (
        ("evaluation.sign_intern", "", header.intern_name),
        ("evaluation.sign_mentor", header.host_name, header.mentor_name),
        ("evaluation.sign_consultant", header.fund.name, header.consultant.name),
    )
    blocks = [
        SignatureBlock(
            "\n".join(part for part in (t.plain(key), of) if part.strip()),
            ((name, signer), (date, "")),
            t.plain("common.signature"),
        )
        for key, of, signer in parties
    ]
    return signature_table(blocks, box_height=20 * mm)


def render_report(data: ReportData) -> bytes:
    """The end-of-internship report as an A4 PDF in its language (same data, same bytes)."""
    header = data.header
    language = header.language
    t = template(language)
    st = styles()
    days = t.plain(
        "report.days_value",
        days=data.working_days,
        weeks=format_number(data.weeks, language, 1, trim=True),
    )
    story: list[Flowable] = [
        *title_block(t, header, t.markup("report.title")),
        *t.flowables(
            "report.intro",
            intern_name=header.intern_name,
            host_name=header.host_name,
            function_name=header.function_name,
        ),
        header_table(t, header, [(t.plain("report.working_days"), days)], consultant=True),
    ]
    story += task_list(t, t.markup("report.tasks"), data.tasks)
    story += heading(t.markup("report.competences"), st.heading)
    if data.rows:
        story += t.flowables("report.competences_text")
        story.append(_competence_rows(t, data.rows))
        chart = _curve_chart(t, data.rows, language)
        if chart is not None:
            story.append(
                KeepTogether(
                    [
                        Paragraph(t.markup("report.curve"), st.heading),
                        *t.flowables("report.curve_text"),
                        chart,
                    ]
                )
            )
    else:
        story.append(Paragraph(t.markup("common.no_competences"), st.note))
    appreciation: list[Flowable] = [Paragraph(t.markup("report.appreciation"), st.heading)]
    if data.appreciation.strip() or data.recommendation:
        if not data.final_evaluation:
            appreciation.append(Paragraph(t.markup("report.appreciation_midterm"), st.note))
        if data.appreciation.strip():
            appreciation.append(Paragraph(escape(data.appreciation.strip()), st.body))
        if data.recommendation:
            value = recommendation_label(t, data.recommendation)
            appreciation.append(Paragraph(t.markup("report.recommendation", value=value), st.body))
    else:
        appreciation.append(Paragraph(t.markup("report.no_appreciation"), st.note))
    story.append(KeepTogether(appreciation))
    story.append(Spacer(1, 8))
    consultant = header.consultant.name or SHORT_BLANK
    story += t.flowables("report.closing", consultant_name=consultant, fund_name=header.fund.name)
    story.append(
        KeepTogether(
            [
                Paragraph(t.markup("evaluation.signatures"), st.heading),
                _report_signatures(t, header),
            ]
        )
    )
    setup = page_setup(t, header, t.plain("report.title"), t.plain("report.header"))
    return build_pdf(story, setup)

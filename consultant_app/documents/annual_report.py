"""The printed annual report of the media internships programme (A4 PDF).

The figures arrive already computed (:class:`AnnualReportData`); this module only lays
them out: key figures, the several-years table and its chart, the totals of the period
by language, joint committee, gender and cluster, the registered candidates and the list
of host companies. Every text comes from the editable template of the report's language;
names (hosts, clusters, the fund) are user text and print literally.

This module holds the template's keys and the sections in print order; their tables are
in ``annual_tables``, their charts in ``annual_charts``.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from consultant_app.documents.annual_charts import weeks_per_cluster_chart, weeks_per_year_chart
from consultant_app.documents.annual_data import AnnualReportData
from consultant_app.documents.annual_layout import Numbering, ReportWords
from consultant_app.documents.annual_tables import (
    Share,
    breakdown_table,
    candidates_table,
    host_tables,
    key_figures_table,
    years_table,
)
from consultant_app.documents.pdf import PageSetup, build_pdf
from consultant_app.documents.styles import FONT_BOLD, GREY, SHADE, styles
from consultant_app.documents.templates import TemplateSpec, keys, load_template
from consultant_app.documents.text import clean, escape, format_date

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


def _title(data: AnnualReportData, words: ReportWords) -> list[Flowable]:
    """The cover lines: title, period, the fund, the issue date and the introduction."""
    st = styles()
    t, v = words.t, words.values
    parts: list[Flowable] = [
        Paragraph(t.markup("document.title"), st.title),
        Paragraph(t.markup("document.period", **v), st.subtitle),
    ]
    if clean(data.fund.name).strip():
        parts.append(Paragraph(escape(data.fund.name), st.subtitle))
    parts += [
        Paragraph(t.markup("document.issued", **v), st.subtitle),
        Spacer(1, 8),
        *t.flowables("document.intro", **v),
    ]
    return parts


def _empty_style() -> ParagraphStyle:
    """The boxed notice of a period without internships."""
    return ParagraphStyle(
        "annual_empty",
        styles().body,
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


def _has_internships(data: AnnualReportData) -> bool:
    totals = data.totals
    return bool(totals.conventions or totals.days)


def _years(data: AnnualReportData, words: ReportWords, numbering: Numbering) -> list[Flowable]:
    """Table 1 (years as rows; conventions, weeks, days, FTE by NL / FR / total) and
    figure 1 (weeks per year and language)."""
    years = data.years
    if not any(y.total.conventions or y.total.days for y in years):
        return []
    head: list[Flowable] = [numbering.section("years.heading")]
    head += words.t.flowables("years.text", **words.values)
    table = years_table(words, years)
    # The heading, its text and the table start on the same page.
    parts: list[Flowable] = [KeepTogether([*head, numbering.table_caption("years.caption"), table])]
    chart = weeks_per_year_chart(words, years)
    if chart is not None:
        parts += [Spacer(1, 8), KeepTogether([numbering.figure_caption("years.chart"), chart])]
    return parts


def _period(data: AnnualReportData, words: ReportWords, numbering: Numbering) -> list[Flowable]:
    """Table 2 (language, joint committee, gender), table 3 and figure 2 (clusters)."""
    t = words.t
    head: list[Flowable] = [numbering.section("period.heading")]
    head += t.flowables("period.text", **words.values)
    groups = [
        (
            t.plain("period.by_language"),
            [Share(words.language(code), c) for code, c in data.by_language],
        ),
        (
            t.plain("period.by_joint_committee"),
            [Share(words.committee(code), c) for code, c in data.by_joint_committee],
        ),
        (
            t.plain("period.by_gender"),
            [Share(words.gender(code), c) for code, c in data.by_gender],
        ),
    ]
    groups = [(title, rows) for title, rows in groups if rows]
    caption = numbering.table_caption("period.caption")
    table = breakdown_table(words, data.totals, groups, t.plain("period.breakdown"))
    parts: list[Flowable] = [KeepTogether([*head, caption, table])]
    if data.by_cluster:
        clusters = [Share(name, c) for name, c in data.by_cluster]
        caption = numbering.table_caption("period.clusters_caption")
        table = breakdown_table(words, data.totals, [("", clusters)], t.plain("period.cluster"))
        parts += [Spacer(1, 6), KeepTogether([caption, table])]
        chart = weeks_per_cluster_chart(words, data.by_cluster)
        if chart is not None:
            parts += [
                Spacer(1, 8),
                KeepTogether([numbering.figure_caption("period.clusters_chart"), chart]),
            ]
    else:
        parts.append(Paragraph(t.markup("period.clusters_empty"), styles().note))
    return parts


def _candidates(data: AnnualReportData, words: ReportWords, numbering: Numbering) -> list[Flowable]:
    """Table 4: candidates per registration year (rows) and language (columns)."""
    t = words.t
    st = styles()
    parts: list[Flowable] = [numbering.section("candidates.heading")]
    parts += t.flowables("candidates.text", **words.values)
    if not data.candidates:
        parts.append(Paragraph(t.markup("candidates.empty"), st.note))
    else:
        table = candidates_table(words, data.candidates)
        parts += [numbering.table_caption("candidates.caption"), table]
    parts += [
        Spacer(1, 6),
        Paragraph(
            t.markup(
                "candidates.eligible",
                date=format_date(data.period_to),
                count=words.count(data.still_eligible),
            ),
            st.body,
        ),
    ]
    return [KeepTogether(parts)]


def _hosts(data: AnnualReportData, words: ReportWords, numbering: Numbering) -> list[Flowable]:
    """The summary of the host companies and table 5, their list (spans pages)."""
    t = words.t
    st = styles()
    # The heading, the summary and the first rows of the list start on the same page.
    parts: list[Flowable] = [CondPageBreak(150), numbering.section("hosts.heading")]
    hosts = data.hosts
    if not hosts:
        parts.append(Paragraph(t.markup("hosts.empty", **words.values), st.note))
        return parts
    languages = [host.language.strip().upper() for host in hosts]
    committees = [host.joint_committee.strip() for host in hosts]
    count = words.count
    summary = t.markup(
        "hosts.summary",
        **words.values,
        count=count(len(hosts)),
        nl=count(languages.count("NL")),
        fr=count(languages.count("FR")),
        jc_227=count(committees.count("227")),
        jc_303_01=count(sum(c in ("303.01", "303,01") for c in committees)),
        jc_other=count(sum(c not in ("227", "303.01", "303,01") for c in committees)),
    )
    parts.append(Paragraph(summary, st.body))
    header = [
        t.plain(f"hosts.{name}")
        for name in ("name", "language", "joint_committee", "conventions", "days")
    ]
    rows = [
        (
            host.name,
            words.language(host.language, short=True),
            words.committee(host.joint_committee),
            count(host.conventions),
            count(host.days),
        )
        for host in hosts
    ]
    parts.append(numbering.table_caption("hosts.caption"))
    parts += host_tables(header, rows)
    return parts


# --------------------------------------------------------------------------- entry point


def render_annual_report(data: AnnualReportData) -> bytes:
    """The annual report *data* as an A4 PDF in its language (same data, same bytes)."""
    t = load_template(SPEC, data.language)
    words = ReportWords(data, t)
    numbering = Numbering(words)
    v = words.values
    story: list[Flowable] = _title(data, words)
    if _has_internships(data):
        story += [Spacer(1, 4), key_figures_table(words, data.totals), Spacer(1, 4)]
    else:
        story.append(Paragraph(t.markup("document.empty", **v), _empty_style()))
    story += _years(data, words, numbering)
    if _has_internships(data):
        story += _period(data, words, numbering)
    story += _candidates(data, words, numbering)
    story += _hosts(data, words, numbering)
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

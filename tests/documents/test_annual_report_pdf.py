"""The printed annual report: figures, headings, hostile names, empty period, long lists."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import pytest
from pypdf import PdfReader

from consultant_app.documents.annual_data import (
    AnnualReportData,
    CandidateLine,
    Cell,
    HostLine,
    YearColumn,
)
from consultant_app.documents.annual_report import SPEC, render_annual_report
from consultant_app.documents.data import DOCUMENT_LANGUAGES, FundIdentity
from consultant_app.documents.templates import TemplateError, load_template

PAGE = {"nl": "pagina {} van {}", "fr": "page {} sur {}", "en": "page {} of {}"}
#: 2020 as in the programme's final report (376 weeks, 1,880 days, 8.5 FTE) and 2019.
NUMBERS = {
    "nl": ("1.880", "376,0", "8,5", "2.275", "455,0", "10,3", "341,0", "35,0"),
    "fr": ("1 880", "376,0", "8,5", "2 275", "455,0", "10,3", "341,0", "35,0"),
    "en": ("1,880", "376.0", "8.5", "2,275", "455.0", "10.3", "341.0", "35.0"),
}
CLUSTERS = {
    "nl": ("Productie", "Techniek", "Redactie & research", "Postproductie"),
    "fr": ("Production", "Technique", "Rédaction & recherche", "Postproduction"),
    "en": ("Production", "Technique", "Editorial & research", "Post-production"),
}
LONG_NAME = ("Productiehuis " * 15).strip()[:199] + "Z"
HOSTILE = (
    "Borgerhoff & Lamberigts Tv Nv",
    "Clin D'Oeil Film Srl",
    "Dupont <b>Ltd",
    '<font name="x">',
    "Studio 🎬 Lumière",
    "A&amp;B <br/> &lt;i&gt; {host_name} **x**",
    LONG_NAME,
)


def cell(conventions: int, days: int) -> Cell:
    fte = Decimal(days) / 220
    return Cell(
        conventions,
        days,
        days / 5,
        float(fte.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)),
    )


def column(year: int, nl: tuple[int, int], fr: tuple[int, int]) -> YearColumn:
    return YearColumn(year, cell(*nl), cell(*fr), cell(nl[0] + fr[0], nl[1] + fr[1]))


def make_report(language: str = "nl", **changes: object) -> AnnualReportData:
    years = (
        column(2018, (44, 1470), (10, 350)),
        column(2019, (55, 1925), (11, 350)),
        column(2020, (48, 1705), (5, 175)),
    )
    period = years[-1]
    names = CLUSTERS[language]
    data = AnnualReportData(
        language=language,
        issued_on=date(2021, 1, 15),
        fund=FundIdentity(name="mediarte.be", municipality="Brussel"),
        period_from=date(2020, 1, 1),
        period_to=date(2020, 12, 31),
        totals=period.total,
        by_language=(("NL", period.nl), ("FR", period.fr)),
        by_joint_committee=(
            ("227", cell(50, 1800)),
            ("303.01", cell(3, 80)),
            ("other", cell(0, 0)),
        ),
        by_gender=(("F", cell(36, 1260)), ("M", cell(16, 600)), ("X", cell(1, 20))),
        by_cluster=(
            (names[0], cell(26, 930)),
            (names[1], cell(14, 500)),
            (names[2], cell(9, 300)),
            (names[3], cell(4, 150)),
        ),
        hosts=(
            HostLine("Caviar Antwerp Nv", "NL", "227", 3, 190),
            HostLine("Dreamwall Sa", "FR", "303.01", 2, 110),
            HostLine("Studio Noord Bv", "NL", "other", 1, 45),
        ),
        years=years,
        candidates=(
            CandidateLine(2019, (("NL", 79), ("FR", 11)), 90),
            CandidateLine(2020, (("NL", 100), ("FR", 21), ("other", 2)), 123),
        ),
        still_eligible=153,
    )
    return replace(data, **changes)


def empty_report(language: str = "nl") -> AnnualReportData:
    zero = cell(0, 0)
    return make_report(
        language,
        totals=zero,
        by_language=(("NL", zero), ("FR", zero)),
        by_joint_committee=(("227", zero), ("303.01", zero), ("other", zero)),
        by_gender=(("F", zero), ("M", zero), ("X", zero)),
        by_cluster=(),
        hosts=(),
        years=(YearColumn(2020, zero, zero, zero),),
        candidates=(),
        still_eligible=0,
    )


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def normal(text: str) -> str:
    """Extracted text with non-breaking spaces as plain spaces."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def flat(text: str) -> str:
    """Extracted text without any whitespace (names may wrap over lines)."""
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("language", DOCUMENT_LANGUAGES)
def test_shipped_templates_are_complete(language: str) -> None:
    template = load_template(SPEC, language)
    values = dict.fromkeys(SPEC.placeholders, "X")
    for key in SPEC.keys:
        assert template.plain(key, **values).strip(), key


@pytest.mark.parametrize("language", DOCUMENT_LANGUAGES)
def test_report_shows_the_figures_and_headings(language: str) -> None:
    pdf = render_annual_report(make_report(language))
    assert pdf.startswith(b"%PDF")
    pages = pages_text(pdf)
    text = normal("\n".join(pages))
    for expected in (*NUMBERS[language], "01/01/2020–31/12/2020", "15/01/2021", "mediarte.be"):
        assert expected in text, expected
    for year in ("2018", "2019", "2020"):
        assert year in text
    template = load_template(SPEC, language)
    values = dict.fromkeys(SPEC.placeholders, "")
    for key in (
        "document.title",
        "years.heading",
        "years.caption",
        "years.chart",
        "period.heading",
        "period.caption",
        "period.clusters_caption",
        "period.clusters_chart",
        "candidates.heading",
        "hosts.heading",
        "labels.language_nl",
        "labels.language_fr",
        "labels.committee_227",
        "labels.committee_303_01",
        "labels.gender_x",
        "labels.fte",
    ):
        assert flat(template.plain(key, **values)) in flat(text), key
    for name in CLUSTERS[language]:
        assert flat(name) in flat(text), name
    for host in ("Caviar Antwerp Nv", "Dreamwall Sa", "Studio Noord Bv"):
        assert host in text
    for number, page in enumerate(pages, start=1):
        assert PAGE[language].format(number, len(pages)) in page


@pytest.mark.parametrize(
    ("language", "shares"),
    [
        ("nl", ("67,9%", "30,2%", "1,9%")),
        ("fr", ("67,9 %", "30,2 %", "1,9 %")),
        ("en", ("67.9%", "30.2%", "1.9%")),
    ],
)
def test_gender_in_counts_and_percent(language: str, shares: tuple[str, ...]) -> None:
    text = normal("\n".join(pages_text(render_annual_report(make_report(language)))))
    for share in shares:
        assert share in text, share
    for count in ("36", "16"):
        assert count in text


def test_candidates_per_year_and_still_eligible() -> None:
    text = "\n".join(pages_text(render_annual_report(make_report("en"))))
    assert re.search(r"2020\s+100\s+21\s+2\s+123", text)
    assert re.search(r"Total\s+179\s+32\s+2\s+213", text)
    assert "31/12/2020: 153" in text


def test_a_language_nobody_registered_in_has_no_column() -> None:
    lines = (CandidateLine(2020, (("NL", 100), ("FR", 21), ("other", 0)), 121),)
    text = "\n".join(pages_text(render_annual_report(make_report("en", candidates=lines))))
    assert re.search(r"2020\s+100\s+21\s+121", text)
    assert not re.search(r"registration\s+Dutch-speaking\s+French-speaking\s+Other", text)
    assert re.search(r"registration\s+Dutch-speaking\s+French-speaking\s+Total", text)


def test_charts_show_their_values_and_legend() -> None:
    text = "\n".join(pages_text(render_annual_report(make_report("nl"))))
    # Bar values (weeks, trailing zero decimals dropped) and the legend of figure 1.
    for label in ("341", "35", "186", "Nederlandstalig", "Franstalig"):
        assert label in text, label
    assert text.count("Figuur") == 2


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_names_print_literally(name: str) -> None:
    data = make_report(
        hosts=(HostLine(name, "NL", "227", 1, 10),),
        by_cluster=((name, cell(53, 1880)),),
        fund=FundIdentity(name=name),
    )
    pdf = render_annual_report(data)
    # DejaVu has no glyph for the emoji: it prints as the missing-glyph box (extracted as NUL).
    text = "\n".join(pages_text(pdf)).replace("\x00", "")
    expected = name.replace("🎬", "")
    assert flat(expected) in flat(text)
    # No line is wider than the text column: long names wrap.
    for page in PdfReader(io.BytesIO(pdf)).pages:
        assert max(len(line) for line in page.extract_text().splitlines()) < 130


@pytest.mark.parametrize("language", DOCUMENT_LANGUAGES)
def test_empty_period_gives_a_clean_report(language: str) -> None:
    pdf = render_annual_report(empty_report(language))
    pages = pages_text(pdf)
    text = "\n".join(pages)
    template = load_template(SPEC, language)
    values = {"period_from": "01/01/2020", "period_to": "31/12/2020"}
    assert flat(template.plain("document.empty", **values)) in flat(text)
    assert flat(template.plain("hosts.empty")) in flat(text)
    assert flat(template.plain("candidates.empty")) in flat(text)
    # Neither the period's tables nor charts of zeros.
    assert flat(template.plain("period.heading")) not in flat(text)
    assert template.plain("labels.figure", number=1) not in text
    assert len(pages) == 1


def test_empty_period_with_earlier_years_keeps_the_evolution() -> None:
    data = empty_report()
    data = replace(data, years=(column(2019, (55, 1925), (11, 350)), *data.years))
    text = normal("\n".join(pages_text(render_annual_report(data))))
    assert "1.925" in text and "Figuur 1" in text
    assert "Geen stages in deze periode" in text


def test_zero_weeks_per_cluster_omits_the_chart() -> None:
    zero = cell(0, 0)
    data = make_report(by_cluster=(("Productie", zero), ("Techniek", zero)))
    text = "\n".join(pages_text(render_annual_report(data)))
    assert "Figuur 1" in text and "Figuur 2" not in text
    assert "Techniek" in text


def test_many_hosts_span_pages_with_the_header_repeated() -> None:
    hosts = tuple(
        HostLine(f"Host {number:03d} Productions Bv", "NL" if number % 3 else "FR", "227", 1, 20)
        for number in range(300)
    )
    pdf = render_annual_report(make_report("en", hosts=hosts))
    pages = pages_text(pdf)
    with_hosts = [page for page in pages if re.search(r"Host \d{3} Productions", page)]
    assert len(with_hosts) >= 5
    for page in with_hosts:
        assert "Host company" in page and "Joint committee" in page
    text = "\n".join(pages)
    for number in range(300):
        assert f"Host {number:03d} Productions Bv" in text
    assert flat("at least one internship in the period: 300") in flat(text)
    assert flat("Dutch-speaking: 200, French-speaking: 100") in flat(text)


def test_same_input_gives_the_same_bytes() -> None:
    data = make_report("fr")
    first = render_annual_report(data)
    assert render_annual_report(data) == first
    reader = PdfReader(io.BytesIO(first))
    assert reader.metadata is not None
    assert reader.metadata.creation_date is not None
    assert reader.metadata.creation_date.date() == date(2021, 1, 15)


def test_unknown_language_is_a_clear_error() -> None:
    with pytest.raises(TemplateError, match="unknown document language"):
        render_annual_report(replace(make_report(), language="de"))

"""The printed convention and amendment: content, footers, hostile text, determinism."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from consultant_app.documents.amendment import render_amendment
from consultant_app.documents.convention import SPEC, render_convention
from consultant_app.documents.data import (
    AmendmentData,
    ChangedField,
    CompetenceLine,
    ConsultantProfile,
    ConventionData,
    FundIdentity,
    HostParty,
    InternParty,
    MentorParty,
)
from consultant_app.documents.templates import TemplateError, load_template

PAGE = {"nl": "pagina {} van {}", "fr": "page {} sur {}", "en": "page {} of {}"}
WEEKS = {"nl": "12,6 weken", "fr": "12,6 semaines", "en": "12.6 weeks"}
HOSTILE = (
    "Borgerhoff & Lamberigts Tv Nv",
    "Clin D'Oeil Film Srl",
    "Dupont <b>Ltd",
    '<font name="x">',
    "Studio 🎬 Lumière",
    "A&amp;B <br/> &lt;i&gt; {host_name} **x**",
)


def make_convention(language: str = "nl", **changes: object) -> ConventionData:
    data = ConventionData(
        reference="SM-2026-014",
        version=1,
        language=language,
        issued_on=date(2026, 1, 15),
        fund=FundIdentity(
            name="mediarte.be",
            street="Koningsstraat 55 bus 10",
            postcode="1000",
            municipality="Brussel",
            enterprise_number="0123.456.789",
            signatory_name="An Peeters",
            signatory_title="directeur",
        ),
        consultant=ConsultantProfile("Sofie Janssens", "sofie@example.be", "+32 2 123 45 67"),
        host=HostParty(
            name="Studio Noord Bv",
            enterprise_number="0456.789.123",
            joint_committee="227",
            address="Kortrijksesteenweg 1104, 9051 Gent",
            represented_by="Peter Lamberigts",
        ),
        mentor=MentorParty("Els De Smet", "Productieleider", "els@example.be", "09 123 45 67"),
        intern=InternParty(
            name="Yasmine El Amrani",
            birth_date=date(2002, 5, 3),
            address="Veldstraat 3, 9000 Gent",
            jobseeker_agency="VDAB",
            jobseeker_number="12345678",
            jobseeker_since=date(2025, 7, 1),
        ),
        function_name="Productieassistent",
        start_date=date(2026, 2, 2),
        planned_end_date=date(2026, 4, 30),
        working_days=63,
        weeks=12.6,
        hours_per_week=38.0,
        schedule=(("mon", 7.6), ("tue", 7.6), ("wed", 7.6), ("thu", 7.6), ("fri", 7.6)),
        schedule_note="9:00-17:00",
        workplace="Kortrijksesteenweg 1104, 9051 Gent",
        objectives="Een draaidag voorbereiden.",
        expenses="Treinabonnement terugbetaald.",
        no_replacement_declared=True,
        tasks=("Callsheets opmaken", "Locaties verkennen"),
        competences=(CompetenceLine("Plannen", "Een draaiplan opstellen", 3),),
        signing_place="Gent",
    )
    return replace(data, **changes)


def make_amendment(language: str = "nl", **changes: object) -> AmendmentData:
    data = AmendmentData(
        convention=make_convention(language, version=2, hours_per_week=30.0),
        version=2,
        decided_on=date(2026, 3, 2),
        changes=(
            ChangedField("hours_per_week", "38.0", "30.0"),
            ChangedField("planned_end_date", "2026-04-30", "2026-05-15"),
            ChangedField("mystery_field", "old <i>value", "new & value"),
        ),
        reason="Aangepast uurrooster.",
    )
    return replace(data, **changes)


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def flat(text: str) -> str:
    """Extracted text without any whitespace (names may wrap over lines)."""
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_convention_shows_parties_dates_and_articles(language: str) -> None:
    pdf = render_convention(make_convention(language))
    assert pdf.startswith(b"%PDF")
    text = "\n".join(pages_text(pdf))
    for expected in (
        "SM-2026-014",
        "mediarte.be",
        "0123.456.789",
        "An Peeters, directeur",
        "Studio Noord Bv",
        "Peter Lamberigts",
        "Els De Smet",
        "Yasmine El Amrani",
        "03/05/2002",
        "VDAB",
        "12345678",
        "01/07/2025",
        "Sofie Janssens",
        "02/02/2026",
        "30/04/2026",
        "63",
        WEEKS[language],
        "Callsheets opmaken",
        "Een draaiplan opstellen",
        "Treinabonnement terugbetaald.",
        "9:00-17:00",
    ):
        assert expected in text, expected
    template = load_template(SPEC, language)
    assert flat(template.plain("document.title")) in flat(text)
    for number in range(1, 16):
        assert flat(template.plain("labels.article", number=number)) in flat(text)
    headings = [k for k in SPEC.keys if k.startswith("articles.") and k.endswith(".title")]
    for key in headings:
        assert flat(template.plain(key)) in flat(text), key
    assert flat(template.plain("articles.schedule.wed")) in flat(text)
    assert "7,6" in text if language != "en" else "7.6" in text


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_every_page_has_the_reference_and_page_x_of_y(language: str) -> None:
    pdf = render_convention(make_convention(language, objectives="Leren plannen. " * 400))
    pages = pages_text(pdf)
    assert len(pages) >= 5
    for number, text in enumerate(pages, start=1):
        assert PAGE[language].format(number, len(pages)) in text
        assert "SM-2026-014" in text


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_names_print_literally(name: str) -> None:
    data = make_convention(
        host=HostParty(name=name, represented_by=name, address=name),
        intern=replace(make_convention().intern, name=name),
        tasks=(name,),
        schedule_note=name,
    )
    # DejaVu has no glyph for the emoji: it prints as the missing-glyph box (extracted as NUL).
    text = "\n".join(pages_text(render_convention(data))).replace("\x00", "")
    expected = name.replace("🎬", "")
    for part in expected.split():
        assert part in text, part
    assert flat(expected) in flat(text)


def test_emoji_does_not_stop_the_amendment() -> None:
    pdf = render_amendment(make_amendment(reason="Studio 🎬 Lumière 👩🏽‍💻"))
    assert "Lumière" in pages_text(pdf)[0]


def test_long_words_wrap_and_long_objectives_span_pages() -> None:
    word = "Z" * 200
    url = "https://example.com/" + "very-long-path" * 15
    objectives = ("Doelstelling " * 385).strip() + " EINDE"
    assert len(objectives) > 5000
    data = make_convention(
        host=HostParty(name=word, address=url, represented_by=word),
        fund=replace(make_convention().fund, name=word),
        function_name=word,
        objectives=objectives,
        competences=(CompetenceLine(word, url, 2),),
        signing_place=word,
    )
    pdf = render_convention(data)
    pages = pages_text(pdf)
    text = flat("\n".join(pages))
    assert word in text and flat(url) in text
    start = next(i for i, page in enumerate(pages) if "Doelstelling" in page)
    end = next(i for i, page in enumerate(pages) if "EINDE" in page)
    assert end > start
    # No line is wider than the text column: a long word is split over several lines.
    for page in PdfReader(io.BytesIO(pdf)).pages:
        lines = page.extract_text().splitlines()
        assert max(len(line) for line in lines) < 130


def test_same_input_gives_the_same_bytes() -> None:
    data = make_convention(is_draft=True)
    assert render_convention(data) == render_convention(data)
    amendment = make_amendment()
    assert render_amendment(amendment) == render_amendment(amendment)
    reader = PdfReader(io.BytesIO(render_convention(data)))
    assert reader.metadata is not None
    assert reader.metadata.creation_date is not None
    assert reader.metadata.creation_date.date() == date(2026, 1, 15)


def test_national_number_only_when_given() -> None:
    without = "\n".join(pages_text(render_convention(make_convention())))
    assert "Rijksregisternummer" not in without
    intern = replace(make_convention().intern, national_number="02.05.03-123.45")
    with_number = "\n".join(pages_text(render_convention(make_convention(intern=intern))))
    assert "Rijksregisternummer" in with_number
    assert "02.05.03-123.45" in with_number


@pytest.mark.parametrize(
    ("language", "expected"), [("nl", "nog aan te duiden"), ("fr", "à désigner")]
)
def test_mentor_to_be_designated(language: str, expected: str) -> None:
    text = "\n".join(pages_text(render_convention(make_convention(language, mentor=None))))
    assert expected in text
    assert "Els De Smet" not in text


def test_no_replacement_declaration_or_missing_line() -> None:
    declared = "\n".join(pages_text(render_convention(make_convention())))
    missing = "\n".join(
        pages_text(render_convention(make_convention(no_replacement_declared=False)))
    )
    assert "ontbreekt nog" not in declared
    assert "ontbreekt nog" in missing


def test_draft_mark() -> None:
    assert "ONTWERP" in pages_text(render_convention(make_convention(is_draft=True)))[-1]
    assert "ONTWERP" not in "".join(pages_text(render_convention(make_convention())))


def test_optional_parts_left_empty_do_not_break_the_document() -> None:
    data = make_convention(
        "fr",
        fund=FundIdentity(name=""),
        consultant=ConsultantProfile(""),
        host=HostParty(name="Hôte", joint_committee="PC 200"),
        hours_per_week=None,
        schedule=(),
        schedule_note="",
        workplace="",
        objectives="",
        expenses="",
        tasks=(),
        competences=(),
        signing_place="",
    )
    text = "\n".join(pages_text(render_convention(data)))
    assert "Commission paritaire PC 200" in text
    assert "pas d’accord particulier" in text


def _png(path: Path) -> Path:
    from PIL import Image

    Image.new("RGB", (60, 20), (200, 30, 60)).save(path)
    return path


@pytest.mark.parametrize("kind", ["missing", "not an image", "truncated", "directory"])
def test_unreadable_logo_is_skipped(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "logo.png"
    if kind == "not an image":
        path.write_text("hello")
    elif kind == "truncated":
        path.write_bytes(_png(tmp_path / "good.png").read_bytes()[:40])
    elif kind == "directory":
        path.mkdir()
    fund = replace(make_convention().fund, logo_path=path)
    pdf = render_convention(make_convention(fund=fund))
    assert not PdfReader(io.BytesIO(pdf)).pages[0].images


def test_logo_is_printed(tmp_path: Path) -> None:
    fund = replace(make_convention().fund, logo_path=_png(tmp_path / "logo.png"))
    pages = PdfReader(io.BytesIO(render_convention(make_convention(fund=fund)))).pages
    assert all(len(page.images) == 1 for page in pages)


def test_unknown_language_is_a_clear_error() -> None:
    with pytest.raises(TemplateError, match="de"):
        render_convention(make_convention("de"))


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_amendment_shows_changes_and_signatures(language: str) -> None:
    pdf = render_amendment(make_amendment(language))
    pages = pages_text(pdf)
    text = "\n".join(pages)
    title = {"nl": "Addendum 1 bij", "fr": "Avenant n° 1 à", "en": "Amendment 1 to"}[language]
    assert title in text
    hours = {"nl": "Uren per week", "fr": "Heures par semaine", "en": "Hours per week"}
    assert hours[language] in text
    assert "15/05/2026" in text and "30/04/2026" in text
    assert "02/03/2026" in text
    assert "mystery_field" in text
    assert "old <i>value" in text and "new & value" in text
    assert "Aangepast uurrooster." in text
    unchanged = {"nl": "blijven ongewijzigd", "fr": "restent inchangés", "en": "remain unchanged"}
    assert unchanged[language] in text
    for name in ("An Peeters", "Peter Lamberigts", "Yasmine El Amrani"):
        assert name in text
    for number, page in enumerate(pages, start=1):
        assert PAGE[language].format(number, len(pages)) in page


def test_amendment_without_changes_or_reason() -> None:
    text = "\n".join(pages_text(render_amendment(make_amendment("en", changes=(), reason=""))))
    assert "changes no item" in text
    assert "No reason was given." in text


def test_amendment_without_the_fund_s_name_leaves_a_line_to_fill_in() -> None:
    convention = make_convention("en", version=2, fund=FundIdentity(name=""))
    text = flat(
        "\n".join(pages_text(render_amendment(make_amendment("en", convention=convention))))
    )
    assert "Thefund:,represented" not in text
    assert "Thefund:…" in text

"""The blank and filled sheets ask each stage's own questions, leave room to write by hand and
close with each party's date and signature."""

from __future__ import annotations

import io
import itertools
import re
from datetime import date

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from consultant_app.documents.data import ConsultantProfile, FundIdentity
from consultant_app.documents.roadmap_data import (
    CompetenceItem,
    EvaluationRow,
    EvaluationSheetData,
    EvaluationSummary,
    ReportData,
    RoadmapData,
    ScanRow,
    SelfScanSheetData,
    SheetHeader,
    WorkplaceSheetData,
)
from consultant_app.documents.sheet_layout import template
from consultant_app.documents.sheets import render_sheet
from consultant_app.domain.roadmap import SCAN_LEVELS, WORKPLACE_CRITERIA
from consultant_app.services.printing.sheet_options import (
    SheetOptionError,
    document_kind,
    sheet_filename,
)
from tests.support.pdf_text import pdftotext, words

LANGUAGES = ("nl", "fr", "en")
TODAY = date(2026, 6, 15)
COMPETENCES = ("Kadrering", "Communicatie met de ploeg", "Planning")

#: Texts that belong to one stage of the mentor's evaluation only.
FINAL_ONLY = ("evaluation.recommendation", "evaluation.recommendation_question")
MIDTERM_ONLY = ("evaluation.appreciation_midterm", "evaluation.comments_midterm")


def _header(language: str) -> SheetHeader:
    return SheetHeader(
        reference="SM-2026-014",
        language=language,
        issued_on=TODAY,
        fund=FundIdentity("Sectorfonds"),
        consultant=ConsultantProfile("Sofie Van den Broeck"),
        intern_name="Yasmine El Idrissi",
        host_name="Klaproos Montage CV",
        mentor_name="Arne Heylen",
        function_name="Editor",
        start_date=date(2026, 3, 2),
        end_date=date(2026, 5, 29),
    )


def _evaluation(language: str, stage: str, blank: bool) -> bytes:
    rows = tuple(
        EvaluationRow(CompetenceItem(name, target_level=3), None if blank else 3, "")
        for name in COMPETENCES
    )
    data = EvaluationSheetData(
        _header(language),
        stage,
        blank,
        rows,
        evaluated_on=None if blank else TODAY,
        overall_appreciation="" if blank else "Goed bezig",
        recommendation=None if blank else "yes",  # entered, though only the final asks it
    )
    return render_sheet(data)


def _has(text: str, language: str, key: str) -> bool:
    return words(template(language).plain(key)) in words(text)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("blank", [True, False])
def test_the_midterm_sheet_does_not_ask_the_hiring_recommendation(
    language: str, blank: bool
) -> None:
    text = pdftotext(_evaluation(language, "midterm", blank))
    for key in FINAL_ONLY:
        assert not _has(text, language, key), key
    assert _has(text, language, "evaluation.appreciation_midterm")
    if blank:
        assert _has(text, language, "evaluation.comments_midterm")
        assert _has(text, language, "evaluation.intro_blank_midterm")
        assert not _has(text, language, "evaluation.intro_blank_final")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_final_sheet_asks_the_recommendation_and_no_midterm_question(language: str) -> None:
    text = pdftotext(_evaluation(language, "final", blank=True))
    for key in FINAL_ONLY:
        assert _has(text, language, key), key
    for key in (*MIDTERM_ONLY, "evaluation.intro_blank_midterm"):
        assert not _has(text, language, key), key
    assert _has(text, language, "evaluation.intro_blank_final")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_workplace_sheet_asks_the_intern_at_the_end(language: str) -> None:
    data = WorkplaceSheetData(_header(language), True, tuple((c, None) for c in WORKPLACE_CRITERIA))
    text = pdftotext(render_sheet(data))
    for key in ("workplace.would_recommend", "workplace.learning", "workplace.intro_blank"):
        assert _has(text, language, key), key
    for key in (*FINAL_ONLY, *MIDTERM_ONLY):
        assert not _has(text, language, key), key


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("moment", ["start", "end"])
def test_the_blank_self_scan_asks_its_own_moment(language: str, moment: str) -> None:
    items = tuple(CompetenceItem(name, "Doel", 3) for name in COMPETENCES)
    content = render_sheet(SelfScanSheetData(_header(language), moment, items))
    text = pdftotext(content)
    other = "end" if moment == "start" else "start"
    assert _has(text, language, f"self_scan.title_{moment}")
    assert _has(text, language, f"self_scan.intro_{moment}")
    assert not _has(text, language, f"self_scan.intro_{other}")
    asked, not_asked = (
        ("expectations", "learned") if moment == "start" else ("learned", "expectations")
    )
    assert _has(text, language, f"self_scan.{asked}")
    assert not _has(text, language, f"self_scan.{not_asked}")
    for key in (*FINAL_ONLY, *MIDTERM_ONLY, "workplace.would_recommend"):
        assert not _has(text, language, key), key
    for level in SCAN_LEVELS:  # the intern's scale, 0 to 4
        assert _has(text, language, f"self_scan.scale_{level}")
    assert all(name in words(text) for name in COMPETENCES)
    assert [len(group) for group in _writing_lines(content)] == [5]


def test_the_blank_self_scan_is_asked_for_one_moment() -> None:
    assert document_kind("scan", "start", blank=True) == "competence_scan_start_blank"
    assert document_kind("scan", "END", blank=True) == "competence_scan_end_blank"
    assert document_kind("scan") == "competence_scan"
    kind = document_kind("scan", "start", blank=True)
    assert (
        sheet_filename("SM-2026-014", kind, "fr")
        == "SM-2026-014_competence-scan-start-blank_fr.pdf"
    )
    with pytest.raises(SheetOptionError, match="add --stage start or end"):
        document_kind("scan", blank=True)
    with pytest.raises(SheetOptionError, match="choose start or end"):
        document_kind("scan", "midterm", blank=True)
    with pytest.raises(SheetOptionError, match="with the blank scan"):
        document_kind("scan", "start")
    with pytest.raises(SheetOptionError, match="choose midterm or final"):
        document_kind("evaluation-sheet", "start", blank=True)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_roadmap_names_the_recommendation_of_the_final_evaluation_only(language: str) -> None:
    evaluations = tuple(
        EvaluationSummary(stage, True, scored=1, competences=1, average=3.0, recommendation="no")
        for stage in ("midterm", "final")
    )
    data = RoadmapData(_header(language), None, evaluations=evaluations)
    text = words(pdftotext(render_sheet(data)))
    t = template(language)
    value = t.plain("common.recommendation_no")
    assert text.count(words(t.plain("roadmap.recommendation", value=value))) == 1


# --- lines to write on ----------------------------------------------------------------------

_DASHED = re.compile(rb"\[1 2\] 0 d\n((?:n [\d.]+ [\d.]+ m [\d.]+ [\d.]+ l S\n)+)")
_SEGMENT = re.compile(rb"n ([\d.]+) ([\d.]+) m ([\d.]+) [\d.]+ l S")


def _writing_lines(content: bytes) -> list[list[tuple[float, float]]]:
    """Each group of dotted lines to write on: ``(y, length)`` of its lines, bottom first."""
    groups = []
    for page in PdfReader(io.BytesIO(content)).pages:
        stream = page.get_contents().get_data()
        for match in _DASHED.finditer(stream):
            groups.append(
                [
                    (float(y), float(x2) - float(x1))
                    for x1, y, x2 in _SEGMENT.findall(match.group(1))
                ]
            )
    return groups


@pytest.mark.parametrize("stage", ["midterm", "final"])
def test_blank_evaluation_has_lines_8_mm_apart_to_write_on(stage: str) -> None:
    groups = _writing_lines(_evaluation("fr", stage, blank=True))
    sizes = [len(group) for group in groups]
    # Two lines under each competence, six for the appreciation, five for the remarks.
    assert sizes == [2] * len(COMPETENCES) + [6, 5]
    for group in groups:
        for (lower, _), (upper, _) in itertools.pairwise(group):
            assert upper - lower == pytest.approx(8 * mm, abs=0.01)
        assert all(length > 60 * mm for _, length in group)


def test_blank_workplace_sheet_has_lines_8_mm_apart() -> None:
    data = WorkplaceSheetData(_header("nl"), True, tuple((c, None) for c in WORKPLACE_CRITERIA))
    (group,) = _writing_lines(render_sheet(data))
    assert len(group) == 6
    assert group[1][0] - group[0][0] == pytest.approx(8 * mm, abs=0.01)


# --- the report ------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_report_has_a_date_and_signature_for_each_party(language: str) -> None:
    header = _header(language)
    data = ReportData(header, 60, 12.0, rows=(ScanRow("Kadrering", 1, 3, 3, 3),))
    text = words(pdftotext(render_sheet(data)))
    t = template(language)
    for key in ("evaluation.sign_intern", "evaluation.sign_mentor", "evaluation.sign_consultant"):
        assert words(t.plain(key)) in text, key
    for name in (header.intern_name, header.mentor_name, header.consultant.name):
        assert words(f"{t.plain('common.name')} {name}") in text
    assert text.count(words(t.plain("common.date"))) == 3
    signature = re.escape(t.plain("common.signature"))
    assert len(re.findall(rf"\b{signature}\b", text)) == 3  # a box to sign for each

"""Everything of a convention prints in one language: the convention, its amendment and its
roadmap sheets, whatever the convention's own language, hold no text of another language's
templates or catalogue."""

from __future__ import annotations

import re
import tomllib
import uuid
from datetime import date
from functools import cache

import pytest
from sqlalchemy import select

from consultant_app.documents.data import DOCUMENT_LANGUAGES, WEEKDAYS
from consultant_app.documents.templates import TEMPLATES_DIR
from consultant_app.domain.enums import EvaluationStage, Recommendation
from consultant_app.services.internships.amendments import amend_internship
from consultant_app.services.printing.conventions import issue_amendment, issue_convention
from consultant_app.services.printing.sheets import issue_sheet, sheet_data
from consultant_app.services.roadmap import save_risk_sheet
from consultant_app.store.models import Evaluation, Function, Internship
from tests.support.builders import COMPLETE, World, signed_internship
from tests.support.pdf_text import pdftotext, words

DOCUMENTS = ("convention", "amendment", "roadmap_sheets")
#: The sheets of the roadmap as the command line names them, with their options.
SHEETS = (
    ("roadmap", {}),
    ("evaluation-sheet", {"stage": "midterm", "blank": True}),
    ("evaluation-sheet", {"stage": "final", "blank": True}),
    ("workplace-sheet", {"blank": True}),
    ("scan", {"stage": "start", "blank": True}),
    ("scan", {"stage": "end", "blank": True}),
    ("report", {}),
)
_PIECES = re.compile(r"\{[^{}]*\}|\*\*|\n")


@cache
def _template_texts(language: str) -> frozenset[str]:
    """The sentences and phrases of every template of *language*: the pieces between its
    placeholders, at least 12 characters long."""
    texts: set[str] = set()

    def walk(table: dict[str, object]) -> None:
        for value in table.values():
            if isinstance(value, dict):
                walk(value)
            elif isinstance(value, str):
                for piece in _PIECES.split(value):
                    piece = words(piece).strip(" -•:;,.")
                    if len(piece) >= 12:
                        texts.add(piece)

    for document in DOCUMENTS:
        with (TEMPLATES_DIR / document / f"{language}.toml").open("rb") as file:
            walk(tomllib.load(file))
    return frozenset(texts)


def _weekdays(language: str) -> set[str]:
    with (TEMPLATES_DIR / "convention" / f"{language}.toml").open("rb") as file:
        schedule = tomllib.load(file)["articles"]["schedule"]
    return {schedule[day] for day in WEEKDAYS}


def _foreign(text: str, language: str, names: dict[str, set[str]]) -> list[str]:
    """What *text*, printed in *language*, holds of the other languages."""
    flat = words(text).replace("\u00a0", " ")
    found = []
    for other in DOCUMENT_LANGUAGES:
        if other == language:
            continue
        for piece in _template_texts(other) - _template_texts(language):
            if piece.replace("\u00a0", " ") in flat:
                found.append(f"{other}: {piece}")
        own = names[language] | _weekdays(language)
        for word in (names[other] | _weekdays(other)) - own:
            if any(word in mine for mine in own):  # "Monteur" in "Monteur image"
                continue
            if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", flat):
                found.append(f"{other}: {word}")
    # The stored codes of a schedule (``mon 7.6``) are never printed as they are.
    found += re.findall(r"\b(?:mon|tue|wed|thu|fri|sat|sun) \d", flat)
    return found


def _amended(world: World, language: str) -> tuple[uuid.UUID, int]:
    """A signed internship whose convention is in *language*, amended to another function
    and another schedule."""
    code = language.upper()
    internship_id = signed_internship(world, convention_language=code)
    save_risk_sheet(world.db, internship_id, {**COMPLETE, "post_name": "Post 7"})
    values = world.values(
        convention_language=code,
        function_id=str(world.other_function_id),
        hours_mon="8",
        hours_fri="",
    )
    version = amend_internship(
        world.db, internship_id, values, reason="Reason 42", decided_on=date(2021, 10, 1)
    )
    return internship_id, version


def _function_names(world: World) -> dict[str, set[str]]:
    with world.db.unit_of_work() as uow:
        functions = uow.session.scalars(
            select(Function).where(Function.id.in_([world.function_id, world.other_function_id]))
        ).all()
        return {code: {f.name(code) for f in functions} for code in DOCUMENT_LANGUAGES}


@pytest.mark.parametrize("own", ["nl", "fr"])  # a convention is agreed in NL or FR
@pytest.mark.parametrize("printed", DOCUMENT_LANGUAGES)
def test_everything_of_a_convention_prints_in_one_language(
    world: World, own: str, printed: str
) -> None:
    internship_id, version = _amended(world, own)
    names = _function_names(world)
    documents = {
        "convention": issue_convention(world.db, internship_id, language=printed),
        "amendment": issue_amendment(world.db, internship_id, version, language=printed),
    }
    for sheet, options in SHEETS:
        name = " ".join([sheet, *(str(value) for value in options.values())])
        documents[name] = issue_sheet(world.db, internship_id, sheet, language=printed, **options)
    for name, document in documents.items():
        assert document.language == printed
        text = pdftotext(document.content)
        assert _foreign(text, printed, names) == [], name
    amendment = words(pdftotext(documents["amendment"].content))
    assert all(function in amendment for function in names[printed])
    with (TEMPLATES_DIR / "convention" / f"{printed}.toml").open("rb") as file:
        day_names = tomllib.load(file)["articles"]["schedule"]
    # The schedule before and after, in the document's weekdays and numbers.
    assert all(day_names[day] in amendment for day in ("mon", "tue", "wed", "thu", "fri"))
    assert ("7.6 h" if printed == "en" else "7,6 h") in amendment


def test_documents_print_in_the_convention_language_by_default(world: World) -> None:
    internship_id, version = _amended(world, "nl")
    assert issue_convention(world.db, internship_id).language == "nl"
    assert issue_amendment(world.db, internship_id, version).language == "nl"
    for sheet, options in SHEETS:
        assert issue_sheet(world.db, internship_id, sheet, **options).language == "nl"


def test_the_report_gives_the_recommendation_of_the_final_evaluation_only(world: World) -> None:
    internship_id, _ = _amended(world, "fr")
    with world.db.unit_of_work() as uow:
        uow.session.add(
            Evaluation(
                internship_id=internship_id,
                stage=EvaluationStage.MIDTERM,
                evaluated_on=date(2021, 10, 15),
                overall_appreciation="Bien parti",
                recommendation=Recommendation.NO,  # not a mid-term question
            )
        )
        uow.commit()
    with world.db.unit_of_work() as uow:
        internship = uow.session.get(Internship, internship_id)
        report = sheet_data(uow.session, internship, "report")
    assert report.recommendation is None
    assert report.appreciation == "Bien parti"
    text = words(pdftotext(issue_sheet(world.db, internship_id, "report").content))
    assert "Recommandation pour l’emploi" not in text

"""The catalogue file shipped with the application, its loading and its seeding."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from consultant_app.domain.enums import CompetenceKind
from consultant_app.services.settings.catalogue import (
    LANGUAGES,
    CatalogueData,
    CatalogueError,
    Translation,
    default_catalogue_path,
    load_catalogue,
    seed_catalogue,
)
from consultant_app.store.database import open_database
from consultant_app.store.models.catalogue import (
    CatalogueCompetence,
    CatalogueRisk,
    CatalogueTask,
    Cluster,
    Function,
)

CLUSTER_CODES = {
    "audio",
    "image",
    "post_production",
    "technique",
    "production",
    "editorial_research",
    "commercial",
    "artistic",
}

REQUIRED_RISKS = {
    "screen_work",
    "manual_handling",
    "work_at_height_rigging",
    "electrical_equipment",
    "noise",
    "lighting_heat",
    "night_late_work",
    "long_hours_stress",
    "driving",
    "pyrotechnics_special_effects",
    "crowds_public_places",
    "chemicals",
}

#: Software and brand names that must never appear in a competence.
BRANDS = [
    "Avid",
    "Media Composer",
    "Premiere",
    "Adobe",
    "After Effects",
    "Photoshop",
    "Illustrator",
    "Audition",
    "Final Cut",
    "DaVinci",
    "Resolve",
    "Fusion",
    "Nuke",
    "Cinema 4D",
    "Blender",
    "Maya",
    "Houdini",
    "Pro Tools",
    "Logic Pro",
    "Ableton",
    "Reaper",
    "iZotope",
    "Excel",
    "Microsoft",
    "PowerPoint",
    "Outlook",
    "Google",
    "Movie Magic",
    "Celtx",
    "StudioBinder",
    "Trello",
    "Asana",
    "Monday.com",
    "Slack",
    "WhatsApp",
    "Canva",
    "CapCut",
    "TikTok",
    "Instagram",
    "Facebook",
    "YouTube",
    "OBS",
    "vMix",
    "Wirecast",
    "grandMA",
    "Arri",
    "Blackmagic",
    "Sony",
    "Canon",
    "Panasonic",
    "Sennheiser",
    "Zoom H",
    "Apple",
    "Mac",
    "Windows",
]
BRAND_PATTERN = re.compile(r"\b(" + "|".join(re.escape(b) for b in BRANDS) + r")\b", re.I)


@pytest.fixture(scope="module")
def catalogue() -> CatalogueData:
    return load_catalogue()


def _all_texts(data: CatalogueData) -> Iterator[tuple[str, Translation]]:
    for cluster in data.clusters:
        yield f"cluster {cluster.code}", cluster.name
    for function in data.functions:
        yield f"function {function.code}", function.name
        for index, task in enumerate(function.tasks):
            yield f"function {function.code} task {index}", task
        for index, competence in enumerate(function.competences):
            yield f"function {function.code} competence {index}", competence
    for index, skill in enumerate(data.soft_skills):
        yield f"soft skill {index}", skill
    for risk in data.risks:
        yield f"risk {risk.code} name", risk.name
        yield f"risk {risk.code} measures", risk.measures
        yield f"risk {risk.code} equipment", risk.protective_equipment


# --------------------------------------------------------------------------- the file


def test_default_file_exists_and_is_pretty_utf8_json() -> None:
    path = default_catalogue_path()
    assert path.is_file()
    text = path.read_text(encoding="utf-8")
    assert "\n  " in text  # pretty-printed
    assert "é" in text  # real accents, not \u escapes
    json.loads(text)


def test_eight_clusters_with_stable_codes(catalogue: CatalogueData) -> None:
    assert len(catalogue.clusters) == 8
    assert {c.code for c in catalogue.clusters} == CLUSTER_CODES
    by_code = {c.code: c for c in catalogue.clusters}
    assert by_code["image"].name == Translation("Beeld", "Image", "Image")
    assert by_code["editorial_research"].name.fr == "Rédaction & recherche"
    assert by_code["post_production"].name.nl == "Postproductie"
    assert len({c.position for c in catalogue.clusters}) == 8


def test_at_least_twenty_functions_covering_every_cluster(catalogue: CatalogueData) -> None:
    assert len(catalogue.functions) >= 20
    assert {f.cluster for f in catalogue.functions} == CLUSTER_CODES
    codes = [f.code for f in catalogue.functions]
    assert len(codes) == len(set(codes))


def test_every_function_has_tasks_and_competences(catalogue: CatalogueData) -> None:
    for function in catalogue.functions:
        assert 6 <= len(function.tasks) <= 10, function.code
        assert 4 <= len(function.competences) <= 8, function.code


def test_every_text_exists_in_three_languages(catalogue: CatalogueData) -> None:
    for where, text in _all_texts(catalogue):
        for language in LANGUAGES:
            value = text.get(language)
            assert isinstance(value, str), where
            assert value.strip(), f"{where}: empty {language}"
            assert value == value.strip(), f"{where}: stray spaces in {language}"


def test_texts_are_written_in_the_latin_alphabet(catalogue: CatalogueData) -> None:
    allowed = re.compile(r"^[\x20-\x7E\u00C0-\u017F\u2019]*$")
    for where, text in _all_texts(catalogue):
        for language in LANGUAGES:
            assert allowed.match(text.get(language)), (
                f"{where} ({language}): {text.get(language)!r}"
            )


def test_function_names_are_translated(catalogue: CatalogueData) -> None:
    translated = [f for f in catalogue.functions if len({f.name.nl, f.name.fr, f.name.en}) > 1]
    assert len(translated) >= len(catalogue.functions) - 3


def test_production_assistant_follows_the_occupation_profile(catalogue: CatalogueData) -> None:
    assistant = catalogue.function("production_assistant")
    assert assistant.cluster == "production"
    assert assistant.name.fr.startswith("Assistant")
    tasks_fr = " | ".join(t.fr.lower() for t in assistant.tasks)
    tasks_en = " | ".join(t.en.lower() for t in assistant.tasks)
    tasks_nl = " | ".join(t.nl.lower() for t in assistant.tasks)
    assert "feuilles de service" in tasks_fr
    assert "call sheet" in tasks_en
    assert "callsheet" in tasks_nl
    assert "budget" in tasks_fr and "budget" in tasks_en and "budget" in tasks_nl
    for word in ("déplacements", "hébergement", "restauration", "matériel", "imprévus"):
        assert word in tasks_fr, word


def test_competences_never_name_a_software_or_brand(catalogue: CatalogueData) -> None:
    competences = [c for f in catalogue.functions for c in f.competences]
    competences.extend(catalogue.soft_skills)
    for competence in competences:
        for language in LANGUAGES:
            match = BRAND_PATTERN.search(competence.get(language))
            assert match is None, f"{competence.en!r} names {match.group(0)!r}"


def test_the_brand_check_would_catch_a_brand() -> None:
    assert BRAND_PATTERN.search("Monteren in Avid Media Composer")
    assert BRAND_PATTERN.search("Étalonner avec DaVinci Resolve")
    assert not BRAND_PATTERN.search("Budget follow-up in a spreadsheet")


def test_soft_skills(catalogue: CatalogueData) -> None:
    names = {s.en.lower() for s in catalogue.soft_skills}
    assert len(catalogue.soft_skills) >= 11
    for expected in (
        "organisation",
        "stress resistance",
        "teamwork",
        "communication",
        "planning",
        "autonomy",
        "adaptability",
    ):
        assert expected in names, expected
    french = {s.fr for s in catalogue.soft_skills}
    assert {"Rigueur", "Réactivité", "Sens de l'initiative"} <= french


def test_risks(catalogue: CatalogueData) -> None:
    codes = {r.code for r in catalogue.risks}
    assert len(catalogue.risks) >= 12
    assert codes >= REQUIRED_RISKS
    forbidden = {r.code for r in catalogue.risks if r.forbidden_for_young_workers}
    assert forbidden
    assert {"work_at_height_rigging", "pyrotechnics_special_effects"} <= forbidden
    assert "screen_work" not in forbidden


# --------------------------------------------------------------------------- seeding


def _counts(session: Any) -> dict[str, int]:
    return {
        model.__name__: session.scalar(select(func.count()).select_from(model))
        for model in (Cluster, Function, CatalogueTask, CatalogueCompetence, CatalogueRisk)
    }


def test_seeding_a_fresh_database_creates_the_rows(
    tmp_path: Path, catalogue: CatalogueData
) -> None:
    db = open_database(tmp_path / "t.db")
    try:
        with db.unit_of_work() as uow:
            summary = seed_catalogue(uow.session, catalogue)
            uow.commit()
        n_tasks = sum(len(f.tasks) for f in catalogue.functions)
        n_competences = sum(len(f.competences) for f in catalogue.functions)
        assert summary.clusters == 8
        assert summary.functions == len(catalogue.functions)
        assert summary.tasks == n_tasks
        assert summary.competences == n_competences
        assert summary.soft_skills == len(catalogue.soft_skills)
        assert summary.risks == len(catalogue.risks)

        with db.unit_of_work() as uow:
            session = uow.session
            assert _counts(session) == {
                "Cluster": 8,
                "Function": len(catalogue.functions),
                "CatalogueTask": n_tasks,
                "CatalogueCompetence": n_competences + len(catalogue.soft_skills),
                "CatalogueRisk": len(catalogue.risks),
            }
            assistant = session.scalars(
                select(Function).where(Function.code == "production_assistant")
            ).one()
            assert assistant.cluster.code == "production"
            assert assistant.name("fr").startswith("Assistant")
            assert [t.position for t in assistant.tasks] == list(range(1, len(assistant.tasks) + 1))
            assert (
                assistant.tasks[1].name_fr == catalogue.function("production_assistant").tasks[1].fr
            )
            assert all(c.kind is CompetenceKind.TECHNICAL for c in assistant.competences)
            soft = session.scalars(
                select(CatalogueCompetence).where(CatalogueCompetence.function_id.is_(None))
            ).all()
            assert len(soft) == len(catalogue.soft_skills)
            assert all(c.kind is CompetenceKind.SOFT for c in soft)
            height = session.scalars(
                select(CatalogueRisk).where(CatalogueRisk.code == "work_at_height_rigging")
            ).one()
            assert height.forbidden_for_young_workers is True
            assert height.measures_nl and height.protective_equipment_fr
    finally:
        db.close()


def test_seeding_twice_adds_nothing(tmp_path: Path, catalogue: CatalogueData) -> None:
    db = open_database(tmp_path / "t.db")
    try:
        with db.unit_of_work() as uow:
            seed_catalogue(uow.session, catalogue)
            uow.commit()
        with db.unit_of_work() as uow:
            before = _counts(uow.session)
        with db.unit_of_work() as uow:
            summary = seed_catalogue(uow.session, catalogue)
            uow.commit()
        assert summary.total == 0
        with db.unit_of_work() as uow:
            assert _counts(uow.session) == before
    finally:
        db.close()


def test_seeding_adds_only_what_is_missing(tmp_path: Path, catalogue: CatalogueData) -> None:
    first = CatalogueData(
        clusters=catalogue.clusters,
        functions=catalogue.functions[:5],
        soft_skills=catalogue.soft_skills[:3],
        risks=catalogue.risks[:4],
    )
    db = open_database(tmp_path / "t.db")
    try:
        with db.unit_of_work() as uow:
            seed_catalogue(uow.session, first)
            uow.commit()
        with db.unit_of_work() as uow:
            summary = seed_catalogue(uow.session, catalogue)
            uow.commit()
        assert summary.clusters == 0
        assert summary.functions == len(catalogue.functions) - 5
        assert summary.tasks == sum(len(f.tasks) for f in catalogue.functions[5:])
        assert summary.soft_skills == len(catalogue.soft_skills) - 3
        assert summary.risks == len(catalogue.risks) - 4
    finally:
        db.close()


def test_seeding_uses_the_default_file(tmp_path: Path) -> None:
    db = open_database(tmp_path / "t.db")
    try:
        with db.unit_of_work() as uow:
            summary = seed_catalogue(uow.session)
            uow.commit()
        assert summary.clusters == 8
        assert summary.functions >= 20
    finally:
        db.close()


# --------------------------------------------------------------------------- malformed files


def _write(tmp_path: Path, content: object) -> Path:
    path = tmp_path / "catalogue.json"
    text = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return path


def _raw() -> dict[str, Any]:
    return json.loads(default_catalogue_path().read_text(encoding="utf-8"))


def test_missing_translation_is_reported_with_file_and_place(tmp_path: Path) -> None:
    raw = _raw()
    del raw["functions"][0]["tasks"][2]["fr"]
    path = _write(tmp_path, raw)
    code = raw["functions"][0]["code"]
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(path)
    message = str(caught.value)
    assert str(path) in message
    assert f"functions[0] '{code}'.tasks[2]" in message
    assert "French translation ('fr') is missing" in message


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda raw: raw["clusters"][1]["name"].update(nl="  "), "text is empty"),
        (lambda raw: raw["functions"][3].update(cluster="cooking"), "unknown cluster 'cooking'"),
        (lambda raw: raw["functions"][4].pop("competences"), "'competences' is missing"),
        (lambda raw: raw["functions"][4].update(tasks=[]), "list is empty"),
        (
            lambda raw: raw["risks"].append(dict(raw["risks"][0])),
            f"the code '{_raw()['risks'][0]['code']}' appears twice",
        ),
        (
            lambda raw: raw["risks"][0].update(forbidden_for_young_workers="yes"),
            "expected true or false",
        ),
        (lambda raw: raw["clusters"][0].update(code="Audio Dept"), "not a valid code"),
        (lambda raw: raw.pop("soft_skills"), "'soft_skills' is missing"),
    ],
)
def test_malformed_content_gives_a_catalogue_error(
    tmp_path: Path, mutate: Any, expected: str
) -> None:
    raw = _raw()
    mutate(raw)
    path = _write(tmp_path, raw)
    with pytest.raises(CatalogueError, match=re.escape(expected)) as caught:
        load_catalogue(path)
    assert str(path) in str(caught.value)


def test_invalid_json_names_the_line(tmp_path: Path) -> None:
    path = _write(tmp_path, '{"clusters": [\n  {"code": "audio",}\n]}')
    with pytest.raises(CatalogueError, match=r"not valid JSON.*line 2") as caught:
        load_catalogue(path)
    assert str(path) in str(caught.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(CatalogueError, match="does not exist"):
        load_catalogue(tmp_path / "nowhere.json")


def test_catalogue_error_is_a_value_error() -> None:
    assert issubclass(CatalogueError, ValueError)

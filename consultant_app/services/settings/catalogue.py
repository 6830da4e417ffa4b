"""The catalogue of the sector: clusters, functions, their tasks and competences, soft skills
and risks, read from ``resources/catalogue/catalogue.json`` and seeded into a database.

The file is validated when it is loaded: every text exists in Dutch, French and English,
codes are unique and every function names a known cluster. Seeding only adds what is
missing (matched by code), so it can run at every start of the application.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from consultant_app import paths
from consultant_app.domain.enums import CompetenceKind
from consultant_app.store.models.catalogue import (
    CatalogueCompetence,
    CatalogueRisk,
    CatalogueTask,
    Cluster,
    Function,
)

LANGUAGES: tuple[str, ...] = ("nl", "fr", "en")
LANGUAGE_NAMES = {"nl": "Dutch", "fr": "French", "en": "English"}

#: Column lengths of the models (codes and names).
_CLUSTER_CODE_MAX = 40
_FUNCTION_CODE_MAX = 60
_RISK_CODE_MAX = 40
_NAME_MAX = 200


def default_catalogue_path() -> Path:
    return paths.CATALOGUE_FILE


class CatalogueError(ValueError):
    """The catalogue file is missing, unreadable or malformed."""


@dataclass(frozen=True, slots=True)
class Translation:
    """A text in Dutch, French and English."""

    nl: str
    fr: str
    en: str

    def get(self, language: str) -> str:
        """The text in *language* ("nl", "fr", "en", any case); English when unknown."""
        code = language.lower()
        return str(getattr(self, code)) if code in LANGUAGES else self.en


@dataclass(frozen=True, slots=True)
class ClusterData:
    code: str
    position: int
    name: Translation


@dataclass(frozen=True, slots=True)
class FunctionData:
    code: str
    cluster: str
    name: Translation
    tasks: tuple[Translation, ...]
    competences: tuple[Translation, ...]


@dataclass(frozen=True, slots=True)
class RiskData:
    code: str
    name: Translation
    measures: Translation
    protective_equipment: Translation
    forbidden_for_young_workers: bool


@dataclass(frozen=True, slots=True)
class CatalogueData:
    clusters: tuple[ClusterData, ...]
    functions: tuple[FunctionData, ...]
    soft_skills: tuple[Translation, ...]
    risks: tuple[RiskData, ...]

    def function(self, code: str) -> FunctionData:
        for function in self.functions:
            if function.code == code:
                return function
        raise KeyError(code)

    def functions_of(self, cluster: str) -> tuple[FunctionData, ...]:
        return tuple(f for f in self.functions if f.cluster == cluster)


@dataclass(frozen=True, slots=True)
class SeedSummary:
    """How many rows a seeding added."""

    clusters: int = 0
    functions: int = 0
    tasks: int = 0
    competences: int = 0
    soft_skills: int = 0
    risks: int = 0

    @property
    def total(self) -> int:
        return (
            self.clusters
            + self.functions
            + self.tasks
            + self.competences
            + self.soft_skills
            + self.risks
        )


# --------------------------------------------------------------------------- loading


class _Reader:
    """Validates the decoded JSON; every error names the file and the place in it."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, where: str, message: str) -> CatalogueError:
        place = f" at {where}" if where else ""
        return CatalogueError(f"Catalogue file {self.path}{place}: {message}")

    def mapping(self, value: object, where: str) -> Mapping[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, f"expected an object, found {_kind(value)}")
        return value

    def sequence(self, parent: Mapping[str, Any], key: str, where: str) -> Sequence[Any]:
        value = self.field(parent, key, where)
        if not isinstance(value, list):
            raise self.fail(_join(where, key), f"expected a list, found {_kind(value)}")
        return value

    def field(self, parent: Mapping[str, Any], key: str, where: str) -> Any:
        if key not in parent:
            raise self.fail(where, f"the field '{key}' is missing")
        return parent[key]

    def text(
        self, parent: Mapping[str, Any], key: str, where: str, max_length: int | None = None
    ) -> str:
        value = self.field(parent, key, where)
        place = _join(where, key)
        if not isinstance(value, str):
            raise self.fail(place, f"expected a text, found {_kind(value)}")
        value = value.strip()
        if not value:
            raise self.fail(place, "the text is empty")
        if max_length is not None and len(value) > max_length:
            raise self.fail(place, f"the text is longer than {max_length} characters")
        return value

    def code(self, parent: Mapping[str, Any], where: str, max_length: int) -> str:
        code = self.text(parent, "code", where, max_length)
        if not code.replace("_", "").isalnum() or not code.isascii() or code != code.lower():
            raise self.fail(
                _join(where, "code"),
                f"'{code}' is not a valid code (lower-case letters, digits and '_')",
            )
        return code

    def translation(self, value: object, where: str, max_length: int | None = None) -> Translation:
        mapping = self.mapping(value, where)
        texts: dict[str, str] = {}
        for language in LANGUAGES:
            if language not in mapping:
                raise self.fail(
                    where, f"the {LANGUAGE_NAMES[language]} translation ('{language}') is missing"
                )
            texts[language] = self.text(mapping, language, where, max_length)
        unknown = sorted(set(mapping) - set(LANGUAGES))
        if unknown:
            raise self.fail(where, f"unknown language(s) {', '.join(unknown)}")
        return Translation(**texts)

    def translations(
        self, parent: Mapping[str, Any], key: str, where: str, *, required: bool = True
    ) -> tuple[Translation, ...]:
        items = self.sequence(parent, key, where)
        place = _join(where, key)
        if required and not items:
            raise self.fail(place, "the list is empty")
        result = tuple(
            self.translation(item, f"{place}[{index}]", _NAME_MAX)
            for index, item in enumerate(items)
        )
        _check_unique([t.en for t in result], place, "English text", self)
        return result

    def catalogue(self, raw: object) -> CatalogueData:
        root = self.mapping(raw, "")
        clusters = self.clusters(root)
        cluster_codes = {c.code for c in clusters}
        functions = self.functions(root, cluster_codes)
        soft_skills = self.translations(root, "soft_skills", "")
        risks = self.risks(root)
        return CatalogueData(clusters, functions, soft_skills, risks)

    def clusters(self, root: Mapping[str, Any]) -> tuple[ClusterData, ...]:
        result = []
        for index, item in enumerate(self.sequence(root, "clusters", "")):
            where = f"clusters[{index}]"
            entry = self.mapping(item, where)
            code = self.code(entry, where, _CLUSTER_CODE_MAX)
            where = f"clusters[{index}] '{code}'"
            position = entry.get("position", index + 1)
            if not isinstance(position, int) or isinstance(position, bool):
                raise self.fail(
                    _join(where, "position"), f"expected a whole number, found {_kind(position)}"
                )
            name = self.translation(
                self.field(entry, "name", where), _join(where, "name"), _NAME_MAX
            )
            result.append(ClusterData(code, position, name))
        if not result:
            raise self.fail("clusters", "the list is empty")
        _check_unique([c.code for c in result], "clusters", "code", self)
        return tuple(result)

    def functions(
        self, root: Mapping[str, Any], cluster_codes: set[str]
    ) -> tuple[FunctionData, ...]:
        result = []
        for index, item in enumerate(self.sequence(root, "functions", "")):
            where = f"functions[{index}]"
            entry = self.mapping(item, where)
            code = self.code(entry, where, _FUNCTION_CODE_MAX)
            where = f"functions[{index}] '{code}'"
            cluster = self.text(entry, "cluster", where)
            if cluster not in cluster_codes:
                raise self.fail(
                    _join(where, "cluster"),
                    f"unknown cluster '{cluster}' (known: {', '.join(sorted(cluster_codes))})",
                )
            name = self.translation(
                self.field(entry, "name", where), _join(where, "name"), _NAME_MAX
            )
            tasks = self.translations(entry, "tasks", where)
            competences = self.translations(entry, "competences", where)
            result.append(FunctionData(code, cluster, name, tasks, competences))
        if not result:
            raise self.fail("functions", "the list is empty")
        _check_unique([f.code for f in result], "functions", "code", self)
        return tuple(result)

    def risks(self, root: Mapping[str, Any]) -> tuple[RiskData, ...]:
        result = []
        for index, item in enumerate(self.sequence(root, "risks", "")):
            where = f"risks[{index}]"
            entry = self.mapping(item, where)
            code = self.code(entry, where, _RISK_CODE_MAX)
            where = f"risks[{index}] '{code}'"
            name = self.translation(
                self.field(entry, "name", where), _join(where, "name"), _NAME_MAX
            )
            measures = self.translation(
                self.field(entry, "measures", where), _join(where, "measures")
            )
            equipment = self.translation(
                self.field(entry, "protective_equipment", where),
                _join(where, "protective_equipment"),
            )
            forbidden = entry.get("forbidden_for_young_workers", False)
            if not isinstance(forbidden, bool):
                raise self.fail(
                    _join(where, "forbidden_for_young_workers"),
                    f"expected true or false, found {_kind(forbidden)}",
                )
            result.append(RiskData(code, name, measures, equipment, forbidden))
        _check_unique([r.code for r in result], "risks", "code", self)
        return tuple(result)


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _check_unique(values: Sequence[str], where: str, what: str, reader: _Reader) -> None:
    seen: set[str] = set()
    for value in values:
        if value in seen:
            raise reader.fail(where, f"the {what} '{value}' appears twice")
        seen.add(value)


def load_catalogue(path: Path | None = None) -> CatalogueData:
    """Read and validate the catalogue file (by default the one shipped with the application).

    Raises :class:`CatalogueError` naming the file and what is wrong.
    """
    path = Path(path) if path is not None else default_catalogue_path()
    try:
        content = path.read_text(encoding="utf-8")
    except FileNotFoundError as error:
        raise CatalogueError(f"Catalogue file {path} does not exist.") from error
    except UnicodeDecodeError as error:
        raise CatalogueError(f"Catalogue file {path} is not UTF-8 text ({error}).") from error
    except OSError as error:
        raise CatalogueError(f"Catalogue file {path} cannot be read: {error}.") from error
    try:
        raw = json.loads(content)
    except json.JSONDecodeError as error:
        raise CatalogueError(
            f"Catalogue file {path} is not valid JSON: {error.msg} "
            f"(line {error.lineno}, column {error.colno})."
        ) from error
    return _Reader(path).catalogue(raw)


# --------------------------------------------------------------------------- seeding


def seed_catalogue(session: Session, data: CatalogueData | None = None) -> SeedSummary:
    """Add the clusters, functions, soft skills and risks of *data* that the database lacks.

    Clusters, functions and risks are matched by code (soft-deleted rows count as present,
    so a consultant's deletion is respected); tasks and competences are only added with a
    newly created function; soft skills are matched by their English name. Running it twice
    adds nothing. The rows are flushed, not committed: the caller owns the transaction.
    """
    if data is None:
        data = load_catalogue()

    # Read what is there first, then build the new objects without autoflushing half of them.
    clusters = {c.code: c for c in session.scalars(select(Cluster))}
    existing_functions = set(session.scalars(select(Function.code)))
    existing_soft = set(
        session.scalars(
            select(CatalogueCompetence.name_en).where(
                CatalogueCompetence.function_id.is_(None),
                CatalogueCompetence.kind == CompetenceKind.SOFT,
            )
        )
    )
    existing_risks = set(session.scalars(select(CatalogueRisk.code)))

    new_clusters: list[Cluster] = []
    new_functions: list[Function] = []
    new_tasks: list[CatalogueTask] = []
    new_competences: list[CatalogueCompetence] = []
    with session.no_autoflush:
        for cluster_data in data.clusters:
            if cluster_data.code in clusters:
                continue
            cluster = Cluster(
                code=cluster_data.code,
                position=cluster_data.position,
                **_names(cluster_data.name),
            )
            clusters[cluster.code] = cluster
            new_clusters.append(cluster)

        for function_data in data.functions:
            if function_data.code in existing_functions:
                continue
            function = Function(
                code=function_data.code,
                cluster=clusters[function_data.cluster],
                **_names(function_data.name),
            )
            new_functions.append(function)
            new_tasks.extend(
                CatalogueTask(function=function, position=position, **_names(task))
                for position, task in enumerate(function_data.tasks, start=1)
            )
            new_competences.extend(
                CatalogueCompetence(
                    function=function,
                    kind=CompetenceKind.TECHNICAL,
                    position=position,
                    **_names(competence),
                )
                for position, competence in enumerate(function_data.competences, start=1)
            )

        new_soft = [
            CatalogueCompetence(
                function=None, kind=CompetenceKind.SOFT, position=position, **_names(skill)
            )
            for position, skill in enumerate(data.soft_skills, start=1)
            if skill.en not in existing_soft
        ]
        new_risks = [
            CatalogueRisk(
                code=risk.code,
                forbidden_for_young_workers=risk.forbidden_for_young_workers,
                **_names(risk.name),
                **_texts("measures", risk.measures),
                **_texts("protective_equipment", risk.protective_equipment),
            )
            for risk in data.risks
            if risk.code not in existing_risks
        ]

        session.add_all(
            [*new_clusters, *new_functions, *new_tasks, *new_competences, *new_soft, *new_risks]
        )
    session.flush()
    return SeedSummary(
        clusters=len(new_clusters),
        functions=len(new_functions),
        tasks=len(new_tasks),
        competences=len(new_competences),
        soft_skills=len(new_soft),
        risks=len(new_risks),
    )


def _names(text: Translation) -> dict[str, str]:
    return _texts("name", text)


def _texts(prefix: str, text: Translation) -> dict[str, str]:
    return {f"{prefix}_{language}": text.get(language) for language in LANGUAGES}

"""The seeded catalogue read back from the database, in the order and shape the generator uses."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from consultant_app.demo import companies

Names = dict[str, str]

#: Share of internships per cluster for each kind of host.
_CLUSTERS_BY_KIND: dict[str, dict[str, int]] = {
    companies.PRODUCTION: {
        "production": 50,
        "editorial_research": 12,
        "image": 12,
        "artistic": 10,
        "audio": 7,
        "post_production": 5,
        "commercial": 4,
    },
    companies.POST_PRODUCTION: {"post_production": 70, "audio": 15, "production": 15},
    companies.BROADCASTER: {
        "technique": 25,
        "editorial_research": 30,
        "production": 15,
        "image": 10,
        "commercial": 12,
        "audio": 8,
    },
    companies.SOUND: {"audio": 80, "post_production": 10, "production": 10},
    companies.ANIMATION: {"post_production": 60, "artistic": 25, "production": 15},
    companies.FACILITIES: {"image": 45, "technique": 35, "production": 20},
}
#: The most common function of the programme weighs this much more within its cluster.
_FAVOURITES = {"production_assistant": 3.0}


@dataclass(slots=True)
class FunctionInfo:
    id: str
    code: str
    cluster: str
    names: Names
    #: (id, names) in catalogue order.
    tasks: list[tuple[str, Names]] = field(default_factory=list)
    competences: list[tuple[str, Names]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class RiskInfo:
    id: str
    names: Names
    measures: Names
    equipment: Names
    forbidden_for_young_workers: bool


@dataclass(slots=True)
class CatalogueView:
    functions: list[FunctionInfo]
    soft_skills: list[tuple[str, Names]]
    risks: list[RiskInfo]
    _pickers: dict[str, tuple[list[FunctionInfo], list[float]]] = field(default_factory=dict)

    def pick_function(self, rng: random.Random, host_kind: str) -> FunctionInfo:
        picker = self._pickers.get(host_kind)
        if picker is None:
            picker = self._pickers[host_kind] = self._picker(host_kind)
        functions, cumulative = picker
        return rng.choices(functions, cum_weights=cumulative)[0]

    def _picker(self, host_kind: str) -> tuple[list[FunctionInfo], list[float]]:
        shares = _CLUSTERS_BY_KIND.get(host_kind, {})
        per_cluster: dict[str, float] = {}
        for function in self.functions:
            per_cluster[function.cluster] = per_cluster.get(
                function.cluster, 0.0
            ) + _FAVOURITES.get(function.code, 1.0)
        cumulative: list[float] = []
        total = 0.0
        for function in self.functions:
            share = shares.get(function.cluster, 0.5)  # any function now and then
            total += share * _FAVOURITES.get(function.code, 1.0) / per_cluster[function.cluster]
            cumulative.append(total)
        return self.functions, cumulative


def _names(row: Any, prefix: str = "name") -> Names:
    mapping = row._mapping
    return {
        "NL": mapping[f"{prefix}_nl"],
        "FR": mapping[f"{prefix}_fr"],
        "EN": mapping[f"{prefix}_en"],
    }


def read_catalogue(connection: Connection) -> CatalogueView:
    """Live functions (with tasks and competences), soft skills and risks, ordered by code."""

    def rows(sql: str) -> list[Any]:
        return list(connection.exec_driver_sql(sql))

    functions: dict[str, FunctionInfo] = {}
    for row in rows(
        "SELECT f.id, f.code, c.code AS cluster, f.name_nl, f.name_fr, f.name_en "
        "FROM function f JOIN cluster c ON c.id = f.cluster_id "
        "WHERE f.deleted_at IS NULL ORDER BY c.position, c.code, f.code"
    ):
        functions[row.id] = FunctionInfo(row.id, row.code, row.cluster, _names(row))
    for row in rows(
        "SELECT id, function_id, name_nl, name_fr, name_en FROM catalogue_task "
        "WHERE deleted_at IS NULL ORDER BY position, name_en"
    ):
        if row.function_id in functions:
            functions[row.function_id].tasks.append((row.id, _names(row)))
    soft: list[tuple[str, Names]] = []
    for row in rows(
        "SELECT id, function_id, kind, name_nl, name_fr, name_en FROM catalogue_competence "
        "WHERE deleted_at IS NULL ORDER BY position, name_en"
    ):
        if row.function_id is None:
            soft.append((row.id, _names(row)))
        elif row.function_id in functions:
            functions[row.function_id].competences.append((row.id, _names(row)))
    risks = [
        RiskInfo(
            row.id,
            _names(row),
            _names(row, "measures"),
            _names(row, "protective_equipment"),
            bool(row.forbidden_for_young_workers),
        )
        for row in rows("SELECT * FROM catalogue_risk WHERE deleted_at IS NULL ORDER BY code")
    ]
    usable = [f for f in functions.values() if f.tasks and f.competences]
    if not usable or not soft or not risks:
        raise ValueError("The catalogue has no functions, soft skills or risks to build on.")
    return CatalogueView(usable, soft, risks)

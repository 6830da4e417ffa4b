"""Matching the functions of an import's rows with the catalogue, and creating unknown ones.

A function is matched by its name in Dutch, French or English, or its code
(without accents or case); an unknown one is created under ``function_cluster``
(a cluster's name in any language, or its code).
"""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from consultant_app.services.exchange.keys import search_key
from consultant_app.services.exchange.parse import ParsedRow, RowProblem
from consultant_app.services.exchange.planned import Planned, Resolution
from consultant_app.store.models import Cluster, Function

_FUNCTION_CODE_MAX = 50
_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class CatalogueKeys:
    """The live clusters ``(id, code, nl, fr, en)`` and functions ``(id, code, cluster_id, nl,
    fr, en)`` to match against, and every function code taken."""

    clusters: list[tuple[uuid.UUID, str, str, str, str]]
    functions: list[tuple[uuid.UUID, str, uuid.UUID, str, str, str]]
    codes: set[str]


def has_catalogue(session: Session) -> bool:
    """Whether the database has any cluster at all (deleted ones included)."""
    return bool(session.scalar(select(func.count()).select_from(Cluster)))


def stored_catalogue(session: Session) -> CatalogueKeys:
    """The live clusters and functions of the database, and every function code taken."""
    clusters = [
        (row[0], row[1], row[2], row[3], row[4])
        for row in session.execute(
            select(Cluster.id, Cluster.code, Cluster.name_nl, Cluster.name_fr, Cluster.name_en)
            .where(Cluster.deleted_at.is_(None))
            .order_by(Cluster.position, Cluster.code)
        )
    ]
    functions = [
        (row[0], row[1], row[2], row[3], row[4], row[5])
        for row in session.execute(
            select(
                Function.id,
                Function.code,
                Function.cluster_id,
                Function.name_nl,
                Function.name_fr,
                Function.name_en,
            )
            .where(Function.deleted_at.is_(None))
            .order_by(Function.code)
        )
    ]
    codes = set(session.scalars(select(Function.code)))
    return CatalogueKeys(clusters, functions, codes)


def shipped_catalogue() -> CatalogueKeys:
    """The standard catalogue as the import will add it to a database that has none."""
    from consultant_app.services.settings.catalogue import load_catalogue

    data = load_catalogue()
    cluster_ids = {c.code: uuid.uuid4() for c in data.clusters}
    clusters = [
        (cluster_ids[c.code], c.code, c.name.nl, c.name.fr, c.name.en) for c in data.clusters
    ]
    functions = [
        (uuid.uuid4(), f.code, cluster_ids[f.cluster], f.name.nl, f.name.fr, f.name.en)
        for f in data.functions
    ]
    return CatalogueKeys(clusters, functions, {f.code for f in data.functions})


class Functions:
    """The catalogue's clusters and functions by every name and code, and the codes taken."""

    def __init__(self, catalogue: CatalogueKeys, result: Resolution) -> None:
        self.result = result
        self.clusters: dict[str, dict[uuid.UUID, str]] = defaultdict(dict)
        for cluster_id, code, *names in catalogue.clusters:
            for key in {search_key(text) for text in (code, *names)}:
                self.clusters[key][cluster_id] = names[2]
        self.by_key: dict[str, dict[uuid.UUID, Planned]] = defaultdict(dict)
        for function_id, code, cluster_id, nl, fr, en in catalogue.functions:
            values = {
                "code": code,
                "cluster_id": cluster_id,
                "name_nl": nl,
                "name_fr": fr,
                "name_en": en,
            }
            function = Planned("function", function_id, values, dict(values))
            for key in {search_key(text) for text in (code, nl, fr, en)}:
                self.by_key[key][function_id] = function
        self.codes = set(catalogue.codes)

    def match(self, row: ParsedRow, index: int) -> Planned | RowProblem:
        """The function of *row* (created in its cluster when unknown), or why there is none."""
        found = self.by_key.get(search_key(row.function), {})
        if len(found) == 1:
            return self.result.use(next(iter(found.values())), index)
        if len(found) > 1:
            names = ", ".join(sorted(f.desired["code"] for f in found.values()))
            return RowProblem(
                row.line,
                "function",
                "function.ambiguous",
                f"{row.function!r} names several functions of the catalogue ({names}); "
                "write the function's code or its name in another language.",
            )
        if row.function_cluster is None:
            return RowProblem(
                row.line,
                "function_cluster",
                "function_cluster.required",
                f"{row.function!r} is not a function of the catalogue; give its cluster in "
                "function_cluster to create it.",
            )
        clusters = self.clusters.get(search_key(row.function_cluster), {})
        if len(clusters) != 1:
            known = sorted({name for ids in self.clusters.values() for name in ids.values()})
            return RowProblem(
                row.line,
                "function_cluster",
                "function_cluster.unknown",
                f"{row.function_cluster!r} is not a cluster of the catalogue "
                f"(known: {', '.join(known) or 'none'}); the function {row.function!r} "
                "cannot be created.",
            )
        return self.result.use(self._new(row, next(iter(clusters))), index)

    def _new(self, row: ParsedRow, cluster_id: uuid.UUID) -> Planned:
        base = _SLUG.sub("_", search_key(row.function)).strip("_")[:_FUNCTION_CODE_MAX]
        base = base or "function"
        code, counter = base, 2
        while code in self.codes:
            code = f"{base}_{counter}"
            counter += 1
        self.codes.add(code)
        values = {
            "code": code,
            "cluster_id": cluster_id,
            "name_nl": row.function,
            "name_fr": row.function,
            "name_en": row.function,
        }
        function = Planned("function", uuid.uuid4(), None, values)
        for key in {search_key(row.function), search_key(code)}:
            self.by_key[key][function.id] = function
        return function

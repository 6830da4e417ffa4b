"""The catalogue: clusters, functions, their tasks and competences, and risks (NL/FR/EN)."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from consultant_app.domain.enums import CompetenceKind
from consultant_app.store.models.base import Record, enum_column


class TranslatedNameMixin:
    name_nl: Mapped[str] = mapped_column(String(200))
    name_fr: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))

    def name(self, language: str) -> str:
        return str(getattr(self, f"name_{language.lower()}", None) or self.name_en)


class Cluster(TranslatedNameMixin, Record):
    """A group of functions: Audio, Image, Post-production, Production..."""

    __tablename__ = "cluster"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    position: Mapped[int] = mapped_column(default=0)

    functions: Mapped[list[Function]] = relationship(back_populates="cluster")


class Function(TranslatedNameMixin, Record):
    """A function (job) of the sector in which an internship takes place."""

    __tablename__ = "function"

    cluster_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cluster.id"), index=True)
    code: Mapped[str] = mapped_column(String(60), unique=True)

    cluster: Mapped[Cluster] = relationship(back_populates="functions")
    tasks: Mapped[list[CatalogueTask]] = relationship(
        back_populates="function", order_by="CatalogueTask.position"
    )
    competences: Mapped[list[CatalogueCompetence]] = relationship(
        back_populates="function", order_by="CatalogueCompetence.position"
    )


class CatalogueTask(TranslatedNameMixin, Record):
    __tablename__ = "catalogue_task"

    function_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("function.id"), index=True)
    position: Mapped[int] = mapped_column(default=0)

    function: Mapped[Function] = relationship(back_populates="tasks")


class CatalogueCompetence(TranslatedNameMixin, Record):
    """A trainable competence; soft skills have no function."""

    __tablename__ = "catalogue_competence"

    function_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("function.id"), index=True)
    kind: Mapped[CompetenceKind] = mapped_column(enum_column(CompetenceKind, 10))
    position: Mapped[int] = mapped_column(default=0)

    function: Mapped[Function | None] = relationship(back_populates="competences")


class CatalogueRisk(TranslatedNameMixin, Record):
    """A risk of the workstation sheet with its typical measures."""

    __tablename__ = "catalogue_risk"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    measures_nl: Mapped[str | None] = mapped_column(Text)
    measures_fr: Mapped[str | None] = mapped_column(Text)
    measures_en: Mapped[str | None] = mapped_column(Text)
    protective_equipment_nl: Mapped[str | None] = mapped_column(Text)
    protective_equipment_fr: Mapped[str | None] = mapped_column(Text)
    protective_equipment_en: Mapped[str | None] = mapped_column(Text)
    forbidden_for_young_workers: Mapped[bool] = mapped_column(default=False)

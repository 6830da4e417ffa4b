"""What the printed annual report shows: the figures of a period, already computed.

The services fill these from the store (one definition of the figures, shared
with the window, the JSON and the CSV); the renderer only lays them out. Names
are user text and are printed literally.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from consultant_app.documents.data import FundIdentity


@dataclass(frozen=True)
class Cell:
    """Conventions, working days, weeks (days / 5) and FTE (days / 220, one decimal)."""

    conventions: int
    days: int
    weeks: float
    fte: float


@dataclass(frozen=True)
class HostLine:
    name: str
    language: str  # "NL" | "FR"
    joint_committee: str  # "227" | "303.01" | "other"
    conventions: int
    days: int


@dataclass(frozen=True)
class YearColumn:
    """One calendar year of the several-years table: NL, FR and total."""

    year: int
    nl: Cell
    fr: Cell
    total: Cell


@dataclass(frozen=True)
class CandidateLine:
    """Candidates registered in one year, by language (the intern's language)."""

    year: int
    by_language: tuple[tuple[str, int], ...]  # (("NL", 40), ("FR", 35), ("other", 3))
    total: int


@dataclass(frozen=True)
class AnnualReportData:
    language: str  # "nl" | "fr" | "en"
    issued_on: date
    fund: FundIdentity
    period_from: date
    period_to: date
    totals: Cell
    by_language: tuple[tuple[str, Cell], ...]  # ("NL", cell), ("FR", cell)
    #: ("227", cell), ("303.01", cell), ("other", cell)
    by_joint_committee: tuple[tuple[str, Cell], ...]
    by_gender: tuple[tuple[str, Cell], ...]  # ("F", ...), ("M", ...), ("X", ...)
    #: (cluster name in the report's language, cell), largest first.
    by_cluster: tuple[tuple[str, Cell], ...]
    hosts: tuple[HostLine, ...]  # by name
    #: Several calendar years side by side (the period's year and those before), oldest first.
    years: tuple[YearColumn, ...]
    candidates: tuple[CandidateLine, ...]
    still_eligible: int  # candidates still eligible on the period's last day

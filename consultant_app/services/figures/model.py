"""The yearly figures of the fund, as :mod:`consultant_app.services.figures.annual` computes them.

Plain values only: the JSON, the CSV and the printed report are made from these.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from consultant_app.domain.figures import Figures
from consultant_app.domain.period import Period

NL = "NL"
FR = "FR"
TOTAL = "total"
OTHER = "other"

#: Report languages of the host (NL/FR), in their printed order.
LANGUAGES = (NL, FR)
#: Joint committees: CP 227, SCP 303.01 and any other one.
JOINT_COMMITTEES = ("227", "303.01", OTHER)
#: The intern's gender codes (:class:`~consultant_app.domain.enums.Gender`).
GENDERS = ("F", "M", "X")
#: Languages of the registered candidates: the intern's language, NL, FR or anything else.
CANDIDATE_LANGUAGES = (NL, FR, OTHER)
#: Languages of the catalogue's names.
NAME_LANGUAGES = ("nl", "fr", "en")


class HostFigures(NamedTuple):
    """One host of the period: its report language, joint committee, conventions and days."""

    name: str
    language: str  # "NL" | "FR"
    joint_committee: str  # "227" | "303.01" | "other"
    conventions: int
    days: int


class YearFigures(NamedTuple):
    """One column of the several-years table."""

    year: int
    nl: Figures
    fr: Figures
    total: Figures


class CandidateYear(NamedTuple):
    """Candidates registered in one calendar year, by the intern's language."""

    registration_year: int
    by_language: dict[str, int]  # "NL", "FR", "other"
    total: int


@dataclass(frozen=True)
class AnnualFigures:
    """Everything the fund reports for one period (see :mod:`.annual`)."""

    period: Period
    totals: Figures
    by_language: dict[str, Figures]
    by_joint_committee: dict[str, Figures]
    by_gender: dict[str, Figures]
    #: Cluster code -> figures, in the catalogue's order.
    by_cluster: dict[str, Figures]
    #: Cluster code -> {"nl": name, "fr": name, "en": name}.
    cluster_names: dict[str, dict[str, str]]
    hosts: list[HostFigures]
    years: list[YearFigures]
    candidates: list[CandidateYear]
    still_eligible: int
    #: The language the cluster names are wanted in ("nl", "fr" or "en").
    language: str = "en"
    #: The period of each column of :attr:`years` (the last one stops at the period's end).
    year_periods: dict[int, Period] = field(default_factory=dict)

    @property
    def eligible_on(self) -> date:
        """The day :attr:`still_eligible` is counted on: the period's last day."""
        return self.period.end

    def cluster_name(self, code: str, language: str | None = None) -> str:
        """The name of cluster *code* in *language* (default: :attr:`language`), else English."""
        names = self.cluster_names.get(code, {})
        wanted = (language or self.language).lower()
        return names.get(wanted) or names.get("en") or code

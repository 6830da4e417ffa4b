"""Internships: who goes where, and their rows, generated in chunks.

:func:`assign` decides every internship's host, mentor, consultant, function
and reference in one pass (the hosts' quotas make those choices depend on each
other). The rows of each chunk of internships then follow from the chunk's own
seed and its own slice of the UUID range, so the ids of later chunks are larger.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from consultant_app.demo.catalogue_view import CatalogueView
from consultant_app.demo.people import (
    ConsultantProfile,
    HostProfile,
    InternProfile,
    document_language,
)
from consultant_app.demo.roadmap import Limits, RoadmapWriter
from consultant_app.demo.schedule import Slot
from consultant_app.demo.writer import Rows, id_range, make_ids, make_stamps, new_rows
from consultant_app.domain.enums import Language, LanguageRole
from consultant_app.domain.references import format_reference

#: Internships per chunk: a fixed number, so that the data does not depend on how it is made.
CHUNK = 2_000
#: Upper estimate of the rows of one internship, to spread each chunk's ids over its slice.
ROWS_PER_INTERNSHIP = 60


@dataclass(frozen=True, slots=True)
class Assignment:
    """One internship with everything decided but its roadmap."""

    slot: Slot
    reference: str
    intern: int
    host: int
    mentor: int
    consultant: int
    function: int
    language: str


@dataclass(frozen=True, slots=True)
class ChunkContext:
    """What the rows of every chunk follow from."""

    seed: int
    today: date
    limits: Limits
    max_hours_per_week: int
    fund_signatory: str
    catalogue: CatalogueView
    interns: list[InternProfile]
    hosts: list[HostProfile]
    consultants: list[ConsultantProfile]
    assignments: list[Assignment]

    @property
    def chunks(self) -> int:
        return -(-len(self.assignments) // CHUNK)


def assign(
    rng: random.Random,
    slots: list[Slot],
    interns: list[InternProfile],
    hosts: list[HostProfile],
    consultants: list[ConsultantProfile],
    catalogue: CatalogueView,
) -> list[Assignment]:
    """Host, mentor, consultant, function, language and reference of each slot (in time order)."""
    picker = _HostPicker(rng, hosts)
    function_index = {id(f): i for i, f in enumerate(catalogue.functions)}
    sequence: dict[int, int] = {}
    result = []
    for slot in slots:
        year = slot.start.year
        sequence[year] = sequence.get(year, 0) + 1
        intern = interns[slot.intern]
        host_index = picker.pick(intern.language, year, slot.weeks)
        host = hosts[host_index]
        language = _convention_language(host.language_role, intern.language)
        function = catalogue.pick_function(rng, host.kind)
        result.append(
            Assignment(
                slot=slot,
                reference=format_reference(year, sequence[year]),
                intern=slot.intern,
                host=host_index,
                mentor=rng.randrange(len(host.mentors)),
                consultant=_consultant_for(rng, len(consultants), language),
                function=function_index[id(function)],
                language=language,
            )
        )
    return result


def chunk_rows(context: ChunkContext, index: int) -> Rows:
    """The rows of the *index*-th chunk of internships."""
    seed = context.seed
    low, high = id_range(index, context.chunks)
    rows, appenders = new_rows()
    new_id = make_ids(
        f"demo:{seed}:internships:{index}", CHUNK * ROWS_PER_INTERNSHIP, low=low, high=high
    )
    roadmap = RoadmapWriter(
        appenders,
        random.Random(f"demo:{seed}:roadmap:{index}"),
        new_id,
        make_stamps(),
        context.catalogue,
        context.today,
        context.limits,
        context.max_hours_per_week,
        context.fund_signatory,
    )
    interns, hosts, consultants = context.interns, context.hosts, context.consultants
    functions = context.catalogue.functions
    for a in context.assignments[index * CHUNK : (index + 1) * CHUNK]:
        host = hosts[a.host]
        roadmap.write(
            a.slot,
            a.reference,
            interns[a.intern],
            host,
            host.mentors[a.mentor],
            consultants[a.consultant],
            functions[a.function],
            a.language,
        )
    return rows


def _convention_language(role: str, intern_language: str) -> str:
    """The host's language, or for a bilingual host the intern's (French for German speakers)."""
    if role == LanguageRole.NL:
        return Language.NL.value
    if role == LanguageRole.FR:
        return Language.FR.value
    if intern_language == Language.DE:
        return Language.FR.value
    return str(document_language(intern_language))


def _consultant_for(rng: random.Random, consultants: int, language: str) -> int:
    """The consultant of the convention's language (0: NL, 1: FR), or the last, bilingual one."""
    if language == Language.EN or rng.random() < 0.3:
        return consultants - 1
    return 0 if language == Language.NL else 1


class _HostPicker:
    """Chooses hosts by language, popularity, founding year and remaining yearly quota."""

    _ATTEMPTS = 12

    def __init__(self, rng: random.Random, hosts: list[HostProfile]) -> None:
        self.rng = rng
        self.hosts = hosts
        self.used: dict[tuple[int, int], int] = {}
        popularity = [rng.lognormvariate(0, 0.8) * (h.weekly_quota / 26) ** 0.5 for h in hosts]
        self.pools: dict[str, tuple[list[int], list[float]]] = {}
        for key, roles in (
            ("NL", (LanguageRole.NL, LanguageRole.BILINGUAL)),
            ("FR", (LanguageRole.FR, LanguageRole.BILINGUAL)),
            ("BI", (LanguageRole.BILINGUAL,)),
            ("ANY", (LanguageRole.NL, LanguageRole.FR, LanguageRole.BILINGUAL)),
        ):
            members = [i for i, h in enumerate(hosts) if h.language_role in roles]
            members = members or list(range(len(hosts)))
            cumulative: list[float] = []
            total = 0.0
            for i in members:
                total += popularity[i]
                cumulative.append(total)
            self.pools[key] = (members, cumulative)
        first = min((h.first_year for h in hosts), default=0)
        self.founders = [i for i, h in enumerate(hosts) if h.first_year == first] or [0]

    def _pool(self, language: str) -> tuple[list[int], list[float]]:
        r = self.rng.random()
        if language == Language.NL and r < 0.9:
            return self.pools["NL"]
        if language in (Language.FR, Language.DE) and r < 0.85:
            return self.pools["FR"]
        if language == Language.EN and r < 0.5:
            return self.pools["BI"]
        return self.pools["ANY"]

    def pick(self, language: str, year: int, weeks: int) -> int:
        """Index of a host that existed in *year* and, if possible, still has *weeks* of quota."""
        members, cumulative = self._pool(language)
        choices: Callable[..., list[int]] = self.rng.choices
        fallback: int | None = None
        chosen: int | None = None
        for _ in range(self._ATTEMPTS):
            i = choices(members, cum_weights=cumulative)[0]
            host = self.hosts[i]
            if host.first_year > year:
                continue
            if self.used.get((i, year), 0) + weeks <= host.weekly_quota:
                chosen = i
                break
            if fallback is None:
                fallback = i
        if chosen is None:
            chosen = fallback if fallback is not None else self.rng.choice(self.founders)
        key = (chosen, year)
        self.used[key] = self.used.get(key, 0) + weeks
        return chosen

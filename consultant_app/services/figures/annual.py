"""The yearly figures of the fund: one engine for the JSON, the CSV and the printed report.

For a period (a calendar year, or any two dates):

* **conventions**: live internships whose start date lies in the period, except
  cancelled ones. Drafts and internships awaiting signatures count: a
  convention was drawn up for them. Soft-deleted internships never count.
* **days**: for every live internship with a counted status (signed, running,
  completed, terminated: :data:`~consultant_app.domain.enums.COUNTED_STATUSES`),
  its Monday-to-Friday days from the start to the actual end (else the
  planned end), without its live interruptions, counted only inside the
  period: an internship over New Year counts in both years.
* **weeks** = days / 5 and **FTE** = days / 220 with one decimal
  (:class:`~consultant_app.domain.figures.Figures`).

They are split by the host's report **language** (its language role; for a
bilingual host the convention's language, a convention in English or German
counting as FR, as :func:`~consultant_app.services.figures.language.reporting_language`),
the host's **joint committee** (227, 303.01, other), the intern's **gender**
(F, M, X) and the function's **cluster**. The **hosts** list holds every host
with at least one convention or day in the period; a bilingual host is listed
under the language of most of its days (then conventions; NL on a tie).

The **several-years** table has one column per calendar year, the period's
last year and the ``years - 1`` before it; the last column stops at the
period's last day (so that ``--from 2020-01-01 --to 2022-03-31`` gives 2020,
2021 and the first quarter of 2022, like the final report's table).

**Candidates** are the live interns by year of registration (``registered_on``,
up to the period's last day) and language (NL, FR, other). **Still eligible**
counts the live interns registered by the period's last day (or without a
registration date) who are eligible on that day, by the Interns list's filter
(age limit, job-seeker registration, weeks left).

All counts are ``GROUP BY`` queries (:mod:`consultant_app.services.figures.sql`);
no ORM object is built per internship.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import select

from consultant_app.documents.data import DOCUMENT_LANGUAGES
from consultant_app.domain.enums import Language
from consultant_app.domain.figures import Figures
from consultant_app.domain.period import Period
from consultant_app.services.figures import sql as annual_sql
from consultant_app.services.figures.model import (
    CANDIDATE_LANGUAGES,
    FR,
    GENDERS,
    JOINT_COMMITTEES,
    LANGUAGES,
    NL,
    OTHER,
    AnnualFigures,
    CandidateYear,
    HostFigures,
    YearFigures,
)
from consultant_app.services.figures.output import (
    CSV_COLUMNS,
    as_json,
    csv_text,
    report_data,
    write_csv,
)
from consultant_app.store.database import Database
from consultant_app.store.models import IssuedDocument
from consultant_app.store.settings import get_rules

__all__ = [
    "ANNUAL_REPORT_KIND",
    "CSV_COLUMNS",
    "AnnualFigures",
    "CandidateYear",
    "HostFigures",
    "YearFigures",
    "annual_figures",
    "annual_report_filename",
    "as_json",
    "csv_text",
    "issue_annual_report",
    "report_data",
    "write_csv",
    "year_periods",
]

#: ``IssuedDocument.kind`` of a printed annual report.
ANNUAL_REPORT_KIND = "annual_report"
_PDF_MEDIA_TYPE = "application/pdf"


def _language_code(language: str) -> str:
    code = language.lower()
    if code not in DOCUMENT_LANGUAGES:
        raise ValueError(
            f"The figures are given in {', '.join(DOCUMENT_LANGUAGES)}; got {language!r}."
        )
    return code


def year_periods(period: Period, years: int = 3) -> list[Period]:
    """The columns of the several-years table, oldest first.

    The calendar years of the period's last day and the ``years - 1`` before
    it; the last column ends on the period's last day.
    """
    if years < 1:
        raise ValueError(f"The several-years table needs at least one year; got {years}.")
    last = period.end.year
    columns = [Period.year(year) for year in range(last - years + 1, last + 1)]
    columns[-1] = Period(columns[-1].start, period.end)
    return columns


def annual_figures(
    database: Database, period: Period, *, years: int = 3, language: str = "en"
) -> AnnualFigures:
    """The figures of *period* (see the module docstring), cluster names in *language*."""
    code = _language_code(language)
    columns = year_periods(period, years)
    with database.session_factory() as session:
        rules = get_rules(session)
    # A column that is the period itself (a calendar year's report) comes from its own figures.
    others = [column for column in columns if column != period]
    with database.engine.connect() as connection:
        rows = annual_sql.figure_rows(connection, period)
        by_year = annual_sql.language_rows(connection, others) if others else []
        clusters = annual_sql.cluster_rows(connection)
        registered = annual_sql.candidate_rows(connection, period.end, rules)

    # Plain integers while adding up: thousands of rows, one cell object per key at the end.
    tallies: dict[str, dict[str, list[int]]] = {
        "language": {key: [0, 0] for key in LANGUAGES},
        "committee": {key: [0, 0] for key in JOINT_COMMITTEES},
        "gender": {key: [0, 0] for key in GENDERS},
        "cluster": {},
    }
    # host id -> [name, committee, NL conventions, NL days, FR conventions, FR days]
    hosts: dict[str, list[Any]] = {}
    for host_id, name, committee, report_language, gender, cluster_id, conventions, days in rows:
        conventions, days = int(conventions or 0), int(days or 0)
        if committee not in JOINT_COMMITTEES:
            committee = OTHER
        keys = (
            ("language", report_language),
            ("committee", committee),
            ("gender", gender),
            ("cluster", cluster_id),
        )
        for dimension, key in keys:
            tally = tallies[dimension].setdefault(key, [0, 0])
            tally[0] += conventions
            tally[1] += days
        host = hosts.setdefault(host_id, [name, committee, 0, 0, 0, 0])
        offset = 2 if report_language == NL else 4
        host[offset] += conventions
        host[offset + 1] += days

    def cells(dimension: str) -> dict[str, Figures]:
        return {key: Figures(*tally) for key, tally in tallies[dimension].items()}

    by_language = cells("language")
    by_cluster_id = cells("cluster")
    by_cluster: dict[str, Figures] = {}
    names: dict[str, dict[str, str]] = {}
    for cluster_id, cluster_code, name_nl, name_fr, name_en, deleted in clusters:
        cell = by_cluster_id.get(cluster_id, Figures())
        if deleted and cell == Figures():
            continue
        by_cluster[cluster_code] = cell
        names[cluster_code] = {"nl": name_nl, "fr": name_fr, "en": name_en}

    return AnnualFigures(
        period=period,
        totals=sum(by_language.values(), Figures()),
        by_language=by_language,
        by_joint_committee=cells("committee"),
        by_gender=cells("gender"),
        by_cluster=by_cluster,
        cluster_names=names,
        hosts=_host_lines(hosts.values()),
        years=_year_lines(columns, others, by_year, period, by_language),
        candidates=_candidate_lines(registered),
        still_eligible=sum(int(eligible or 0) for *_counts, eligible in registered),
        language=code,
        year_periods={column.start.year: column for column in columns},
    )


def _host_lines(hosts: Iterable[list[Any]]) -> list[HostFigures]:
    """Hosts with conventions or days, by name; a bilingual host under its main language."""
    lines = []
    for name, committee, nl_conventions, nl_days, fr_conventions, fr_days in hosts:
        conventions, days = nl_conventions + fr_conventions, nl_days + fr_days
        if conventions == 0 and days == 0:
            continue
        language = NL if (nl_days, nl_conventions) >= (fr_days, fr_conventions) else FR
        lines.append(HostFigures(name, language, committee, conventions, days))
    lines.sort(key=lambda line: (line.name.casefold(), line.name))
    return lines


def _year_lines(
    columns: list[Period],
    queried: list[Period],
    rows: Sequence[Any],
    period: Period,
    by_language: dict[str, Figures],
) -> list[YearFigures]:
    """The several-years table from the rows of :func:`annual_sql.language_rows` of *queried*."""
    cells: dict[Period, dict[str, Figures]] = {
        column: {key: Figures() for key in LANGUAGES} for column in columns
    }
    if period in cells:
        cells[period] = dict(by_language)
    for language, *sums in rows:
        for n, column in enumerate(queried):
            cells[column][str(language)] = Figures(int(sums[2 * n] or 0), int(sums[2 * n + 1] or 0))
    lines = []
    for column in columns:
        nl, fr = cells[column][NL], cells[column][FR]
        lines.append(YearFigures(column.start.year, nl, fr, nl + fr))
    return lines


def _candidate_lines(rows: Sequence[Any]) -> list[CandidateYear]:
    """Candidates by registration year; those without a registration date are left out."""
    counts: dict[int, dict[str, int]] = {}
    for year, language, count, _eligible in rows:
        if year is None:
            continue
        line = counts.setdefault(int(year), dict.fromkeys(CANDIDATE_LANGUAGES, 0))
        line[str(language)] += int(count)
    return [CandidateYear(year, line, sum(line.values())) for year, line in sorted(counts.items())]


def annual_report_filename(period: Period, language: str) -> str:
    """``annual-report-2020-01-01-2020-12-31-en.pdf``."""
    return (
        f"annual-report-{period.start.isoformat()}-{period.end.isoformat()}-"
        f"{_language_code(language)}.pdf"
    )


def issue_annual_report(
    database: Database,
    period: Period,
    language: str,
    *,
    actor: str | None = None,
    today: date | None = None,
    figures: AnnualFigures | None = None,
) -> bytes:
    """Print the annual report of *period* in *language* and keep the PDF in the database.

    It is stored as an :class:`~consultant_app.store.models.IssuedDocument` of
    kind :data:`ANNUAL_REPORT_KIND` (no internship), unless the very same
    document (same bytes) is stored already. *figures* of *period*, when
    already computed, are not computed again.
    """
    from consultant_app.documents.annual_report import render_annual_report

    code = _language_code(language)
    if figures is None:
        figures = annual_figures(database, period, language=code)
    elif figures.period != period:
        raise ValueError(
            f"The figures are those of {figures.period.start} to {figures.period.end}, "
            f"not of {period.start} to {period.end}."
        )
    content = render_annual_report(report_data(database, figures, code, today=today))
    sha256 = hashlib.sha256(content).hexdigest()
    with database.unit_of_work(actor=actor) as uow:
        session = uow.session
        stored = session.execute(
            select(IssuedDocument.id).where(
                IssuedDocument.deleted_at.is_(None),
                IssuedDocument.kind == ANNUAL_REPORT_KIND,
                IssuedDocument.sha256 == sha256,
            )
        ).first()
        if stored is None:
            session.add(
                IssuedDocument(
                    internship_id=None,
                    kind=ANNUAL_REPORT_KIND,
                    language=Language(code.upper()),
                    version=1,
                    filename=annual_report_filename(period, code),
                    media_type=_PDF_MEDIA_TYPE,
                    sha256=sha256,
                    content=content,
                    issued_by=uow.actor,
                )
            )
            uow.commit()
    return content

"""The yearly figures as JSON, as CSV and as the data of the printed annual report.

The CSV is one tidy table, UTF-8 without BOM, comma separated, quoted by the
:mod:`csv` module where needed (Excel opens it as it is). Its columns are
:data:`CSV_COLUMNS`; each row fills the columns that apply to it:

========================  ====================================  ==================================
section                   key                                   filled columns
========================  ====================================  ==================================
``period``                ``2020-01-01..2020-12-31``            none
``totals``                ``total``                             conventions, days, weeks, fte
``language``              ``NL``, ``FR``                        conventions, days, weeks, fte
``joint_committee``       ``227``, ``303.01``, ``other``        conventions, days, weeks, fte
``gender``                ``F``, ``M``, ``X``                   conventions, days, weeks, fte
``cluster``               cluster name (report language)        conventions, days, weeks, fte
``year:YYYY``             ``NL``, ``FR``, ``total``             conventions, days, weeks, fte
``host``                  host name                             + language, joint_committee
``candidates:YYYY``       ``NL``, ``FR``, ``other``, ``total``  candidates (registered that year)
``still_eligible``        the day, ``2020-12-31``               candidates (eligible that day)
========================  ====================================  ==================================

Weeks have one decimal (``376.0``), FTE one decimal (``8.5``), with a point.
A text cell a spreadsheet would read as a formula (a host named ``=HYPERLINK(...)``)
gets an apostrophe in front (:func:`~consultant_app.domain.text.inert_cell`).
"""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path
from typing import Any

from consultant_app.documents.annual_data import (
    AnnualReportData,
    Cell,
    HostLine,
    YearColumn,
)
from consultant_app.documents.annual_data import (
    CandidateLine as ReportCandidateLine,
)
from consultant_app.domain.figures import Figures
from consultant_app.domain.period import Period
from consultant_app.domain.text import inert_cell
from consultant_app.services.figures.model import (
    CANDIDATE_LANGUAGES,
    FR,
    NL,
    TOTAL,
    AnnualFigures,
)
from consultant_app.store.database import Database

#: Columns of :func:`write_csv`, in order.
CSV_COLUMNS = (
    "section",
    "key",
    "conventions",
    "days",
    "weeks",
    "fte",
    "language",
    "joint_committee",
    "candidates",
)


# --- JSON ------------------------------------------------------------------------------


def _cluster_keys(figures: AnnualFigures) -> dict[str, str]:
    """Cluster code -> its English name, made unique (``Name (code)``) if two share one."""
    keys: dict[str, str] = {}
    used: set[str] = set()
    for code in figures.by_cluster:
        name = figures.cluster_name(code, "en")
        key = name if name not in used else f"{name} ({code})"
        used.add(key)
        keys[code] = key
    return keys


def _column(figures: AnnualFigures, year: int) -> Period:
    """The days of the several-years table's column *year*."""
    return figures.year_periods.get(year) or Period.year(year)


def as_json(figures: AnnualFigures) -> dict[str, Any]:
    """The figures as JSON-ready values; ``by_cluster`` is keyed by the cluster's English name."""
    keys = _cluster_keys(figures)
    return {
        "period": {
            "from": figures.period.start.isoformat(),
            "to": figures.period.end.isoformat(),
        },
        "language": figures.language,
        "totals": figures.totals.as_dict(),
        "by_language": {key: cell.as_dict() for key, cell in figures.by_language.items()},
        "by_joint_committee": {
            key: cell.as_dict() for key, cell in figures.by_joint_committee.items()
        },
        "by_gender": {key: cell.as_dict() for key, cell in figures.by_gender.items()},
        "by_cluster": {keys[code]: cell.as_dict() for code, cell in figures.by_cluster.items()},
        "clusters": [
            {"key": keys[code], "code": code, "names": dict(figures.cluster_names[code])}
            for code in figures.by_cluster
        ],
        "hosts": [host._asdict() for host in figures.hosts],
        "years": [
            {
                "year": line.year,
                "from": _column(figures, line.year).start.isoformat(),
                "to": _column(figures, line.year).end.isoformat(),
                NL: line.nl.as_dict(),
                FR: line.fr.as_dict(),
                TOTAL: line.total.as_dict(),
            }
            for line in figures.years
        ],
        "candidates": [
            {
                "year": line.registration_year,
                "by_language": dict(line.by_language),
                "total": line.total,
            }
            for line in figures.candidates
        ],
        "still_eligible": figures.still_eligible,
        "eligible_on": figures.eligible_on.isoformat(),
    }


# --- CSV -------------------------------------------------------------------------------


def _figure_row(section: str, key: str, cell: Figures) -> list[object]:
    return [
        section,
        key,
        cell.conventions,
        cell.days,
        f"{cell.weeks:.1f}",
        str(cell.fte),
        "",
        "",
        "",
    ]


def csv_rows(figures: AnnualFigures) -> list[list[object]]:
    """The rows of the CSV (without the header); see the module docstring."""
    period = figures.period
    rows: list[list[object]] = [
        ["period", f"{period.start.isoformat()}..{period.end.isoformat()}", *[""] * 7],
        _figure_row("totals", TOTAL, figures.totals),
    ]
    sections = (
        ("language", figures.by_language),
        ("joint_committee", figures.by_joint_committee),
        ("gender", figures.by_gender),
    )
    for section, cells in sections:
        rows += [_figure_row(section, key, cell) for key, cell in cells.items()]
    rows += [
        _figure_row("cluster", figures.cluster_name(code), cell)
        for code, cell in figures.by_cluster.items()
    ]
    for line in figures.years:
        section = f"year:{line.year}"
        rows += [
            _figure_row(section, NL, line.nl),
            _figure_row(section, FR, line.fr),
            _figure_row(section, TOTAL, line.total),
        ]
    for host in figures.hosts:
        row = _figure_row("host", host.name, Figures(host.conventions, host.days))
        row[6:8] = [host.language, host.joint_committee]
        rows.append(row)
    for candidates in figures.candidates:
        section = f"candidates:{candidates.registration_year}"
        for key in (*CANDIDATE_LANGUAGES, TOTAL):
            count = candidates.total if key == TOTAL else candidates.by_language.get(key, 0)
            rows.append([section, key, *[""] * 6, count])
    rows.append(
        ["still_eligible", figures.eligible_on.isoformat(), *[""] * 6, figures.still_eligible]
    )
    return rows


def csv_text(figures: AnnualFigures) -> str:
    """The CSV file's text: the header :data:`CSV_COLUMNS`, then :func:`csv_rows`."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for row in csv_rows(figures):  # names of hosts and clusters are the users' text
        writer.writerow([inert_cell(cell) if isinstance(cell, str) else cell for cell in row])
    return buffer.getvalue()


def write_csv(figures: AnnualFigures, path: Path | str) -> None:
    """Write the figures as CSV to *path*, atomically and readable by the user only."""
    from consultant_app.services.privacy.private_files import write_private_file

    write_private_file(Path(path), csv_text(figures).encode("utf-8"))


# --- the printed report ----------------------------------------------------------------


def _cell(figures: Figures) -> Cell:
    return Cell(figures.conventions, figures.days, figures.weeks, float(figures.fte))


def report_data(
    database: Database, figures: AnnualFigures, language: str, *, today: date | None = None
) -> AnnualReportData:
    """What the printed annual report of *figures* shows, in *language* (nl, fr or en).

    The fund's identity comes from the settings, as on a convention. Clusters
    without conventions or days are left out; the others come largest first.
    """
    from consultant_app.services.printing.document_data import document_language, read_identity

    code = document_language(language)
    with database.session_factory() as session:
        fund = read_identity(session).fund
    clusters = [
        (figures.cluster_name(cluster, code), cell)
        for cluster, cell in figures.by_cluster.items()
        if cell != Figures()
    ]
    clusters.sort(key=lambda item: (-item[1].conventions, -item[1].days, item[0].casefold()))
    return AnnualReportData(
        language=code,
        issued_on=today or date.today(),
        fund=fund,
        period_from=figures.period.start,
        period_to=figures.period.end,
        totals=_cell(figures.totals),
        by_language=tuple((key, _cell(cell)) for key, cell in figures.by_language.items()),
        by_joint_committee=tuple(
            (key, _cell(cell)) for key, cell in figures.by_joint_committee.items()
        ),
        by_gender=tuple((key, _cell(cell)) for key, cell in figures.by_gender.items()),
        by_cluster=tuple((name, _cell(cell)) for name, cell in clusters),
        hosts=tuple(
            HostLine(host.name, host.language, host.joint_committee, host.conventions, host.days)
            for host in figures.hosts
        ),
        years=tuple(
            YearColumn(line.year, _cell(line.nl), _cell(line.fr), _cell(line.total))
            for line in figures.years
        ),
        candidates=tuple(
            ReportCandidateLine(
                line.registration_year,
                tuple((key, line.by_language.get(key, 0)) for key in CANDIDATE_LANGUAGES),
                line.total,
            )
            for line in figures.candidates
        ),
        still_eligible=figures.still_eligible,
    )

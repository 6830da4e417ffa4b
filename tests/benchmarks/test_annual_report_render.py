"""Rendering a large annual report (5 years, 8 clusters, 300 hosts) takes at most 1.5 s median.

Fonts and templates are loaded by a first, untimed render; each timed render builds the
whole PDF (tables, charts, the host list over several pages) from the data.
"""

from __future__ import annotations

import statistics
import time
from datetime import date

from consultant_app.documents.annual_data import (
    AnnualReportData,
    CandidateLine,
    Cell,
    HostLine,
    YearColumn,
)
from consultant_app.documents.annual_report import render_annual_report
from consultant_app.documents.data import FundIdentity

from .conftest import report

RUNS = 5
MEDIAN_LIMIT_S = 1.5

CLUSTERS = (
    "Productie",
    "Techniek",
    "Redactie & research",
    "Postproductie",
    "Beeld",
    "Audio",
    "Commercieel",
    "Artistiek",
)


def cell(conventions: int, days: int) -> Cell:
    return Cell(conventions, days, days / 5, round(days / 220, 1))


def large_report() -> AnnualReportData:
    years = tuple(
        YearColumn(
            2017 + index,
            cell(40 + 5 * index, 1400 + 90 * index),
            cell(10 + index, 350 + 20 * index),
            cell(50 + 6 * index, 1750 + 110 * index),
        )
        for index in range(5)
    )
    period = years[-1]
    hosts = tuple(
        HostLine(
            f"Productiehuis {number:03d} & Partners Bv" if number % 7 else f"Studio {number} <b>",
            "FR" if number % 3 == 0 else "NL",
            ("227", "303.01", "other")[number % 5 % 3],
            1 + number % 4,
            10 + number % 60,
        )
        for number in range(300)
    )
    return AnnualReportData(
        language="nl",
        issued_on=date(2026, 1, 15),
        fund=FundIdentity(
            name="mediarte.be – Sociaal Fonds voor de audiovisuele sector",
            street="Koningsstraat 55 bus 10",
            postcode="1000",
            municipality="Brussel",
        ),
        period_from=date(2021, 1, 1),
        period_to=date(2021, 12, 31),
        totals=period.total,
        by_language=(("NL", period.nl), ("FR", period.fr)),
        by_joint_committee=(
            ("227", cell(60, 1900)),
            ("303.01", cell(10, 250)),
            ("other", cell(4, 60)),
        ),
        by_gender=(("F", cell(50, 1400)), ("M", cell(23, 780)), ("X", cell(1, 30))),
        by_cluster=tuple(
            (name, cell(20 - 2 * index, 600 - 70 * index)) for index, name in enumerate(CLUSTERS)
        ),
        hosts=hosts,
        years=years,
        candidates=tuple(
            CandidateLine(2016 + index, (("NL", 90 + index), ("FR", 30 - index)), 120)
            for index in range(6)
        ),
        still_eligible=153,
    )


def test_render_large_annual_report() -> None:
    data = large_report()
    first = render_annual_report(data)  # warm-up: fonts, templates
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        pdf = render_annual_report(data)
        times.append(time.perf_counter() - started)
        assert pdf == first
    median = statistics.median(times)
    report("annual report render, 300 hosts (median)", median, MEDIAN_LIMIT_S)
    assert median <= MEDIAN_LIMIT_S

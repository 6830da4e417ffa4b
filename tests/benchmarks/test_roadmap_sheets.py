"""Rendering each roadmap sheet of a typical internship takes at most 150 ms median.

The data is read once from the small demo database (an internship with a risk
analysis, both evaluations, both scans and the workplace evaluation), with a logo
in the header. Fonts, templates and the logo are loaded by a first, untimed render;
each timed render builds the whole PDF from the prepared data.
"""

from __future__ import annotations

import statistics
import time
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from consultant_app.documents.sheets import render_sheet
from consultant_app.services.printing.sheets import sheet_data
from consultant_app.store.database import open_database
from consultant_app.store.models import (
    CompetenceScan,
    Evaluation,
    Internship,
    RiskAssessment,
    WorkplaceEvaluation,
)

from .conftest import report

RUNS = 20
MEDIAN_LIMIT_S = 0.150
SHEETS: list[tuple[str, dict[str, Any]]] = [
    ("roadmap", {}),
    ("evaluation-sheet", {"stage": "midterm"}),
    ("evaluation-sheet", {"stage": "final"}),
    ("evaluation-sheet", {"stage": "final", "blank": True}),
    ("workplace-sheet", {}),
    ("workplace-sheet", {"blank": True}),
    ("scan", {}),
    ("report", {}),
]


@pytest.fixture(scope="module")
def prepared(small_db: Path, tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, Any]]:
    from PIL import Image

    logo = tmp_path_factory.mktemp("logo") / "logo.png"
    Image.new("RGB", (600, 200), (200, 30, 60)).save(logo)
    database = open_database(small_db)
    try:
        with database.unit_of_work() as uow:
            session = uow.session
            internship = session.scalars(
                select(Internship)
                .where(
                    Internship.id.in_(select(RiskAssessment.internship_id)),
                    Internship.id.in_(
                        select(Evaluation.internship_id).where(Evaluation.stage == "final")
                    ),
                    Internship.id.in_(
                        select(CompetenceScan.internship_id).where(CompetenceScan.moment == "end")
                    ),
                    Internship.id.in_(select(WorkplaceEvaluation.internship_id)),
                )
                .order_by(Internship.reference)
            ).first()
            assert internship is not None
            result = []
            for sheet, options in SHEETS:
                data = sheet_data(
                    session,
                    internship,
                    sheet,
                    language="nl",
                    issued_on=date(2026, 1, 15),
                    **options,
                )
                header = replace(data.header, fund=replace(data.header.fund, logo_path=logo))
                name = "-".join([sheet, *(str(v) for v in options.values() if v is not True)])
                name += "-blank" if options.get("blank") else ""
                result.append((name, replace(data, header=header)))
    finally:
        database.close()
    return result


def test_render_every_sheet(prepared: list[tuple[str, Any]]) -> None:
    slow = []
    for name, data in prepared:
        first = render_sheet(data)  # warm-up: fonts, templates, logo
        times = []
        for _ in range(RUNS):
            started = time.perf_counter()
            pdf = render_sheet(data)
            times.append(time.perf_counter() - started)
            assert pdf == first
        median = statistics.median(times)
        report(f"{name} render (median)", 1000 * median, 1000 * MEDIAN_LIMIT_S, "ms")
        if median > MEDIAN_LIMIT_S:
            slow.append(name)
    assert not slow, f"slower than {MEDIAN_LIMIT_S * 1000:.0f} ms: {', '.join(slow)}"

"""Rendering one typical convention (five pages, with a logo) takes at most 100 ms median.

Fonts, templates and the logo are loaded by a first, untimed render; each timed render
builds the whole PDF from the data.
"""

from __future__ import annotations

import statistics
import time
from datetime import date
from pathlib import Path

from consultant_app.documents.convention import render_convention
from consultant_app.documents.data import (
    CompetenceLine,
    ConsultantProfile,
    ConventionData,
    FundIdentity,
    HostParty,
    InternParty,
    MentorParty,
)

from .conftest import report

RUNS = 30
MEDIAN_LIMIT_S = 0.100


def typical_convention(logo: Path) -> ConventionData:
    return ConventionData(
        reference="SM-2026-014",
        version=1,
        language="nl",
        issued_on=date(2026, 1, 15),
        fund=FundIdentity(
            name="mediarte.be – Sociaal Fonds voor de audiovisuele sector",
            street="Koningsstraat 55 bus 10",
            postcode="1000",
            municipality="Brussel",
            enterprise_number="0123.456.789",
            signatory_name="An Peeters",
            signatory_title="directeur",
            logo_path=logo,
        ),
        consultant=ConsultantProfile("Sofie Janssens", "sofie@example.be", "+32 2 123 45 67"),
        host=HostParty(
            name="Borgerhoff & Lamberigts Tv Nv",
            enterprise_number="0456.789.123",
            joint_committee="227",
            address="Kortrijksesteenweg 1104, 9051 Gent",
            represented_by="Peter Lamberigts, zaakvoerder",
        ),
        mentor=MentorParty("Els De Smet", "Productieleider", "els@example.be", "09 123 45 67"),
        intern=InternParty(
            name="Yasmine El Amrani",
            birth_date=date(2002, 5, 3),
            address="Veldstraat 3, 9000 Gent",
            jobseeker_agency="VDAB",
            jobseeker_number="12345678",
            jobseeker_since=date(2025, 7, 1),
            national_number="02.05.03-123.45",
        ),
        function_name="Productieassistent",
        start_date=date(2026, 2, 2),
        planned_end_date=date(2026, 4, 30),
        working_days=63,
        weeks=12.6,
        hours_per_week=38.0,
        schedule=(("mon", 7.6), ("tue", 7.6), ("wed", 7.6), ("thu", 7.6), ("fri", 7.6)),
        schedule_note="9:00-17:00, later op draaidagen",
        workplace="Kortrijksesteenweg 1104, 9051 Gent en de opnamelocaties",
        objectives="Zelfstandig een draaidag voorbereiden.\nEen callsheet opstellen.",
        expenses="Treinabonnement 2de klas volledig terugbetaald; maaltijd op draaidagen.",
        no_replacement_declared=True,
        tasks=(
            "Callsheets opmaken",
            "Locaties verkennen en vergunningen aanvragen",
            "Catering en vervoer regelen",
        ),
        competences=(
            CompetenceLine("Plannen en organiseren", "Een draaiplan voor een week opstellen", 3),
            CompetenceLine("Communiceren", "Contact met leveranciers onderhouden", 2),
        ),
        signing_place="Gent",
    )


def test_render_typical_convention(tmp_path: Path) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (600, 200), (200, 30, 60)).save(logo)
    data = typical_convention(logo)
    first = render_convention(data)  # warm-up: fonts, templates, logo
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        pdf = render_convention(data)
        times.append(time.perf_counter() - started)
        assert pdf == first
    median = statistics.median(times)
    report("convention render (median)", 1000 * median, 1000 * MEDIAN_LIMIT_S, "ms")
    assert median <= MEDIAN_LIMIT_S

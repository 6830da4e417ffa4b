"""Importing a CSV file of 10,000 historical internships takes at most 10 s (plan and write).

The file holds 8,000 interns (a fifth with a second internship), 600 hosts with
their mentors, the consultants, catalogue functions named in the three languages
and a few new functions; the database starts empty (the catalogue is added).
"""

from __future__ import annotations

import csv
import random
import time
from datetime import date, timedelta
from pathlib import Path

from consultant_app.domain.identifiers import make_enterprise_number, make_niss
from consultant_app.services.exchange.imports import apply_import, plan_import
from consultant_app.services.exchange.parse import IMPORT_COLUMNS
from consultant_app.store.database import open_database

from .conftest import report

ROWS = 10_000
LIMIT_S = 10.0
TODAY = date(2026, 6, 1)
FUNCTIONS = (
    ("Camera assistant", "image"),
    ("Assistant caméra", "image"),
    ("Productieassistent", "production"),
    ("Video editor", "post_production"),
    ("Monteur son", "audio"),
    ("Journalist", "editorial_research"),
    ("Drone pilot", "image"),
    ("Podcast producer", "audio"),
)
FIRST = ("Lena", "Emre", "Inès", "Toon", "Sofie", "Damien", "Aïcha", "Jens", "Léa", "Noah")
LAST = ("Peeters", "Öztürk", "Lefèvre", "Janssens", "Dubois", "Van den Broeck", "Maes", "Collard")


def write_file(path: Path, rows: int = ROWS, seed: int = 7) -> None:
    rng = random.Random(seed)
    interns = []
    for index in range(int(rows * 0.8)):
        birth = date(1996, 1, 1) + timedelta(days=rng.randrange(3000))
        gender = rng.choice("FM")
        serial = 2 * (index % 400) + (1 if gender == "M" else 2)
        interns.append(
            (
                rng.choice(FIRST),
                f"{rng.choice(LAST)}-{index}",
                birth,
                gender,
                rng.choice(("NL", "FR", "FR", "NL", "EN")),
                make_niss(birth, serial) if rng.random() < 0.7 else "",
            )
        )
    hosts = [
        (
            f"Studio {index}",
            make_enterprise_number(2_000_000 + index * 7),
            rng.choice(("CP 227", "SCP 303.01", "227", "PSC 303.01", "CP 200")),
            rng.choice(("NL", "FR", "BI")),
        )
        for index in range(600)
    ]
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream, delimiter=";")
        writer.writerow(IMPORT_COLUMNS)
        for index in range(rows):
            first, last, birth, gender, language, niss = interns[index % len(interns)]
            name, number, committee, role = hosts[rng.randrange(len(hosts))]
            function, cluster = rng.choice(FUNCTIONS)
            start = date(2016, 1, 4) + timedelta(days=rng.randrange(3500))
            if index >= len(interns):  # the second internship of the intern, years later
                start = birth + timedelta(days=365 * 24)
            end = start + timedelta(weeks=rng.choice((4, 8, 12)), days=-3)
            values = {
                "reference": f"SM-{start.year}-{index + 1:05d}",
                "intern_first_name": first,
                "intern_last_name": last,
                "intern_birth_date": birth.strftime("%d/%m/%Y"),
                "intern_gender": gender,
                "intern_language": language,
                "host_name": name,
                "host_enterprise_number": number,
                "host_joint_committee": committee,
                "host_language": role,
                "function": function,
                "start_date": start.isoformat(),
                "end_date": end.isoformat(),
                "function_cluster": cluster,
                "intern_national_number": niss,
                "intern_email": "",
                "mentor_name": f"Mentor {rng.randrange(3)} of {name}",
                "consultant": rng.choice(
                    ("Sofie Van den Broeck", "Julien Lefèvre", "Nadia Haddad")
                ),
                "status": "",
                "terminated_on": "",
                "convention_language": "",
            }
            writer.writerow([values[column] for column in IMPORT_COLUMNS])


def test_import_10000_rows(tmp_path: Path) -> None:
    source = tmp_path / "history.csv"
    write_file(source)
    database = open_database(tmp_path / "import.db")
    try:
        started = time.perf_counter()
        plan = plan_import(database, source, today=TODAY)
        planned = time.perf_counter() - started
        result = apply_import(database, plan)
        seconds = time.perf_counter() - started
        again = plan_import(database, source, today=TODAY)
    finally:
        database.close()
    assert plan.valid, plan.problems[:5]
    assert result.counts["internships"]["create"] == ROWS
    assert again.counts["internships"]["unchanged"] == ROWS
    print(
        f"\n  plan {planned:.2f} s, write {seconds - planned:.2f} s, warnings {len(plan.warnings)}"
    )
    report(f"import of {ROWS:,} rows", seconds, LIMIT_S)
    assert seconds <= LIMIT_S

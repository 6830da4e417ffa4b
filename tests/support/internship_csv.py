"""An internships CSV file of many rows (one new intern each), and the count of interns in a
database: what the tests that import at scale, kill or run side by side need."""

from __future__ import annotations

import csv
from pathlib import Path

from sqlalchemy import func, select

from consultant_app.services.exchange.imports import IMPORT_COLUMNS
from consultant_app.store.database import open_database
from consultant_app.store.models import Intern

#: The cells every row shares: one host, one mentor, one consultant, one period.
SHARED = {
    "intern_birth_date": "14/03/2000",
    "intern_gender": "F",
    "intern_language": "NL",
    "host_name": "Studio Noord",
    "host_enterprise_number": "BE 0403.170.701",
    "host_joint_committee": "PC 227",
    "host_language": "NL",
    "function": "Productieassistent",
    "start_date": "2021-03-01",
    "end_date": "2021-05-21",
    "mentor_name": "Jan Van den Broeck",
    "consultant": "Sofie Janssens",
}


def write_internships_csv(path: Path, rows: int) -> Path:
    """*rows* internships SM-2021-0001… of as many new interns (Kim0 Maes0, …)."""
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=IMPORT_COLUMNS, restval="")
        writer.writeheader()
        for number in range(rows):
            writer.writerow(
                SHARED
                | {
                    "reference": f"SM-2021-{number + 1:04d}",
                    "intern_first_name": f"Kim{number}",
                    "intern_last_name": f"Maes{number}",
                }
            )
    return path


def count_interns(path: Path) -> int:
    """How many interns the database at *path* holds (deleted ones included)."""
    database = open_database(path, create=False)
    try:
        with database.unit_of_work() as uow:
            return uow.session.scalar(select(func.count()).select_from(Intern)) or 0
    finally:
        database.close()

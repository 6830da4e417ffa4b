"""An import that changes the parties of a signed convention freezes it first: the
convention of imported history reprints as it read, even if it was never printed."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from consultant_app.domain.identifiers import make_enterprise_number
from consultant_app.services.exchange.imports import IMPORT_COLUMNS, apply_import, plan_import
from consultant_app.services.printing.conventions import issue_convention
from consultant_app.services.settings.catalogue import seed_catalogue
from consultant_app.store.database import Database

TODAY = date(2024, 6, 15)
ROW: dict[str, str] = {
    "reference": "SM-2020-001",
    "intern_first_name": "Lena",
    "intern_last_name": "Peeters",
    "intern_birth_date": "2000-03-14",
    "intern_gender": "F",
    "intern_language": "NL",
    "host_name": "Studio Noord",
    "host_enterprise_number": make_enterprise_number(4_031_707),
    "host_joint_committee": "CP 227",
    "host_language": "NL",
    "function": "Production assistant",
    "start_date": "2020-03-02",
    "end_date": "2020-05-22",
}


def _import(db: Database, path: Path, *rows: dict[str, str]) -> None:
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=IMPORT_COLUMNS, restval="")
        writer.writeheader()
        writer.writerows(rows)
    apply_import(db, plan_import(db, path, today=TODAY))


def _text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def test_a_host_renamed_by_a_later_import_leaves_the_completed_convention_as_it_read(
    db: Database, tmp_path: Path
) -> None:
    with db.unit_of_work() as uow:
        seed_catalogue(uow.session)
        uow.commit()
    _import(db, tmp_path / "history.csv", ROW)  # completed history, never printed
    _import(db, tmp_path / "renamed.csv", {**ROW, "host_name": "Studio Zuid"})
    text = _text(issue_convention(db, "SM-2020-001", today=TODAY).content)
    assert "Studio Noord" in text and "Studio Zuid" not in text


def test_new_history_is_not_frozen_at_import_but_at_its_first_print(
    db: Database, tmp_path: Path
) -> None:
    """Freezing 10,000 new rows at once would triple the import; the first print does it."""
    from sqlalchemy import func, select

    from consultant_app.store.models import ConventionSnapshot

    with db.unit_of_work() as uow:
        seed_catalogue(uow.session)
        uow.commit()
    _import(db, tmp_path / "history.csv", ROW)
    with db.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(ConventionSnapshot)) == 0
    issue_convention(db, "SM-2020-001", today=TODAY)
    with db.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(ConventionSnapshot)) == 1

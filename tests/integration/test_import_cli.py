"""``consultant-app import internships`` and ``consultant-app export`` as a user types them."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import func, select

from consultant_app.cli import main
from consultant_app.services.exchange.imports import IMPORT_COLUMNS
from consultant_app.store.database import open_database
from consultant_app.store.models import Internship

GOOD = {
    "reference": "SM-2021-001",
    "intern_first_name": "Lena",
    "intern_last_name": "Peeters",
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
BAD = GOOD | {"reference": "SM-2021-002", "intern_gender": "Q", "end_date": "2021-02-01"}


def write(path: Path, *rows: dict[str, str]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=IMPORT_COLUMNS, restval="", delimiter=";")
        writer.writeheader()
        writer.writerows(rows)
    return path


def internships(path: Path) -> int:
    database = open_database(path)
    try:
        with database.unit_of_work() as uow:
            return uow.session.scalar(select(func.count()).select_from(Internship)) or 0
    finally:
        database.close()


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    path = tmp_path / "fund.db"
    open_database(path).close()
    return path


def test_help_lists_import_and_export(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "import" in out and "export" in out


def test_dry_run_shows_what_would_change_and_writes_nothing(
    db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write(tmp_path / "history.csv", GOOD)
    assert main(["import", "internships", str(source), "--db", str(db_file), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Dry run, nothing written" in out
    assert "delimiter ';'" in out
    lines = {
        line.split()[0]: line.split()[1:] for line in out.splitlines() if line.startswith("  ")
    }
    assert lines["internships"] == ["1", "0", "0"]
    assert lines["interns"] == ["1", "0", "0"]
    assert internships(db_file) == 0


def test_import_then_import_again(
    db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write(tmp_path / "history.csv", GOOD)
    assert main(["--db", str(db_file), "import", "internships", str(source)]) == 0
    out = capsys.readouterr().out
    assert f"Imported into {db_file}" in out
    assert "catalogue.seeded" in out  # the new database had no catalogue
    assert internships(db_file) == 1
    assert main(["import", "internships", str(source), "--db", str(db_file)]) == 0
    out = capsys.readouterr().out
    lines = {
        line.split()[0]: line.split()[1:] for line in out.splitlines() if line.startswith("  ")
    }
    assert lines["internships"] == ["0", "0", "1"]
    assert internships(db_file) == 1


def test_bad_rows_are_listed_and_nothing_is_imported(
    db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write(tmp_path / "history.csv", GOOD, BAD)
    assert main(["import", "internships", str(source), "--db", str(db_file)]) == 2
    captured = capsys.readouterr()
    assert "line 3, intern_gender: 'Q' is not a gender" in captured.out
    assert "[gender.unknown]" in captured.out
    assert "line 3, end_date:" in captured.out and "[dates.order]" in captured.out
    assert "Nothing was imported: 1 row has errors" in captured.err
    assert "--skip-invalid" in captured.err
    assert "Traceback" not in captured.err
    assert internships(db_file) == 0
    assert not (tmp_path / "history.rejects.csv").exists()


def test_skip_invalid_imports_the_good_rows_and_writes_the_rejects(
    db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write(tmp_path / "history.csv", GOOD, BAD)
    args = ["import", "internships", str(source), "--db", str(db_file), "--skip-invalid"]
    assert main([*args, "--dry-run"]) == 0
    assert "It would skip 1 rows" in capsys.readouterr().out
    assert not (tmp_path / "history.rejects.csv").exists()
    assert main(args) == 0
    out = capsys.readouterr().out
    rejects = tmp_path / "history.rejects.csv"
    assert f"1 rows with errors were skipped and written to {rejects}" in out
    assert internships(db_file) == 1
    with rejects.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream, delimiter=";"))
    assert [(r["reference"], r["line"], r["column"]) for r in rows] == [
        ("SM-2021-002", "3", "intern_gender; end_date")
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("reference,start_date\nSM-2021-001,2021-03-01\n", "lacks the required columns"),
        ("", "is empty"),
    ],
)
def test_files_that_cannot_be_imported(
    db_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: str,
    message: str,
) -> None:
    source = tmp_path / "history.csv"
    source.write_text(content, encoding="utf-8")
    assert main(["import", "internships", str(source), "--db", str(db_file)]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_missing_file_or_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing_db = tmp_path / "nothing.db"
    assert main(["import", "internships", str(tmp_path / "x.csv"), "--db", str(missing_db)]) == 2
    assert "There is no file" in capsys.readouterr().err
    source = write(tmp_path / "history.csv", GOOD)
    args = ["import", "internships", str(source), "--db", str(missing_db), "--dry-run"]
    assert main(args) == 2
    assert "There is no database" in capsys.readouterr().err
    assert not missing_db.exists()
    assert main(["export", "hosts", "-o", str(tmp_path / "h.csv"), "--db", str(missing_db)]) == 2
    assert "There is no database" in capsys.readouterr().err


def test_export_each_kind(
    db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write(tmp_path / "history.csv", GOOD)
    assert main(["import", "internships", str(source), "--db", str(db_file)]) == 0
    capsys.readouterr()
    for kind in ("interns", "hosts", "internships"):
        output = tmp_path / f"{kind}.csv"
        assert main(["export", kind, "-o", str(output), "--db", str(db_file)]) == 0
        assert f"1 {kind} written to {output}" in capsys.readouterr().out
        assert output.read_text(encoding="utf-8").count("\n") == 2
    exported = (tmp_path / "internships.csv").read_text(encoding="utf-8")
    assert exported.splitlines()[0] == ",".join(("id", *IMPORT_COLUMNS))


def test_export_refuses_a_folder(db_file: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["export", "interns", "-o", str(tmp_path), "--db", str(db_file)]) == 2
    assert "is a folder" in capsys.readouterr().err
    missing = tmp_path / "no" / "interns.csv"
    assert main(["export", "interns", "-o", str(missing), "--db", str(db_file)]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_dry_run_lists_every_change_and_a_real_update_needs_yes(
    db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(["import", "internships", str(write(tmp_path / "a.csv", GOOD)), "--db", str(db_file)])
        == 0
    )
    capsys.readouterr()
    changed = write(
        tmp_path / "b.csv", GOOD | {"host_name": "Studio Zuid", "end_date": "2021-05-28"}
    )
    args = ["import", "internships", str(changed), "--db", str(db_file)]
    assert main([*args, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "internship SM-2021-001 (line 2): planned_end_date 2021-05-21 → 2021-05-28" in out
    assert "name 'Studio Noord' → 'Studio Zuid'" in out
    assert "[host.renamed]" in out
    assert main(args) == 2  # updates are confirmed first
    captured = capsys.readouterr()
    assert "planned_end_date 2021-05-21 → 2021-05-28" in captured.out
    assert "would update existing records (1 hosts, 1 internships" in captured.err
    assert "--yes" in captured.err and "Traceback" not in captured.err
    database = open_database(db_file)
    try:
        with database.unit_of_work() as uow:
            end = uow.session.scalar(select(Internship.planned_end_date))
    finally:
        database.close()
    assert end is not None and end.isoformat() == "2021-05-21"  # nothing written
    assert main([*args, "--yes"]) == 0
    assert "Imported into" in capsys.readouterr().out


def test_a_reference_of_another_intern_is_refused_and_rejected(
    db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(["import", "internships", str(write(tmp_path / "a.csv", GOOD)), "--db", str(db_file)])
        == 0
    )
    capsys.readouterr()
    other = GOOD | {"intern_first_name": "Tom", "intern_last_name": "Claes", "intern_gender": "M"}
    source = write(tmp_path / "b.csv", other)
    args = ["import", "internships", str(source), "--db", str(db_file)]
    assert main([*args, "--dry-run"]) == 2
    captured = capsys.readouterr()
    assert "[reference.other_intern]" in captured.out and "update" not in captured.err
    assert main([*args, "--skip-invalid"]) == 0
    rejects = (tmp_path / "b.rejects.csv").read_text(encoding="utf-8")
    assert "Tom" in rejects and "reference.other_intern" in rejects

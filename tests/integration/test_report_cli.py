"""``consultant-app report annual``: the yearly figures as JSON, CSV or PDF, as a user types it."""

from __future__ import annotations

import csv
import io
import json
import stat
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from consultant_app.cli import main
from consultant_app.domain.enums import (
    Gender,
    InternshipStatus,
    JointCommittee,
    Language,
    LanguageRole,
)
from consultant_app.store.database import open_database
from consultant_app.store.models import (
    Cluster,
    Function,
    Host,
    Intern,
    Internship,
    IssuedDocument,
)
from consultant_app.store.settings import set_value


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def database(tmp_path: Path) -> Path:
    """2021: two completed internships of 20 days (NL and FR) and a draft; one in 2020."""
    path = tmp_path / "report.db"
    db = open_database(path)
    try:
        with db.unit_of_work() as uow:
            s = uow.session
            set_value(s, "fund.name", "Sectorfonds audiovisuele sector")
            cluster = Cluster(code="image", name_nl="Beeld", name_fr="Image", name_en="Image")
            function = Function(
                cluster=cluster,
                code="camera_assistant",
                name_nl="Cameraassistent",
                name_fr="Assistant caméra",
                name_en="Camera assistant",
            )
            hosts = {
                "NL": Host(
                    name="Beeldfabriek",
                    joint_committee=JointCommittee.CP_227,
                    language_role=LanguageRole.NL,
                ),
                "FR": Host(
                    name="Studio Lumière",
                    joint_committee=JointCommittee.SCP_303_01,
                    language_role=LanguageRole.FR,
                ),
            }
            s.add_all([cluster, function, *hosts.values()])
            rows = [
                ("NL", date(2021, 2, 1), date(2021, 2, 26), InternshipStatus.COMPLETED),
                ("FR", date(2021, 3, 1), date(2021, 3, 26), InternshipStatus.COMPLETED),
                ("FR", date(2021, 10, 4), date(2021, 11, 26), InternshipStatus.DRAFT),
                ("NL", date(2020, 5, 4), date(2020, 5, 29), InternshipStatus.COMPLETED),
            ]
            for n, (language, start, end, status) in enumerate(rows, 1):
                intern = Intern(
                    first_name="Lina",
                    last_name=f"Peeters {n}",
                    birth_date=date(2000, 2, 17),
                    gender=Gender.FEMALE if n % 2 else Gender.MALE,
                    language=Language(language),
                    registered_on=date(start.year - 1, 9, 1),
                )
                s.add_all(
                    [
                        intern,
                        Internship(
                            reference=f"SM-{start.year}-{n:03d}",
                            intern=intern,
                            host=hosts[language],
                            function=function,
                            start_date=start,
                            planned_end_date=end,
                            status=status,
                            convention_language=Language(language),
                        ),
                    ]
                )
            uow.commit()
    finally:
        db.close()
    return path


def _report(database: Path, *args: str) -> int:
    return main(["report", "annual", "--db", str(database), *args])


def test_json_of_a_year(database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "figures-2021.json"
    assert _report(database, "--year", "2021", "-o", str(output)) == 0
    out = capsys.readouterr().out
    assert "3 conventions, 40 days, 0.2 FTE" in out
    assert str(output) in out
    assert _mode(output) == 0o600
    document = json.loads(output.read_text(encoding="utf-8"))
    assert document["period"] == {"from": "2021-01-01", "to": "2021-12-31"}
    assert document["totals"] == {"conventions": 3, "days": 40, "weeks": 8.0, "fte": 0.2}
    assert document["by_language"]["NL"] == {
        "conventions": 1,
        "days": 20,
        "weeks": 4.0,
        "fte": 0.1,
    }
    assert document["by_language"]["FR"]["conventions"] == 2
    assert document["by_joint_committee"]["303.01"]["conventions"] == 2
    assert set(document["by_gender"]) == {"F", "M", "X"}
    assert list(document["by_cluster"]) == ["Image"]
    assert [host["name"] for host in document["hosts"]] == ["Beeldfabriek", "Studio Lumière"]
    assert document["hosts"][1] == {
        "name": "Studio Lumière",
        "language": "FR",
        "joint_committee": "303.01",
        "conventions": 2,
        "days": 20,
    }
    assert [line["year"] for line in document["years"]] == [2019, 2020, 2021]
    assert document["years"][1]["NL"]["days"] == 20
    assert [line["year"] for line in document["candidates"]] == [2019, 2020]
    assert document["still_eligible"] == 0


def test_the_default_year_is_this_year(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "now.json"
    assert _report(database, "--format", "json", "-o", str(output)) == 0
    this_year = date.today().year
    document = json.loads(output.read_text(encoding="utf-8"))
    assert document["period"] == {"from": f"{this_year}-01-01", "to": f"{this_year}-12-31"}


def test_csv_of_any_period_in_french(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "figures.csv"
    arguments = ("--from", "2021-02-15", "--to", "2021-03-12", "--lang", "fr", "-o", str(output))
    assert _report(database, *arguments) == 0
    assert _mode(output) == 0o600
    rows = list(csv.DictReader(io.StringIO(output.read_text(encoding="utf-8"))))
    by_key = {(row["section"], row["key"]): row for row in rows}
    # 10 days of February (NL) and 10 of March (FR); the FR convention starts in the period.
    assert by_key[("totals", "total")]["days"] == "20"
    assert by_key[("totals", "total")]["conventions"] == "1"
    assert by_key[("language", "NL")]["days"] == "10"
    assert by_key[("cluster", "Image")]["days"] == "20"
    assert by_key[("year:2021", "total")]["days"] == "30"  # 1 January to 12 March
    assert by_key[("host", "Studio Lumière")]["language"] == "FR"


def test_the_format_option_wins_over_the_extension(database: Path, tmp_path: Path) -> None:
    output = tmp_path / "figures.txt"
    assert _report(database, "--year", "2021", "--format", "csv", "-o", str(output)) == 0
    assert output.read_text(encoding="utf-8").startswith("section,key,conventions,days")


def test_pdf(database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("consultant_app.documents.annual_report")
    output = tmp_path / "annual.pdf"
    assert _report(database, "--year", "2021", "--lang", "nl", "-o", str(output)) == 0
    assert "PDF written to" in capsys.readouterr().out
    assert _mode(output) == 0o600
    content = output.read_bytes()
    assert content.startswith(b"%PDF")
    reader = PdfReader(io.BytesIO(content))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    assert "Studio Lumière" in text
    assert "Beeldfabriek" in text
    db = open_database(database)
    try:
        with db.session_factory() as session:
            kinds = session.scalars(select(IssuedDocument.kind)).all()
    finally:
        db.close()
    assert kinds == ["annual_report"]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (("--year", "2021", "--from", "2021-01-01", "--to", "2021-06-30"), "not both"),
        (("--from", "2021-01-01"), "--from needs --to"),
        (("--to", "2021-06-30"), "--to needs --from"),
        (("--from", "2021-07-01", "--to", "2021-06-30"), "ends (2021-06-30) before it starts"),
        (("--from", "2021-02-30", "--to", "2021-06-30"), "'2021-02-30' is not a date"),
        (("--from", "1/1/2021", "--to", "2021-06-30"), "YYYY-MM-DD"),
        (("--year", "99999"), "between 1900 and 2999"),
        (("--year", "2021", "--years", "0"), "--years must be between 1 and 50"),
    ],
)
def test_wrong_periods_are_refused(
    database: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    arguments: tuple[str, ...],
    message: str,
) -> None:
    output = tmp_path / "figures.json"
    assert _report(database, *arguments, "-o", str(output)) == 2
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err
    assert not output.exists()


def test_unwritable_outputs_are_refused(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "no such folder" / "figures.json"
    assert _report(database, "--year", "2021", "-o", str(missing)) == 2
    assert "does not exist" in capsys.readouterr().err
    folder = tmp_path / "reports"
    folder.mkdir()
    assert _report(database, "--year", "2021", "--format", "json", "-o", str(folder)) == 2
    assert "is a folder" in capsys.readouterr().err
    unknown = tmp_path / "figures.xlsx"
    assert _report(database, "--year", "2021", "-o", str(unknown)) == 2
    assert "--format pdf, csv or json" in capsys.readouterr().err
    assert not unknown.exists()


def test_an_existing_file_is_replaced_whole(database: Path, tmp_path: Path) -> None:
    output = tmp_path / "figures.json"
    output.write_text("old figures " * 1000, encoding="utf-8")
    assert _report(database, "--year", "2020", "-o", str(output)) == 0
    assert json.loads(output.read_text(encoding="utf-8"))["totals"]["days"] == 20
    assert _mode(output) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_missing_database_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "figures.json"
    assert _report(tmp_path / "missing.db", "--year", "2021", "-o", str(output)) == 2
    assert "There is no database" in capsys.readouterr().err
    assert not (tmp_path / "missing.db").exists()
    assert not output.exists()


def test_an_unknown_format_is_a_usage_error(database: Path, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        _report(database, "--format", "xml", "-o", str(tmp_path / "x.xml"))
    assert exit_info.value.code == 2

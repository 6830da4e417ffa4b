"""``consultant-app export subject-access INTERN -o DIR [--lang]`` as a user types it."""

from __future__ import annotations

import io
import json
import stat
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from consultant_app.cli import main
from consultant_app.demo import generate_demo
from consultant_app.domain.identifiers import format_niss
from consultant_app.store.database import open_database
from consultant_app.store.models import Intern, Internship


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, uuid.UUID, str]:
    """A demo database, and an intern with an internship and a national number."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    database = open_database(path)
    try:
        generate_demo(database, seed=2, size="small")
        with database.session_factory() as session:
            intern_id, number = session.execute(
                select(Intern.id, Intern.national_number)
                .join(Internship, Internship.intern_id == Intern.id)
                .where(Intern.national_number.is_not(None))
                .order_by(Intern.id)
            ).first()  # type: ignore[misc]
    finally:
        database.close()
    return path, intern_id, number


def _pdf_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_export_by_id_writes_json_and_pdf(
    demo_file: tuple[Path, uuid.UUID, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, intern_id, _number = demo_file
    folder = tmp_path / "access"

    args = ["export", "subject-access", str(intern_id), "-o", str(folder), "--db", str(path)]
    assert main([*args, "--lang", "fr"]) == 0

    out = capsys.readouterr().out.splitlines()
    stem = f"subject-access-{intern_id.hex[:8]}"
    assert out == [str(folder / f"{stem}.json"), str(folder / f"{stem}.pdf")]
    data = json.loads((folder / f"{stem}.json").read_text("utf-8"))
    assert data["intern"]["id"] == str(intern_id) and data["internships"]
    assert data["language"] == "fr"
    assert "Droit d’accès" in _pdf_text(folder / f"{stem}.pdf")
    for name in (f"{stem}.json", f"{stem}.pdf"):
        assert stat.S_IMODE((folder / name).stat().st_mode) == 0o600


def test_export_by_national_number(
    demo_file: tuple[Path, uuid.UUID, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, intern_id, number = demo_file
    args = ["export", "subject-access", format_niss(number), "-o", str(tmp_path)]
    assert main([*args, "--db", str(path)]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert [Path(line).suffix for line in printed] == [".json", ".pdf"]
    assert intern_id.hex[:8] in printed[0]


@pytest.mark.parametrize(
    ("intern", "message"),
    [
        (str(uuid.UUID(int=7)), "There is no intern"),
        ("99.99.99-999.99", "neither an intern's id nor a national register number"),
        ("", "Give the intern"),
    ],
)
def test_unknown_intern_is_a_clear_error(
    demo_file: tuple[Path, uuid.UUID, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    intern: str,
    message: str,
) -> None:
    path = demo_file[0]
    folder = tmp_path / "access"
    args = ["export", "subject-access", *([intern] if intern else []), "-o", str(folder)]
    assert main([*args, "--db", str(path)]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not folder.exists()


def test_bad_folders_and_options(
    demo_file: tuple[Path, uuid.UUID, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, intern_id, _number = demo_file
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    base = ["export", "subject-access", str(intern_id), "--db", str(path)]
    assert main([*base, "-o", str(a_file)]) == 2
    assert "is a file" in capsys.readouterr().err
    assert main([*base, "-o", str(tmp_path / "no" / "such")]) == 2
    assert "does not exist" in capsys.readouterr().err
    csv = str(tmp_path / "interns.csv")
    assert main(["export", "interns", str(intern_id), "-o", csv, "--db", str(path)]) == 2
    assert "go with subject-access" in capsys.readouterr().err

"""``consultant-app print roadmap|evaluation-sheet|workplace-sheet|scan|report``, as a user
types it, on the small demo data set."""

from __future__ import annotations

import io
import stat
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from consultant_app.cli import main
from consultant_app.demo import generate_demo
from consultant_app.store.database import open_database
from tests.support.db import connect_raw, copy_db

TODAY = date(2026, 11, 23)
CHECK = "\u2714"


def _text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sheets") / "demo.db"
    database = open_database(path)
    generate_demo(database, seed=3, size="small", today=TODAY)
    database.close()
    return path


@pytest.fixture
def database(demo: Path, tmp_path: Path) -> Iterator[Path]:
    """A copy of the demo database for each test (printing stores the documents)."""
    yield copy_db(demo, tmp_path / "copy.db")


def _reference(database: Path, query: str) -> str:
    connection = connect_raw(database)
    try:
        row = connection.execute(query).fetchone()
    finally:
        connection.close()
    assert row is not None, query
    return str(row[0])


def _completed(database: Path) -> str:
    """An internship with a final evaluation, both scans and the workplace evaluation."""
    return _reference(
        database,
        """SELECT i.reference FROM internship i
        JOIN evaluation e ON e.internship_id = i.id AND e.stage = 'final'
        JOIN workplace_evaluation w ON w.internship_id = i.id
        JOIN competence_scan s ON s.internship_id = i.id AND s.moment = 'end'
        ORDER BY i.reference LIMIT 1""",
    )


def _unevaluated(database: Path) -> str:
    """A signed internship nobody evaluated yet."""
    return _reference(
        database,
        """SELECT i.reference FROM internship i WHERE i.status = 'signed'
        AND NOT EXISTS (SELECT 1 FROM evaluation e WHERE e.internship_id = i.id)
        AND NOT EXISTS (SELECT 1 FROM workplace_evaluation w WHERE w.internship_id = i.id)
        ORDER BY i.reference LIMIT 1""",
    )


def _run(database: Path, *argv: str) -> int:
    return main(["print", *argv, "--db", str(database)])


def _stored(database: Path) -> list[tuple[str, str]]:
    connection = connect_raw(database)
    try:
        return connection.execute(
            "SELECT kind, language FROM issued_document ORDER BY kind, language"
        ).fetchall()
    finally:
        connection.close()


@pytest.mark.parametrize(
    ("sheet", "options", "kind"),
    [
        ("roadmap", [], "roadmap"),
        ("evaluation-sheet", ["--stage", "midterm"], "evaluation_midterm"),
        ("evaluation-sheet", ["--stage", "final", "--blank"], "evaluation_final_blank"),
        ("workplace-sheet", [], "workplace_evaluation"),
        ("workplace-sheet", ["--blank"], "workplace_evaluation_blank"),
        ("scan", [], "competence_scan"),
        ("report", [], "internship_report"),
    ],
)
@pytest.mark.parametrize("language", ["nl", "fr"])
def test_print_every_sheet(
    database: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    sheet: str,
    options: list[str],
    kind: str,
    language: str,
) -> None:
    reference = _completed(database)
    output = tmp_path / f"{sheet}.pdf"
    code = _run(database, sheet, reference, *options, "--lang", language, "-o", str(output))
    assert code == 0
    out = capsys.readouterr().out
    assert str(output) in out and f"({language})" in out and "page" in out
    assert stat.S_IMODE(output.stat().st_mode) == 0o600
    text = _text(output)
    assert reference in text
    if "--blank" in options:
        assert CHECK not in text
    elif sheet in ("evaluation-sheet", "workplace-sheet"):
        assert CHECK in text
    assert _stored(database) == [(kind, language.upper())]
    if sheet == "scan":
        assert len(PdfReader(io.BytesIO(output.read_bytes())).pages) == 1


def test_print_twice_keeps_one_document(database: Path, tmp_path: Path) -> None:
    reference = _completed(database)
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    assert _run(database, "report", reference, "-o", str(first)) == 0
    assert _run(database, "report", reference.lower(), "-o", str(second)) == 0
    assert first.read_bytes() == second.read_bytes()
    assert len(_stored(database)) == 1


def test_languages_differ(database: Path, tmp_path: Path) -> None:
    reference = _completed(database)
    dutch, french = tmp_path / "nl.pdf", tmp_path / "fr.pdf"
    assert _run(database, "roadmap", reference, "--lang", "nl", "-o", str(dutch)) == 0
    assert _run(database, "roadmap", reference, "--lang", "FR", "-o", str(french)) == 0
    assert "Deel 1 – Werkpostfiche en risicoanalyse" in _text(dutch)
    assert "Partie 1 – Fiche de poste" in _text(french)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["roadmap", "SM-1999-999"], "No internship with reference SM-1999-999"),
        (["evaluation-sheet", "{ref}"], "add --stage midterm or final"),
        (["roadmap", "{ref}", "--blank"], "The roadmap has no blank form"),
        (["report", "{ref}", "--blank"], "--blank goes with evaluation-sheet or workplace-sheet"),
        (["scan", "{ref}", "--stage", "final"], "--stage goes with the evaluation sheet"),
    ],
)
def test_clear_errors(
    database: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    message: str,
) -> None:
    reference = _completed(database)
    output = tmp_path / "out.pdf"
    argv = [part.replace("{ref}", reference) for part in argv]
    assert _run(database, *argv, "-o", str(output)) == 2
    err = capsys.readouterr().err
    assert err.startswith("consultant-app: error:") and message in err
    assert not output.exists()
    assert _stored(database) == []


def test_nothing_entered_yet_points_to_the_blank_form(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reference = _unevaluated(database)
    output = tmp_path / "out.pdf"
    for argv in (
        ["evaluation-sheet", reference, "--stage", "final"],
        ["workplace-sheet", reference],
    ):
        assert _run(database, *argv, "-o", str(output)) == 2
        assert "--blank" in capsys.readouterr().err
    assert not output.exists()
    assert _run(database, "evaluation-sheet", reference, "--stage", "final", "--blank",
                "-o", str(output)) == 0  # fmt: skip
    assert CHECK not in _text(output)


def test_unknown_stage_is_refused_by_the_parser(database: Path, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as stopped:
        _run(database, "evaluation-sheet", "SM-2026-001", "--stage", "halfway", "-o", "x.pdf")
    assert stopped.value.code == 2


def test_unwritable_output(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reference = _completed(database)
    missing = tmp_path / "missing" / "roadmap.pdf"
    assert _run(database, "roadmap", reference, "-o", str(missing)) == 2
    assert "does not exist" in capsys.readouterr().err
    assert _run(database, "roadmap", reference, "-o", str(tmp_path)) == 2
    assert "is a folder" in capsys.readouterr().err
    assert _stored(database) == []

"""``consultant-app print``: conventions and amendments as PDF files, as a user types it."""

from __future__ import annotations

import errno
import io
import json
import os
import stat
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from consultant_app.cli import main
from consultant_app.domain.enums import (
    Gender,
    InternshipStatus,
    JointCommittee,
    Language,
    LanguageRole,
)
from consultant_app.domain.identifiers import make_enterprise_number, make_niss
from consultant_app.store.database import open_database
from consultant_app.store.models import (
    Amendment,
    Cluster,
    Function,
    Host,
    Intern,
    Internship,
    IssuedDocument,
)
from consultant_app.store.settings import PRINT_NATIONAL_NUMBER_KEY, set_value

NISS = make_niss(date(2004, 2, 17), 42)


def _text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def database(tmp_path: Path) -> Path:
    """Three internships of 2026 (one cancelled) and one of 2025; SM-2026-001 has amendment 2."""
    path = tmp_path / "print.db"
    db = open_database(path)
    try:
        with db.unit_of_work() as uow:
            s = uow.session
            set_value(s, "fund.name", "Sectorfonds audiovisuele sector")
            set_value(s, "fund.enterprise_number", make_enterprise_number(4_512_873))
            set_value(s, "consultant.name", "Sofie Van den Broeck")
            cluster = Cluster(code="image", name_nl="Beeld", name_fr="Image", name_en="Image")
            function = Function(
                cluster=cluster,
                code="camera_assistant",
                name_nl="Cameraassistent",
                name_fr="Assistant caméra",
                name_en="Camera assistant",
            )
            host = Host(
                name="Studio Lumière",
                enterprise_number=make_enterprise_number(1_234_567),
                joint_committee=JointCommittee.CP_227,
                language_role=LanguageRole.FR,
                postcode="1000",
                municipality="Bruxelles",
            )
            intern = Intern(
                first_name="Lina",
                last_name="Peeters",
                birth_date=date(2004, 2, 17),
                gender=Gender.FEMALE,
                language=Language.FR,
                national_number=NISS,
            )
            rows = [
                ("SM-2026-001", date(2026, 3, 2), InternshipStatus.SIGNED, Language.FR, 2),
                ("SM-2026-002", date(2026, 9, 7), InternshipStatus.DRAFT, Language.NL, 1),
                ("SM-2026-003", date(2026, 10, 5), InternshipStatus.CANCELLED, Language.FR, 1),
                ("SM-2025-001", date(2025, 3, 3), InternshipStatus.COMPLETED, Language.FR, 1),
            ]
            for reference, start, status, language, version in rows:
                s.add(
                    Internship(
                        reference=reference,
                        intern=intern,
                        host=host,
                        function=function,
                        start_date=start,
                        planned_end_date=date(start.year, start.month + 2, 20),
                        status=status,
                        convention_language=language,
                        convention_version=version,
                        hours_per_week=Decimal("38.0"),
                        schedule=json.dumps({"hours": {"mon": 7.6}, "note": "Shoot days"}),
                    )
                )
            s.flush()
            first = s.query(Internship).filter_by(reference="SM-2026-001").one()
            s.add(
                Amendment(
                    internship_id=first.id,
                    version=2,
                    decided_on=date(2026, 4, 1),
                    changes=json.dumps({"hours_per_week": ["30.0", "38.0"]}),
                    reason="More shoot days",
                )
            )
            uow.commit()
    finally:
        db.close()
    return path


def _run(database: Path, *argv: str) -> int:
    return main(["print", *argv, "--db", str(database)])


def test_print_one_convention(database: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    output = tmp_path / "convention.pdf"
    assert _run(database, "convention", "SM-2026-001", "-o", str(output)) == 0
    out = capsys.readouterr().out
    assert str(output) in out
    assert "page" in out
    assert out.count("\n") == 1
    assert _mode(output) == 0o600
    text = _text(output)
    for expected in ("SM-2026-001", "Lina Peeters", "Studio Lumière", "Assistant caméra"):
        assert expected in text
    assert "04.02.17-042" not in text and NISS not in text  # not printed by default
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_print_in_another_language_and_replace_the_file(database: Path, tmp_path: Path) -> None:
    output = tmp_path / "convention.pdf"
    output.write_text("old")
    assert _run(database, "convention", "sm-2026-001", "--lang", "NL", "-o", str(output)) == 0
    assert "Cameraassistent" in _text(output)
    assert _mode(output) == 0o600


def test_the_national_number_when_the_settings_say_so(database: Path, tmp_path: Path) -> None:
    db = open_database(database)
    with db.unit_of_work() as uow:
        set_value(uow.session, PRINT_NATIONAL_NUMBER_KEY, True)
        uow.commit()
    db.close()
    output = tmp_path / "convention.pdf"
    assert _run(database, "convention", "SM-2026-001", "-o", str(output)) == 0
    text = _text(output).replace(" ", "")
    assert "04.02.17-042." in text


def test_print_the_conventions_of_a_year(database: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "2026"
    assert _run(database, "convention", "--all", "--year", "2026", "-o", str(folder)) == 0
    out = capsys.readouterr().out
    assert "2 conventions of 2026" in out
    assert str(folder) in out
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["SM-2026-001_v2_fr.pdf", "SM-2026-002_v1_nl.pdf"]
    for name in names:
        assert _mode(folder / name) == 0o600
    assert "SM-2026-002" in _text(folder / "SM-2026-002_v1_nl.pdf")


def test_print_an_amendment(database: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    output = tmp_path / "amendment.pdf"
    assert (
        _run(
            database,
            "amendment",
            "SM-2026-001",
            "--version",
            "2",
            "--lang",
            "en",
            "-o",
            str(output),
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "Amendment 1 (version 2)" in out and str(output) in out
    assert _mode(output) == 0o600
    assert "SM-2026-001" in _text(output)


def _refused(database: Path, capsys, *argv: str, message: str) -> None:  # type: ignore[no-untyped-def]
    assert _run(database, *argv) == 2
    captured = capsys.readouterr()
    assert message in captured.err
    assert captured.err.strip().count("\n") == 0
    assert "Traceback" not in captured.err
    assert captured.out == ""


def test_an_unknown_reference(database: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    output = tmp_path / "x.pdf"
    _refused(
        database,
        capsys,
        *("convention", "SM-2099-001", "-o", str(output)),
        message="No internship with reference SM-2099-001",
    )
    _refused(
        database,
        capsys,
        *("amendment", "SM-2099-001", "--version", "2", "-o", str(output)),
        message="No internship with reference SM-2099-001",
    )
    assert not output.exists()


def test_a_missing_amendment(database: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    output = tmp_path / "x.pdf"
    _refused(
        database,
        capsys,
        *("amendment", "SM-2026-001", "--version", "5", "-o", str(output)),
        message="has no amendment 5",
    )
    assert not output.exists()


def test_a_missing_output_folder(database: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    missing = tmp_path / "nowhere"
    _refused(
        database,
        capsys,
        *("convention", "SM-2026-001", "-o", str(missing / "x.pdf")),
        message=f"The folder {missing} does not exist",
    )
    _refused(
        database,
        capsys,
        *("convention", "--all", "--year", "2026", "-o", str(missing / "2026")),
        message=f"The folder {missing} does not exist",
    )
    assert not missing.exists()


def test_an_output_that_is_a_file_or_a_folder(database: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x")
    _refused(
        database,
        capsys,
        *("convention", "--all", "--year", "2026", "-o", str(a_file)),
        message="is a file",
    )
    _refused(
        database,
        capsys,
        *("convention", "SM-2026-001", "-o", str(a_file / "x.pdf")),
        message="does not exist",
    )
    _refused(
        database, capsys, *("convention", "SM-2026-001", "-o", str(tmp_path)), message="is a folder"
    )


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_an_unwritable_output_folder(database: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        _refused(
            database,
            capsys,
            *("convention", "SM-2026-001", "-o", str(locked / "x.pdf")),
            message="cannot be written",
        )
    finally:
        locked.chmod(0o700)
    assert list(locked.iterdir()) == []


def test_all_and_year_go_together(database: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "out"
    _refused(
        database,
        capsys,
        *("convention", "--all", "-o", str(folder)),
        message="add --year YYYY",
    )
    _refused(
        database,
        capsys,
        *("convention", "SM-2026-001", "--all", "--year", "2026", "-o", str(folder)),
        message="either a REFERENCE or --all",
    )
    _refused(
        database,
        capsys,
        *("convention", "-o", str(folder / "x.pdf")),
        message="Give the REFERENCE",
    )
    _refused(
        database,
        capsys,
        *("convention", "SM-2026-001", "--year", "2026", "-o", str(folder / "x.pdf")),
        message="--year goes with --all",
    )
    assert not folder.exists()


def test_a_year_without_internships(database: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "2030"
    assert _run(database, "convention", "--all", "--year", "2030", "-o", str(folder)) == 0
    assert "nothing written" in capsys.readouterr().out
    assert not folder.exists()


def test_a_mistyped_database_creates_nothing(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "consultnat.db"
    output = tmp_path / "x.pdf"
    assert main(["print", "convention", "SM-2026-001", "-o", str(output), "--db", str(path)]) == 2
    assert "There is no database" in capsys.readouterr().err
    assert not path.exists()
    assert not output.exists()


def test_the_demo_database_prints_with_every_identity_field(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from consultant_app.services.printing.conventions import convention_data

    path = tmp_path / "demo.db"
    assert main(["demo", "--db", str(path)]) == 0
    db = open_database(path)
    try:
        with db.unit_of_work() as uow:
            internship = (
                uow.session.scalars(
                    select(Internship).where(Internship.consultant_id.is_(None)).limit(1)
                ).first()
                or uow.session.scalars(select(Internship).limit(1)).one()
            )
            internship.consultant = None
            data = convention_data(uow.session, internship, "fr")
            reference = internship.reference
    finally:
        db.close()
    fund = data.fund
    assert all(
        (
            fund.name,
            fund.street,
            fund.postcode,
            fund.municipality,
            fund.enterprise_number,
            fund.signatory_name,
            fund.signatory_title,
        )
    )
    assert all((data.consultant.name, data.consultant.email, data.consultant.phone))
    capsys.readouterr()
    output = tmp_path / "demo.pdf"
    assert main(["print", "convention", reference, "-o", str(output), "--db", str(path)]) == 0
    assert reference in _text(output)


def _issued_documents(path: Path) -> list[tuple[str, str]]:
    db = open_database(path, create=False)
    try:
        with db.unit_of_work() as uow:
            rows = uow.session.query(IssuedDocument.filename, IssuedDocument.sha256).all()
            return sorted((name, sha) for name, sha in rows)
    finally:
        db.close()


@pytest.mark.parametrize(
    "argv",
    [
        ("convention", "SM-2026-001"),
        ("amendment", "SM-2026-001", "--version", "2"),
        ("roadmap", "SM-2026-001"),
    ],
)
def test_a_full_disk_records_nothing_and_leaves_no_file(  # type: ignore[no-untyped-def]
    database: Path, tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch, argv
) -> None:
    assert _run(database, "convention", "SM-2026-002", "-o", str(tmp_path / "first.pdf")) == 0
    before = _issued_documents(database)
    folder = tmp_path / "out"
    folder.mkdir()
    output = folder / "conv.pdf"
    real_write = os.write
    stored: list[int] = []

    def write(descriptor: int, data: bytes) -> int:
        stored.append(real_write(descriptor, bytes(data[: len(data) // 2])))
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "write", write)
    capsys.readouterr()
    assert _run(database, *argv, "-o", str(output)) == 2
    monkeypatch.undo()
    assert stored and stored[0] > 0  # part of the PDF reached the disk before it was full
    err = capsys.readouterr().err
    assert f"No space left on device: {output}" in err
    assert "Traceback" not in err and "Errno" not in err
    assert list(folder.iterdir()) == []  # no half file, no temporary file
    assert _issued_documents(database) == before


def test_a_full_disk_during_a_year_writes_and_records_nothing(  # type: ignore[no-untyped-def]
    database: Path, tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _issued_documents(database)
    folder = tmp_path / "2026"
    folder.mkdir()
    real_write = os.write
    calls: list[int] = []

    def write(descriptor: int, data: bytes) -> int:
        calls.append(descriptor)
        if len(calls) == 1:  # the first convention fits, the second fills the disk
            return real_write(descriptor, data)
        real_write(descriptor, bytes(data[: len(data) // 2]))
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "write", write)
    assert _run(database, "convention", "--all", "--year", "2026", "-o", str(folder)) == 2
    monkeypatch.undo()
    err = capsys.readouterr().err
    assert f"No space left on device: {folder / 'SM-2026-002_v1_nl.pdf'}" in err
    assert list(folder.iterdir()) == []
    assert _issued_documents(database) == before
    # With room again, the same command writes both and records them.
    assert _run(database, "convention", "--all", "--year", "2026", "-o", str(folder)) == 0
    assert len(list(folder.iterdir())) == 2
    assert len(_issued_documents(database)) == len(before) + 2


def test_printing_a_year_reports_its_progress_on_stderr(
    database: Path, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "2026"
    assert _run(database, "convention", "--all", "--year", "2026", "-o", str(folder)) == 0
    captured = capsys.readouterr()
    assert "Printing the conventions of 2026: 2/2 (100%)" in captured.err
    assert "2/2" not in captured.out  # the result stays on stdout, the progress apart

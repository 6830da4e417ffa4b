"""Erasure is complete: the stored issued documents that named the person are re-rendered
(conventions, from their anonymised snapshot) or withdrawn (every other document), their
hash is computed again and the audit trail records it; after the erasure no byte of the
person's name or national number is left in the database, its log or the data folder."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import select

from consultant_app.services.printing.conventions import issue_convention
from consultant_app.services.printing.sheets import issue_sheet
from consultant_app.services.privacy.anonymise import anonymise_intern, anonymise_mentor
from consultant_app.store.models import AuditEntry, Intern, IssuedDocument
from tests.support.builders import World, signed_internship
from tests.support.pages import decrypted_pages

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")

NATIONAL_NUMBER = "00010100133"


def _text(content: bytes, folder: Path) -> str:
    pdf = folder / "document.pdf"
    pdf.write_bytes(content)
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def _documents(world: World) -> list[SimpleNamespace]:
    with world.db.unit_of_work() as uow:
        return [
            SimpleNamespace(
                id=d.id, kind=d.kind, filename=d.filename, sha256=d.sha256, content=d.content
            )
            for d in uow.session.scalars(select(IssuedDocument).order_by(IssuedDocument.kind))
        ]


def _issue_all(world: World) -> str:
    with world.db.unit_of_work() as uow:
        intern = uow.session.get(Intern, world.intern_id)
        assert intern is not None
        intern.national_number = NATIONAL_NUMBER
        uow.commit()
    internship_id = signed_internship(world)
    issue_convention(world.db, internship_id, language="nl")
    issue_convention(world.db, internship_id, language="fr")
    issue_sheet(world.db, internship_id, "roadmap")
    issue_sheet(world.db, internship_id, "evaluation-sheet", stage="midterm", blank=True)
    return str(internship_id)


def test_the_issued_documents_no_longer_name_the_intern(world: World, tmp_path: Path) -> None:
    _issue_all(world)
    before = {d.id: d for d in _documents(world)}
    assert len(before) == 4
    assert any("Öztürk" in _text(d.content, tmp_path) for d in before.values())

    anonymise_intern(world.db, world.intern_id, actor="tester")

    after = _documents(world)
    assert {d.id for d in after} == set(before)  # every document keeps its place
    for document in after:
        text = _text(document.content, tmp_path)
        assert "Öztürk" not in text and "Emre" not in text, document.filename
        assert document.sha256 == hashlib.sha256(document.content).hexdigest()
        assert document.sha256 != before[document.id].sha256
        assert document.filename == before[document.id].filename
        if document.kind == "convention":  # printed again from the anonymised snapshot
            assert "Anonymised" in text or "Geanonimiseerd" in text or "Anonymis" in text
        else:
            assert document.filename in text.replace("\n", "")  # the withdrawal notice
    with world.db.unit_of_work() as uow:
        hashes = uow.session.execute(
            select(AuditEntry.entity_id, AuditEntry.actor).where(
                AuditEntry.entity == "issued_document", AuditEntry.field == "sha256"
            )
        ).all()
    assert {entity_id for entity_id, _actor in hashes} == set(before)
    assert {actor for _entity_id, actor in hashes} == {"tester"}


def test_a_mentor_erased_leaves_their_internships_documents_without_them(
    world: World, tmp_path: Path
) -> None:
    _issue_all(world)
    mentor_name = "Lefèvre"
    assert any(mentor_name in _text(d.content, tmp_path) for d in _documents(world))
    anonymise_mentor(world.db, world.mentor_id, actor="tester")
    for document in _documents(world):
        assert mentor_name not in _text(document.content, tmp_path), document.filename


def test_no_byte_of_the_person_is_left_in_the_data_folder(world: World, tmp_path: Path) -> None:
    _issue_all(world)
    folder = world.db.path.parent
    key = world.db.key
    assert key is not None and key.raw is not None
    needles = ("Öztürk".encode(), NATIONAL_NUMBER.encode())
    assert any(n in decrypted_pages(world.db.path, key.raw) for n in needles)  # the probe sees

    anonymise_intern(world.db, world.intern_id, actor="tester")
    # decrypted while still open: the log as the erasure left it, then after the close
    for moment in ("open", "closed"):
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            data = path.read_bytes()
            if path.suffix == ".db" and data and not data.startswith(b"SQLite format 3"):
                data += decrypted_pages(path, key.raw)
            for needle in needles:
                assert needle not in data, f"{path} ({moment})"
        world.db.close()
    for content in _documents_of(world):
        assert "Öztürk" not in _text(content, tmp_path)


def _documents_of(world: World) -> list[bytes]:
    from consultant_app.store.database import open_database

    database = open_database(world.db.path, create=False)
    try:
        with database.unit_of_work() as uow:
            return list(uow.session.scalars(select(IssuedDocument.content)))
    finally:
        database.close()

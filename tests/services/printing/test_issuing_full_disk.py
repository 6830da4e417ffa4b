"""A document is recorded as issued only once its file is completely written."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from sqlalchemy import select

from consultant_app.services.internships.records import create_internship
from consultant_app.services.printing.conventions import (
    issue_convention,
    issue_conventions_of_year,
)
from consultant_app.services.printing.sheets import issue_sheet
from consultant_app.services.privacy.private_files import FileNotWritten
from consultant_app.store.database import Database
from consultant_app.store.models import IssuedDocument
from tests.support.builders import START, World


def _issued(db: Database) -> list[tuple[str, str]]:
    with db.unit_of_work() as uow:
        rows = uow.session.execute(select(IssuedDocument.filename, IssuedDocument.sha256))
        return sorted((name, sha) for name, sha in rows)


def _fill_the_disk(monkeypatch: pytest.MonkeyPatch, *, room_for: int = 0) -> list[int]:
    """After *room_for* writes, each write stores half its bytes and fails: the disk is full."""
    real_write = os.write
    stored: list[int] = []

    def write(descriptor: int, data: bytes) -> int:
        if len(stored) < room_for:
            stored.append(real_write(descriptor, data))
            return stored[-1]
        stored.append(real_write(descriptor, bytes(data[: len(data) // 2])))
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "write", write)
    return stored


def test_a_full_disk_leaves_no_file_and_no_record(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    internship_id = create_internship(world.db, world.values())
    issue_convention(world.db, internship_id, language="nl")
    before = _issued(world.db)
    folder = tmp_path / "out"
    folder.mkdir()
    output = folder / "conv.pdf"
    stored = _fill_the_disk(monkeypatch)
    with pytest.raises(FileNotWritten) as raised:
        issue_convention(world.db, internship_id, language="fr", output=output)
    monkeypatch.undo()
    assert stored[0] > 0
    assert str(raised.value) == f"No space left on device: {output}"
    assert raised.value.errno == errno.ENOSPC
    assert list(folder.iterdir()) == []
    assert _issued(world.db) == before
    # With room again the same print is written whole and recorded.
    issued = issue_convention(world.db, internship_id, language="fr", output=output)
    assert output.read_bytes() == issued.content
    assert len(_issued(world.db)) == len(before) + 1


def test_a_full_disk_keeps_the_earlier_file_of_that_name(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    internship_id = create_internship(world.db, world.values())
    folder = tmp_path / "out"
    folder.mkdir()
    output = folder / "roadmap.pdf"
    output.write_bytes(b"an earlier file")
    _fill_the_disk(monkeypatch)
    with pytest.raises(FileNotWritten):
        issue_sheet(world.db, internship_id, "roadmap", output=output)
    monkeypatch.undo()
    assert output.read_bytes() == b"an earlier file"
    assert [p.name for p in folder.iterdir()] == ["roadmap.pdf"]
    assert _issued(world.db) == []


def test_a_full_disk_in_a_batch_writes_and_records_none(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_internship(world.db, world.values())
    create_internship(world.db, world.values(convention_language="NL"))
    folder = tmp_path / "batch"
    _fill_the_disk(monkeypatch, room_for=1)
    with pytest.raises(FileNotWritten, match=r"No space left on device: .*_v1_nl\.pdf"):
        issue_conventions_of_year(world.db, START.year, folder)
    monkeypatch.undo()
    assert list(folder.iterdir()) == []
    assert _issued(world.db) == []

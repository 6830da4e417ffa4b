"""Frozen conventions: a version sent for signature prints the same text forever."""

from __future__ import annotations

import hashlib
import io
import json
import uuid
from datetime import date

from pypdf import PdfReader
from sqlalchemy import select

from consultant_app.domain.enums import InternshipStatus
from consultant_app.services.internships.records import (
    amend_internship,
    change_status,
    create_internship,
)
from consultant_app.services.people.hosts import save_host
from consultant_app.services.printing.conventions import issue_convention
from consultant_app.services.printing.snapshots import snapshot_differences
from consultant_app.store.database import Database
from consultant_app.store.models import ConventionSnapshot, Intern, Internship
from tests.support.builders import HOST, World, complete_sheet, force_status, signed_internship

PRINTED_ON = date(2021, 8, 16)
LATER = date(2024, 2, 1)


def _text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def _rename_host(world: World, name: str) -> None:
    """As the host form or an import with the same enterprise number does."""
    save_host(world.db, {**HOST, "name": name}, host_id=world.host_id)


def _move_intern(world: World) -> None:
    """The intern's new address, written as an import writes it."""
    with world.db.unit_of_work() as uow:
        intern = uow.session.get(Intern, world.intern_id)
        assert intern is not None
        intern.street, intern.house_number = "Avenue Louise", "231"
        intern.postcode, intern.municipality = "1050", "Ixelles"
        uow.commit()


def _snapshots(db: Database, internship_id: uuid.UUID) -> list[ConventionSnapshot]:
    with db.unit_of_work() as uow:
        rows = uow.session.scalars(
            select(ConventionSnapshot)
            .where(ConventionSnapshot.internship_id == internship_id)
            .order_by(ConventionSnapshot.version)
        ).all()
        uow.session.expunge_all()
        return list(rows)


def _differences(db: Database, internship_id: uuid.UUID) -> tuple[str, ...]:
    with db.unit_of_work() as uow:
        internship = uow.session.get(Internship, internship_id)
        assert internship is not None
        return snapshot_differences(uow.session, internship)


def test_a_completed_convention_reprints_the_same_after_the_host_and_intern_change(
    world: World,
) -> None:
    # Imported history: a completed internship that never went through "send for signature".
    internship_id = create_internship(world.db, world.values())
    force_status(world.db, internship_id, InternshipStatus.COMPLETED)
    first = issue_convention(world.db, internship_id, today=PRINTED_ON)
    assert first.version == 1
    assert "Clin d" in _text(first.content)

    _rename_host(world, "Renamed Productions SA")
    _move_intern(world)
    again = issue_convention(world.db, internship_id, today=LATER)

    assert _text(again.content) == _text(first.content)
    assert "Renamed" not in _text(again.content)
    assert "Ixelles" not in _text(again.content)
    assert hashlib.sha256(again.content).hexdigest() == first.sha256 == again.sha256
    assert again.document_id == first.document_id
    [snapshot] = _snapshots(world.db, internship_id)
    assert (snapshot.issued_sha256, snapshot.issued_on) == (first.sha256, PRINTED_ON)
    # The panel can tell what today's data would print differently.
    assert _differences(world.db, internship_id) == ("host", "intern_address")


def test_the_snapshot_is_taken_when_the_convention_is_sent_for_signature(world: World) -> None:
    internship_id = create_internship(world.db, world.values())
    complete_sheet(world.db, internship_id)
    assert _snapshots(world.db, internship_id) == []
    change_status(world.db, internship_id, InternshipStatus.AWAITING_SIGNATURES)

    [snapshot] = _snapshots(world.db, internship_id)
    assert (snapshot.version, snapshot.language) == (1, "fr")
    assert len(snapshot.template_revision) == 64
    french = json.loads(snapshot.content)["languages"]["fr"]
    assert french["host"]["name"] == "Clin d'Oeil Film Srl"
    assert french["host"]["enterprise_number"] == "0123.456.749"
    assert french["mentor"]["name"] == "Anaïs Lefèvre"
    assert french["intern"]["name"] == "Emre Öztürk"
    assert (french["start_date"], french["planned_end_date"]) == ("2021-09-06", "2021-11-26")
    assert french["hours_per_week"] == 38.0
    assert french["is_draft"] is False
    assert set(json.loads(snapshot.content)["languages"]) == {"nl", "fr", "en"}

    # Renamed after sending, before the first print: the print shows the text sent.
    _rename_host(world, "Renamed Productions SA")
    printed = _text(issue_convention(world.db, internship_id, today=PRINTED_ON).content)
    assert "Clin d" in printed and "Renamed" not in printed


def test_back_to_draft_drops_the_snapshot_and_sending_again_takes_the_new_text(
    world: World,
) -> None:
    internship_id = create_internship(world.db, world.values())
    complete_sheet(world.db, internship_id)
    change_status(world.db, internship_id, InternshipStatus.AWAITING_SIGNATURES)
    change_status(world.db, internship_id, InternshipStatus.DRAFT)
    assert _snapshots(world.db, internship_id) == []
    _rename_host(world, "Renamed Productions SA")
    draft = _text(issue_convention(world.db, internship_id, today=PRINTED_ON).content)
    assert "Renamed" in draft
    change_status(world.db, internship_id, InternshipStatus.AWAITING_SIGNATURES)
    [snapshot] = _snapshots(world.db, internship_id)
    fr = json.loads(snapshot.content)["languages"]["fr"]
    assert fr["host"]["name"] == "Renamed Productions SA"


def test_an_amendment_freezes_version_two_and_leaves_version_one_as_signed(
    world: World,
) -> None:
    internship_id = signed_internship(world)
    first = issue_convention(world.db, internship_id, today=PRINTED_ON)
    _rename_host(world, "Renamed Productions SA")
    assert _differences(world.db, internship_id) == ("host",)
    amend_internship(
        world.db,
        internship_id,
        world.values(planned_end_date="2021-11-19"),
        reason="The shooting ends a week early",
        decided_on=date(2021, 10, 1),
    )
    one, two = _snapshots(world.db, internship_id)
    assert json.loads(one.content) != json.loads(two.content)
    assert json.loads(one.content)["languages"]["fr"]["host"]["name"] == "Clin d'Oeil Film Srl"
    new = json.loads(two.content)["languages"]["fr"]
    assert (new["host"]["name"], new["planned_end_date"]) == (
        "Renamed Productions SA",
        "2021-11-19",
    )
    second = issue_convention(world.db, internship_id, today=LATER)
    assert second.version == 2 and "Renamed" in _text(second.content)
    assert "Renamed" not in _text(first.content)
    assert _differences(world.db, internship_id) == ()


def test_printing_a_year_freezes_and_reuses_the_snapshots(world: World, tmp_path) -> None:
    from consultant_app.services.printing.conventions import issue_conventions_of_year

    internship_id = create_internship(world.db, world.values())
    force_status(world.db, internship_id, InternshipStatus.RUNNING)
    [path] = issue_conventions_of_year(world.db, 2021, tmp_path / "one", today=PRINTED_ON)
    _rename_host(world, "Renamed Productions SA")
    [again] = issue_conventions_of_year(world.db, 2021, tmp_path / "two", today=LATER)
    assert again.read_bytes() == path.read_bytes()
    [snapshot] = _snapshots(world.db, internship_id)
    assert snapshot.issued_sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    single = issue_convention(world.db, internship_id, today=LATER)
    assert single.content == path.read_bytes()


def test_an_amendment_reprints_the_same_after_the_host_is_renamed(world: World) -> None:
    from consultant_app.services.printing.conventions import issue_amendment

    internship_id = signed_internship(world)
    amend_internship(
        world.db,
        internship_id,
        world.values(planned_end_date="2021-11-19"),
        reason="The shooting ends a week early",
        decided_on=date(2021, 10, 1),
    )
    first = issue_amendment(world.db, internship_id, 2, today=PRINTED_ON)
    assert "Clin d" in _text(first.content)
    _rename_host(world, "Renamed Productions SA")
    again = issue_amendment(world.db, internship_id, 2, today=LATER)
    assert again.sha256 == first.sha256 and again.content == first.content
    assert "Renamed" not in _text(again.content)


def test_imported_history_is_frozen_in_one_go(world: World) -> None:
    from consultant_app.services.printing.snapshots import freeze_unfrozen

    completed = create_internship(world.db, world.values())
    force_status(world.db, completed, InternshipStatus.COMPLETED)
    draft = create_internship(
        world.db, world.values(start_date="2021-12-06", planned_end_date="2022-02-25")
    )
    with world.db.unit_of_work() as uow:
        assert freeze_unfrozen(uow.session, today=PRINTED_ON) == 1
        assert freeze_unfrozen(uow.session, today=LATER) == 0
        uow.commit()
    assert _snapshots(world.db, draft) == []
    [snapshot] = _snapshots(world.db, completed)
    assert snapshot.issued_on == PRINTED_ON
    _rename_host(world, "Renamed Productions SA")
    printed = issue_convention(world.db, completed, today=LATER)
    assert "Renamed" not in _text(printed.content)

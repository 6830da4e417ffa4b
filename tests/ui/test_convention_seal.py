"""The Documents tab of the internship panel says when the frozen convention was issued, with
its SHA-256, and whether today's data would print it differently."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from consultant_app.domain.enums import InternshipStatus
from consultant_app.services.printing.conventions import issue_convention
from consultant_app.store.models import Host, Internship
from consultant_app.ui.views.internship.panel import InternshipPanel


@pytest.fixture
def panel(qtbot, demo_db):  # type: ignore[no-untyped-def]
    widget = InternshipPanel(demo_db, "en")
    qtbot.addWidget(widget)
    widget.resize(700, 900)
    widget.show()
    return widget


def _completed(database) -> uuid.UUID:  # type: ignore[no-untyped-def]
    with database.unit_of_work() as uow:
        return uow.session.scalars(
            select(Internship.id)
            .where(Internship.status == InternshipStatus.COMPLETED, Internship.deleted_at.is_(None))
            .order_by(Internship.reference)
        ).first()


def _rename_host(database, internship_id: uuid.UUID) -> None:  # type: ignore[no-untyped-def]
    with database.unit_of_work() as uow:
        internship = uow.session.get(Internship, internship_id)
        host = uow.session.get(Host, internship.host_id)
        host.name = "Renamed Productions SA"
        uow.commit()


def test_the_documents_tab_shows_the_hash_and_what_differs_today(qtbot, panel, demo_db) -> None:  # type: ignore[no-untyped-def]
    internship_id = _completed(demo_db)
    panel.show_internship(internship_id)
    seal = panel.documents_page.seal
    printed = issue_convention(demo_db, internship_id)
    panel.show_internship(internship_id)
    panel.tabs.setCurrentWidget(panel.documents_page)

    assert seal.isVisible()
    assert "issued on" in seal.text() and f"(SHA-256 {printed.sha256})" in seal.text()
    assert "Today's data prints the same text." in seal.text()

    _rename_host(demo_db, internship_id)
    panel.show_internship(internship_id)
    assert "Today's data differs from it: host." in seal.text()
    assert printed.sha256 in seal.text()


def test_a_draft_shows_no_seal(qtbot, panel, demo_db) -> None:  # type: ignore[no-untyped-def]
    with demo_db.unit_of_work() as uow:
        draft = uow.session.scalars(
            select(Internship.id).where(Internship.status == InternshipStatus.DRAFT)
        ).first()
    panel.show_internship(draft)
    panel.tabs.setCurrentWidget(panel.documents_page)
    assert not panel.documents_page.seal.isVisible()
    assert panel.documents_page.seal.text() == ""

"""The consultants offered in the choice lists of the forms."""

from __future__ import annotations

import uuid

from consultant_app.domain.enums import Language
from consultant_app.services.settings.consultants import consultant_choices
from consultant_app.store.database import Database
from consultant_app.store.models import Consultant


def add_consultant(db: Database, first: str, last: str) -> uuid.UUID:
    with db.unit_of_work() as uow:
        consultant = Consultant(first_name=first, last_name=last, language=Language.FR)
        uow.session.add(consultant)
        uow.session.flush()
        consultant_id = consultant.id
        uow.commit()
    return consultant_id


def test_no_consultant_gives_an_empty_list(db: Database) -> None:
    assert consultant_choices(db) == []


def test_live_consultants_by_last_then_first_name(db: Database) -> None:
    peeters = add_consultant(db, "Jan", "Peeters")
    dubois_m = add_consultant(db, "Marc", "Dubois")
    dubois_a = add_consultant(db, "anaïs", "dubois")
    assert consultant_choices(db) == [
        (str(dubois_a), "anaïs dubois"),
        (str(dubois_m), "Marc Dubois"),
        (str(peeters), "Jan Peeters"),
    ]


def test_accents_do_not_change_the_order(db: Database) -> None:
    add_consultant(db, "Zoé", "Lefèvre")
    add_consultant(db, "Éric", "Lambert")
    add_consultant(db, "Luc", "Lemaire")
    names = [name for _id, name in consultant_choices(db)]
    assert names == ["Éric Lambert", "Zoé Lefèvre", "Luc Lemaire"]


def test_deleted_consultants_are_left_out(db: Database) -> None:
    kept = add_consultant(db, "Jan", "Peeters")
    gone = add_consultant(db, "Marc", "Dubois")
    with db.unit_of_work() as uow:
        record = uow.session.get(Consultant, gone)
        assert record is not None
        record.soft_delete()
        uow.commit()
    assert consultant_choices(db) == [(str(kept), "Jan Peeters")]


def test_ids_are_uuid_texts(db: Database) -> None:
    add_consultant(db, "Jan", "Peeters")
    ((text, _name),) = consultant_choices(db)
    assert uuid.UUID(text)

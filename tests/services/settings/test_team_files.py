"""Issued PDFs travel once, content-addressed by their SHA-256."""

from __future__ import annotations

import hashlib

import psycopg

from consultant_app.services.settings.team import sync
from consultant_app.store.models import IssuedDocument
from tests.support.team import Team, dump


def _issue(database, content: bytes, name: str) -> None:  # type: ignore[no-untyped-def]
    with database.unit_of_work() as uow:
        uow.session.add(
            IssuedDocument(
                kind="convention",
                filename=name,
                sha256=hashlib.sha256(content).hexdigest(),
                content=content,
            )
        )
        uow.commit()


def test_an_issued_pdf_reaches_the_other_laptop_and_is_stored_once_on_the_hub(
    team: Team,
) -> None:
    first, _ = team.first()
    second = team.join()
    pdf = b"%PDF-1.7\n" + bytes(range(256)) * 400 + b"\n%%EOF\n"
    sha = hashlib.sha256(pdf).hexdigest()
    _issue(first, pdf, "convention-v1.pdf")
    _issue(first, pdf, "convention-v1-copy.pdf")  # the same bytes issued twice
    sync(first)
    sync(second)
    with second.unit_of_work() as uow:
        contents = [d.content for d in uow.session.query(IssuedDocument)]
    assert contents == [pdf, pdf]
    assert dump(first) == dump(second)
    with psycopg.connect(team.url) as connection:
        blobs = connection.execute("SELECT sha256, length(content) FROM hub.blob").fetchall()
        inline = connection.execute(
            "SELECT count(*) FROM hub.change WHERE entity = 'issued_document' "
            "AND data->'content'->>'$sha256' = %s",
            (sha,),
        ).fetchone()
    assert blobs == [(sha, len(pdf))]
    assert inline == (2,)


def test_a_laptop_joining_later_receives_the_issued_pdfs(team: Team) -> None:
    first, _ = team.first()
    pdf = b"%PDF-1.7\n" + b"later" * 5000 + b"\n%%EOF\n"
    _issue(first, pdf, "convention-v2.pdf")
    sync(first)
    second = team.join()
    with second.unit_of_work() as uow:
        assert [d.content for d in uow.session.query(IssuedDocument)] == [pdf]
    assert dump(first) == dump(second)

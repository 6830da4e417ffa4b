"""Erasing a person on one laptop reaches every laptop and leaves no trace on the hub."""

from __future__ import annotations

import psycopg

from consultant_app.services.privacy.anonymise import anonymise_intern
from consultant_app.services.settings.team import sync
from tests.support.team import Intern, Team, dump, edit, read


def _hub_mentions(url: str, text: str) -> int:
    with psycopg.connect(url) as connection:
        row = connection.execute(
            "SELECT (SELECT count(*) FROM hub.change WHERE data::text LIKE %(t)s)"
            " + (SELECT count(*) FROM hub.row WHERE data::text LIKE %(t)s)",
            {"t": f"%{text}%"},
        ).fetchone()
    assert row is not None
    return int(row[0])


def test_anonymising_on_one_laptop_purges_the_hub_and_reaches_the_other(team: Team) -> None:
    first, world = team.first()
    edit(first, Intern, world.intern_id, email="emre.ozturk@example.be")
    sync(first)
    second = team.join()
    assert _hub_mentions(team.url, "emre.ozturk@example.be") >= 2  # the row and its history
    assert _hub_mentions(team.url, "Öztürk") >= 1
    anonymise_intern(second, world.intern_id)
    sync(second)
    sync(first)
    assert read(first, Intern, world.intern_id, "first_name") == "Anonymised"
    assert read(first, Intern, world.intern_id, "email") is None
    assert dump(first) == dump(second)
    for trace in ("emre.ozturk@example.be", "Öztürk", "Emre"):
        assert _hub_mentions(team.url, trace) == 0, trace

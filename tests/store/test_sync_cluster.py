"""The tests' throwaway PostgreSQL server answers, and each test gets its own database."""

from __future__ import annotations


def test_each_test_gets_an_empty_hub_database(hub_url: str) -> None:
    import psycopg

    with psycopg.connect(hub_url) as connection:
        tables = connection.execute(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
        ).fetchone()
        version = connection.execute("SHOW server_version").fetchone()
    assert tables == (0,)
    assert version is not None and int(version[0].split(".")[0]) >= 13

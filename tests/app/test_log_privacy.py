"""Logs never carry national numbers, names, e-mail addresses or keys."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError

from consultant_app.log_privacy import PrivacyFilter, redact
from consultant_app.store.keys import new_key, recovery_text


def test_values_and_secrets_are_masked() -> None:
    key = new_key()
    assert key.raw is not None
    message = (
        f"intern 85.07.30-033.61 (85073003361) mail jan.peeters@example.be "
        f"key {key.raw.hex()} recovery {recovery_text(key)}"
    )
    cleaned = redact(message)
    for secret in ("85.07.30-033.61", "85073003361", "jan.peeters@example.be", key.raw.hex()):
        assert secret not in cleaned
    assert recovery_text(key) not in cleaned
    assert cleaned.startswith("intern [hidden]")


def test_a_database_error_logged_keeps_the_statement_out(
    caplog: pytest.LogCaptureFixture,
) -> None:
    engine = create_engine("sqlite://")
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE person (name TEXT UNIQUE, niss TEXT)"))
        connection.execute(text("INSERT INTO person VALUES ('Wolfgang Quackenbusch', '1')"))
    logger = logging.getLogger("consultant_app.test")
    handler_filter = PrivacyFilter()
    caplog.handler.addFilter(handler_filter)
    try:
        with engine.begin() as connection:
            connection.execute(
                text("INSERT INTO person VALUES (:name, :niss)"),
                {"name": "Wolfgang Quackenbusch", "niss": "85073003361"},
            )
    except IntegrityError as error:
        logger.warning("Could not save: %s", error)
        logger.exception("Saving failed")
    finally:
        caplog.handler.removeFilter(handler_filter)
    logged = caplog.text
    assert "Could not save" in logged and "IntegrityError" in logged
    assert "Quackenbusch" not in logged and "85073003361" not in logged

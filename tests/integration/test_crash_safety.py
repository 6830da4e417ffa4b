"""Crash safety: a writer killed with SIGKILL loses no committed write and breaks nothing.

A separate process writes internships, evaluation drafts and visits through the
services in a loop; it is killed at random moments. After each kill the file
must pass ``PRAGMA integrity_check`` and ``PRAGMA foreign_key_check``, and every
write the process reported as committed (in any round so far) must be there.
"""

from __future__ import annotations

import json
import os
import random
import selectors
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from consultant_app.domain.enums import Gender, Language
from consultant_app.services.people.hosts import save_host, save_mentor, save_training_plan
from consultant_app.services.settings.catalogue import seed_catalogue
from consultant_app.store.database import open_database
from consultant_app.store.models import Consultant, Function, Intern
from tests.support.db import connect_raw

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)"),
]

WRITER = Path(__file__).with_name("crash_writer.py")
ROUNDS = 50
SEED = 20210906
#: Seconds the writer may take to start and report its first commit (a busy machine).
FIRST_LINE_TIMEOUT_S = 20.0
#: After the first reported commit, the writer runs this long (random, seeded) before the kill.
WAIT_RANGE_S = (0.05, 0.4)

HOST = {
    "name": "Clin d'Oeil Film Srl",
    "enterprise_number": "BE 0123.456.749",
    "joint_committee": "303.01",
    "language_role": "FR",
    "street": "Rue de la Loi",
    "house_number": "16",
    "box": "3",
    "postcode": "4000",
    "municipality": "Liège",
    "employees_fte": "10",
}


def seed_world(path: Path) -> dict[str, str]:
    """A catalogue, an intern, a consultant, a host with a mentor; valid internship values."""
    database = open_database(path)
    try:
        with database.unit_of_work() as uow:
            session = uow.session
            seed_catalogue(session)
            intern = Intern(
                first_name="Emre",
                last_name="Öztürk",
                birth_date=date(2000, 1, 1),
                gender=Gender.MALE,
                language=Language.NL,
            )
            consultant = Consultant(first_name="Sofie", last_name="Van den Broeck")
            session.add_all([intern, consultant])
            function_id = session.scalar(
                select(Function.id).where(Function.code == "production_assistant")
            )
            uow.commit()
            intern_id, consultant_id = intern.id, consultant.id
        host_id = save_host(database, HOST)
        mentor_id = save_mentor(database, host_id, {"first_name": "Anaïs", "last_name": "Lefèvre"})
        save_training_plan(database, host_id, {"year": "2021", "status": "received"})
    finally:
        database.close()
    assert function_id is not None
    return {
        "intern_id": str(intern_id),
        "host_id": str(host_id),
        "mentor_id": str(mentor_id),
        "consultant_id": str(consultant_id),
        "function_id": str(function_id),
        "start_date": "2021-09-06",
        "planned_end_date": "2021-11-26",
        "hours_mon": "7.6",
        "hours_tue": "7.6",
        "hours_wed": "7.6",
        "hours_thu": "7.6",
        "hours_fri": "7.6",
        "hours_sat": "",
        "hours_sun": "",
        "schedule_note": "9:00-17:06",
        "workplace": "Rue de la Loi 16, 4000 Liège",
        "objectives": "Learn to run a shooting day.",
        "expenses": "Commuting refunded.",
        "no_replacement_declared": "1",
        "convention_language": "FR",
    }


@dataclass
class Reported:
    """Every write a writer reported as committed, over all rounds."""

    internships: set[uuid.UUID] = field(default_factory=set)
    evaluations: dict[tuple[uuid.UUID, str], uuid.UUID] = field(default_factory=dict)
    visits: dict[uuid.UUID, uuid.UUID] = field(default_factory=dict)

    def add(self, line: str) -> None:
        words = line.split()
        assert words[0] == "committed", line
        match words[1:]:
            case ["internship", internship]:
                self.internships.add(uuid.UUID(internship))
            case ["evaluation", internship, stage, evaluation]:
                self.evaluations[uuid.UUID(internship), stage] = uuid.UUID(evaluation)
            case ["visit", internship, visit]:
                self.visits[uuid.UUID(visit)] = uuid.UUID(internship)
            case _:
                raise AssertionError(f"unexpected line from the writer: {line!r}")

    @property
    def count(self) -> int:
        return len(self.internships) + len(self.evaluations) + len(self.visits)


def read_first_line(process: subprocess.Popen[bytes], timeout: float) -> bytes:
    """The writer's first line of stdout, waiting at most *timeout* seconds."""
    assert process.stdout is not None
    fd = process.stdout.fileno()
    buffer = b""
    deadline = time.monotonic() + timeout
    with selectors.DefaultSelector() as selector:
        selector.register(fd, selectors.EVENT_READ)
        while b"\n" not in buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not selector.select(remaining):
                raise AssertionError(f"the writer printed no line within {timeout} s")
            chunk = os.read(fd, 65536)
            if not chunk:
                break
            buffer += chunk
    return buffer


def start_writer(path: Path, values: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    """A writer that has loaded its modules and waits for a line on stdin to start writing."""
    with log.open("ab") as stderr:
        return subprocess.Popen(
            [sys.executable, str(WRITER), str(path), json.dumps(values)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
        )


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.kill()
        process.wait()


def run_round(
    process: subprocess.Popen[bytes], wait: float, log: Path, start_next: Callable[[], None]
) -> list[str]:
    """Let *process* write, kill it *wait* s after its first commit; its complete lines.

    *start_next* starts the next round's writer while this one writes.
    """
    try:
        assert process.stdin is not None
        process.stdin.write(b"go\n")
        process.stdin.close()
        process.stdin = None  # nothing more to send (communicate() below must not flush it)
        start_next()
        head = read_first_line(process, FIRST_LINE_TIMEOUT_S)
        time.sleep(wait)
        assert process.poll() is None, (
            f"the writer stopped by itself ({process.returncode}): {log.read_text()}"
        )
        os.kill(process.pid, signal.SIGKILL)
        rest, _ = process.communicate(timeout=FIRST_LINE_TIMEOUT_S)
    finally:
        stop(process)
    assert process.returncode == -signal.SIGKILL
    text = (head + rest).decode()
    # A line cut short by the kill was not reported: only whole lines count.
    return text.split("\n")[:-1]


def check_file(path: Path, reported: Reported) -> None:
    """The file is sound and holds every write reported so far."""
    connection = connect_raw(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        internships = {uuid.UUID(row[0]) for row in connection.execute("SELECT id FROM internship")}
        evaluations = {
            (uuid.UUID(row[0]), row[1]): uuid.UUID(row[2])
            for row in connection.execute("SELECT internship_id, stage, id FROM evaluation")
        }
        visits = {
            uuid.UUID(row[0]): uuid.UUID(row[1])
            for row in connection.execute("SELECT id, internship_id FROM visit")
        }
    finally:
        connection.close()
    lost_internships = reported.internships - internships
    assert not lost_internships, f"committed internships lost: {sorted(lost_internships)}"
    lost_evaluations = {
        key: value for key, value in reported.evaluations.items() if evaluations.get(key) != value
    }
    assert not lost_evaluations, f"committed evaluations lost: {lost_evaluations}"
    lost_visits = {key: value for key, value in reported.visits.items() if visits.get(key) != value}
    assert not lost_visits, f"committed visits lost: {lost_visits}"


def test_killed_writer_loses_no_committed_write(tmp_path: Path) -> None:
    path = tmp_path / "crash.db"
    values = seed_world(path)
    log = tmp_path / "writer.log"
    rng = random.Random(SEED)
    reported = Reported()
    started = time.monotonic()
    writers = [start_writer(path, values, log)]

    def start_next() -> None:
        if len(writers) < ROUNDS:
            writers.append(start_writer(path, values, log))

    try:
        for round_number in range(1, ROUNDS + 1):
            wait = rng.uniform(*WAIT_RANGE_S)
            lines = run_round(writers[round_number - 1], wait, log, start_next)
            assert lines, f"round {round_number}: no complete line from the writer"
            before = reported.count
            for line in lines:
                reported.add(line)
            assert reported.count > before
            try:
                check_file(path, reported)
            except AssertionError as error:
                raise AssertionError(
                    f"after kill {round_number} (at {wait:.3f} s): {error}"
                ) from None
    finally:
        for writer in writers:
            stop(writer)
    elapsed = time.monotonic() - started
    print(f"{ROUNDS} kills, {reported.count} committed writes checked, {elapsed:.1f} s")
    # The writer went on after reopening a killed database: each round added writes.
    assert len(reported.internships) >= ROUNDS

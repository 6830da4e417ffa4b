"""A writer killed at random moments by ``test_crash_safety``.

Run as ``python crash_writer.py DATABASE VALUES_JSON``: once a line arrives on
its standard input (the test starts the next writer while the current one runs,
so that Python's start-up is not counted in every round), it opens the database,
then loops forever creating an internship (from the form values in
*VALUES_JSON*), saving a mentor evaluation draft of it and saving a visit of it,
all through the services. After each call has returned (its transaction is
committed) it prints one line on stdout, flushed at once:

    committed internship <internship id>
    committed evaluation <internship id> <stage> <evaluation id>
    committed visit <internship id> <visit id>
"""

from __future__ import annotations

import json
import sys
import uuid
from pathlib import Path

from consultant_app.domain.enums import EvaluationStage
from consultant_app.services.internships.records import create_internship
from consultant_app.services.roadmap import save_evaluation_draft, save_visit
from consultant_app.store.database import open_database

VISIT = {
    "kind": "midterm",
    "mode": "video",
    "planned_on": "2021-10-15",
    "done_on": "",
    "attendees": "Mentor and intern",
    "notes": "Going well.",
    "action_points": "",
}


def report(*words: object) -> None:
    sys.stdout.write("committed " + " ".join(str(word) for word in words) + "\n")
    sys.stdout.flush()


def main(argv: list[str]) -> None:
    path, values_json = argv
    values: dict[str, str] = json.loads(values_json)
    if not sys.stdin.readline():
        return  # the test ended before this writer's turn
    database = open_database(Path(path), create=False)
    stage = EvaluationStage.MIDTERM
    counter = 0
    while True:
        counter += 1
        internship_id: uuid.UUID = create_internship(
            database, {**values, "objectives": f"Objectives of round {counter}."}
        )
        report("internship", internship_id)
        evaluation_id = save_evaluation_draft(
            database,
            internship_id,
            stage,
            scores={},
            comments={},
            overall_appreciation=f"Draft {counter}",
            general_comments="Seen on site.",
        )
        report("evaluation", internship_id, stage.value, evaluation_id)
        visit_id = save_visit(database, internship_id, {**VISIT, "notes": f"Visit {counter}."})
        report("visit", internship_id, visit_id)


if __name__ == "__main__":
    main(sys.argv[1:])

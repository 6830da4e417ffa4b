"""Hostile cells: refused at the import's door, or exported so a spreadsheet never runs them.

Decided per column: the names of people (intern, mentor, consultant) are refused when
they start with ``=``, ``+``, ``-`` or ``@`` (a formula is not a name); the host's name,
the function and the other texts are kept as written and exported with an apostrophe
in front. Control characters, bidirectional overrides and zero-width characters are
refused in every cell. Implausible dates and joint committees send the row to the
rejects file, so that the official figures stay true.
"""

from __future__ import annotations

import csv
import itertools
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consultant_app.domain.identifiers import make_enterprise_number, make_niss
from consultant_app.domain.period import Period
from consultant_app.domain.text import FORMULA_STARTS, clean_text, restore_cell
from consultant_app.services.exchange.exports import export_csv
from consultant_app.services.exchange.imports import (
    IMPORT_COLUMNS,
    ImportRefused,
    apply_import,
    plan_import,
    write_rejects,
)
from consultant_app.services.figures.annual import annual_figures
from consultant_app.services.settings.catalogue import seed_catalogue
from consultant_app.store.database import Database, open_database

#: What a spreadsheet reads as a number (the export leaves it as it is).
PLAIN_NUMBER = re.compile(r"-?\d+(?:[.,]\d+)?")
TODAY = date(2026, 6, 15)
ROW: dict[str, str] = {
    "reference": "SM-2025-001",
    "intern_first_name": "Lena",
    "intern_last_name": "Peeters",
    "intern_birth_date": "2003-03-14",
    "intern_gender": "F",
    "intern_language": "NL",
    "intern_national_number": make_niss(date(2003, 3, 14), 24),
    "host_name": "Studio Noord",
    "host_enterprise_number": make_enterprise_number(4_031_707),
    "host_joint_committee": "CP 227",
    "host_language": "NL",
    "function": "Production assistant",
    "start_date": "2025-03-03",
    "end_date": "2025-05-23",
    "status": "completed",
}
HOSTILE_NAMES = ['=HYPERLINK("http://evil.example","x")', "+cmd|' /C calc'!A0", "@SUM(A1:A9)"]
HOSTILE_NAMES += ["-2+3+cmd"]


def row(**changes: str) -> dict[str, str]:
    return {**ROW, **changes}


def write(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=IMPORT_COLUMNS, restval="")
        writer.writeheader()
        writer.writerows(rows)
    return path


def read_cells(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.reader(stream))


def problems(database: Database, path: Path) -> list[tuple[str, str]]:
    plan = plan_import(database, path, today=TODAY)
    return [(p.column, p.code) for p in plan.problems]


@pytest.fixture
def cat_db(db: Database) -> Database:
    with db.unit_of_work() as uow:
        seed_catalogue(uow.session)
        uow.commit()
    return db


# --- refused characters -------------------------------------------------------------

CHARACTERS = [
    ("\x00", "text.control"),
    ("\x1b", "text.control"),
    ("\u202e", "text.bidi"),
    ("\u2066", "text.bidi"),
    ("\u200b", "text.zero_width"),
    ("\ufeff", "text.zero_width"),
]


@pytest.mark.parametrize(("char", "code"), CHARACTERS)
@pytest.mark.parametrize("column", ["intern_last_name", "host_name", "function", "mentor_name"])
def test_a_refused_character_rejects_the_row(
    cat_db: Database, tmp_path: Path, column: str, char: str, code: str
) -> None:
    source = write(tmp_path / "a.csv", [row(**{column: f"Pee{char}ters"})])
    plan = plan_import(cat_db, source, today=TODAY)
    assert [(p.column, p.code) for p in plan.problems] == [(column, code)]
    assert column in plan.problems[0].message and f"U+{ord(char):04X}" in plan.problems[0].message
    with pytest.raises(ImportRefused):
        apply_import(cat_db, plan)
    rejects = read_cells(write_rejects(plan, tmp_path / "rejects.csv"))
    assert len(rejects) == 2 and f"U+{ord(char):04X}" in rejects[1][-1]


def test_tabs_and_line_breaks_in_a_name_become_spaces(cat_db: Database, tmp_path: Path) -> None:
    source = write(tmp_path / "a.csv", [row(intern_last_name="Van\tden\r\nBroeck\n")])
    plan = plan_import(cat_db, source, today=TODAY)
    assert plan.problems == []
    assert plan.rows[0].parsed.intern_last_name == "Van den Broeck"


# --- formulas -----------------------------------------------------------------------


@pytest.mark.parametrize("name", HOSTILE_NAMES)
@pytest.mark.parametrize("column", ["intern_first_name", "intern_last_name", "mentor_name"])
def test_a_formula_is_not_a_persons_name(
    cat_db: Database, tmp_path: Path, column: str, name: str
) -> None:
    source = write(tmp_path / "a.csv", [row(**{column: name})])
    assert problems(cat_db, source) == [(column, "name.formula")]


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_a_host_named_like_a_formula_is_exported_inert_and_reads_back(
    cat_db: Database, tmp_path: Path, name: str
) -> None:
    source = write(
        tmp_path / "a.csv", [row(host_name=name, function=name, function_cluster="production")]
    )
    plan = plan_import(cat_db, source, today=TODAY)
    assert plan.problems == []
    apply_import(cat_db, plan)
    for kind in ("hosts", "internships"):
        output = tmp_path / f"{kind}.csv"
        export_csv(cat_db, kind, output)
        cells = [c for line in read_cells(output) for c in line]
        assert "'" + name in cells
        assert not [c for c in cells if c.startswith(FORMULA_STARTS)]
    again = plan_import(cat_db, tmp_path / "internships.csv", today=TODAY)
    assert again.problems == [] and again.rows[0].parsed.host_name == name
    assert {r.action for r in again.rows} == {"unchanged"}


# --- implausible values -------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "column", "code"),
    [
        ({"end_date": "9999-12-31"}, "end_date", "dates.span"),
        ({"end_date": "2025-09-30"}, "end_date", "dates.span"),  # 30 weeks
        ({"end_date": "2025-03-02"}, "end_date", "dates.order"),
        ({"host_joint_committee": "-227"}, "host_joint_committee", "committee.unknown"),
        ({"host_joint_committee": "=227"}, "host_joint_committee", "committee.unknown"),
    ],
)
def test_implausible_values_are_errors(
    cat_db: Database, tmp_path: Path, changes: dict[str, str], column: str, code: str
) -> None:
    assert problems(cat_db, write(tmp_path / "a.csv", [row(**changes)])) == [(column, code)]


def test_a_longer_maximum_in_settings_allows_a_longer_span(
    cat_db: Database, tmp_path: Path
) -> None:
    from consultant_app.services.settings.programme import save_rules

    source = write(tmp_path / "a.csv", [row(end_date="2025-09-30")])
    save_rules(cat_db, {"max_weeks_per_internship": "26", "max_total_weeks_per_intern": "26"})
    assert problems(cat_db, source) == []


def test_a_row_ending_in_9999_no_longer_changes_the_figures(
    cat_db: Database, tmp_path: Path
) -> None:
    apply_import(cat_db, plan_import(cat_db, write(tmp_path / "a.csv", [row()]), today=TODAY))
    before = annual_figures(cat_db, Period.year(2025), years=1).totals
    assert before.days == 60
    wrong = row(
        reference="SM-2025-002",
        intern_first_name="Emre",
        intern_national_number="",
        start_date="2025-06-02",
        end_date="9999-12-31",
        status="",
    )
    source = write(tmp_path / "b.csv", [row(), wrong])
    plan = plan_import(cat_db, source, today=TODAY)
    assert [(p.line, p.code) for p in plan.problems] == [(3, "dates.span")]
    apply_import(cat_db, plan, skip_invalid=True)
    assert annual_figures(cat_db, Period.year(2025), years=1).totals == before
    rejects = read_cells(write_rejects(plan, tmp_path / "rejects.csv"))
    assert [line[0] for line in rejects[1:]] == ["SM-2025-002"]


# --- hostile cells round-trip import -> export inert --------------------------------

_SAFE_CHARS = st.characters(codec="utf-8", exclude_categories=("Cc", "Cf", "Cs", "Zl", "Zp"))
HOSTILE = st.builds(
    lambda start, rest: start + rest,
    st.sampled_from(["=", "+", "-", "@", "\t=", "\r+", "'=", " -"]),
    st.text(_SAFE_CHARS, min_size=1, max_size=30),
)


@pytest.fixture(scope="module")
def round_trip_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = open_database(tmp_path_factory.mktemp("hostile") / "hostile.db")
    with database.unit_of_work() as uow:
        seed_catalogue(uow.session)
        uow.commit()
    yield database
    database.close()


_NUMBERS = itertools.count(1)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(host_name=HOSTILE, function=HOSTILE)
def test_hostile_cells_round_trip_import_export_inert(
    round_trip_db: Database, tmp_path: Path, host_name: str, function: str
) -> None:
    number = next(_NUMBERS)
    expected = " ".join(clean_text(restore_cell(host_name)).split())
    source = write(
        tmp_path / f"in{number}.csv",
        [
            row(
                reference=f"SM-2025-{number:03d}",
                host_name=host_name,
                host_enterprise_number=make_enterprise_number(5_000_000 + number),
                function=function,
                function_cluster="production",
            )
        ],
    )
    plan = plan_import(round_trip_db, source, today=TODAY)
    apply_import(round_trip_db, plan, skip_invalid=True)
    for kind in ("interns", "hosts", "internships"):
        output = tmp_path / f"{kind}{number}.csv"
        export_csv(round_trip_db, kind, output)
        for cells in read_cells(output):
            # A plain number (a host named "-2") is read as that number, never evaluated.
            assert not [
                c for c in cells if c.startswith(FORMULA_STARTS) and not PLAIN_NUMBER.fullmatch(c)
            ], cells
    if plan.problems:
        return
    again = plan_import(round_trip_db, tmp_path / f"internships{number}.csv", today=TODAY)
    by_reference = {r.reference: r for r in again.rows}
    assert by_reference[f"SM-2025-{number:03d}"].parsed.host_name == expected

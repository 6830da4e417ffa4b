"""The columns of an internships CSV file, and one typed row per line.

The file itself is read by :mod:`consultant_app.services.exchange.csv_file`.
Every problem of a cell is a :class:`RowProblem` with the file line (the header
is line 1), the column, a stable code and an English sentence.

Choices made for the cells:

* gender: ``F``, ``M`` or ``X`` in any case; the Dutch ``V`` (vrouw) is read as
  ``F`` and the French ``H`` (homme) as ``M``, the only letters of the two
  languages that cannot mean something else. Anything else is refused.
* joint committee: ``227`` and ``303.01`` (also ``303,01``), alone or after
  ``CP``, ``PC``, ``SCP`` or ``PSC``, in any case; any other text is the
  "other" committee with the text kept as it was written (``other`` alone
  keeps no text).
* status: a value of :class:`~consultant_app.domain.enums.InternshipStatus`,
  any case, spaces and dashes read as ``_`` (``awaiting signatures``). A row
  with ``terminated_on`` and no status is ``terminated``.
* names: runs of white space (line breaks included) become one space.
* every cell: a control character (NUL included), a bidirectional override or
  isolate and a zero-width character are refused (codes ``text.control``,
  ``text.bidi``, ``text.zero_width``, see
  :func:`~consultant_app.domain.text.clean_text`); an apostrophe the export put
  before ``=``, ``+``, ``-``, ``@`` (:func:`~consultant_app.domain.text.inert_cell`)
  is taken away again.
* the names of people (intern, mentor, consultant) never start with ``=``,
  ``+``, ``-`` or ``@``: such a cell is a formula, not a name (``name.formula``).
  The host's name, the function and the cluster are kept as written; the export
  writes them inert.
* the other joint committee is a committee number (``200``, ``CP 329.01``):
  another text, such as ``-227``, is refused (``committee.unknown``).
* dates: an end before the start (``dates.order``) and an internship spanning more
  than :func:`~consultant_app.domain.programme.longest_span_days` (``dates.span``)
  are refused, so that a wrong date never reaches the official figures.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from consultant_app.domain.contact import parse_email
from consultant_app.domain.enums import (
    Gender,
    InternshipStatus,
    JointCommittee,
    Language,
    LanguageRole,
)
from consultant_app.domain.errors import InvalidValue
from consultant_app.domain.identifiers import parse_enterprise_number, parse_niss
from consultant_app.domain.lifecycle import check_termination
from consultant_app.domain.people import check_birth_date, check_niss_consistency
from consultant_app.domain.programme import DEFAULT_RULES, ProgrammeRules, longest_span_days
from consultant_app.domain.references import format_reference, parse_reference
from consultant_app.domain.text import FORMULA_STARTS, clean_text, restore_cell
from consultant_app.services.forms.parsing import parse_date, parse_enum, shown

T = TypeVar("T")

REQUIRED_COLUMNS: tuple[str, ...] = (
    "reference",
    "intern_first_name",
    "intern_last_name",
    "intern_birth_date",
    "intern_gender",
    "intern_language",
    "host_name",
    "host_enterprise_number",
    "host_joint_committee",
    "host_language",
    "function",
    "start_date",
    "end_date",
)
OPTIONAL_COLUMNS: tuple[str, ...] = (
    "function_cluster",
    "intern_national_number",
    "intern_email",
    "mentor_name",
    "consultant",
    "status",
    "terminated_on",
    "convention_language",
)
#: Every column the import reads, in the order the export writes them.
IMPORT_COLUMNS: tuple[str, ...] = REQUIRED_COLUMNS + OPTIONAL_COLUMNS
#: Columns a rejects file adds; importing a corrected rejects file ignores them silently.
REJECT_COLUMNS: tuple[str, ...] = ("line", "column", "reason")
#: Columns the export writes that the import ignores silently: internships are matched by
#: reference, and a record's id is that of the database it was exported from.
EXPORT_ONLY_COLUMNS: tuple[str, ...] = ("id",)

#: Longest text each column may hold (the database column's length).
MAX_LENGTHS: dict[str, int] = {
    "intern_first_name": 120,
    "intern_last_name": 120,
    "intern_email": 200,
    "host_name": 300,
    "host_joint_committee": 20,
    "function": 200,
    "function_cluster": 200,
    "mentor_name": 241,  # first name (120), a space, last name (120)
    "consultant": 161,  # first name (80), a space, last name (80)
}
#: Longest first and last name of a mentor and of a consultant.
MENTOR_NAME_PART = 120
CONSULTANT_NAME_PART = 80
REFERENCE_MAX_LENGTH = 20

_GENDERS: dict[str, Gender] = {
    "F": Gender.FEMALE,
    "M": Gender.MALE,
    "X": Gender.OTHER,
    "V": Gender.FEMALE,  # vrouw
    "H": Gender.MALE,  # homme
}
_COMMITTEE = re.compile(r"(?:(?:S?CP|PS?C)\s*\.?\s*)?(227|303[.,]01)", re.IGNORECASE)
_OTHER_COMMITTEE = "other"
#: Another joint committee: its number (``200``, ``329.01``), possibly after CP, PC, SCP, PSC.
_ANY_COMMITTEE = re.compile(r"(?:(?:S?CP|PS?C)\s*\.?\s*)?\d{3}(?:[.,]\d{2})?", re.IGNORECASE)
#: Codes of the characters :func:`clean_text` refuses.
_TEXT_CODES = frozenset({"text.control", "text.bidi", "text.zero_width"})
#: Columns holding a person's name.
_PERSON_NAMES = frozenset({"intern_first_name", "intern_last_name", "mentor_name", "consultant"})
_NOT_NAME = re.compile(r"[\s_-]+")


@dataclass(frozen=True, slots=True)
class RowProblem:
    """What is wrong (or worth knowing) about one cell, row or column of the file.

    *line* is the file line (the header is line 1); *column* the column name
    (``""`` for the whole row); *code* a stable code such as ``date.syntax``;
    *message* an English sentence.
    """

    line: int
    column: str
    code: str
    message: str


@dataclass(frozen=True, slots=True)
class ParsedRow:
    """The typed values of one valid row (``None`` for an empty optional cell)."""

    line: int
    reference: str
    intern_first_name: str
    intern_last_name: str
    intern_birth_date: date
    intern_gender: Gender
    intern_language: Language
    intern_national_number: str | None
    intern_email: str | None
    host_name: str
    host_enterprise_number: str
    host_joint_committee: JointCommittee
    host_joint_committee_other: str | None
    host_language: LanguageRole
    function: str
    function_cluster: str | None
    mentor_name: str | None
    consultant: str | None
    start_date: date
    end_date: date
    status: InternshipStatus | None
    terminated_on: date | None
    convention_language: Language | None


# --- cell parsers -----------------------------------------------------------------


def _name(text: str) -> str:
    return " ".join(clean_text(text).split())


def parse_gender(text: str) -> Gender | None:
    kept = text.strip()
    if not kept:
        return None
    gender = _GENDERS.get(kept.upper())
    if gender is None:
        raise InvalidValue(
            f"{shown(kept)} is not a gender: write F, M or X (V and H are read as F and M).",
            "gender.unknown",
            {"value": kept},
        )
    return gender


def parse_committee(text: str) -> tuple[JointCommittee, str | None] | None:
    """The joint committee and, for another committee, its text as written."""
    kept = _name(text)
    if not kept:
        return None
    match = _COMMITTEE.fullmatch(kept)
    if match is not None:
        number = match.group(1)
        if number == "227":
            return JointCommittee.CP_227, None
        return JointCommittee.SCP_303_01, None
    if kept.casefold() == _OTHER_COMMITTEE:
        return JointCommittee.OTHER, None
    return JointCommittee.OTHER, kept


def parse_status(text: str) -> InternshipStatus | None:
    return parse_enum(_NOT_NAME.sub("_", text.strip()), InternshipStatus)


def parse_reference_text(text: str) -> str | None:
    kept = text.strip()
    if not kept:
        return None
    try:
        year, sequence = parse_reference(kept)
        reference = format_reference(year, sequence)
    except ValueError as error:
        raise InvalidValue(str(error), "reference.syntax", {"value": kept}) from None
    if len(reference) > REFERENCE_MAX_LENGTH:
        raise InvalidValue(
            f"The reference {shown(kept)} is too long (at most {REFERENCE_MAX_LENGTH} characters).",
            "reference.syntax",
            {"value": kept},
        )
    return reference


def split_name(text: str) -> tuple[str, str]:
    """``("Jan", "Van den Broeck")`` of ``"Jan Van den Broeck"``: the first word, then the rest."""
    first, _, last = _name(text).partition(" ")
    return first, last


# --- one row ----------------------------------------------------------------------


class _RowReader:
    """Parse the cells of one row, keeping at most one problem per column."""

    def __init__(self, line: int, cells: Mapping[str, str]) -> None:
        self.line = line
        self.cells = cells
        self.problems: list[RowProblem] = []
        self.notices: list[RowProblem] = []
        self.failed: set[str] = set()

    def problem(self, column: str, code: str, message: str) -> None:
        if column not in self.failed:
            self.failed.add(column)
            self.problems.append(RowProblem(self.line, column, code, message))

    def notice(self, column: str, code: str, message: str) -> None:
        self.notices.append(RowProblem(self.line, column, code, message))

    def raw(self, column: str) -> str:
        return restore_cell(self.cells.get(column, ""))

    def read(
        self, column: str, parse: Callable[[str], T | None], *, required: bool = False
    ) -> T | None:
        text = self.raw(column)
        if not text.strip():
            if required:
                self.problem(column, "required", f"{column} is required; the cell is empty.")
            return None
        try:
            value = parse(clean_text(text))
        except InvalidValue as error:
            message = f"{column} {error.message}" if error.code in _TEXT_CODES else error.message
            self.problem(column, error.code, message)
            return None
        except ValueError as error:  # a parser's plain ValueError: still a clear sentence
            self.problem(column, "value.invalid", str(error))
            return None
        if value is None and required:
            self.problem(column, "required", f"{column} is required; the cell is empty.")
        return value

    def text(self, column: str, *, required: bool = False) -> str | None:
        def parse(text: str) -> str:
            kept = _name(text)
            if column in _PERSON_NAMES and kept.startswith(FORMULA_STARTS):
                raise InvalidValue(
                    f"{column} {shown(kept)} is not a name: a name does not start with "
                    f"{kept[0]!r} (a spreadsheet would read it as a formula).",
                    "name.formula",
                    {"value": kept},
                )
            limit = MAX_LENGTHS.get(column)
            if limit is not None and len(kept) > limit:
                raise InvalidValue(
                    f"{column} has at most {limit} characters; got {len(kept)}.",
                    "text.length",
                    {"max": limit, "got": len(kept)},
                )
            return kept

        return self.read(column, parse, required=required)


def _person_name(reader: _RowReader, column: str, part_limit: int) -> str | None:
    name = reader.text(column)
    if name is None:
        return None
    first, last = split_name(name)
    if len(first) > part_limit or len(last) > part_limit:
        reader.problem(
            column,
            "text.length",
            f"{column}: a first or last name has at most {part_limit} characters.",
        )
        return None
    return name


def parse_row(
    line: int, cells: Mapping[str, str], today: date, rules: ProgrammeRules = DEFAULT_RULES
) -> tuple[ParsedRow | None, list[RowProblem], list[RowProblem]]:
    """The typed row (``None`` when a cell is wrong), its problems and its notices.

    *rules* bound the span of an internship (:func:`longest_span_days`).
    """
    r = _RowReader(line, cells)
    reference = r.read("reference", parse_reference_text, required=True)
    first = r.text("intern_first_name", required=True)
    last = r.text("intern_last_name", required=True)

    def birth_date(text: str) -> date | None:
        birth = parse_date(text)
        if birth is not None:
            check_birth_date(birth, today)
        return birth

    birth = r.read("intern_birth_date", birth_date, required=True)
    gender = r.read("intern_gender", parse_gender, required=True)
    language = r.read("intern_language", lambda t: parse_enum(t, Language), required=True)
    niss = r.read("intern_national_number", parse_niss)
    if niss is not None:
        for problem in check_niss_consistency(niss, birth, gender):
            r.notice("intern_national_number", problem.code, problem.message)
    email = r.read("intern_email", parse_email)
    if email is not None and len(email) > MAX_LENGTHS["intern_email"]:
        r.problem(
            "intern_email",
            "text.length",
            f"intern_email has at most {MAX_LENGTHS['intern_email']} characters.",
        )
    host_name = r.text("host_name", required=True)
    enterprise = r.read("host_enterprise_number", parse_enterprise_number, required=True)
    committee = r.read("host_joint_committee", parse_committee, required=True)
    if committee is not None and committee[1] is not None:
        limit = MAX_LENGTHS["host_joint_committee"]
        if len(committee[1]) > limit:
            r.problem(
                "host_joint_committee",
                "text.length",
                f"Another joint committee is kept as written in at most {limit} characters; "
                f"got {len(committee[1])}.",
            )
        elif not _ANY_COMMITTEE.fullmatch(committee[1]):
            r.problem(
                "host_joint_committee",
                "committee.unknown",
                f"{shown(committee[1])} is not a joint committee: write its number "
                "(227, 303.01, 200, CP 329.01) or 'other'.",
            )
    host_language = r.read("host_language", lambda t: parse_enum(t, LanguageRole), required=True)
    function = r.text("function", required=True)
    cluster = r.text("function_cluster")
    mentor = _person_name(r, "mentor_name", MENTOR_NAME_PART)
    consultant = _person_name(r, "consultant", CONSULTANT_NAME_PART)
    start = r.read("start_date", parse_date, required=True)
    end = r.read("end_date", parse_date, required=True)
    if start is not None and end is not None and end < start:
        r.problem(
            "end_date",
            "dates.order",
            f"The end date {end.isoformat()} is before the start date {start.isoformat()}.",
        )
    elif start is not None and end is not None:
        days, longest = (end - start).days + 1, longest_span_days(rules)
        if days > longest:
            r.problem(
                "end_date",
                "dates.span",
                f"From {start.isoformat()} to {end.isoformat()} is {days} days; an internship "
                f"spans at most {longest} days ({rules.max_weeks_per_internship} weeks and "
                "its extensions). Check the dates.",
            )
    status = r.read("status", parse_status)
    terminated_on = r.read("terminated_on", parse_date)
    if terminated_on is not None and not r.raw("status").strip():
        status = InternshipStatus.TERMINATED
    if terminated_on is not None and status not in (None, InternshipStatus.TERMINATED):
        r.problem(
            "terminated_on",
            "terminated_on.status",
            f"terminated_on is only given for a terminated internship; the status is {status}.",
        )
    elif status is InternshipStatus.TERMINATED and terminated_on is None:
        if not r.raw("terminated_on").strip():
            r.problem(
                "terminated_on",
                "terminated_on.required",
                "A terminated internship needs its last day in terminated_on.",
            )
    elif terminated_on is not None and start is not None and end is not None and start <= end:
        try:
            check_termination(start, end, terminated_on)
        except InvalidValue as error:
            r.problem("terminated_on", error.code, error.message)
    convention_language = r.read("convention_language", lambda t: parse_enum(t, Language))
    if r.problems:
        return None, r.problems, r.notices
    assert reference is not None and first is not None and last is not None
    assert birth is not None and gender is not None and language is not None
    assert host_name is not None and enterprise is not None and committee is not None
    assert host_language is not None and function is not None
    assert start is not None and end is not None
    row = ParsedRow(
        line=line,
        reference=reference,
        intern_first_name=first,
        intern_last_name=last,
        intern_birth_date=birth,
        intern_gender=gender,
        intern_language=language,
        intern_national_number=niss,
        intern_email=email,
        host_name=host_name,
        host_enterprise_number=enterprise,
        host_joint_committee=committee[0],
        host_joint_committee_other=committee[1],
        host_language=host_language,
        function=function,
        function_cluster=cluster,
        mentor_name=mentor,
        consultant=consultant,
        start_date=start,
        end_date=end,
        status=status,
        terminated_on=terminated_on,
        convention_language=convention_language,
    )
    return row, r.problems, r.notices

"""Matching the rows of an internships import with what the database holds.

Everything the matching needs is read first, in a few statements, into
dictionaries: interns by national number and by name and birth date, hosts by
enterprise number, functions and clusters by their names in every language
(and code), mentors by host and name, consultants by name, internships by
reference. Each row is then matched in memory, so that a file of thousands of
rows costs no query per row.

The result is a :class:`~consultant_app.services.exchange.planned.Resolution`:
for every record the import touches, its stored values (``None`` for a new
one) and the values the file wants, from which the action (create, update,
unchanged) follows.

Matching rules:

* an intern by national number; else by first name, last name and birth date
  (without accents or case), provided the national numbers do not differ;
* a host by enterprise number;
* a function by its name in Dutch, French or English, or its code (without
  accents or case); an unknown one is created under ``function_cluster``
  (a cluster's name in any language, or its code);
* a mentor by full name among the host's mentors; a consultant by full name;
  both are created when unknown;
* an internship by reference.

An empty optional cell never clears a stored value; how a new internship gets
its status, its ends and its convention language is told in
:mod:`~consultant_app.services.exchange.match_internships`.

A row that gives an intern or a host other values than an earlier row of the
same file wins (the later row is kept), with a notice.

Each kind of record is matched by its own collaborator: interns and
consultants in :mod:`~consultant_app.services.exchange.match_people`, hosts
and mentors in :mod:`~consultant_app.services.exchange.match_hosts`, functions
in :mod:`~consultant_app.services.exchange.match_functions`, internships in
:mod:`~consultant_app.services.exchange.match_internships`; the programme
rules are checked in :mod:`~consultant_app.services.exchange.rule_checks`.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date

from sqlalchemy.orm import Session

from consultant_app.domain.programme import ProgrammeRules
from consultant_app.services.exchange.changes import label
from consultant_app.services.exchange.match_functions import CatalogueKeys, Functions
from consultant_app.services.exchange.match_hosts import Hosts
from consultant_app.services.exchange.match_internships import Internships
from consultant_app.services.exchange.match_people import Consultants, Interns
from consultant_app.services.exchange.parse import ParsedRow, RowProblem
from consultant_app.services.exchange.planned import Planned, Resolution
from consultant_app.services.exchange.rule_checks import rule_warnings


class Resolver:
    """Reads the keys of the database once, then matches rows in memory."""

    def __init__(self, session: Session, today: date, catalogue: CatalogueKeys) -> None:
        self.today = today
        self.result = Resolution()
        self.interns = Interns(session, self.result)
        self.hosts = Hosts(session, self.result)
        self.consultants = Consultants(session, self.result)
        self.functions = Functions(catalogue, self.result)
        self.internships = Internships(session, today)

    def resolve(self, rows: Iterable[ParsedRow]) -> Resolution:
        """Match *rows* in order; a row that cannot be matched is a problem of the result."""
        result = self.result
        for row in rows:
            refusal = self.internships.refusal(row)
            if refusal is not None:
                result.problems.append(refusal)
                continue
            stored = self.internships.by_reference.get(row.reference)
            if stored is not None and stored.current is not None:
                conflict = self.interns.conflict(row, stored.current["intern_id"])
                if conflict is not None:
                    result.problems.append(conflict)
                    continue
            index = len(result.rows)
            function = self.functions.match(row, index)
            if isinstance(function, RowProblem):
                result.problems.append(function)
                continue
            intern = self.interns.match(row, index)
            host = self.hosts.match(row, index)
            mentor = self.hosts.mentor(row, host, index)
            consultant = self.consultants.match(row, index)
            internship = self.internships.match(row, intern, host, function, mentor, consultant)
            internship.first_row = index
            result.rows.append(row)
            result.internships.append(internship)
        return result

    def labels(self) -> dict[uuid.UUID, str]:
        """A short name of every record known to the matching, by id (for the list of changes)."""
        records: list[Planned] = [
            *self.interns.by_id.values(),
            *self.hosts.by_number.values(),
            *self.hosts.mentors.values(),
            *self.consultants.by_name.values(),
            *(f for functions in self.functions.by_key.values() for f in functions.values()),
        ]
        for used in self.result.used.values():
            records.extend(used)
        return {record.id: label(record) for record in records}

    def rule_warnings(self, rules: ProgrammeRules) -> list[RowProblem]:
        """The programme rules the resolved rows fail (they are imported all the same)."""
        return rule_warnings(
            self.result,
            self.internships.by_reference.values(),
            self.internships.breaks,
            self.hosts.fte,
            rules,
        )

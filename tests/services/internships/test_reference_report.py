"""The figures of the final report 2020-2022 (section 3), rebuilt from generated internships.

The report gives, per year and language role, internship weeks and days
(days = weeks x 5; FTE = days / 220 with one decimal):

====  ==============  ==============  ===============
year  NL weeks/days   FR weeks/days   total
====  ==============  ==============  ===============
2020  341 / 1,705     35 / 175        376 / 1,880 (8.5 FTE)
2021  465 / 2,325     81 / 405        546 / 2,730 (12.4 FTE)
2022  55 / 275        33 / 165        88 / 440 (to 31 March)
====  ==============  ==============  ===============

and 136 conventions from 1 January 2020 to 31 March 2022: 74 in 2021 (68 in
CP 227, 6 in SCP 303.01) and 10 in the first quarter of 2022 (8 NL, 2 FR),
hence 52 in 2020; 91 women and 45 men; 49 hosts (38 NL, 11 FR; 45 in CP 227,
4 in SCP 303.01), only one of them in SCP 303.01 in 2020.

The report does not split the 2020 and 2021 conventions by language: this
test takes 44 NL + 8 FR and 62 NL + 12 FR. Its total of "1.010 semaines ...
22,9 ETP (5020 jours/220)" does not add up (1,010 weeks are 5,050 days, 23.0
FTE rounded); the yearly rows do, and they are what is checked here.

The generated data has what real data has: internships over New Year (from
2019 into 2020, 2020 into 2021, 2021 into 2022), one ending after 31 March
2022, a terminated one, an interruption, a convention awaiting signatures,
and cancelled and deleted internships that must not count.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from itertools import count

import pytest
from sqlalchemy.orm import Session

from consultant_app.domain.enums import (
    Gender,
    InternshipStatus,
    InterruptionKind,
    JointCommittee,
    Language,
    LanguageRole,
)
from consultant_app.domain.figures import Figures
from consultant_app.domain.period import Period
from consultant_app.domain.workdays import add_working_days, next_working_day, working_days
from consultant_app.services.figures.annual import AnnualFigures, annual_figures
from consultant_app.store.database import Database
from consultant_app.store.models import (
    Cluster,
    Function,
    Host,
    Intern,
    Internship,
    Interruption,
    utcnow,
)

S = InternshipStatus
NL, FR = "NL", "FR"
#: The report's table "Évolutions semaines de stages 2020 - 2022 (310322)": (weeks, days).
REPORT_TABLE = {
    2020: {NL: (341, 1705), FR: (35, 175), "total": (376, 1880)},
    2021: {NL: (465, 2325), FR: (81, 405), "total": (546, 2730)},
    2022: {NL: (55, 275), FR: (33, 165), "total": (88, 440)},
}
REPORT_FTE = {2020: Decimal("8.5"), 2021: Decimal("12.4")}
#: The columns of that table: the calendar years, the last one to 31 March 2022.
WINDOWS = {
    2020: Period.year(2020),
    2021: Period.year(2021),
    2022: Period(date(2022, 1, 1), date(2022, 3, 31)),
}
REFERENCE_PERIOD = Period(date(2020, 1, 1), date(2022, 3, 31))
#: Conventions per year and language (the 2020 and 2021 split is this test's choice).
CONVENTIONS = {2020: {NL: 44, FR: 8}, 2021: {NL: 62, FR: 12}, 2022: {NL: 8, FR: 2}}
#: Conventions with a host in SCP 303.01, per year and language.
FILM_CONVENTIONS = {2020: {NL: 1, FR: 0}, 2021: {NL: 4, FR: 2}, 2022: {NL: 0, FR: 0}}
#: Hosts per (language, joint committee): 38 NL and 11 FR; 45 in CP 227 and 4 in SCP 303.01.
HOSTS = {
    (NL, JointCommittee.CP_227): 35,
    (NL, JointCommittee.SCP_303_01): 3,
    (FR, JointCommittee.CP_227): 10,
    (FR, JointCommittee.SCP_303_01): 1,
}
#: The longest internship the generator makes, in working days (12 weeks).
LONGEST = 60


@dataclass
class Planned:
    start: date
    end: date
    language: str
    status: InternshipStatus = S.COMPLETED
    actual_end: date | None = None
    breaks: tuple[tuple[date, date], ...] = ()
    film: bool = False
    deleted: bool = False
    #: Whether it is one of the report's conventions (starts in the reference period).
    convention: bool = field(init=False)

    def __post_init__(self) -> None:
        self.convention = (
            self.start in REFERENCE_PERIOD and self.status != S.CANCELLED and not self.deleted
        )

    def days_in(self, window: Period) -> int:
        if self.deleted or self.status not in {S.SIGNED, S.RUNNING, S.COMPLETED, S.TERMINATED}:
            return 0
        return working_days(self.start, self.actual_end or self.end, self.breaks, within=window)


def _weeks(start: date, days: int) -> date:
    """The last day of an internship of *days* working days from *start*."""
    return add_working_days(start, days)


def _special() -> list[Planned]:
    """Internships with something particular; the others are generated around them."""
    return [
        # Started in 2019: days in 2020, no convention of the period.
        Planned(date(2019, 11, 4), _weeks(date(2019, 11, 4), LONGEST), NL),
        Planned(date(2019, 11, 4), _weeks(date(2019, 11, 4), LONGEST), NL),
        # Terminated after three weeks of twelve.
        Planned(
            date(2020, 3, 2),
            _weeks(date(2020, 3, 2), LONGEST),
            NL,
            status=S.TERMINATED,
            actual_end=date(2020, 3, 20),
        ),
        # A week of sickness.
        Planned(
            date(2020, 4, 6),
            _weeks(date(2020, 4, 6), 50),
            NL,
            breaks=((date(2020, 4, 20), date(2020, 4, 24)),),
        ),
        # Over New Year, 2020 into 2021 and 2021 into 2022.
        Planned(date(2020, 11, 16), _weeks(date(2020, 11, 16), LONGEST), FR),
        Planned(date(2021, 11, 22), _weeks(date(2021, 11, 22), LONGEST), FR),
        Planned(date(2021, 11, 22), _weeks(date(2021, 11, 22), LONGEST), FR),
        Planned(date(2021, 12, 6), _weeks(date(2021, 12, 6), 40), NL),
        # Still running on 31 March 2022; a convention awaiting signatures.
        Planned(date(2022, 3, 7), _weeks(date(2022, 3, 7), LONGEST), NL, status=S.RUNNING),
        Planned(date(2022, 3, 21), _weeks(date(2022, 3, 21), 40), NL, S.AWAITING_SIGNATURES),
        # Never counted.
        Planned(date(2020, 6, 1), date(2020, 7, 31), NL, status=S.CANCELLED),
        Planned(date(2021, 5, 3), date(2021, 6, 25), FR, status=S.CANCELLED),
        Planned(date(2021, 9, 6), date(2021, 10, 29), NL, status=S.SIGNED, deleted=True),
    ]


def _lengths(total: int, parts: int) -> list[int]:
    """*total* days in *parts* internships, as even as can be."""
    base, extra = divmod(total, parts)
    return [base + 1 if n < extra else base for n in range(parts)]


def _plan() -> list[Planned]:
    """Every internship: the special ones, then regular ones that make up the report's days."""
    planned = _special()
    for year, window in WINDOWS.items():
        first_monday = next_working_day(window.start)
        for language in (NL, FR):
            counted = [p for p in planned if p.language == language]
            days = sum(p.days_in(window) for p in counted)
            conventions = sum(p.convention and p.start in window for p in counted)
            parts = CONVENTIONS[year][language] - conventions
            lengths = _lengths(REPORT_TABLE[year][language][1] - days, parts)
            assert all(0 < n <= LONGEST for n in lengths), (year, language, lengths)
            films = FILM_CONVENTIONS[year][language]
            for n, length in enumerate(lengths):
                # Starts spread over the window, always ending inside it.
                start = first_monday + timedelta(weeks=(3 * n) % 40)
                while _weeks(start, length) > window.end:
                    start -= timedelta(weeks=1)
                assert start >= window.start
                planned.append(Planned(start, _weeks(start, length), language, film=n < films))
    return planned


def _store(db: Database, planned: list[Planned]) -> None:
    with db.unit_of_work() as uow:
        session = uow.session
        cluster = Cluster(
            code="production", name_nl="Productie", name_fr="Production", name_en="Production"
        )
        function = Function(
            cluster=cluster,
            code="production_assistant",
            name_nl="Productieassistent",
            name_fr="Assistant de production",
            name_en="Production assistant",
        )
        session.add_all([cluster, function])
        hosts = _hosts(session)
        used = {key: count() for key in hosts}
        genders = count()
        references = count(1)
        for plan in sorted(planned, key=lambda p: (p.start, p.language)):
            committee = JointCommittee.SCP_303_01 if plan.film else JointCommittee.CP_227
            group = hosts[(plan.language, committee)]
            # Every third convention of the period is a man's: 45 of 136.
            male = plan.convention and next(genders) % 3 == 2
            intern = Intern(
                first_name="Intern",
                last_name=f"N{next(references)}",
                birth_date=date(1998, 5, 1),
                gender=Gender.MALE if male else Gender.FEMALE,
                language=Language(plan.language),
            )
            internship = Internship(
                reference=f"SM-{plan.start.year}-{next(references):04d}",
                intern=intern,
                host=group[next(used[(plan.language, committee)]) % len(group)],
                function=function,
                start_date=plan.start,
                planned_end_date=plan.end,
                actual_end_date=plan.actual_end,
                status=plan.status,
                convention_language=Language(plan.language),
                deleted_at=utcnow() if plan.deleted else None,
            )
            session.add_all([intern, internship])
            for first, last in plan.breaks:
                session.add(
                    Interruption(
                        internship=internship,
                        kind=InterruptionKind.SICKNESS,
                        start_date=first,
                        end_date=last,
                    )
                )
        uow.commit()


def _hosts(session: Session) -> dict[tuple[str, JointCommittee], list[Host]]:
    hosts: dict[tuple[str, JointCommittee], list[Host]] = {}
    for (language, committee), number in HOSTS.items():
        hosts[(language, committee)] = [
            Host(
                name=f"{language} {committee.value} host {n:02d}",
                language_role=LanguageRole(language),
                joint_committee=committee,
            )
            for n in range(number)
        ]
        session.add_all(hosts[(language, committee)])
    return hosts


@pytest.fixture
def report_db(db: Database) -> Database:
    _store(db, _plan())
    return db


def _check_row(figures: Figures, weeks: int, days: int) -> None:
    assert figures.days == days
    assert figures.weeks == weeks


@pytest.mark.parametrize("year", [2020, 2021])
def test_a_year_of_the_report(report_db: Database, year: int) -> None:
    figures = annual_figures(report_db, Period.year(year))
    row = REPORT_TABLE[year]
    assert figures.totals.conventions == sum(CONVENTIONS[year].values())
    for language in (NL, FR):
        _check_row(figures.by_language[language], *row[language])
        assert figures.by_language[language].conventions == CONVENTIONS[year][language]
    _check_row(figures.totals, *row["total"])
    assert figures.totals.fte == REPORT_FTE[year]


def test_the_languages_fte_of_the_report_years(report_db: Database) -> None:
    """7.75 and 0.795 FTE in 2020, 10.57 and 1.84 in 2021, to one decimal."""
    first = annual_figures(report_db, Period.year(2020)).by_language
    second = annual_figures(report_db, Period.year(2021)).by_language
    assert (first[NL].fte, first[FR].fte) == (Decimal("7.8"), Decimal("0.8"))
    assert (second[NL].fte, second[FR].fte) == (Decimal("10.6"), Decimal("1.8"))


def test_the_joint_committees_of_2021_and_2020(report_db: Database) -> None:
    figures = annual_figures(report_db, Period.year(2021))
    assert figures.by_joint_committee["227"].conventions == 68
    assert figures.by_joint_committee["303.01"].conventions == 6
    assert figures.by_joint_committee["other"] == Figures()
    earlier = annual_figures(report_db, Period.year(2020))
    assert sum(host.joint_committee == "303.01" for host in earlier.hosts) == 1


def test_the_first_quarter_of_2022(report_db: Database) -> None:
    figures = annual_figures(report_db, WINDOWS[2022])
    assert figures.totals.conventions == 10
    assert figures.by_language[NL].conventions == 8
    assert figures.by_language[FR].conventions == 2
    _check_row(figures.by_language[NL], *REPORT_TABLE[2022][NL])
    _check_row(figures.by_language[FR], *REPORT_TABLE[2022][FR])
    _check_row(figures.totals, *REPORT_TABLE[2022]["total"])


def test_the_reports_table_and_period(report_db: Database) -> None:
    figures: AnnualFigures = annual_figures(report_db, REFERENCE_PERIOD, years=3)
    table = {line.year: {NL: line.nl, FR: line.fr, "total": line.total} for line in figures.years}
    assert list(table) == [2020, 2021, 2022]
    for year, row in REPORT_TABLE.items():
        for key, (weeks, days) in row.items():
            _check_row(table[year][key], weeks, days)
    # 136 conventions, 1,010 weeks; 91 women and 45 men.
    assert figures.totals.conventions == 136
    assert figures.totals.weeks == 1010
    assert figures.by_gender == {
        "F": Figures(91, figures.by_gender["F"].days),
        "M": Figures(45, figures.by_gender["M"].days),
        "X": Figures(),
    }
    # 49 hosts: 38 NL and 11 FR, 45 in CP 227 and 4 in SCP 303.01.
    assert len(figures.hosts) == 49
    assert sum(host.language == NL for host in figures.hosts) == 38
    assert sum(host.language == FR for host in figures.hosts) == 11
    assert sum(host.joint_committee == "227" for host in figures.hosts) == 45
    assert sum(host.joint_committee == "303.01" for host in figures.hosts) == 4

"""The yearly figures of the fund: each definition, the outputs, and a recount in plain Python."""

from __future__ import annotations

import csv
import io
import json
import stat
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader
from sqlalchemy import create_engine, literal, select
from sqlalchemy.orm import Session, selectinload

from consultant_app.demo import generate_demo
from consultant_app.documents.annual_data import AnnualReportData, CandidateLine, HostLine
from consultant_app.domain.enums import (
    COUNTED_STATUSES,
    Gender,
    InternshipStatus,
    InterruptionKind,
    JobSeekerAgency,
    JointCommittee,
    Language,
    LanguageRole,
)
from consultant_app.domain.figures import Figures
from consultant_app.domain.period import Period
from consultant_app.domain.workdays import count_weekdays, working_days
from consultant_app.services.figures.annual import (
    ANNUAL_REPORT_KIND,
    CSV_COLUMNS,
    AnnualFigures,
    CandidateYear,
    HostFigures,
    YearFigures,
    annual_figures,
    as_json,
    csv_text,
    issue_annual_report,
    report_data,
    write_csv,
    year_periods,
)
from consultant_app.services.figures.language import reporting_language
from consultant_app.services.figures.sql import weekdays
from consultant_app.services.people.interns import intern_eligibility
from consultant_app.store.database import Database
from consultant_app.store.models import (
    Cluster,
    Function,
    Host,
    Intern,
    Internship,
    Interruption,
    IssuedDocument,
    utcnow,
)
from consultant_app.store.settings import set_value

S = InternshipStatus
Y2021 = Period.year(2021)
#: Monday 1 to Friday 26 February 2021: 20 working days.
FEB = (date(2021, 2, 1), date(2021, 2, 26))


class Builder:
    """Adds clusters, hosts, interns and internships to one session."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.count = 0
        self.functions: dict[str, Function] = {}
        self.function = self.cluster("production", "Production", "Productie", "Production", 5)
        self.default_host = self.host("Default host")

    def cluster(
        self, code: str, en: str, nl: str, fr: str, position: int = 0, *, deleted: bool = False
    ) -> Function:
        cluster = Cluster(
            code=code,
            name_en=en,
            name_nl=nl,
            name_fr=fr,
            position=position,
            deleted_at=utcnow() if deleted else None,
        )
        function = Function(
            cluster=cluster, code=f"{code}_function", name_nl=nl, name_fr=fr, name_en=en
        )
        self.session.add_all([cluster, function])
        self.functions[code] = function
        return function

    def host(
        self,
        name: str,
        role: LanguageRole = LanguageRole.NL,
        committee: JointCommittee = JointCommittee.CP_227,
    ) -> Host:
        host = Host(name=name, language_role=role, joint_committee=committee)
        self.session.add(host)
        return host

    def intern(
        self,
        gender: Gender = Gender.FEMALE,
        language: Language = Language.NL,
        *,
        registered_on: date | None = None,
        birth_date: date = date(2000, 1, 1),
        agency: JobSeekerAgency | None = None,
        deleted: bool = False,
    ) -> Intern:
        self.count += 1
        intern = Intern(
            first_name="Intern",
            last_name=f"N{self.count}",
            birth_date=birth_date,
            gender=gender,
            language=language,
            registered_on=registered_on,
            jobseeker_agency=agency,
            deleted_at=utcnow() if deleted else None,
        )
        self.session.add(intern)
        return intern

    def internship(
        self,
        start: date,
        end: date,
        *,
        status: InternshipStatus = S.COMPLETED,
        host: Host | None = None,
        intern: Intern | None = None,
        function: Function | None = None,
        **values: Any,
    ) -> Internship:
        self.count += 1
        values.setdefault("convention_language", Language.NL)
        internship = Internship(
            reference=f"SM-{start.year}-{self.count:04d}",
            intern=intern or self.intern(),
            host=host or self.default_host,
            function=function or self.function,
            start_date=start,
            planned_end_date=end,
            status=status,
            **values,
        )
        self.session.add(internship)
        return internship

    def interruption(
        self, internship: Internship, start: date, end: date, *, deleted: bool = False
    ) -> None:
        self.session.add(
            Interruption(
                internship=internship,
                kind=InterruptionKind.SICKNESS,
                start_date=start,
                end_date=end,
                deleted_at=utcnow() if deleted else None,
            )
        )


def build(db: Database, fill: Any) -> None:
    with db.unit_of_work() as uow:
        fill(Builder(uow.session))
        uow.commit()


# --- conventions and days ----------------------------------------------------------------


def test_cancelled_internships_are_no_conventions_but_drafts_are(db: Database) -> None:
    def fill(b: Builder) -> None:
        for status in InternshipStatus:
            b.internship(*FEB, status=status)
        b.internship(*FEB, deleted_at=utcnow())

    build(db, fill)
    figures = annual_figures(db, Y2021)
    # Every status but cancelled is a convention; the deleted one is not.
    assert figures.totals.conventions == 6
    # Days only for signed, running, completed and terminated: 4 x 20.
    assert figures.totals == Figures(conventions=6, days=80)
    assert figures.by_language == {"NL": Figures(6, 80), "FR": Figures()}


def test_days_count_only_from_signed_on(db: Database) -> None:
    def fill(b: Builder) -> None:
        b.internship(*FEB, status=S.DRAFT)
        b.internship(*FEB, status=S.AWAITING_SIGNATURES)
        b.internship(*FEB, status=S.SIGNED)

    build(db, fill)
    assert annual_figures(db, Y2021).totals == Figures(conventions=3, days=20)


def test_an_internship_counts_to_its_actual_end(db: Database) -> None:
    def fill(b: Builder) -> None:
        # Planned to the end of April, terminated after two weeks.
        b.internship(
            date(2021, 2, 1),
            date(2021, 4, 30),
            status=S.TERMINATED,
            actual_end_date=date(2021, 2, 12),
        )
        # Completed one week later than planned.
        b.internship(*FEB, status=S.COMPLETED, actual_end_date=date(2021, 3, 5))

    build(db, fill)
    assert annual_figures(db, Y2021).totals == Figures(conventions=2, days=10 + 25)


def test_an_internship_over_new_year_counts_in_both_years(db: Database) -> None:
    build(db, lambda b: b.internship(date(2020, 12, 14), date(2021, 3, 5), status=S.RUNNING))
    assert annual_figures(db, Period.year(2020)).totals == Figures(conventions=1, days=14)
    assert annual_figures(db, Y2021).totals == Figures(conventions=0, days=46)
    # Any period: Mon 21 Dec 2020 to Fri 8 Jan 2021 holds 5 + 4 + 1 + 5 working days.
    around = Period(date(2020, 12, 21), date(2021, 1, 8))
    assert annual_figures(db, around).totals == Figures(conventions=0, days=15)


def test_live_interruptions_are_not_counted(db: Database) -> None:
    def fill(b: Builder) -> None:
        february = b.internship(*FEB)
        # Mon-Wed and Tue-Thu overlap: four days off, not six.
        b.interruption(february, date(2021, 2, 8), date(2021, 2, 10))
        b.interruption(february, date(2021, 2, 9), date(2021, 2, 11))
        b.interruption(february, date(2021, 2, 15), date(2021, 2, 19), deleted=True)
        # A sick fortnight astride New Year: Mon 28 Dec 2020 to Fri 8 Jan 2021.
        winter = b.internship(date(2020, 12, 14), date(2021, 1, 15), host=b.host("Winter"))
        b.interruption(winter, date(2020, 12, 28), date(2021, 1, 8))

    build(db, fill)
    figures = annual_figures(db, Y2021)
    assert figures.totals == Figures(conventions=1, days=16 + (11 - 6))
    assert annual_figures(db, Period.year(2020)).totals == Figures(1, 14 - 4)
    hosts = {host.name: host.days for host in figures.hosts}
    assert hosts == {"Default host": 16, "Winter": 5}


def test_sql_weekdays_is_the_closed_formula_of_the_domain() -> None:
    engine = create_engine("sqlite://")

    @given(
        st.dates(date(1990, 1, 1), date(2040, 12, 31)),
        st.integers(min_value=-10, max_value=800),
    )
    def check(first: date, length: int) -> None:
        last = first + timedelta(days=length)
        expression = weekdays(literal(first.isoformat()), literal(last.isoformat()))
        with engine.connect() as connection:
            assert connection.execute(select(expression)).scalar_one() == count_weekdays(
                first, last
            )

    check()


# --- splits -------------------------------------------------------------------------------


def test_language_is_the_hosts_role_or_for_a_bilingual_host_the_conventions(
    db: Database,
) -> None:
    week = (date(2021, 2, 1), date(2021, 2, 5))  # 5 working days

    def fill(b: Builder) -> None:
        nl = b.host("Vlaamse studio", LanguageRole.NL)
        fr = b.host("Studio wallon", LanguageRole.FR)
        both = b.host("Brussels studio", LanguageRole.BILINGUAL)
        b.internship(*week, host=nl, convention_language=Language.FR)
        b.internship(*week, host=fr, convention_language=Language.NL)
        b.internship(*week, host=both, convention_language=Language.NL)
        b.internship(*week, host=both, convention_language=Language.FR)
        b.internship(*week, host=both, convention_language=Language.EN)

    build(db, fill)
    figures = annual_figures(db, Y2021)
    assert figures.by_language == {"NL": Figures(2, 10), "FR": Figures(3, 15)}
    assert figures.totals == figures.by_language["NL"] + figures.by_language["FR"]
    # The bilingual host is listed under the language of most of its days.
    assert [(h.name, h.language) for h in figures.hosts] == [
        ("Brussels studio", "FR"),
        ("Studio wallon", "FR"),
        ("Vlaamse studio", "NL"),
    ]


def test_joint_committees_and_genders(db: Database) -> None:
    def fill(b: Builder) -> None:
        film = b.host("Film", committee=JointCommittee.SCP_303_01)
        other = b.host("Other", committee=JointCommittee.OTHER)
        b.internship(*FEB, intern=b.intern(Gender.FEMALE))
        b.internship(*FEB, host=film, intern=b.intern(Gender.MALE))
        b.internship(*FEB, host=other, intern=b.intern(Gender.OTHER))
        b.internship(*FEB, host=other, intern=b.intern(Gender.OTHER), status=S.DRAFT)

    build(db, fill)
    figures = annual_figures(db, Y2021)
    assert figures.by_joint_committee == {
        "227": Figures(1, 20),
        "303.01": Figures(1, 20),
        "other": Figures(2, 20),
    }
    assert figures.by_gender == {"F": Figures(1, 20), "M": Figures(1, 20), "X": Figures(2, 20)}
    document = as_json(figures)
    assert document["by_joint_committee"]["other"] == {
        "conventions": 2,
        "days": 20,
        "weeks": 4.0,
        "fte": 0.1,
    }
    assert document["by_gender"]["X"]["conventions"] == 2


def test_clusters_in_the_catalogues_order_with_their_names(db: Database) -> None:
    def fill(b: Builder) -> None:
        audio = b.cluster("audio", "Audio", "Audio", "Audio", 1)
        editorial = b.cluster("editorial", "Editorial & research", "Redactie", "Rédaction", 2)
        b.cluster("retired", "Retired", "Oud", "Ancien", 3, deleted=True)
        old = b.cluster("old", "Old", "Vroeger", "Autrefois", 4, deleted=True)
        b.internship(*FEB, function=audio)
        b.internship(*FEB, function=audio, status=S.DRAFT)
        b.internship(*FEB, function=editorial)
        b.internship(*FEB, function=old)
        b.internship(*FEB)  # production

    build(db, fill)
    figures = annual_figures(db, Y2021, language="fr")
    assert figures.by_cluster == {
        "audio": Figures(2, 20),
        "editorial": Figures(1, 20),
        "old": Figures(1, 20),  # a deleted cluster still counts its internships
        "production": Figures(1, 20),
    }
    assert figures.cluster_name("editorial") == "Rédaction"
    assert figures.cluster_name("editorial", "nl") == "Redactie"
    assert figures.cluster_names["production"] == {
        "nl": "Productie",
        "fr": "Production",
        "en": "Production",
    }
    document = as_json(figures)
    assert list(document["by_cluster"]) == ["Audio", "Editorial & research", "Old", "Production"]
    assert document["by_cluster"]["Audio"]["conventions"] == 2


def test_hosts_with_a_convention_or_a_day_in_the_period(db: Database) -> None:
    def fill(b: Builder) -> None:
        draft_only = b.host("b studio", LanguageRole.FR, JointCommittee.SCP_303_01)
        b.internship(*FEB, host=draft_only, status=S.DRAFT)
        from_last_year = b.host("A studio")
        b.internship(date(2020, 11, 2), date(2021, 1, 8), host=from_last_year)
        cancelled = b.host("Cancelled studio")
        b.internship(*FEB, host=cancelled, status=S.CANCELLED)
        elsewhere = b.host("Elsewhere")
        b.internship(date(2019, 3, 4), date(2019, 5, 31), host=elsewhere)
        b.internship(date(2022, 3, 7), date(2022, 5, 27), host=elsewhere, status=S.SIGNED)

    build(db, fill)
    figures = annual_figures(db, Y2021)
    assert figures.hosts == [
        HostFigures("A studio", "NL", "227", 0, 6),
        HostFigures("b studio", "FR", "303.01", 1, 0),
    ]
    assert as_json(figures)["hosts"][1] == {
        "name": "b studio",
        "language": "FR",
        "joint_committee": "303.01",
        "conventions": 1,
        "days": 0,
    }


# --- several years, candidates, eligibility ---------------------------------------------


def test_the_several_years_table(db: Database) -> None:
    def fill(b: Builder) -> None:
        fr = b.host("Studio", LanguageRole.FR)
        b.internship(date(2019, 2, 4), date(2019, 3, 1))  # 20 days
        b.internship(date(2020, 2, 3), date(2020, 2, 14), host=fr)  # 10 days
        b.internship(date(2020, 12, 21), date(2021, 1, 8))  # 9 + 6 days
        b.internship(date(2021, 3, 1), date(2021, 4, 30), host=fr)  # 23 in March, 22 in April

    build(db, fill)
    figures = annual_figures(db, Y2021)
    assert figures.years == [
        YearFigures(2019, Figures(1, 20), Figures(), Figures(1, 20)),
        YearFigures(2020, Figures(1, 9), Figures(1, 10), Figures(2, 19)),
        YearFigures(2021, Figures(0, 6), Figures(1, 45), Figures(1, 51)),
    ]
    assert figures.years[-1].total == figures.totals
    assert [line.year for line in annual_figures(db, Y2021, years=1).years] == [2021]
    # The last column stops at the period's end, like the report "to 31/03".
    spring = Period(date(2020, 4, 1), date(2021, 3, 31))
    columns = annual_figures(db, spring, years=2).years
    assert columns == [
        YearFigures(2020, Figures(1, 9), Figures(1, 10), Figures(2, 19)),
        YearFigures(2021, Figures(0, 6), Figures(1, 23), Figures(1, 29)),
    ]
    assert year_periods(spring, 2) == [Period.year(2020), Period(date(2021, 1, 1), spring.end)]
    with pytest.raises(ValueError):
        year_periods(spring, 0)


def test_registered_candidates_per_year_and_language(db: Database) -> None:
    def fill(b: Builder) -> None:
        b.intern(language=Language.NL, registered_on=date(2019, 5, 1))
        b.intern(language=Language.FR, registered_on=date(2019, 12, 31))
        b.intern(language=Language.DE, registered_on=date(2020, 1, 1))
        b.intern(language=Language.NL, registered_on=date(2021, 12, 31))
        b.intern(language=Language.NL, registered_on=date(2022, 1, 1))  # after the period
        b.intern(language=Language.NL, registered_on=date(2019, 5, 1), deleted=True)
        b.intern(language=Language.FR)  # no registration date

    build(db, fill)
    figures = annual_figures(db, Y2021)
    assert figures.candidates == [
        CandidateYear(2019, {"NL": 1, "FR": 1, "other": 0}, 2),
        CandidateYear(2020, {"NL": 0, "FR": 0, "other": 1}, 1),
        CandidateYear(2021, {"NL": 1, "FR": 0, "other": 0}, 1),
    ]
    assert as_json(figures)["candidates"][0] == {
        "year": 2019,
        "by_language": {"NL": 1, "FR": 1, "other": 0},
        "total": 2,
    }


def test_candidates_still_eligible_on_the_periods_last_day(db: Database) -> None:
    day = Y2021.end
    vdab = JobSeekerAgency.VDAB

    def fill(b: Builder) -> None:
        b.intern(registered_on=date(2021, 3, 1), agency=vdab)  # eligible
        b.intern(agency=vdab)  # no registration date: eligible
        b.intern(registered_on=date(2020, 1, 1), agency=vdab, birth_date=date(1995, 12, 31))
        b.intern(registered_on=date(2020, 1, 1), agency=None)  # not a job seeker
        b.intern(registered_on=date(2022, 1, 3), agency=vdab)  # registered after the day
        b.intern(registered_on=date(2020, 1, 1), agency=vdab, deleted=True)
        # Nine weeks done: fewer than the four of the shortest internship are left.
        busy = b.intern(registered_on=date(2020, 6, 1), agency=vdab)
        b.internship(date(2021, 1, 4), date(2021, 3, 5), intern=busy)
        # Eight weeks done: exactly four left.
        enough = b.intern(registered_on=date(2020, 6, 1), agency=vdab)
        b.internship(date(2021, 1, 4), date(2021, 2, 26), intern=enough)

    build(db, fill)
    figures = annual_figures(db, Y2021)
    assert figures.still_eligible == 3
    assert figures.eligible_on == day
    with db.session_factory() as session:
        candidates = session.scalars(
            select(Intern.id).where(
                Intern.deleted_at.is_(None),
                (Intern.registered_on.is_(None)) | (Intern.registered_on <= day),
            )
        ).all()
    assert sum(intern_eligibility(db, i, day).eligible for i in candidates) == 3


# --- one definition everywhere ------------------------------------------------------------


def _recount(db: Database, period: Period) -> dict[str, Any]:
    """The definitions of :mod:`consultant_app.services.figures.annual` recounted in Python."""
    cells: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    with db.session_factory() as session:
        internships = session.scalars(
            select(Internship)
            .where(Internship.deleted_at.is_(None))
            .options(
                selectinload(Internship.host),
                selectinload(Internship.intern),
                selectinload(Internship.function).selectinload(Function.cluster),
                selectinload(Internship.interruptions),
            )
        ).all()
        for internship in internships:
            if internship.status == S.CANCELLED:
                continue
            conventions = 1 if internship.start_date in period else 0
            days = 0
            if internship.status in COUNTED_STATUSES:
                breaks = [
                    (i.start_date, i.end_date)
                    for i in internship.interruptions
                    if i.deleted_at is None
                ]
                end = internship.actual_end_date or internship.planned_end_date
                days = working_days(internship.start_date, end, breaks, within=period)
            if not conventions and not days:
                continue
            keys = {
                "language": reporting_language(
                    internship.host.language_role, internship.convention_language
                ),
                "committee": internship.host.joint_committee.value,
                "gender": internship.intern.gender.value,
                "cluster": internship.function.cluster.code,
                "host": internship.host.name,
            }
            for dimension, key in keys.items():
                cells[dimension][key][0] += conventions
                cells[dimension][key][1] += days
    return {
        dimension: {key: Figures(*cell) for key, cell in values.items()}
        for dimension, values in cells.items()
    }


def _non_empty(cells: dict[str, Figures]) -> dict[str, Figures]:
    return {key: cell for key, cell in cells.items() if cell != Figures()}


def test_the_sql_agrees_with_a_recount_in_python_on_a_demo(db: Database) -> None:
    generate_demo(db, size="small", seed=5, today=date(2024, 5, 15))
    periods = [Period.year(year) for year in range(2021, 2026)]
    periods.append(Period(date(2022, 10, 17), date(2023, 2, 3)))
    counted = Figures()
    for period in periods:
        figures = annual_figures(db, period)
        expected = _recount(db, period)
        counted += figures.totals
        assert _non_empty(figures.by_language) == expected.get("language", {})
        assert _non_empty(figures.by_joint_committee) == expected.get("committee", {})
        assert _non_empty(figures.by_gender) == expected.get("gender", {})
        assert _non_empty(figures.by_cluster) == expected.get("cluster", {})
        hosts: dict[str, Figures] = defaultdict(Figures)
        for host in figures.hosts:
            hosts[host.name] += Figures(host.conventions, host.days)
        assert hosts == expected.get("host", {})
    assert counted.conventions > 50
    assert counted.days > 1000


def test_an_empty_database(db: Database) -> None:
    figures = annual_figures(db, Y2021)
    assert figures.totals == Figures()
    assert figures.by_language == {"NL": Figures(), "FR": Figures()}
    assert figures.hosts == []
    assert figures.candidates == []
    assert figures.still_eligible == 0
    assert [line.year for line in figures.years] == [2019, 2020, 2021]
    assert json.loads(json.dumps(as_json(figures)))["totals"]["fte"] == 0.0
    with pytest.raises(ValueError):
        annual_figures(db, Y2021, language="de")


# --- outputs ------------------------------------------------------------------------------


def _sample(db: Database) -> AnnualFigures:
    def fill(b: Builder) -> None:
        set_value(b.session, "fund.name", "Sectorfonds audiovisuele sector")
        audio = b.cluster("audio", "Audio", "Audio", "Son", 1)
        b.cluster("artistic", "Artistic", "Artistiek", "Artistique", 2)
        fr = b.host('Studio "Lumière", Bruxelles', LanguageRole.FR, JointCommittee.SCP_303_01)
        b.internship(*FEB, host=fr, function=audio, intern=b.intern(Gender.MALE))
        b.internship(*FEB, intern=b.intern(registered_on=date(2020, 9, 1)))
        b.internship(date(2021, 3, 1), date(2021, 4, 30))

    build(db, fill)
    return annual_figures(db, Y2021, language="fr")


def test_json_has_the_agreed_shape(db: Database) -> None:
    document = json.loads(json.dumps(as_json(_sample(db))))
    assert document["period"] == {"from": "2021-01-01", "to": "2021-12-31"}
    assert document["totals"] == {"conventions": 3, "days": 85, "weeks": 17.0, "fte": 0.4}
    assert set(document["by_language"]) == {"NL", "FR"}
    assert set(document["by_joint_committee"]) == {"227", "303.01", "other"}
    assert set(document["by_gender"]) == {"F", "M", "X"}
    assert list(document["by_cluster"]) == ["Audio", "Artistic", "Production"]
    assert document["hosts"][0]["name"] == "Default host"
    assert [line["year"] for line in document["years"]] == [2019, 2020, 2021]
    assert document["years"][2]["total"]["days"] == 85
    assert document["years"][2]["from"] == "2021-01-01"
    assert document["candidates"] == [
        {"year": 2020, "by_language": {"NL": 1, "FR": 0, "other": 0}, "total": 1}
    ]
    assert document["still_eligible"] == 0
    assert document["eligible_on"] == "2021-12-31"


def test_csv_is_one_tidy_table(db: Database, tmp_path: Path) -> None:
    figures = _sample(db)
    path = tmp_path / "figures.csv"
    write_csv(figures, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    content = path.read_bytes()
    assert not content.startswith(b"\xef\xbb\xbf")
    assert content.decode("utf-8") == csv_text(figures)
    rows = list(csv.DictReader(io.StringIO(content.decode("utf-8"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    by_key = {(row["section"], row["key"]): row for row in rows}
    assert by_key[("period", "2021-01-01..2021-12-31")]["days"] == ""
    totals = by_key[("totals", "total")]
    assert (totals["conventions"], totals["days"], totals["weeks"], totals["fte"]) == (
        "3",
        "85",
        "17.0",
        "0.4",
    )
    assert by_key[("language", "FR")]["days"] == "20"
    assert by_key[("cluster", "Son")]["conventions"] == "1"  # the requested language
    assert by_key[("year:2021", "total")]["days"] == "85"
    host = by_key[("host", 'Studio "Lumière", Bruxelles')]
    assert (host["language"], host["joint_committee"], host["days"]) == ("FR", "303.01", "20")
    assert by_key[("candidates:2020", "NL")]["candidates"] == "1"
    assert by_key[("candidates:2020", "total")]["candidates"] == "1"
    assert by_key[("still_eligible", "2021-12-31")]["candidates"] == "0"


def test_report_data_for_the_printed_report(db: Database) -> None:
    figures = _sample(db)
    data = report_data(db, figures, "nl", today=date(2022, 1, 14))
    assert isinstance(data, AnnualReportData)
    assert data.language == "nl"
    assert data.issued_on == date(2022, 1, 14)
    assert data.fund.name == "Sectorfonds audiovisuele sector"
    assert (data.period_from, data.period_to) == (Y2021.start, Y2021.end)
    assert data.totals.days == 85
    assert data.totals.fte == 0.4
    assert [key for key, _cell in data.by_language] == ["NL", "FR"]
    assert [key for key, _cell in data.by_joint_committee] == ["227", "303.01", "other"]
    assert [key for key, _cell in data.by_gender] == ["F", "M", "X"]
    # Clusters in the report's language, largest first, empty ones left out.
    assert [name for name, _cell in data.by_cluster] == ["Productie", "Audio"]
    assert data.hosts[1] == HostLine('Studio "Lumière", Bruxelles', "FR", "303.01", 1, 20)
    assert [column.year for column in data.years] == [2019, 2020, 2021]
    assert data.years[-1].nl.days == 65
    assert data.candidates == (CandidateLine(2020, (("NL", 1), ("FR", 0), ("other", 0)), 1),)
    assert data.still_eligible == 0


def test_the_printed_annual_report_is_kept(db: Database) -> None:
    pytest.importorskip("consultant_app.documents.annual_report")
    _sample(db)
    today = date(2022, 1, 14)
    content = issue_annual_report(db, Y2021, "fr", actor="sofie", today=today)
    assert content.startswith(b"%PDF")
    text = "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(content)).pages)
    assert "Lumière" in text
    assert issue_annual_report(db, Y2021, "fr", actor="sofie", today=today) == content
    with db.session_factory() as session:
        stored = session.scalars(
            select(IssuedDocument).where(IssuedDocument.kind == ANNUAL_REPORT_KIND)
        ).all()
    assert len(stored) == 1  # the same document is not stored twice
    assert stored[0].internship_id is None
    assert stored[0].issued_by == "sofie"
    assert stored[0].filename == "annual-report-2021-01-01-2021-12-31-fr.pdf"
    assert stored[0].content == content

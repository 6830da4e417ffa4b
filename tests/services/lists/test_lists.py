"""The list sources behind the main window: search, filters, sorting, paging, details."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy.orm import Session

from consultant_app.domain.enums import (
    Gender,
    InternshipStatus,
    InterruptionKind,
    JointCommittee,
    Language,
    LanguageRole,
    VisitKind,
    VisitMode,
)
from consultant_app.domain.identifiers import make_enterprise_number
from consultant_app.services.lists import (
    SOURCES,
    HostsSource,
    InternshipsSource,
    InternsSource,
    ListQuery,
    ListSource,
    MentorsSource,
    Row,
    VisitsSource,
    base,
)
from consultant_app.store.database import Database
from consultant_app.store.models import (
    Cluster,
    Consultant,
    Function,
    Host,
    Intern,
    Internship,
    Interruption,
    Mentor,
    Visit,
    utcnow,
)

TODAY = date(2021, 3, 10)  # a Wednesday


# --- builders ------------------------------------------------------------------------


def make_function(session: Session, code: str, en: str, fr: str, nl: str) -> Function:
    cluster = session.get(Cluster, uuid.UUID(int=1))
    if cluster is None:
        cluster = Cluster(
            id=uuid.UUID(int=1), code="production", name_nl="Productie", name_fr="Production",
            name_en="Production",
        )  # fmt: skip
        session.add(cluster)
    function = Function(cluster=cluster, code=code, name_en=en, name_fr=fr, name_nl=nl)
    session.add(function)
    return function


def make_intern(session: Session, last: str, first: str, **values: Any) -> Intern:
    values.setdefault("birth_date", date(2000, 5, 18))
    values.setdefault("gender", Gender.FEMALE)
    values.setdefault("language", Language.NL)
    intern = Intern(last_name=last, first_name=first, **values)
    session.add(intern)
    return intern


def make_host(session: Session, name: str, **values: Any) -> Host:
    values.setdefault("joint_committee", JointCommittee.CP_227)
    values.setdefault("language_role", LanguageRole.NL)
    host = Host(name=name, **values)
    session.add(host)
    return host


def make_internship(
    session: Session,
    reference: str,
    intern: Intern,
    host: Host,
    function: Function,
    start: date,
    end: date,
    status: InternshipStatus = InternshipStatus.RUNNING,
    **values: Any,
) -> Internship:
    values.setdefault("convention_language", Language.NL)
    internship = Internship(
        reference=reference, intern=intern, host=host, function=function, start_date=start,
        planned_end_date=end, status=status, **values,
    )  # fmt: skip
    session.add(internship)
    return internship


@dataclass
class Data:
    ids: dict[str, uuid.UUID]


@pytest.fixture
def data(db: Database) -> Data:
    """A small programme: five interns, three hosts, internships, mentors and visits."""
    with db.unit_of_work() as uow:
        s = uow.session
        assistant = make_function(
            s, "production_assistant", "Production assistant", "Assistant de production",
            "Productieassistent",
        )  # fmt: skip
        camera = make_function(s, "camera", "Camera operator", "Cadreur", "Cameraman")
        consultant = Consultant(first_name="Sofie", last_name="Peeters")
        s.add(consultant)
        ozturk = make_intern(s, "Öztürk", "Ayşe", municipality="Schaerbeek")
        lefevre = make_intern(
            s, "Lefèvre", "Chloé", language=Language.FR, email="chloe@example.be",
            national_number="00051823367",
        )  # fmt: skip
        smet = make_intern(s, "De Smet", "Jan", gender=Gender.MALE)
        janssens = make_intern(s, "Janssens", "Marie")
        dupont = make_intern(s, "dupont", "luc", gender=Gender.MALE, language=Language.FR)
        gone = make_intern(s, "Ghost", "Gone")
        gone.deleted_at = utcnow()
        studio = make_host(s, "Studio Brussel", enterprise_number=make_enterprise_number(1234567))
        rtbf = make_host(
            s, "Média Wallonie", language_role=LanguageRole.FR,
            joint_committee=JointCommittee.SCP_303_01,
        )  # fmt: skip
        bi = make_host(s, "Bilingual Films", language_role=LanguageRole.BILINGUAL)
        closed = make_host(s, "Closed Studio")
        closed.deleted_at = utcnow()
        mentor = Mentor(host=studio, first_name="Koen", last_name="Wouters", mentor_training=True)
        s.add_all(
            [
                mentor,
                Mentor(host=rtbf, first_name="Élodie", last_name="Martin", job_title="Cheffe"),
                Mentor(host=closed, first_name="Hidden", last_name="Mentor"),
                Mentor(host=studio, first_name="Old", last_name="Mentor", deleted_at=utcnow()),
            ]
        )
        i1 = make_internship(
            s, "SM-2021-001", ozturk, studio, assistant, date(2021, 1, 4), date(2021, 4, 2),
            consultant=consultant, mentor=mentor, hours_per_week=Decimal("38.0"),
            workplace="Studio 4",
        )  # fmt: skip
        i2 = make_internship(
            s, "SM-2021-002", lefevre, rtbf, camera, date(2021, 2, 1), date(2021, 4, 30),
            convention_language=Language.FR,
        )  # fmt: skip
        i3 = make_internship(
            s, "SM-2020-007", smet, studio, camera, date(2020, 12, 14), date(2021, 3, 5),
            InternshipStatus.COMPLETED,
        )  # fmt: skip
        i4 = make_internship(
            s, "SM-2021-003", janssens, bi, assistant, date(2021, 2, 1), date(2021, 4, 30),
            InternshipStatus.CANCELLED,
        )  # fmt: skip
        i5 = make_internship(
            s, "SM-2021-004", ozturk, rtbf, assistant, date(2021, 6, 7), date(2021, 8, 27),
            InternshipStatus.DRAFT,
        )  # fmt: skip
        i6 = make_internship(
            s, "SM-2020-001", dupont, bi, camera, date(2020, 3, 2), date(2020, 5, 29),
            InternshipStatus.TERMINATED, actual_end_date=date(2020, 4, 10),
        )  # fmt: skip
        removed = make_internship(
            s, "SM-2021-099", janssens, studio, camera, date(2021, 1, 4), date(2021, 3, 26)
        )
        removed.deleted_at = utcnow()
        s.add(
            Interruption(
                internship=i1, kind=InterruptionKind.SICKNESS, start_date=date(2021, 1, 11),
                end_date=date(2021, 1, 15),
            )
        )  # fmt: skip
        s.flush()

        def visit(internship: Internship, kind: VisitKind, planned: date, **values: Any) -> Visit:
            return Visit(internship_id=internship.id, kind=kind, planned_on=planned, **values)

        visits = {
            "v_done": visit(i1, VisitKind.KICKOFF, date(2021, 1, 4), done_on=date(2021, 1, 4)),
            "v_overdue": visit(i2, VisitKind.MIDTERM, date(2021, 3, 1), mode=VisitMode.PHONE),
            "v_today": visit(i1, VisitKind.MIDTERM, TODAY),
            "v_later": visit(i1, VisitKind.FINAL, date(2021, 4, 1)),
            "v_cancelled": visit(i4, VisitKind.MIDTERM, date(2021, 3, 15)),
            "v_removed_internship": visit(removed, VisitKind.FINAL, date(2021, 3, 20)),
            "v_deleted": visit(i2, VisitKind.FINAL, date(2021, 4, 30), deleted_at=utcnow()),
        }
        s.add_all(visits.values())
        uow.commit()
        ids = {
            "i1": i1.id, "i2": i2.id, "i3": i3.id, "i4": i4.id, "i5": i5.id, "i6": i6.id,
            "removed": removed.id, "ozturk": ozturk.id, "lefevre": lefevre.id, "gone": gone.id,
            "studio": studio.id, "rtbf": rtbf.id, "closed": closed.id, "mentor": mentor.id,
        }  # fmt: skip
        ids.update({key: visit.id for key, visit in visits.items()})
    return Data(ids)


def everything(source: ListSource, query: ListQuery | None = None) -> list[Row]:
    query = query or ListQuery()
    rows = source.fetch(query, 0, 10_000)
    assert len(rows) == source.count(query)
    return rows


def column(source: ListSource, rows: list[Row], key: str) -> list[object]:
    position = [c.key for c in source.columns].index(key)
    return [row.values[position] for row in rows]


# --- the catalogue of sources ------------------------------------------------------


def test_sources_are_registered_with_their_columns(db: Database, data: Data) -> None:
    assert set(SOURCES) == {"internships", "interns", "hosts", "mentors", "visits"}
    for name, source_class in SOURCES.items():
        source = source_class(db)
        assert source.name == name
        rows = source.fetch(ListQuery(today=TODAY), 0, 100)
        assert rows, name
        assert all(len(row.values) == len(source.columns) for row in rows)
        assert all(isinstance(row.id, uuid.UUID) for row in rows)


def test_internship_rows_and_default_order(db: Database, data: Data) -> None:
    source = InternshipsSource(db)
    rows = everything(source)
    assert column(source, rows, "reference") == [
        "SM-2021-004", "SM-2021-002", "SM-2021-003", "SM-2021-001", "SM-2020-007", "SM-2020-001",
    ]  # fmt: skip
    first = next(row for row in rows if row.id == data.ids["i1"])
    assert first.values == (
        "SM-2021-001", "Öztürk Ayşe", "Studio Brussel", "Production assistant", "running",
        date(2021, 1, 4), date(2021, 4, 2), "Sofie Peeters",
    )  # fmt: skip
    assert type(first.values[4]) is str  # the enum's code, not the enum member
    terminated = next(row for row in rows if row.id == data.ids["i6"])
    assert column(source, [terminated], "end_date") == [date(2020, 4, 10)]  # the actual end
    assert column(source, [terminated], "consultant") == [None]


def test_function_name_follows_the_language(db: Database, data: Data) -> None:
    source = InternshipsSource(db)
    for language, expected in (("fr", "Assistant de production"), ("nl", "Productieassistent")):
        query = ListQuery(search="SM-2021-001", language=language)
        assert column(source, source.fetch(query, 0, 10), "function") == [expected]
    with pytest.raises(ValueError, match="language"):
        source.fetch(ListQuery(language="de"), 0, 10)


# --- search --------------------------------------------------------------------------


SEARCHES: list[tuple[str, set[str]]] = [
    ("ozturk", {"SM-2021-001", "SM-2021-004"}),
    ("ÖZTÜRK", {"SM-2021-001", "SM-2021-004"}),
    ("lefevre", {"SM-2021-002"}),
    ("chloe lefevre", {"SM-2021-002"}),
    ("  Lefèvre   chloé ", {"SM-2021-002"}),
    ("chloe smet", set()),
    ("sm-2020", {"SM-2020-007", "SM-2020-001"}),
    ("studio brussel", {"SM-2021-001", "SM-2020-007"}),
    ("wallonie camera", set()),  # the function is not searched
    ("%", set()),
    ("_", set()),
    (
        "",
        {"SM-2021-001", "SM-2021-002", "SM-2021-003", "SM-2021-004", "SM-2020-007", "SM-2020-001"},
    ),
]


def test_internship_search(db: Database, data: Data) -> None:
    source = InternshipsSource(db)
    for text, expected in SEARCHES:
        rows = everything(source, ListQuery(search=text))
        assert set(column(source, rows, "reference")) == expected, text


def test_intern_search_is_accent_insensitive_and_needs_every_word(db: Database, data: Data) -> None:
    source = InternsSource(db)

    def found(text: str) -> list[object]:
        return column(source, everything(source, ListQuery(search=text)), "last_name")

    assert found("ozturk") == ["Öztürk"]
    assert found("ayse") == ["Öztürk"]
    assert found("lefevre") == ["Lefèvre"]
    assert found("chloe@example") == ["Lefèvre"]
    assert found("schaerbeek ayse") == ["Öztürk"]
    assert found("schaerbeek chloe") == []
    assert found("ghost") == []  # soft-deleted


def _index_rows(db: Database) -> dict[int, str]:
    with db.engine.connect() as connection:
        rows = connection.exec_driver_sql("SELECT rowid, search_text FROM intern_search")
        return dict(rows.all())


def _intern_rows(db: Database) -> dict[int, str]:
    with db.engine.connect() as connection:
        return dict(connection.exec_driver_sql("SELECT rowid, search_text FROM intern").all())


INDEX_SEARCHES = (
    "ozturk", "oz", "schaerbeek", "chloe@example", "schaerbeek ayse", "smet jan", "de", "an",
    "ann", "ghost", "xyz", 'a"b', "example.be", "00051823367", "0005", "dupont luc",
)  # fmt: skip


def test_intern_search_index_finds_what_like_finds(
    db: Database, data: Data, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The trigram index only narrows the rows; with it, without it or too common, same rows."""
    source = InternsSource(db)
    with_index = {text: everything(source, ListQuery(search=text)) for text in INDEX_SEARCHES}
    monkeypatch.setattr(base, "SEARCH_INDEX_MAX_ROWS", 0)  # every word counts as too common
    too_common = {text: everything(source, ListQuery(search=text)) for text in INDEX_SEARCHES}
    monkeypatch.setattr(InternsSource, "search_index", None)
    plain = {text: everything(source, ListQuery(search=text)) for text in INDEX_SEARCHES}
    assert with_index == plain == too_common
    assert [len(plain[text]) for text in ("ozturk", "ghost", "xyz")] == [1, 0, 0]
    assert base.index_phrases('oz Öztürk a"b') == '"ozturk" "a""b"'
    assert base.index_phrases("oz de") is None
    monkeypatch.undo()
    with db.engine.begin() as connection:  # an emptied index shows that it is used
        connection.exec_driver_sql("DELETE FROM intern_search")
    assert everything(source, ListQuery(search="ozturk")) == []
    assert everything(source, ListQuery(search="oz")) == plain["oz"]  # too short for it


def test_intern_search_index_follows_every_write(db: Database, data: Data) -> None:
    source = InternsSource(db)

    def found(text: str) -> list[object]:
        return column(source, everything(source, ListQuery(search=text)), "last_name")

    assert _index_rows(db) == _intern_rows(db)
    with db.unit_of_work() as uow:
        added = make_intern(uow.session, "Vandenbroucke", "Zoë", municipality="Ixelles")
        uow.commit()
        added_id = added.id
    assert found("vandenbroucke zoe") == ["Vandenbroucke"]
    with db.unit_of_work() as uow:
        changed = uow.session.get(Intern, added_id)
        assert changed is not None
        changed.last_name = "Verbruggen"
        uow.commit()
    assert found("vandenbroucke") == []
    assert found("verbruggen ixelles") == ["Verbruggen"]
    with db.unit_of_work() as uow:
        uow.session.delete(uow.session.get(Intern, added_id))
        uow.commit()
    assert found("verbruggen") == []
    with db.engine.begin() as connection:  # a write outside the ORM (an import, the demo)
        connection.exec_driver_sql(
            "INSERT INTO intern (id, first_name, last_name, birth_date, gender, language,"
            " created_at, updated_at, search_text) VALUES ('00000000000000000000000000000abc',"
            " 'Raw', 'Writer', '2001-01-01', 'F', 'NL', '2021-01-01', '2021-01-01',"
            " 'raw writer')"
        )
    assert found("writer") == ["Writer"]
    assert _index_rows(db) == _intern_rows(db)


def test_host_and_mentor_search(db: Database, data: Data) -> None:
    hosts = HostsSource(db)
    assert column(hosts, everything(hosts, ListQuery(search="media")), "name") == ["Média Wallonie"]
    assert column(hosts, everything(hosts, ListQuery(search="closed")), "name") == []
    mentors = MentorsSource(db)
    assert column(mentors, everything(mentors, ListQuery(search="elodie")), "last_name") == [
        "Martin"
    ]
    by_host = everything(mentors, ListQuery(search="brussel"))
    assert column(mentors, by_host, "last_name") == ["Wouters"]


# --- filters --------------------------------------------------------------------------


def test_internship_filters(db: Database, data: Data) -> None:
    source = InternshipsSource(db)

    def references(**filters: str) -> set[object]:
        return set(column(source, everything(source, ListQuery(filters=filters)), "reference"))

    assert references(status="running") == {"SM-2021-001", "SM-2021-002"}
    assert references(year="2020") == {"SM-2020-007", "SM-2020-001"}
    assert references(status="running", year="2020") == set()
    assert references(status="", year="") == references()
    assert len(references()) == 6
    assert references(year="1999") == set()
    assert source.filters["status"] == tuple(s.value for s in InternshipStatus)
    assert source.filters["year"] == ("2021", "2020")


def test_bad_filters_are_refused(db: Database, data: Data) -> None:
    source = InternshipsSource(db)
    for filters, message in (
        ({"status": "finished"}, "Unknown value 'finished'"),
        ({"year": "21"}, "year"),
        ({"colour": "red"}, "Unknown filter 'colour'"),
    ):
        with pytest.raises(ValueError, match=message):
            source.count(ListQuery(filters=filters))
        with pytest.raises(ValueError, match=message):
            source.fetch(ListQuery(filters=filters), 0, 10)


def test_bad_sort_key_is_refused(db: Database, data: Data) -> None:
    for source_class in SOURCES.values():
        with pytest.raises(ValueError, match="Unknown sort key 'shoe_size'"):
            source_class(db).fetch(ListQuery(sort_key="shoe_size"), 0, 10)
        with pytest.raises(ValueError, match="Unknown sort key 'shoe_size'"):
            source_class(db).count(ListQuery(sort_key="shoe_size"))


def test_intern_and_host_filters(db: Database, data: Data) -> None:
    interns = InternsSource(db)
    french = everything(interns, ListQuery(filters={"language": "FR"}))
    assert column(interns, french, "last_name") == ["dupont", "Lefèvre"]
    men = everything(interns, ListQuery(filters={"gender": "M", "language": "NL"}))
    assert column(interns, men, "last_name") == ["De Smet"]
    hosts = HostsSource(db)
    assert column(hosts, everything(hosts, ListQuery(filters={"language_role": "BI"})), "name") == [
        "Bilingual Films"
    ]
    assert column(
        hosts, everything(hosts, ListQuery(filters={"joint_committee": "303.01"})), "name"
    ) == ["Média Wallonie"]
    with pytest.raises(ValueError, match="language_role"):
        hosts.count(ListQuery(filters={"language_role": "DE"}))


# --- sorting and paging ----------------------------------------------------------------


def _sort_key(value: object) -> tuple[bool, Any]:
    return (value is None, value.lower() if isinstance(value, str) else value)


def test_every_sortable_column_sorts_both_ways_with_nulls_last(db: Database, data: Data) -> None:
    for source_class in SOURCES.values():
        check_sorting(source_class(db))


def check_sorting(source: ListSource) -> None:
    for position, spec in enumerate(source.columns):
        assert spec.sortable
        for descending in (False, True):
            query = ListQuery(sort_key=spec.key, descending=descending, today=TODAY)
            values = [row.values[position] for row in everything(source, query)]
            present = [v for v in values if v is not None]
            assert values == present + [None] * (len(values) - len(present)), (spec.key, values)
            expected = sorted(present, key=_sort_key, reverse=descending)
            assert [_sort_key(v) for v in present] == [_sort_key(v) for v in expected], (
                spec.key,
                descending,
            )


def test_text_sorting_ignores_case(db: Database, data: Data) -> None:
    source = InternsSource(db)
    names = column(source, everything(source), "last_name")
    assert names == ["De Smet", "dupont", "Janssens", "Lefèvre", "Öztürk"]
    descending = everything(source, ListQuery(sort_key="last_name", descending=True))
    assert column(source, descending, "last_name") == names[::-1]


@pytest.fixture
def many(db: Database) -> int:
    """40 internships in only three statuses and four start dates: many ties."""
    with db.unit_of_work() as uow:
        s = uow.session
        function = make_function(s, "sound", "Sound engineer", "Ingénieur du son", "Geluid")
        host = make_host(s, "Tie Studio")
        statuses = (InternshipStatus.RUNNING, InternshipStatus.DRAFT, InternshipStatus.SIGNED)
        for n in range(40):
            intern = make_intern(s, f"Intern{n % 5}", f"N{n}")
            start = date(2022, 1, 3) + timedelta(weeks=n % 4)
            make_internship(
                s, f"SM-2022-{n + 1:03d}", intern, host, function, start,
                start + timedelta(weeks=10), statuses[n % 3],
            )  # fmt: skip
        uow.commit()
    return 40


PAGED_ORDERS: list[tuple[str | None, bool]] = [
    (None, False), ("status", False), ("status", True), ("start_date", False), ("host", True),
    ("consultant", False), ("intern", True),
]  # fmt: skip


def test_pages_are_slices_of_the_whole_without_duplicates(db: Database, many: int) -> None:
    source = InternshipsSource(db)
    for sort_key, descending in PAGED_ORDERS:
        check_paging(source, many, sort_key, descending)


def check_paging(source: ListSource, many: int, sort_key: str | None, descending: bool) -> None:
    query = ListQuery(sort_key=sort_key, descending=descending)
    assert source.count(query) == many
    whole = source.fetch(query, 0, 1000)
    assert len(whole) == many
    pages = [source.fetch(query, offset, 7) for offset in range(0, many, 7)]
    assert [len(p) for p in pages] == [7, 7, 7, 7, 7, 5]
    flat = [row for page in pages for row in page]
    assert flat == whole
    assert len({row.id for row in flat}) == many
    assert source.fetch(query, 12, 5) == whole[12:17]
    assert source.fetch(query, many, 10) == []
    assert source.fetch(query, 0, 0) == []
    with pytest.raises(ValueError, match="negative"):
        source.fetch(query, -1, 10)


def test_search_and_filters_page_consistently(db: Database, many: int) -> None:
    source = InternshipsSource(db)
    query = ListQuery(search="intern3", filters={"status": "draft"}, sort_key="reference")
    count = source.count(query)
    rows = source.fetch(query, 0, 100)
    assert count == len(rows) > 0
    assert source.fetch(query, 1, 2) == rows[1:3]


# --- soft deletion, counts and formatting ----------------------------------------------


def test_soft_deleted_rows_are_hidden(db: Database, data: Data) -> None:
    ids = data.ids
    internships = {row.id for row in everything(InternshipsSource(db))}
    assert ids["removed"] not in internships
    assert ids["gone"] not in {row.id for row in everything(InternsSource(db))}
    assert ids["closed"] not in {row.id for row in everything(HostsSource(db))}
    mentors = MentorsSource(db)
    assert column(mentors, everything(mentors), "last_name") == ["Martin", "Wouters"]
    visits = {row.id for row in everything(VisitsSource(db), ListQuery(today=TODAY))}
    assert visits == {ids["v_done"], ids["v_overdue"], ids["v_today"], ids["v_later"]}
    assert InternshipsSource(db).detail(ids["removed"]) == []
    assert InternsSource(db).detail(ids["gone"]) == []
    assert HostsSource(db).detail(ids["closed"]) == []
    assert VisitsSource(db).detail(ids["v_deleted"]) == []
    assert VisitsSource(db).detail(ids["v_cancelled"]) == []
    assert InternshipsSource(db).detail(uuid.uuid4()) == []


def test_host_rows_count_mentors_and_internships(db: Database, data: Data) -> None:
    source = HostsSource(db)
    rows = {row.values[0]: row.values for row in everything(source)}
    assert set(rows) == {"Bilingual Films", "Média Wallonie", "Studio Brussel"}
    # name, enterprise number, committee, role, municipality, mentors, internships
    assert rows["Studio Brussel"] == ("Studio Brussel", "0123.456.749", "227", "NL", None, 1, 2)
    assert rows["Média Wallonie"][2:] == ("303.01", "FR", None, 1, 2)
    assert rows["Bilingual Films"][5:] == (0, 1)  # its cancelled internship is not counted


def test_intern_rows_count_live_internships(db: Database, data: Data) -> None:
    source = InternsSource(db)
    counts = dict(zip(column(source, everything(source), "last_name"),
                      column(source, everything(source), "internships"), strict=True))  # fmt: skip
    assert counts == {"De Smet": 1, "dupont": 1, "Janssens": 0, "Lefèvre": 1, "Öztürk": 2}


def test_mentor_rows(db: Database, data: Data) -> None:
    source = MentorsSource(db)
    rows = everything(source, ListQuery(filters={"mentor_training": "yes"}))
    assert [row.values for row in rows] == [("Wouters", "Koen", "Studio Brussel", None, None, True)]
    assert source.count(ListQuery(filters={"mentor_training": "no"})) == 1


# --- visits ------------------------------------------------------------------------------


def test_visit_states_are_relative_to_today(db: Database, data: Data) -> None:
    source = VisitsSource(db)
    ids = data.ids

    def states(today: date, **filters: str) -> dict[uuid.UUID, object]:
        rows = everything(source, ListQuery(today=today, filters=filters))
        return dict(zip([r.id for r in rows], column(source, rows, "state"), strict=True))

    assert states(TODAY) == {
        ids["v_done"]: "done",
        ids["v_overdue"]: "overdue",
        ids["v_today"]: "upcoming",
        ids["v_later"]: "upcoming",
    }
    assert states(TODAY + timedelta(days=1))[ids["v_today"]] == "overdue"
    assert set(states(TODAY, state="overdue")) == {ids["v_overdue"]}
    assert set(states(TODAY, state="upcoming")) == {ids["v_today"], ids["v_later"]}
    assert set(states(TODAY, state="done")) == {ids["v_done"]}
    assert set(states(date(2021, 5, 1), state="overdue")) == {
        ids["v_overdue"], ids["v_today"], ids["v_later"],
    }  # fmt: skip
    assert set(states(TODAY, internship_status="running", kind="midterm")) == {
        ids["v_overdue"], ids["v_today"],
    }  # fmt: skip
    assert set(states(TODAY, mode="phone")) == {ids["v_overdue"]}
    with pytest.raises(ValueError, match="state"):
        source.count(ListQuery(filters={"state": "late"}))


def test_visit_rows_default_order_and_search(db: Database, data: Data) -> None:
    source = VisitsSource(db)
    rows = everything(source, ListQuery(today=TODAY))
    assert column(source, rows, "planned_on") == [
        date(2021, 1, 4), date(2021, 3, 1), TODAY, date(2021, 4, 1),
    ]  # fmt: skip
    assert rows[1].values == (
        date(2021, 3, 1), "midterm", "phone", "SM-2021-002", "Lefèvre Chloé", "Média Wallonie",
        None, "overdue",
    )  # fmt: skip
    found = everything(source, ListQuery(search="ozturk", today=TODAY))
    assert len(found) == 3
    assert everything(source, ListQuery(search="janssens", today=TODAY)) == []


# --- details ----------------------------------------------------------------------------


def test_internship_detail(db: Database, data: Data) -> None:
    detail = dict(InternshipsSource(db).detail(data.ids["i1"], "fr"))
    assert list(detail)[:3] == ["reference", "status", "intern"]
    assert detail["reference"] == "SM-2021-001"
    assert detail["status"] == "running"
    assert detail["intern"] == "Ayşe Öztürk"
    assert detail["mentor"] == "Koen Wouters"
    assert detail["consultant"] == "Sofie Peeters"
    assert detail["function"] == "Assistant de production"
    assert detail["cluster"] == "Production"
    assert detail["start_date"] == date(2021, 1, 4)
    assert detail["actual_end_date"] is None
    # 2021-01-04 .. 2021-04-02 is 13 weeks = 65 working days, less a sick week.
    assert detail["working_days"] == 60
    assert detail["weeks"] == 12.0
    assert detail["hours_per_week"] == 38.0
    assert detail["workplace"] == "Studio 4"
    assert detail["convention_language"] == "NL"
    assert (detail["visits_done"], detail["visits_planned"]) == (1, 3)
    terminated = dict(InternshipsSource(db).detail(data.ids["i6"]))
    assert terminated["working_days"] == 30  # 2020-03-02 .. 2020-04-10


def test_other_details(db: Database, data: Data) -> None:
    intern = dict(InternsSource(db).detail(data.ids["ozturk"]))
    assert intern["last_name"] == "Öztürk"
    assert intern["gender"] == "F"
    assert intern["internships"] == "SM-2021-001, SM-2021-004"
    assert "search_text" not in intern
    lefevre = dict(InternsSource(db).detail(data.ids["lefevre"]))
    assert lefevre["national_number"] == "00.05.18-233.67"
    host = dict(HostsSource(db).detail(data.ids["studio"]))
    assert host["enterprise_number"] == "0123.456.749"
    assert host["mentors"] == "Koen Wouters"
    assert host["internships"] == 2
    mentor = dict(MentorsSource(db).detail(data.ids["mentor"]))
    assert mentor["host"] == "Studio Brussel"
    assert mentor["internships"] == "SM-2021-001"
    visit = dict(VisitsSource(db).detail(data.ids["v_overdue"]))
    assert visit["reference"] == "SM-2021-002"
    assert visit["kind"] == "midterm"
    assert visit["state"] == "overdue"


def test_ties_are_broken_by_id_on_every_page(db: Database) -> None:
    with db.unit_of_work() as uow:
        for n in range(30):
            make_intern(uow.session, "Peeters", "An", municipality=f"Gent {n}")
        uow.commit()
    source = InternsSource(db)
    for query in (ListQuery(), ListQuery(sort_key="first_name", descending=True)):
        whole = source.fetch(query, 0, 100)
        assert [row.id for row in whole] == sorted(row.id for row in whole)
        pages = [row for offset in range(0, 30, 4) for row in source.fetch(query, offset, 4)]
        assert pages == whole


def test_visits_due_are_overdue_or_this_month_nearest_first(db: Database, data: Data) -> None:
    source = VisitsSource(db)
    ids = data.ids

    def due(today: date) -> list[uuid.UUID]:
        return [r.id for r in everything(source, ListQuery(today=today, filters={"state": "due"}))]

    # 10 March: the visit of today, then the one overdue since 1 March; April's waits.
    assert due(TODAY) == [ids["v_today"], ids["v_overdue"]]
    # 3 March: overdue by 2 days, then due in 7 days.
    assert due(date(2021, 3, 3)) == [ids["v_overdue"], ids["v_today"]]
    # 31 March: April's visit is tomorrow, yet next month's; done visits never come back.
    assert due(date(2021, 3, 31)) == [ids["v_today"], ids["v_overdue"]]
    assert due(date(2021, 12, 31)) == [ids["v_later"], ids["v_today"], ids["v_overdue"]]
    # A column sorted by the user wins over the nearness.
    query = ListQuery(today=TODAY, filters={"state": "due"}, sort_key="planned_on")
    assert [r.id for r in everything(source, query)] == [ids["v_overdue"], ids["v_today"]]

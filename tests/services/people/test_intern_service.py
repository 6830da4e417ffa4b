"""The intern service: form validation, load and save, duplicates, weeks done, eligibility."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from consultant_app.domain.contact import normalise_phone, parse_email, parse_postcode
from consultant_app.domain.eligibility import AGE, JOBSEEKER, WEEKS
from consultant_app.domain.enums import (
    AuditAction,
    Gender,
    InternshipStatus,
    InterruptionKind,
    JobSeekerAgency,
    JointCommittee,
    Language,
    LanguageRole,
)
from consultant_app.domain.errors import InvalidValue
from consultant_app.domain.identifiers import make_enterprise_number, make_niss, parse_niss
from consultant_app.services.forms.parsing import RecordNotFound, ValidationFailed
from consultant_app.services.people.interns import (
    INTERN_FIELDS,
    INTERN_LABELS,
    REQUIRED_INTERN_FIELDS,
    find_duplicates,
    function_choices,
    intern_eligibility,
    load_intern,
    save_intern,
    validate_intern,
    weeks_done,
)
from consultant_app.services.settings.programme import save_rules
from consultant_app.store.database import Database
from consultant_app.store.models import (
    AuditEntry,
    Cluster,
    Function,
    Host,
    Intern,
    Internship,
    InternWishedFunction,
    Interruption,
)

TODAY = date(2021, 3, 10)
BIRTH = date(1999, 5, 18)
NISS = make_niss(BIRTH, 223)  # odd serial: a man's number
NISS_DOTTED = f"{NISS[:2]}.{NISS[2:4]}.{NISS[4:6]}-{NISS[6:9]}.{NISS[9:]}"

VALID: dict[str, str] = {
    "first_name": "  Emre ",
    "last_name": "Öztürk",
    "birth_date": "1999-05-18",
    "gender": "M",
    "language": "NL",
    "national_number": NISS_DOTTED,
    "email": "Emre.Ozturk@Example.BE",
    "phone": "0470/12.34.56",
    "street": "Rue Royale",
    "house_number": "12",
    "box": "",
    "postcode": "B-1030",
    "municipality": "Schaerbeek",
    "jobseeker_agency": "Actiris",
    "jobseeker_number": "A-123",
    "jobseeker_since": "01/09/2020",
    "diploma": "Bachelor",
    "school": "RITCS",
    "wished_functions": "sound_engineer, production_assistant,sound_engineer",
    "interests": "Documentaries",
    "registered_on": "2021-01-15",
    "consent_on": "2021-01-15",
}
FUNCTIONS = {
    "production_assistant": ("Production assistant", "Assistant de production"),
    "sound_engineer": ("Sound engineer", "Ingénieur du son"),
    "lighting": ("Lighting technician", "Éclairagiste"),
    "editor": ("Editor", "Monteur"),
}


#: Marks an expected error whose code the domain's validator chooses.
DOMAIN = "<domain>"
DOMAIN_PARSERS: dict[str, Callable[[str], object]] = {
    "national_number": parse_niss,
    "email": parse_email,
    "phone": normalise_phone,
    "postcode": parse_postcode,
}


def domain_error(parse: Callable[[str], object], text: str) -> InvalidValue:
    with pytest.raises(InvalidValue) as raised:
        parse(text)
    return raised.value


def with_values(**changes: str) -> dict[str, str]:
    return {**VALID, **changes}


def errors_of(values: dict[str, str], **kwargs: object) -> dict[str, str]:
    _cleaned, errors = validate_intern(values, TODAY, **kwargs)  # type: ignore[arg-type]
    return {error.field: error.code for error in errors}


# --- builders ------------------------------------------------------------------------


def seed_functions(db: Database) -> dict[str, uuid.UUID]:
    with db.unit_of_work() as uow:
        cluster = Cluster(code="misc", name_nl="Divers", name_fr="Divers", name_en="Misc")
        uow.session.add(cluster)
        ids = {}
        for code, (en, fr) in FUNCTIONS.items():
            function = Function(
                id=uuid.uuid4(), cluster=cluster, code=code, name_en=en, name_fr=fr, name_nl=en
            )
            uow.session.add(function)
            ids[code] = function.id
        uow.commit()
    return ids


def make_host(session: Session) -> Host:
    host = Host(
        name="Studio",
        enterprise_number=make_enterprise_number(1234567),
        joint_committee=JointCommittee.CP_227,
        language_role=LanguageRole.NL,
    )
    session.add(host)
    return host


_references = iter(range(1, 10_000))


def add_internship(
    session: Session,
    intern_id: uuid.UUID,
    host: Host,
    function_id: uuid.UUID,
    status: InternshipStatus,
    start: date,
    end: date,
    *,
    actual_end: date | None = None,
    breaks: tuple[tuple[date, date], ...] = (),
    deleted: bool = False,
) -> Internship:
    internship = Internship(
        id=uuid.uuid4(),
        reference=f"SM-T-{next(_references):04d}",
        intern_id=intern_id,
        host=host,
        function_id=function_id,
        status=status,
        start_date=start,
        planned_end_date=end,
        actual_end_date=actual_end,
        convention_language=Language.NL,
    )
    session.add(internship)
    for first, last in breaks:
        session.add(
            Interruption(
                internship=internship,
                kind=InterruptionKind.SICKNESS,
                start_date=first,
                end_date=last,
            )
        )
    if deleted:
        internship.soft_delete()
    return internship


@pytest.fixture
def functions(db: Database) -> dict[str, uuid.UUID]:
    return seed_functions(db)


# --- validation ----------------------------------------------------------------------


def test_valid_values_are_cleaned_to_typed_values() -> None:
    cleaned, errors = validate_intern(VALID, TODAY, known_functions=FUNCTIONS)

    assert errors == []
    assert set(cleaned) == set(INTERN_FIELDS)
    assert cleaned["first_name"] == "Emre"
    assert cleaned["birth_date"] == BIRTH
    assert cleaned["gender"] is Gender.MALE
    assert cleaned["language"] is Language.NL
    assert cleaned["national_number"] == NISS
    assert cleaned["email"] == "Emre.Ozturk@example.be"
    assert cleaned["phone"] == "+32470123456"
    assert cleaned["postcode"] == "1030"
    assert cleaned["box"] is None
    assert cleaned["jobseeker_agency"] is JobSeekerAgency.ACTIRIS
    assert cleaned["jobseeker_since"] == date(2020, 9, 1)
    assert cleaned["wished_functions"] == ("sound_engineer", "production_assistant")
    assert cleaned["registered_on"] == date(2021, 1, 15)


def test_required_fields_are_reported_once_each() -> None:
    _cleaned, errors = validate_intern(dict.fromkeys(INTERN_FIELDS, ""), TODAY)

    assert [(e.field, e.code) for e in errors] == [(f, "required") for f in REQUIRED_INTERN_FIELDS]
    assert errors[0].message == "First name is required."
    assert errors[0].params["field"] == "first_name"


def test_only_the_required_fields_are_needed() -> None:
    values = {name: VALID[name] for name in REQUIRED_INTERN_FIELDS}
    cleaned, errors = validate_intern(values, TODAY)

    assert errors == []
    assert cleaned["national_number"] is None and cleaned["wished_functions"] == ()


@pytest.mark.parametrize(
    ("field", "text", "code"),
    [
        ("first_name", "x" * 121, "text.length"),
        ("birth_date", "31/02/2001", "date.syntax"),
        ("birth_date", "18-05-1999", "date.syntax"),
        ("birth_date", "2021-03-11", "birth_date.future"),
        ("birth_date", "1900-01-01", "birth_date.too_old"),
        ("birth_date", "2015-01-01", "birth_date.too_young"),
        ("gender", "Q", "choice.unknown"),
        ("language", "IT", "choice.unknown"),
        ("national_number", "9905182239", DOMAIN),
        ("national_number", NISS[:-1] + str((int(NISS[-1]) + 1) % 10), DOMAIN),
        ("national_number", "99.05.18-2A3.90", DOMAIN),
        ("email", "emre@example", DOMAIN),
        ("email", "emre example.be", DOMAIN),
        ("phone", "0470 12 34 5", DOMAIN),
        ("phone", "call me", DOMAIN),
        ("postcode", "999", DOMAIN),
        ("postcode", "10OO", DOMAIN),
        ("jobseeker_agency", "UWV", "choice.unknown"),
        ("jobseeker_since", "2021-03-11", "date.future"),
        ("registered_on", "yesterday", "date.syntax"),
        ("consent_on", "2021-13-01", "date.syntax"),
        ("wished_functions", "editor,astronaut", "choice.unknown"),
    ],
)
def test_invalid_value_gives_one_error_on_its_field(field: str, text: str, code: str) -> None:
    _cleaned, errors = validate_intern(
        with_values(**{field: text}), TODAY, known_functions=FUNCTIONS
    )

    if code == DOMAIN:  # the domain's own code, params and sentence
        problem = domain_error(DOMAIN_PARSERS[field], text)
        code = problem.code
        assert problem.params.items() <= errors[0].params.items()
        assert errors[0].message == f"{INTERN_LABELS[field]}: {problem}"
    assert [(e.field, e.code) for e in errors] == [(field, code)]
    error = errors[0]
    assert error.message.startswith(INTERN_LABELS[field] + ": ")
    assert error.message.endswith(".")
    assert error.params["field"] == field
    assert error.params["value"] == text.strip()


def test_messages_name_the_field_and_the_value() -> None:
    _cleaned, errors = validate_intern(with_values(birth_date="31/02/2001"), TODAY)
    assert errors[0].message == "Birth date: '31/02/2001' is not a date of the calendar."
    _cleaned, errors = validate_intern(with_values(postcode="999"), TODAY)
    assert errors[0].message.startswith("Postcode: ") and "999" in errors[0].message


@pytest.mark.parametrize(
    "spelling", [NISS, NISS_DOTTED, f"{NISS[:2]} {NISS[2:6]} {NISS[6:9]} {NISS[9:]}"]
)
def test_national_number_spellings(spelling: str) -> None:
    cleaned, errors = validate_intern(with_values(national_number=spelling), TODAY)
    assert errors == []
    assert cleaned["national_number"] == NISS


def test_birth_date_day_first() -> None:
    cleaned, errors = validate_intern(with_values(birth_date="18/05/1999"), TODAY)
    assert errors == [] and cleaned["birth_date"] == BIRTH


def test_national_number_must_match_birth_date() -> None:
    assert errors_of(with_values(birth_date="1999-05-19")) == {"national_number": "niss.birth_date"}


def test_national_number_must_match_gender() -> None:
    assert errors_of(with_values(gender="F")) == {"national_number": "niss.gender"}
    assert errors_of(with_values(gender="X")) == {}


def test_national_number_inconsistent_twice_gives_one_error() -> None:
    _cleaned, errors = validate_intern(with_values(birth_date="1999-05-19", gender="F"), TODAY)
    assert [(e.field, e.code) for e in errors] == [("national_number", "niss.birth_date")]
    assert "1999-05-18" in errors[0].message


def test_national_number_of_someone_born_in_2000_or_later() -> None:
    niss = make_niss(date(2001, 2, 3), 224)  # even: a woman's number
    values = with_values(birth_date="2001-02-03", gender="F", national_number=niss)
    assert errors_of(values) == {}
    assert errors_of({**values, "birth_date": "1901-02-03"})["birth_date"] == "birth_date.too_old"
    assert errors_of({**values, "gender": "M"}) == {"national_number": "niss.gender"}


def test_birth_date_invalid_does_not_hide_the_national_number_check() -> None:
    assert errors_of(with_values(birth_date="", gender="F")) == {
        "birth_date": "required",
        "national_number": "niss.gender",
    }


def test_jobseeker_number_needs_an_agency() -> None:
    _cleaned, errors = validate_intern(with_values(jobseeker_agency=""), TODAY)
    assert [(e.field, e.code) for e in errors] == [("jobseeker_agency", "required")]
    assert "job-seeker number" in errors[0].message


def test_enum_values_ignore_case() -> None:
    cleaned, errors = validate_intern(
        with_values(gender="f", national_number="", jobseeker_agency="forem"), TODAY
    )
    assert errors == []
    assert cleaned["gender"] is Gender.FEMALE
    assert cleaned["jobseeker_agency"] is JobSeekerAgency.FOREM


# --- load and save -------------------------------------------------------------------


def count(db: Database, model: type) -> int:
    with db.unit_of_work() as uow:
        return uow.session.scalar(select(func.count()).select_from(model)) or 0


def test_save_creates_and_load_gives_the_form_texts(
    db: Database, functions: dict[str, uuid.UUID]
) -> None:
    intern_id = save_intern(db, VALID, actor="anna", today=TODAY)

    values = load_intern(db, intern_id)
    assert set(values) == set(INTERN_FIELDS)
    assert values["first_name"] == "Emre"
    assert values["birth_date"] == "1999-05-18"
    assert values["national_number"] == NISS_DOTTED
    assert values["phone"] == "+32 470 12 34 56"
    assert values["postcode"] == "1030"
    assert values["box"] == ""
    assert values["jobseeker_agency"] == "Actiris"
    assert values["jobseeker_since"] == "2020-09-01"
    assert values["wished_functions"] == "production_assistant,sound_engineer"
    # What load gives is valid as it is.
    assert validate_intern(values, TODAY, known_functions=functions)[1] == []
    with db.unit_of_work() as uow:
        intern = uow.session.get(Intern, intern_id)
        assert intern is not None and intern.search_text.startswith("emre ozturk")
        entries = uow.session.execute(
            select(AuditEntry.action, AuditEntry.actor, AuditEntry.entity).where(
                AuditEntry.entity_id == intern_id
            )
        ).all()
        wished = uow.session.scalars(select(InternWishedFunction.function_id)).all()
    assert [tuple(entry) for entry in entries] == [(AuditAction.INSERT, "anna", "intern")]
    assert set(wished) == {
        functions["production_assistant"],
        functions["sound_engineer"],
    }


def test_save_update_replaces_wished_functions_and_audits_the_change(
    db: Database, functions: dict[str, uuid.UUID]
) -> None:
    intern_id = save_intern(db, VALID, today=TODAY)

    values = load_intern(db, intern_id)
    save_intern(
        db,
        {**values, "phone": "+33 6 12 34 56 78", "wished_functions": "editor,sound_engineer"},
        intern_id=intern_id,
        actor="bert",
        today=TODAY,
    )
    assert load_intern(db, intern_id)["wished_functions"] == "editor,sound_engineer"
    # A function removed and chosen again comes back (the pair stays unique).
    save_intern(db, {**values, "wished_functions": "production_assistant"}, intern_id=intern_id)
    save_intern(db, values, intern_id=intern_id, today=TODAY)

    assert load_intern(db, intern_id)["wished_functions"] == "production_assistant,sound_engineer"
    assert count(db, InternWishedFunction) == 3  # editor's row is soft-deleted
    with db.unit_of_work() as uow:
        changes = uow.session.execute(
            select(AuditEntry.field, AuditEntry.old_value, AuditEntry.new_value).where(
                AuditEntry.entity_id == intern_id,
                AuditEntry.action == AuditAction.UPDATE,
                AuditEntry.actor == "bert",
            )
        ).all()
    assert changes == [("phone", "+32470123456", "+33612345678")]


def test_save_invalid_raises_and_writes_nothing(db: Database) -> None:
    with pytest.raises(ValidationFailed) as failed:
        save_intern(db, with_values(email="nope", postcode="12"), today=TODAY)

    # The functions are not in this database's catalogue either.
    assert [(e.field, e.code) for e in failed.value.errors] == [
        ("email", domain_error(parse_email, "nope").code),
        ("postcode", domain_error(parse_postcode, "12").code),
        ("wished_functions", "choice.unknown"),
    ]
    assert str(failed.value).splitlines()[0].startswith("Email: ")
    assert count(db, Intern) == 0
    assert count(db, AuditEntry) == 0


def test_save_unknown_or_deleted_intern_raises(
    db: Database, functions: dict[str, uuid.UUID]
) -> None:
    with pytest.raises(RecordNotFound):
        save_intern(db, VALID, intern_id=uuid.uuid4(), today=TODAY)
    intern_id = save_intern(db, VALID, today=TODAY)
    with db.unit_of_work() as uow:
        intern = uow.session.get(Intern, intern_id)
        assert intern is not None
        intern.soft_delete()
        uow.commit()
    with pytest.raises(RecordNotFound):
        load_intern(db, intern_id)
    with pytest.raises(RecordNotFound):
        save_intern(db, VALID, intern_id=intern_id, today=TODAY)


# --- duplicates ----------------------------------------------------------------------


def test_duplicates_by_national_number_and_by_name_and_birth_date(
    db: Database, functions: dict[str, uuid.UUID]
) -> None:
    emre = save_intern(db, VALID, today=TODAY)
    other = make_niss(BIRTH, 225)
    twin = save_intern(
        db,
        with_values(first_name="EMRE", last_name="Ozturk", national_number=other),
        today=TODAY,
    )
    gone = save_intern(db, with_values(last_name="Öztürk-Gone", national_number=""), today=TODAY)
    with db.unit_of_work() as uow:
        intern = uow.session.get(Intern, gone)
        assert intern is not None
        intern.last_name = "Öztürk"
        intern.soft_delete()
        uow.commit()

    by_niss = find_duplicates(
        db, national_number=NISS_DOTTED, first_name="Jan", last_name="Peeters", birth_date=None
    )
    assert [(d.id, d.reason) for d in by_niss] == [(emre, "national_number")]
    assert by_niss[0].name == "Emre Öztürk" and by_niss[0].birth_date == BIRTH

    by_name = find_duplicates(
        db, national_number="", first_name="émre", last_name=" OZTÜRK ", birth_date=BIRTH
    )
    assert {(d.id, d.reason) for d in by_name} == {
        (emre, "name_birth_date"),
        (twin, "name_birth_date"),
    }

    both = find_duplicates(
        db, national_number=NISS, first_name="Emre", last_name="Ozturk", birth_date=BIRTH
    )
    assert [(d.id, d.reason) for d in both] == [
        (emre, "national_number"),
        (twin, "name_birth_date"),
    ]
    assert find_duplicates(
        db,
        national_number=NISS,
        first_name="Emre",
        last_name="Ozturk",
        birth_date=BIRTH,
        exclude_id=emre,
    ) == [both[1]]
    assert (
        find_duplicates(
            db,
            national_number="",
            first_name="Emre",
            last_name="Ozturk",
            birth_date=date(1999, 5, 19),
        )
        == []
    )
    assert (
        find_duplicates(db, national_number="123", first_name="", last_name="", birth_date=BIRTH)
        == []
    )


# --- weeks and eligibility -----------------------------------------------------------


def test_weeks_done_counts_working_days_without_interruptions(
    db: Database, functions: dict[str, uuid.UUID]
) -> None:
    intern_id = save_intern(db, VALID, today=TODAY)
    function_id = functions["editor"]
    with db.unit_of_work() as uow:
        session = uow.session
        host = make_host(session)
        # 20 working days, minus 3 (Wednesday to Friday) of sickness: 17.
        add_internship(
            session,
            intern_id,
            host,
            function_id,
            InternshipStatus.COMPLETED,
            date(2021, 2, 1),
            date(2021, 2, 26),
            breaks=((date(2021, 2, 10), date(2021, 2, 12)),),
        )
        # Planned for 12 weeks, ended after 2: 10 days.
        add_internship(
            session,
            intern_id,
            host,
            function_id,
            InternshipStatus.TERMINATED,
            date(2021, 6, 7),
            date(2021, 8, 27),
            actual_end=date(2021, 6, 18),
        )
        for status in (InternshipStatus.CANCELLED, InternshipStatus.DRAFT):
            add_internship(
                session, intern_id, host, function_id, status, date(2021, 9, 6), date(2021, 10, 29)
            )
        add_internship(
            session,
            intern_id,
            host,
            function_id,
            InternshipStatus.SIGNED,
            date(2021, 9, 6),
            date(2021, 10, 29),
            deleted=True,
        )
        uow.commit()

    assert weeks_done(db, intern_id) == pytest.approx(27 / 5)
    assert weeks_done(db, intern_id, until=date(2021, 2, 12)) == pytest.approx(7 / 5)
    assert weeks_done(db, intern_id, until=date(2021, 1, 29)) == 0
    assert weeks_done(db, uuid.uuid4()) == 0


def test_eligibility_on_a_given_date_uses_the_database_rules(
    db: Database, functions: dict[str, uuid.UUID]
) -> None:
    intern_id = save_intern(
        db, with_values(birth_date="1995-06-15", national_number=""), today=TODAY
    )

    younger = intern_eligibility(db, intern_id, date(2021, 6, 14))
    assert younger.eligible
    assert younger.reason(AGE).params["age"] == 25
    aged_26 = intern_eligibility(db, intern_id, date(2021, 6, 15))
    assert not aged_26.eligible
    assert [r.code for r in aged_26.reasons if not r.ok] == [AGE]

    with db.unit_of_work() as uow:
        session = uow.session
        host = make_host(session)
        add_internship(
            session,
            intern_id,
            host,
            functions["editor"],
            InternshipStatus.SIGNED,
            date(2021, 4, 5),
            date(2021, 6, 25),  # 12 weeks
        )
        uow.commit()
    full = intern_eligibility(db, intern_id, date(2021, 3, 15))
    assert not full.eligible
    assert [r.code for r in full.reasons if not r.ok] == [WEEKS]
    assert full.reason(JOBSEEKER).ok

    save_rules(db, {"max_total_weeks_per_intern": "20"})
    assert intern_eligibility(db, intern_id, date(2021, 3, 15)).eligible
    assert not intern_eligibility(db, intern_id, date(2021, 3, 15), planned_weeks=10).eligible

    save_intern(
        db,
        {
            **load_intern(db, intern_id),
            "jobseeker_agency": "",
            "jobseeker_number": "",
            "jobseeker_since": "",
        },
        intern_id=intern_id,
        today=TODAY,
    )
    no_agency = intern_eligibility(db, intern_id, date(2021, 3, 15))
    assert not no_agency.eligible and not no_agency.reason(JOBSEEKER).ok
    with pytest.raises(RecordNotFound):
        intern_eligibility(db, uuid.uuid4(), TODAY)


def test_function_choices_sorted_by_translated_name(
    db: Database, functions: dict[str, uuid.UUID]
) -> None:
    assert function_choices(db, "FR") == [
        ("production_assistant", "Assistant de production"),
        ("lighting", "Éclairagiste"),
        ("sound_engineer", "Ingénieur du son"),
        ("editor", "Monteur"),
    ]
    assert [code for code, _name in function_choices(db, "en")] == [
        "editor",
        "lighting",
        "production_assistant",
        "sound_engineer",
    ]

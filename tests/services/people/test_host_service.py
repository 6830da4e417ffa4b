"""The host service: hosts, their mentors and training plans, duplicates and the weeks quota."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from consultant_app.domain.contact import normalise_phone, parse_email, parse_postcode
from consultant_app.domain.enums import (
    AuditAction,
    Gender,
    InternshipStatus,
    InterruptionKind,
    JointCommittee,
    Language,
    LanguageRole,
    TrainingPlanStatus,
)
from consultant_app.domain.errors import InvalidValue
from consultant_app.domain.identifiers import make_enterprise_number, parse_enterprise_number
from consultant_app.services.forms.parsing import RecordNotFound, ValidationFailed
from consultant_app.services.people.hosts import (
    HOST_FIELDS,
    HOST_LABELS,
    MENTOR_FIELDS,
    REQUIRED_HOST_FIELDS,
    TRAINING_PLAN_FIELDS,
    find_host_duplicates,
    host_quota,
    load_host,
    load_mentor,
    mentors_of,
    save_host,
    save_mentor,
    save_training_plan,
    training_plans_of,
    validate_host,
    validate_mentor,
    validate_training_plan,
    weeks_used,
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
    Interruption,
    Mentor,
    TrainingPlan,
)

VALID: dict[str, str] = {
    "name": "Clin d'Oeil Film Srl",
    "enterprise_number": "BE 0123.456.749",
    "legal_form": "SRL",
    "joint_committee": "303.01",
    "joint_committee_other": "",
    "language_role": "FR",
    "street": "Rue de la Loi",
    "house_number": "16",
    "box": "3",
    "postcode": "4000",
    "municipality": "Liège",
    "website": "www.clindoeil.be",
    "employees_fte": "45,5",
    "contact_name": "Anaïs Lefèvre",
    "contact_email": "anais@ClinDoeil.BE",
    "contact_phone": "04 123 45 67",
    "represented_by": "Marc Dubois",
}
MENTOR: dict[str, str] = {
    "first_name": "Anaïs",
    "last_name": "Lefèvre",
    "job_title": "Production manager",
    "email": "anais@clindoeil.be",
    "phone": "+32 470 12 34 56",
    "years_experience": "12",
    "mentor_training": "1",
}
PLAN: dict[str, str] = {
    "year": "2021",
    "status": "received",
    "training_budget": "12 500,50",
    "coaching_new_staff": "A buddy for every newcomer.",
    "mentors_trained": "3",
    "talent_policy": "",
    "comments": "",
    "received_on": "15/01/2021",
}


#: Marks an expected error whose code the domain's validator chooses.
DOMAIN = "<domain>"
DOMAIN_PARSERS: dict[str, Callable[[str], object]] = {
    "enterprise_number": parse_enterprise_number,
    "postcode": parse_postcode,
    "contact_email": parse_email,
    "contact_phone": normalise_phone,
}


def domain_error(parse: Callable[[str], object], text: str) -> InvalidValue:
    with pytest.raises(InvalidValue) as raised:
        parse(text)
    return raised.value


def host_errors(**changes: str) -> list[tuple[str, str]]:
    _cleaned, errors = validate_host({**VALID, **changes})
    return [(e.field, e.code) for e in errors]


def audit_rows(db: Database, record_id: uuid.UUID) -> list[tuple[object, ...]]:
    with db.unit_of_work() as uow:
        rows = uow.session.execute(
            select(
                AuditEntry.action, AuditEntry.actor, AuditEntry.field, AuditEntry.new_value
            ).where(AuditEntry.entity_id == record_id)
        ).all()
    return [tuple(row) for row in rows]


def soft_delete(db: Database, model: type[Host | Mentor], record_id: uuid.UUID) -> None:
    with db.unit_of_work() as uow:
        record = uow.session.get(model, record_id)
        assert record is not None
        record.soft_delete()
        uow.commit()


# --- host validation -----------------------------------------------------------------


def test_valid_host_is_cleaned() -> None:
    cleaned, errors = validate_host(VALID)

    assert errors == []
    assert set(cleaned) == set(HOST_FIELDS)
    assert cleaned["enterprise_number"] == "0123456749"
    assert cleaned["joint_committee"] is JointCommittee.SCP_303_01
    assert cleaned["joint_committee_other"] is None
    assert cleaned["language_role"] is LanguageRole.FR
    assert cleaned["employees_fte"] == Decimal("45.5")
    assert cleaned["contact_email"] == "anais@clindoeil.be"
    assert cleaned["contact_phone"] == "+3241234567"
    assert cleaned["postcode"] == "4000"


@pytest.mark.parametrize("spelling", ["0123.456.749", "0123456749", "BE0123456749", "123456749"])
def test_enterprise_number_spellings(spelling: str) -> None:
    cleaned, errors = validate_host({**VALID, "enterprise_number": spelling})
    assert errors == [] and cleaned["enterprise_number"] == "0123456749"


def test_required_host_fields() -> None:
    _cleaned, errors = validate_host(dict.fromkeys(HOST_FIELDS, ""))
    assert [(e.field, e.code) for e in errors] == [(f, "required") for f in REQUIRED_HOST_FIELDS]
    assert errors[1].message == "Enterprise number is required."


def test_other_joint_committee_needs_its_number() -> None:
    assert host_errors(joint_committee="other") == [("joint_committee_other", "required")]
    cleaned, errors = validate_host(
        {**VALID, "joint_committee": "other", "joint_committee_other": "200"}
    )
    assert errors == [] and cleaned["joint_committee_other"] == "200"
    cleaned, _errors = validate_host({**VALID, "joint_committee_other": "200"})
    assert cleaned["joint_committee_other"] is None  # only kept for "other"


@pytest.mark.parametrize(
    ("field", "text", "code"),
    [
        ("name", "x" * 301, "text.length"),
        ("joint_committee", "CP 200", "choice.unknown"),
        ("language_role", "DE", "choice.unknown"),
        ("postcode", "99999", DOMAIN),
        ("website", "clin doeil.be", "website.syntax"),
        ("website", "localhost", "website.syntax"),
        ("employees_fte", "many", "number.syntax"),
        ("employees_fte", "-1", "number.range"),
        ("employees_fte", "12,55", "number.syntax"),
        ("enterprise_number", "2123.456.749", DOMAIN),
        ("enterprise_number", "0123.456.748", DOMAIN),
        ("enterprise_number", "0123.456", DOMAIN),
        ("enterprise_number", "BE", DOMAIN),
        ("contact_email", "anais@", DOMAIN),
        ("contact_phone", "12", DOMAIN),
    ],
)
def test_invalid_host_value(field: str, text: str, code: str) -> None:
    _cleaned, errors = validate_host({**VALID, field: text})
    if code == DOMAIN:  # the domain's own code, params and sentence
        problem = domain_error(DOMAIN_PARSERS[field], text)
        code = problem.code
        assert problem.params.items() <= errors[0].params.items()
        assert errors[0].message == f"{HOST_LABELS[field]}: {problem}"
    assert [(e.field, e.code) for e in errors] == [(field, code)]
    assert errors[0].message.startswith(HOST_LABELS[field] + ": ")
    assert errors[0].params["value"] == text


# --- host load, save, duplicates -----------------------------------------------------


def test_save_and_load_host(db: Database) -> None:
    host_id = save_host(db, VALID, actor="anna")

    values = load_host(db, host_id)
    assert values["enterprise_number"] == "0123.456.749"
    assert values["employees_fte"] == "45.5"
    assert values["contact_phone"] == "+32 4 123 45 67"
    assert values["joint_committee"] == "303.01"
    assert values["joint_committee_other"] == ""
    assert validate_host(values)[1] == []
    assert audit_rows(db, host_id) == [(AuditAction.INSERT, "anna", None, None)]

    save_host(db, {**values, "language_role": "BI"}, host_id=host_id, actor="bert")
    assert load_host(db, host_id)["language_role"] == "BI"
    assert audit_rows(db, host_id)[1:] == [(AuditAction.UPDATE, "bert", "language_role", "BI")]


def test_save_invalid_host_writes_nothing(db: Database) -> None:
    with pytest.raises(ValidationFailed) as failed:
        save_host(db, {**VALID, "name": " ", "enterprise_number": "0123456748"})
    assert [e.field for e in failed.value.errors] == ["name", "enterprise_number"]
    assert "0123456748" in str(failed.value)
    with db.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Host)) == 0
    with pytest.raises(RecordNotFound):
        save_host(db, VALID, host_id=uuid.uuid4())


def test_host_duplicates_by_enterprise_number(db: Database) -> None:
    first = save_host(db, VALID)
    second = save_host(db, {**VALID, "name": "Clin d'Oeil bis"})
    gone = save_host(db, {**VALID, "name": "Gone"})
    soft_delete(db, Host, gone)
    save_host(db, {**VALID, "enterprise_number": make_enterprise_number(4567890)})

    found = find_host_duplicates(db, "0123456749")
    assert [(d.id, d.name, d.reason) for d in found] == [
        (second, "Clin d'Oeil bis", "enterprise_number"),
        (first, "Clin d'Oeil Film Srl", "enterprise_number"),
    ]
    assert [d.id for d in find_host_duplicates(db, "BE 0123.456.749", exclude_id=first)] == [second]
    assert find_host_duplicates(db, "not a number") == []


# --- quota ---------------------------------------------------------------------------


def add_internship(
    session: Session,
    host_id: uuid.UUID,
    status: InternshipStatus,
    start: date,
    end: date,
    breaks: tuple[tuple[date, date], ...] = (),
) -> None:
    cluster = session.scalar(select(Cluster)) or Cluster(
        code="misc", name_nl="Divers", name_fr="Divers", name_en="Misc"
    )
    function = session.scalar(select(Function)) or Function(
        cluster=cluster, code="editor", name_nl="Editor", name_fr="Monteur", name_en="Editor"
    )
    intern = Intern(
        first_name="Jan",
        last_name="Peeters",
        birth_date=date(2000, 1, 1),
        gender=Gender.MALE,
        language=Language.NL,
    )
    internship = Internship(
        reference=f"SM-T-{uuid.uuid4().hex[:8]}",
        intern=intern,
        host_id=host_id,
        function=function,
        status=status,
        start_date=start,
        planned_end_date=end,
        convention_language=Language.FR,
    )
    session.add(internship)
    for first, last in breaks:
        session.add(
            Interruption(
                internship=internship,
                kind=InterruptionKind.SUSPENSION,
                start_date=first,
                end_date=last,
            )
        )


def test_weeks_used_and_quota_across_new_year(db: Database) -> None:
    host_id = save_host(db, VALID)  # 45.5 FTE: two started blocks of 30
    other_id = save_host(db, {**VALID, "name": "Other"})
    with db.unit_of_work() as uow:
        session = uow.session
        # 20 working days in December 2021, 20 in January 2022 minus a week of suspension.
        add_internship(
            session,
            host_id,
            InternshipStatus.RUNNING,
            date(2021, 12, 6),
            date(2022, 1, 28),
            breaks=((date(2022, 1, 10), date(2022, 1, 14)),),
        )
        add_internship(
            session, host_id, InternshipStatus.CANCELLED, date(2022, 2, 7), date(2022, 4, 29)
        )
        add_internship(
            session, host_id, InternshipStatus.DRAFT, date(2022, 2, 7), date(2022, 4, 29)
        )
        add_internship(
            session, other_id, InternshipStatus.COMPLETED, date(2022, 2, 7), date(2022, 4, 29)
        )
        uow.commit()

    assert weeks_used(db, host_id, 2021) == pytest.approx(4)
    assert weeks_used(db, host_id, 2022) == pytest.approx(3)
    assert weeks_used(db, host_id, 2023) == 0
    assert weeks_used(db, other_id, 2022) == pytest.approx(12)

    quota_2021 = host_quota(db, host_id, 2021)
    assert (quota_2021.year, quota_2021.available, quota_2021.used) == (2021, 52, 4)
    assert quota_2021.left == pytest.approx(48) and not quota_2021.exceeded
    assert host_quota(db, host_id, 2022).left == pytest.approx(49)

    save_rules(db, {"quota_weeks_per_block": "1"})
    tight = host_quota(db, host_id, 2021)
    assert (tight.available, tight.exceeded) == (2, True)
    assert tight.left == pytest.approx(-2)
    with pytest.raises(RecordNotFound):
        host_quota(db, uuid.uuid4(), 2021)


# --- mentors -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "text", "code"),
    [
        ("first_name", "", "required"),
        ("last_name", "", "required"),
        ("email", "anais.clindoeil.be", "email.syntax"),
        ("phone", "+32 470 12", "phone.length"),
        ("years_experience", "twelve", "number.syntax"),
        ("years_experience", "-1", "number.range"),
        ("years_experience", "1.5", "number.syntax"),
        ("mentor_training", "maybe", "boolean.syntax"),
    ],
)
def test_invalid_mentor_value(field: str, text: str, code: str) -> None:
    _cleaned, errors = validate_mentor({**MENTOR, field: text})
    assert [(e.field, e.code) for e in errors] == [(field, code)]


def test_valid_mentor_is_cleaned() -> None:
    cleaned, errors = validate_mentor(MENTOR)
    assert errors == []
    assert set(cleaned) == set(MENTOR_FIELDS)
    assert cleaned["years_experience"] == 12 and cleaned["mentor_training"] is True
    assert cleaned["phone"] == "+32470123456"
    cleaned, _errors = validate_mentor({**MENTOR, "mentor_training": "", "years_experience": ""})
    assert cleaned["mentor_training"] is False and cleaned["years_experience"] is None


def test_mentors_of_a_host(db: Database) -> None:
    host_id = save_host(db, VALID)
    other_host = save_host(db, {**VALID, "name": "Other"})
    anais = save_mentor(db, host_id, MENTOR, actor="anna")
    bart = save_mentor(
        db, host_id, {**MENTOR, "first_name": "Bart", "last_name": "Claes", "job_title": ""}
    )
    gone = save_mentor(db, host_id, {**MENTOR, "first_name": "Gone"})
    soft_delete(db, Mentor, gone)
    save_mentor(db, other_host, {**MENTOR, "first_name": "Zoë"})

    assert mentors_of(db, host_id) == [
        (bart, "Bart Claes", ""),
        (anais, "Anaïs Lefèvre", "Production manager"),
    ]
    values = load_mentor(db, anais)
    assert values["phone"] == "+32 470 12 34 56"
    assert values["mentor_training"] == "1" and values["years_experience"] == "12"
    save_mentor(db, host_id, {**values, "years_experience": "13"}, mentor_id=anais, actor="bert")
    assert load_mentor(db, anais)["years_experience"] == "13"
    assert audit_rows(db, anais) == [
        (AuditAction.INSERT, "anna", None, None),
        (AuditAction.UPDATE, "bert", "years_experience", "13"),
    ]
    with pytest.raises(RecordNotFound):  # not a mentor of that host
        save_mentor(db, other_host, values, mentor_id=anais)
    with pytest.raises(RecordNotFound):
        load_mentor(db, gone)
    with pytest.raises(ValidationFailed):
        save_mentor(db, host_id, {**values, "last_name": ""}, mentor_id=anais)


# --- training plans ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "text", "code"),
    [
        ("year", "", "required"),
        ("year", "1999", "number.range"),
        ("year", "twenty", "number.syntax"),
        ("status", "lost", "choice.unknown"),
        ("training_budget", "1.234,5", "number.syntax"),
        ("training_budget", "12,345", "number.syntax"),
        ("mentors_trained", "-2", "number.range"),
        ("received_on", "2021-02-30", "date.syntax"),
    ],
)
def test_invalid_training_plan_value(field: str, text: str, code: str) -> None:
    _cleaned, errors = validate_training_plan({**PLAN, field: text})
    assert [(e.field, e.code) for e in errors] == [(field, code)]


def test_valid_training_plan_is_cleaned() -> None:
    cleaned, errors = validate_training_plan(PLAN)
    assert errors == []
    assert set(cleaned) == set(TRAINING_PLAN_FIELDS)
    assert cleaned["year"] == 2021
    assert cleaned["status"] is TrainingPlanStatus.RECEIVED
    assert cleaned["training_budget"] == Decimal("12500.50")
    assert cleaned["received_on"] == date(2021, 1, 15)
    assert cleaned["talent_policy"] is None
    cleaned, _errors = validate_training_plan({"year": "2022"})
    assert cleaned["status"] is TrainingPlanStatus.REQUESTED


def test_training_plan_is_one_per_host_and_year(db: Database) -> None:
    host_id = save_host(db, VALID)
    plan_2021 = save_training_plan(db, host_id, PLAN, actor="anna")
    plan_2022 = save_training_plan(db, host_id, {"year": "2022"})
    again = save_training_plan(db, host_id, {**PLAN, "status": "approved"}, actor="bert")

    assert again == plan_2021 and plan_2022 != plan_2021
    plans = training_plans_of(db, host_id)
    assert [(p["id"], p["year"], p["status"]) for p in plans] == [
        (str(plan_2022), "2022", "requested"),
        (str(plan_2021), "2021", "approved"),
    ]
    assert plans[1]["training_budget"] == "12500.50"
    assert plans[1]["received_on"] == "2021-01-15"
    with db.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(TrainingPlan)) == 2
    assert (AuditAction.UPDATE, "bert", "status", "approved") in audit_rows(db, plan_2021)
    with pytest.raises(RecordNotFound):
        save_training_plan(db, uuid.uuid4(), PLAN)

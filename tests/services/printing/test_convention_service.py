"""From a stored internship to a printed convention or amendment kept in the database."""

from __future__ import annotations

import json
import stat
import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from consultant_app.documents.data import CompetenceLine, ConsultantProfile
from consultant_app.domain.enums import (
    Gender,
    InternshipStatus,
    InterruptionKind,
    JobSeekerAgency,
    JointCommittee,
    Language,
    LanguageRole,
)
from consultant_app.domain.identifiers import make_enterprise_number, make_niss
from consultant_app.services.forms.parsing import RecordNotFound
from consultant_app.services.printing.convention_data import convention_data, parse_schedule
from consultant_app.services.printing.conventions import (
    AmendmentNotFound,
    issue_amendment,
    issue_convention,
    issue_conventions_of_year,
)
from consultant_app.services.printing.issuing import (
    InternshipNotFound,
    document_content,
    page_count,
)
from consultant_app.store.database import Database
from consultant_app.store.models import (
    Amendment,
    CatalogueCompetence,
    CatalogueTask,
    Cluster,
    Consultant,
    Function,
    Host,
    Intern,
    Internship,
    InternshipCompetence,
    InternshipTask,
    Interruption,
    IssuedDocument,
    Mentor,
    utcnow,
)
from consultant_app.store.settings import PRINT_NATIONAL_NUMBER_KEY, set_value

FUND = {
    "fund.name": "Sectorfonds audiovisuele sector",
    "fund.street": "Kunstlaan 12",
    "fund.postcode": "1000",
    "fund.municipality": "Brussel",
    "fund.enterprise_number": make_enterprise_number(4_512_873),
    "fund.signatory_name": "Ann De Ridder",
    "fund.signatory_title": "Directeur",
    "fund.logo_path": "",
}
PROFILE = {
    "consultant.name": "Sofie Van den Broeck",
    "consultant.email": "sofie@fund.example",
    "consultant.phone": "+32494817662",
}
NISS = make_niss(date(2003, 4, 9), 123)
FIRST_DAY = date(2026, 3, 2)
LATER_DAY = date(2026, 4, 20)
SCHEDULE = {"hours": {"mon": 7.6, "tue": 7.6, "wed": 7.6, "thu": 7.6, "sat": 0}, "note": "9-17"}


@dataclass
class Programme:
    internship_id: uuid.UUID
    reference: str = "SM-2026-014"


def _function(session: Session) -> Function:
    existing = session.scalar(select(Function).where(Function.code == "camera_assistant"))
    if existing is not None:
        return existing
    cluster = Cluster(code="image", name_nl="Beeld", name_fr="Image", name_en="Image")
    function = Function(
        cluster=cluster,
        code="camera_assistant",
        name_nl="Cameraassistent",
        name_fr="Assistant caméra",
        name_en="Camera assistant",
    )
    session.add_all([cluster, function])
    return function


def build(session: Session, **values: Any) -> Internship:
    """A signed internship of 2026 with a catalogue task, an adjusted one and one written in."""
    for key, value in {**FUND, **PROFILE}.items():
        set_value(session, key, value)
    function = _function(session)
    focus = CatalogueTask(
        function=function,
        position=1,
        name_nl="De scherpte trekken",
        name_fr="Faire le point",
        name_en="Pull focus",
    )
    optics = CatalogueCompetence(
        function=function,
        kind="technical",
        name_nl="Kennis van optiek",
        name_fr="Connaissance de l'optique",
        name_en="Knowledge of optics",
    )
    host = Host(
        name="Studio Lumière",
        enterprise_number=make_enterprise_number(1_234_567),
        joint_committee=JointCommittee.SCP_303_01,
        language_role=LanguageRole.FR,
        street="Rue Haute",
        house_number="12",
        box="3",
        postcode="1000",
        municipality="Bruxelles",
        represented_by="Marc Dubois",
    )
    mentor = Mentor(
        host=host, first_name="Claire", last_name="Martin", job_title="Cheffe opératrice"
    )
    intern = Intern(
        first_name="Lina",
        last_name="Peeters",
        birth_date=date(2003, 4, 9),
        gender=Gender.FEMALE,
        language=Language.FR,
        national_number=NISS,
        street="Avenue Louise",
        house_number="5",
        postcode="1050",
        municipality="Ixelles",
        jobseeker_agency=JobSeekerAgency.ACTIRIS,
        jobseeker_number="A-778",
        jobseeker_since=date(2025, 9, 1),
    )
    consultant = Consultant(first_name="Julien", last_name="Lefèvre", email="julien@fund.example")
    fields: dict[str, Any] = {
        "reference": "SM-2026-014",
        "status": InternshipStatus.SIGNED,
        "start_date": date(2026, 3, 2),
        "planned_end_date": date(2026, 5, 22),
        "convention_language": Language.FR,
        "hours_per_week": Decimal("30.4"),
        "schedule": json.dumps(SCHEDULE),
        "workplace": "Plateau B",
        "objectives": "Apprendre le métier",
        "expenses": "Frais de transport remboursés",
        "no_replacement_declared": True,
        "intern": intern,
        "host": host,
        "mentor": mentor,
        "consultant": consultant,
        "function": function,
        **values,
    }
    internship = Internship(**fields)
    session.add_all([focus, optics, host, mentor, intern, consultant, internship])
    session.flush()
    session.add_all(
        [
            InternshipTask(
                internship_id=internship.id,
                catalogue_task_id=focus.id,
                text="Faire le point",
                position=0,
            ),
            InternshipTask(
                internship_id=internship.id,
                catalogue_task_id=focus.id,
                text="Faire le point sur les gros plans",
                position=1,
            ),
            InternshipTask(internship_id=internship.id, text="Ranger le camion", position=2),
            InternshipTask(
                internship_id=internship.id, text="Supprimée", position=3, deleted_at=utcnow()
            ),
            InternshipCompetence(
                internship_id=internship.id,
                catalogue_competence_id=optics.id,
                text="Connaissance de l'optique",
                objective="Niveau 3",
                target_level=3,
                position=0,
            ),
            # A week of sickness: five working days do not count.
            Interruption(
                internship_id=internship.id,
                kind=InterruptionKind.SICKNESS,
                start_date=date(2026, 3, 9),
                end_date=date(2026, 3, 13),
            ),
            Interruption(
                internship_id=internship.id,
                kind=InterruptionKind.OTHER,
                start_date=date(2026, 3, 16),
                end_date=date(2026, 3, 20),
                deleted_at=utcnow(),
            ),
        ]
    )
    session.flush()
    return internship


@pytest.fixture
def programme(db: Database) -> Programme:
    with db.unit_of_work() as uow:
        internship = build(uow.session)
        uow.commit()
        return Programme(internship.id)


def _internship(session: Session, programme: Programme) -> Internship:
    internship = session.get(Internship, programme.internship_id)
    assert internship is not None
    return internship


def _documents(db: Database, kind: str = "convention") -> list[IssuedDocument]:
    with db.unit_of_work() as uow:
        documents = list(
            uow.session.scalars(
                select(IssuedDocument)
                .where(IssuedDocument.kind == kind)
                .order_by(IssuedDocument.issued_at)
            )
        )
        uow.session.expunge_all()
    return documents


def _edit(db: Database, programme: Programme, **values: Any) -> None:
    with db.unit_of_work() as uow:
        internship = _internship(uow.session, programme)
        for name, value in values.items():
            setattr(internship, name, value)
        uow.commit()


# --- the data the renderer receives -------------------------------------------------------


def test_the_convention_data_in_french(db: Database, programme: Programme) -> None:
    with db.unit_of_work() as uow:
        data = convention_data(
            uow.session, _internship(uow.session, programme), "fr", today=FIRST_DAY
        )
    assert (data.reference, data.version, data.language) == ("SM-2026-014", 1, "fr")
    assert data.issued_on == FIRST_DAY
    assert data.function_name == "Assistant caméra"
    assert data.host.name == "Studio Lumière"
    assert data.host.address == "Rue Haute 12 bte 3, 1000 Bruxelles"
    assert data.host.joint_committee == "303.01"
    assert data.host.enterprise_number == "0123.456.749"
    assert data.host.represented_by == "Marc Dubois"
    assert data.mentor is not None
    assert (data.mentor.name, data.mentor.job_title) == ("Claire Martin", "Cheffe opératrice")
    assert data.intern.name == "Lina Peeters"
    assert data.intern.address == "Avenue Louise 5, 1050 Ixelles"
    assert (data.intern.jobseeker_agency, data.intern.jobseeker_number) == ("Actiris", "A-778")
    assert data.intern.jobseeker_since == date(2025, 9, 1)
    # 12 weeks of Monday-Friday days, minus one live week of sickness.
    assert data.working_days == 55
    assert data.weeks == 11.0
    assert data.hours_per_week == 30.4
    assert data.schedule == (("mon", 7.6), ("tue", 7.6), ("wed", 7.6), ("thu", 7.6))
    assert data.schedule_note == "9-17"
    assert (data.workplace, data.objectives) == ("Plateau B", "Apprendre le métier")
    assert data.expenses == "Frais de transport remboursés"
    assert data.no_replacement_declared is True
    assert data.tasks == ("Faire le point", "Faire le point sur les gros plans", "Ranger le camion")
    assert data.competences == (CompetenceLine("Connaissance de l'optique", "Niveau 3", 3),)
    assert data.signing_place == "Bruxelles"
    assert data.is_draft is False
    assert data.consultant == ConsultantProfile("Julien Lefèvre", "julien@fund.example", "")
    assert data.fund.name == FUND["fund.name"]
    assert data.fund.enterprise_number == "0451.287.352"
    assert (data.fund.signatory_name, data.fund.signatory_title) == ("Ann De Ridder", "Directeur")
    assert data.fund.logo_path is None


def test_catalogue_texts_follow_the_language_and_adjusted_texts_stay(
    db: Database, programme: Programme
) -> None:
    with db.unit_of_work() as uow:
        data = convention_data(uow.session, _internship(uow.session, programme), "nl")
    assert data.function_name == "Cameraassistent"
    assert data.tasks == (
        "De scherpte trekken",
        "Faire le point sur les gros plans",
        "Ranger le camion",
    )
    assert data.competences[0].text == "Kennis van optiek"
    assert data.host.address == "Rue Haute 12 bus 3, 1000 Bruxelles"


def test_a_plain_text_schedule_is_the_note(db: Database) -> None:
    with db.unit_of_work() as uow:
        internship = build(uow.session, schedule="Lundi-jeudi 9:00-17:00", hours_per_week=None)
        data = convention_data(uow.session, internship, "en")
    assert data.schedule == ()
    assert data.schedule_note == "Lundi-jeudi 9:00-17:00"
    assert data.hours_per_week is None


def test_parse_schedule() -> None:
    assert parse_schedule(None) == ((), "")
    assert parse_schedule("38") == ((), "38")
    assert parse_schedule('{"hours": {"fri": 4, "mon": 8, "tue": null, "wed": 0}}') == (
        (("mon", 8.0), ("fri", 4.0)),
        "",
    )


def test_hours_come_from_the_days_when_the_column_is_empty(db: Database) -> None:
    with db.unit_of_work() as uow:
        internship = build(uow.session, hours_per_week=None)
        data = convention_data(uow.session, internship, "en")
    assert data.hours_per_week == 30.4


def test_other_joint_committee_and_draft(db: Database) -> None:
    with db.unit_of_work() as uow:
        internship = build(uow.session, status=InternshipStatus.DRAFT)
        internship.host.joint_committee = JointCommittee.OTHER
        internship.host.joint_committee_other = "329.01"
        data = convention_data(uow.session, internship, "en")
    assert data.host.joint_committee == "329.01"
    assert data.is_draft is True


def test_the_profile_is_the_consultant_when_the_internship_has_none(db: Database) -> None:
    with db.unit_of_work() as uow:
        internship = build(uow.session, consultant=None)
        data = convention_data(uow.session, internship, "en")
    assert data.consultant == ConsultantProfile(
        "Sofie Van den Broeck", "sofie@fund.example", "+32 494 81 76 62"
    )


def test_the_national_number_is_printed_only_when_the_setting_says_so(
    db: Database, programme: Programme
) -> None:
    with db.unit_of_work() as uow:
        data = convention_data(uow.session, _internship(uow.session, programme), "fr")
        assert data.intern.national_number is None
        set_value(uow.session, PRINT_NATIONAL_NUMBER_KEY, True)
        data = convention_data(uow.session, _internship(uow.session, programme), "fr")
    assert data.intern.national_number == "03.04.09-123.18"


def test_an_unknown_language_is_refused(db: Database, programme: Programme) -> None:
    with db.unit_of_work() as uow, pytest.raises(ValueError, match="nl, fr, en"):
        convention_data(uow.session, _internship(uow.session, programme), "de")


# --- issuing ------------------------------------------------------------------------------


def test_issue_in_the_convention_language_by_default(db: Database, programme: Programme) -> None:
    issued = issue_convention(db, "SM-2026-014", actor="tester", today=FIRST_DAY)
    assert (issued.language, issued.version) == ("fr", 1)
    assert issued.filename == "SM-2026-014_v1_fr.pdf"
    assert issued.content.startswith(b"%PDF")
    assert page_count(issued.content) >= 1
    (document,) = _documents(db)
    assert document.id == issued.document_id
    assert (document.kind, document.language, document.version) == ("convention", Language.FR, 1)
    assert (document.sha256, document.issued_by) == (issued.sha256, "tester")
    assert document.media_type == "application/pdf"
    assert document_content(db, issued.document_id) == (
        "SM-2026-014_v1_fr.pdf",
        "application/pdf",
        issued.content,
    )


def test_the_reference_is_case_insensitive_and_an_id_works_too(
    db: Database, programme: Programme
) -> None:
    by_reference = issue_convention(db, "sm-2026-014", language="en", today=FIRST_DAY)
    by_id = issue_convention(db, programme.internship_id, language="en", today=FIRST_DAY)
    assert by_reference.document_id == by_id.document_id


def test_printing_the_same_version_again_reuses_the_stored_document(
    db: Database, programme: Programme
) -> None:
    first = issue_convention(db, "SM-2026-014", today=FIRST_DAY)
    again = issue_convention(db, "SM-2026-014", today=LATER_DAY)
    assert again.content == first.content
    assert again.document_id == first.document_id
    assert len(_documents(db)) == 1


def test_the_document_date_is_that_of_the_first_print_of_the_version(
    db: Database, programme: Programme
) -> None:
    issue_convention(db, "SM-2026-014", language="fr", today=FIRST_DAY)
    # Another language, later: same date, a document of its own.
    issue_convention(db, "SM-2026-014", language="nl", today=LATER_DAY)
    with db.unit_of_work() as uow:
        data = convention_data(
            uow.session, _internship(uow.session, programme), "nl", today=LATER_DAY
        )
    assert data.issued_on == FIRST_DAY
    assert [d.language for d in _documents(db)] == [Language.FR, Language.NL]


def test_a_changed_draft_convention_of_the_same_version_is_stored_again(
    db: Database, programme: Programme
) -> None:
    # Only a draft changes in place; a signed one is frozen (see test_frozen_conventions.py).
    _edit(db, programme, status=InternshipStatus.DRAFT)
    first = issue_convention(db, "SM-2026-014", today=FIRST_DAY)
    _edit(db, programme, workplace="Plateau C")
    second = issue_convention(db, "SM-2026-014", today=LATER_DAY)
    assert second.document_id != first.document_id
    assert second.sha256 != first.sha256
    assert [d.version for d in _documents(db)] == [1, 1]
    with db.unit_of_work() as uow:
        data = convention_data(uow.session, _internship(uow.session, programme), "fr")
    assert data.issued_on == FIRST_DAY


def test_a_new_version_gives_a_new_document_dated_on_its_own_day(
    db: Database, programme: Programme
) -> None:
    first = issue_convention(db, "SM-2026-014", today=FIRST_DAY)
    _edit(db, programme, convention_version=2, planned_end_date=date(2026, 5, 29))
    second = issue_convention(db, "SM-2026-014", today=LATER_DAY)
    assert (second.version, second.filename) == (2, "SM-2026-014_v2_fr.pdf")
    assert second.document_id != first.document_id
    assert [d.version for d in _documents(db)] == [1, 2]
    with db.unit_of_work() as uow:
        data = convention_data(uow.session, _internship(uow.session, programme), "fr")
    assert (data.version, data.issued_on) == (2, LATER_DAY)


def test_an_unknown_reference_is_a_clear_error(db: Database, programme: Programme) -> None:
    with pytest.raises(InternshipNotFound, match="No internship with reference SM-2099-001"):
        issue_convention(db, "SM-2099-001")
    assert _documents(db) == []


# --- amendments ---------------------------------------------------------------------------


def _amend(db: Database, programme: Programme) -> None:
    with db.unit_of_work() as uow:
        internship = _internship(uow.session, programme)
        internship.convention_version = 2
        internship.hours_per_week = Decimal("24.0")
        internship.planned_end_date = date(2026, 6, 5)
        uow.session.add(
            Amendment(
                internship_id=internship.id,
                version=2,
                decided_on=date(2026, 4, 15),
                changes=json.dumps(
                    {"planned_end_date": ["2026-05-22", "2026-06-05"], "hours_per_week": [30.4, 24]}
                ),
                reason="Tournage prolongé",
            )
        )
        uow.commit()


def test_amendment_data_and_document(
    db: Database, programme: Programme, monkeypatch: pytest.MonkeyPatch
) -> None:
    from consultant_app.services.printing import conventions

    _amend(db, programme)
    seen = []
    real = conventions._render_amendment
    monkeypatch.setattr(
        conventions, "_render_amendment", lambda data: seen.append(data) or real(data)
    )
    issued = issue_amendment(db, "SM-2026-014", 2, language="nl", today=LATER_DAY)
    assert issued.filename == "SM-2026-014_amendment2_nl.pdf"
    assert (issued.version, issued.language) == (2, "nl")
    assert issued.content.startswith(b"%PDF")
    (data,) = seen
    assert (data.version, data.decided_on, data.reason) == (
        2,
        date(2026, 4, 15),
        "Tournage prolongé",
    )
    assert [(c.field, c.old, c.new) for c in data.changes] == [
        ("planned_end_date", "2026-05-22", "2026-06-05"),
        ("hours_per_week", "30.4", "24"),
    ]
    assert data.convention.version == 2
    assert data.convention.hours_per_week == 24.0
    assert data.convention.planned_end_date == date(2026, 6, 5)
    assert data.convention.issued_on == LATER_DAY
    (document,) = _documents(db, "amendment")
    assert (document.version, document.language) == (2, Language.NL)
    again = issue_amendment(db, "SM-2026-014", 2, language="nl", today=date(2026, 5, 1))
    assert again.document_id == issued.document_id
    assert len(_documents(db, "amendment")) == 1


def test_a_missing_amendment_is_a_clear_error(db: Database, programme: Programme) -> None:
    _amend(db, programme)
    with pytest.raises(AmendmentNotFound, match=r"has no amendment 3 \(its amendments: 2\)"):
        issue_amendment(db, "SM-2026-014", 3)
    with pytest.raises(InternshipNotFound):
        issue_amendment(db, "SM-1999-001", 2)


def test_document_content_of_an_unknown_document(db: Database) -> None:
    with pytest.raises(RecordNotFound):
        document_content(db, uuid.uuid4())


# --- a whole year -------------------------------------------------------------------------


def test_the_conventions_of_a_year(db: Database, tmp_path: Path) -> None:
    with db.unit_of_work() as uow:
        build(uow.session)
        build(uow.session, reference="SM-2026-002", convention_language=Language.NL)
        build(uow.session, reference="SM-2026-003", status=InternshipStatus.CANCELLED)
        build(uow.session, reference="SM-2026-004", deleted_at=utcnow())
        build(uow.session, reference="SM-2025-090", start_date=date(2025, 12, 29))
        uow.commit()
    folder = tmp_path / "out" / "2026"
    files = issue_conventions_of_year(db, 2026, folder, actor="tester", today=FIRST_DAY)
    assert [f.name for f in files] == ["SM-2026-002_v1_nl.pdf", "SM-2026-014_v1_fr.pdf"]
    for path in files:
        assert path.read_bytes().startswith(b"%PDF")
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sorted(p.name for p in folder.iterdir()) == [f.name for f in files]
    assert len(_documents(db)) == 2
    # Again, in English: the same files' dates, new documents of their own.
    files = issue_conventions_of_year(db, 2026, folder, language="en", today=LATER_DAY)
    assert [f.name for f in files] == ["SM-2026-002_v1_en.pdf", "SM-2026-014_v1_en.pdf"]
    again = issue_conventions_of_year(db, 2026, folder, language="en", today=LATER_DAY)
    assert again == files
    with db.unit_of_work() as uow:
        count = uow.session.scalar(select(func.count()).select_from(IssuedDocument))
    assert count == 4


def test_a_year_without_internships_writes_nothing(db: Database, tmp_path: Path) -> None:
    assert issue_conventions_of_year(db, 2030, tmp_path / "none") == []
    assert not (tmp_path / "none").exists()


def test_helper_processes_render_the_same_bytes(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from consultant_app.services.printing import conventions

    with db.unit_of_work() as uow:
        build(uow.session)
        for number in range(2, 5):
            build(uow.session, reference=f"SM-2026-00{number}")
        uow.commit()
    here = issue_conventions_of_year(db, 2026, tmp_path / "here", language="en", today=FIRST_DAY)
    monkeypatch.setattr(conventions, "_DOCUMENTS_PER_HELPER", 1)
    monkeypatch.setattr(conventions, "_processors", lambda: 2)
    monkeypatch.setattr("consultant_app.processes.can_fork", lambda: True)
    helped = issue_conventions_of_year(db, 2026, tmp_path / "helped", language="en")
    assert [p.name for p in helped] == [p.name for p in here]
    assert [p.read_bytes() for p in helped] == [p.read_bytes() for p in here]
    assert len(_documents(db)) == 4

"""Right of access: everything held about one intern, as JSON and as a PDF."""

from __future__ import annotations

import io
import json
import stat
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from consultant_app.documents.data import DOCUMENT_LANGUAGES
from consultant_app.documents.subject_access import SPEC
from consultant_app.documents.templates import load_template
from consultant_app.domain.enums import InternshipStatus, InterruptionKind
from consultant_app.domain.identifiers import format_niss
from consultant_app.services.internships.lifecycle import add_interruption
from consultant_app.services.people.interns import load_intern, save_intern
from consultant_app.services.privacy.subject_access import (
    FORMAT,
    FORMAT_VERSION,
    InternNotFound,
    collect_subject_access,
    export_subject_access,
    find_intern,
    render_subject_access_pdf,
    subject_access_json,
)
from consultant_app.store.database import Database
from consultant_app.store.models import Evaluation, Intern, Internship, IssuedDocument

TODAY = date(2026, 6, 15)
NOW = datetime(2026, 6, 15, 9, 30, tzinfo=UTC)
HOSTILE = "<b>O'Brien & Co</b>"
#: Personal data of another intern, which must never appear in the export.
OTHER_FIRST, OTHER_LAST = "Zebulonne", "Quaxworthington"
OTHER_EMAIL = "zebulonne.q@example.org"


def _evaluated_interns(database: Database) -> list[uuid.UUID]:
    """Interns with a completed internship that has an evaluation, each once."""
    with database.session_factory() as session:
        rows = session.scalars(
            select(Internship.intern_id)
            .join(Evaluation, Evaluation.internship_id == Internship.id)
            .where(Internship.status == InternshipStatus.COMPLETED)
            .group_by(Internship.intern_id)
            .order_by(Internship.intern_id)
        ).all()
    assert len(rows) >= 2
    return list(rows)


def _rename(database: Database, intern_id: uuid.UUID, **changes: str) -> None:
    values = load_intern(database, intern_id)
    values.update(changes)
    save_intern(database, values, intern_id=intern_id, actor="anne")


@pytest.fixture
def subject(demo: Database) -> uuid.UUID:
    """An intern whose name was changed (audited) and whose internship got an interruption;
    another intern renamed with values to look for."""
    intern_id, other_id = _evaluated_interns(demo)[:2]
    _rename(demo, intern_id, first_name=HOSTILE)
    _rename(demo, other_id, first_name=OTHER_FIRST, last_name=OTHER_LAST, email=OTHER_EMAIL)
    with demo.session_factory() as session:
        internship = session.scalars(
            select(Internship)
            .where(Internship.intern_id == intern_id)
            .order_by(Internship.start_date.desc())
        ).first()
        assert internship is not None
        first_day = internship.start_date
    add_interruption(
        demo,
        internship.id,
        InterruptionKind.SICKNESS,
        first_day + timedelta(days=1),
        first_day + timedelta(days=2),
        "Flu",
        actor="anne",
    )
    return intern_id


def _collect(database: Database, intern_id: uuid.UUID, language: str = "en") -> dict:
    return collect_subject_access(database, intern_id, language=language, today=TODAY, now=NOW)


def test_the_export_holds_the_interns_data_internships_evaluations_and_audit(
    demo: Database, subject: uuid.UUID
) -> None:
    data = _collect(demo, subject)

    assert data["format"] == FORMAT and data["version"] == FORMAT_VERSION
    assert data["export_date"] == "2026-06-15"
    assert data["exported_at"] == "2026-06-15T09:30:00+00:00"
    intern = data["intern"]
    assert intern["id"] == str(subject)
    assert intern["identity"]["first_name"] == HOSTILE
    assert {"email", "phone", "street", "postcode", "municipality"} <= set(intern["contact"])
    assert {"agency", "number", "since"} == set(intern["job_seeker"])
    assert data["eligibility"]["on"] == "2026-06-15"
    assert {reason["rule"] for reason in data["eligibility"]["reasons"]} == {
        "age",
        "jobseeker",
        "weeks",
    }
    with demo.session_factory() as session:
        references = set(
            session.scalars(select(Internship.reference).where(Internship.intern_id == subject))
        )
        evaluations = session.scalar(
            select(func.count())
            .select_from(Evaluation)
            .join(Internship, Internship.id == Evaluation.internship_id)
            .where(Internship.intern_id == subject)
        )
    assert {item["reference"] for item in data["internships"]} == references
    found = [e for item in data["internships"] for e in item["evaluations"]]
    assert len(found) == evaluations and found[0]["scores"]
    assert all(score["competence"] for e in found for score in e["scores"])
    item = data["internships"][-1]
    assert {"host", "mentor", "start_date", "planned_end_date", "status"} <= set(item)
    assert item["roadmap"]["tasks"] and item["roadmap"]["competences"]
    assert [i["kind"] for item in data["internships"] for i in item["interruptions"]] == [
        "sickness"
    ]

    audit = data["audit_trail"]
    first_name = next(e for e in audit if e["field"] == "first_name")
    assert first_name["new_value"] == HOSTILE and first_name["actor"] == "anne"
    assert first_name["entity"] == "intern" and first_name["entity_id"] == str(subject)
    created = next(e for e in audit if e["entity"] == "interruption")
    assert created["action"] == "insert" and created["item"][0] == "sickness"


def test_the_export_is_json_and_holds_no_other_interns_data(
    demo: Database, subject: uuid.UUID
) -> None:
    data = _collect(demo, subject)
    text = subject_access_json(data).decode("utf-8")
    assert json.loads(text) == data

    other_id = _evaluated_interns(demo)[1]
    with demo.session_factory() as session:
        other = session.get(Intern, other_id)
        assert other is not None
        secrets = [OTHER_FIRST, OTHER_LAST, OTHER_EMAIL, str(other_id), other_id.hex]
        if other.national_number:
            secrets += [other.national_number, format_niss(other.national_number)]
        secrets += session.scalars(
            select(Internship.reference).where(Internship.intern_id == other_id)
        ).all()
        secrets += [
            str(internship_id)
            for internship_id in session.scalars(
                select(Internship.id).where(Internship.intern_id == other_id)
            )
        ]
    for secret in secrets:
        assert secret not in text, secret


def test_documents_are_listed_without_their_content(demo: Database, subject: uuid.UUID) -> None:
    from consultant_app.services.printing.conventions import issue_convention

    with demo.session_factory() as session:
        internship_id = session.scalars(
            select(Internship.id).where(Internship.intern_id == subject)
        ).first()
    issued = issue_convention(demo, internship_id)
    with demo.session_factory() as session:
        sha = session.scalars(
            select(IssuedDocument.sha256).where(IssuedDocument.internship_id == internship_id)
        ).one()

    data = _collect(demo, subject)
    documents = [d for item in data["internships"] for d in item["documents"]]
    assert [(d["kind"], d["sha256"], d["size"]) for d in documents] == [
        ("convention", sha, len(issued.content))
    ]
    assert "content" not in documents[0]


def test_find_intern_by_id_or_national_number(demo: Database, subject: uuid.UUID) -> None:
    assert find_intern(demo, str(subject)) == subject
    assert find_intern(demo, subject.hex) == subject
    with demo.session_factory() as session:
        number = session.get(Intern, subject).national_number  # type: ignore[union-attr]
    if number:
        assert find_intern(demo, format_niss(number)) == subject
        assert find_intern(demo, number) == subject
    with pytest.raises(InternNotFound, match="no intern"):
        find_intern(demo, str(uuid.uuid4()))
    with pytest.raises(InternNotFound, match="neither"):
        find_intern(demo, "Jansen")
    with pytest.raises(InternNotFound):
        collect_subject_access(demo, uuid.uuid4())


def _pdf_text(content: bytes) -> str:
    reader = PdfReader(io.BytesIO(content))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_the_pdf_prints_user_text_literally(demo: Database, subject: uuid.UUID) -> None:
    content = render_subject_access_pdf(demo, _collect(demo, subject))

    assert content.startswith(b"%PDF")
    text = _pdf_text(content)
    assert HOSTILE in text
    assert "Changes recorded (audit trail)" in text
    assert "Internship SM-" in text
    assert OTHER_LAST not in text


@pytest.mark.parametrize(
    ("language", "words"),
    [("nl", "Recht op inzage"), ("fr", "Droit d’accès"), ("en", "Right of access")],
)
def test_the_pdf_speaks_the_language_asked(
    demo: Database, subject: uuid.UUID, language: str, words: str
) -> None:
    content = render_subject_access_pdf(demo, _collect(demo, subject, language))
    text = _pdf_text(content)
    assert words in text
    assert HOSTILE in text


@pytest.mark.parametrize("language", DOCUMENT_LANGUAGES)
def test_shipped_templates_are_complete(language: str) -> None:
    template = load_template(SPEC, language)
    values = dict.fromkeys(SPEC.placeholders, "X")
    for key in SPEC.keys:
        assert template.plain(key, **values).strip(), key


def test_export_writes_two_private_files(
    demo: Database, subject: uuid.UUID, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()

    files = export_subject_access(demo, subject, folder, today=TODAY, now=NOW)

    short = subject.hex[:8]
    assert files.json_path == folder / f"subject-access-{short}.json"
    assert files.pdf_path == folder / f"subject-access-{short}.pdf"
    for path in (files.json_path, files.pdf_path):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert json.loads(files.json_path.read_text("utf-8"))["intern"]["id"] == str(subject)
    assert files.pdf_path.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [files.json_path.name, files.pdf_path.name]
    )
    with pytest.raises(ValueError):
        export_subject_access(demo, subject, folder, language="de")

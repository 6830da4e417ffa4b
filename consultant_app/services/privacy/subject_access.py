"""Right of access: everything the database holds about one intern, as JSON and as a PDF.

:func:`collect_subject_access` gathers, in one read, into plain JSON values
(text, numbers, booleans, ``None``; dates and times in ISO 8601, times in UTC):

* ``intern``: identity, contact data, job-seeker registration, education, the
  wished functions, the registration and consent dates, when the record was
  made, changed and (soft) deleted;
* ``eligibility``: the weeks of internship done and the verdict of the
  programme rules on the export day, with the reasons;
* ``internships``: every internship of the intern (deleted ones too, with their
  ``deleted_at``) with its host, mentor, consultant, function, dates, status and
  convention data, and its interruptions, signatures, amendments, rule
  overrides, workstation sheet and risks, tasks, competences, visits, follow-up
  log, evaluations with their scores, workplace evaluation, competence scans
  with their scores, and the list of issued documents (name, kind, language,
  version, date, size, SHA-256; never the file itself);
* ``audit_trail``: every audit entry of the intern, its wished functions, its
  internships and their rows, newest first.

Of other people, only what the intern's own records show is included: the
names of the host, mentor, consultant and signatories, never their contact data.
The dict carries ``format``, ``version`` (:data:`FORMAT_VERSION`) and the export
date. :func:`export_subject_access` writes it as ``subject-access-<id>.json``
and as an A4 PDF in Dutch, French or English (``subject-access-<id>.pdf``),
both readable by their owner only.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from consultant_app.documents.data import DOCUMENT_LANGUAGES
from consultant_app.domain.eligibility import assess_eligibility
from consultant_app.domain.enums import EvaluationStage
from consultant_app.domain.errors import InvalidValue
from consultant_app.domain.identifiers import parse_niss
from consultant_app.domain.workdays import weeks_from_days
from consultant_app.services.internships.form import read_schedule
from consultant_app.services.people.interns import counted_working_days
from consultant_app.services.privacy.audit_history import internship_targets, read_entries
from consultant_app.services.privacy.private_files import write_private_file
from consultant_app.store.database import Database
from consultant_app.store.models import (
    Amendment,
    Cluster,
    CompetenceScan,
    CompetenceScanScore,
    Consultant,
    Evaluation,
    EvaluationScore,
    Function,
    Intern,
    Internship,
    InternshipCompetence,
    InternshipTask,
    InternWishedFunction,
    Interruption,
    IssuedDocument,
    Mentor,
    Record,
    RiskAssessment,
    RiskItem,
    RuleOverride,
    Signature,
    Visit,
    VisitLogEntry,
    WorkplaceEvaluation,
)
from consultant_app.store.settings import get_rules

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "InternNotFound",
    "SubjectAccessFiles",
    "collect_subject_access",
    "default_language",
    "export_subject_access",
    "find_intern",
    "render_subject_access_pdf",
    "subject_access_json",
    "subject_access_paths",
]

#: ``format`` of the exported dict, and its ``version`` (raised when its shape changes).
FORMAT = "consultant-app/subject-access"
FORMAT_VERSION = 1


class InternNotFound(LookupError):
    """No intern has the id or national register number given."""

    def __init__(self, key: str, detail: str = "") -> None:
        super().__init__(
            detail or f"There is no intern with the id or national register number {key!r}."
        )
        self.key = key


# --- finding the intern --------------------------------------------------------------


def find_intern(database: Database, key: str) -> uuid.UUID:
    """The id of the intern whose id (a UUID) or national register number is *key*.

    Deleted and anonymised interns are found by their id too. Raises
    :class:`InternNotFound` when there is none, or when several interns share
    the national number (give the id then).
    """
    text = key.strip()
    with database.session_factory() as session:
        try:
            record_id = uuid.UUID(text)
        except ValueError:
            record_id = None
        if record_id is not None:
            if session.get(Intern, record_id) is None:
                raise InternNotFound(key)
            return record_id
        try:
            digits = parse_niss(text)
        except InvalidValue:
            raise InternNotFound(
                key,
                f"{key!r} is neither an intern's id nor a national register number.",
            ) from None
        found = session.scalars(
            select(Intern.id).where(Intern.national_number == digits).order_by(Intern.created_at)
        ).all()
    if not found:
        raise InternNotFound(key)
    if len(found) > 1:
        ids = ", ".join(str(intern_id) for intern_id in found)
        raise InternNotFound(
            key, f"Several interns have the national register number {key!r}: give the id ({ids})."
        )
    return found[0]


# --- plain values --------------------------------------------------------------------


def _plain(value: Any) -> Any:
    """*value* as JSON: enums by their code, dates ISO, times ISO in UTC, decimals as numbers."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        moment = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        return moment.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, uuid.UUID):
        return str(value)
    return str(value)


def _values(record: Record, names: str) -> dict[str, Any]:
    """The columns *names* (space separated) of *record*, and its ``deleted_at``."""
    row = {name: _plain(getattr(record, name)) for name in names.split()}
    row["deleted_at"] = _plain(record.deleted_at)
    return row


def _name(model: Any, language: str) -> str:
    return str(model.name(language)) if model is not None else ""


def _person(person: Mentor | Consultant | None, *extra: str) -> dict[str, Any] | None:
    if person is None:
        return None
    shown = {"name": person.full_name}
    shown.update({name: _plain(getattr(person, name)) for name in extra})
    return shown


# --- the intern ----------------------------------------------------------------------


def _intern(session: Session, intern: Intern, language: str) -> dict[str, Any]:
    wished = session.execute(
        select(Function, InternWishedFunction.deleted_at)
        .join(InternWishedFunction, InternWishedFunction.function_id == Function.id)
        .where(InternWishedFunction.intern_id == intern.id)
        .order_by(Function.code)
    ).all()
    return {
        "id": str(intern.id),
        "identity": {
            name: _plain(getattr(intern, name))
            for name in (
                "first_name",
                "last_name",
                "birth_date",
                "gender",
                "language",
                "national_number",
            )
        },
        "contact": {
            name: _plain(getattr(intern, name))
            for name in (
                "email",
                "phone",
                "street",
                "house_number",
                "box",
                "postcode",
                "municipality",
            )
        },
        "job_seeker": {
            "agency": _plain(intern.jobseeker_agency),
            "number": intern.jobseeker_number,
            "since": _plain(intern.jobseeker_since),
        },
        "education": {"diploma": intern.diploma, "school": intern.school},
        "with_the_fund": {
            "wished_functions": [
                {
                    "code": function.code,
                    "name": _name(function, language),
                    "deleted_at": _plain(deleted_at),
                }
                for function, deleted_at in wished
            ],
            "interests": intern.interests,
            "registered_on": _plain(intern.registered_on),
            "consent_on": _plain(intern.consent_on),
        },
        "record": {
            "created_at": _plain(intern.created_at),
            "updated_at": _plain(intern.updated_at),
            "deleted_at": _plain(intern.deleted_at),
        },
    }


def _eligibility(session: Session, intern: Intern, on: date) -> dict[str, Any]:
    days = counted_working_days(session, Internship.intern_id == intern.id)
    weeks = weeks_from_days(days)
    verdict = assess_eligibility(
        birth_date=intern.birth_date,
        on=on,
        jobseeker_agency=intern.jobseeker_agency.value if intern.jobseeker_agency else None,
        weeks_done=weeks,
        rules=get_rules(session),
    )
    return {
        "on": on.isoformat(),
        "working_days_done": days,
        "weeks_done": weeks,
        "eligible": verdict.eligible,
        "reasons": [
            {
                "rule": reason.code,
                "ok": reason.ok,
                "message": reason.message,
                "params": {key: _plain(value) for key, value in reason.params.items()},
            }
            for reason in verdict.reasons
        ],
    }


# --- internships ---------------------------------------------------------------------


def _children(session: Session, model: Any, internship_id: uuid.UUID, *order: Any) -> list[Any]:
    return list(
        session.scalars(
            select(model).where(model.internship_id == internship_id).order_by(*order, model.id)
        )
    )


def _competence_texts(session: Session, internship_id: uuid.UUID) -> dict[uuid.UUID, str]:
    rows = session.execute(
        select(InternshipCompetence.id, InternshipCompetence.text).where(
            InternshipCompetence.internship_id == internship_id
        )
    )
    return {competence_id: text for competence_id, text in rows}


def _risk_assessment(session: Session, internship_id: uuid.UUID) -> dict[str, Any] | None:
    sheet = session.scalars(
        select(RiskAssessment).where(RiskAssessment.internship_id == internship_id)
    ).first()
    if sheet is None:
        return None
    row = _values(
        sheet,
        """post_name post_description place work_equipment qualifications prior_instructions
        protective_equipment health_surveillance health_surveillance_detail forbidden_work
        forbidden_work_justification prevention_advisor first_aid_person drawn_up_on
        drawn_up_by""",
    )
    items = session.scalars(
        select(RiskItem)
        .where(RiskItem.risk_assessment_id == sheet.id)
        .order_by(RiskItem.position, RiskItem.id)
    )
    row["risks"] = [
        _values(item, "description measures protective_equipment position") for item in items
    ]
    return row


#: Evaluations in the order they happen.
_STAGES = (EvaluationStage.MIDTERM, EvaluationStage.FINAL)


def _evaluations(
    session: Session, internship_id: uuid.UUID, competences: dict[uuid.UUID, str]
) -> list[dict[str, Any]]:
    result = []
    evaluations = _children(session, Evaluation, internship_id, Evaluation.evaluated_on)
    evaluations.sort(key=lambda row: _STAGES.index(row.stage) if row.stage in _STAGES else 9)
    for evaluation in evaluations:
        row = _values(
            evaluation,
            "stage evaluated_on overall_appreciation recommendation comments is_final",
        )
        mentor = session.get(Mentor, evaluation.mentor_id) if evaluation.mentor_id else None
        row["mentor"] = _person(mentor)
        scores = session.scalars(
            select(EvaluationScore)
            .where(EvaluationScore.evaluation_id == evaluation.id)
            .order_by(EvaluationScore.id)
        )
        row["scores"] = [
            {
                "competence": competences.get(score.internship_competence_id, ""),
                **_values(score, "score comment"),
            }
            for score in scores
        ]
        result.append(row)
    return result


def _scans(
    session: Session, internship_id: uuid.UUID, competences: dict[uuid.UUID, str]
) -> list[dict[str, Any]]:
    result = []
    for scan in _children(session, CompetenceScan, internship_id, CompetenceScan.moment.desc()):
        row = _values(scan, "moment completed_on")
        scores = session.scalars(
            select(CompetenceScanScore)
            .where(CompetenceScanScore.scan_id == scan.id)
            .order_by(CompetenceScanScore.id)
        )
        row["scores"] = [
            {
                "competence": competences.get(score.internship_competence_id, ""),
                **_values(score, "score"),
            }
            for score in scores
        ]
        result.append(row)
    return result


def _documents(session: Session, internship_id: uuid.UUID) -> list[dict[str, Any]]:
    rows = session.execute(
        select(
            IssuedDocument.kind,
            IssuedDocument.language,
            IssuedDocument.version,
            IssuedDocument.filename,
            IssuedDocument.media_type,
            func.length(IssuedDocument.content),
            IssuedDocument.sha256,
            IssuedDocument.issued_at,
            IssuedDocument.issued_by,
            IssuedDocument.deleted_at,
        )
        .where(IssuedDocument.internship_id == internship_id)
        .order_by(IssuedDocument.issued_at, IssuedDocument.id)
    )
    names = [
        "kind",
        "language",
        "version",
        "filename",
        "media_type",
        "size",
        "sha256",
        "issued_at",
        "issued_by",
        "deleted_at",
    ]
    return [{name: _plain(value) for name, value in zip(names, row, strict=True)} for row in rows]


def _amendment(amendment: Amendment) -> dict[str, Any]:
    row = _values(amendment, "version decided_on reason")
    try:
        changes = json.loads(amendment.changes)
    except ValueError:
        changes = amendment.changes
    row["changes"] = changes
    return row


def _internship(session: Session, internship: Internship, language: str) -> dict[str, Any]:
    internship_id = internship.id
    hours, note = read_schedule(internship.schedule)
    function = internship.function
    cluster = session.get(Cluster, function.cluster_id) if function is not None else None
    host = internship.host
    row = {
        "id": str(internship_id),
        "reference": internship.reference,
        "status": _plain(internship.status),
        "function": {
            "code": function.code if function else "",
            "name": _name(function, language),
            "cluster": _name(cluster, language),
        },
        "host": {
            "name": host.name,
            "enterprise_number": host.enterprise_number,
            "municipality": host.municipality,
            "joint_committee": _plain(host.joint_committee),
            "language_role": _plain(host.language_role),
        },
        "mentor": _person(internship.mentor, "job_title"),
        "consultant": _person(internship.consultant),
        **{
            name: _plain(getattr(internship, name))
            for name in (
                "start_date",
                "planned_end_date",
                "actual_end_date",
                "termination_reason",
                "cancellation_reason",
                "convention_language",
                "convention_version",
                "hours_per_week",
            )
        },
        "schedule": {"hours": hours, "note": note},
        **{
            name: _plain(getattr(internship, name))
            for name in (
                "workplace",
                "objectives",
                "expenses",
                "no_replacement_declared",
                "signed_on",
                "created_at",
                "updated_at",
                "deleted_at",
            )
        },
    }
    competences = _competence_texts(session, internship_id)
    row["interruptions"] = [
        _values(item, "kind start_date end_date note")
        for item in _children(session, Interruption, internship_id, Interruption.start_date)
    ]
    row["signatures"] = [
        _values(item, "party signer_name signed_on place convention_version")
        for item in _children(
            session, Signature, internship_id, Signature.convention_version, Signature.signed_on
        )
    ]
    row["amendments"] = [
        _amendment(item) for item in _children(session, Amendment, internship_id, Amendment.version)
    ]
    row["rule_overrides"] = [
        _values(item, "rule message reason overridden_by overridden_at")
        for item in _children(session, RuleOverride, internship_id, RuleOverride.overridden_at)
    ]
    row["roadmap"] = {
        "risk_assessment": _risk_assessment(session, internship_id),
        "tasks": [
            _values(item, "phase position text")
            for item in _children(session, InternshipTask, internship_id, InternshipTask.position)
        ],
        "competences": [
            _values(item, "phase position text objective target_level")
            for item in _children(
                session, InternshipCompetence, internship_id, InternshipCompetence.position
            )
        ],
    }
    row["visits"] = [
        _values(item, "kind mode planned_on done_on attendees notes action_points")
        for item in _children(session, Visit, internship_id, Visit.planned_on)
    ]
    row["follow_up_log"] = [
        _values(item, "at author kind text")
        for item in _children(session, VisitLogEntry, internship_id, VisitLogEntry.at)
    ]
    row["evaluations"] = _evaluations(session, internship_id, competences)
    workplace = session.scalars(
        select(WorkplaceEvaluation).where(WorkplaceEvaluation.internship_id == internship_id)
    ).first()
    row["workplace_evaluation"] = (
        _values(
            workplace,
            """completed_on onboarding guidance task_variety atmosphere safety learning
            would_recommend comments""",
        )
        if workplace is not None
        else None
    )
    row["competence_scans"] = _scans(session, internship_id, competences)
    row["documents"] = _documents(session, internship_id)
    return row


# --- the whole export ----------------------------------------------------------------


def default_language(database: Database, intern_id: uuid.UUID) -> str:
    """The intern's own language when a document can be printed in it, else English."""
    with database.session_factory() as session:
        intern = session.get(Intern, intern_id)
        if intern is None:
            raise InternNotFound(str(intern_id))
        code = str(intern.language.value).lower()
    return code if code in DOCUMENT_LANGUAGES else "en"


def _language(language: str) -> str:
    code = language.lower()
    if code not in DOCUMENT_LANGUAGES:
        raise ValueError(
            f"Exports are written in {', '.join(DOCUMENT_LANGUAGES)}; got {language!r}."
        )
    return code


def _collect(
    session: Session, intern_id: uuid.UUID, language: str, today: date, now: datetime
) -> dict[str, Any]:
    intern = session.get(Intern, intern_id)
    if intern is None:
        raise InternNotFound(str(intern_id))
    internships = session.scalars(
        select(Internship)
        .where(Internship.intern_id == intern_id)
        .order_by(Internship.start_date, Internship.reference)
    ).all()
    targets = [
        ("intern", [intern_id]),
        (
            "intern_wished_function",
            select(InternWishedFunction.id).where(InternWishedFunction.intern_id == intern_id),
        ),
        *internship_targets(select(Internship.id).where(Internship.intern_id == intern_id)),
    ]
    audit, _total = read_entries(
        session, targets, limit=None, root=("intern", intern_id), language=language
    )
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "export_date": today.isoformat(),
        "exported_at": _plain(now),
        "language": language,
        "intern": _intern(session, intern, language),
        "eligibility": _eligibility(session, intern, today),
        "internships": [_internship(session, item, language) for item in internships],
        "audit_trail": [entry.as_dict() for entry in audit],
    }


def collect_subject_access(
    database: Database,
    intern_id: uuid.UUID,
    *,
    language: str = "en",
    today: date | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """Everything held about the intern *intern_id*, as a JSON-serialisable dict.

    Catalogue names (functions, clusters) are given in *language*. *today* is
    the export date (the day the eligibility is judged on) and *now* the
    export time; both default to the clock. Raises :class:`InternNotFound`.
    """
    code = _language(language)
    now = now or datetime.now(UTC)
    with database.session_factory() as session:
        return _collect(session, intern_id, code, today or now.date(), now)


def subject_access_json(data: dict[str, Any]) -> bytes:
    """The export as UTF-8 JSON text, indented, ending with a new line."""
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def subject_access_paths(folder: Path, intern_id: uuid.UUID) -> tuple[Path, Path]:
    """``FOLDER/subject-access-<first 8 hex digits of the id>.json`` and ``.pdf``."""
    stem = f"subject-access-{intern_id.hex[:8]}"
    return folder / f"{stem}.json", folder / f"{stem}.pdf"


def render_subject_access_pdf(database: Database, data: dict[str, Any]) -> bytes:
    """The PDF of an export made by :func:`collect_subject_access`, in its language."""
    from consultant_app.documents.subject_access import render_subject_access
    from consultant_app.services.printing.document_data import read_identity

    with database.session_factory() as session:
        fund = read_identity(session).fund
    return render_subject_access(data, fund)


@dataclass(frozen=True)
class SubjectAccessFiles:
    """The two files :func:`export_subject_access` wrote."""

    json_path: Path
    pdf_path: Path


def export_subject_access(
    database: Database,
    intern_id: uuid.UUID,
    folder: Path | str,
    *,
    language: str | None = None,
    today: date | None = None,
    now: datetime | None = None,
) -> SubjectAccessFiles:
    """Write everything held about *intern_id* into *folder* as JSON and as a PDF.

    The PDF is in *language* (``nl``, ``fr``, ``en``; by default the intern's
    own language, else English). Both files are made before either is
    written; each is written atomically, readable by its owner only, and
    replaces an earlier export of the same intern. Raises
    :class:`InternNotFound`, and :class:`OSError` when the folder cannot be
    written.
    """
    folder = Path(folder)
    code = _language(language) if language else default_language(database, intern_id)
    data = collect_subject_access(database, intern_id, language=code, today=today, now=now)
    content_json = subject_access_json(data)
    content_pdf = render_subject_access_pdf(database, data)
    json_path, pdf_path = subject_access_paths(folder, intern_id)
    write_private_file(json_path, content_json)
    write_private_file(pdf_path, content_pdf)
    return SubjectAccessFiles(json_path, pdf_path)

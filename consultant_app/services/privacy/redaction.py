"""Erasure reaches the issued documents: after a person is anonymised, every stored PDF of
their internships that could name them is re-rendered or withdrawn.

A convention is printed again from its snapshot, whose person fields the anonymisation has
just replaced; any other document (sheets, amendments, visit reports, scans) is replaced by
a notice that says what it was and when it was withdrawn. The row keeps its place, name and
version; its SHA-256 is computed again, and the audit trail records the change of content
and hash (old and new), as for any edit.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from consultant_app.services.printing.convention_data import CONVENTION_KIND
from consultant_app.services.printing.document_data import read_identity
from consultant_app.services.printing.snapshots import (
    find_snapshot,
    from_plain,
    snapshot_languages,
)
from consultant_app.store.models import Internship, IssuedDocument


def _day(moment: datetime | None, today: date) -> date:
    return moment.date() if moment is not None else today


def _rendered_convention(session: Session, document: IssuedDocument) -> bytes | None:
    """The convention *document* printed again from its (anonymised) snapshot, if it has one."""
    if document.kind != CONVENTION_KIND or document.internship_id is None:
        return None
    snapshot = find_snapshot(session, document.internship_id, document.version)
    language = document.language.value.lower() if document.language is not None else None
    if snapshot is None or language is None:
        return None
    languages = snapshot_languages(snapshot)
    if language not in languages:
        return None
    from consultant_app.documents.convention import render_convention  # reportlab: load late

    content = render_convention(from_plain(languages[language]))
    if snapshot.issued_sha256 == document.sha256:
        snapshot.issued_sha256 = hashlib.sha256(content).hexdigest()
    return content


def _notice(session: Session, document: IssuedDocument, today: date) -> bytes:
    from consultant_app.documents.redaction_notice import (  # reportlab: load late
        WithdrawnDocument,
        render_redaction_notice,
    )

    language = document.language.value.lower() if document.language is not None else "en"
    withdrawn = WithdrawnDocument(
        filename=document.filename,
        kind=document.kind,
        version=document.version,
        issued_on=_day(document.issued_at, today),
        language=language,
    )
    return render_redaction_notice(withdrawn, read_identity(session).fund, today)


def redact_documents(session: Session, condition: Any, today: date | None = None) -> int:
    """Re-render or withdraw the issued documents of the internships *condition* selects.

    Returns how many documents were replaced; run inside the anonymisation's transaction.
    """
    today = today or date.today()
    documents = session.scalars(
        select(IssuedDocument).where(
            IssuedDocument.internship_id.in_(select(Internship.id).where(condition))
        )
    ).all()
    for document in documents:
        content = _rendered_convention(session, document) or _notice(session, document, today)
        document.content = content
        document.sha256 = hashlib.sha256(content).hexdigest()
        document.media_type = "application/pdf"
    session.flush()
    return len(documents)

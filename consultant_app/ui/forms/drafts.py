"""Keep a form's unsaved changes as a draft in the database, a moment after each change.

:class:`FormDraftKeeper` watches a :class:`~consultant_app.ui.forms.record_form.RecordForm`:
two seconds after the last change of a form holding unsaved changes it writes
them as the form's draft (one short transaction); saving the record, reverting
it, discarding its changes or undoing them all deletes the draft. After a crash
the window offers the drafts back (:mod:`consultant_app.ui.dialogs.draft_recovery`).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, QTimer
from sqlalchemy.exc import SQLAlchemyError

from consultant_app.services.forms import drafts
from consultant_app.store.database import Database
from consultant_app.ui.forms.record_form import RecordForm

log = logging.getLogger(__name__)

#: Milliseconds after the last change before the draft is written.
DRAFT_DELAY_MS = 2000


def person_title(values: Mapping[str, str]) -> str:
    """The title of a person's draft: first and last name."""
    return f"{values.get('first_name', '').strip()} {values.get('last_name', '').strip()}".strip()


def name_title(values: Mapping[str, str]) -> str:
    """The title of a company's draft: its name."""
    return values.get("name", "").strip()


def write_draft(
    database: Database,
    kind: str,
    record_id: uuid.UUID | None,
    values: Mapping[str, str],
    *,
    title: str = "",
    owner_id: uuid.UUID | None = None,
) -> bool:
    """Save a draft; a failure (the file locked for long, the disk full) is logged, not raised.

    A draft is a safety net: it must never stop the user typing.
    """
    try:
        drafts.save_draft(database, kind, record_id, values, title=title, owner_id=owner_id)
    except (SQLAlchemyError, OSError) as error:
        log.warning("Could not keep the draft of the %s form: %s", kind, error)
        return False
    return True


def drop_draft(database: Database, kind: str, record_id: uuid.UUID | None) -> None:
    """Delete a draft; a failure is logged (the draft is then offered again at the next start)."""
    try:
        drafts.discard_draft(database, kind, record_id)
    except (SQLAlchemyError, OSError) as error:
        log.warning("Could not delete the draft of the %s form: %s", kind, error)


class FormDraftKeeper(QObject):
    """Writes the unsaved changes of *form* as its draft of *kind*, debounced.

    *title* names the draft from the form's values; *owner* gives the record
    the form's record belongs to (the host of a mentor).
    """

    def __init__(
        self,
        form: RecordForm,
        database: Database,
        kind: str,
        *,
        title: Callable[[Mapping[str, str]], str],
        owner: Callable[[], uuid.UUID | None] | None = None,
    ) -> None:
        super().__init__(form)
        self.form = form
        self.database = database
        self.kind = kind
        self._title = title
        self._owner = owner
        #: The record the pending changes belong to (the form's id changes when it saves).
        self._record_id = form.record_id
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DRAFT_DELAY_MS)
        self.timer.timeout.connect(self.flush)
        form.edited.connect(self._edited)
        form.loaded.connect(self._loaded)
        form.reverted.connect(self._discard)
        form.saved.connect(lambda _record_id: self._discard())

    def _edited(self) -> None:
        self._record_id = self.form.record_id
        if self.form.is_dirty():
            self.timer.start()
        else:  # every change undone: nothing left to keep
            self._discard()

    def _loaded(self) -> None:
        self.timer.stop()
        self._record_id = self.form.record_id

    def _discard(self) -> None:
        self.timer.stop()
        drop_draft(self.database, self.kind, self._record_id)

    def flush(self) -> bool:
        """Write the draft now if the form holds unsaved changes; whether one was written."""
        self.timer.stop()
        if not self.form.is_dirty():
            return False
        owner = self._owner() if self._owner is not None else None
        return write_draft(
            self.database,
            self.kind,
            self._record_id,
            self.form.changed_values(),
            title=self._title(self.form.values()),
            owner_id=owner,
        )

"""At start, offer back the form drafts a crash left behind: Restore or Discard each, or all.

Restoring opens the draft's view and record (a new one when the draft is of a
record never saved) and fills the form in with the draft's values; the form is
left with unsaved changes, to be saved or reverted as usual. A draft whose
record was deleted meanwhile is discarded, and the dialog says so.
"""

from __future__ import annotations

import logging
import uuid
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from consultant_app.services.forms import drafts
from consultant_app.services.forms.parsing import RecordNotFound
from consultant_app.ui.locale_format import format_datetime

if TYPE_CHECKING:
    from consultant_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

#: The view that holds the form of each kind of draft.
VIEW_OF_KIND = {
    drafts.INTERN: "interns",
    drafts.HOST: "hosts",
    drafts.MENTOR: "hosts",
    drafts.INTERNSHIP: "internships",
}
#: Milliseconds to wait before offering the drafts again while another dialog is open.
RETRY_MS = 500


def draft_subject(draft: drafts.Draft) -> str:
    """What the draft is about, to be read after "Unsaved changes to …"."""
    name = draft.title
    new = draft.record_id is None
    if draft.kind == drafts.INTERN:
        if not new:
            text = QCoreApplication.translate("DraftRecoveryDialog", "the intern {name}")
        elif name:
            text = QCoreApplication.translate("DraftRecoveryDialog", "a new intern ({name})")
        else:
            text = QCoreApplication.translate("DraftRecoveryDialog", "a new intern")
    elif draft.kind == drafts.HOST:
        if not new:
            text = QCoreApplication.translate("DraftRecoveryDialog", "the host {name}")
        elif name:
            text = QCoreApplication.translate("DraftRecoveryDialog", "a new host ({name})")
        else:
            text = QCoreApplication.translate("DraftRecoveryDialog", "a new host")
    elif draft.kind == drafts.MENTOR:
        if not new:
            text = QCoreApplication.translate("DraftRecoveryDialog", "the mentor {name}")
        elif name:
            text = QCoreApplication.translate("DraftRecoveryDialog", "a new mentor ({name})")
        else:
            text = QCoreApplication.translate("DraftRecoveryDialog", "a new mentor")
    elif name:
        text = QCoreApplication.translate("DraftRecoveryDialog", "a new internship ({name})")
    else:
        text = QCoreApplication.translate("DraftRecoveryDialog", "a new internship")
    return text.format(name=name or "—")


def draft_moment(moment: datetime) -> str:
    """The local date and time of *moment* (UTC), in the interface's date format."""
    return format_datetime(moment)


def restore_draft(window: MainWindow, draft: drafts.Draft) -> bool:
    """Open the draft's view and record, filled in with the draft; False when the user
    chose to stay with unsaved work. Raises :class:`RecordNotFound` when the record is gone."""
    name = VIEW_OF_KIND[draft.kind]
    window.show_view(name)
    if window.current_view_name() != name:
        return False  # the user stayed to finish unsaved work elsewhere
    view = window.view(name)
    return bool(view.restore_draft(draft))  # type: ignore[attr-defined]


class _DraftRow(QFrame):
    """One draft: what it is about, Restore and Discard."""

    def __init__(self, draft: drafts.Draft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self.setObjectName("draftRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel()
        self.text.setObjectName("draftText")
        self.text.setWordWrap(True)
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreDraft")
        self.discard_button = QPushButton()
        self.discard_button.setObjectName("discardDraft")
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.restore_button)
        row.addWidget(self.discard_button)


class DraftRecoveryDialog(QDialog):
    """The drafts left by a crash (*pending*) and those discarded as their record is gone."""

    def __init__(
        self,
        window: MainWindow,
        pending: list[drafts.Draft],
        gone: list[drafts.Draft] | None = None,
    ) -> None:
        super().__init__(window)
        self.setObjectName("draftRecoveryDialog")
        self.main_window = window
        self.database = window.database
        self.gone: list[drafts.Draft] = list(gone or [])
        self.rows: dict[uuid.UUID, _DraftRow] = {}

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.notes = QLabel()
        self.notes.setObjectName("draftNotes")
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color:#555")
        body = QWidget()
        self.rows_layout = QVBoxLayout(body)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        for draft in pending:
            row = _DraftRow(draft)
            row.restore_button.clicked.connect(lambda _on=False, r=row: self.restore(r.draft.id))
            row.discard_button.clicked.connect(lambda _on=False, r=row: self.discard(r.draft.id))
            self.rows[draft.id] = row
            self.rows_layout.addWidget(row)
        self.rows_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(body)

        self.buttons = QDialogButtonBox()
        self.restore_all_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_all_button.setObjectName("restoreAllDrafts")
        self.discard_all_button = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.discard_all_button.setObjectName("discardAllDrafts")
        self.later_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.later_button.setObjectName("laterDrafts")
        self.restore_all_button.clicked.connect(self.restore_all)
        self.discard_all_button.clicked.connect(self.discard_all)
        self.later_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.notes)
        layout.addWidget(self.buttons)
        self.resize(640, 170 + 62 * min(len(self.rows), 5))
        self.retranslate()

    # -- the drafts ---------------------------------------------------------------------
    def pending(self) -> list[drafts.Draft]:
        """The drafts still offered, in the order shown."""
        return [row.draft for row in self.rows.values()]

    def restore(self, draft_id: uuid.UUID) -> bool:
        """Restore one draft; whether it was (its row then goes)."""
        row = self.rows.get(draft_id)
        if row is None:
            return False
        try:
            restored = restore_draft(self.main_window, row.draft)
        except RecordNotFound:
            self._forget(draft_id)
            self.gone.append(row.draft)
            self._discard_quietly(draft_id)
            self._refresh()
            return False
        if restored:
            self._forget(draft_id)
            self._refresh()
        return restored

    def discard(self, draft_id: uuid.UUID) -> None:
        """Delete one draft for good."""
        if draft_id not in self.rows:
            return
        self._discard_quietly(draft_id)
        self._forget(draft_id)
        self._refresh()

    def restore_all(self) -> None:
        """Restore every draft in turn; stop at one the user does not want restored now."""
        for draft_id in list(self.rows):
            row = self.rows.get(draft_id)
            if row is None:
                continue
            try:
                restored = restore_draft(self.main_window, row.draft)
            except RecordNotFound:
                self._forget(draft_id)
                self.gone.append(row.draft)
                self._discard_quietly(draft_id)
                continue
            if not restored:
                break
            self._forget(draft_id)
        self._refresh()

    def discard_all(self) -> None:
        for draft_id in list(self.rows):
            self._discard_quietly(draft_id)
            self._forget(draft_id)
        self._refresh()

    def _discard_quietly(self, draft_id: uuid.UUID) -> None:
        try:
            drafts.discard_draft_id(self.database, draft_id)
        except SQLAlchemyError as error:  # offered again at the next start
            log.warning("Could not delete the draft %s: %s", draft_id, error)

    def _forget(self, draft_id: uuid.UUID) -> None:
        row = self.rows.pop(draft_id, None)
        if row is not None:
            row.hide()
            self.rows_layout.removeWidget(row)
            row.deleteLater()

    def _refresh(self) -> None:
        """Show what is left; close once nothing is left to decide or to read."""
        self.retranslate()
        if not self.rows and not self.gone:
            self.accept()

    # -- language -------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Recovered changes"))
        if self.rows:
            self.intro.setText(
                self.tr(
                    "The application stopped before these changes were saved. Restore them "
                    "to review and save them, or discard them."
                )
            )
        else:
            self.intro.setText(self.tr("No recovered changes are left to restore."))
        for row in self.rows.values():
            row.text.setText(
                self.tr("Unsaved changes to {subject} from {moment} were recovered.").format(
                    subject=draft_subject(row.draft), moment=draft_moment(row.draft.updated_at)
                )
            )
            row.restore_button.setText(self.tr("&Restore"))
            row.discard_button.setText(self.tr("&Discard"))
        self.notes.setText(
            "\n".join(
                self.tr(
                    "The unsaved changes to {subject} were discarded: "
                    "the record was deleted meanwhile."
                ).format(subject=draft_subject(draft))
                for draft in self.gone
            )
        )
        self.notes.setVisible(bool(self.gone))
        self.scroll.setVisible(bool(self.rows))
        several = len(self.rows) > 1
        self.restore_all_button.setText(self.tr("Restore &all"))
        self.discard_all_button.setText(self.tr("Discard a&ll"))
        self.restore_all_button.setVisible(several)
        self.discard_all_button.setVisible(several)
        if self.rows:
            self.later_button.setText(self.tr("Decide la&ter"))
            self.later_button.setToolTip(
                self.tr("Keep these changes aside; they are offered again at the next start.")
            )
        else:
            self.later_button.setText(self.tr("&Close"))
            self.later_button.setToolTip("")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "later_button"):
            self.retranslate()
        super().changeEvent(event)


def recovery_dialog(window: MainWindow) -> DraftRecoveryDialog | None:
    """The dialog offering the drafts of the window's database; None when there is none.

    Drafts whose record was deleted meanwhile are discarded here (the dialog says so).
    """
    try:
        gone = drafts.discard_orphaned_drafts(window.database)
        pending = [d for d in drafts.pending_drafts(window.database) if d.kind in VIEW_OF_KIND]
    except SQLAlchemyError as error:
        log.warning("Could not read the recovered drafts: %s", error)
        return None
    if not pending and not gone:
        return None
    return DraftRecoveryDialog(window, pending, gone)


def recover_drafts(window: MainWindow) -> DraftRecoveryDialog | None:
    """At start, once the window is shown: offer the drafts a crash left, if any.

    Waits while another dialog of the start (the first start's questions) is open.
    """
    if QApplication.activeModalWidget() is not None:
        QTimer.singleShot(RETRY_MS, window, lambda: recover_drafts(window))
        return None
    dialog = recovery_dialog(window)
    if dialog is not None:
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()
    return dialog

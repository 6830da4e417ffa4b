"""The form draft of the wizard: its values written a moment after the last change.

A crash then loses seconds only: the window offers the draft back at the next
start and the wizard reopens filled in. Finishing or cancelling deletes it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from consultant_app.services.forms import drafts
from consultant_app.store.database import Database
from consultant_app.ui.dialogs.internship_wizard.fields import PICKED_KEYS, WizardFields
from consultant_app.ui.forms.drafts import DRAFT_DELAY_MS, drop_draft, write_draft


class WizardDraft(QObject):
    """Writes what the user changed in *fields* as the form draft of a new internship.

    *title* names the draft (the intern and the host picked).
    """

    def __init__(
        self,
        fields: WizardFields,
        database: Database,
        title: Callable[[], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.fields = fields
        self.database = database
        self._title = title
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DRAFT_DELAY_MS)
        self.timer.timeout.connect(self.flush)

    def values(self) -> dict[str, str]:
        """What the form draft keeps: the parties and every field the user changed."""
        return {
            key: value
            for key, value in self.fields.form_values().items()
            if key in self.fields.touched or (key in PICKED_KEYS and value)
        }

    def flush(self) -> bool:
        """Write the form draft now if the user changed anything; whether it was written."""
        self.timer.stop()
        if not self.fields.touched:
            return False
        return write_draft(
            self.database, drafts.INTERNSHIP, None, self.values(), title=self._title()
        )

    def discard(self) -> None:
        self.timer.stop()
        drop_draft(self.database, drafts.INTERNSHIP, None)

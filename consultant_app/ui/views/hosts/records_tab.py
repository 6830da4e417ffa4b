"""A tab of a host's records of one kind: their list, a New button and the chosen one's form."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPushButton, QWidget

from consultant_app.services.forms.parsing import FieldError
from consultant_app.store.database import Database
from consultant_app.ui.forms.record_form import FieldSpec, RecordForm, Section


class HostRecordsTab(QWidget):
    """The records of one kind of the host shown (``host_id()``; None while a new host is
    typed in). Subclasses name the form's fields, lay the widgets out, list the records,
    show one and save it."""

    #: The fields of the form, its sections, and the height of the list.
    specs: Sequence[FieldSpec] = ()
    sections: Sequence[Section] = ()
    list_height = 100

    def __init__(
        self,
        database: Database,
        host_id: Callable[[], uuid.UUID | None],
        actor: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.host_id = host_id
        self.actor = actor
        self.list = QListWidget()
        self.list.setFixedHeight(self.list_height)
        self.list.currentItemChanged.connect(self._chosen)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_record)
        self.form = RecordForm(self.specs, self.sections, self.validate, self.save)
        self.lay_out()
        self.form.saved.connect(lambda _id: self.reload())

    def host(self) -> uuid.UUID:
        """The host of the record saved (records are added to a stored host only)."""
        host_id = self.host_id()
        assert host_id is not None
        return host_id

    def enable_for_host(self) -> uuid.UUID | None:
        """The list and New only with a stored host; which host it is."""
        host_id = self.host_id()
        for widget in (self.list, self.new_button):
            widget.setEnabled(host_id is not None)
        return host_id

    def select_quietly(self, item: QListWidgetItem | None) -> None:
        """Make *item* the current one without it counting as the user's choice."""
        self.list.blockSignals(True)
        self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def _chosen(self, item: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if item is None:
            return
        if not self.form.confirm_leave():
            self.select_quietly(previous)
            return
        self.show_item(item)

    def start_new(self, values: Mapping[str, str], heading: str, focus_key: str) -> None:
        """A new record of the stored host, *values* filled in, once the form may be left."""
        if self.host_id() is None or not self.form.confirm_leave():
            return
        self.list.clearSelection()
        self.form.load(None, values, heading)
        self.form.editors[focus_key].widget.setFocus()

    # -- what each kind of record does ---------------------------------------------------
    def lay_out(self) -> None:
        """Place the list, New and the form (and the kind's own widgets) in the tab."""
        raise NotImplementedError

    def reload(self) -> None:
        """List the host's records again (after a save, or for another host)."""
        raise NotImplementedError

    def validate(self, values: Mapping[str, str]) -> list[FieldError]:
        raise NotImplementedError

    def show_item(self, item: QListWidgetItem) -> None:
        """Load the record of the list's *item* into the form."""
        raise NotImplementedError

    def new_record(self) -> None:
        raise NotImplementedError

    def save(self, values: Mapping[str, str], record_id: uuid.UUID | None) -> uuid.UUID:
        raise NotImplementedError

"""Choose one record of a long list by typing part of its name.

A :class:`RecordPicker` is a search line over a short list of the records
found (at most :data:`RecordPicker.LIMIT`), fetched from a
:class:`~consultant_app.services.lists.ListSource` in SQL, so it stays quick on
tens of thousands of interns. Typing searches after a short pause; Down moves
into the list, Up from its first row back to the line; Enter (or a click)
picks the record. Enter in the line picks the first record found when the
search changed since the last pick, and is otherwise left to the dialog (Next,
OK). The chosen record is shown under the list.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from consultant_app.services.lists import ListQuery, ListSource, Row
from consultant_app.store.database import Database
from consultant_app.ui.models.paged_table_model import format_date

SEARCH_DELAY_MS = 180
ID_ROLE = Qt.ItemDataRole.UserRole
LABEL_ROLE = Qt.ItemDataRole.UserRole + 1

#: The values of one row by column key.
Values = Mapping[str, object]


def _text(value: object) -> str:
    if value is None:
        return ""
    if hasattr(value, "isoformat") and not isinstance(value, str):
        return format_date(value)  # type: ignore[arg-type]
    return str(value)


def person_label(values: Values) -> str:
    """``First Last`` of a row with ``first_name`` and ``last_name`` columns."""
    return f"{_text(values.get('first_name'))} {_text(values.get('last_name'))}".strip()


def name_label(values: Values) -> str:
    return _text(values.get("name"))


def details_of(*keys: str) -> Callable[[Values], str]:
    """A description made of the non-empty values of *keys*, separated by commas."""

    def describe(values: Values) -> str:
        return ", ".join(text for text in (_text(values.get(key)) for key in keys) if text)

    return describe


class RecordPicker(QWidget):
    """A search line, the records found, and the record chosen.

    *label* names a record (it is shown once picked and sent with
    :attr:`picked`); *detail* tells records of the same name apart in the list
    (a birth date, a town).
    """

    #: The record the user picked: its id and its label.
    picked = Signal(object, str)

    LIMIT = 50
    VISIBLE_ROWS = 6

    def __init__(
        self,
        source: ListSource,
        *,
        language: str = "en",
        label: Callable[[Values], str] = person_label,
        detail: Callable[[Values], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.source = source
        self.language = language
        self._label = label
        self._detail = detail
        self._keys = tuple(column.key for column in source.columns)
        self._record_id: uuid.UUID | None = None
        self._record_label = ""
        self._pending = False  # the search changed since the last pick
        self._searched: str | None = None  # the text of the results shown
        self.more = False  # more records match than are shown

        self.search = QLineEdit()
        self.search.setObjectName("pickerSearch")
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("pickerResults")
        # Tab goes on to the next field; Down enters the list.
        self.results.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.results.setUniformItemSizes(True)
        self.status = QLabel()
        self.status.setObjectName("pickerStatus")
        self.status.setStyleSheet("color:#555")
        self.chosen = QLabel()
        self.chosen.setObjectName("pickerChosen")
        self.chosen.setWordWrap(True)
        self.chosen.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addWidget(self.status)
        layout.addWidget(self.chosen)
        self.setFocusProxy(self.search)
        self._fit_list_height()

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.search.textEdited.connect(self._typed)
        self.search.textChanged.connect(self._cleared)
        self.results.itemClicked.connect(self._pick_item)
        self.results.itemActivated.connect(self._pick_item)
        self.search.installEventFilter(self)
        self.results.installEventFilter(self)
        self.retranslate()
        self.search_now()

    @classmethod
    def for_interns(
        cls, database: Database, language: str = "en", parent: QWidget | None = None
    ) -> RecordPicker:
        """Interns by name; the list shows the birth date and the town."""
        from consultant_app.services.lists import SOURCES

        return cls(
            SOURCES["interns"](database),
            language=language,
            label=person_label,
            detail=details_of("birth_date", "municipality"),
            parent=parent,
        )

    @classmethod
    def for_hosts(
        cls, database: Database, language: str = "en", parent: QWidget | None = None
    ) -> RecordPicker:
        """Hosts by name; the list shows the enterprise number and the town."""
        from consultant_app.services.lists import SOURCES

        return cls(
            SOURCES["hosts"](database),
            language=language,
            label=name_label,
            detail=details_of("enterprise_number", "municipality"),
            parent=parent,
        )

    # -- the chosen record ------------------------------------------------------------
    def record_id(self) -> uuid.UUID | None:
        return self._record_id

    def record_label(self) -> str:
        return self._record_label

    def set_record(self, record_id: uuid.UUID | None, label: str = "") -> None:
        """Show *record_id* as chosen (None: nothing chosen); :attr:`picked` is not emitted."""
        self._record_id = record_id
        self._record_label = label if record_id is not None else ""
        self._pending = False
        self._show_chosen()

    def label_of(self, record_id: uuid.UUID) -> str:
        """The label of a record found by the current search, or ``""``."""
        for row in range(self.results.count()):
            item = self.results.item(row)
            if item.data(ID_ROLE) == record_id:
                return str(item.data(LABEL_ROLE))
        return ""

    def describe(self, record_id: uuid.UUID) -> str:
        """The label of any record of the source (read from its detail), or ``""``."""
        values = dict(self.source.detail(record_id, self.language))
        return self._label(values) if values else ""

    def set_record_id(self, record_id: uuid.UUID | None) -> None:
        """Show *record_id* as chosen, with its label read from the store."""
        self.set_record(record_id, self.describe(record_id) if record_id is not None else "")

    def _show_chosen(self) -> None:
        if self._record_id is None:
            self.chosen.setText(self.tr("Nothing chosen yet."))
            self.chosen.setStyleSheet("color:#555")
        else:
            self.chosen.setText(self.tr("Chosen: {label}").format(label=self._record_label))
            self.chosen.setStyleSheet("font-weight:bold")

    # -- searching ------------------------------------------------------------------------
    def _typed(self, _text: str) -> None:
        self._pending = True
        self._timer.start()

    def _cleared(self, text: str) -> None:
        # The clear button changes the text without textEdited.
        if not text and self._searched:
            self._pending = True
            self._timer.start()

    def search_now(self) -> None:
        """Run the search of the line at once (the typing pause is skipped)."""
        self._timer.stop()
        text = self.search.text()
        query = ListQuery(search=text, language=self.language)
        rows = self.source.fetch(query, 0, self.LIMIT + 1)
        self.more = len(rows) > self.LIMIT
        self._searched = text
        self.results.clear()
        for row in rows[: self.LIMIT]:
            self.results.addItem(self._item(row))
        if self.results.count() and text.strip():
            # The best match of a search is marked; an unsearched list marks nothing,
            # so that it is not mistaken for the chosen record.
            self.results.setCurrentRow(0)
        self._show_status()

    def _item(self, row: Row) -> QListWidgetItem:
        values = dict(zip(self._keys, row.values, strict=True))
        label = self._label(values)
        detail = self._detail(values) if self._detail else ""
        item = QListWidgetItem(f"{label} — {detail}" if detail else label)
        item.setData(ID_ROLE, row.id)
        item.setData(LABEL_ROLE, label)
        return item

    def _show_status(self) -> None:
        if self._searched is None:
            text = ""
        elif not self.results.count() and not self._searched.strip():
            text = self.tr("The list is empty for now.")  # a new database: nobody to pick yet
        elif not self.results.count():
            text = self.tr("No record matches “{text}”.").format(text=self._searched.strip())
        elif self.more and self._searched.strip():
            text = self.tr("The first {limit} records are shown: type more to narrow the search.")
            text = text.format(limit=self.LIMIT)
        else:
            text = ""
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _fit_list_height(self) -> None:
        rows = self.VISIBLE_ROWS
        row_height = self.results.fontMetrics().height() + 6
        frame = 2 * self.results.frameWidth()
        self.results.setFixedHeight(rows * row_height + frame + 4)

    # -- picking --------------------------------------------------------------------------
    def _pick_item(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        if item.data(ID_ROLE) == self._record_id and not self._pending:
            return  # a click that also activates the item picks once
        self._record_id = item.data(ID_ROLE)
        self._record_label = str(item.data(LABEL_ROLE))
        self._pending = False
        self._show_chosen()
        self.picked.emit(self._record_id, self._record_label)

    def pick_current(self) -> bool:
        """Pick the current record of the list; False when the list is empty."""
        item = self.results.currentItem() or self.results.item(0)
        if item is None:
            return False
        self._pick_item(item)
        return True

    # -- keyboard ------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.search:
                return self._search_key(event)
            if watched is self.results:
                return self._list_key(event)
        return super().eventFilter(watched, event)

    def _search_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
            if self._timer.isActive():
                self.search_now()
            if self.results.count():
                if self.results.currentRow() < 0:
                    self.results.setCurrentRow(0)
                self.results.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._pending:
            if self._timer.isActive() or self._searched != self.search.text():
                self.search_now()
            if self.results.count():
                self.pick_current()
                self.search.selectAll()
            return True  # a search still to choose from is not the dialog's Enter
        return False

    def _list_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.pick_current()
            self.search.setFocus(Qt.FocusReason.OtherFocusReason)
            self.search.selectAll()
            return True
        if key == Qt.Key.Key_Escape:
            self.search.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if key == Qt.Key.Key_Up and self.results.currentRow() <= 0:
            self.search.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False

    # -- language ----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Type to search; Down to choose from the list"))
        self._show_chosen()
        self._show_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

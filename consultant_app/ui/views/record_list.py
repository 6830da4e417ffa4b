"""A searchable, sortable, filterable list of records with a detail pane beside it."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelection, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from consultant_app.services.lists import ListQuery, ListSource
from consultant_app.ui import labels
from consultant_app.ui.locale_format import label_value
from consultant_app.ui.models.paged_table_model import PagedTableModel, display

#: Detail fields whose values are stored codes shown by their translated name.
CODED_FIELDS = frozenset(
    {
        "status",
        "gender",
        "language",
        "convention_language",
        "joint_committee",
        "language_role",
        "kind",
        "mode",
        "state",
        "internship_status",
    }
)
COLUMN_WIDTHS = {"date": 110, "number": 90, "enum": 130, "text": 160}
SEARCH_DELAY_MS = 120


class _Counts(QObject):
    """Plural texts: ``self.tr`` with a count is what the translation tools read as plural."""

    def records(self, count: int) -> str:
        return self.tr("%n record(s)", "", count)


_COUNTS = _Counts()


class SearchBox(QLineEdit):
    """Search field: Down moves into the list, Escape clears."""

    move_down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.move_down.emit()
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


class RecordTable(QTableView):
    """Table whose Enter/Return key opens the current record."""

    open_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit()
            return
        super().keyPressEvent(event)


class DetailPane(QScrollArea):
    """Read-only fields of the selected record; its labels can be reached with the keyboard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setMinimumWidth(340)
        body = QWidget()
        self._layout = QVBoxLayout(body)
        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        self._form = QFormLayout()
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._layout.addWidget(self.title)
        self._layout.addLayout(self._form)
        self._layout.addStretch(1)
        self.setWidget(body)
        self._values: list[QLabel] = []

    def show_fields(self, title: str, fields: Sequence[tuple[str, object]]) -> None:
        while self._form.rowCount():
            self._form.removeRow(0)
        self._values = []
        self.title.setText(title)
        for key, value in fields:
            text = labels.value(str(value)) if key in CODED_FIELDS and value else None
            shown = QLabel(text or display("text", value) or "—")
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            shown.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            caption = QLabel(labels.field(key))
            caption.setObjectName("fieldCaption")
            caption.setBuddy(shown)
            self._form.addRow(caption, shown)
            self._values.append(shown)

    def field_texts(self) -> dict[str, str]:
        """Visible caption -> value texts (for tests and accessibility checks)."""
        result = {}
        for row in range(self._form.rowCount()):
            caption = self._form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            value = self._form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if caption and value:
                result[caption.widget().text()] = value.widget().text()
        return result

    def focus_first(self) -> None:
        if self._values:
            self._values[0].setFocus(Qt.FocusReason.OtherFocusReason)


class RecordListView(QWidget):
    """List of one kind of record (a :class:`ListSource`) with search, filters and details."""

    record_opened = Signal(uuid.UUID)

    def __init__(
        self,
        source: ListSource,
        title: str,
        *,
        language: str = "en",
        query: ListQuery | None = None,
        detail: QWidget | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.source = source
        self._title_key = title
        self.model = PagedTableModel(source, query or ListQuery(language=language), self)

        self.title = QLabel()
        self.title.setObjectName("viewTitle")
        self.search = SearchBox()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(180)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.filters: dict[str, QComboBox] = {}
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        for key in source.filters:
            combo = QComboBox()
            combo.setObjectName(f"filter_{key}")
            # As wide as its longest choice: "Joint committee: All" is never cut.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._apply_filters)
            self.filters[key] = combo
            top.addWidget(combo)
        #: Lists of people hide anonymised records unless this is ticked.
        self.show_anonymised: QCheckBox | None = None
        if source.has_anonymised:
            self.show_anonymised = QCheckBox()
            self.show_anonymised.setObjectName("showAnonymised")
            self.show_anonymised.setChecked(self.model.query.show_anonymised)
            self.show_anonymised.toggled.connect(
                lambda shown: self.model.update_query(show_anonymised=shown)
            )
        top.addWidget(self.search)
        self._top = top

        self.table = RecordTable()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        self._sync_sort_indicator()
        self.table.setSortingEnabled(True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.open_requested.connect(self.open_current)
        self.table.doubleClicked.connect(lambda _index: self.open_current())

        self.detail = detail if detail is not None else DetailPane()
        self._shown_id: uuid.UUID | None = None
        #: True while the detail pane holds a new, not yet saved record.
        self.creating = False
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([820, 420])
        self.splitter = splitter

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        if self.show_anonymised is not None:
            bottom.addWidget(self.show_anonymised)
        layout.addLayout(bottom)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._apply_search)
        self.search.move_down.connect(self.focus_table)
        self.model.modelReset.connect(self._after_reset)
        #: Whether the list has been painted once (the first row is selected only then).
        self._list_painted = False
        self.table.viewport().installEventFilter(self)

        self.retranslate()
        self._after_reset()

    # -- behaviour --------------------------------------------------------
    def add_new_button(self, slot: Callable[[], object]) -> QPushButton:
        """A button beside the title that starts a new record with *slot*; Ctrl+N does too."""
        button = QPushButton()
        button.clicked.connect(slot)
        self._top.insertWidget(1, button)
        QShortcut(QKeySequence.StandardKey.New, self, activated=slot)
        return button

    def show_saved(self, record_id: uuid.UUID) -> None:
        """The editable detail saved *record_id*: reload the list and select the record there."""
        self.creating = False
        self.model.reload()
        self._shown_id = record_id
        self.select_record(record_id)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def focus_table(self) -> None:
        self._apply_search()
        if not self.table.selectionModel().hasSelection() and self.model.rowCount():
            self.table.selectRow(0)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_current(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            self.record_opened.emit(record_id)
            self.focus_detail()

    def focus_detail(self) -> None:
        """Move the keyboard focus into the detail pane."""
        focus_first = getattr(self.detail, "focus_first", None)
        if focus_first is not None:
            focus_first()

    def current_id(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        return self.model.record_id(index.row()) if index.isValid() else None

    def set_filter(self, key: str, value: str) -> None:
        """Select *value* ("" for all) in the filter *key*, as a user would."""
        combo = self.filters[key]
        position = combo.findData(value)
        combo.setCurrentIndex(max(position, 0))

    def set_language(self, language: str) -> None:
        self.model.update_query(language=language)

    def _apply_search(self) -> None:
        self._search_timer.stop()
        self.model.update_query(search=self.search.text())

    def _apply_filters(self) -> None:
        values = {key: combo.currentData() or "" for key, combo in self.filters.items()}
        self.model.update_query(filters={k: v for k, v in values.items() if v})

    def _selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        record_id = self.model.record_id(indexes[0].row())
        if record_id is None or record_id == self._shown_id:
            return
        if not self.can_leave_record():
            previous = deselected.indexes()
            if previous:
                blocker = self.table.selectionModel()
                blocker.blockSignals(True)
                self.table.selectRow(previous[0].row())
                blocker.blockSignals(False)
            return
        self._shown_id = record_id
        self.creating = False
        self.show_record(record_id, indexes[0].row())

    def has_unsaved_work(self) -> bool:
        return False

    def can_leave_record(self) -> bool:
        """Whether the shown record may be replaced (editable views ask about unsaved work)."""
        return True

    def show_record(self, record_id: uuid.UUID, row: int) -> None:
        """Show *record_id* in the detail pane (read-only fields by default)."""
        fields = self.source.detail(record_id, self.model.query.language)
        title = self.model.data(self.model.index(row, 0)) or ""
        self.detail.show_fields(str(title), fields)

    def select_record(self, record_id: uuid.UUID) -> bool:
        """Select *record_id* in the list and scroll it into view (the place kept after an
        action). When the search or a filter hides it, they are cleared first; False when
        the record is not listed at all (deleted)."""
        shown = self._shown_id
        row = self.model.locate(record_id)
        if row < 0 and (self.model.query.search or self.model.query.filters):
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            for combo in self.filters.values():
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
            self.model.update_query(search="", filters={})
            self._shown_id = shown
            row = self.model.locate(record_id)
        if row < 0:
            return False
        blocker = self.table.selectionModel()
        already = self._shown_id == record_id
        if already:
            blocker.blockSignals(True)  # the detail shows it already: no second load
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, 0))
        if already:
            blocker.blockSignals(False)
            self.table.viewport().update()
        self.table.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def _after_reset(self) -> None:
        self._sync_sort_indicator()
        self._update_count()
        if self.has_unsaved_work():
            return  # keep the record being edited on screen
        self._shown_id = None
        # After the list is painted: the detail of the first row is not on the start-up path.
        if self._list_painted:
            QTimer.singleShot(0, self._select_first_if_none)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self._list_painted
            and event.type() == QEvent.Type.Paint
            and watched is self.table.viewport()
        ):
            self._list_painted = True
            QTimer.singleShot(0, self._select_first_if_none)
        return super().eventFilter(watched, event)

    def _select_first_if_none(self) -> None:
        if self.creating or self.has_unsaved_work():
            return  # a new record is being typed in: never replace it
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def _update_count(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(_COUNTS.records(count))

    def _sync_sort_indicator(self) -> None:
        query = self.model.query
        header = self.table.horizontalHeader()
        keys = [c.key for c in self.source.columns]
        if query.sort_key in keys:
            order = (
                Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder
            )
            header.blockSignals(True)
            header.setSortIndicator(keys.index(query.sort_key), order)
            header.blockSignals(False)
        else:
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)

    # -- language -------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(labels.field(self._title_key))
        self.search.setPlaceholderText(
            QCoreApplication.translate("RecordListView", "Search (Ctrl+F)…")
        )
        if self.show_anonymised is not None:
            self.show_anonymised.setText(
                QCoreApplication.translate("RecordListView", "Show anonymised")
            )
        for key, combo in self.filters.items():
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(label_value(labels.field(key), labels.all_values(key)), "")
            for value in self.source.filters[key]:
                combo.addItem(labels.value(value), value)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)
        self.model.retranslate()
        metrics = self.table.horizontalHeader().fontMetrics()
        for column, spec in enumerate(self.source.columns):
            title = labels.field(spec.key)
            width = max(COLUMN_WIDTHS.get(spec.kind, 160), metrics.horizontalAdvance(title) + 30)
            self.table.setColumnWidth(column, width)
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

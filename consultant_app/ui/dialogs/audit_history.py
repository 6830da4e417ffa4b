"""The History dialog: who changed which field of a record, when, with the values before and after.

A read-only, sortable table of the record's audit trail (and of the rows that
belong to it, see :mod:`consultant_app.services.privacy.audit_history`), newest first,
read a page at a time. Field names are the forms' labels; stored codes, dates and
yes/no values are shown as the forms show them. Esc or Close closes it.
"""

from __future__ import annotations

import re
import uuid
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import (
    QKeySequence,
    QShortcut,
    QShowEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from consultant_app.services.privacy.audit_history import (
    DEFAULT_LIMIT,
    DELETE,
    INSERT,
    RESTORE,
    UPDATE,
    HistoryEntry,
    record_history,
)
from consultant_app.store.database import Database
from consultant_app.ui import labels
from consultant_app.ui.locale_format import label_value
from consultant_app.ui.models.paged_table_model import format_date
from consultant_app.ui.views.record_list import CODED_FIELDS

#: Role holding the text a column sorts on.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: The columns of the table.
WHEN, BY, ACTION, RECORD, FIELD, BEFORE, AFTER = range(7)
#: Widest a column is made to fit its content, and the least Before and After get (pixels).
_MAX_WIDTH = 240
_MIN_VALUE_WIDTH = 140

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


def action_text(action: str) -> str:
    """The word shown for an entry's action."""
    return {
        INSERT: QCoreApplication.translate("AuditHistoryDialog", "Created"),
        UPDATE: QCoreApplication.translate("AuditHistoryDialog", "Changed"),
        DELETE: QCoreApplication.translate("AuditHistoryDialog", "Deleted"),
        RESTORE: QCoreApplication.translate("AuditHistoryDialog", "Restored"),
    }.get(action, action)


def entity_text(entity: str) -> str:
    """The name of a kind of record (a table of the store)."""
    return {
        "intern": QCoreApplication.translate("AuditHistoryDialog", "Intern"),
        "intern_wished_function": QCoreApplication.translate(
            "AuditHistoryDialog", "Function wished"
        ),
        "host": QCoreApplication.translate("AuditHistoryDialog", "Host"),
        "training_plan": QCoreApplication.translate("AuditHistoryDialog", "Training policy plan"),
        "mentor": QCoreApplication.translate("AuditHistoryDialog", "Mentor"),
        "internship": QCoreApplication.translate("AuditHistoryDialog", "Internship"),
        "interruption": QCoreApplication.translate("AuditHistoryDialog", "Interruption"),
        "signature": QCoreApplication.translate("AuditHistoryDialog", "Signature"),
        "amendment": QCoreApplication.translate("AuditHistoryDialog", "Amendment"),
        "rule_override": QCoreApplication.translate("AuditHistoryDialog", "Rule overridden"),
        "issued_document": QCoreApplication.translate("AuditHistoryDialog", "Document"),
        "risk_assessment": QCoreApplication.translate("AuditHistoryDialog", "Workstation sheet"),
        "risk_item": QCoreApplication.translate("AuditHistoryDialog", "Risk"),
        "internship_task": QCoreApplication.translate("AuditHistoryDialog", "Task"),
        "internship_competence": QCoreApplication.translate("AuditHistoryDialog", "Competence"),
        "evaluation": QCoreApplication.translate("AuditHistoryDialog", "Evaluation"),
        "evaluation_score": QCoreApplication.translate("AuditHistoryDialog", "Evaluation score"),
        "workplace_evaluation": QCoreApplication.translate(
            "AuditHistoryDialog", "Workplace evaluation"
        ),
        "competence_scan": QCoreApplication.translate("AuditHistoryDialog", "Competence scan"),
        "competence_scan_score": QCoreApplication.translate("AuditHistoryDialog", "Scan score"),
        "visit": QCoreApplication.translate("AuditHistoryDialog", "Visit"),
        "visit_log_entry": QCoreApplication.translate("AuditHistoryDialog", "Follow-up log"),
    }.get(entity, entity)


def _codes(group: str) -> dict[str, str]:
    """Codes the shared labels do not name (or name for another use), by group."""
    if group == "interruption":
        return {
            "sickness": QCoreApplication.translate("AuditHistoryDialog", "Sickness"),
            "suspension": QCoreApplication.translate("AuditHistoryDialog", "Suspension"),
        }
    if group == "party":
        return {
            "fund": QCoreApplication.translate("AuditHistoryDialog", "The fund"),
            "host": QCoreApplication.translate("AuditHistoryDialog", "The host"),
            "intern": QCoreApplication.translate("AuditHistoryDialog", "The intern"),
        }
    if group in ("stage", "moment", "phase"):
        return {
            "start": QCoreApplication.translate("AuditHistoryDialog", "Start"),
            "midterm": QCoreApplication.translate("AuditHistoryDialog", "Mid-term"),
            "end": QCoreApplication.translate("AuditHistoryDialog", "End"),
            "final": QCoreApplication.translate("AuditHistoryDialog", "Final"),
        }
    return {}


#: The code group of the first word of a dependent row's item, by table.
_ITEM_GROUPS = {
    "interruption": "interruption",
    "signature": "party",
    "evaluation": "stage",
    "competence_scan": "moment",
    "visit": "visit",
    "visit_log_entry": "log",
}
#: Fields holding codes of one of the groups of :func:`_codes`.
_CODE_FIELDS = {"party": "party", "stage": "stage", "moment": "moment", "phase": "phase"}


def _code(group: str, code: str) -> str:
    return _codes(group).get(code) or labels.value(code)


def _moment(value: datetime) -> str:
    local = value.astimezone() if value.tzinfo is not None else value
    return f"{format_date(local.date())} {local:%H:%M}"


def _dated(value: str) -> str | None:
    """An ISO date or time in the locale's way, or ``None`` when *value* is neither."""
    try:
        if _DATE.match(value):
            return format_date(date.fromisoformat(value))
        if _DATE_TIME.match(value):
            return _moment(datetime.fromisoformat(value))
    except ValueError:
        return None
    return None


def value_text(entry: HistoryEntry, value: str | None) -> str:
    """A stored value as the forms show it: dates, yes/no and codes in words."""
    if value is None:
        return ""
    field = entry.field or ""
    dated = _dated(value)
    if dated is not None:
        return dated
    if value in ("True", "False"):
        return labels.yes_no(value == "True")
    if field == "kind" and entry.entity in _ITEM_GROUPS:
        return _code(_ITEM_GROUPS[entry.entity], value)
    if field in _CODE_FIELDS:
        return _code(_CODE_FIELDS[field], value)
    if field in CODED_FIELDS or field == "recommendation":
        return labels.value(value)
    return value


def field_text(field: str | None) -> str:
    """The form's label of a column, else the column's name."""
    if not field:
        return ""
    return labels.field(field) if field in labels.known_fields() else field


def record_text(entry: HistoryEntry) -> str:
    """Which record an entry belongs to: its kind and, for a dependent row, which one."""
    shown = []
    for index, part in enumerate(entry.item):
        if index == 0 and entry.entity in _ITEM_GROUPS:
            shown.append(_code(_ITEM_GROUPS[entry.entity], part))
        else:
            shown.append(_dated(part) or part)
    name = entity_text(entry.entity)
    return label_value(name, " · ".join(shown)) if shown else name


def _one_line(text: str) -> str:
    return " ↵ ".join(line for line in text.splitlines()) if "\n" in text else text


class AuditHistoryDialog(QDialog):
    """The audit trail of one record, newest first; *Show older changes* reads the next page."""

    def __init__(
        self,
        database: Database,
        entity: str,
        record_id: uuid.UUID,
        title: str,
        parent: QWidget | None = None,
        *,
        language: str = "en",
        page_size: int = DEFAULT_LIMIT,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("auditHistory")
        self.database = database
        self.entity = entity
        self.record_id = record_id
        self.language = language
        self.page_size = page_size
        self.entries: list[HistoryEntry] = []
        self.total = 0
        self.setWindowTitle(self.tr("History — {name}").format(name=title))
        self.resize(980, 520)

        self.summary = QLabel()
        self.summary.setObjectName("historySummary")
        self.model = QStandardItemModel(0, 7, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("historyTable")
        self.table.setModel(self.proxy)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setSortingEnabled(True)
        QShortcut(QKeySequence.StandardKey.Copy, self.table, activated=self.copy_current)

        self.more_button = QPushButton()
        self.more_button.setObjectName("historyMore")
        self.more_button.setAutoDefault(False)
        self.more_button.clicked.connect(self.load_more)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.more_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)

        self.retranslate()
        self.load_more()
        self.table.sortByColumn(WHEN, Qt.SortOrder.DescendingOrder)
        self._fitted = False
        if self.proxy.rowCount():
            self.table.selectRow(0)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- data --------------------------------------------------------------------------
    def load_more(self) -> None:
        """Read the next page of older entries and add them to the table."""
        page = record_history(
            self.database,
            self.entity,
            self.record_id,
            limit=self.page_size,
            offset=len(self.entries),
            language=self.language,
        )
        self.total = page.total
        for entry in page.entries:
            self._add(entry)
        self.entries.extend(page.entries)
        self.table.setColumnHidden(
            RECORD,
            all(entry.entity == self.entity and not entry.item for entry in self.entries),
        )
        self._refresh_summary()

    def _add(self, entry: HistoryEntry) -> None:
        texts = [
            (_moment(entry.at), entry.at.isoformat()),
            (entry.actor, None),
            (action_text(entry.action), None),
            (record_text(entry), None),
            (field_text(entry.field), None),
            (value_text(entry, entry.old_value), None),
            (value_text(entry, entry.new_value), None),
        ]
        row = []
        for text, key in texts:
            item = QStandardItem(_one_line(text))
            item.setEditable(False)
            item.setData(key if key is not None else text.casefold(), SORT_ROLE)
            if text and (len(text) > 40 or "\n" in text):
                item.setToolTip(text)
            row.append(item)
        self.model.appendRow(row)

    def _fit_columns(self) -> None:
        """Fit the columns to their content; Before and After share what is left."""
        self.table.resizeColumnsToContents()
        for column in range(BEFORE):
            if self.table.columnWidth(column) > _MAX_WIDTH:
                self.table.setColumnWidth(column, _MAX_WIDTH)
        used = sum(
            self.table.columnWidth(column)
            for column in range(BEFORE)
            if not self.table.isColumnHidden(column)
        )
        free = max(2 * _MIN_VALUE_WIDTH, self.table.viewport().width() - used)
        self.table.setColumnWidth(BEFORE, min(self.table.columnWidth(BEFORE), free // 2))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            self._fit_columns()

    def rows(self) -> list[list[str]]:
        """The texts of the table as shown (sorted), for tests and accessibility checks."""
        return [
            [
                str(self.proxy.index(row, column).data() or "")
                for column in range(self.proxy.columnCount())
            ]
            for row in range(self.proxy.rowCount())
        ]

    def copy_current(self) -> None:
        """Copy the selected row, its cells separated by tabs (Ctrl+C)."""
        index = self.table.currentIndex()
        if not index.isValid():
            return
        cells = [
            str(self.proxy.index(index.row(), column).data(Qt.ItemDataRole.ToolTipRole) or "")
            or str(self.proxy.index(index.row(), column).data() or "")
            for column in range(self.proxy.columnCount())
            if not self.table.isColumnHidden(column)
        ]
        QApplication.clipboard().setText("\t".join(cells))

    # -- language ----------------------------------------------------------------------
    def _refresh_summary(self) -> None:
        if not self.total:
            self.summary.setText(self.tr("No change has been recorded for this record."))
        elif len(self.entries) < self.total:
            self.summary.setText(
                self.tr("The latest {shown} of {total} changes, newest first.").format(
                    shown=len(self.entries), total=self.total
                )
            )
        else:
            self.summary.setText(self.tr("%n change(s), newest first.", "", self.total))
        self.more_button.setVisible(len(self.entries) < self.total)

    def retranslate(self) -> None:
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Date and time"),
                self.tr("By"),
                self.tr("Action"),
                self.tr("Record"),
                self.tr("Field"),
                self.tr("Before"),
                self.tr("After"),
            ]
        )
        self.more_button.setText(self.tr("Show &older changes"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))


def open_history(
    parent: QWidget,
    database: Database,
    entity: str,
    record_id: uuid.UUID,
    title: str,
    *,
    language: str = "en",
) -> AuditHistoryDialog:
    """Show the History dialog of a record, window-modal, and return it."""
    dialog = AuditHistoryDialog(database, entity, record_id, title, parent, language=language)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setModal(True)
    dialog.open()
    return dialog


def open_form_history(
    parent: QWidget, database: Database, entity: str, form: Any, *, language: str = "en"
) -> AuditHistoryDialog | None:
    """The History dialog of the record shown in the record *form*; None while it is unsaved."""
    if form.record_id is None:
        return None
    return open_history(
        parent, database, entity, form.record_id, form.heading.text(), language=language
    )

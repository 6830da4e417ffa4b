"""A table model that pages rows in from SQL on demand.

The model knows the number of rows (one COUNT query) and fetches a page of
rows the first time one of them is painted; only a bounded number of pages
is kept. Scrolling to the end of 100,000 rows therefore costs one query, and
nothing ever loads the whole table into Python.
"""

from __future__ import annotations

import uuid
from collections import OrderedDict
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from consultant_app.services.lists import ListQuery, ListSource, Row
from consultant_app.ui import labels

# Dates and numbers are written by the one formatting module (imported here by many views).
from consultant_app.ui.locale_format import date_format as date_format
from consultant_app.ui.locale_format import format_date as format_date
from consultant_app.ui.locale_format import format_number

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class PagedTableModel(QAbstractTableModel):
    PAGE_SIZE = 200
    MAX_PAGES = 40

    def __init__(self, source: ListSource, query: ListQuery | None = None, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.source = source
        self._query = query or ListQuery()
        self._count = 0
        self._pages: OrderedDict[int, list[Row]] = OrderedDict()
        self.reload()

    # -- query -------------------------------------------------------------
    @property
    def query(self) -> ListQuery:
        return self._query

    def set_query(self, query: ListQuery) -> None:
        if query != self._query:
            self._query = query
            self.reload()

    def update_query(self, **changes: Any) -> None:
        self.set_query(replace(self._query, **changes))

    def reload(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._count = self.source.count(self._query)
        self.endResetModel()

    # -- rows ----------------------------------------------------------------
    def _page(self, number: int) -> list[Row]:
        page = self._pages.get(number)
        if page is None:
            page = self.source.fetch(self._query, number * self.PAGE_SIZE, self.PAGE_SIZE)
            self._pages[number] = page
            while len(self._pages) > self.MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page

    def row(self, row: int) -> Row | None:
        if not 0 <= row < self._count:
            return None
        page = self._page(row // self.PAGE_SIZE)
        offset = row % self.PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def record_id(self, row: int) -> uuid.UUID | None:
        found = self.row(row)
        return found.id if found else None

    def row_of(self, record_id: uuid.UUID) -> int:
        """Row of *record_id* among the loaded pages, or -1."""
        for number, page in self._pages.items():
            for offset, row in enumerate(page):
                if row.id == record_id:
                    return number * self.PAGE_SIZE + offset
        return -1

    def locate(self, record_id: uuid.UUID) -> int:
        """Row of *record_id* in the whole list (asked of the source when not loaded), or -1."""
        row = self.row_of(record_id)
        if row >= 0:
            return row
        found = self.source.position(self._query, record_id)
        return -1 if found is None else found

    # -- Qt interface ------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.source.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return labels.field(self.source.columns[section].key)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row(index.row())
        if row is None:
            return None
        if role == ID_ROLE:
            return row.id
        column = self.source.columns[index.column()]
        value = row.values[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display(column.kind, value)
        if role == SORT_ROLE:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind == "number":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.source.columns):
            return
        spec = self.source.columns[column]
        if not spec.sortable:
            return
        self.update_query(sort_key=spec.key, descending=order == Qt.SortOrder.DescendingOrder)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._count:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self._count - 1, self.columnCount() - 1)
            )


def display(kind: str, value: object) -> str:
    """Text shown for *value* of a column of *kind*, in the current locale."""
    if value is None or value == "":
        return ""
    if isinstance(value, date):
        return format_date(value)
    if kind == "enum":
        return labels.value(str(value))
    if isinstance(value, bool):
        return labels.yes_no(value)
    if isinstance(value, float | int):
        return format_number(value)
    return str(value)

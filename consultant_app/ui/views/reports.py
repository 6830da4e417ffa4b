"""Yearly figures as the fund reports them: conventions, weeks, days and FTE per language."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from consultant_app.domain.figures import Figures
from consultant_app.domain.programme import DAYS_PER_WEEK, FTE_DAYS_PER_YEAR
from consultant_app.services.figures import yearly_figures
from consultant_app.store.database import Database
from consultant_app.ui import labels
from consultant_app.ui.widgets.bar_chart import BarChart

GROUPS = ("NL", "FR", "total")
MEASURES = ("conventions", "weeks", "days", "fte")


def _measure(figures: Figures, measure: str) -> float | int:
    value = getattr(figures, measure)
    return float(value) if measure in ("weeks", "fte") else int(value)


class ReportsView(QWidget):
    """Years side by side, as in the programme's report (section 3)."""

    def __init__(
        self, database: Database, today: date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportsView")
        self.database = database
        self.today = today or date.today()
        self.title = QLabel()
        self.title.setObjectName("viewTitle")
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.chart = BarChart()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.chart)
        splitter.setSizes([420, 260])
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        layout.addWidget(splitter, 1)
        self.refresh()

    def refresh(self) -> None:
        self.figures = yearly_figures(self.database, today=self.today)
        self.retranslate()

    def value(self, year: int, group: str, measure: str) -> float | int:
        return _measure(self.figures[year][group], measure)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Reports — yearly figures"))
        self.explanation.setText(
            self.tr(
                "Conventions are counted by start date. Days are the working days (Monday to "
                "Friday, without interruptions) inside each year; weeks = days / {0}; "
                "FTE = days / {1}."
            ).format(DAYS_PER_WEEK, FTE_DAYS_PER_YEAR)
        )
        years = sorted(self.figures)
        group_names = {
            "NL": labels.value("NL"),
            "FR": labels.value("FR"),
            "total": self.tr("Total"),
        }
        self.table.clear()
        self.table.setColumnCount(len(years))
        self.table.setRowCount(len(GROUPS) * len(MEASURES))
        self.table.setHorizontalHeaderLabels([str(y) for y in years])
        row_labels = []
        locale = QLocale()
        for g, group in enumerate(GROUPS):
            for m, measure in enumerate(MEASURES):
                row = g * len(MEASURES) + m
                row_labels.append(f"{group_names[group]} — {labels.field(measure)}")
                for column, year in enumerate(years):
                    value = self.value(year, group, measure)
                    text = (
                        locale.toString(float(value), "f", 1)
                        if isinstance(value, float)
                        else locale.toString(value)
                    )
                    item = QTableWidgetItem(text)
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                    if group == "total":
                        font = item.font()
                        font.setBold(True)
                        item.setFont(font)
                    self.table.setItem(row, column, item)
        self.table.setVerticalHeaderLabels(row_labels)
        self.chart.set_data(
            [str(y) for y in years],
            [
                (self.tr("Weeks NL"), [self.figures[y]["NL"].weeks for y in years]),
                (self.tr("Weeks FR"), [self.figures[y]["FR"].weeks for y in years]),
            ],
        )

    def set_language(self, _language: str) -> None:
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

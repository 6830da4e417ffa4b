"""The first screen: what needs attention today, and this year's figures against last year's."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from consultant_app.services.figures.dashboard import compare_years, dashboard_counts
from consultant_app.store.database import Database
from consultant_app.ui import labels
from consultant_app.ui.locale_format import format_number
from consultant_app.ui.widgets.bar_chart import BarChart

#: Card key -> (list view, filters) opened when the card is clicked.
CARD_TARGETS: dict[str, tuple[str, dict[str, str]] | None] = {
    "running": ("internships", {"status": "running"}),
    "awaiting_signatures": ("internships", {"status": "awaiting_signatures"}),
    "drafts": ("internships", {"status": "draft"}),
    "visits_due_this_week": ("visits", {"state": "upcoming"}),
    "visits_overdue": ("visits", {"state": "overdue"}),
    "evaluations_missing": ("internships", {"evaluation": "missing"}),
}


class Card(QPushButton):
    """A big number with its caption; clicking it opens the matching list."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("dashboardCard")
        self.setMinimumHeight(86)
        self.value = 0
        self.caption = ""

    def set_value(self, value: int, caption: str) -> None:
        self.value = value
        self.caption = caption
        self.setText(f"{format_number(value)}\n{caption}")
        self.setToolTip(QCoreApplication.translate("DashboardView", "Open the matching list"))


class DashboardView(QWidget):
    #: A card was clicked: show the list (first) with these filters (second) set.
    list_requested = Signal(str, object)

    def __init__(
        self, database: Database, today: date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardView")
        self.database = database
        self.today = today or date.today()
        self.title = QLabel()
        self.title.setObjectName("viewTitle")
        self.cards: dict[str, Card] = {}
        grid = QGridLayout()
        for position, key in enumerate(CARD_TARGETS):
            card = Card(key)
            card.clicked.connect(self._card_callback(key))
            card.setEnabled(CARD_TARGETS[key] is not None)
            self.cards[key] = card
            grid.addWidget(card, position // 3, position % 3)

        self.figures_box = QGroupBox()
        self.figures = QTableWidget(4, 2)
        self.figures.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.figures.horizontalHeader().setStretchLastSection(True)
        self.figures.setMinimumWidth(360)
        self.figures.verticalHeader().setDefaultSectionSize(30)
        self.figures.setFixedHeight(30 * 4 + 34)
        self.chart = BarChart()
        figures_layout = QHBoxLayout(self.figures_box)
        figures_layout.addWidget(self.figures, 1, Qt.AlignmentFlag.AlignTop)
        figures_layout.addWidget(self.chart, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(grid)
        layout.addWidget(self.figures_box, 1)
        self.refresh()

    def _card_callback(self, key: str):  # type: ignore[no-untyped-def]
        def open_list() -> None:
            target = CARD_TARGETS[key]
            if target is not None:
                self.list_requested.emit(*target)

        return open_list

    def refresh(self) -> None:
        self._counts = dashboard_counts(self.database, self.today)
        year = self.today.year
        this, last = compare_years(self.database, year)
        self._this, self._last = this.total, last.total
        self._by_language = {
            column.year: (column.nl.weeks, column.fr.weeks) for column in (last, this)
        }
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Dashboard"))
        n = {key: int(getattr(self._counts, key)) for key in self.cards}
        # Each caption agrees with its number: "1 visit overdue", "13 visits overdue".
        captions = {
            "running": self.tr("internship(s) running now", "", n["running"]),
            "awaiting_signatures": self.tr(
                "convention(s) awaiting signatures", "", n["awaiting_signatures"]
            ),
            "drafts": self.tr("convention(s) in draft", "", n["drafts"]),
            "visits_due_this_week": self.tr(
                "visit(s) due this week", "", n["visits_due_this_week"]
            ),
            "visits_overdue": self.tr("visit(s) overdue", "", n["visits_overdue"]),
            "evaluations_missing": self.tr("evaluation(s) missing", "", n["evaluations_missing"]),
        }
        for key, card in self.cards.items():
            card.set_value(getattr(self._counts, key), captions[key])
        year = self.today.year
        self.figures_box.setTitle(self.tr("Figures {0} against {1}").format(year, year - 1))
        self.figures.setHorizontalHeaderLabels([str(year - 1), str(year)])
        rows = [
            ("conventions", self._last.conventions, self._this.conventions),
            ("weeks", self._last.weeks, self._this.weeks),
            ("days", self._last.days, self._this.days),
            ("fte", float(self._last.fte), float(self._this.fte)),
        ]
        self.figures.setVerticalHeaderLabels([labels.field(key) for key, *_ in rows])
        for row, (_key, last, this) in enumerate(rows):
            for column, value in enumerate((last, this)):
                item = QTableWidgetItem(format_number(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.figures.setItem(row, column, item)
        self.chart.set_data(
            [str(year - 1), str(year)],
            [
                (self.tr("Weeks NL"), [self._by_language[y][0] for y in (year - 1, year)]),
                (self.tr("Weeks FR"), [self._by_language[y][1] for y in (year - 1, year)]),
            ],
        )

    def set_language(self, _language: str) -> None:
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

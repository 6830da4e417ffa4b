"""The fund's figures for a year or any period: tables, chart, annual report, exports, import."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from consultant_app.domain.figures import Figures
from consultant_app.domain.period import Period
from consultant_app.domain.programme import DAYS_PER_WEEK, FTE_DAYS_PER_YEAR
from consultant_app.services.figures import annual
from consultant_app.services.figures.output import as_json, write_csv
from consultant_app.services.privacy.private_files import write_private_file
from consultant_app.store.database import Database
from consultant_app.ui import labels
from consultant_app.ui.forms.invalid import ERROR_TEXT_STYLE
from consultant_app.ui.locale_format import (
    format_date,
    format_number,
    format_percent,
    label_value,
)
from consultant_app.ui.tasks import run_task
from consultant_app.ui.widgets.bar_chart import BarChart
from consultant_app.ui.widgets.date_field import DateField

GROUPS = ("NL", "FR", "total")
MEASURES = ("conventions", "weeks", "days", "fte")
#: Years shown side by side: the period's and those before it.
YEARS_SHOWN = 3


def _measure(figures: Figures, measure: str) -> float | int:
    value = getattr(figures, measure)
    return float(value) if measure in ("weeks", "fte") else int(value)


def _number_item(value: float | int, bold: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(format_number(value))
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if bold:
        font = item.font()
        font.setBold(True)
        item.setFont(font)
    return item


def _table() -> QTableWidget:
    table = QTableWidget()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setDefaultSectionSize(24)
    return table


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ReportsView(QWidget):
    """Figures of a calendar year (or any period), the years before it, hosts and candidates."""

    def __init__(
        self,
        database: Database,
        today: date | None = None,
        parent: QWidget | None = None,
        language: str = "en",
        actor: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportsView")
        self.database = database
        self.today = today or date.today()
        self.language = language
        self.actor = actor
        self.title = QLabel()
        self.title.setObjectName("viewTitle")
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)

        self.mode = QComboBox()
        self.mode.setObjectName("periodMode")
        self.mode.addItem("", "year")
        self.mode.addItem("", "period")
        self.year = QSpinBox()
        self.year.setObjectName("yearChooser")
        self.year.setRange(1990, 2100)
        self.year.setValue(self.today.year)
        self.start = DateField()
        self.start.setObjectName("periodStart")
        self.start.set_date(date(self.today.year, 1, 1))
        self.end = DateField()
        self.end.setObjectName("periodEnd")
        self.end.set_date(date(self.today.year, 12, 31))
        self.period_error = QLabel()
        self.period_error.setObjectName("fieldError")
        self.period_error.setStyleSheet(ERROR_TEXT_STYLE)
        self.report_button = QPushButton()
        self.report_button.setObjectName("annualReport")
        self.csv_button = QPushButton()
        self.json_button = QPushButton()
        self.import_button = QPushButton()
        self.import_button.setObjectName("importInternships")
        self.report_button.clicked.connect(lambda: self.open_report())
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.json_button.clicked.connect(lambda: self.export("json"))
        self.import_button.clicked.connect(lambda: self.open_import())
        self.mode.currentIndexChanged.connect(lambda _i: self.refresh())
        self.year.valueChanged.connect(lambda _v: self.refresh())
        for edit in (self.start, self.end):
            # A whole date is taken at once; a half-typed one is said wrong when left.
            edit.value_changed.connect(lambda _v, e=edit: e.date() is not None and self.refresh())
            edit.editingFinished.connect(self.refresh)
        bar = QHBoxLayout()
        for widget in (self.mode, self.year, self.start, self.end, self.period_error):
            bar.addWidget(widget)
        bar.addStretch(1)
        for button in (self.report_button, self.csv_button, self.json_button, self.import_button):
            bar.addWidget(button)

        self.table = _table()  # the years side by side
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.chart = BarChart()
        years_page = QSplitter(Qt.Orientation.Vertical)
        years_page.addWidget(self.table)
        years_page.addWidget(self.chart)
        years_page.setSizes([380, 240])
        self.breakdown = _table()
        self.breakdown.horizontalHeader().setStretchLastSection(False)
        self.hosts = _table()
        self.hosts.setSortingEnabled(True)
        self.candidates = _table()
        self.eligible_label = QLabel()
        candidates_page = QWidget()
        column = QVBoxLayout(candidates_page)
        column.addWidget(self.candidates, 1)
        column.addWidget(self.eligible_label)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("reportTabs")
        for page in (years_page, self.breakdown, self.hosts, candidates_page):
            self.tabs.addTab(page, "")

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)
        self.figures: annual.AnnualFigures | None = None
        self._asked = 0  # figures asked so far (the latest answer wins)
        self.preview: QDialog | None = None  # the annual report's preview, once built
        self.retranslate()

    # -- the period --------------------------------------------------------------------
    def period(self) -> Period | None:
        """The period chosen, or None when its dates are in the wrong order."""
        if self.mode.currentData() == "year":
            return Period.year(self.year.value())
        start, end = self.start.date(), self.end.date()
        if start is None or end is None or end < start:
            return None
        return Period(start, end)

    def refresh(self) -> None:
        by_year = self.mode.currentData() == "year"
        self.year.setVisible(by_year)
        self.start.setVisible(not by_year)
        self.end.setVisible(not by_year)
        period = self.period()
        if period is None:
            if self.start.date() is None or self.end.date() is None:
                self.period_error.setText(self.tr("Write both dates day first, as 6/9/2026."))
            else:
                self.period_error.setText(self.tr("The end lies before the start."))
            return
        self.period_error.setText("")
        # Only the latest period's figures are shown when several are asked in a row.
        self._asked += 1
        asked, database, language = self._asked, self.database, self.language
        run_task(
            lambda: annual.annual_figures(database, period, years=YEARS_SHOWN, language=language),
            lambda figures: self._show_figures(asked, figures),
            self._figures_failed,
            owner=self,
            # The exports write the figures shown: they wait until those of the period are in.
            busy=(self.csv_button, self.json_button),
        )

    def _show_figures(self, asked: int, figures: annual.AnnualFigures) -> None:
        if asked != self._asked:
            return
        self.figures = figures
        self._fill()

    def _figures_failed(self, problem: BaseException) -> None:
        if not isinstance(problem, (OSError, ValueError)):
            raise problem
        QMessageBox.warning(self, self.tr("Reports — figures"), str(problem))

    def value(self, year: int, group: str, measure: str) -> float | int:
        """A cell of the years table, as computed (for checks)."""
        assert self.figures is not None
        column = next(y for y in self.figures.years if y.year == year)
        cell = {"NL": column.nl, "FR": column.fr, "total": column.total}[group]
        return _measure(cell, measure)

    # -- tables ------------------------------------------------------------------------
    def _fill(self) -> None:
        figures = self.figures
        if figures is None:
            return
        self._fill_years(figures)
        self._fill_breakdown(figures)
        self._fill_hosts(figures)
        self._fill_candidates(figures)

    def _fill_years(self, figures: annual.AnnualFigures) -> None:
        years = [column.year for column in figures.years]
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
        for g, group in enumerate(GROUPS):
            for m, measure in enumerate(MEASURES):
                row_labels.append(f"{group_names[group]} — {labels.field(measure)}")
                for column, year in enumerate(years):
                    self.table.setItem(
                        g * len(MEASURES) + m,
                        column,
                        _number_item(self.value(year, group, measure), group == "total"),
                    )
        self.table.setVerticalHeaderLabels(row_labels)
        self.chart.set_data(
            [str(y) for y in years],
            [
                (self.tr("Weeks NL"), [c.nl.weeks for c in figures.years]),
                (self.tr("Weeks FR"), [c.fr.weeks for c in figures.years]),
            ],
        )

    def _fill_breakdown(self, figures: annual.AnnualFigures) -> None:
        total_days = figures.totals.days
        sections: list[tuple[str, list[tuple[str, Figures]]]] = [
            (self.tr("Total"), [(self.tr("All internships"), figures.totals)]),
            (
                labels.field("language"),
                [(labels.value(k), v) for k, v in figures.by_language.items()],
            ),
            (
                labels.field("joint_committee"),
                [(labels.value(k), v) for k, v in figures.by_joint_committee.items()],
            ),
            (labels.field("gender"), [(labels.value(k), v) for k, v in figures.by_gender.items()]),
            (
                self.tr("Cluster"),
                sorted(
                    ((figures.cluster_name(k), v) for k, v in figures.by_cluster.items()),
                    key=lambda pair: -pair[1].days,
                ),
            ),
        ]
        headers = [self.tr("Group"), *(labels.field(m) for m in MEASURES), self.tr("% of days")]
        rows = [(section, name, cell) for section, lines in sections for name, cell in lines]
        self.breakdown.clear()
        self.breakdown.setColumnCount(len(headers))
        self.breakdown.setRowCount(len(rows))
        self.breakdown.setHorizontalHeaderLabels(headers)
        for row, (section, name, cell) in enumerate(rows):
            self.breakdown.setItem(row, 0, QTableWidgetItem(label_value(section, name)))
            for column, measure in enumerate(MEASURES, start=1):
                self.breakdown.setItem(row, column, _number_item(_measure(cell, measure)))
            share = 100 * cell.days / total_days if total_days else 0.0
            self.breakdown.setItem(row, len(MEASURES) + 1, QTableWidgetItem(format_percent(share)))
        self.breakdown.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _fill_hosts(self, figures: annual.AnnualFigures) -> None:
        headers = [
            labels.field("name"),
            labels.field("language"),
            labels.field("joint_committee"),
            labels.field("conventions"),
            labels.field("days"),
        ]
        self.hosts.setSortingEnabled(False)
        self.hosts.clear()
        self.hosts.setColumnCount(len(headers))
        self.hosts.setRowCount(len(figures.hosts))
        self.hosts.setHorizontalHeaderLabels(headers)
        for row, host in enumerate(figures.hosts):
            self.hosts.setItem(row, 0, QTableWidgetItem(host.name))
            self.hosts.setItem(row, 1, QTableWidgetItem(labels.value(host.language)))
            self.hosts.setItem(row, 2, QTableWidgetItem(labels.value(host.joint_committee)))
            for column, value in ((3, host.conventions), (4, host.days)):
                item = _number_item(value)
                item.setData(Qt.ItemDataRole.UserRole, value)
                self.hosts.setItem(row, column, item)
        self.hosts.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.hosts.setSortingEnabled(True)

    def _fill_candidates(self, figures: annual.AnnualFigures) -> None:
        languages = ("NL", "FR", "other")
        headers = [
            self.tr("Registered in"),
            *(labels.value(code) for code in languages),
            self.tr("Total"),
        ]
        self.candidates.clear()
        self.candidates.setColumnCount(len(headers))
        self.candidates.setRowCount(len(figures.candidates))
        self.candidates.setHorizontalHeaderLabels(headers)
        for row, line in enumerate(figures.candidates):
            self.candidates.setItem(row, 0, QTableWidgetItem(str(line.registration_year)))
            for column, code in enumerate(languages, start=1):
                self.candidates.setItem(row, column, _number_item(line.by_language.get(code, 0)))
            self.candidates.setItem(row, len(headers) - 1, _number_item(line.total, True))
        self.eligible_label.setText(
            self.tr("Candidates still eligible on {day}: {n}").format(
                day=format_date(figures.eligible_on),
                n=format_number(figures.still_eligible),
            )
        )

    # -- outputs -----------------------------------------------------------------------
    def _document_language(self) -> str:
        return self.language if self.language in ("nl", "fr", "en") else "en"

    def open_report(self) -> None:
        """Build the annual report of the period off the GUI thread, then preview it."""
        period = self.period()
        if period is None:
            return
        language, database, actor = self._document_language(), self.database, self.actor
        run_task(
            lambda: annual.issue_annual_report(database, period, language, actor=actor),
            lambda content: self._show_report(content, period, language),
            self._report_failed,
            owner=self,
            busy=(self.report_button,),
        )

    def _show_report(self, content: bytes, period: Period, language: str) -> None:
        from consultant_app.ui.dialogs.pdf_preview import PdfPreviewDialog

        name = annual.annual_report_filename(period, language)
        self.preview = PdfPreviewDialog(content, name, self.tr("Annual report"), self)
        self.preview.setModal(True)
        self.preview.open()

    def _report_failed(self, problem: BaseException) -> None:
        if not isinstance(problem, (OSError, ValueError)):
            raise problem
        QMessageBox.warning(self, self.tr("Annual report"), str(problem))

    def export(self, kind: str, path: str | None = None) -> Path | None:
        """Write the figures of the period as CSV or JSON where the user chooses."""
        if self.figures is None or self.figures.period != self.period():
            return None  # the figures of the period chosen are still being computed
        period = self.figures.period
        suggested = f"figures_{period.start.isoformat()}_{period.end.isoformat()}.{kind}"
        if not path:
            file_filter = (
                self.tr("CSV files (*.csv)") if kind == "csv" else self.tr("JSON files (*.json)")
            )
            path, _chosen = QFileDialog.getSaveFileName(
                self, self.tr("Export the figures"), suggested, file_filter
            )
        if not path:
            return None
        target = Path(path)
        try:
            if kind == "csv":
                write_csv(self.figures, target)
            else:
                text = json.dumps(as_json(self.figures), ensure_ascii=False, indent=2)
                write_private_file(target, (text + "\n").encode("utf-8"))
        except OSError as problem:
            QMessageBox.warning(
                self,
                self.tr("Export the figures"),
                self.tr("The file could not be written: {reason}").format(
                    reason=problem.strerror or problem
                ),
            )
            return None
        return target

    def open_import(self):  # type: ignore[no-untyped-def]
        from consultant_app.ui.dialogs.import_dialog import ImportDialog

        dialog = ImportDialog(self.database, parent=self, actor=self.actor)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    # -- language ----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Reports — figures"))
        self.explanation.setText(
            self.tr(
                "Conventions are the internships starting in the period (cancelled ones "
                "excepted). Days are the working days (Monday to Friday, without "
                "interruptions) of signed internships inside the period; weeks = days / {0}; "
                "FTE = days / {1}."
            ).format(DAYS_PER_WEEK, FTE_DAYS_PER_YEAR)
        )
        self.mode.setItemText(0, self.tr("Calendar year"))
        self.mode.setItemText(1, self.tr("Period"))
        self.report_button.setText(self.tr("Annual &report (PDF)…"))
        self.csv_button.setText(self.tr("Export C&SV…"))
        self.json_button.setText(self.tr("Export &JSON…"))
        self.import_button.setText(self.tr("&Import internships…"))
        self.report_button.setToolTip(self.tr("Print the annual report of the year shown, as PDF"))
        self.csv_button.setToolTip(self.tr("Save the figures shown in a CSV file (spreadsheets)"))
        self.json_button.setToolTip(self.tr("Save the figures shown in a JSON file"))
        self.import_button.setToolTip(
            self.tr("Read internships from a CSV file; you see what changes before anything does")
        )
        for index, title in enumerate(
            (self.tr("Years"), self.tr("Breakdown"), self.tr("Hosts"), self.tr("Candidates"))
        ):
            self.tabs.setTabText(index, title)
        self.refresh()

    def set_language(self, language: str) -> None:
        self.language = language
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

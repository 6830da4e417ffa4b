"""Visits of the consultant (kick-off, mid-term, final) and the log of conflicts and mediation."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import UTC

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from consultant_app.domain.enums import VisitKind, VisitMode
from consultant_app.services import roadmap
from consultant_app.services.forms.parsing import FieldError
from consultant_app.ui import labels
from consultant_app.ui.forms.record_form import FieldSpec, RecordForm, Section
from consultant_app.ui.locale_format import format_datetime
from consultant_app.ui.models.paged_table_model import format_date
from consultant_app.ui.views.roadmap.common import log_kind_label
from consultant_app.ui.views.roadmap.form_tabs import RecordFormTab, refusal_cancels_save
from consultant_app.ui.views.roadmap.widgets import (
    confirmed,
    push_button,
    row_table,
    scrolled_column,
    selected_row_data,
)


def visit_specs() -> list[FieldSpec]:
    def dated(key: str, required: bool = False) -> FieldSpec:
        return FieldSpec(
            key,
            "date",
            required,
            placeholder=lambda: QCoreApplication.translate("RecordForm", "dd/mm/yyyy"),
        )

    return [
        FieldSpec(
            "kind",
            "choice",
            True,
            choices=lambda: [(k.value, labels.value(k.value)) for k in VisitKind],
        ),
        FieldSpec(
            "mode",
            "choice",
            True,
            choices=lambda: [(m.value, labels.value(m.value)) for m in VisitMode],
        ),
        dated("planned_on", True),
        dated("done_on"),
        FieldSpec("attendees"),
        FieldSpec("notes", "multiline"),
        FieldSpec("action_points", "multiline"),
    ]


def visit_sections() -> list[Section]:
    return [
        Section(
            lambda: QCoreApplication.translate("VisitsTab", "Visit"),
            ("kind", "mode", "planned_on", "done_on"),
        ),
        Section(
            lambda: QCoreApplication.translate("VisitsTab", "Report"),
            ("attendees", "notes", "action_points"),
        ),
    ]


def visit_values(line: roadmap.VisitLine) -> dict[str, str]:
    return {
        "kind": line.kind.value,
        "mode": line.mode.value,
        "planned_on": line.planned_on.isoformat(),
        "done_on": line.done_on.isoformat() if line.done_on else "",
        "attendees": line.attendees or "",
        "notes": line.notes or "",
        "action_points": line.action_points or "",
    }


class VisitsTab(RecordFormTab):
    """The visits (a table and the selected visit's form) and the follow-up log."""

    def build(self) -> None:
        self.setObjectName("visitsTab")
        self.visits: tuple[roadmap.VisitLine, ...] = ()
        self._selecting = False

        self.table = row_table(4, "visitsTable")
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMaximumHeight(150)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.new_button = push_button("newVisit", self.new_visit)
        self.remove_button = push_button("removeVisit", self.remove_visit)

        self.form = RecordForm(visit_specs(), visit_sections(), self._validate, self._save)
        self.form.setObjectName("visitForm")
        self.form.saved.connect(self._after_save)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.remove_button)
        visits_scroll = scrolled_column(self.table, buttons, self.form, stretch=False)

        self.log_box = QGroupBox()
        self.log = QTreeWidget()
        self.log.setObjectName("visitLog")
        self.log.setColumnCount(4)
        self.log.setRootIsDecorated(False)
        self.log.setWordWrap(True)
        self.log_kind = QComboBox()
        self.log_kind.setObjectName("logKind")
        self.log_text = QPlainTextEdit()
        self.log_text.setObjectName("logText")
        self.log_text.setTabChangesFocus(True)
        self.log_text.setFixedHeight(54)
        self.log_text.textChanged.connect(self._refresh_log_button)
        self.add_log_button = push_button("addLogEntry", self.add_log_entry)
        QShortcut(
            QKeySequence("Ctrl+Return"),
            self.log_text,
            activated=self.add_log_entry,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        entry = QHBoxLayout()
        self.log_kind_label = QLabel()
        self.log_kind_label.setBuddy(self.log_kind)
        entry.addWidget(self.log_kind_label)
        entry.addWidget(self.log_kind)
        entry.addWidget(self.log_text, 1)
        entry.addWidget(self.add_log_button, 0, Qt.AlignmentFlag.AlignBottom)
        log_column = QVBoxLayout(self.log_box)
        log_column.addWidget(self.log, 1)
        log_column.addLayout(entry)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(visits_scroll)
        splitter.addWidget(self.log_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # -- showing -----------------------------------------------------------------------
    def reset(self) -> None:
        self.visits = ()
        self.table.setRowCount(0)
        self.form.load(None, {})
        self.log.clear()
        self.log_text.clear()
        self._set_enabled()

    def load(self) -> None:
        assert self.internship_id is not None
        same = self._form_internship == self.internship_id
        keep = same and self.form.is_dirty()
        shown = self.form.record_id if same else None
        self._fill_visits(shown)
        if not keep:
            # The visit shown before, when it is still there; else the first one.
            row = next((r for r, v in enumerate(self.visits) if v.id == shown), 0)
            self._show_visit(self.visits[row] if self.visits else None)
            if self.visits:
                self._select_row(row)
        self._fill_log()
        self._set_enabled()

    @property
    def _form_internship(self) -> uuid.UUID | None:
        return self.form.property("internship_id")  # type: ignore[no-any-return]

    def _fill_visits(self, selected: uuid.UUID | None = None) -> None:
        assert self.internship_id is not None
        self.visits = roadmap.load_visits(self.database, self.internship_id)
        self._selecting = True
        try:
            self.table.setRowCount(len(self.visits))
            for row, line in enumerate(self.visits):
                texts = [
                    labels.value(line.kind.value),
                    labels.value(line.mode.value),
                    format_date(line.planned_on),
                    format_date(line.done_on) if line.done_on else "",
                ]
                for column, text in enumerate(texts):
                    item = QTableWidgetItem(text)
                    self.table.setItem(row, column, item)
                self.table.item(row, 0).setData(Qt.ItemDataRole.UserRole, line.id)
                if line.id == selected:
                    self.table.selectRow(row)
            self.table.resizeColumnsToContents()
        finally:
            self._selecting = False

    def _select_row(self, row: int) -> None:
        self._selecting = True
        try:
            self.table.selectRow(row)
        finally:
            self._selecting = False

    def _show_visit(self, line: roadmap.VisitLine | None) -> None:
        self.form.setProperty("internship_id", self.internship_id)
        if line is None:
            self.form.load(None, self._new_values())
        else:
            self.form.load(line.id, visit_values(line))
        self._set_enabled()

    def _new_values(self) -> dict[str, str]:
        planned = {line.kind for line in self.visits}
        kind = next((k for k in VisitKind if k not in planned), VisitKind.MIDTERM)
        return {"kind": kind.value, "mode": VisitMode.ON_SITE.value}

    def _selected_line(self) -> roadmap.VisitLine | None:
        wanted = selected_row_data(self.table)
        if wanted is None:
            return None
        return next((line for line in self.visits if line.id == wanted), None)

    def _selection_changed(self) -> None:
        if self._selecting:
            return
        line = self._selected_line()
        if line is not None and line.id == self.form.record_id:
            return
        if not self.form.confirm_leave():
            # Stay on the visit being edited.
            row = next((r for r, v in enumerate(self.visits) if v.id == self.form.record_id), -1)
            self._selecting = True
            try:
                self.table.clearSelection()
                if row >= 0:
                    self.table.selectRow(row)
            finally:
                self._selecting = False
            return
        self._show_visit(line)

    def _fill_log(self) -> None:
        assert self.internship_id is not None
        self.log.clear()
        for line in roadmap.load_log(self.database, self.internship_id):
            at = line.at if line.at.tzinfo else line.at.replace(tzinfo=UTC)  # stored in UTC
            item = QTreeWidgetItem(
                [format_datetime(at), line.author or "", log_kind_label(line.kind), line.text]
            )
            item.setToolTip(3, line.text)
            self.log.addTopLevelItem(item)
        for column in range(3):
            self.log.resizeColumnToContents(column)

    def _set_enabled(self) -> None:
        editable = self.editable()
        self.set_form_editable(editable)
        self.new_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and self.form.record_id is not None)
        self.log_kind.setEnabled(self.internship_id is not None)
        self.log_text.setEnabled(self.internship_id is not None)
        self._refresh_log_button()

    def _refresh_log_button(self) -> None:
        self.add_log_button.setEnabled(
            self.internship_id is not None and bool(self.log_text.toPlainText().strip())
        )

    # -- visits ------------------------------------------------------------------------
    def _validate(self, values: Mapping[str, str]) -> list[FieldError]:
        return list(roadmap.validate_visit(values)[1])

    def _save(self, values: Mapping[str, str], record_id: uuid.UUID | None) -> uuid.UUID:
        assert self.internship_id is not None
        with refusal_cancels_save(self):
            return roadmap.save_visit(
                self.database, self.internship_id, values, visit_id=record_id, actor=self.actor
            )

    def _after_save(self, visit_id: uuid.UUID) -> None:
        self._fill_visits(visit_id)
        self._set_enabled()
        if self.internship_id is not None:
            self.changed.emit(self.internship_id)

    def new_visit(self) -> bool:
        if self.internship_id is None or not self.editable() or not self.form.confirm_leave():
            return False
        self._selecting = True
        try:
            self.table.clearSelection()
        finally:
            self._selecting = False
        self._show_visit(None)
        self.form.editors["planned_on"].widget.setFocus()
        return True

    def remove_visit(self) -> bool:
        visit_id = self.form.record_id
        if visit_id is None or self.internship_id is None or not self.editable():
            return False
        if not confirmed(
            self, self.tr("Remove a visit"), self.tr("Remove this visit and its report?")
        ):
            return False
        done = self.run(lambda: roadmap.remove_visit(self.database, visit_id, actor=self.actor))
        self._fill_visits()
        self._show_visit(self.visits[0] if self.visits else None)
        if self.visits:
            self._select_row(0)
        if done:
            self.changed.emit(self.internship_id)
        return done

    # -- log ---------------------------------------------------------------------------
    def add_log_entry(self) -> bool:
        text = self.log_text.toPlainText().strip()
        if self.internship_id is None or not text:
            return False
        internship_id = self.internship_id
        kind = str(self.log_kind.currentData())
        done = self.run(
            lambda: roadmap.add_log_entry(
                self.database, internship_id, kind, text, actor=self.actor
            )
        )
        if done:
            self.log_text.clear()
            self._fill_log()
        return done

    # -- language ----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                labels.field("kind"),
                labels.field("mode"),
                labels.field("planned_on"),
                labels.field("done_on"),
            ]
        )
        self.new_button.setText(self.tr("New v&isit"))
        self.remove_button.setText(self.tr("Remo&ve visit"))
        self.new_button.setToolTip(self.tr("Plan the next visit of this internship"))
        self.remove_button.setToolTip(self.tr("Remove the selected visit"))
        self.log_box.setTitle(self.tr("Follow-up log: conflicts and mediation"))
        self.log.setHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("Kind"), self.tr("What")]
        )
        self.log_kind_label.setText(self.tr("Entr&y"))
        chosen = self.log_kind.currentData()
        self.log_kind.clear()
        for kind in roadmap.LOG_KINDS:
            self.log_kind.addItem(log_kind_label(kind), kind)
        self.log_kind.setCurrentIndex(max(0, self.log_kind.findData(chosen)))
        self.log_text.setPlaceholderText(
            self.tr("What happened, what was agreed (Ctrl+Enter adds it)")
        )
        self.add_log_button.setText(self.tr("Add to the &log"))
        self.add_log_button.setToolTip(self.tr("Add a dated note to the internship's log"))

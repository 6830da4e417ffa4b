"""The workstation sheet and risk analysis: the post, its risks, protection and first aid."""

from __future__ import annotations

import uuid
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
)

from consultant_app.domain.enums import InternshipStatus
from consultant_app.domain.roadmap import (
    DATE,
    LINE,
    REQUIRED_RISK_SHEET_FIELDS,
    RISK_SHEET_KINDS,
    RISK_SHEET_POST,
    RISK_SHEET_PROTECTION,
    RISK_SHEET_SIGNATURE,
    TEXT,
    YES_NO,
)
from consultant_app.services import roadmap
from consultant_app.services.forms.parsing import FieldError
from consultant_app.ui.forms.record_form import FieldSpec, RecordForm, Section
from consultant_app.ui.views.roadmap.common import field_list
from consultant_app.ui.views.roadmap.form_tabs import RecordFormTab, refusal_cancels_save
from consultant_app.ui.views.roadmap.risk_dialog import RiskItemDialog
from consultant_app.ui.views.roadmap.widgets import (
    confirmed,
    push_button,
    row_table,
    scrolled_column,
    selected_row_data,
)

#: The editor of each kind of field of the sheet.
_EDITORS = {LINE: "text", TEXT: "multiline", YES_NO: "bool", DATE: "date"}
_FORBIDDEN_COLOUR = "#fdecea"


def risk_specs() -> list[FieldSpec]:
    def spec(key: str, kind: str) -> FieldSpec:
        needed = key in REQUIRED_RISK_SHEET_FIELDS  # marked with *
        if kind == DATE:
            return FieldSpec(
                key,
                _EDITORS[kind],
                needed,
                placeholder=lambda: QCoreApplication.translate("RecordForm", "dd/mm/yyyy"),
            )
        return FieldSpec(key, _EDITORS[kind], needed)

    return [spec(key, kind) for key, kind in RISK_SHEET_KINDS.items()]


def risk_sections() -> list[Section]:
    return [
        Section(lambda: QCoreApplication.translate("RiskTab", "The post"), RISK_SHEET_POST),
        Section(
            lambda: QCoreApplication.translate("RiskTab", "Protection and health"),
            RISK_SHEET_PROTECTION,
        ),
        Section(
            lambda: QCoreApplication.translate("RiskTab", "Prevention, first aid and signature"),
            RISK_SHEET_SIGNATURE,
        ),
    ]


class RiskTab(RecordFormTab):
    """The workstation sheet (a form) and the risks of the post (a table)."""

    def build(self) -> None:
        self.setObjectName("riskTab")
        self.sheet: roadmap.RiskSheet | None = None

        self.missing = QLabel()
        self.missing.setObjectName("riskMissing")
        self.missing.setWordWrap(True)
        self.needed_hint = QLabel()
        self.needed_hint.setObjectName("fieldCaption")

        self.form = RecordForm(risk_specs(), risk_sections(), self._validate, self._save)
        self.form.setObjectName("riskSheetForm")
        self.form.heading.hide()
        self.form.saved.connect(lambda _id: self._after_save())

        self.risks_box = QGroupBox()
        self.risks = row_table(3, "riskTable")
        self.risks.setWordWrap(True)
        self.risks.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.risks.itemSelectionChanged.connect(self._refresh_buttons)
        self.risks.itemActivated.connect(lambda _item: self.edit_risk())
        self.risks.horizontalHeader().sectionResized.connect(lambda *_a: self._rows_resized())
        QShortcut(
            QKeySequence(Qt.Key.Key_Delete),
            self.risks,
            activated=self.remove_risk,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.add_catalogue_button = push_button("addCatalogueRisk", self.add_from_catalogue)
        self.add_other_button = push_button("addOtherRisk", self.add_other)
        self.edit_button = push_button("editRisk", self.edit_risk)
        self.remove_button = push_button("removeRisk", self.remove_risk)
        box_layout = QVBoxLayout(self.risks_box)
        box_layout.addWidget(self.risks)
        row = QHBoxLayout()
        for button in (
            self.add_catalogue_button,
            self.add_other_button,
            self.edit_button,
            self.remove_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        box_layout.addLayout(row)
        # The risks come right after the post, before the protection and the signature.
        form_layout = self.form.layout()
        assert isinstance(form_layout, QVBoxLayout)
        form_layout.insertWidget(2, self.risks_box)

        scroll = scrolled_column(self.missing, self.needed_hint, self.form, stretch=False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    # -- showing -----------------------------------------------------------------------
    def set_internship(self, internship_id: uuid.UUID, status: InternshipStatus) -> None:
        # Read at once, hidden or not: the tab's title says how much is still missing.
        super().set_internship(internship_id, status)
        self.ensure_loaded()

    def reset(self) -> None:
        self.sheet = None
        self.form.load(None, {})
        self.risks.setRowCount(0)
        self.missing.setText("")
        self._set_enabled()

    def load(self) -> None:
        assert self.internship_id is not None
        sheet = roadmap.load_risk_sheet(self.database, self.internship_id)
        keep = self.form.record_id == self.internship_id and self.form.is_dirty()
        if not keep:
            self.form.load(self.internship_id, sheet.values)
        self._show(sheet)

    def _reload_items(self) -> None:
        """Show the stored risks and what is missing, keeping the form as typed."""
        if self.internship_id is None:
            return
        self._show(roadmap.load_risk_sheet(self.database, self.internship_id))

    def _show(self, sheet: roadmap.RiskSheet) -> None:
        self.sheet = sheet
        selected = self._selected_item()
        self.risks.setRowCount(len(sheet.items))
        for row, line in enumerate(sheet.items):
            texts = [line.description, line.measures, line.protective_equipment]
            if line.forbidden_for_young_workers:
                texts[0] = "⚠ " + texts[0]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                if line.forbidden_for_young_workers:
                    item.setBackground(QBrush(QColor(_FORBIDDEN_COLOUR)))
                    item.setToolTip(
                        text + "\n" + self.tr("Forbidden for young workers: justify it below.")
                    )
                self.risks.setItem(row, column, item)
            first = self.risks.item(row, 0)
            first.setData(Qt.ItemDataRole.UserRole, line.id)
            if line.catalogue_risk_id is not None:
                first.setToolTip(first.toolTip() + "\n" + self.tr("From the catalogue"))
            if selected is not None and line.id == selected.id:
                self.risks.selectRow(row)
        self.risks.resizeRowsToContents()
        self._fit_table()
        self._show_missing()
        self._set_enabled()
        self.badge_changed.emit()

    def _rows_resized(self) -> None:
        self.risks.resizeRowsToContents()
        self._fit_table()

    def _fit_table(self) -> None:
        """As tall as its rows (within limits): the page scrolls, not the table."""
        rows = sum(self.risks.rowHeight(row) for row in range(self.risks.rowCount()))
        height = self.risks.horizontalHeader().height() + rows + 2 * self.risks.frameWidth() + 4
        self.risks.setFixedHeight(max(110, min(height, 420)))

    def _show_missing(self) -> None:
        sheet = self.sheet
        if sheet is None:
            self.missing.setText("")
            self.missing.setStyleSheet("")
            return
        if sheet.missing:
            self.missing.setText(
                self.tr("Still missing before the convention can be signed: {fields}.").format(
                    fields=field_list(sheet.missing)
                )
            )
            self.missing.setStyleSheet(
                "background:#fff4e5;color:#7a4100;padding:6px;border-radius:4px"
            )
        else:
            self.missing.setText(self.tr("✔ The workstation sheet and risk analysis is complete."))
            self.missing.setStyleSheet(
                "background:#e8f5e9;color:#1b5e20;padding:6px;border-radius:4px"
            )

    def badge(self) -> str:
        if self.sheet is None or not self.sheet.missing:
            return ""
        return f" ✘{len(self.sheet.missing)}"

    def _set_enabled(self) -> None:
        editable = self.editable()
        self.set_form_editable(editable)
        self.add_catalogue_button.setEnabled(editable)
        self.add_other_button.setEnabled(editable)
        self._refresh_buttons()

    def _refresh_buttons(self) -> None:
        chosen = self.editable() and self._selected_item() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _selected_item(self) -> roadmap.RiskItemLine | None:
        if self.sheet is None:
            return None
        wanted = selected_row_data(self.risks)
        if wanted is None:
            return None
        return next((line for line in self.sheet.items if line.id == wanted), None)

    # -- the sheet ---------------------------------------------------------------------
    def _validate(self, values: Mapping[str, str]) -> list[FieldError]:
        return list(roadmap.validate_risk_sheet(values)[1])

    def _save(self, values: Mapping[str, str], record_id: uuid.UUID | None) -> uuid.UUID:
        assert self.internship_id is not None
        with refusal_cancels_save(self):
            roadmap.save_risk_sheet(self.database, self.internship_id, values, actor=self.actor)
        return self.internship_id

    def _after_save(self) -> None:
        self._reload_items()
        if self.internship_id is not None:
            self.changed.emit(self.internship_id)

    # -- the risks ---------------------------------------------------------------------
    def _listed(self) -> set[str]:
        if self.sheet is None:
            return set()
        return {str(i.catalogue_risk_id) for i in self.sheet.items if i.catalogue_risk_id}

    def add_from_catalogue(self) -> bool:
        if self.internship_id is None or not self.editable():
            return False
        internship_id = self.internship_id
        catalogue = roadmap.risk_catalogue(self.database, self.language)
        dialog = RiskItemDialog(list(catalogue), self._listed(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.chosen_risk():
            return False
        chosen = uuid.UUID(dialog.chosen_risk())
        done = self.run(
            lambda: roadmap.add_risk_item(
                self.database,
                internship_id,
                catalogue_risk_id=chosen,
                language=self.language,
                actor=self.actor,
            )
        )
        self._reload_items()
        return done

    def add_other(self) -> bool:
        if self.internship_id is None or not self.editable():
            return False
        internship_id = self.internship_id
        dialog = RiskItemDialog(None, set(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        given = dialog.values()
        done = self.run(
            lambda: roadmap.add_risk_item(
                self.database,
                internship_id,
                description=given["description"],
                measures=given["measures"],
                protective_equipment=given["protective_equipment"],
                language=self.language,
                actor=self.actor,
            )
        )
        self._reload_items()
        return done

    def edit_risk(self) -> bool:
        line = self._selected_item()
        if line is None or not self.editable():
            return False
        dialog = RiskItemDialog(
            None,
            set(),
            self,
            values={
                "description": line.description,
                "measures": line.measures,
                "protective_equipment": line.protective_equipment,
            },
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        given = dialog.values()
        done = self.run(
            lambda: roadmap.update_risk_item(
                self.database,
                line.id,
                description=given["description"],
                measures=given["measures"],
                protective_equipment=given["protective_equipment"],
                actor=self.actor,
            )
        )
        self._reload_items()
        return done

    def remove_risk(self) -> bool:
        line = self._selected_item()
        if line is None or not self.editable():
            return False
        if not confirmed(
            self,
            self.tr("Remove a risk"),
            self.tr("Remove the risk “{risk}” from the sheet?").format(risk=line.description),
        ):
            return False
        done = self.run(lambda: roadmap.remove_risk_item(self.database, line.id, actor=self.actor))
        self._reload_items()
        return done

    # -- language ----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.risks_box.setTitle(self.tr("Risks of the post"))
        self.risks.setHorizontalHeaderLabels(
            [self.tr("Risk"), self.tr("Preventive measures"), self.tr("Protective equipment")]
        )
        self.add_catalogue_button.setText(self.tr("Add from the &catalogue…"))
        self.add_other_button.setText(self.tr("Add an&other risk…"))
        self.edit_button.setText(self.tr("Ed&it…"))
        self.remove_button.setText(self.tr("Remove ris&k"))
        self.add_catalogue_button.setToolTip(
            self.tr("A risk of the catalogue, with its usual preventive measures")
        )
        self.add_other_button.setToolTip(self.tr("A risk the catalogue does not hold"))
        self.edit_button.setToolTip(self.tr("Change the selected risk"))
        self.remove_button.setToolTip(self.tr("Remove the selected risk (Delete)"))
        self.needed_hint.setText(self.tr("* needed before the convention can be signed"))
        self._show_missing()

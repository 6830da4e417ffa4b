"""The Training policy plans tab of a host: its yearly plans and the form of the one chosen."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from consultant_app.domain.enums import TrainingPlanStatus
from consultant_app.services.people import hosts as service
from consultant_app.store.database import Database
from consultant_app.ui import labels
from consultant_app.ui.forms.record_form import (
    FieldSpec,
    RecordForm,
    Section,
    coded_choices,
    date_placeholder,
)

PLAN_SPECS = [
    FieldSpec("year", required=True),
    FieldSpec("status", "choice", True, choices=lambda: coded_choices(TrainingPlanStatus)),
    FieldSpec("received_on", "date", placeholder=date_placeholder),
    FieldSpec("training_budget"),
    FieldSpec("mentors_trained"),
    FieldSpec("coaching_new_staff", "multiline"),
    FieldSpec("talent_policy", "multiline"),
    FieldSpec("comments", "multiline"),
]
PLAN_SECTIONS = [
    Section(
        lambda: QCoreApplication.translate("TrainingPlansTab", "Training policy plan"),
        (
            "year",
            "status",
            "received_on",
            "training_budget",
            "mentors_trained",
            "coaching_new_staff",
            "talent_policy",
            "comments",
        ),
    ),
]


class TrainingPlansTab(QWidget):
    """The yearly training policy plans of the host shown (``host_id()``)."""

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
        self._plans: list[dict[str, str]] = []
        self.list = QListWidget()
        self.list.setFixedHeight(90)
        self.list.currentItemChanged.connect(self._chosen)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_plan)
        self.form = RecordForm(
            PLAN_SPECS,
            PLAN_SECTIONS,
            lambda values: service.validate_training_plan(values)[1],
            self._save,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.form)
        self.form.saved.connect(lambda _id: self.reload())

    def reload(self) -> None:
        """List the host's plans again (their status in the interface language)."""
        host_id = self.host_id()
        for widget in (self.list, self.new_button):
            widget.setEnabled(host_id is not None)
        self.list.blockSignals(True)
        self.list.clear()
        self._plans = service.training_plans_of(self.database, host_id) if host_id else []
        for plan in self._plans:
            item = QListWidgetItem(f"{plan['year']} — {labels.value(plan['status'])}")
            item.setData(Qt.ItemDataRole.UserRole, plan["id"])
            self.list.addItem(item)
        self.list.blockSignals(False)
        if not self.form.is_dirty():
            self.form.clear()
        self.form.setEnabled(host_id is not None)

    def _chosen(self, item: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if item is None:
            return
        if not self.form.confirm_leave():
            self.list.blockSignals(True)
            self.list.setCurrentItem(previous)
            self.list.blockSignals(False)
            return
        plan = next(p for p in self._plans if p["id"] == item.data(Qt.ItemDataRole.UserRole))
        self.form.load(uuid.UUID(plan["id"]), plan, item.text())

    def new_plan(self) -> None:
        if self.host_id() is None or not self.form.confirm_leave():
            return
        self.list.clearSelection()
        defaults = {"year": str(date.today().year), "status": TrainingPlanStatus.REQUESTED.value}
        self.form.load(None, defaults, self.tr("New training policy plan"))
        self.form.editors["year"].widget.setFocus()

    def _save(self, values: Mapping[str, str], _plan_id: uuid.UUID | None) -> uuid.UUID:
        host_id = self.host_id()
        assert host_id is not None
        return service.save_training_plan(self.database, host_id, values, actor=self.actor)

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("New &plan"))

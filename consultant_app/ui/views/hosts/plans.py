"""The Training policy plans tab of a host: its yearly plans and the form of the one chosen."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidgetItem, QVBoxLayout

from consultant_app.domain.enums import TrainingPlanStatus
from consultant_app.services.forms.parsing import FieldError
from consultant_app.services.people import hosts as service
from consultant_app.ui import labels
from consultant_app.ui.forms.record_form import (
    FieldSpec,
    Section,
    coded_choices,
    date_placeholder,
)
from consultant_app.ui.views.hosts.records_tab import HostRecordsTab

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


class TrainingPlansTab(HostRecordsTab):
    """The yearly training policy plans of the host shown."""

    specs = PLAN_SPECS
    sections = PLAN_SECTIONS
    list_height = 90

    def lay_out(self) -> None:
        self._plans: list[dict[str, str]] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.form)

    def reload(self) -> None:
        """List the host's plans again (their status in the interface language)."""
        host_id = self.enable_for_host()
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

    def validate(self, values: Mapping[str, str]) -> list[FieldError]:
        return service.validate_training_plan(values)[1]

    def show_item(self, item: QListWidgetItem) -> None:
        plan = next(p for p in self._plans if p["id"] == item.data(Qt.ItemDataRole.UserRole))
        self.form.load(uuid.UUID(plan["id"]), plan, item.text())

    def new_record(self) -> None:
        defaults = {"year": str(date.today().year), "status": TrainingPlanStatus.REQUESTED.value}
        self.start_new(defaults, self.tr("New training policy plan"), "year")

    def save(self, values: Mapping[str, str], _record_id: uuid.UUID | None) -> uuid.UUID:
        return service.save_training_plan(self.database, self.host(), values, actor=self.actor)

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("New &plan"))
        self.new_button.setToolTip(self.tr("Record the training policy plan of a year"))

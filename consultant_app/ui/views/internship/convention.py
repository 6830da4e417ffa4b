"""The Convention tab: the convention's form, editable in draft and while amending a signed one."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QScrollArea

from consultant_app.domain.enums import InternshipStatus, Language
from consultant_app.domain.errors import InvalidValue
from consultant_app.services.forms.parsing import FieldError
from consultant_app.services.internships import records as service
from consultant_app.services.internships.form import FORM_KEYS, HOUR_KEYS
from consultant_app.services.people.hosts import mentors_of
from consultant_app.services.people.interns import function_options
from consultant_app.services.settings.consultants import consultant_choices
from consultant_app.store.database import Database
from consultant_app.ui import labels
from consultant_app.ui.dialogs.internship_actions import ReasonDialog
from consultant_app.ui.forms.record_form import FieldSpec, RecordForm, SaveCancelled, Section
from consultant_app.ui.views.internship.actions import refuse

if TYPE_CHECKING:
    from consultant_app.services.internships.detail import InternshipDetail

_S = InternshipStatus
#: Fields of the convention form (the intern and the host are fixed once created).
CONVENTION_KEYS = tuple(key for key in FORM_KEYS if key not in ("intern_id", "host_id"))
#: The statuses in which a signed convention may be amended.
AMENDABLE = (_S.SIGNED, _S.RUNNING)


def convention_specs(database: Database, language: str, host: Callable[[], str]) -> list[FieldSpec]:
    def date_spec(key: str) -> FieldSpec:
        return FieldSpec(
            key,
            "date",
            True,
            placeholder=lambda: QCoreApplication.translate("RecordForm", "dd/mm/yyyy"),
        )

    def mentors() -> list[tuple[str, str]]:
        host_id = host()
        if not host_id:
            return []
        return [(str(m[0]), m[1]) for m in mentors_of(database, uuid.UUID(host_id))]

    return [
        FieldSpec(
            "function_id", "choice", True, choices=lambda: function_options(database, language)
        ),
        FieldSpec("mentor_id", "choice", choices=mentors),
        FieldSpec("consultant_id", "choice", choices=lambda: consultant_choices(database)),
        date_spec("start_date"),
        date_spec("planned_end_date"),
        *(FieldSpec(key, placeholder=lambda: "0") for key in HOUR_KEYS),
        FieldSpec("schedule_note"),
        FieldSpec("workplace", "multiline"),
        FieldSpec("objectives", "multiline"),
        FieldSpec("expenses", "multiline"),
        FieldSpec("no_replacement_declared", "bool"),
        FieldSpec(
            "convention_language",
            "choice",
            True,
            choices=lambda: [
                (code.value, labels.value(code.value)) for code in (Language.NL, Language.FR)
            ],
        ),
    ]


def convention_sections() -> list[Section]:
    return [
        Section(
            lambda: QCoreApplication.translate("InternshipPanel", "Function and people"),
            ("function_id", "mentor_id", "consultant_id"),
        ),
        Section(
            lambda: QCoreApplication.translate("InternshipPanel", "Dates and weekly hours"),
            ("start_date", "planned_end_date", *HOUR_KEYS, "schedule_note"),
        ),
        Section(
            lambda: QCoreApplication.translate("InternshipPanel", "Convention"),
            (
                "workplace",
                "objectives",
                "expenses",
                "no_replacement_declared",
                "convention_language",
            ),
        ),
    ]


class ConventionPage(QScrollArea):
    """The convention form of the shown internship; saving a signed one amends it."""

    def __init__(self, database: Database, language: str, actor: str | None) -> None:
        super().__init__()
        self.database = database
        self.actor = actor
        self.detail: InternshipDetail | None = None
        #: The intern and the host, which the form does not show but saving needs.
        self.fixed: dict[str, str] = {}
        self.amending = False
        self.form = RecordForm(
            convention_specs(database, language, lambda: self.fixed.get("host_id", "")),
            convention_sections(),
            self._validate,
            self._save,
        )
        self.form.setObjectName("conventionForm")
        self.setWidgetResizable(True)
        self.setWidget(self.form)

    def clear(self) -> None:
        self.detail = None
        self.fixed = {}
        self.amending = False
        self.form.load(None, {})

    def load(self, detail: InternshipDetail, values: Mapping[str, str]) -> None:
        """Show the convention of *detail*, whose form values are *values*."""
        self.detail = detail
        self.amending = False
        self.fixed = {key: values.get(key, "") for key in ("intern_id", "host_id")}
        self.form.load(detail.id, values, "")
        self.form.refresh_choices(("mentor_id",))

    def can_amend(self) -> bool:
        """True when the convention is signed and not being amended already."""
        return self.detail is not None and self.detail.status in AMENDABLE and not self.amending

    def set_editable(self) -> None:
        detail = self.detail
        editable = detail is not None and (
            detail.status == _S.DRAFT or (self.amending and detail.status in AMENDABLE)
        )
        for editor in self.form.editors.values():
            editor.widget.setEnabled(editable)
        self.form.save_button.setVisible(editable)
        self.form.revert_button.setVisible(editable)
        if detail is not None and detail.status == _S.AWAITING_SIGNATURES:
            self.form.status.setText(
                QCoreApplication.translate(
                    "InternshipPanel",
                    "Awaiting signatures: go back to draft to change the convention.",
                )
            )
        elif self.amending:
            self.form.status.setText(
                QCoreApplication.translate(
                    "InternshipPanel",
                    "Amendment: change the convention, then save; you will be asked the reason.",
                )
            )

    def start_amendment(self) -> None:
        self.amending = True
        self.set_editable()

    def _values(self, values: Mapping[str, str]) -> dict[str, str]:
        return {**self.fixed, **values}

    def _validate(self, values: Mapping[str, str]) -> list[FieldError]:
        return service.validate_internship(self._values(values))[1]

    def _save(self, values: Mapping[str, str], record_id: uuid.UUID | None) -> uuid.UUID:
        assert record_id is not None
        try:
            if self.amending:
                dialog = ReasonDialog(
                    QCoreApplication.translate("InternshipPanel", "Amendment"),
                    QCoreApplication.translate(
                        "InternshipPanel",
                        "Why is the signed convention changed? The amendment is printed with it.",
                    ),
                    self,
                    day=date.today(),
                    day_label=QCoreApplication.translate("InternshipPanel", "&Decided on"),
                )
                if dialog.exec() != ReasonDialog.DialogCode.Accepted:
                    raise SaveCancelled
                reason, decided_on = dialog.values()
                service.amend_internship(
                    self.database,
                    record_id,
                    self._values(values),
                    reason=reason,
                    decided_on=decided_on or date.today(),
                    actor=self.actor,
                )
            else:
                service.update_internship(
                    self.database, record_id, self._values(values), actor=self.actor
                )
        except InvalidValue as problem:
            refuse(self, problem)
            raise SaveCancelled from None
        return record_id

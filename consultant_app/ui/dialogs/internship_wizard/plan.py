"""The wizard's second page: the function, the dates with their working days, and the schedule."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from consultant_app.domain.programme import ProgrammeRules
from consultant_app.domain.workdays import weeks_from_days, working_days
from consultant_app.services.people import interns as intern_service
from consultant_app.store.database import Database
from consultant_app.ui import labels
from consultant_app.ui.dialogs.internship_wizard.fields import (
    HOUR_KEYS,
    WizardFields,
    date_or_none,
)
from consultant_app.ui.dialogs.internship_wizard.page import FormPage
from consultant_app.ui.dialogs.internship_wizard.schedule import ScheduleEditor
from consultant_app.ui.forms.messages import format_number
from consultant_app.ui.forms.rule_messages import ERROR_COLOUR
from consultant_app.ui.locale_format import format_weeks, format_working_days
from consultant_app.ui.models.paged_table_model import format_date

PLAN_KEYS = ("function_id", "start_date", "planned_end_date", *HOUR_KEYS, "schedule_note")


class PlanPage(FormPage):
    """What the intern will do, when, and the hours of a usual week."""

    def __init__(self, fields: WizardFields, database: Database, language: str) -> None:
        super().__init__(fields, PLAN_KEYS)
        self.database = database
        self.language = language
        self.function_combo = fields.combo("function_id")
        self.add_row("function_id", self.function_combo)
        self.start_edit = fields.date("start_date")
        self.add_row("start_date", self.start_edit)
        self.end_edit = fields.date("planned_end_date")
        self.days_line = QLabel()
        self.days_line.setObjectName("daysLine")
        self.add_row("planned_end_date", self.end_edit, self.days_line)
        self.schedule = ScheduleEditor(fields)
        self.schedule_caption = QLabel()
        self.schedule_caption.setBuddy(self.schedule.first_day())
        self.add_captioned(
            self.schedule_caption, lambda: (self.tr("Hours a day"), " *"), "hours", self.schedule
        )
        self.note_edit = fields.line("schedule_note")
        self.add_row("schedule_note", self.note_edit)
        self.tail.addStretch(1)

    def fill_functions(self) -> None:
        functions = intern_service.function_options(self.database, self.language)
        self.fields.refill(
            "function_id",
            self.function_combo,
            [
                (self.tr("— choose a function —"), ""),
                *((name, function_id) for function_id, name in functions),
            ],
        )

    def refresh_lines(self, rules: ProgrammeRules) -> None:
        """The working days of the dates and the week's hours, as they are typed."""
        start = date_or_none(self.fields.get("start_date"))
        end = date_or_none(self.fields.get("planned_end_date"))
        if start is None or end is None or end < start:
            self.days_line.setText("")
        else:
            days = working_days(start, end)
            weeks = weeks_from_days(days)
            text = self.tr("{days} = {weeks}").format(
                days=format_working_days(days), weeks=format_weeks(weeks)
            )
            low, high = rules.min_weeks_per_internship, rules.max_weeks_per_internship
            outside = not low <= weeks <= high
            if outside:
                text += " " + self.tr("(the programme allows {low} to {high} weeks)").format(
                    low=low, high=high
                )
            self.days_line.setText(text)
            self.days_line.setStyleSheet(f"color:{ERROR_COLOUR}" if outside else "")
        self.schedule.show_total(rules.max_hours_per_week)

    def summary_rows(self) -> list[tuple[str, str]]:
        """Caption and text of the function, the period and the week's hours, for the Check page."""
        start = date_or_none(self.fields.get("start_date"))
        end = date_or_none(self.fields.get("planned_end_date"))
        period = ""
        if start is not None and end is not None:
            period = f"{format_date(start)} – {format_date(end)} ({self.days_line.text()})"
        return [
            (labels.field("function"), self.function_combo.currentText()),
            (self.tr("Period"), period),
            (labels.field("hours_per_week"), format_number(self.schedule.total())),
        ]

    def retranslate(self) -> None:
        self.setTitle(self.tr("Function and dates"))
        self.setSubTitle(self.tr("What the intern will do, when, and the hours of a usual week."))
        self.schedule.retranslate()
        self.fill_functions()

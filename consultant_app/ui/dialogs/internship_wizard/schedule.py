"""The schedule editor of the wizard: the hours of each day of a usual week and their total."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDoubleSpinBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from consultant_app.ui import labels
from consultant_app.ui.dialogs.internship_wizard.fields import HOUR_KEYS, WizardFields
from consultant_app.ui.forms.messages import format_number
from consultant_app.ui.forms.rule_messages import ERROR_COLOUR


class ScheduleEditor(QWidget):
    """A spin box for the hours of every day, Monday first, and the week's total under them."""

    def __init__(self, fields: WizardFields, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid_holder = QWidget()
        grid = QGridLayout(grid_holder)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        self.hour_spins: dict[str, QDoubleSpinBox] = {}
        self._day_captions: list[tuple[str, QLabel]] = []
        for column, key in enumerate(HOUR_KEYS):
            caption = QLabel()
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            spin = fields.hours(key)
            caption.setBuddy(spin)
            self.hour_spins[key] = spin
            self._day_captions.append((key, caption))
            grid.addWidget(caption, 0, column)
            grid.addWidget(spin, 1, column)
        self.week_total = QLabel()
        self.week_total.setObjectName("weekTotal")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(grid_holder)
        layout.addWidget(self.week_total)

    def first_day(self) -> QDoubleSpinBox:
        return self.hour_spins[HOUR_KEYS[0]]

    def total(self) -> float:
        """The hours of the week."""
        return sum(spin.value() for spin in self.hour_spins.values())

    def show_total(self, maximum: int) -> None:
        """The week's total, in red when it is over *maximum*."""
        total = self.total()
        self.week_total.setText(
            self.tr("Total: {total} hours a week (at most {maximum})").format(
                total=format_number(total), maximum=maximum
            )
        )
        over = total > maximum
        self.week_total.setProperty("over", over)
        self.week_total.setStyleSheet(
            f"color:{ERROR_COLOUR};font-weight:bold" if over else "font-weight:bold"
        )

    def retranslate(self) -> None:
        for key, caption in self._day_captions:
            caption.setText(labels.field(key))
        for spin in self.hour_spins.values():
            spin.setSuffix(" " + self.tr("h"))

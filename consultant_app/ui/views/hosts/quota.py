"""The weeks quota of a host: internship weeks available, used and left in a chosen year."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from consultant_app.services.people import hosts as service
from consultant_app.store.database import Database
from consultant_app.ui.locale_format import format_number, format_weeks


class QuotaBox(QGroupBox):
    """Internship weeks available, used and left for the host in one year."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.host_id: uuid.UUID | None = None
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.year.valueChanged.connect(lambda _y: self.refresh())
        self.year_label = QLabel()
        self.year_label.setBuddy(self.year)
        self.figures = QLabel()
        self.figures.setObjectName("quotaFigures")
        self.figures.setWordWrap(True)  # a narrow pane wraps the figures, never cuts them
        row = QHBoxLayout(self)
        row.addWidget(self.year_label)
        row.addWidget(self.year)
        row.addWidget(self.figures, 1)
        self.retranslate()

    def show_host(self, host_id: uuid.UUID | None) -> None:
        self.host_id = host_id
        self.setVisible(host_id is not None)
        self.refresh()

    def refresh(self) -> None:
        if self.host_id is None:
            return
        quota = service.host_quota(self.database, self.host_id, self.year.value())
        text = self.tr("{available} available, {used} used, {left} left").format(
            available=format_weeks(int(quota.available)),
            used=format_number(quota.used, 1),
            left=format_number(quota.left, 1),
        )
        if quota.exceeded:
            text += " — " + self.tr("quota exceeded")
        self.figures.setText(text)
        self.figures.setStyleSheet("color:#b3261e;font-weight:bold" if quota.exceeded else "")

    def retranslate(self) -> None:
        self.setTitle(self.tr("Internship weeks quota"))
        self.year_label.setText(self.tr("&Year"))
        self.refresh()

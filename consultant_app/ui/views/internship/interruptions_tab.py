"""The Interruptions tab: the periods whose working days do not count; adding and removing them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QTreeWidget, QTreeWidgetItem

from consultant_app.domain.enums import InternshipStatus
from consultant_app.services.internships import records as service
from consultant_app.store.database import Database
from consultant_app.ui import labels
from consultant_app.ui.dialogs.internship_actions import InterruptionDialog
from consultant_app.ui.models.paged_table_model import format_date
from consultant_app.ui.views.internship.actions import ActionPage


class InterruptionsPage(ActionPage):
    """The interruptions of the internship, one a row."""

    def __init__(self, database: Database, actor: str | None) -> None:
        super().__init__(database, actor)
        self.tree = QTreeWidget()
        self.tree.setObjectName("interruptionsTree")
        self.tree.setColumnCount(4)
        self.tree.setRootIsDecorated(False)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addInterruption")
        self.add_button.clicked.connect(self.add_interruption)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeInterruption")
        self.remove_button.clicked.connect(self.remove_interruption)
        self.lay_out(self.tree, self.add_button, self.remove_button)

    def fill(self) -> None:
        self.tree.clear()
        assert self.detail is not None
        for line in self.detail.interruptions:
            item = QTreeWidgetItem(
                [
                    labels.value(line.kind.value),
                    f"{format_date(line.start_date)} – {format_date(line.end_date)}",
                    str(line.days),
                    line.note or "",
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, line.id)
            self.tree.addTopLevelItem(item)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        self.add_button.setEnabled(self.detail.status != InternshipStatus.CANCELLED)
        self.remove_button.setEnabled(bool(self.detail.interruptions))

    def add_interruption(self) -> bool:
        if self.detail is None:
            return False
        detail = self.detail
        dialog = InterruptionDialog(detail.start_date, detail.end_date, self)
        if dialog.exec() != InterruptionDialog.DialogCode.Accepted:
            return False
        given = dialog.values()
        return self.run(
            lambda: service.add_interruption(
                self.database,
                detail.id,
                given.kind,
                given.start_date,
                given.end_date,
                given.note or None,
                actor=self.actor,
            ),
            self.done_text(
                QCoreApplication.translate("InternshipPanel", "Interruption added to {ref}")
            ),
        )

    def remove_interruption(self) -> bool:
        item = self.tree.currentItem()
        if item is None:
            return False
        interruption_id = item.data(0, Qt.ItemDataRole.UserRole)
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("InternshipPanel", "Remove interruption"),
            QCoreApplication.translate(
                "InternshipPanel", "Remove this interruption? Its days count again."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self.run(
            lambda: service.remove_interruption(self.database, interruption_id, actor=self.actor),
            self.done_text(
                QCoreApplication.translate("InternshipPanel", "Interruption removed from {ref}")
            ),
        )

    def retranslate(self) -> None:
        self.add_button.setText(QCoreApplication.translate("InternshipPanel", "&Add…"))
        self.remove_button.setText(QCoreApplication.translate("InternshipPanel", "&Remove"))
        self.add_button.setToolTip(
            QCoreApplication.translate(
                "InternshipPanel",
                "A period whose working days do not count (sickness, suspension…)",
            )
        )
        self.remove_button.setToolTip(
            QCoreApplication.translate(
                "InternshipPanel", "Remove the selected interruption: its days count again"
            )
        )
        self.tree.setHeaderLabels(
            [
                QCoreApplication.translate("InternshipPanel", "Kind"),
                QCoreApplication.translate("InternshipPanel", "Period"),
                QCoreApplication.translate("InternshipPanel", "Working days"),
                QCoreApplication.translate("InternshipPanel", "Note"),
            ]
        )

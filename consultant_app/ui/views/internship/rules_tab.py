"""The Rules tab: each programme rule's verdict on the internship; overriding a failed rule."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
)

from consultant_app.services.internships import records as service
from consultant_app.store.database import Database
from consultant_app.ui.dialogs.internship_actions import ReasonDialog
from consultant_app.ui.forms.rule_messages import (
    rule_marker,
    rule_sentence,
    rule_title,
    verdict_colour,
)
from consultant_app.ui.views.internship.actions import ActionPage

if TYPE_CHECKING:
    from consultant_app.services.internships.rules import RuleLine


class RulesPage(ActionPage):
    """The rules table; a failed rule is overridden with a reason kept in the audit trail."""

    def __init__(self, database: Database, actor: str | None) -> None:
        super().__init__(database, actor)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("rulesTable")
        self.table.setWordWrap(True)
        self.table.setIconSize(QSize(16, 16))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().sectionResized.connect(
            lambda *_a: self.table.resizeRowsToContents()
        )
        self.override_button = QPushButton()
        self.override_button.setObjectName("overrideButton")
        self.override_button.clicked.connect(self.override_selected_rule)
        self.table.itemSelectionChanged.connect(self.refresh_buttons)
        self.lay_out(self.table, self.override_button)

    def fill(self) -> None:
        assert self.detail is not None
        self.table.setRowCount(len(self.detail.rules))
        for row, line in enumerate(self.detail.rules):
            text = rule_sentence(line)
            if line.overridden and line.override_reason:
                text += "\n" + QCoreApplication.translate(
                    "InternshipPanel", "Overridden: {reason}"
                ).format(reason=line.override_reason)
            title = QTableWidgetItem(
                f"{rule_marker(line.ok, line.severity, line.overridden)} {rule_title(line.rule)}"
            )
            title.setData(Qt.ItemDataRole.UserRole, line.rule)
            title.setIcon(self._icon(line))
            verdict = QTableWidgetItem(text)
            verdict.setToolTip(text)
            if not line.ok:  # the failed ones stand out: red when they block, amber else
                colour = QColor(verdict_colour(line.ok, line.severity, line.overridden))
                for item in (title, verdict):
                    item.setForeground(colour)
            self.table.setItem(row, 0, title)
            self.table.setItem(row, 1, verdict)
        self.table.resizeColumnToContents(0)
        self.table.resizeRowsToContents()
        self.refresh_buttons()

    def _icon(self, line: RuleLine) -> QIcon:
        """An icon beside the verdict: met, warned (or overridden), or blocking."""
        pixmap = QStyle.StandardPixmap
        if line.ok:
            kind = pixmap.SP_DialogApplyButton
        elif line.blocking:
            kind = pixmap.SP_MessageBoxCritical
        else:
            kind = pixmap.SP_MessageBoxWarning
        return self.style().standardIcon(kind)

    def title(self) -> str:
        """The tab's title, with the number of rules that block the internship."""
        title = QCoreApplication.translate("InternshipPanel", "Rules")
        if self.detail is None:
            return title
        blocking = sum(1 for line in self.detail.rules if line.blocking)
        return f"{title} ✘{blocking}" if blocking else title

    def selected_rule(self) -> RuleLine | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.detail is None:
            return None
        rule = self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        return next((line for line in self.detail.rules if line.rule == rule), None)

    def refresh_buttons(self) -> None:
        line = self.selected_rule()
        self.override_button.setEnabled(line is not None and not line.ok)

    def override_selected_rule(self) -> bool:
        line = self.selected_rule()
        if line is None or self.detail is None:
            return False
        detail = self.detail
        dialog = ReasonDialog(
            QCoreApplication.translate("InternshipPanel", "Override a rule"),
            rule_sentence(line)
            + "\n\n"
            + QCoreApplication.translate(
                "InternshipPanel",
                "Write why this internship may go ahead anyway. "
                "The reason is kept in the audit trail.",
            ),
            self,
            min_length=10,
        )
        if dialog.exec() != ReasonDialog.DialogCode.Accepted:
            return False
        reason, _day = dialog.values()
        return self.run(
            lambda: service.override_rule(
                self.database, detail.id, line.rule, reason, actor=self.actor
            ),
            self.done_text(
                QCoreApplication.translate("InternshipPanel", "Rule overridden on {ref}: {rule}"),
                rule=rule_title(line.rule),
            ),
        )

    def retranslate(self) -> None:
        self.override_button.setText(
            QCoreApplication.translate("InternshipPanel", "&Override with a reason…")
        )
        self.override_button.setToolTip(
            QCoreApplication.translate(
                "InternshipPanel", "Let the internship go ahead despite the selected failed rule"
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("InternshipPanel", "Rule"),
                QCoreApplication.translate("InternshipPanel", "Verdict"),
            ]
        )

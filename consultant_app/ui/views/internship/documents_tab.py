"""The Documents tab: the amendments and the documents issued for the internship."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPushButton

from consultant_app.store.database import Database
from consultant_app.ui import labels
from consultant_app.ui.models.paged_table_model import format_date
from consultant_app.ui.views.internship.actions import ActionPage


def document_kind(kind: str) -> str:
    """What an issued document of *kind* is called in the list."""
    return {
        "convention": QCoreApplication.translate("InternshipPanel", "Convention"),
        "amendment": QCoreApplication.translate("InternshipPanel", "Amendment"),
        "signed_scan": QCoreApplication.translate("InternshipPanel", "Signed copy (scan)"),
        "roadmap": QCoreApplication.translate("InternshipPanel", "Roadmap"),
        "evaluation_midterm": QCoreApplication.translate("InternshipPanel", "Mid-term evaluation"),
        "evaluation_midterm_blank": QCoreApplication.translate(
            "InternshipPanel", "Mid-term evaluation (blank)"
        ),
        "evaluation_final": QCoreApplication.translate("InternshipPanel", "Final evaluation"),
        "evaluation_final_blank": QCoreApplication.translate(
            "InternshipPanel", "Final evaluation (blank)"
        ),
        "workplace_evaluation": QCoreApplication.translate(
            "InternshipPanel", "Workplace evaluation"
        ),
        "workplace_evaluation_blank": QCoreApplication.translate(
            "InternshipPanel", "Workplace evaluation (blank)"
        ),
        "competence_scan": QCoreApplication.translate("InternshipPanel", "Competence scan"),
        "internship_report": QCoreApplication.translate(
            "InternshipPanel", "End-of-internship report"
        ),
    }.get(kind, kind)


class DocumentsPage(ActionPage):
    """The amendments, then the issued documents; ``open_requested`` with the chosen one's key:
    ``("amendment", version)`` or ``("document", id)``."""

    open_requested = Signal(object)

    def __init__(self, database: Database, actor: str | None) -> None:
        super().__init__(database, actor)
        self.list = QListWidget()
        self.list.setObjectName("documentsList")
        self.list.itemActivated.connect(self.open_item)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(lambda: self.open_item(self.list.currentItem()))
        self.lay_out(self.list, self.open_button)

    def fill(self) -> None:
        self.list.clear()
        assert self.detail is not None
        for amendment in self.detail.amendments:
            text = QCoreApplication.translate(
                "InternshipPanel", "Amendment {n} (version {version}) of {date}"
            ).format(
                n=amendment.version - 1,
                version=amendment.version,
                date=format_date(amendment.decided_on),
            )
            changed = ", ".join(labels.field(change[0]) for change in amendment.changes)
            item = QListWidgetItem(
                f"{text}: {changed}" + (f" — {amendment.reason}" if amendment.reason else "")
            )
            item.setData(Qt.ItemDataRole.UserRole, ("amendment", amendment.version))
            self.list.addItem(item)
        for document in self.detail.documents:
            moment = QLocale().toString(document.issued_at.date(), "dd/MM/yyyy")
            item = QListWidgetItem(
                f"{document_kind(document.kind)} · {document.filename} · {moment}"
            )
            item.setData(Qt.ItemDataRole.UserRole, ("document", document.id))
            self.list.addItem(item)

    def open_item(self, item: QListWidgetItem | None) -> None:
        if item is None or self.detail is None:
            return
        self.open_requested.emit(item.data(Qt.ItemDataRole.UserRole))

    def retranslate(self) -> None:
        self.open_button.setText(QCoreApplication.translate("InternshipPanel", "&Open"))

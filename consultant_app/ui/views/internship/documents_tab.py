"""The Documents tab: the amendments and the documents issued for the internship."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton

from consultant_app.services.printing.snapshots import ConventionSeal, convention_seal
from consultant_app.store.database import Database
from consultant_app.ui import labels
from consultant_app.ui.locale_format import label_value
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


def difference_name(key: str) -> str:
    """What a key of a difference from the frozen convention is called."""
    return {
        "host": QCoreApplication.translate("InternshipPanel", "host"),
        "host_address": QCoreApplication.translate("InternshipPanel", "host's address"),
        "host_representative": QCoreApplication.translate(
            "InternshipPanel", "host's representative"
        ),
        "mentor": QCoreApplication.translate("InternshipPanel", "mentor"),
        "intern": QCoreApplication.translate("InternshipPanel", "intern"),
        "intern_address": QCoreApplication.translate("InternshipPanel", "intern's address"),
        "jobseeker": QCoreApplication.translate("InternshipPanel", "job-seeker registration"),
        "function": QCoreApplication.translate("InternshipPanel", "function and tasks"),
        "dates": QCoreApplication.translate("InternshipPanel", "dates"),
        "hours": QCoreApplication.translate("InternshipPanel", "hours"),
        "terms": QCoreApplication.translate("InternshipPanel", "workplace and terms"),
        "fund": QCoreApplication.translate("InternshipPanel", "fund's details"),
        "consultant": QCoreApplication.translate("InternshipPanel", "consultant"),
        "template": QCoreApplication.translate("InternshipPanel", "template text"),
    }.get(key, key)


def seal_text(seal: ConventionSeal | None) -> str:
    """The line on the frozen convention: issued when, its SHA-256, and what differs today."""
    if seal is None:
        return ""
    day = format_date(seal.issued_on)
    if seal.sha256 is None:
        first = QCoreApplication.translate(
            "InternshipPanel", "Convention version {version} frozen on {date}, not printed yet."
        ).format(version=seal.version, date=day)
    else:
        first = QCoreApplication.translate(
            "InternshipPanel", "Convention version {version} issued on {date} (SHA-256 {sha256})."
        ).format(version=seal.version, date=day, sha256=seal.sha256)
    if seal.differences:
        second = QCoreApplication.translate(
            "InternshipPanel",
            "Today's data differs from it: {fields}. Reprints keep the signed text; "
            "an amendment makes a new version.",
        ).format(fields=", ".join(difference_name(key) for key in seal.differences))
    else:
        second = QCoreApplication.translate("InternshipPanel", "Today's data prints the same text.")
    return f"{first}\n{second}"


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
        #: Issued when, with which SHA-256, and whether today's data differs from it.
        self.seal = QLabel()
        self.seal.setObjectName("conventionSeal")
        self.seal.setWordWrap(True)
        self.seal.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = self.layout()
        assert layout is not None
        layout.insertWidget(0, self.seal)  # type: ignore[attr-defined]
        self.sealed: ConventionSeal | None = None
        self.seal.setVisible(False)

    def fill(self) -> None:
        self.list.clear()
        assert self.detail is not None
        self.sealed = convention_seal(self.database, self.detail.id)
        self.seal.setText(seal_text(self.sealed))
        self.seal.setVisible(self.sealed is not None)
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
                label_value(text, changed) + (f" — {amendment.reason}" if amendment.reason else "")
            )
            item.setData(Qt.ItemDataRole.UserRole, ("amendment", amendment.version))
            self.list.addItem(item)
        for document in self.detail.documents:
            moment = format_date(document.issued_at.date())
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
        self.open_button.setToolTip(
            QCoreApplication.translate("InternshipPanel", "Show the selected document")
        )
        self.seal.setText(seal_text(self.sealed))

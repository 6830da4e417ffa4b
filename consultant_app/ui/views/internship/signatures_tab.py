"""The Signatures tab: who signed the current version; recording a signature, attaching the scan."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QPushButton, QTreeWidget, QTreeWidgetItem

from consultant_app.domain.enums import InternshipStatus, SignatoryParty
from consultant_app.services.internships import records as service
from consultant_app.store.database import Database
from consultant_app.ui import labels
from consultant_app.ui.dialogs.internship_actions import SignatureDialog
from consultant_app.ui.models.paged_table_model import format_date
from consultant_app.ui.views.internship.actions import ActionPage

_S = InternshipStatus


class SignaturesPage(ActionPage):
    """One row per party: the signature of the convention's current version, if any."""

    def __init__(self, database: Database, actor: str | None) -> None:
        super().__init__(database, actor)
        self.tree = QTreeWidget()
        self.tree.setObjectName("signaturesTree")
        self.tree.setColumnCount(4)
        self.tree.setRootIsDecorated(False)
        self.sign_button = QPushButton()
        self.sign_button.setObjectName("recordSignature")
        self.sign_button.clicked.connect(self.record_signature)
        self.scan_button = QPushButton()
        self.scan_button.setObjectName("attachScan")
        self.scan_button.clicked.connect(self.attach_scan)
        self.lay_out(self.tree, self.sign_button, self.scan_button)

    def fill(self) -> None:
        self.tree.clear()
        assert self.detail is not None
        for party in SignatoryParty:
            shown = [
                s
                for s in self.detail.signatures
                if s.party == party and s.version == self.detail.version
            ]
            if shown:
                signature = shown[-1]
                row = [
                    labels.value(party.value),
                    signature.signer_name,
                    format_date(signature.signed_on),
                    signature.place or "",
                ]
            else:
                row = [
                    labels.value(party.value),
                    QCoreApplication.translate("InternshipPanel", "not signed yet"),
                    "",
                    "",
                ]
            self.tree.addTopLevelItem(QTreeWidgetItem(row))
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        status = self.detail.status
        self.sign_button.setEnabled(
            status == _S.AWAITING_SIGNATURES
            or (status in (_S.SIGNED, _S.RUNNING) and self.detail.version > 1)
        )
        self.scan_button.setEnabled(status != _S.CANCELLED)

    def record_signature(self) -> bool:
        if self.detail is None:
            return False
        detail = self.detail
        missing = detail.missing_signatures[0] if detail.missing_signatures else None
        defaults = {
            SignatoryParty.INTERN: detail.intern_name,
        }
        dialog = SignatureDialog(defaults, "", self, missing)
        if dialog.exec() != SignatureDialog.DialogCode.Accepted:
            return False
        given = dialog.values()
        return self.run(
            lambda: service.record_signature(
                self.database,
                detail.id,
                given.party,
                given.signer_name,
                given.signed_on,
                given.place or None,
                actor=self.actor,
            ),
            self.done_text(
                QCoreApplication.translate("InternshipPanel", "Signature recorded on {ref}")
            ),
        )

    def attach_scan(self, path: str | None = None) -> bool:
        if self.detail is None:
            return False
        if not path:
            path, _filter = QFileDialog.getOpenFileName(
                self,
                QCoreApplication.translate("InternshipPanel", "Signed copy"),
                "",
                QCoreApplication.translate("InternshipPanel", "Scans (*.pdf *.png *.jpg *.jpeg)"),
            )
        if not path:
            return False
        detail = self.detail
        return self.run(
            lambda: service.attach_scan(self.database, detail.id, Path(path), actor=self.actor),
            self.done_text(
                QCoreApplication.translate("InternshipPanel", "Signed copy attached to {ref}")
            ),
        )

    def retranslate(self) -> None:
        self.sign_button.setText(
            QCoreApplication.translate("InternshipPanel", "Record a &signature…")
        )
        self.scan_button.setText(
            QCoreApplication.translate("InternshipPanel", "Attach the signed &copy…")
        )
        self.sign_button.setToolTip(
            QCoreApplication.translate(
                "InternshipPanel", "Who signed for one party, when and where"
            )
        )
        self.scan_button.setToolTip(
            QCoreApplication.translate(
                "InternshipPanel", "Keep the scan of the signed paper convention (PDF or image)"
            )
        )
        self.tree.setHeaderLabels(
            [
                QCoreApplication.translate("InternshipPanel", "Party"),
                QCoreApplication.translate("InternshipPanel", "Signed by"),
                QCoreApplication.translate("InternshipPanel", "Date"),
                QCoreApplication.translate("InternshipPanel", "Place"),
            ]
        )

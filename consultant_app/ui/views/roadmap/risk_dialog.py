"""The dialog of a risk of the post: chosen from the catalogue, or written in."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class RiskItemDialog(QDialog):
    """A risk of the post: chosen from the catalogue, or written in, with its measures."""

    def __init__(
        self,
        catalogue: list[tuple[str, str, bool]] | None,
        listed: set[str],
        parent: QWidget | None = None,
        *,
        values: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setMinimumWidth(480)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.catalogue: QComboBox | None = None
        self.description = QLineEdit()
        self.measures = QPlainTextEdit()
        self.equipment = QPlainTextEdit()
        for edit in (self.measures, self.equipment):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(70)
        if catalogue is not None:
            self.setWindowTitle(self.tr("Add a risk from the catalogue"))
            self.catalogue = QComboBox()
            self.catalogue.setObjectName("riskCatalogue")
            for risk_id, name, forbidden in catalogue:
                text = name
                if forbidden:
                    text = "⚠ " + self.tr("{name} (forbidden for young workers)").format(name=name)
                if risk_id in listed:
                    text += " — " + self.tr("already listed")
                self.catalogue.addItem(text, risk_id)
                if risk_id in listed:
                    model = self.catalogue.model()
                    assert isinstance(model, QStandardItemModel)
                    item = model.item(self.catalogue.count() - 1)
                    item.setEnabled(False)
            first = next(
                (
                    i
                    for i in range(self.catalogue.count())
                    if self.catalogue.itemData(i) not in listed
                ),
                -1,
            )
            self.catalogue.setCurrentIndex(first)
            self.catalogue.currentIndexChanged.connect(lambda _i: self._refresh())
            form.addRow(self.tr("&Risk"), self.catalogue)
            hint = QLabel(
                self.tr(
                    "The catalogue's measures and protective equipment are copied in; "
                    "edit them afterwards if this post needs others."
                )
            )
            hint.setWordWrap(True)
            layout.insertWidget(0, hint)
        else:
            self.setWindowTitle(
                self.tr("Edit a risk") if values is not None else self.tr("Add another risk")
            )
            self.description.setObjectName("riskDescription")
            self.description.textChanged.connect(lambda _t: self._refresh())
            form.addRow(self.tr("&Risk"), self.description)
            form.addRow(self.tr("&Preventive measures"), self.measures)
            form.addRow(self.tr("Protective &equipment"), self.equipment)
            if values is not None:
                self.description.setText(values.get("description", ""))
                self.measures.setPlainText(values.get("measures", ""))
                self.equipment.setPlainText(values.get("protective_equipment", ""))
        layout.addWidget(self.buttons)
        self._refresh()

    def _refresh(self) -> None:
        if self.catalogue is not None:
            ok = self.catalogue.currentIndex() >= 0
        else:
            ok = bool(self.description.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def chosen_risk(self) -> str:
        assert self.catalogue is not None
        return str(self.catalogue.currentData() or "")

    def values(self) -> dict[str, str]:
        return {
            "description": self.description.text().strip(),
            "measures": self.measures.toPlainText().strip(),
            "protective_equipment": self.equipment.toPlainText().strip(),
        }

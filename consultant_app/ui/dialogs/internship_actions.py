"""Small dialogs of the internship panel: a reason (and date), a signature, an interruption."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

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

from consultant_app.domain.enums import InterruptionKind, SignatoryParty
from consultant_app.ui import labels
from consultant_app.ui.widgets.date_field import DateField


def _date_edit(value: date, refresh: Callable[[], None]) -> DateField:
    edit = DateField()
    edit.set_date(value)
    edit.value_changed.connect(lambda _value: refresh())
    return edit


class _FormDialog(QDialog):
    """A titled form with OK/Cancel; OK stays disabled until :meth:`is_complete`."""

    def __init__(self, title: str, intro: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        if intro:
            text = QLabel(intro)
            text.setWordWrap(True)
            layout.addWidget(text)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def is_complete(self) -> bool:
        return True

    def refresh(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.is_complete())


class ReasonDialog(_FormDialog):
    """A written reason (an override, a termination, a cancellation), with a date if asked."""

    def __init__(
        self,
        title: str,
        intro: str,
        parent: QWidget | None = None,
        *,
        day: date | None = None,
        day_label: str = "",
        min_length: int = 1,
    ) -> None:
        super().__init__(title, intro, parent)
        self.min_length = min_length
        self.day: DateField | None = None
        if day is not None:
            self.day = _date_edit(day, self.refresh)
            self.form.addRow(day_label, self.day)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reasonEdit")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(90)
        self.reason.textChanged.connect(self.refresh)
        self.form.addRow(self.tr("&Reason"), self.reason)
        self.form.labelForField(self.reason).setBuddy(self.reason)  # type: ignore[union-attr]
        self.refresh()
        self.reason.setFocus()

    def is_complete(self) -> bool:
        if self.day is not None and self.day.date() is None:
            return False
        return len(self.reason.toPlainText().strip()) >= self.min_length

    def values(self) -> tuple[str, date | None]:
        chosen = self.day.date() if self.day is not None else None
        return self.reason.toPlainText().strip(), chosen


@dataclass(frozen=True)
class SignatureInput:
    party: SignatoryParty
    signer_name: str
    signed_on: date
    place: str


class SignatureDialog(_FormDialog):
    """Who signed the paper convention for one party, when and where."""

    def __init__(
        self,
        defaults: dict[SignatoryParty, str],
        place: str,
        parent: QWidget | None = None,
        party: SignatoryParty | None = None,
    ) -> None:
        super().__init__(self.tr("Record a signature"), "", parent)
        self.defaults = defaults
        self.party = QComboBox()
        for member in SignatoryParty:
            self.party.addItem(labels.value(member.value), member.value)
        self.signer = QLineEdit()
        self.signer.textChanged.connect(self.refresh)
        self.signed_on = _date_edit(date.today(), self.refresh)
        self.place = QLineEdit(place)
        self.form.addRow(self.tr("&Party"), self.party)
        self.form.addRow(self.tr("&Signed by"), self.signer)
        self.form.addRow(self.tr("&Date"), self.signed_on)
        self.form.addRow(self.tr("P&lace"), self.place)
        self.party.currentIndexChanged.connect(self._party_changed)
        if party is not None:
            self.party.setCurrentIndex(self.party.findData(party.value))
        self._party_changed()
        self.signer.setFocus()

    def _party_changed(self) -> None:
        party = SignatoryParty(self.party.currentData())
        self.signer.setText(self.defaults.get(party, ""))
        self.refresh()

    def is_complete(self) -> bool:
        signed_on = self.signed_on.date()
        return (
            bool(self.signer.text().strip())
            and signed_on is not None
            and (signed_on <= date.today())
        )

    def values(self) -> SignatureInput:
        return SignatureInput(
            SignatoryParty(self.party.currentData()),
            self.signer.text().strip(),
            self.signed_on.date() or date.today(),
            self.place.text().strip(),
        )


@dataclass(frozen=True)
class InterruptionInput:
    kind: InterruptionKind
    start_date: date
    end_date: date
    note: str


class InterruptionDialog(_FormDialog):
    """A period whose days do not count (sickness, suspension...)."""

    def __init__(self, start: date, end: date, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Add an interruption"),
            self.tr("Working days in this period no longer count for the internship."),
            parent,
        )
        self.kind = QComboBox()
        for member in InterruptionKind:
            self.kind.addItem(labels.value(member.value), member.value)
        first = min(max(date.today(), start), end)
        self.period = (start, end)
        self.start = _date_edit(first, self.refresh)
        self.end = _date_edit(first, self.refresh)
        self.note = QLineEdit()
        self.form.addRow(self.tr("&Kind"), self.kind)
        self.form.addRow(self.tr("&From"), self.start)
        self.form.addRow(self.tr("&To"), self.end)
        self.form.addRow(self.tr("&Note"), self.note)
        self.refresh()

    def is_complete(self) -> bool:
        first, last = self.start.date(), self.end.date()
        if first is None or last is None:
            return False
        return self.period[0] <= first <= last <= self.period[1]

    def values(self) -> InterruptionInput:
        return InterruptionInput(
            InterruptionKind(self.kind.currentData()),
            self.start.date() or self.period[0],
            self.end.date() or self.period[0],
            self.note.text().strip(),
        )

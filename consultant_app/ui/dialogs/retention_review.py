"""The daily retention question: who would be anonymised and why; anonymise, review or postpone.

:func:`ask_about_retention` shows :class:`RetentionDialog` for a review of
the day's retention run and carries out the answer. Nothing is anonymised
unless the user presses *Anonymise now*; closing the dialog asks again the
next day; *Postpone 30 days* leaves the question aside for 30 days.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from consultant_app.services.privacy.retention import (
    POSTPONE_DAYS,
    RetentionChanged,
    RetentionReview,
    confirm_retention,
    postpone_retention,
)
from consultant_app.services.privacy.retention_review import Kind, Reason, RetentionCandidate
from consultant_app.store.database import Database
from consultant_app.ui.locale_format import format_date
from consultant_app.ui.views.safety.common import FAILURES, warn_failure

__all__ = ["Answer", "RetentionDialog", "ask_about_retention"]


class Answer(Enum):
    ANONYMISE = "anonymise"
    POSTPONE = "postpone"
    LATER = "later"


def _day(day: object) -> str:
    return format_date(day)  # type: ignore[arg-type]


class RetentionDialog(QDialog):
    """The list, the count and the cut-off date of a :class:`RetentionReview`, and three answers."""

    def __init__(self, review: RetentionReview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionDialog")
        self.review = review
        self.answer = Answer.LATER
        self.setWindowTitle(self.tr("Retention of personal data"))
        layout = QVBoxLayout(self)
        self.summary = QLabel(self._summary())
        self.summary.setObjectName("retentionSummary")
        self.summary.setWordWrap(True)
        self.summary.setMinimumWidth(560)
        layout.addWidget(self.summary)
        self.table = self._table()
        self.table.setVisible(False)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.anonymise_button = QPushButton(self.tr("&Anonymise now"))
        self.anonymise_button.setObjectName("anonymiseNow")
        self.anonymise_button.clicked.connect(lambda: self._answer(Answer.ANONYMISE))
        self.review_button = QPushButton(self.tr("&Review the list"))
        self.review_button.setObjectName("reviewList")
        self.review_button.clicked.connect(self.show_list)
        self.postpone_button = QPushButton(
            self.tr("&Postpone {days} days").format(days=POSTPONE_DAYS)
        )
        self.postpone_button.setObjectName("postpone")
        self.postpone_button.clicked.connect(lambda: self._answer(Answer.POSTPONE))
        for widget in (self.anonymise_button, self.review_button, self.postpone_button):
            widget.setAutoDefault(False)
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.review_button.setDefault(True)

    def _counts(self) -> str:
        review = self.review
        return self.tr("{interns}, {mentors} and {hosts}").format(
            interns=self.tr("%n intern(s)", "", len(review.of(Kind.INTERN))),
            mentors=self.tr("%n mentor(s)", "", len(review.of(Kind.MENTOR))),
            hosts=self.tr("%n host contact(s)", "", len(review.of(Kind.HOST))),
        )

    def _summary(self) -> str:
        return self.tr(
            "The retention period of %n record(s) ended before {cutoff}: {counts}.\n\n"
            "Anonymising replaces their names and contact details for good; the annual figures "
            "stay the same. Nothing is anonymised unless you choose Anonymise now.",
            "",
            self.review.total,
        ).format(cutoff=_day(self.review.cutoff), counts=self._counts())

    def _kind(self, person: RetentionCandidate) -> str:
        return {
            Kind.INTERN: self.tr("Intern"),
            Kind.MENTOR: self.tr("Mentor"),
            Kind.HOST: self.tr("Host contact"),
        }[person.kind]

    def _why(self, person: RetentionCandidate) -> str:
        since = _day(person.since)
        if person.reason is Reason.LAST_INTERNSHIP:
            return self.tr("Last internship ended on {day}").format(day=since)
        if person.reason is Reason.REGISTERED:
            return self.tr("No internship; registered on {day}").format(day=since)
        return self.tr("No internship; entered on {day}").format(day=since)

    def _table(self) -> QTableWidget:
        people = self.review.people
        table = QTableWidget(len(people), 4)
        table.setObjectName("retentionList")
        table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Record"), self.tr("Host"), self.tr("Why")]
        )
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        for row, person in enumerate(people):
            for column, text in enumerate(
                (person.name, self._kind(person), person.host, self._why(person))
            ):
                table.setItem(row, column, QTableWidgetItem(text))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        table.setMinimumHeight(240)
        return table

    def show_list(self) -> None:
        """Show who would be anonymised and why (the answer is still to be given)."""
        self.table.setVisible(True)
        self.review_button.setEnabled(False)
        self.anonymise_button.setDefault(False)
        self.resize(max(self.width(), 760), max(self.height(), 480))
        self.table.setFocus()

    def _answer(self, answer: Answer) -> None:
        self.answer = answer
        self.accept()


def ask_about_retention(
    parent: QWidget | None, database: Database, review: RetentionReview, actor: str | None = None
) -> Answer:
    """Ask what to do with *review*, then do it; the answer."""
    dialog = RetentionDialog(review, parent)
    dialog.exec()
    title = dialog.windowTitle()
    if dialog.answer is Answer.POSTPONE:
        until = postpone_retention(database, today=review.ran_on, actor=actor)
        QMessageBox.information(
            parent,
            title,
            QApplication.translate("RetentionDialog", "You will be asked again on {day}.").format(
                day=_day(until)
            ),
        )
    elif dialog.answer is Answer.ANONYMISE:
        try:
            done = confirm_retention(database, review, actor=actor)
        except RetentionChanged:
            QMessageBox.warning(
                parent,
                title,
                QApplication.translate(
                    "RetentionDialog",
                    "The list changed since it was shown; nothing was anonymised. Use Settings → "
                    "Data safety → Preview to see the new list.",
                ),
            )
            return Answer.LATER
        except FAILURES as error:
            what = QApplication.translate("RetentionDialog", "Nothing was anonymised.")
            warn_failure(parent or dialog, title, what, error)
            return Answer.LATER
        if not done.log_cleared and parent is not None:  # try again when the window idles
            from consultant_app.ui.log_checkpoint import retry_when_idle

            retry_when_idle(database, parent)
        QMessageBox.information(
            parent,
            title,
            QApplication.translate("RetentionDialog", "%n record(s) anonymised.", "", done.total),
        )
    return dialog.answer

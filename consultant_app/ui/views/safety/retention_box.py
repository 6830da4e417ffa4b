"""Settings → Data safety, *Retention of personal data*: the period, preview, anonymise now."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from consultant_app.services.forms.parsing import ValidationFailed
from consultant_app.services.privacy.anonymise import (
    RetentionPlan,
    anonymise_expired,
    retention_plan,
)
from consultant_app.services.privacy.retention import (
    ASK,
    AUTOMATIC,
    retention_mode,
    set_retention_mode,
)
from consultant_app.services.settings.programme import MAX_RULE_VALUE, load_rules, save_rules
from consultant_app.store.database import Database
from consultant_app.ui.locale_format import format_date
from consultant_app.ui.views.safety.common import (
    FAILURES,
    SectionBox,
    button,
    selectable,
    wait_cursor,
    warn_failure,
)

#: The longest retention period offered, in years.
MAX_RETENTION_YEARS = min(100, MAX_RULE_VALUE)


def _day(day: date) -> str:
    return format_date(day)


class RetentionBox(SectionBox):
    """The retention period of personal data, what it would anonymise today, and doing it."""

    #: The retention period was saved (the new number of years).
    retention_saved = Signal(int)

    def __init__(
        self, database: Database, parent: QWidget | None = None, actor: str | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.plan: RetentionPlan | None = None
        self._retention_note: Callable[[], str] = str
        self._saved_years = load_rules(database).retention_years
        layout = QVBoxLayout(self)
        self.retention_text = QLabel()
        self.retention_text.setWordWrap(True)
        self.retention_text.setObjectName("retentionExplanation")
        layout.addWidget(self.retention_text)
        years_row = QHBoxLayout()
        self.years_caption = QLabel()
        self.years = QSpinBox()
        self.years.setObjectName("retentionYears")
        self.years.setRange(1, MAX_RETENTION_YEARS)
        self.years.setValue(self._saved_years)
        self.years.setAccelerated(True)
        self.years.valueChanged.connect(self._years_changed)
        self.years_caption.setBuddy(self.years)
        self.save_years_button = button("saveRetention", self.save_years)
        self.revert_years_button = button("revertRetention", self.revert_years)
        years_row.addWidget(self.years_caption)
        years_row.addWidget(self.years)
        years_row.addWidget(self.save_years_button)
        years_row.addWidget(self.revert_years_button)
        years_row.addStretch(1)
        layout.addLayout(years_row)
        self.automatic = QCheckBox()
        self.automatic.setObjectName("retentionAutomatic")
        self.automatic.setChecked(retention_mode(database) == AUTOMATIC)
        self.automatic.toggled.connect(self.save_mode)
        layout.addWidget(self.automatic)
        actions = QHBoxLayout()
        self.preview_button = button("previewRetention", self.preview)
        self.anonymise_button = button("anonymiseNow", self.anonymise_now)
        actions.addWidget(self.preview_button)
        actions.addWidget(self.anonymise_button)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.preview_text = selectable()
        self.preview_text.setObjectName("retentionPreview")
        layout.addWidget(self.preview_text)
        self.retranslate()
        self._update_buttons()

    def focus_chain(self) -> tuple[QWidget, ...]:
        """The editor and the buttons of the box, in the order of the Tab key."""
        return (
            self.years,
            self.save_years_button,
            self.revert_years_button,
            self.automatic,
            self.preview_button,
            self.anonymise_button,
        )

    # -- the period -----------------------------------------------------------------------
    def has_unsaved_work(self) -> bool:
        return self.years.value() != self._saved_years

    def can_leave_record(self) -> bool:
        """Ask about an unsaved retention period; True when the page may be left."""
        if not self.has_unsaved_work():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The retention period was changed but not saved. Save it before leaving?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save_years()
        if answer == QMessageBox.StandardButton.Discard:
            self.revert_years()
            return True
        return False

    def _update_buttons(self) -> None:
        dirty = self.has_unsaved_work()
        self.save_years_button.setEnabled(dirty)
        self.revert_years_button.setEnabled(dirty)
        # Preview and anonymising follow the saved period: save a change first.
        self.preview_button.setEnabled(not dirty)
        self.anonymise_button.setEnabled(not dirty)

    def _years_changed(self, _value: int) -> None:
        self._update_buttons()
        self._explain_retention()
        self._show_preview()

    def _show_preview(self) -> None:
        if self.has_unsaved_work():
            text = self.tr("Save the new period to preview or anonymise with it.")
        else:
            text = self._plan_text()
        self.preview_text.setText(text)
        self.preview_text.setVisible(bool(text))

    def save_years(self) -> bool:
        """Save the retention period; True when saved."""
        title = self.tr("Retention")
        years = self.years.value()
        try:
            rules = save_rules(self.database, {"retention_years": str(years)}, actor=self.actor)
        except ValidationFailed as failed:
            QMessageBox.warning(self, title, "\n".join(error.message for error in failed.errors))
            return False
        except FAILURES as error:
            what = self.tr("The period could not be saved.")
            warn_failure(self, title, what, error)
            return False
        self._saved_years = rules.retention_years
        self.plan = None
        self._retention_note = lambda: self.tr(
            "Saved: personal data is kept %n year(s).", "", years
        )
        self._update_buttons()
        self._show_preview()
        self.retention_saved.emit(rules.retention_years)
        return True

    def save_mode(self, automatic: bool) -> bool:
        """Keep whether the daily run anonymises without asking; True when saved."""
        try:
            set_retention_mode(self.database, AUTOMATIC if automatic else ASK, actor=self.actor)
        except FAILURES as error:
            what = self.tr("The setting could not be saved.")
            warn_failure(self, self.tr("Retention"), what, error)
            with QSignalBlocker(self.automatic):
                self.automatic.setChecked(not automatic)
            return False
        return True

    def revert_years(self) -> None:
        self.years.setValue(self._saved_years)

    def reload(self) -> None:
        """Read the saved retention period again (after a change elsewhere)."""
        self._saved_years = load_rules(self.database).retention_years
        self.years.setValue(self._saved_years)
        with QSignalBlocker(self.automatic):
            self.automatic.setChecked(retention_mode(self.database) == AUTOMATIC)
        self._update_buttons()

    # -- what it anonymises ---------------------------------------------------------------
    def _compute_plan(self, title: str) -> RetentionPlan | None:
        try:
            with wait_cursor():
                return retention_plan(self.database, today=date.today())
        except FAILURES as error:
            what = self.tr("The records to anonymise could not be found.")
            warn_failure(self, title, what, error)
            return None

    def _counts(self, plan: RetentionPlan) -> str:
        return self.tr("{interns}, {mentors} and {hosts}").format(
            interns=self.tr("%n intern(s)", "", len(plan.interns)),
            mentors=self.tr("%n mentor(s)", "", len(plan.mentors)),
            hosts=self.tr("%n host contact(s)", "", len(plan.hosts)),
        )

    def _plan_text(self) -> str:
        plan = self.plan
        if plan is None:
            return self._retention_note()
        cutoff = _day(plan.cutoff)
        if not plan.total:
            return self.tr(
                "Nothing to anonymise now (no retention period ended before {cutoff})."
            ).format(cutoff=cutoff)
        return self.tr(
            "Would be anonymised now: {counts} (retention ended before {cutoff})."
        ).format(counts=self._counts(plan), cutoff=cutoff)

    def preview(self) -> RetentionPlan | None:
        """Count what the retention rule would anonymise today; show and return it."""
        plan = self._compute_plan(self.tr("Preview"))
        if plan is not None:
            self.plan = plan
            self._retention_note = str
            self._show_preview()
        return plan

    def anonymise_now(self) -> int | None:
        """Confirm, then anonymise what is past the retention period; how many records."""
        title = self.tr("Anonymise now")
        plan = self.preview()
        if plan is None:
            return None
        if not plan.total:
            QMessageBox.information(self, title, self._plan_text())
            return 0
        cutoff = _day(plan.cutoff)
        answer = QMessageBox.question(
            self,
            title,
            self.tr(
                "Anonymise {counts} now? Their retention period ended before {cutoff}.\n\n"
                "Names and contact details are replaced for good; the annual figures stay the "
                "same. Backups taken earlier still hold the old data."
            ).format(counts=self._counts(plan), cutoff=cutoff),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        try:
            with wait_cursor():
                carried_out = anonymise_expired(self.database, actor=self.actor)
        except FAILURES as error:
            what = self.tr("Nothing was anonymised.")
            warn_failure(self, title, what, error)
            return None
        done = carried_out.total
        if not carried_out.log_cleared:  # another program's reading: try again when idle
            from consultant_app.ui.log_checkpoint import retry_when_idle

            retry_when_idle(self.database, self)
        self.preview()
        QMessageBox.information(
            self,
            title,
            self.tr("%n record(s) anonymised.", "", done),
        )
        return done

    # -- language -------------------------------------------------------------------------
    def _explain_retention(self) -> None:
        self.retention_text.setText(
            self.tr(
                "Interns, mentors and host contacts whose last internship ended more than %n "
                "year(s) ago are anonymised; the annual figures stay the same. Once a day the "
                "application lists them and asks first, unless the box below is ticked.",
                "",
                self.years.value(),
            )
        )

    def retranslate(self) -> None:
        self.setTitle(self.tr("Retention of personal data"))
        self._explain_retention()
        self.years_caption.setText(self.tr("Anonymise after (&years):"))
        self.save_years_button.setText(self.tr("&Save"))
        self.revert_years_button.setText(self.tr("R&evert"))
        self.automatic.setText(self.tr("Anonymise each day without as&king"))
        self.preview_button.setText(self.tr("&Preview"))
        self.anonymise_button.setText(self.tr("&Anonymise now…"))
        self._show_preview()

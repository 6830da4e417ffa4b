"""The wizard itself: its four pages wired to one set of form values, and Finish."""

from __future__ import annotations

import uuid
from collections.abc import Mapping

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget, QWizard

from consultant_app.domain.programme import ProgrammeRules
from consultant_app.services.forms.parsing import ValidationFailed
from consultant_app.services.internships.records import (
    FORM_KEYS,
    RuleLine,
    create_internship,
    new_internship_values,
    preview_rules,
)
from consultant_app.services.settings.programme import load_rules
from consultant_app.store.database import Database
from consultant_app.ui import labels
from consultant_app.ui.dialogs.internship_wizard.check import CheckPage
from consultant_app.ui.dialogs.internship_wizard.convention import ConventionPage
from consultant_app.ui.dialogs.internship_wizard.draft import WizardDraft
from consultant_app.ui.dialogs.internship_wizard.fields import (
    PICKED_KEYS,
    WizardFields,
    label_key,
    uuid_or_none,
)
from consultant_app.ui.dialogs.internship_wizard.page import mnemonic_of
from consultant_app.ui.dialogs.internship_wizard.parties import PartiesPage
from consultant_app.ui.dialogs.internship_wizard.plan import PlanPage
from consultant_app.ui.forms.messages import message_for


class InternshipWizard(QWizard):
    """Drafts a new internship; :attr:`created_id` holds its id once Finish succeeded.

    *draft* (form key -> text, from a recovered form draft) fills the fields in.
    """

    def __init__(
        self,
        database: Database,
        language: str,
        *,
        intern_id: uuid.UUID | None = None,
        host_id: uuid.UUID | None = None,
        actor: str | None = None,
        draft: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("internshipWizard")
        if draft:
            intern_id = uuid_or_none(draft.get("intern_id", "")) or intern_id
            host_id = uuid_or_none(draft.get("host_id", "")) or host_id
        self.database = database
        self.language = language
        self.actor = actor
        self.created_id: uuid.UUID | None = None
        self.rules: ProgrammeRules = load_rules(database)
        self.fields = WizardFields(
            new_internship_values(
                database, intern_id=intern_id, host_id=host_id, language=language
            ),
            self,
        )
        self.fields.edited.connect(self._edited)
        self.draft = WizardDraft(self.fields, database, lambda: self.parties.title_of_draft(), self)
        #: Writes the form draft a moment after the last change.
        self.draft_timer = self.draft.timer

        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(820, 660)  # the seven days of the week side by side, uncut
        self.parties = PartiesPage(self.fields, database, language, actor)
        self.plan = PlanPage(self.fields, database, language)
        self.plan.start_edit.value_changed.connect(lambda _d: self.parties.refresh_eligibility())
        self.convention = ConventionPage(self.fields)
        self.check = CheckPage(self.fields)
        self.check.entered.connect(self.show_check)
        for page in (self.parties, self.plan, self.convention, self.check):
            self.addPage(page)
        self._name_editors()
        #: F1 opens the guide at the workflow (the window's own F1 waits behind the wizard).
        self.help_window: QWidget | None = None
        self.setOption(QWizard.WizardOption.HaveHelpButton, True)
        self.helpRequested.connect(self.show_help)
        self.help_shortcut = QShortcut(QKeySequence("F1"), self)
        self.help_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.help_shortcut.activated.connect(self.show_help)

        self.parties.show_parties(intern_id, host_id)
        self.parties.fill_mentors()
        for key in FORM_KEYS:
            self.fields.put(key, self.fields.get(key))
        self.retranslate()
        self.parties.choose_actor(actor)
        self._validate()
        self.draft_timer.stop()  # nothing typed yet
        if draft:
            self._restore(draft)

    def show_help(self) -> QWidget:
        from consultant_app.ui.dialogs.help_window import HelpWindow

        if self.help_window is None:
            self.help_window = HelpWindow(self.language, "workflow", self)
        self.help_window.show()
        self.help_window.raise_()
        return self.help_window

    def _name_editors(self) -> None:
        """The editors of the pages, by the names the window and its tests use."""
        self.intern_picker = self.parties.intern_picker
        self.host_picker = self.parties.host_picker
        self.eligibility = self.parties.eligibility
        self.mentor_combo = self.parties.mentor_combo
        self.consultant_combo = self.parties.consultant_combo
        self.function_combo = self.plan.function_combo
        self.start_edit = self.plan.start_edit
        self.end_edit = self.plan.end_edit
        self.days_line = self.plan.days_line
        self.hour_spins = self.plan.schedule.hour_spins
        self.week_total = self.plan.schedule.week_total
        self.note_edit = self.plan.note_edit
        self.workplace_edit = self.convention.workplace_edit
        self.objectives_edit = self.convention.objectives_edit
        self.expenses_edit = self.convention.expenses_edit
        self.declaration = self.convention.declaration
        self.language_combo = self.convention.language_combo
        self.summary = self.check.summary
        self.rules_note = self.check.rules_note
        self.failure = self.check.failure

    @property
    def rule_lines(self) -> tuple[RuleLine, ...]:
        """The verdicts of the rules on the Check page."""
        return self.check.rule_lines

    @property
    def rule_rows(self) -> list[tuple[str, str]]:
        """(symbol, sentence) of every rule shown on the Check page."""
        return self.check.rule_rows

    # -- the form draft ------------------------------------------------------------------
    def _restore(self, draft: Mapping[str, str]) -> None:
        """Fill in the values of a recovered draft, as the user had typed them."""
        self.fields.restore(draft)
        self.parties.fill_mentors()
        self.parties.refresh_eligibility()
        self._validate()

    def draft_values(self) -> dict[str, str]:
        """What the form draft keeps: the parties and every field the user changed."""
        return self.draft.values()

    def flush_draft(self) -> bool:
        """Write the form draft now if the user changed anything; whether it was written."""
        return self.draft.flush()

    # -- values -----------------------------------------------------------------------------
    def values(self) -> dict[str, str]:
        """The form values of every key of ``FORM_KEYS`` (strings, "" when empty)."""
        return self.fields.form_values()

    def _edited(self, key: str) -> None:
        """A user's edit of *key*: new parties bring their defaults, then all is checked again."""
        if key in PICKED_KEYS:
            self._refresh_defaults()
            if key == "intern_id":
                self.parties.refresh_eligibility()
            else:
                self.parties.fill_mentors()
        self._validate()
        self.draft_timer.start()

    def _refresh_defaults(self) -> None:
        """Take the defaults of the new parties for the fields the user left as proposed."""
        self.fields.take_defaults(
            new_internship_values(
                self.database,
                intern_id=uuid_or_none(self.fields.get("intern_id")),
                host_id=uuid_or_none(self.fields.get("host_id")),
                language=self.language,
            )
        )

    def _validate(self) -> None:
        self.fields.validate(self.rules)
        self.plan.refresh_lines(self.rules)
        self._update_buttons()

    def _update_buttons(self) -> None:
        """Enable Next (Finish on the last page) as the current page's fields allow.

        Not through ``completeChanged``: QWizard then hides and shows the page,
        which resets a spin box being typed in (and its cursor).
        """
        page = self.currentPage()
        if page is None:
            return
        which = (
            QWizard.WizardButton.FinishButton
            if page is self.check
            else QWizard.WizardButton.NextButton
        )
        self.button(which).setEnabled(page.isComplete())

    def show_check(self) -> None:
        """Fill the Check page: the summary of the other pages and the verdicts of the rules."""
        self.check.show_summary(
            [
                *self.parties.summary_rows(),
                *self.plan.summary_rows(),
                *self.convention.summary_rows(),
            ]
        )
        self.check.show_rules(preview_rules(self.database, self.values()))

    # -- finishing ------------------------------------------------------------------------------
    def accept(self) -> None:
        """Create the draft; stay open with the reasons when the store refuses it."""
        try:
            self.created_id = create_internship(self.database, self.values(), actor=self.actor)
        except ValidationFailed as failed:
            self.fields.failed = {error.field: error for error in failed.errors}
            self.check.show_failure(
                [
                    f"{labels.field(label_key(error.field))}: {message_for(error)}"
                    for error in failed.errors
                ]
            )
            self._validate()
            return
        self.check.failure.hide()
        self.draft.discard()
        super().accept()

    def reject(self) -> None:
        """Cancel: the values typed are given up, their form draft with them."""
        self.draft.discard()
        super().reject()

    # -- language --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New internship"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Create &draft"))
        buttons = {
            letter
            for button in (
                QWizard.WizardButton.BackButton,
                QWizard.WizardButton.NextButton,
                QWizard.WizardButton.FinishButton,
                QWizard.WizardButton.CancelButton,
            )
            if (letter := mnemonic_of(self.buttonText(button)))
        }
        for page in (self.parties, self.plan, self.convention):
            page.retranslate()
            page.name_captions(buttons)
        self.check.retranslate()
        self._validate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "check"):
            self.retranslate()
        super().changeEvent(event)

"""The "New internship" wizard: parties, function and dates, convention, check.

Every page checks its own fields with the service's ``validate_internship``
as the user types and shows the errors under them; Next stays disabled while
one is wrong. The last page lists the programme rules of the planned
internship; a failing rule does not stop the draft (the rules are enforced
when the convention is sent for signature). Finish creates the draft.

While it is filled in, the wizard keeps its values as a form draft in the
database (two seconds after the last change), so that a crash loses seconds
only: the window offers it back at the next start and the wizard reopens
filled in. Finishing or cancelling the wizard deletes that form draft.
"""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable, Mapping, Sequence
from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from consultant_app.domain.programme import ProgrammeRules
from consultant_app.domain.workdays import weeks_from_days, working_days
from consultant_app.services.forms import drafts
from consultant_app.services.forms.parsing import (
    FieldError,
    RecordNotFound,
    ValidationFailed,
)
from consultant_app.services.internships.records import (
    FORM_KEYS,
    REQUIRED_FORM_KEYS,
    RuleLine,
    create_internship,
    new_internship_values,
    preview_rules,
    validate_internship,
)
from consultant_app.services.people import interns as intern_service
from consultant_app.services.people.hosts import mentors_of
from consultant_app.services.settings.consultants import consultant_choices
from consultant_app.services.settings.programme import load_rules
from consultant_app.store.database import Database
from consultant_app.ui import labels
from consultant_app.ui.forms.drafts import DRAFT_DELAY_MS, drop_draft, write_draft
from consultant_app.ui.forms.messages import format_number, message_for
from consultant_app.ui.forms.rule_messages import (
    ERROR_COLOUR,
    OK_COLOUR,
    rule_sentence,
    rule_symbol,
)
from consultant_app.ui.models.paged_table_model import format_date
from consultant_app.ui.views.interns import reason_text
from consultant_app.ui.widgets.record_picker import RecordPicker

HOUR_KEYS: tuple[str, ...] = tuple(key for key in FORM_KEYS if key.startswith("hours_"))
PARTY_KEYS = ("intern_id", "host_id", "mentor_id", "consultant_id")
PLAN_KEYS = ("function_id", "start_date", "planned_end_date", *HOUR_KEYS, "schedule_note")
CONVENTION_KEYS = (
    "workplace",
    "objectives",
    "expenses",
    "no_replacement_declared",
    "convention_language",
)
DATE_FORMAT = "dd/MM/yyyy"  # typed and shown the Belgian way, like the record forms
HOUR_STEP = 0.5
MAX_DAY_HOURS = 24
ERROR_STYLE = "color:#b3261e"


# --- texts ------------------------------------------------------------------------------


def mnemonic_of(text: str) -> str | None:
    """The letter after the ``&`` of *text* (lower case), if any."""
    index = text.replace("&&", "").find("&")
    rest = text.replace("&&", "")[index + 1 :] if index >= 0 else ""
    return rest[:1].casefold() or None


def with_mnemonic(text: str, taken: set[str]) -> str:
    """*text* with ``&`` before its first letter not in *taken* (which it then joins)."""
    for index, char in enumerate(text):
        letter = char.casefold()
        if char.isalpha() and letter not in taken:
            taken.add(letter)
            return f"{text[:index]}&{text[index:]}"
    return text


# --- pages ------------------------------------------------------------------------------


class _Page(QWizardPage):
    """A page whose fields are the form keys *keys*; complete when none is wrong."""

    def __init__(self, wizard: InternshipWizard, keys: Sequence[str]) -> None:
        super().__init__()
        self.owner = wizard
        self.keys = tuple(keys)
        #: Widgets named with a mnemonic, and the text each shows (with " *" when required).
        self.captions: list[tuple[QLabel | QCheckBox, Callable[[], tuple[str, str]]]] = []
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.form.setVerticalSpacing(10)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        self.tail = layout

    def isComplete(self) -> bool:
        return not self.owner.errors_of(self.keys)

    def validatePage(self) -> bool:
        return self.isComplete()

    def name_captions(self, buttons: set[str]) -> None:
        """Caption every field, each with a mnemonic letter of its own on the page.

        *buttons* are the letters of the wizard's buttons, left to them.
        """
        taken = set(buttons)
        for widget, text in self.captions:
            words, suffix = text()
            widget.setText(with_mnemonic(words, taken) + suffix)


class _DateEdit(QDateEdit):
    """A date edit that Tab leaves at once (typing moves from day to month to year)."""

    def focusNextPrevChild(self, forward: bool) -> bool:
        return QWidget.focusNextPrevChild(self, forward)


class _CheckPage(_Page):
    def initializePage(self) -> None:
        self.owner.show_check()


def _field_caption(key: str) -> Callable[[], tuple[str, str]]:
    """The label of form key *key*, and a star when the form requires it."""
    star = " *" if key in REQUIRED_FORM_KEYS else ""
    return lambda: (labels.field(_label_key(key)), star)


# --- the wizard -------------------------------------------------------------------------


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
            intern_id = _uuid(draft.get("intern_id", "")) or intern_id
            host_id = _uuid(draft.get("host_id", "")) or host_id
        self.database = database
        self.language = language
        self.actor = actor
        self.created_id: uuid.UUID | None = None
        self.rules: ProgrammeRules = load_rules(database)
        self.rule_lines: tuple[RuleLine, ...] = ()
        #: (symbol, sentence) of every rule shown on the Check page.
        self.rule_rows: list[tuple[str, str]] = []
        self._defaults = new_internship_values(
            database, intern_id=intern_id, host_id=host_id, language=language
        )
        self._values: dict[str, str] = dict(self._defaults)
        self._touched: set[str] = set()
        self._errors: dict[str, FieldError] = {}
        self._failed: dict[str, FieldError] = {}  # refused by the store on Finish
        self._setters: dict[str, Callable[[str], None]] = {}
        self._error_labels: dict[str, QLabel] = {}
        self._filling = False
        #: Writes the form draft a moment after the last change.
        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(DRAFT_DELAY_MS)
        self.draft_timer.timeout.connect(self.flush_draft)

        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(760, 660)
        self.parties = self._parties_page()
        self.plan = self._plan_page()
        self.convention = self._convention_page()
        self.check = self._check_page()
        for page in (self.parties, self.plan, self.convention, self.check):
            self.addPage(page)

        self._set_intern(intern_id)
        self._set_host(host_id)
        self._fill_mentors()
        for key in FORM_KEYS:
            self._put(key, self._values.get(key, ""))
        self.retranslate()
        self._choose_actor()
        self._validate()
        self.draft_timer.stop()  # nothing typed yet
        if draft:
            self._restore(draft)

    # -- the form draft ------------------------------------------------------------------
    def _restore(self, draft: Mapping[str, str]) -> None:
        """Fill in the values of a recovered draft, as the user had typed them."""
        for key in ("intern_id", "host_id"):
            if self._values.get(key):
                self._touched.add(key)
        for key in FORM_KEYS:
            if key in ("intern_id", "host_id") or key not in draft:
                continue
            self._put(key, str(draft[key]))
            self._touched.add(key)
        self._fill_mentors()
        self._refresh_eligibility()
        self._validate()

    def draft_values(self) -> dict[str, str]:
        """What the form draft keeps: the parties and every field the user changed."""
        return {
            key: value
            for key, value in self.values().items()
            if key in self._touched or (key in ("intern_id", "host_id") and value)
        }

    def flush_draft(self) -> bool:
        """Write the form draft now if the user changed anything; whether it was written."""
        self.draft_timer.stop()
        if not self._touched:
            return False
        title = " — ".join(
            label
            for label in (self.intern_picker.record_label(), self.host_picker.record_label())
            if label
        )
        return write_draft(self.database, drafts.INTERNSHIP, None, self.draft_values(), title=title)

    def _discard_draft(self) -> None:
        self.draft_timer.stop()
        drop_draft(self.database, drafts.INTERNSHIP, None)

    # -- values -----------------------------------------------------------------------------
    def values(self) -> dict[str, str]:
        """The form values of every key of ``FORM_KEYS`` (strings, "" when empty)."""
        return {key: self._values.get(key, "") for key in FORM_KEYS}

    def errors_of(self, keys: Sequence[str]) -> list[FieldError]:
        return [self._errors[key] for key in keys if key in self._errors]

    def _changed(self, key: str, value: str) -> None:
        """A user's edit of *key*."""
        if self._filling:
            return
        self._values[key] = value
        self._touched.add(key)
        self._failed.pop(key, None)
        self._validate()
        self.draft_timer.start()

    def _put(self, key: str, value: str) -> None:
        """Set *key* and its widget without counting it as the user's edit."""
        self._values[key] = value
        setter = self._setters.get(key)
        if setter is not None:
            self._filling = True
            try:
                setter(value)
            finally:
                self._filling = False

    def _validate(self) -> None:
        _cleaned, errors = validate_internship(self.values(), rules=self.rules)
        self._errors = {}
        for error in errors:
            self._errors.setdefault(error.field, error)
        for key, error in self._failed.items():
            self._errors.setdefault(key, error)
        for key, label in self._error_labels.items():
            shown = [
                error
                for name in (HOUR_KEYS if key == "hours" else (key,))
                if (error := self._errors.get(name)) is not None
                and (error.code != "required" or name in self._touched or name in self._failed)
                and error.code != "hours.maximum"  # the week's total says it in red
            ]
            label.setText(message_for(shown[0]) if shown else "")
            label.setVisible(bool(shown))
        self._refresh_lines()
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

    # -- building blocks ------------------------------------------------------------------
    def _error_label(self, key: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"error_{key}")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        self._error_labels[key] = label
        return label

    def _row(self, page: _Page, key: str, editor: QWidget, *extra: QWidget) -> None:
        """The caption of form key *key*, its editor, extra lines and its error under them."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor)
        for widget in extra:
            column.addWidget(widget)
        column.addWidget(self._error_label(key))
        caption = QLabel()
        caption.setBuddy(editor)
        page.captions.append((caption, _field_caption(key)))
        page.form.addRow(caption, holder)

    def _combo(self, key: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(f"field_{key}")
        combo.currentIndexChanged.connect(
            lambda _i: self._changed(key, str(combo.currentData() or ""))
        )

        def setter(value: str) -> None:
            combo.setCurrentIndex(max(combo.findData(value), 0))

        self._setters[key] = setter
        return combo

    def _line(self, key: str) -> QLineEdit:
        line = QLineEdit()
        line.setObjectName(f"field_{key}")
        line.textEdited.connect(lambda text: self._changed(key, text))

        def setter(value: str) -> None:
            line.setText(value)
            line.setCursorPosition(0)

        self._setters[key] = setter
        return line

    def _text(self, key: str, height: int) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(f"field_{key}")
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(height)
        edit.textChanged.connect(lambda: self._changed(key, edit.toPlainText()))
        self._setters[key] = edit.setPlainText
        return edit

    def _date(self, key: str) -> QDateEdit:
        edit = _DateEdit()
        edit.setObjectName(f"field_{key}")
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setMinimumDate(QDate(2000, 1, 1))
        edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        edit.setMinimumWidth(140)
        edit.dateChanged.connect(
            lambda day: self._changed(key, day.toString(Qt.DateFormat.ISODate))
        )

        def setter(value: str) -> None:
            day = QDate.fromString(value, Qt.DateFormat.ISODate)
            if not day.isValid():
                day = QDate.fromString(value, "dd/MM/yyyy")
            if day.isValid():
                edit.setDate(day)

        self._setters[key] = setter
        return edit

    def _hours(self, key: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setObjectName(f"field_{key}")
        spin.setRange(0, MAX_DAY_HOURS)
        spin.setDecimals(2)
        spin.setSingleStep(HOUR_STEP)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        spin.setSpecialValueText("—")  # no hours that day
        spin.valueChanged.connect(lambda hours: self._changed(key, _hours_text(hours)))

        def setter(value: str) -> None:
            try:
                spin.setValue(float(value.replace(",", ".")) if value.strip() else 0.0)
            except ValueError:
                spin.setValue(0.0)

        self._setters[key] = setter
        return spin

    # -- page 1: the parties --------------------------------------------------------------------
    def _parties_page(self) -> _Page:
        page = _Page(self, PARTY_KEYS)
        self.intern_picker = RecordPicker.for_interns(self.database, self.language)
        self.intern_picker.setObjectName("internPicker")
        self.intern_picker.picked.connect(lambda record_id, _label: self._intern_picked(record_id))
        self.eligibility = QLabel()
        self.eligibility.setObjectName("eligibilityLine")
        self.eligibility.setWordWrap(True)
        self.eligibility.hide()
        self._row(page, "intern_id", self.intern_picker, self.eligibility)
        self.host_picker = RecordPicker.for_hosts(self.database, self.language)
        self.host_picker.setObjectName("hostPicker")
        self.host_picker.picked.connect(lambda record_id, _label: self._host_picked(record_id))
        self._row(page, "host_id", self.host_picker)
        self.mentor_combo = self._combo("mentor_id")
        self._row(page, "mentor_id", self.mentor_combo)
        self.consultant_combo = self._combo("consultant_id")
        self._row(page, "consultant_id", self.consultant_combo)
        page.tail.addStretch(1)
        return page

    def _set_intern(self, intern_id: uuid.UUID | None) -> None:
        if intern_id is not None and self._values.get("intern_id"):
            self.intern_picker.set_record(intern_id, self._label_of(self.intern_picker, intern_id))
        self._refresh_eligibility()

    def _set_host(self, host_id: uuid.UUID | None) -> None:
        if host_id is not None and self._values.get("host_id"):
            self.host_picker.set_record(host_id, self._label_of(self.host_picker, host_id))

    @staticmethod
    def _label_of(picker: RecordPicker, record_id: uuid.UUID) -> str:
        return picker.label_of(record_id) or picker.describe(record_id)

    def _intern_picked(self, intern_id: uuid.UUID) -> None:
        self._values["intern_id"] = str(intern_id)
        self._touched.add("intern_id")
        self._failed.pop("intern_id", None)
        self._refresh_defaults()
        self._refresh_eligibility()
        self._validate()
        self.draft_timer.start()

    def _host_picked(self, host_id: uuid.UUID) -> None:
        self._values["host_id"] = str(host_id)
        self._touched.add("host_id")
        self._failed.pop("host_id", None)
        self._refresh_defaults()
        self._fill_mentors()
        self._validate()
        self.draft_timer.start()

    def _refresh_defaults(self) -> None:
        """Take the defaults of the new parties for the fields the user left as proposed."""
        fresh = new_internship_values(
            self.database,
            intern_id=_uuid(self._values.get("intern_id", "")),
            host_id=_uuid(self._values.get("host_id", "")),
            language=self.language,
        )
        for key in FORM_KEYS:
            if key in ("intern_id", "host_id"):
                continue
            if (
                self._values.get(key, "") == self._defaults.get(key, "")
                and key not in self._touched
            ):
                self._put(key, fresh[key])
        self._defaults = fresh

    def _fill_mentors(self) -> None:
        host_id = _uuid(self._values.get("host_id", ""))
        mentors = mentors_of(self.database, host_id) if host_id is not None else []
        wanted = self._values.get("mentor_id", "")
        known = {str(mentor_id) for mentor_id, _name, _title in mentors}
        if wanted not in known:
            wanted = self._defaults.get("mentor_id", "") if host_id is not None else ""
            wanted = wanted if wanted in known else ""
        self._filling = True
        try:
            self.mentor_combo.clear()
            self.mentor_combo.addItem(self.tr("— none yet —"), "")
            for mentor_id, name, title in mentors:
                self.mentor_combo.addItem(f"{name} — {title}" if title else name, str(mentor_id))
            self.mentor_combo.setEnabled(host_id is not None)
        finally:
            self._filling = False
        self._put("mentor_id", wanted)

    def _fill_consultants(self) -> None:
        self._filling = True
        try:
            self.consultant_combo.clear()
            self.consultant_combo.addItem("—", "")
            for consultant_id, name in consultant_choices(self.database):
                self.consultant_combo.addItem(name, consultant_id)
        finally:
            self._filling = False
        self._put("consultant_id", self._values.get("consultant_id", ""))

    def _choose_actor(self) -> None:
        """The consultant named like the user, when nothing else was chosen."""
        if self._values.get("consultant_id") or not self.actor:
            return
        index = self.consultant_combo.findText(self.actor.strip(), Qt.MatchFlag.MatchFixedString)
        if index > 0:
            self._put("consultant_id", str(self.consultant_combo.itemData(index)))

    def _refresh_eligibility(self) -> None:
        intern_id = _uuid(self._values.get("intern_id", ""))
        start = _iso(self._values.get("start_date", ""))
        if intern_id is None or start is None:
            self.eligibility.hide()
            return
        try:
            eligibility = intern_service.intern_eligibility(self.database, intern_id, start)
        except RecordNotFound:
            self.eligibility.hide()  # deleted meanwhile: Finish says so
            return
        if eligibility.eligible:
            text = "✔ " + self.tr("Eligible on {date}.").format(date=format_date(start))
            colour = OK_COLOUR
        else:
            reasons = "; ".join(
                reason_text(r.code, r.params, r.message) for r in eligibility.reasons if not r.ok
            )
            text = "✘ " + self.tr("Not eligible on {date}: {reasons}").format(
                date=format_date(start), reasons=reasons
            )
            colour = ERROR_COLOUR
        self.eligibility.setText(text)
        self.eligibility.setStyleSheet(f"color:{colour}")
        self.eligibility.show()

    # -- page 2: function, dates and schedule -----------------------------------------------
    def _plan_page(self) -> _Page:
        page = _Page(self, PLAN_KEYS)
        self.function_combo = self._combo("function_id")
        self._row(page, "function_id", self.function_combo)
        self.start_edit = self._date("start_date")
        self._row(page, "start_date", self.start_edit)
        self.end_edit = self._date("planned_end_date")
        self.days_line = QLabel()
        self.days_line.setObjectName("daysLine")
        self._row(page, "planned_end_date", self.end_edit, self.days_line)

        grid_holder = QWidget()
        grid = QGridLayout(grid_holder)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        self.hour_spins: dict[str, QDoubleSpinBox] = {}
        self._day_captions: list[tuple[str, QLabel]] = []
        for column, key in enumerate(HOUR_KEYS):
            caption = QLabel()
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            spin = self._hours(key)
            caption.setBuddy(spin)
            self.hour_spins[key] = spin
            self._day_captions.append((key, caption))
            grid.addWidget(caption, 0, column)
            grid.addWidget(spin, 1, column)
        self.week_total = QLabel()
        self.week_total.setObjectName("weekTotal")
        self.schedule_caption = QLabel()
        self.schedule_caption.setBuddy(self.hour_spins[HOUR_KEYS[0]])
        page.captions.append((self.schedule_caption, lambda: (self.tr("Hours a day"), " *")))
        holder = QWidget()
        column_layout = QVBoxLayout(holder)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.setSpacing(2)
        column_layout.addWidget(grid_holder)
        column_layout.addWidget(self.week_total)
        column_layout.addWidget(self._error_label("hours"))
        page.form.addRow(self.schedule_caption, holder)
        self.note_edit = self._line("schedule_note")
        self._row(page, "schedule_note", self.note_edit)
        self.start_edit.dateChanged.connect(lambda _d: self._refresh_eligibility())
        page.tail.addStretch(1)
        return page

    def _fill_functions(self) -> None:
        self._filling = True
        try:
            self.function_combo.clear()
            self.function_combo.addItem(self.tr("— choose a function —"), "")
            for function_id, name in intern_service.function_options(self.database, self.language):
                self.function_combo.addItem(name, function_id)
        finally:
            self._filling = False
        self._put("function_id", self._values.get("function_id", ""))

    def _refresh_lines(self) -> None:
        """The working days of the dates and the week's hours, as they are typed."""
        start = _iso(self._values.get("start_date", ""))
        end = _iso(self._values.get("planned_end_date", ""))
        if start is None or end is None or end < start:
            self.days_line.setText("")
        else:
            days = working_days(start, end)
            weeks = weeks_from_days(days)
            text = self.tr("{days} working days = {weeks} weeks").format(
                days=days, weeks=format_number(weeks)
            )
            low, high = self.rules.min_weeks_per_internship, self.rules.max_weeks_per_internship
            outside = not low <= weeks <= high
            if outside:
                text += " " + self.tr("(the programme allows {low} to {high} weeks)").format(
                    low=low, high=high
                )
            self.days_line.setText(text)
            self.days_line.setStyleSheet(f"color:{ERROR_COLOUR}" if outside else "")
        total = sum(spin.value() for spin in self.hour_spins.values())
        maximum = self.rules.max_hours_per_week
        self.week_total.setText(
            self.tr("Total: {total} hours a week (at most {maximum})").format(
                total=format_number(total), maximum=maximum
            )
        )
        over = total > maximum
        self.week_total.setProperty("over", over)
        self.week_total.setStyleSheet(
            f"color:{ERROR_COLOUR};font-weight:bold" if over else "font-weight:bold"
        )

    # -- page 3: the convention --------------------------------------------------------------------
    def _convention_page(self) -> _Page:
        page = _Page(self, CONVENTION_KEYS)
        self.workplace_edit = self._line("workplace")
        self._row(page, "workplace", self.workplace_edit)
        self.objectives_edit = self._text("objectives", 90)
        self._row(page, "objectives", self.objectives_edit)
        self.expenses_edit = self._text("expenses", 70)
        self._row(page, "expenses", self.expenses_edit)
        self.declaration = QCheckBox()
        self.declaration.setObjectName("field_no_replacement_declared")
        self.declaration.toggled.connect(
            lambda on: self._changed("no_replacement_declared", "1" if on else "0")
        )
        self._setters["no_replacement_declared"] = lambda value: self.declaration.setChecked(
            value.strip().lower() in ("1", "true", "yes")
        )
        page.captions.append((self.declaration, _field_caption("no_replacement_declared")))
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.declaration)
        column.addWidget(self._error_label("no_replacement_declared"))
        page.form.addRow("", holder)
        self.language_combo = self._combo("convention_language")
        self._row(page, "convention_language", self.language_combo)
        page.tail.addStretch(1)
        return page

    # -- page 4: the check --------------------------------------------------------------------
    def _check_page(self) -> _Page:
        page = _CheckPage(self, ())
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.rules_heading = QLabel()
        self.rules_heading.setStyleSheet("font-weight:bold;padding-top:8px")
        self.rules_view = QLabel()
        self.rules_view.setObjectName("rules")
        self.rules_view.setWordWrap(True)
        self.rules_view.setTextFormat(Qt.TextFormat.RichText)
        self.rules_view.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.summary)
        body_layout.addWidget(self.rules_heading)
        body_layout.addWidget(self.rules_view)
        body_layout.addStretch(1)
        scroll.setWidget(body)
        self.rules_note = QLabel()
        self.rules_note.setObjectName("rulesNote")
        self.rules_note.setWordWrap(True)
        self.failure = QLabel()
        self.failure.setObjectName("failure")
        self.failure.setWordWrap(True)
        self.failure.setStyleSheet(ERROR_STYLE)
        self.failure.hide()
        page.tail.addWidget(scroll, 1)
        page.tail.addWidget(self.rules_note)
        page.tail.addWidget(self.failure)
        return page

    def show_check(self) -> None:
        """Fill the Check page: the summary and the verdicts of the rules."""
        self.rule_lines = preview_rules(self.database, self.values())
        self._show_summary()
        self._show_rules()

    def _show_summary(self) -> None:
        values = self.values()
        start, end = _iso(values["start_date"]), _iso(values["planned_end_date"])
        period = ""
        if start is not None and end is not None:
            period = f"{format_date(start)} – {format_date(end)} ({self.days_line.text()})"
        hours = sum(spin.value() for spin in self.hour_spins.values())
        declared = values["no_replacement_declared"] == "1"
        rows = [
            (labels.field("intern"), self.intern_picker.record_label()),
            (labels.field("host"), self.host_picker.record_label()),
            (
                labels.field("mentor"),
                self.mentor_combo.currentText() if values["mentor_id"] else "—",
            ),
            (
                labels.field("consultant"),
                self.consultant_combo.currentText() if values["consultant_id"] else "—",
            ),
            (labels.field("function"), self.function_combo.currentText()),
            (self.tr("Period"), period),
            (labels.field("hours_per_week"), format_number(hours)),
            (labels.field("workplace"), values["workplace"] or "—"),
            (labels.field("convention_language"), labels.value(values["convention_language"])),
            (self.tr("Replaces no employee"), labels.yes_no(declared)),
        ]
        cells = "".join(
            f"<tr><td style='color:#555;padding-right:12px'>{html.escape(caption)}</td>"
            f"<td>{html.escape(text)}</td></tr>"
            for caption, text in rows
        )
        self.summary.setText(f"<table cellspacing='2'>{cells}</table>")

    def _show_rules(self) -> None:
        self.rule_rows = []
        parts = []
        for line in self.rule_lines:
            symbol, colour = rule_symbol(line)
            sentence = rule_sentence(line)
            if line.overridden and line.override_reason:
                sentence += " " + self.tr("(overridden: {reason})").format(
                    reason=line.override_reason
                )
            self.rule_rows.append((symbol, sentence))
            parts.append(
                f"<tr><td style='color:{colour};font-weight:bold;padding-right:6px'>{symbol}</td>"
                f"<td>{html.escape(sentence)}</td></tr>"
            )
        self.rules_view.setText(f"<table cellspacing='3'>{''.join(parts)}</table>")
        blocking = sum(1 for line in self.rule_lines if line.blocking)
        if not self.rule_lines:
            note = self.tr("The rules cannot be checked until every page is filled in.")
        elif blocking:
            note = self.tr(
                "The rules marked ✘ are not met. You can still create the draft: the rules "
                "are enforced when the convention is sent for signature, where each must be "
                "met or overridden with a written reason."
            )
        else:
            note = self.tr(
                "No rule blocks this internship. The rules are checked again when the "
                "convention is sent for signature."
            )
        self.rules_note.setText(note)
        self.rules_note.setStyleSheet(f"color:{ERROR_COLOUR}" if blocking else "")

    # -- finishing ------------------------------------------------------------------------------
    def accept(self) -> None:
        """Create the draft; stay open with the reasons when the store refuses it."""
        try:
            self.created_id = create_internship(self.database, self.values(), actor=self.actor)
        except ValidationFailed as failed:
            self._failed = {error.field: error for error in failed.errors}
            lines = [
                f"{labels.field(_label_key(error.field))}: {message_for(error)}"
                for error in failed.errors
            ]
            self.failure.setText(self.tr("The draft was not created:") + "\n" + "\n".join(lines))
            self.failure.show()
            self._validate()
            return
        self.failure.hide()
        self._discard_draft()
        super().accept()

    def reject(self) -> None:
        """Cancel: the values typed are given up, their form draft with them."""
        self._discard_draft()
        super().reject()

    # -- language --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New internship"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Create &draft"))
        self.parties.setTitle(self.tr("Parties"))
        self.parties.setSubTitle(
            self.tr(
                "Who signs the convention: the intern and the host with its mentor; "
                "and the consultant who follows the internship."
            )
        )
        self.plan.setTitle(self.tr("Function and dates"))
        self.plan.setSubTitle(
            self.tr("What the intern will do, when, and the hours of a usual week.")
        )
        self.convention.setTitle(self.tr("Convention"))
        self.convention.setSubTitle(self.tr("The clauses printed in the convention."))
        self.check.setTitle(self.tr("Check"))
        self.check.setSubTitle(
            self.tr("The internship as it will be drafted, and the rules of the programme.")
        )
        self.rules_heading.setText(self.tr("Programme rules"))
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
            page.name_captions(buttons)
        for key, caption in self._day_captions:
            caption.setText(labels.field(key))
        for spin in self.hour_spins.values():
            spin.setSuffix(" " + self.tr("h"))
        self._fill_consultants()
        self._fill_functions()
        self._fill_languages()
        self._fill_mentors()
        self.intern_picker.retranslate()
        self.host_picker.retranslate()
        self._refresh_eligibility()
        self._validate()

    def _fill_languages(self) -> None:
        self._filling = True
        try:
            self.language_combo.clear()
            for code in ("NL", "FR"):
                self.language_combo.addItem(labels.value(code), code)
        finally:
            self._filling = False
        self._put("convention_language", self._values.get("convention_language", ""))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "check"):
            self.retranslate()
        super().changeEvent(event)


# --- helpers ----------------------------------------------------------------------------


def _uuid(text: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(text) if text else None
    except ValueError:
        return None


def _iso(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _hours_text(hours: float) -> str:
    """The form text of a day's hours: "" for none, "7.6", "8"."""
    return "" if hours == 0 else f"{round(hours, 2):g}"


def _label_key(form_key: str) -> str:
    """The label of a form key: ``intern_id`` is named like ``intern``."""
    return form_key.removesuffix("_id")

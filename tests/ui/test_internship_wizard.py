"""The "New internship" wizard and the record picker, driven with the keyboard and mouse."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QWizard
from sqlalchemy import func, select

from consultant_app.domain.enums import InternshipStatus
from consultant_app.domain.people import age_on
from consultant_app.domain.workdays import working_days
from consultant_app.services.internships.records import RuleLine
from consultant_app.services.lists import SOURCES, ListQuery
from consultant_app.store.database import Database
from consultant_app.store.models import (
    Intern,
    Internship,
    InternshipCompetence,
    InternshipTask,
    Mentor,
)
from consultant_app.ui.dialogs.internship_wizard import InternshipWizard
from consultant_app.ui.dialogs.internship_wizard.page import mnemonic_of
from consultant_app.ui.forms.rule_messages import rule_sentence
from consultant_app.ui.i18n import install_language
from consultant_app.ui.widgets.date_field import DateField
from consultant_app.ui.widgets.record_picker import RecordPicker

# --- finding demo records ------------------------------------------------------------------


def next_monday() -> date:
    today = date.today()
    return today + timedelta(days=7 - today.weekday())


def _ascii(*texts: str) -> bool:
    return all(text.isascii() for text in texts)


def find_intern(db: Database, *, eligible: bool) -> tuple[uuid.UUID, str]:
    """An intern with an ASCII name and no internship: eligible next Monday, or too old then."""
    start = next_monday()
    source = SOURCES["interns"](db)
    keys = [column.key for column in source.columns]
    query = ListQuery(
        filters={"eligibility": "eligible" if eligible else "not_eligible"}, today=start
    )
    for row in source.fetch(query, 0, 2000):
        values = dict(zip(keys, row.values, strict=True))
        first, last = str(values["first_name"]), str(values["last_name"])
        if not _ascii(first, last) or values["internships"]:
            continue
        if not eligible and age_on(values["birth_date"], start) < 26:  # type: ignore[arg-type]
            continue
        return row.id, f"{first} {last}"
    raise AssertionError("no such intern in the demo database")


def find_host(db: Database, *, role: str | None = None) -> tuple[uuid.UUID, str]:
    """A host with an ASCII name and at least one mentor (of the language role *role*)."""
    source = SOURCES["hosts"](db)
    keys = [column.key for column in source.columns]
    filters = {"language_role": role} if role else {}
    for row in source.fetch(ListQuery(filters=filters), 0, 500):
        values = dict(zip(keys, row.values, strict=True))
        if _ascii(str(values["name"])) and values["mentors"]:
            return row.id, str(values["name"])
    raise AssertionError("no such host in the demo database")


def search_word(name: str) -> str:
    """The longest word of a name: a search that finds it among few others."""
    return max(name.replace("&", " ").split(), key=len)


# --- driving the widgets -----------------------------------------------------------------------


def search(qtbot, picker: RecordPicker, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type *text* into the picker's line and wait for the results."""
    picker.search.setFocus()
    picker.search.selectAll()
    qtbot.keyClicks(picker.search, text)
    qtbot.waitUntil(lambda: picker._searched == text and not picker._timer.isActive())


def row_of(picker: RecordPicker, record_id: uuid.UUID) -> int:
    ids = [
        picker.results.item(i).data(Qt.ItemDataRole.UserRole) for i in range(picker.results.count())
    ]
    return ids.index(record_id)


def pick(qtbot, picker: RecordPicker, text: str, record_id: uuid.UUID) -> None:  # type: ignore[no-untyped-def]
    """Search *text*, go down the list to *record_id* and press Enter."""
    search(qtbot, picker, text)
    row = row_of(picker, record_id)
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    assert picker.results.hasFocus() or picker.results.currentRow() == 0
    for _ in range(row):
        qtbot.keyClick(picker.results, Qt.Key.Key_Down)
    with qtbot.waitSignal(picker.picked) as picked:
        qtbot.keyClick(picker.results, Qt.Key.Key_Return)
    assert picked.args[0] == record_id


def type_date(qtbot, edit: DateField, day: date) -> None:  # type: ignore[no-untyped-def]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, day.strftime("%d/%m/%Y"))
    assert edit.date() == day


def type_hours(qtbot, wizard: InternshipWizard, key: str, text: str) -> None:  # type: ignore[no-untyped-def]
    spin = wizard.hour_spins[key]
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)


def choose(qtbot, combo, index: int) -> None:  # type: ignore[no-untyped-def]
    """Choose the *index*-th item of a closed combo box with the Down key."""
    combo.setFocus()
    while combo.currentIndex() < index:
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentIndex() == index


def click(qtbot, wizard: InternshipWizard, button: QWizard.WizardButton) -> None:  # type: ignore[no-untyped-def]
    widget = wizard.button(button)
    assert widget.isEnabled(), wizard.currentPage().title()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def next_enabled(wizard: InternshipWizard) -> bool:
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def fill_parties(qtbot, wizard: InternshipWizard, intern: tuple, host: tuple) -> None:  # type: ignore[no-untyped-def]
    intern_id, intern_name = intern
    host_id, host_name = host
    pick(qtbot, wizard.intern_picker, intern_name.lower(), intern_id)
    pick(qtbot, wizard.host_picker, search_word(host_name), host_id)
    choose(qtbot, wizard.mentor_combo, 1)
    choose(qtbot, wizard.consultant_combo, 1)


# --- fixtures -----------------------------------------------------------------------------------


@pytest.fixture
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    install_language("en")
    yield
    install_language("en")


@pytest.fixture
def wizard(qtbot, demo_db, english) -> Iterator[InternshipWizard]:  # type: ignore[no-untyped-def]
    dialog = InternshipWizard(demo_db, "en", actor="tester")
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog
    dialog.close()
    dialog.deleteLater()


def stored(db: Database, internship_id: uuid.UUID) -> tuple[Internship, int, int]:
    with db.unit_of_work() as uow:
        session = uow.session
        internship = session.get(Internship, internship_id)
        assert internship is not None
        session.expunge(internship)
        tasks = session.scalar(
            select(func.count()).where(InternshipTask.internship_id == internship_id)
        )
        competences = session.scalar(
            select(func.count()).where(InternshipCompetence.internship_id == internship_id)
        )
    return internship, int(tasks or 0), int(competences or 0)


# --- the picker --------------------------------------------------------------------------------


@pytest.fixture
def intern_picker(qtbot, demo_db, english) -> Iterator[RecordPicker]:  # type: ignore[no-untyped-def]
    picker = RecordPicker.for_interns(demo_db, "en")
    picker.show()
    qtbot.waitExposed(picker)
    yield picker
    picker.close()
    picker.deleteLater()


def test_the_picker_finds_a_record_by_search_and_enter_picks_it(
    qtbot, demo_db, intern_picker
) -> None:  # type: ignore[no-untyped-def]
    intern_id, name = find_intern(demo_db, eligible=True)
    first, last = name.split(" ", 1)
    # Words in any order and case, each a part of the name.
    search(qtbot, intern_picker, f"{last[:4]} {first}".lower())
    assert 1 <= intern_picker.results.count() <= RecordPicker.LIMIT
    assert row_of(intern_picker, intern_id) >= 0
    search(qtbot, intern_picker, name.upper())
    assert intern_picker.results.item(0).text().startswith(name)
    assert intern_picker.results.item(0).data(Qt.ItemDataRole.UserRole) == intern_id
    # Enter in the line picks the first record found.
    with qtbot.waitSignal(intern_picker.picked) as picked:
        qtbot.keyClick(intern_picker.search, Qt.Key.Key_Return)
    assert picked.args == [intern_id, name]
    assert intern_picker.record_id() == intern_id
    assert name in intern_picker.chosen.text()


def test_the_picker_searches_after_a_short_pause(qtbot, demo_db, intern_picker) -> None:  # type: ignore[no-untyped-def]
    intern_id, name = find_intern(demo_db, eligible=True)
    intern_picker.search.setFocus()
    qtbot.keyClicks(intern_picker.search, name)
    assert intern_picker._timer.isActive()  # typing does not query at every key
    qtbot.waitUntil(lambda: intern_picker.results.count() >= 1 and intern_picker._searched == name)
    assert intern_picker.results.item(0).data(Qt.ItemDataRole.UserRole) == intern_id


def test_down_enters_the_list_and_up_goes_back(qtbot, demo_db, intern_picker) -> None:  # type: ignore[no-untyped-def]
    search(qtbot, intern_picker, "an")
    assert intern_picker.results.count() >= 2
    qtbot.keyClick(intern_picker.search, Qt.Key.Key_Down)
    assert intern_picker.results.hasFocus()
    qtbot.keyClick(intern_picker.results, Qt.Key.Key_Down)
    second = intern_picker.results.item(1).data(Qt.ItemDataRole.UserRole)
    with qtbot.waitSignal(intern_picker.picked) as picked:
        qtbot.keyClick(intern_picker.results, Qt.Key.Key_Return)
    assert picked.args[0] == second
    assert intern_picker.search.hasFocus()
    qtbot.keyClick(intern_picker.search, Qt.Key.Key_Down)
    qtbot.keyClick(intern_picker.results, Qt.Key.Key_Up)
    qtbot.keyClick(intern_picker.results, Qt.Key.Key_Up)
    assert intern_picker.search.hasFocus()


def test_the_picker_says_when_nothing_matches_and_shows_a_preset_record(
    qtbot, demo_db, intern_picker
) -> None:  # type: ignore[no-untyped-def]
    search(qtbot, intern_picker, "zzqxw")
    assert intern_picker.results.count() == 0
    assert "zzqxw" in intern_picker.status.text()
    intern_id, name = find_intern(demo_db, eligible=True)
    intern_picker.set_record_id(intern_id)
    assert intern_picker.record_id() == intern_id
    assert intern_picker.record_label() == name
    assert name in intern_picker.chosen.text()


def test_the_picker_shows_at_most_its_limit(qtbot, intern_picker) -> None:  # type: ignore[no-untyped-def]
    search(qtbot, intern_picker, "e")
    assert intern_picker.results.count() == RecordPicker.LIMIT
    assert intern_picker.more
    assert intern_picker.status.isVisible()


# --- the wizard --------------------------------------------------------------------------------


def test_a_draft_is_created_from_the_keyboard(qtbot, demo_db, wizard) -> None:  # type: ignore[no-untyped-def]
    intern = find_intern(demo_db, eligible=True)
    host = find_host(demo_db)
    assert not next_enabled(wizard)
    fill_parties(qtbot, wizard, intern, host)
    assert "Eligible" in wizard.eligibility.text()
    assert next_enabled(wizard)
    # Enter in the intern's line, with nothing left to pick, goes to the next page.
    wizard.intern_picker.search.setFocus()
    qtbot.keyClick(wizard.intern_picker.search, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.plan

    choose(qtbot, wizard.function_combo, 2)
    start = next_monday()
    end = start + timedelta(weeks=10, days=4)
    type_date(qtbot, wizard.start_edit, start)
    type_date(qtbot, wizard.end_edit, end)
    days = working_days(start, end)
    assert days == 55
    assert wizard.days_line.text() == "55 working days = 11 weeks"
    type_hours(qtbot, wizard, "hours_mon", "8")
    type_hours(qtbot, wizard, "hours_fri", "6.5")
    assert wizard.week_total.text().startswith("Total: 37.3 hours a week")  # 8 + 3 x 7.6 + 6.5
    assert not wizard.week_total.property("over")
    qtbot.keyClicks(wizard.note_edit, "Friday afternoons off")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)

    assert wizard.currentPage() is wizard.convention
    assert wizard.workplace_edit.text()  # the host's address
    assert wizard.expenses_edit.toPlainText()  # the standard clause
    wizard.objectives_edit.setFocus()
    qtbot.keyClicks(wizard.objectives_edit, "Learn to plan a shooting day.")
    wizard.declaration.setFocus()
    qtbot.keyClick(wizard.declaration, Qt.Key.Key_Space)
    assert wizard.declaration.isChecked()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)

    assert wizard.currentPage() is wizard.check
    assert len(wizard.rule_rows) == 11
    assert all(symbol in "✔⚠✘" for symbol, _text in wizard.rule_rows)
    assert "as a job seeker" in wizard.rule_rows[-1][1]  # the job-seeker registration
    assert intern[1] in wizard.summary.text()
    assert "sent for signature" in wizard.rules_note.text()
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.created_id is not None
    internship, tasks, competences = stored(demo_db, wizard.created_id)
    assert internship.status is InternshipStatus.DRAFT
    assert internship.intern_id == intern[0]
    assert internship.host_id == host[0]
    assert internship.mentor_id is not None
    assert internship.consultant_id is not None
    assert (internship.start_date, internship.planned_end_date) == (start, end)
    assert float(internship.hours_per_week) == 37.3  # type: ignore[arg-type]
    assert internship.objectives == "Learn to plan a shooting day."
    assert internship.no_replacement_declared
    assert tasks > 0
    assert competences > 0


def test_a_week_above_the_maximum_is_shown_in_red_and_blocks_next(qtbot, demo_db, wizard) -> None:  # type: ignore[no-untyped-def]
    fill_parties(qtbot, wizard, find_intern(demo_db, eligible=True), find_host(demo_db))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    choose(qtbot, wizard.function_combo, 1)
    assert next_enabled(wizard)
    assert "38 hours a week" in wizard.week_total.text()  # 5 x 7.6
    type_hours(qtbot, wizard, "hours_sat", "4")
    assert wizard.week_total.text().startswith("Total: 42 hours a week (at most 38)")
    assert wizard.week_total.property("over")
    assert "b3261e" in wizard.week_total.styleSheet()
    assert not next_enabled(wizard)
    type_hours(qtbot, wizard, "hours_sat", "0")
    assert not wizard.week_total.property("over")
    assert next_enabled(wizard)


def test_an_end_before_the_start_is_flagged_under_the_field(qtbot, demo_db, wizard) -> None:  # type: ignore[no-untyped-def]
    fill_parties(qtbot, wizard, find_intern(demo_db, eligible=True), find_host(demo_db))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    choose(qtbot, wizard.function_combo, 1)
    start = next_monday()
    type_date(qtbot, wizard.end_edit, start - timedelta(days=3))
    error = wizard.findChild(type(wizard.days_line), "error_planned_end_date")
    assert error.isVisible()
    assert error.text() == "The planned end is before the start."
    assert wizard.days_line.text() == ""
    assert not next_enabled(wizard)


def test_failing_rules_are_shown_but_the_draft_is_still_created(qtbot, demo_db, wizard) -> None:  # type: ignore[no-untyped-def]
    intern = find_intern(demo_db, eligible=False)
    fill_parties(qtbot, wizard, intern, find_host(demo_db))
    assert "Not eligible" in wizard.eligibility.text()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    choose(qtbot, wizard.function_combo, 1)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)

    age = next(line for line in wizard.rule_lines if line.rule == "age")
    assert age.blocking
    symbol, text = wizard.rule_rows[0]
    assert symbol == "✘"
    assert text == age.message  # no translation: the service's English sentence
    assert "younger than 26" in text
    assert "rules marked ✘ are not met" in wizard.rules_note.text()
    assert "create the draft" in wizard.rules_note.text()
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    assert wizard.created_id is not None
    internship, tasks, _competences = stored(demo_db, wizard.created_id)
    assert internship.status is InternshipStatus.DRAFT
    assert internship.intern_id == intern[0]
    assert tasks > 0


def test_the_host_gives_the_convention_language_workplace_and_mentors(
    qtbot, demo_db, wizard
) -> None:  # type: ignore[no-untyped-def]
    dutch, french = find_host(demo_db, role="NL"), find_host(demo_db, role="FR")
    pick(qtbot, wizard.host_picker, search_word(dutch[1]), dutch[0])
    assert wizard.values()["convention_language"] == "NL"
    dutch_place = wizard.values()["workplace"]
    assert dutch_place
    assert wizard.mentor_combo.isEnabled()
    assert wizard.mentor_combo.itemText(0) == "— none yet —"
    with demo_db.unit_of_work() as uow:
        french_mentors = uow.session.scalar(
            select(func.count()).where(Mentor.host_id == french[0], Mentor.deleted_at.is_(None))
        )
    pick(qtbot, wizard.host_picker, search_word(french[1]), french[0])
    values = wizard.values()
    assert values["convention_language"] == "FR"
    assert values["workplace"] not in ("", dutch_place)
    assert wizard.mentor_combo.count() == 1 + french_mentors
    assert wizard.language_combo.currentData() == "FR"


def test_a_workplace_the_user_typed_stays_when_the_host_changes(qtbot, demo_db, wizard) -> None:  # type: ignore[no-untyped-def]
    dutch, french = find_host(demo_db, role="NL"), find_host(demo_db, role="FR")
    pick(qtbot, wizard.host_picker, search_word(dutch[1]), dutch[0])
    wizard.workplace_edit.setFocus()
    wizard.workplace_edit.selectAll()
    qtbot.keyClicks(wizard.workplace_edit, "Studio 5, Brussels")
    pick(qtbot, wizard.host_picker, search_word(french[1]), french[0])
    assert wizard.values()["workplace"] == "Studio 5, Brussels"


def test_parties_given_to_the_wizard_are_preset(qtbot, demo_db, english) -> None:  # type: ignore[no-untyped-def]
    intern_id, intern_name = find_intern(demo_db, eligible=True)
    host_id, host_name = find_host(demo_db)
    dialog = InternshipWizard(demo_db, "en", intern_id=intern_id, host_id=host_id)
    try:
        assert dialog.intern_picker.record_id() == intern_id
        assert dialog.intern_picker.record_label() == intern_name
        assert dialog.host_picker.record_label() == host_name
        assert dialog.mentor_combo.count() > 1
        assert dialog.values()["intern_id"] == str(intern_id)
        assert dialog.values()["host_id"] == str(host_id)
        assert dialog.parties.isComplete()
    finally:
        dialog.deleteLater()


def test_a_refusal_of_the_store_is_shown_and_the_wizard_stays(qtbot, demo_db, wizard) -> None:  # type: ignore[no-untyped-def]
    intern = find_intern(demo_db, eligible=True)
    fill_parties(qtbot, wizard, intern, find_host(demo_db))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    choose(qtbot, wizard.function_combo, 1)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    with demo_db.unit_of_work() as uow:  # someone else deletes the intern meanwhile
        record = uow.session.get(Intern, intern[0])
        assert record is not None
        record.soft_delete()
        uow.commit()
    with demo_db.unit_of_work() as uow:
        before = uow.session.scalar(select(func.count()).select_from(Internship))
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.isVisible()
    assert wizard.created_id is None
    assert wizard.failure.isVisible()
    assert "no longer exists" in wizard.failure.text()
    under_intern = wizard.findChild(type(wizard.failure), "error_intern_id")
    assert "no longer exists" in under_intern.text()
    assert not under_intern.isHidden()
    with demo_db.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Internship)) == before


def test_every_caption_of_a_page_has_its_own_mnemonic(wizard) -> None:  # type: ignore[no-untyped-def]
    buttons = {
        mnemonic_of(wizard.buttonText(b))
        for b in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton)
    }
    for page in (wizard.parties, wizard.plan, wizard.convention):
        letters = [mnemonic_of(widget.text()) for widget, _text in page.captions]
        assert None not in letters, page.title()
        assert len(set(letters)) == len(letters), page.title()
        assert not set(letters) & buttons


def test_enter_does_not_leave_a_page_with_errors(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    wizard.consultant_combo.setFocus()
    qtbot.keyClick(wizard.consultant_combo, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.parties


# --- rule sentences in the interface language ----------------------------------------------------


class _Translator(QTranslator):
    """Translates one rule sentence, as a .qm file would."""

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def]
        if context == "RuleText" and source.startswith(
            "The internship lasts {weeks} weeks; the max"
        ):
            return "De stage duurt {weeks} weken; het maximum is {maximum}."
        return super().translate(context, source, disambiguation, n)


def _line(rule: str, ok: bool, message: str, **params: object) -> RuleLine:
    return RuleLine(rule, ok, "error", message, dict(params), False, None)


def test_a_rule_sentence_is_translated_where_a_translation_exists(qapp) -> None:  # type: ignore[no-untyped-def]
    translator = _Translator()
    QCoreApplication.installTranslator(translator)
    try:
        install_language("en")
        weeks = _line(
            "max_weeks",
            False,
            "The internship lasts 14.0 weeks; the maximum is 12.",
            weeks=14.0,
            maximum=12,
        )
        assert rule_sentence(weeks) == "De stage duurt 14 weken; het maximum is 12."
        minimum = _line("min_weeks", True, "English.", weeks=8.0, minimum=4)
        assert rule_sentence(minimum) == "English."
        unknown = _line("new_rule", True, "A rule of a later version.")
        assert rule_sentence(unknown) == "A rule of a later version."
    finally:
        QCoreApplication.removeTranslator(translator)


def test_the_check_page_lists_the_verdicts_of_the_preview(qtbot, demo_db, wizard) -> None:  # type: ignore[no-untyped-def]
    fill_parties(qtbot, wizard, find_intern(demo_db, eligible=True), find_host(demo_db))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    choose(qtbot, wizard.function_combo, 1)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    replacement = next(line for line in wizard.rule_lines if line.rule == "no_replacement")
    assert not replacement.ok  # the declaration was left unticked
    index = [line.rule for line in wizard.rule_lines].index("no_replacement")
    assert wizard.rule_rows[index] == ("✘", replacement.message)
    assert wizard.values()["no_replacement_declared"] == "0"


def test_tab_goes_through_the_fields_in_reading_order(qtbot, demo_db, wizard) -> None:  # type: ignore[no-untyped-def]
    host_id, host_name = find_host(demo_db)
    pick(qtbot, wizard.host_picker, search_word(host_name), host_id)
    wizard.intern_picker.search.setFocus()
    parties = wizard.parties  # each picker has its "New …" button under it
    order = [
        parties.new_intern_button,
        wizard.host_picker.search,
        parties.new_host_button,
        wizard.mentor_combo,
        wizard.consultant_combo,
    ]
    for widget in order:
        qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Tab)
        assert wizard.focusWidget() is widget
    fill_parties(qtbot, wizard, find_intern(demo_db, eligible=True), find_host(demo_db))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    wizard.function_combo.setFocus()
    order = [
        wizard.start_edit,
        wizard.end_edit,
        *wizard.hour_spins.values(),
        wizard.note_edit,
    ]
    for widget in order:
        qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Tab)
        assert wizard.focusWidget() is widget


def test_typing_a_date_with_slashes_changes_no_other_field(qtbot, demo_db, wizard) -> None:  # type: ignore[no-untyped-def]
    fill_parties(qtbot, wizard, find_intern(demo_db, eligible=True), find_host(demo_db))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    choose(qtbot, wizard.function_combo, 1)
    before = wizard.fields.form_values()
    wizard.start_edit.setFocus()
    wizard.start_edit.selectAll()
    qtbot.keyClicks(wizard.start_edit, "06/09/2026")
    qtbot.keyClick(wizard.start_edit, Qt.Key.Key_Tab)
    after = wizard.fields.form_values()
    assert after["start_date"] == "2026-09-06"
    changed = {key for key in after if after[key] != before[key]}
    assert changed == {"start_date"}
    assert wizard.start_edit.text() == "06/09/2026"


@pytest.mark.parametrize("typed", ["6/9/2026", "06-09-2026", "6.9.26", "2026-09-06"])
def test_every_way_of_typing_a_date_is_read_day_first(qtbot, demo_db, wizard, typed) -> None:  # type: ignore[no-untyped-def]
    fill_parties(qtbot, wizard, find_intern(demo_db, eligible=True), find_host(demo_db))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    wizard.end_edit.setFocus()
    wizard.end_edit.selectAll()
    qtbot.keyClicks(wizard.end_edit, typed)
    qtbot.keyClick(wizard.end_edit, Qt.Key.Key_Tab)
    assert wizard.fields.get("planned_end_date") == "2026-09-06"
    assert wizard.end_edit.text() == "06/09/2026"

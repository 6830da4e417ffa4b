"""Settings → Data safety: key location, backups, integrity check and retention."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from consultant_app.services.privacy.anonymise import retention_plan
from consultant_app.services.settings.programme import load_rules
from consultant_app.store import keys
from consultant_app.store.backups import backup_database, default_backup_dir, list_backups
from consultant_app.store.keys import KeySource
from consultant_app.ui.views.safety import backups_box
from consultant_app.ui.views.settings_safety import DataSafetyPage

Button = QMessageBox.StandardButton


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Message boxes answered without showing; their texts by kind (question: Yes)."""
    shown: dict[str, list[str]] = {"information": [], "warning": [], "question": []}

    def record(kind: str, answer: Button | None = None):  # type: ignore[no-untyped-def]
        def show(_parent, _title, text, *_args, **_kwargs):  # type: ignore[no-untyped-def]
            shown[kind].append(text)
            return answer if answer is not None else Button.Ok

        return show

    monkeypatch.setattr(QMessageBox, "information", record("information"))
    monkeypatch.setattr(QMessageBox, "warning", record("warning"))
    monkeypatch.setattr(QMessageBox, "question", record("question", Button.Yes))
    return shown


def _answer(monkeypatch: pytest.MonkeyPatch, answer: Button) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: answer)


def _page(window) -> DataSafetyPage:  # type: ignore[no-untyped-def]
    settings = window.show_view("settings")
    settings.tabs.setCurrentIndex(settings.tabs.indexOf(settings.safety.parentWidget().parent()))
    assert settings.tabs.currentIndex() == 1
    return settings.safety


def _click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


# -- encryption ----------------------------------------------------------------------------


def test_the_key_location_is_told_in_words(window, demo_db) -> None:  # type: ignore[no-untyped-def]
    page = _page(window)
    text = page.encryption_box.key_text.text()
    assert keys.keyring_name() in text and "test keyring" in text
    assert f"“{keys.KEYRING_SERVICE}”" in text
    assert keys.keyring_entry(demo_db.path) in text
    assert "recovery key" in text
    assert page.encryption_box.file_text.text() == str(demo_db.path)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (KeySource.PASSPHRASE, "the passphrase typed at start"),
        (KeySource.ENVIRONMENT, f"comes from the {keys.PASSPHRASE_ENV} variable"),
        (KeySource.RECOVERY, "Opened with the recovery key."),
    ],
)
def test_other_key_sources(qtbot, demo_db, source: KeySource, expected: str) -> None:  # type: ignore[no-untyped-def]
    demo_db.key = demo_db.key.with_source(source)
    page = DataSafetyPage(demo_db)
    qtbot.addWidget(page)
    assert expected in page.encryption_box.key_text.text()


# -- backups -------------------------------------------------------------------------------


def test_back_up_now_lists_the_new_backup_first(qtbot, window, demo_db) -> None:  # type: ignore[no-untyped-def]
    backup_database(demo_db, label="daily")
    page = _page(window)
    page.backups_box.refresh_backups()
    assert page.backups_box.backup_list.topLevelItemCount() == 1
    assert page.backups_box.folder_text.text() == str(default_backup_dir(demo_db.path))

    _click(qtbot, page.backups_box.backup_button)

    backups = list_backups(default_backup_dir(demo_db.path), demo_db.path.stem)
    assert [backup.label for backup in backups] == ["daily", "manual"]
    written = backups[-1].path
    assert page.backups_box.backup_list.topLevelItemCount() == 2
    first = page.backups_box.backup_list.topLevelItem(0)
    assert first.text(1) == "Manual" and first.text(3) == written.name
    assert page.backups_box.backup_list.topLevelItem(1).text(1) == "Daily (automatic)"
    assert page.backups_box.selected_backup() == written
    assert str(written) in page.backups_box.backup_status.text()
    assert not page.backups_box.no_backup.isVisible()


def test_a_failed_backup_is_explained(qtbot, window, messages, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def refuse(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise PermissionError(13, "Permission denied", "/nowhere/backups")

    monkeypatch.setattr(backups_box, "backup_database", refuse)
    page = _page(window)
    _click(qtbot, page.backups_box.backup_button)
    assert len(messages["warning"]) == 1
    assert "Permission denied" in messages["warning"][0]
    assert QApplication.overrideCursor() is None


def test_restore_asks_then_emits_the_signal(qtbot, window, demo_db, messages) -> None:  # type: ignore[no-untyped-def]
    older = backup_database(demo_db, label="manual")
    page = _page(window)
    page.backups_box.refresh_backups()
    assert not page.backups_box.restore_button.isEnabled()
    page.backups_box.backup_list.setCurrentItem(page.backups_box.backup_list.topLevelItem(0))
    assert page.backups_box.selected_backup() == older

    with (
        qtbot.waitSignal(page.restore_requested, timeout=1000) as page_signal,
        qtbot.waitSignal(window.restore_requested, timeout=1000) as window_signal,
    ):
        _click(qtbot, page.backups_box.restore_button)

    assert page_signal.args == [older]
    assert window_signal.args == [older]
    assert len(messages["question"]) == 1
    assert "kept aside" in messages["question"][0]
    # The page itself restored nothing: the open file was not set aside.
    assert not list(demo_db.path.parent.glob("*.before-restore-*"))


def test_a_cancelled_restore_emits_nothing(qtbot, window, demo_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    backup_database(demo_db, label="manual")
    page = _page(window)
    page.backups_box.refresh_backups()
    page.backups_box.backup_list.setCurrentItem(page.backups_box.backup_list.topLevelItem(0))
    _answer(monkeypatch, Button.Cancel)
    with qtbot.assertNotEmitted(page.restore_requested):
        _click(qtbot, page.backups_box.restore_button)


def test_restore_from_a_chosen_file(
    qtbot, window, demo_db, messages, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    copy = backup_database(demo_db, elsewhere, label="manual")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(copy), ""))
    page = _page(window)
    with qtbot.waitSignal(page.restore_requested, timeout=1000) as signal:
        _click(qtbot, page.backups_box.restore_file_button)
    assert signal.args == [copy]


def test_a_file_that_cannot_be_restored_is_refused(
    qtbot, window, demo_db, messages, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"not a database at all" * 100)
    chosen = [str(damaged)]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (chosen[0], ""))
    page = _page(window)
    with qtbot.assertNotEmitted(page.restore_requested):
        _click(qtbot, page.backups_box.restore_file_button)
        chosen[0] = str(demo_db.path)
        _click(qtbot, page.backups_box.restore_file_button)
        chosen[0] = ""
        _click(qtbot, page.backups_box.restore_file_button)
    assert len(messages["warning"]) == 2
    assert str(damaged) in messages["warning"][0] and "Reason:" in messages["warning"][0]
    assert "database itself" in messages["warning"][1]
    assert messages["question"] == []


def test_check_now_finds_no_problem(qtbot, window, messages, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    calls: list[tuple[Path, bool, object]] = []
    real = backups_box.check_database

    def check(path, *, quick, key):  # type: ignore[no-untyped-def]
        calls.append((path, quick, page.backups_box.cursor()))
        return real(path, quick=quick, key=key)

    monkeypatch.setattr(backups_box, "check_database", check)
    page = _page(window)
    _click(qtbot, page.backups_box.check_button)
    assert len(calls) == 1
    path, quick, cursor = calls[0]
    assert path == window.database.path and quick is False
    assert cursor.shape() == Qt.CursorShape.BusyCursor  # busy while it checks
    assert QApplication.overrideCursor() is None
    assert messages["information"] and "No problem found" in messages["information"][0]


def test_check_now_lists_the_problems(qtbot, window, messages, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    problems = [f"row {n} of intern refers to a missing row of host" for n in range(25)]
    monkeypatch.setattr(backups_box, "check_database", lambda *a, **k: problems)
    page = _page(window)
    page.backups_box.check_now()
    assert page.backups_box.last_check == problems
    text = messages["warning"][0]
    assert "25 problems" in text
    assert problems[0] in text and problems[19] in text and problems[20] not in text
    assert "5 more" in text


def test_a_check_that_fails_is_explained(qtbot, window, messages, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def fail(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise ValueError("The file vanished.")

    monkeypatch.setattr(backups_box, "check_database", fail)
    page = _page(window)
    page.backups_box.check_now()
    assert page.backups_box.last_check is None
    assert "The file vanished." in messages["warning"][0]
    assert QApplication.overrideCursor() is None


# -- retention ------------------------------------------------------------------------------


def test_the_retention_period_is_saved(qtbot, window, demo_db) -> None:  # type: ignore[no-untyped-def]
    page = _page(window)
    assert page.retention_box.years.value() == 5
    assert "more than 5 years ago" in page.retention_box.retention_text.text()
    assert not page.retention_box.save_years_button.isEnabled()
    page.retention_box.years.setValue(3)
    assert page.has_unsaved_work() and window.view("settings").has_unsaved_work()
    assert "more than 3 years ago" in page.retention_box.retention_text.text()
    assert not page.retention_box.anonymise_button.isEnabled()
    assert "Save the new period" in page.retention_box.preview_text.text()
    _click(qtbot, page.retention_box.save_years_button)
    assert load_rules(demo_db).retention_years == 3
    assert "kept 3 years" in page.retention_box.preview_text.text()
    assert not page.has_unsaved_work()
    assert page.retention_box.anonymise_button.isEnabled()
    # The General tab's rules no longer hold the retention period.
    assert "retention_years" not in window.view("settings").rules_form.editors


def test_unsaved_period_is_asked_about_when_leaving(qtbot, window, demo_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = _page(window)
    page.retention_box.years.setValue(8)
    _answer(monkeypatch, Button.Cancel)
    window.show_view("dashboard")
    assert window.current_view_name() == "settings"
    _answer(monkeypatch, Button.Discard)
    window.show_view("dashboard")
    assert window.current_view_name() == "dashboard"
    assert page.retention_box.years.value() == 5
    assert load_rules(demo_db).retention_years == 5


def _count(n: int, noun: str) -> str:
    """How English writes *n* things: "1 intern", "12 interns"."""
    return f"{n} {noun}" if n == 1 else f"{n:,} {noun}s"


def test_preview_then_anonymise_now(qtbot, window, demo_db, messages) -> None:  # type: ignore[no-untyped-def]
    plan = retention_plan(demo_db)
    assert plan.interns, "the demo database has interns past the retention period"
    page = _page(window)
    _click(qtbot, page.retention_box.preview_button)
    assert _count(len(plan.interns), "intern") in page.retention_box.preview_text.text()
    assert _count(len(plan.mentors), "mentor") in page.retention_box.preview_text.text()

    _click(qtbot, page.retention_box.anonymise_button)

    question = messages["question"][0]
    assert _count(len(plan.interns), "intern") in question and f"{len(plan.hosts)} host" in question
    assert f"{_count(plan.total, 'record')} anonymised" in messages["information"][0]
    assert retention_plan(demo_db).total == 0
    assert "Nothing to anonymise" in page.retention_box.preview_text.text()


def test_anonymise_cancelled_changes_nothing(qtbot, window, demo_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    before = retention_plan(demo_db).total
    page = _page(window)
    _answer(monkeypatch, Button.Cancel)
    assert page.retention_box.anonymise_now() is None
    assert retention_plan(demo_db).total == before


# -- keyboard ---------------------------------------------------------------------------------


def test_the_page_works_from_the_keyboard(qtbot, window, demo_db) -> None:  # type: ignore[no-untyped-def]
    settings = window.show_view("settings")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    settings.language.setFocus()
    qtbot.keyClick(_focused(), Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert settings.tabs.currentIndex() == 1
    page = settings.safety

    qtbot.keyClick(_focused(), Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    assert _focused() is page.retention_box.years
    page.retention_box.years.selectAll()
    qtbot.keyClicks(page.retention_box.years, "7")
    assert page.retention_box.years.value() == 7
    qtbot.keyClick(_focused(), Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    # A button's mnemonic clicks it after a short animation.
    qtbot.waitUntil(lambda: not page.has_unsaved_work(), timeout=2000)
    assert load_rules(demo_db).retention_years == 7

    # Tab order follows the page from the list to the retention buttons.
    qtbot.keyClick(_focused(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert _focused() is page.backups_box.backup_list
    seen = []
    for _step in range(6):
        qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
        seen.append(_focused())
    assert seen[:4] == [
        page.backups_box.backup_button,
        page.backups_box.restore_file_button,
        page.backups_box.check_button,
        page.retention_box.years,
    ]

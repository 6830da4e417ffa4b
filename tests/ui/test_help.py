"""Help: F1 opens the guide at the view shown, in the interface language; Help → Keyboard
shortcuts lists the keys; every button of the views says what it does in a tooltip."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from consultant_app.ui.dialogs.help_window import HELP_DIR, HelpWindow, ShortcutsDialog
from consultant_app.ui.main_window import VIEW_NAMES


@pytest.mark.parametrize("language", ["en", "nl", "fr"])
def test_the_guide_has_a_section_for_the_workflow_and_every_view(language: str) -> None:
    text = (HELP_DIR / language / "index.html").read_text(encoding="utf-8")
    sections = set(re.findall(r'<h2 id="([a-z]+)">', text))
    assert sections == {"workflow", *VIEW_NAMES}
    assert f'lang="{language}"' in text
    words = len(re.sub(r"<[^>]+>", " ", text).split())
    assert words > 500


def test_f1_opens_the_guide_at_the_view_shown(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.show_view("hosts")
    window.activateWindow()
    qtbot.keyClick(window.stack.currentWidget(), Qt.Key.Key_F1)
    help_window = window.help_window
    assert isinstance(help_window, HelpWindow)
    assert help_window.isVisible()
    assert help_window.section == "hosts"
    assert help_window.browser.source().toLocalFile().endswith("en/index.html")
    assert "Hosts" in help_window.browser.toPlainText()
    # Another view, another F1: the same window moves to that view's section.
    window.show_view("reports")
    window.help_action.trigger()
    assert window.help_window is help_window
    assert help_window.section == "reports"
    help_window.close()


def test_the_guide_is_in_the_interface_language(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.set_language("fr")
    window.remember_preferences = False
    window.show_view("internships")
    help_window = window.show_help()
    assert help_window.browser.source().toLocalFile().endswith("fr/index.html")
    assert "Le déroulement d'un stage" in help_window.browser.toPlainText()
    assert help_window.windowTitle() == "Stages média — aide"
    help_window.close()


def test_the_help_menu_lists_the_keyboard_shortcuts(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    actions = [action.text() for action in window.help_menu.actions()]
    assert "&Keyboard shortcuts" in actions
    assert window.help_action.shortcut().toString() == "F1"
    window.shortcuts_action.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ShortcutsDialog))
    keys = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
    assert {"F1", "Ctrl+F", "Ctrl+N", "Ctrl+S", "Ctrl+Z"} <= set(keys)
    assert all(dialog.table.item(row, 1).text() for row in range(dialog.table.rowCount()))
    dialog.close()


def test_every_button_of_the_views_and_every_view_has_a_tooltip(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    missing = []
    for row, name in enumerate(VIEW_NAMES):
        assert window.nav.item(row).toolTip()
        view = window.show_view(name)
        table = getattr(view, "table", None)
        model = getattr(view, "model", None)
        if table is not None and model is not None and model.rowCount():
            table.selectRow(0)
            qtbot.wait(10)
        missing += [
            f"{name}: {button.text() or button.objectName()}"
            for button in view.findChildren(QPushButton)
            if button.isVisibleTo(view) and not button.toolTip()
        ]
    assert missing == []


def test_every_button_of_the_tabs_has_a_tooltip(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QTabWidget

    missing = []
    internships = window.show_view("internships")
    internships.set_filter("status", "running")
    internships.table.selectRow(0)
    hosts = window.show_view("hosts")
    hosts.table.selectRow(0)
    for name in ("internships", "hosts"):
        view = window.show_view(name)
        qtbot.wait(10)
        for tabs in view.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                missing += [
                    f"{name} / {tabs.tabText(index)}: {button.text()}"
                    for button in tabs.currentWidget().findChildren(QPushButton)
                    if button.isVisibleTo(view) and not button.toolTip()
                ]
    assert missing == []


def test_the_wizard_has_help_on_f1_and_a_help_button(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWizard

    from consultant_app.ui.dialogs.internship_wizard import InternshipWizard

    wizard = InternshipWizard(demo_db, "en", actor="tester")
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    assert wizard.help_shortcut.key().toString() == "F1"
    button = wizard.button(QWizard.WizardButton.HelpButton)
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert isinstance(wizard.help_window, HelpWindow)
    assert wizard.help_window.isVisible()
    assert wizard.help_window.section == "workflow"
    wizard.help_window.close()

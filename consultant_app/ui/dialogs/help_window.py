"""Help: the user guide (F1, at the section of the view shown) and the keyboard shortcuts.

The guide is HTML in ``resources/help/<language>/index.html``: what each view is
for and the workflow of an internship, in Dutch, French and English. Each view
has its section, whose id is the view's name (``#internships``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from consultant_app.paths import RESOURCES_DIR

HELP_DIR = RESOURCES_DIR / "help"
#: The section of the workflow, shown when the view has none of its own.
WORKFLOW = "workflow"


def help_file(language: str) -> Path:
    """The guide in *language* (English when there is none in it)."""
    path = HELP_DIR / language / "index.html"
    return path if path.exists() else HELP_DIR / "en" / "index.html"


class HelpWindow(QDialog):
    """The user guide, opened at one section; it stays open beside the work (not modal)."""

    def __init__(self, language: str, section: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpWindow")
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.resize(720, 640)
        self.browser = QTextBrowser()
        self.browser.setObjectName("helpText")
        self.browser.setOpenExternalLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.show_section(language, section)

    def show_section(self, language: str, section: str = "") -> None:
        """Show the guide in *language* at *section* (a view's name, or the workflow)."""
        self.language = language
        self.browser.setSource(QUrl.fromLocalFile(str(help_file(language))))
        self.section = section or WORKFLOW
        self.browser.scrollToAnchor(self.section)
        self.setWindowTitle(self.browser.documentTitle())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setWindowTitle(self.browser.documentTitle())
        super().changeEvent(event)


def shortcut_rows() -> list[tuple[str, str]]:
    """(keys, what they do) of every keyboard shortcut, in the interface language."""

    def keys(sequence: QKeySequence | QKeySequence.StandardKey | str) -> str:
        return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)

    def tr(text: str) -> str:
        return QCoreApplication.translate("ShortcutsDialog", text)

    standard = QKeySequence.StandardKey
    rows = [
        (keys("F1"), tr(QT_TRANSLATE_NOOP("ShortcutsDialog", "Help on the view shown"))),
        (
            keys("Ctrl+1") + " … " + keys("Ctrl+8"),
            tr(QT_TRANSLATE_NOOP("ShortcutsDialog", "Go to a view (in the order of the list)")),
        ),
        (keys(standard.Find), tr(QT_TRANSLATE_NOOP("ShortcutsDialog", "Search the list"))),
        (
            tr(QT_TRANSLATE_NOOP("ShortcutsDialog", "Down arrow")),
            tr(QT_TRANSLATE_NOOP("ShortcutsDialog", "From the search into the list")),
        ),
        (keys("Esc"), tr(QT_TRANSLATE_NOOP("ShortcutsDialog", "Clear the search"))),
        (keys("Return"), tr(QT_TRANSLATE_NOOP("ShortcutsDialog", "Open the selected record"))),
        (
            keys(standard.New),
            tr(QT_TRANSLATE_NOOP("ShortcutsDialog", "New record (intern, host, internship)")),
        ),
        (keys(standard.Save), tr(QT_TRANSLATE_NOOP("ShortcutsDialog", "Save the form"))),
        (
            keys(standard.Undo),
            tr(QT_TRANSLATE_NOOP("ShortcutsDialog", "Undo the last change of the form")),
        ),
        (keys(standard.Redo), tr(QT_TRANSLATE_NOOP("ShortcutsDialog", "Redo"))),
        (keys("Tab"), tr(QT_TRANSLATE_NOOP("ShortcutsDialog", "Next field"))),
        (
            "Alt+" + tr(QT_TRANSLATE_NOOP("ShortcutsDialog", "underlined letter")),
            tr(QT_TRANSLATE_NOOP("ShortcutsDialog", "Go to that field or button")),
        ),
        (keys(standard.Quit), tr(QT_TRANSLATE_NOOP("ShortcutsDialog", "Quit"))),
    ]
    return [(keys_text, what) for keys_text, what in rows if keys_text]  # none on this system


class ShortcutsDialog(QDialog):
    """Help → Keyboard shortcuts: every key of the window, in a table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setMinimumWidth(560)
        rows = shortcut_rows()
        self.table = QTableWidget(len(rows), 2)
        self.table.setObjectName("shortcutsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        for row, (keys, what) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(what))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        height = sum(self.table.rowHeight(r) for r in range(len(rows)))
        self.resize(620, min(height + header.height() + 90, 640))

"""Settings: interface language, the database in use, programme rules and identities.

Two tabs: *General* (all of the above) and *Data safety*
(:mod:`consultant_app.ui.views.settings_safety`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from consultant_app.services.settings.identity import load_consultant, load_fund
from consultant_app.services.settings.overview import settings_overview, table_counts
from consultant_app.services.settings.programme import (
    RULE_FIELDS,
    rule_texts,
    save_rules,
    validate_rules,
)
from consultant_app.store.database import Database
from consultant_app.ui import labels
from consultant_app.ui.forms.identity_forms import consultant_form, fund_form
from consultant_app.ui.forms.record_form import FieldSpec, RecordForm, Section
from consultant_app.ui.i18n import LANGUAGE_NAMES
from consultant_app.ui.locale_format import format_number
from consultant_app.ui.views.settings_safety import DataSafetyPage
from consultant_app.ui.views.settings_team import TeamPage


def _selectable(text: str) -> QLabel:
    label = QLabel(text or "—")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


#: Rules edited on the Data safety tab rather than with the other programme rules.
_SAFETY_RULES = ("retention_years",)
_GENERAL_RULES = tuple(key for key in RULE_FIELDS if key not in _SAFETY_RULES)


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    return area


class SettingsView(QWidget):
    #: Relayed from :attr:`DataSafetyPage.restore_requested`: restore this backup file.
    restore_requested = Signal(Path)
    #: The user chose another interface language (its code).
    language_chosen = Signal(str)
    #: Relayed from :attr:`TeamPage.joined`: open this new database of the team.
    open_requested = Signal(Path)

    def __init__(self, database: Database, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsView")
        self.interface_language = language
        self.database = database
        outer = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setObjectName("viewTitle")
        outer.addWidget(self.title)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        outer.addWidget(self.tabs, 1)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.tabs.addTab(_scrolled(body), "")
        self.safety = DataSafetyPage(self.database, self)
        self.safety.restore_requested.connect(self.restore_requested)
        self.tabs.addTab(_scrolled(self.safety), "")
        self.team = TeamPage(self.database, self)
        self.team.joined.connect(self.open_requested)
        self.tabs.addTab(_scrolled(self.team), "")

        self.language_box = QGroupBox()
        self.language_label = QLabel()
        self.language = QComboBox()
        self.language.setObjectName("languageChooser")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(language))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_label.setBuddy(self.language)
        row = QHBoxLayout(self.language_box)
        row.addWidget(self.language_label)
        row.addWidget(self.language)
        row.addStretch(1)
        layout.addWidget(self.language_box)

        columns = QHBoxLayout()
        self.database_box = QGroupBox()
        self.database_form = QFormLayout(self.database_box)
        self.overview = settings_overview(self.database)
        self.rules_form = RecordForm(
            [FieldSpec(key, required=True) for key in _GENERAL_RULES],
            [
                Section(
                    lambda: QCoreApplication.translate("SettingsView", "Programme rules"),
                    _GENERAL_RULES,
                )
            ],
            lambda values: validate_rules(values, self.overview.rules)[1],
            self._save_rules,
        )
        self.rules_form.setObjectName("rulesForm")
        left = QVBoxLayout()
        left.addWidget(self.database_box)
        left.addWidget(self.rules_form)
        left.addStretch(1)
        self.fund_form = fund_form(self.database)
        self.consultant_form = consultant_form(self.database)
        right = QVBoxLayout()
        right.addWidget(self.fund_form)
        right.addWidget(self.consultant_form)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout.addLayout(columns)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        self.overview = settings_overview(self.database)
        self.counts = table_counts(self.database)
        self.rules_form.load(None, rule_texts(self.overview.rules))
        self.fund_form.load(None, load_fund(self.database))
        self.consultant_form.load(None, load_consultant(self.database))
        self.safety.reload()
        self.retranslate()

    def _save_rules(self, values, _record_id):  # type: ignore[no-untyped-def]
        rules = save_rules(self.database, values)
        self.overview = settings_overview(self.database)
        self.rules_form.load(None, rule_texts(rules))
        return None

    def _forms(self) -> tuple[RecordForm, ...]:
        return (self.rules_form, self.fund_form, self.consultant_form)

    def has_unsaved_work(self) -> bool:
        return any(form.is_dirty() for form in self._forms()) or self.safety.has_unsaved_work()

    def can_leave_record(self) -> bool:
        forms_left = all(form.confirm_leave() for form in self._forms())
        return forms_left and self.safety.can_leave_record()

    def _language_chosen(self, index: int) -> None:
        code = self.language.itemData(index)
        if code and code != self.interface_language:
            self.interface_language = code
            self.language_chosen.emit(code)

    def set_language(self, language: str) -> None:
        """The window's interface language is now *language*."""
        self.interface_language = language

    @staticmethod
    def _fill(form: QFormLayout, rows: list[tuple[str, str]]) -> None:
        while form.rowCount():
            form.removeRow(0)
        for caption, value in rows:
            form.addRow(caption, _selectable(value))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Settings"))
        self.tabs.setTabText(0, self.tr("&General"))
        self.tabs.setTabText(1, self.tr("&Data safety"))
        self.tabs.setTabText(2, self.tr("&Team"))
        self.language_box.setTitle(self.tr("Interface"))
        self.language_label.setText(self.tr("&Language"))
        self.database_box.setTitle(self.tr("Database"))
        self._fill(
            self.database_form,
            [
                (self.tr("File"), str(self.database.path)),
                (self.tr("Schema"), self.database.revision),
                *[(labels.field(k), format_number(v)) for k, v in self.counts.items()],
            ],
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

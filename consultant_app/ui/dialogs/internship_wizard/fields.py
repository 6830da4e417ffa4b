"""The wizard's form values, the editors bound to them and the errors shown under them.

:class:`WizardFields` holds the text of every form key, which keys the user
changed and the errors of the last check; it makes the editors of the pages
(each reports the user's edits as :attr:`WizardFields.edited`) and sets them
when the wizard puts a value in without counting it as the user's.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from consultant_app.domain.programme import ProgrammeRules
from consultant_app.services.forms.parsing import FieldError
from consultant_app.services.internships.records import FORM_KEYS, validate_internship
from consultant_app.ui.forms.editors import line_setter
from consultant_app.ui.forms.invalid import ERROR_TEXT_STYLE, error_label, mark_invalid
from consultant_app.ui.forms.messages import message_for
from consultant_app.ui.widgets.date_field import DateField

HOUR_KEYS: tuple[str, ...] = tuple(key for key in FORM_KEYS if key.startswith("hours_"))
#: The keys set by picking a record rather than by typing.
PICKED_KEYS = ("intern_id", "host_id")
HOUR_STEP = 0.5
MAX_DAY_HOURS = 24
ERROR_STYLE = ERROR_TEXT_STYLE


class WizardFields(QObject):
    """The form values of the wizard and the editors that show them.

    *defaults* are the values the wizard proposes; :attr:`edited` is emitted
    with the form key after every edit of the user (not after :meth:`put`).
    """

    edited = Signal(str)

    def __init__(self, defaults: Mapping[str, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.defaults: dict[str, str] = dict(defaults)
        self.values: dict[str, str] = dict(defaults)
        #: The keys the user changed (or a recovered draft filled in).
        self.touched: set[str] = set()
        self.errors: dict[str, FieldError] = {}
        #: Errors of the store when Finish was refused, until the field is changed.
        self.failed: dict[str, FieldError] = {}
        self._setters: dict[str, Callable[[str], None]] = {}
        self._error_labels: dict[str, QLabel] = {}
        #: The editor of each key, which a red border marks while its error is shown.
        self._editors: dict[str, QWidget] = {}
        self._filling = False

    # -- values --------------------------------------------------------------------------
    def form_values(self) -> dict[str, str]:
        """The form values of every key of ``FORM_KEYS`` (strings, "" when empty)."""
        return {key: self.values.get(key, "") for key in FORM_KEYS}

    def get(self, key: str) -> str:
        return self.values.get(key, "")

    def errors_of(self, keys: Sequence[str]) -> list[FieldError]:
        return [self.errors[key] for key in keys if key in self.errors]

    def change(self, key: str, value: str) -> None:
        """A user's edit of *key* (ignored while the wizard fills an editor in)."""
        if self._filling:
            return
        self.values[key] = value
        self.touched.add(key)
        self.failed.pop(key, None)
        self.edited.emit(key)

    def put(self, key: str, value: str) -> None:
        """Set *key* and its editor without counting it as the user's edit."""
        self.values[key] = value
        setter = self._setters.get(key)
        if setter is not None:
            with self.filling():
                setter(value)

    def restore(self, draft: Mapping[str, str]) -> None:
        """Put the values of a recovered form draft, counted as the user's (the parties aside)."""
        for key in PICKED_KEYS:
            if self.values.get(key):
                self.touched.add(key)
        for key in FORM_KEYS:
            if key in PICKED_KEYS or key not in draft:
                continue
            self.put(key, str(draft[key]))
            self.touched.add(key)

    def take_defaults(self, fresh: Mapping[str, str]) -> None:
        """Propose *fresh* defaults for the fields the user left as they were proposed."""
        for key in FORM_KEYS:
            if key in PICKED_KEYS:
                continue
            if self.values.get(key, "") == self.defaults.get(key, "") and key not in self.touched:
                self.put(key, fresh[key])
        self.defaults = dict(fresh)

    def refill(self, key: str, combo: QComboBox, choices: Iterable[tuple[str, str]]) -> None:
        """Put (text, value) *choices* in the combo box of *key* and show its value again."""
        with self.filling():
            combo.clear()
            for text, value in choices:
                combo.addItem(text, value)
        self.put(key, self.get(key))

    @contextmanager
    def filling(self) -> Iterator[None]:
        """While the wizard changes editors itself: their signals are not the user's edits."""
        self._filling = True
        try:
            yield
        finally:
            self._filling = False

    def validate(self, rules: ProgrammeRules) -> None:
        """Validate the values and show each error under its field once it may be shown."""
        _cleaned, errors = validate_internship(self.form_values(), rules=rules)
        self.errors = {}
        for error in errors:
            self.errors.setdefault(error.field, error)
        for key, error in self.failed.items():
            self.errors.setdefault(key, error)
        for key, label in self._error_labels.items():
            shown = [
                error
                for name in (HOUR_KEYS if key == "hours" else (key,))
                if (error := self.errors.get(name)) is not None
                and (error.code != "required" or name in self.touched or name in self.failed)
                and error.code != "hours.maximum"  # the week's total says it in red
            ]
            label.setText(message_for(shown[0]) if shown else "")
            label.setVisible(bool(shown))
            editor = self._editors.get(key)
            if editor is not None:
                mark_invalid(editor, bool(shown))

    # -- editors ---------------------------------------------------------------------------
    def bind(self, key: str, setter: Callable[[str], None], editor: QWidget | None = None) -> None:
        """How :meth:`put` shows the value of *key* (in *editor*)."""
        self._setters[key] = setter
        if editor is not None:
            self._editors[key] = editor

    def error_label(self, key: str) -> QLabel:
        """The line under a field that shows its error (``hours``: that of the week)."""
        label = error_label(f"error_{key}")
        self._error_labels[key] = label
        return label

    def combo(self, key: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(f"field_{key}")
        combo.currentIndexChanged.connect(
            lambda _i: self.change(key, str(combo.currentData() or ""))
        )
        self.bind(key, lambda value: combo.setCurrentIndex(max(combo.findData(value), 0)), combo)
        return combo

    def line(self, key: str) -> QLineEdit:
        line = QLineEdit()
        line.setObjectName(f"field_{key}")
        line.textEdited.connect(lambda text: self.change(key, text))
        self.bind(key, line_setter(line), line)
        return line

    def text(self, key: str, height: int) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(f"field_{key}")
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(height)
        edit.textChanged.connect(lambda: self.change(key, edit.toPlainText()))
        self.bind(key, edit.setPlainText, edit)
        return edit

    def date(self, key: str) -> DateField:
        edit = DateField()
        edit.setObjectName(f"field_{key}")
        edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        edit.setMinimumWidth(160)
        edit.value_changed.connect(lambda value: self.change(key, value))
        self.bind(key, edit.set_value, edit)
        return edit

    def hours(self, key: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setObjectName(f"field_{key}")
        spin.setRange(0, MAX_DAY_HOURS)
        spin.setDecimals(2)
        spin.setSingleStep(HOUR_STEP)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        spin.setSpecialValueText("—")  # no hours that day
        spin.valueChanged.connect(lambda hours: self.change(key, hours_text(hours)))

        def setter(value: str) -> None:
            try:
                spin.setValue(float(value.replace(",", ".")) if value.strip() else 0.0)
            except ValueError:
                spin.setValue(0.0)

        self.bind(key, setter)
        return spin


# --- texts of the values ------------------------------------------------------------------


def uuid_or_none(text: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(text) if text else None
    except ValueError:
        return None


def date_or_none(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def hours_text(hours: float) -> str:
    """The form text of a day's hours: "" for none, "7.6", "8"."""
    return "" if hours == 0 else f"{round(hours, 2):g}"


def label_key(form_key: str) -> str:
    """The label of a form key: ``intern_id`` is named like ``intern``."""
    return form_key.removesuffix("_id")

"""Score editors driven from the keyboard: a row of score buttons and a 0–4 slider.

Both share one keyboard model: the digits set the score (0 or N: not observed,
where the scale has it), Left/Right move it, Delete clears it, and Up/Down
ask the owner to move to the previous or next competence (``navigate``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QWheelEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QWidget,
)

from consultant_app.domain.roadmap import NOT_OBSERVED, SCAN_LEVELS, SCORE_LEVELS
from consultant_app.ui.locale_format import label_value

#: The digit keys of the levels (the scan's 0–4 holds those of every scale).
_DIGITS = {Qt.Key(Qt.Key.Key_0.value + level): level for level in SCAN_LEVELS}
_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def _key_text(level: int) -> str:
    """The key that chooses *level*: its digit, or N for "not observed"."""
    return "N" if level == NOT_OBSERVED else str(level)


SELECTOR_STYLE = """
QFrame[scoreSelector="true"] { border: 2px solid transparent; border-radius: 5px; }
QFrame[scoreSelector="true"][focused="true"] { border: 2px solid #1f5f8b; background: #e6eef5; }
QFrame[scoreSelector="true"] QPushButton { min-width: 24px; padding: 3px 6px;
    border: 1px solid #a9b4bf; border-radius: 3px; background: #fbfcfd; }
QFrame[scoreSelector="true"] QPushButton:checked { background: #1f5f8b; color: white;
    border-color: #1f5f8b; font-weight: bold; }
QFrame[scoreSelector="true"] QPushButton#notObserved:checked { background: #6b6b6b;
    border-color: #6b6b6b; }
"""


def _answered_key(
    editor: ScoreSelector | ScoreSlider, event: QKeyEvent, own: Callable[[Qt.Key], bool]
) -> bool:
    """Answer a key press as both editors do; False when the key is not theirs.

    *own* answers the editor's own keys; Delete (or Backspace) clears the score and
    Up/Down ask to move to another competence. With Ctrl or Alt no key is theirs.
    """
    if event.modifiers() & _MODIFIERS:
        return False
    key = Qt.Key(event.key())
    if own(key):
        pass
    elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
        editor.set_score(None, notify=True)
    elif key == Qt.Key.Key_Up:
        editor.navigate.emit(-1)
    elif key == Qt.Key.Key_Down:
        editor.navigate.emit(1)
    else:
        return False
    event.accept()
    return True


def link_rows(editors: Sequence[ScoreSelector | ScoreSlider]) -> None:
    """Up/Down in one editor move the focus to the previous/next one."""
    for index, editor in enumerate(editors):

        def move(step: int, index: int = index) -> None:
            target = index + step
            if 0 <= target < len(editors):
                editors[target].setFocus(Qt.FocusReason.OtherFocusReason)

        editor.navigate.connect(move)


class ScoreSelector(QFrame):
    """One score chosen among *levels* (and "not observed", 0, if allowed), or None."""

    score_changed = Signal(object)  # int | None
    navigate = Signal(int)  # -1 up, +1 down

    def __init__(
        self,
        levels: Sequence[int] = SCORE_LEVELS,
        *,
        not_observed: bool = True,
        describe: Callable[[int | None], str] = str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scoreSelector")
        self.setProperty("scoreSelector", True)  # styled by this, whatever its name
        self.setStyleSheet(SELECTOR_STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.levels = tuple(levels)
        self.allow_not_observed = not_observed
        self.describe = describe
        self._score: int | None = None
        self.buttons: dict[int, QPushButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 3, 4, 3)
        row.setSpacing(3)
        choices = [*self.levels, NOT_OBSERVED] if not_observed else list(self.levels)
        for level in choices:
            button = QPushButton(_key_text(level))
            if level == NOT_OBSERVED:
                button.setObjectName("notObserved")
                row.addSpacing(6)
            button.setCheckable(True)
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _c=False, lv=level: self._clicked(lv))
            row.addWidget(button)
            self.buttons[level] = button
        self.meaning = QLabel()
        self.meaning.setObjectName("scoreMeaning")
        row.addSpacing(6)
        row.addWidget(self.meaning)
        row.addStretch(1)
        self.retranslate()

    # -- value -------------------------------------------------------------------------
    def score(self) -> int | None:
        return self._score

    def set_score(self, score: int | None, *, notify: bool = False) -> None:
        if score is not None and score not in self.buttons:
            score = None
        changed = score != self._score
        self._score = score
        for level, button in self.buttons.items():
            button.setChecked(level == score)
        self.meaning.setText(self.describe(score))
        self.setAccessibleDescription(self.describe(score))
        if changed and notify:
            self.score_changed.emit(score)

    def _clicked(self, level: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.set_score(level, notify=True)

    def step(self, delta: int) -> None:
        """Move the score along the levels (an unscored row starts at the lowest level)."""
        current = self._score
        if current is None or current not in self.levels:
            self.set_score(self.levels[0], notify=True)
            return
        index = self.levels.index(current) + delta
        self.set_score(self.levels[max(0, min(len(self.levels) - 1, index))], notify=True)

    def retranslate(self) -> None:
        for level, button in self.buttons.items():
            button.setToolTip(label_value(_key_text(level), self.describe(level)))
        self.meaning.setText(self.describe(self._score))
        # As wide as its longest meaning in this language: the row never jumps nor cuts.
        metrics = self.meaning.fontMetrics()
        texts = [self.describe(None), *(self.describe(level) for level in self.buttons)]
        widest = max(metrics.horizontalAdvance(text) for text in texts)
        self.meaning.setMinimumWidth(max(widest, metrics.horizontalAdvance("M" * 9)))

    # -- keyboard ----------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not _answered_key(self, event, self._own_key):
            super().keyPressEvent(event)

    def _own_key(self, key: Qt.Key) -> bool:
        """The digits (and N) choose a level, Left/Right (or -/+) move along the levels."""
        level = _DIGITS.get(key)
        if key == Qt.Key.Key_N and self.allow_not_observed:
            level = NOT_OBSERVED
        if level is not None and level in self.buttons:
            self.set_score(level, notify=True)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Minus):
            self.step(-1)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Plus):
            self.step(1)
        else:
            return False
        return True

    def _show_focus(self, focused: bool) -> None:
        self.setProperty("focused", focused)
        self.style().unpolish(self)
        self.style().polish(self)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._show_focus(True)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._show_focus(False)
        super().focusOutEvent(event)


class ScoreSlider(QSlider):
    """A slider over the scan's levels (0–4) whose position means nothing until the user
    answers (None)."""

    score_changed = Signal(object)  # int | None
    navigate = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setRange(SCAN_LEVELS[0], SCAN_LEVELS[-1])
        self.setPageStep(1)
        self.setSingleStep(1)
        self.setTickInterval(1)
        self.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumWidth(140)
        self.answered = False
        self._quiet = False
        self.valueChanged.connect(self._moved)
        self.sliderPressed.connect(self._pressed)
        self._show_answered()

    def score(self) -> int | None:
        return self.value() if self.answered else None

    def set_score(self, score: int | None, *, notify: bool = False) -> None:
        before = self.score()
        self._quiet = True
        try:
            self.answered = score is not None
            self.setValue(SCAN_LEVELS[0] if score is None else score)
        finally:
            self._quiet = False
        self._show_answered()
        if notify and self.score() != before:
            self.score_changed.emit(self.score())

    def _moved(self, _value: int) -> None:
        if self._quiet:
            return
        self.answered = True
        self._show_answered()
        self.score_changed.emit(self.score())

    def _pressed(self) -> None:
        if not self.answered:
            self.set_score(self.value(), notify=True)

    def _show_answered(self) -> None:
        self.setProperty("answered", self.answered)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not _answered_key(self, event, self._own_key):
            super().keyPressEvent(event)

    def _own_key(self, key: Qt.Key) -> bool:
        """The digits set the level; Left/Right answer an unanswered slider (else they move it)."""
        level = _DIGITS.get(key)
        if level is not None:
            self.set_score(level, notify=True)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and not self.answered:
            # An unanswered slider rests on the lowest level: Left answers it, Right the next.
            self.set_score(SCAN_LEVELS[0 if key == Qt.Key.Key_Left else 1], notify=True)
        else:
            return False
        return True

    def wheelEvent(self, event: QWheelEvent) -> None:
        # The wheel scrolls the page unless the slider was chosen first.
        if not self.hasFocus():
            event.ignore()
            return
        super().wheelEvent(event)

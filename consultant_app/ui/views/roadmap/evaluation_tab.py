"""The mentor's evaluation (mid-term or final), filled in from the keyboard and saved as typed.

One row per competence: its text, objective and target level, a score
(1 insufficient, 2 to develop, 3 good, 4 excellent, N not observed) and a
comment. Keys 1–4, 0 or N score the focused row, Left/Right move its score,
Up/Down go to the previous/next competence, Tab goes to the row's comment and
then to the next row. Every change is saved a moment later (autosave).
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from consultant_app.domain.enums import EvaluationStage, Recommendation
from consultant_app.domain.roadmap import SCORE_LEVELS
from consultant_app.services import roadmap
from consultant_app.ui.models.paged_table_model import format_date
from consultant_app.ui.views.roadmap.common import (
    chain_tab_order,
    recommendation_label,
    score_label,
    stage_label,
)
from consultant_app.ui.views.roadmap.form_tabs import AutosavedTab
from consultant_app.ui.views.roadmap.scores import ScoreSelector, link_rows
from consultant_app.ui.views.roadmap.widgets import (
    caption_label,
    labelled_choice,
    push_button,
    same_competences,
    scrolled_column,
    select_data_silently,
)

ROW_STYLE = """
QFrame#evaluationRow { border-bottom: 1px solid #d8dee4; }
QFrame#evaluationRow[missing="true"] { border-left: 4px solid #b3261e; }
"""


class EvaluationRowWidget(QFrame):
    """One competence of the evaluation: text, objective, target, score and comment."""

    def __init__(self, number: int, row: roadmap.EvaluationRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("evaluationRow")
        self.setStyleSheet(ROW_STYLE)
        self.competence_id: uuid.UUID = row.competence_id
        self.number = number
        self.text = row.text
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setObjectName("fieldCaption")
        self.selector = ScoreSelector(SCORE_LEVELS, not_observed=True, describe=score_label)
        self.selector.setObjectName("scoreSelector")
        self.comment = QLineEdit()
        self.comment.setObjectName("scoreComment")
        self.comment.setMinimumWidth(160)
        self.line = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.line.setContentsMargins(0, 0, 0, 0)
        self.line.addWidget(self.selector)
        self.line.addWidget(self.comment, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 4, 6, 6)
        column.setSpacing(2)
        column.addWidget(self.title)
        column.addWidget(self.detail)
        column.addLayout(self.line)
        self.objective = row.objective or ""
        self.target_level = row.target_level
        self.set_values(row)
        self.retranslate()

    def set_compact(self, compact: bool) -> None:
        """In a narrow pane the comment goes under the score."""
        self.line.setDirection(
            QBoxLayout.Direction.TopToBottom if compact else QBoxLayout.Direction.LeftToRight
        )

    def set_values(self, row: roadmap.EvaluationRow) -> None:
        self.selector.set_score(row.score)
        if self.comment.text() != (row.comment or ""):
            self.comment.setText(row.comment or "")
            self.comment.setCursorPosition(0)
        self.mark_missing(False)

    def mark_missing(self, missing: bool) -> None:
        self.setProperty("missing", missing)
        self.style().unpolish(self)
        self.style().polish(self)

    def retranslate(self) -> None:
        self.title.setText(f"{self.number}. {self.text}")
        parts = []
        if self.objective:
            parts.append(self.tr("Objective: {objective}").format(objective=self.objective))
        if self.target_level is not None:
            parts.append(
                self.tr("Target level: {level} ({meaning})").format(
                    level=self.target_level, meaning=score_label(self.target_level)
                )
            )
        self.detail.setText(" · ".join(parts))
        self.detail.setVisible(bool(parts))
        self.comment.setPlaceholderText(self.tr("Comment on this competence"))
        self.selector.setAccessibleName(
            self.tr("Score of {competence}").format(competence=self.text)
        )
        self.comment.setAccessibleName(
            self.tr("Comment on {competence}").format(competence=self.text)
        )
        self.selector.retranslate()


class EvaluationTab(AutosavedTab):
    """The mentor's evaluation of the shown internship, stage by stage."""

    def build(self) -> None:
        self.setObjectName("evaluationTab")
        self.stage = EvaluationStage.MIDTERM
        self.form: roadmap.EvaluationForm | None = None
        #: The internship and stage the shown rows belong to (what a save writes to).
        self._shown: tuple[uuid.UUID, EvaluationStage] | None = None
        self._filling = False
        #: Choose the stage to show when another internship is shown.
        self._auto_stage = True
        self.rows: list[EvaluationRowWidget] = []

        self.stage_label, self.stage_box = labelled_choice(
            "evaluationStage", (stage.value for stage in EvaluationStage), self._stage_chosen
        )
        self.state = QLabel()
        self.state.setObjectName("evaluationState")
        self.state.setWordWrap(True)  # "Draft: 3 of 9 competences scored" wraps, never cut
        self.legend = caption_label()

        self.rows_holder = QWidget()
        self.rows_layout = QVBoxLayout(self.rows_holder)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.setSpacing(0)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.rows_layout.addWidget(self.empty)

        self.overall_box = QGroupBox()
        self.overall = QPlainTextEdit()
        self.overall.setObjectName("overallAppreciation")
        self.overall.setTabChangesFocus(True)
        self.overall.setFixedHeight(80)
        self.recommendation = QComboBox()
        self.recommendation.setObjectName("recommendation")
        self.recommendation.addItem("—", "")
        for choice in Recommendation:
            self.recommendation.addItem("", choice.value)
        self.general = QPlainTextEdit()
        self.general.setObjectName("generalComments")
        self.general.setTabChangesFocus(True)
        self.general.setFixedHeight(60)
        self.overall_label = QLabel()
        self.recommendation_label = QLabel()
        self.general_label = QLabel()
        for label, widget in (
            (self.overall_label, self.overall),
            (self.recommendation_label, self.recommendation),
            (self.general_label, self.general),
        ):
            label.setBuddy(widget)
        overall_form = QFormLayout(self.overall_box)
        overall_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        overall_form.addRow(self.overall_label, self.overall)
        overall_form.addRow(self.recommendation_label, self.recommendation)
        overall_form.addRow(self.general_label, self.general)

        self.scroll = scrolled_column(self.legend, self.rows_holder, self.overall_box)
        self.scroll.viewport().installEventFilter(self)

        self.start_autosave(self._save_draft)
        self.complete_button = push_button("completeEvaluation", self.complete)

        top = QHBoxLayout()
        top.addWidget(self.stage_label)
        top.addWidget(self.stage_box)
        top.addSpacing(12)
        top.addWidget(self.state, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.saved_label, 1)
        bottom.addWidget(self.complete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(bottom)

        self.overall.textChanged.connect(self._changed)
        self.general.textChanged.connect(self._changed)
        self.recommendation.currentIndexChanged.connect(lambda _i: self._changed())

    # -- showing -----------------------------------------------------------------------
    def set_internship(self, internship_id: uuid.UUID, status: object) -> None:
        if internship_id != self.internship_id:
            self._auto_stage = True
        super().set_internship(internship_id, status)  # type: ignore[arg-type]

    def reset(self) -> None:
        self.form = None
        self._shown = None
        self.autosave.forget()
        self._build_rows(())
        self._filling = True
        try:
            self.overall.clear()
            self.general.clear()
            self.recommendation.setCurrentIndex(0)
        finally:
            self._filling = False
        self._show_state()
        self._set_enabled()

    def load(self) -> None:
        assert self.internship_id is not None
        if self._auto_stage:
            self._auto_stage = False
            midterm = roadmap.load_evaluation(
                self.database, self.internship_id, EvaluationStage.MIDTERM
            )
            stage = EvaluationStage.FINAL if midterm.complete else EvaluationStage.MIDTERM
            self._set_stage_box(stage)
        self._show_form(roadmap.load_evaluation(self.database, self.internship_id, self.stage))

    def _set_stage_box(self, stage: EvaluationStage) -> None:
        self.stage = stage
        select_data_silently(self.stage_box, stage.value)

    def _stage_chosen(self, _index: int) -> None:
        stage = EvaluationStage(self.stage_box.currentData())
        if stage == self.stage:
            return
        self.flush()
        self.stage = stage
        self.reload()

    def _show_form(self, form: roadmap.EvaluationForm) -> None:
        assert self.internship_id is not None
        same = self._shown == (self.internship_id, self.stage) and same_competences(
            self.rows, form.rows
        )
        self.form = form
        self._shown = (self.internship_id, self.stage)
        self.autosave.forget()
        self._filling = True
        try:
            if same:
                for widget, row in zip(self.rows, form.rows, strict=True):
                    widget.set_values(row)
            else:
                self._build_rows(form.rows)
            if self.overall.toPlainText() != form.overall_appreciation:
                self.overall.setPlainText(form.overall_appreciation or "")
            if self.general.toPlainText() != form.comments:
                self.general.setPlainText(form.comments or "")
            recommendation = form.recommendation.value if form.recommendation else ""
            self.recommendation.setCurrentIndex(
                max(0, self.recommendation.findData(recommendation))
            )
        finally:
            self._filling = False
        self._show_state()
        self._set_enabled()

    def _build_rows(self, rows: tuple[roadmap.EvaluationRow, ...] | tuple[()]) -> None:
        for widget in self.rows:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        self.rows = []
        for number, row in enumerate(rows, start=1):
            widget = EvaluationRowWidget(number, row)
            widget.selector.score_changed.connect(lambda _s: self._changed())
            widget.comment.textEdited.connect(lambda _t: self._changed())
            widget.selector.installEventFilter(self)
            widget.comment.installEventFilter(self)
            self.rows_layout.addWidget(widget)
            widget.show()  # at once, not at the next event: the keyboard may be there already
            self.rows.append(widget)
        link_rows([w.selector for w in self.rows])
        self.empty.setVisible(not self.rows)
        self._fit_rows()
        self._chain_focus()

    def _fit_rows(self) -> None:
        if not self.rows:
            return
        needed = self.rows[0].selector.sizeHint().width() + 220
        compact = self.scroll.viewport().width() < needed
        for widget in self.rows:
            widget.set_compact(compact)

    def _chain_focus(self) -> None:
        """Tab: stage → score 1 → comment 1 → score 2 → … → appreciation → … → Complete."""
        chain: list[QWidget] = [self.stage_box]
        for widget in self.rows:
            chain += [widget.selector, widget.comment]
        chain += [self.overall, self.recommendation, self.general, self.complete_button]
        chain_tab_order(chain)

    def _show_state(self) -> None:
        form = self.form
        if form is None:
            self.state.setText("")
            self.complete_button.setEnabled(False)
            return
        scored = sum(1 for w in self.rows if w.selector.score() is not None)
        if form.complete and form.evaluated_on is not None:
            text = self.tr("Completed on {date}").format(date=format_date(form.evaluated_on))
            colour = "#2e7d32"
        else:
            text = self.tr("Draft: {scored} of {total} competences scored").format(
                scored=scored, total=len(self.rows)
            )
            colour = "#b26a00"
        self.state.setText(text)
        self.state.setStyleSheet(f"color:{colour};font-weight:bold")

    def _set_enabled(self) -> None:
        editable = self.editable() and self.form is not None
        for widget in self.rows:
            widget.selector.setEnabled(editable)
            widget.comment.setEnabled(editable)
        for widget in (self.overall, self.recommendation, self.general):
            widget.setEnabled(editable)
        self.complete_button.setEnabled(editable and bool(self.rows))
        self.stage_box.setEnabled(self.internship_id is not None)

    # -- saving ------------------------------------------------------------------------
    def _changed(self) -> None:
        if self._filling or self._shown is None:
            return
        for widget in self.rows:
            if widget.property("missing") and widget.selector.score() is not None:
                widget.mark_missing(False)
        self.autosave.touch()
        self._show_state()

    def _recommendation(self) -> Recommendation | None:
        value = self.recommendation.currentData()
        return Recommendation(value) if value else None

    def _save_draft(self) -> None:
        if self._shown is None:
            return
        internship_id, stage = self._shown
        roadmap.save_evaluation_draft(
            self.database,
            internship_id,
            stage,
            scores={w.competence_id: w.selector.score() for w in self.rows},
            comments={w.competence_id: w.comment.text().strip() for w in self.rows},
            overall_appreciation=self.overall.toPlainText().strip(),
            recommendation=self._recommendation(),
            general_comments=self.general.toPlainText().strip(),
            actor=self.actor,
        )

    def complete(self) -> bool:
        """Complete the shown evaluation today (after saving what was typed)."""
        if self._shown is None or not self.editable():
            return False
        if not self.flush():
            return False
        internship_id, stage = self._shown
        done = self.run(
            lambda: roadmap.complete_evaluation(
                self.database, internship_id, stage, evaluated_on=date.today(), actor=self.actor
            )
        )
        if not done:
            self._point_at_missing()
            return False
        self.form = roadmap.load_evaluation(self.database, internship_id, stage)
        self._show_state()
        self.saved_label.setText(self.tr("Evaluation completed."))
        self.changed.emit(internship_id)
        return True

    def _point_at_missing(self) -> None:
        """Mark the rows without a score and put the focus on the first thing missing."""
        first: QWidget | None = None
        for widget in self.rows:
            missing = widget.selector.score() is None
            widget.mark_missing(missing)
            if missing and first is None:
                first = widget.selector
        if first is None and not self.overall.toPlainText().strip():
            first = self.overall
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- keyboard ----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.scroll.viewport():
            self._fit_rows()
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            row = watched.parentWidget()
            while row is not None and not isinstance(row, EvaluationRowWidget):
                row = row.parentWidget()
            if row is not None:
                self.scroll.ensureWidgetVisible(row, 10, 30)
        elif (
            event.type() == QEvent.Type.KeyPress
            and isinstance(watched, QLineEdit)
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            # Up/Down in a comment go to the comment of the previous/next competence.
            comments = [w.comment for w in self.rows]
            if watched in comments:
                index = comments.index(watched) + (1 if event.key() == Qt.Key.Key_Down else -1)
                if 0 <= index < len(comments):
                    comments[index].setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(watched, event)

    # -- language ----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.stage_label.setText(self.tr("Eva&luation"))
        for index in range(self.stage_box.count()):
            self.stage_box.setItemText(
                index, stage_label(EvaluationStage(self.stage_box.itemData(index)))
            )
        self.legend.setText(
            self.tr(
                "Scores: 1 insufficient · 2 to develop · 3 good · 4 excellent · "
                "N not observed. Keyboard: 1–4 or N scores the row, ←/→ changes the score, "
                "↑/↓ goes to another competence, Tab to the comment. Saved as you type."
            )
        )
        self.empty.setText(
            self.tr("This internship has no competences yet: add them in “Tasks & competences”.")
        )
        self.overall_box.setTitle(self.tr("Overall"))
        self.overall_label.setText(self.tr("&Overall appreciation *"))
        self.recommendation_label.setText(self.tr("&Recommendation"))
        self.general_label.setText(self.tr("General &comments"))
        for index in range(1, self.recommendation.count()):
            self.recommendation.setItemText(
                index, recommendation_label(Recommendation(self.recommendation.itemData(index)))
            )
        self.recommendation.setToolTip(
            self.tr("Would the mentor recommend the intern for a job in the sector?")
        )
        self.complete_button.setText(self.tr("Complete the e&valuation"))
        self.complete_button.setToolTip(self.tr("Mark the evaluation as done: every item scored"))
        for widget in self.rows:
            widget.retranslate()
        self._show_state()

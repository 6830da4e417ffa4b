"""The intern's evaluation of the workplace: six scores 1–4, a recommendation, comments.

Same keyboard model as the mentor's evaluation: 1–4 score the focused line,
Left/Right move the score, Up/Down go to another line; saved as typed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from consultant_app.domain.roadmap import WORKPLACE_CRITERIA, WORKPLACE_LEVELS
from consultant_app.services import roadmap
from consultant_app.ui import labels
from consultant_app.ui.views.roadmap.common import chain_tab_order, workplace_label
from consultant_app.ui.views.roadmap.form_tabs import AutosavedTab
from consultant_app.ui.views.roadmap.scores import ScoreSelector, link_rows
from consultant_app.ui.views.roadmap.widgets import caption_label, push_button, scrolled_column
from consultant_app.ui.widgets.date_field import DateField


class WorkplaceTab(AutosavedTab):
    """How the intern judged the workplace, saved a moment after every change."""

    def build(self) -> None:
        self.setObjectName("workplaceTab")
        self._filling = False
        self._loaded_for = None

        self.legend = caption_label()
        self.scores_box = QGroupBox()
        scores_form = QFormLayout(self.scores_box)
        scores_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.captions: dict[str, QLabel] = {}
        self.selectors: dict[str, ScoreSelector] = {}
        for key in WORKPLACE_CRITERIA:
            selector = ScoreSelector(WORKPLACE_LEVELS, not_observed=False, describe=workplace_label)
            selector.setObjectName(f"workplace_{key}")
            selector.score_changed.connect(lambda _s: self._changed())
            caption = QLabel()
            caption.setBuddy(selector)
            caption.setMinimumHeight(selector.sizeHint().height())
            caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            scores_form.addRow(caption, selector)
            self.captions[key] = caption
            self.selectors[key] = selector
        link_rows(list(self.selectors.values()))

        self.other_box = QGroupBox()
        self.recommend = QComboBox()
        self.recommend.setObjectName("workplace_would_recommend")
        for value in ("", "1", "0"):
            self.recommend.addItem("", value)
        self.recommend.currentIndexChanged.connect(lambda _i: self._changed())
        self.comments = QPlainTextEdit()
        self.comments.setObjectName("workplace_comments")
        self.comments.setTabChangesFocus(True)
        self.comments.setFixedHeight(80)
        self.comments.textChanged.connect(self._changed)
        self.completed_on = DateField()
        self.completed_on.setObjectName("workplace_completed_on")
        self.completed_on.value_changed.connect(lambda _t: self._changed())
        self.today_button = push_button("workplaceToday", self.completed_today)
        dated = QWidget()
        dated_row = QHBoxLayout(dated)
        dated_row.setContentsMargins(0, 0, 0, 0)
        dated_row.addWidget(self.completed_on)
        dated_row.addWidget(self.today_button)
        dated_row.addStretch(1)
        self.recommend_label = QLabel()
        self.comments_label = QLabel()
        self.completed_label = QLabel()
        other_form = QFormLayout(self.other_box)
        other_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for label, widget, field in (
            (self.recommend_label, self.recommend, self.recommend),
            (self.comments_label, self.comments, self.comments),
            (self.completed_label, dated, self.completed_on),
        ):
            label.setBuddy(field)
            other_form.addRow(label, widget)

        self.start_autosave(self._save)
        scroll = scrolled_column(self.legend, self.scores_box, self.other_box)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.saved_label)
        chain: list[QWidget] = [
            *self.selectors.values(),
            self.recommend,
            self.comments,
            self.completed_on,
            self.today_button,
        ]
        chain_tab_order(chain)

    # -- showing -----------------------------------------------------------------------
    def reset(self) -> None:
        self._loaded_for = None
        self.autosave.forget()
        self._fill({})
        self._set_enabled()

    def load(self) -> None:
        assert self.internship_id is not None
        values = roadmap.load_workplace_evaluation(self.database, self.internship_id)
        self._fill(values)
        self._loaded_for = self.internship_id
        self.autosave.forget()
        self._set_enabled()

    def _fill(self, values: dict[str, str]) -> None:
        self._filling = True
        try:
            for key, selector in self.selectors.items():
                text = values.get(key, "") or ""
                selector.set_score(int(text) if text.isdigit() else None)
            recommend = values.get("would_recommend", "") or ""
            if recommend in ("true", "True"):
                recommend = "1"
            elif recommend in ("false", "False"):
                recommend = "0"
            self.recommend.setCurrentIndex(max(0, self.recommend.findData(recommend)))
            comments = values.get("comments", "") or ""
            if self.comments.toPlainText() != comments:
                self.comments.setPlainText(comments)
            self.completed_on.set_value(values.get("completed_on", "") or "")
        finally:
            self._filling = False

    def _set_enabled(self) -> None:
        editable = self.editable()
        for widget in (
            *self.selectors.values(),
            self.recommend,
            self.comments,
            self.completed_on,
            self.today_button,
        ):
            widget.setEnabled(editable)

    # -- saving ------------------------------------------------------------------------
    def values(self) -> dict[str, str]:
        values = {
            key: "" if selector.score() is None else str(selector.score())
            for key, selector in self.selectors.items()
        }
        values["would_recommend"] = str(self.recommend.currentData() or "")
        values["comments"] = self.comments.toPlainText().strip()
        values["completed_on"] = self.completed_on.value()
        return values

    def _changed(self) -> None:
        if self._filling or self._loaded_for is None:
            return
        self.autosave.touch()

    def _save(self) -> None:
        if self._loaded_for is None:
            return
        roadmap.save_workplace_evaluation(
            self.database, self._loaded_for, self.values(), actor=self.actor
        )

    def completed_today(self) -> None:
        self.completed_on.set_date(date.today())
        self._changed()

    # -- language ----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.legend.setText(
            self.tr(
                "The intern's view of the workplace. Scores: 1 poor · 2 fair · 3 good · "
                "4 very good. Keyboard: 1–4 scores the line, ←/→ changes it, ↑/↓ or Tab "
                "goes to another line. Saved as you type."
            )
        )
        self.scores_box.setTitle(self.tr("Scores"))
        self.other_box.setTitle(self.tr("Conclusion"))
        for key, caption in self.captions.items():
            caption.setText(labels.field(key))
            self.selectors[key].setAccessibleName(labels.field(key))
            self.selectors[key].retranslate()
        self.recommend_label.setText(labels.field("would_recommend"))
        self.recommend.setItemText(0, "—")
        self.recommend.setItemText(1, labels.yes_no(True))
        self.recommend.setItemText(2, labels.yes_no(False))
        self.comments_label.setText(labels.field("comments"))
        self.completed_label.setText(labels.field("completed_on"))
        self.today_button.setText(self.tr("Toda&y"))
        self.today_button.setToolTip(self.tr("The evaluation was filled in today"))

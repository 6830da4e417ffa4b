"""The competence scan (the intern's self-assessment 0–4, at the start and at the end)
and the learning curve: start → end → the mentor's final score, per competence.

Keyboard: 0–4 set the focused competence, Left/Right move the slider, Up/Down
or Tab go to another competence; saved as typed.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from consultant_app.domain.dates import read_typed_date
from consultant_app.domain.enums import ScanMoment
from consultant_app.domain.roadmap import SCAN_LEVELS
from consultant_app.services import roadmap
from consultant_app.ui.views.roadmap.common import (
    chain_tab_order,
    moment_label,
    scan_label,
)
from consultant_app.ui.views.roadmap.form_tabs import AutosavedTab
from consultant_app.ui.views.roadmap.scores import ScoreSlider, link_rows
from consultant_app.ui.views.roadmap.widgets import (
    caption_label,
    labelled_choice,
    push_button,
    same_competences,
    scrolled_column,
    select_data_silently,
)
from consultant_app.ui.widgets.date_field import DateField

#: Colours of the learning curve; told apart by their shape too (printed in grey).
START_COLOUR = "#7a7a7a"
END_COLOUR = "#1f5f8b"
MENTOR_COLOUR = "#e0a030"
UP_COLOUR = "#2e7d32"
DOWN_COLOUR = "#b3261e"
_ROW_HEIGHT = 24


class LearningCurve(QWidget):
    """One line per competence on a 0–4 axis: ○ start, ● end (an arrow between), ◆ mentor."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("learningCurve")
        self.points: tuple[roadmap.CurvePoint, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(320)

    def set_points(self, points: Sequence[roadmap.CurvePoint]) -> None:
        self.points = tuple(points)
        self.setFixedHeight(self.sizeHint().height())
        lines = [
            QCoreApplication.translate(
                "LearningCurve", "{text}: {start} → {end}, mentor {mentor}"
            ).format(
                text=p.text,
                start="—" if p.start is None else p.start,
                end="—" if p.end is None else p.end,
                mentor="—" if not p.mentor_final else p.mentor_final,
            )
            for p in self.points
        ]
        self.setAccessibleDescription("\n".join(lines))
        self.setToolTip("\n".join(lines))
        self.update()

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(520, 2 * line + 16 + max(1, len(self.points)) * _ROW_HEIGHT)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        metrics = painter.fontMetrics()
        line = metrics.height()
        width = self.width()
        label_width = min(int(width * 0.42), 300)
        left = label_width + 16
        right = width - 16
        if right - left < 60:
            return
        legend_y = 2
        x = left
        for shape, colour, text in (
            ("circle", START_COLOUR, QCoreApplication.translate("LearningCurve", "Start (scan)")),
            ("dot", END_COLOUR, QCoreApplication.translate("LearningCurve", "End (scan)")),
            (
                "diamond",
                MENTOR_COLOUR,
                QCoreApplication.translate("LearningCurve", "Mentor (final evaluation)"),
            ),
        ):
            self._marker(painter, shape, colour, QPointF(x + 6, legend_y + line / 2))
            painter.setPen(text_colour)
            painter.drawText(QRectF(x + 15, legend_y, 260, line), Qt.AlignmentFlag.AlignLeft, text)
            x += 30 + metrics.horizontalAdvance(text)
        axis_top = legend_y + line + 8
        rows_top = axis_top + line + 4
        lowest, highest = SCAN_LEVELS[0], SCAN_LEVELS[-1]
        step = (right - left) / (highest - lowest)
        grid_pen = QPen(QColor("#d8dee4"))
        for level in SCAN_LEVELS:
            gx = left + (level - lowest) * step
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(gx - 20, axis_top, 40, line), Qt.AlignmentFlag.AlignHCenter, str(level)
            )
            painter.setPen(grid_pen)
            painter.drawLine(
                QPointF(gx, rows_top), QPointF(gx, rows_top + len(self.points) * _ROW_HEIGHT)
            )
        if not self.points:
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(0, rows_top, width, _ROW_HEIGHT),
                Qt.AlignmentFlag.AlignHCenter,
                QCoreApplication.translate("LearningCurve", "No competences yet."),
            )
            return
        for index, point in enumerate(self.points):
            y = rows_top + index * _ROW_HEIGHT + _ROW_HEIGHT / 2
            if index % 2:
                painter.fillRect(
                    QRectF(0, y - _ROW_HEIGHT / 2, width, _ROW_HEIGHT), QColor(0, 0, 0, 10)
                )
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(4, y - line / 2, label_width, line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(point.text, Qt.TextElideMode.ElideRight, label_width),
            )

            def at(score: int) -> float:
                return left + (max(lowest, min(highest, score)) - lowest) * step

            if point.start is not None and point.end is not None and point.start != point.end:
                colour = UP_COLOUR if point.end > point.start else DOWN_COLOUR
                painter.setPen(QPen(QColor(colour), 2))
                painter.drawLine(QPointF(at(point.start), y), QPointF(at(point.end), y))
            if point.mentor_final:  # 0: not observed, not drawn
                self._marker(painter, "diamond", MENTOR_COLOUR, QPointF(at(point.mentor_final), y))
            if point.start is not None:
                self._marker(painter, "circle", START_COLOUR, QPointF(at(point.start), y))
            if point.end is not None:
                self._marker(painter, "dot", END_COLOUR, QPointF(at(point.end), y))

    @staticmethod
    def _marker(painter: QPainter, shape: str, colour: str, centre: QPointF) -> None:
        painter.save()
        if shape == "circle":
            painter.setPen(QPen(QColor(colour), 2))
            painter.setBrush(QColor("white"))
            painter.drawEllipse(centre, 5, 5)
        elif shape == "dot":
            painter.setPen(QPen(QColor(colour), 1))
            painter.setBrush(QColor(colour))
            painter.drawEllipse(centre, 4, 4)
        else:
            painter.setPen(QPen(QColor("#7a5200"), 1))
            painter.setBrush(QColor(colour))
            size = 6.0
            painter.drawPolygon(
                QPolygonF(
                    [
                        centre + QPointF(0, -size),
                        centre + QPointF(size, 0),
                        centre + QPointF(0, size),
                        centre + QPointF(-size, 0),
                    ]
                )
            )
        painter.restore()


class _ScanRow:
    def __init__(self, row: roadmap.ScanRow) -> None:
        self.competence_id: uuid.UUID = row.competence_id
        self.caption = QLabel(row.text)
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.slider = ScoreSlider()
        self.slider.setObjectName("scanSlider")
        self.slider.setAccessibleName(row.text)
        self.value = QLabel()
        self.value.setObjectName("scanValue")
        self.value.setMinimumWidth(self.value.fontMetrics().horizontalAdvance("M" * 11))
        self.caption.setBuddy(self.slider)
        self.slider.score_changed.connect(lambda _s: self.show_value())
        self.slider.set_score(row.score)
        self.show_value()

    def show_value(self) -> None:
        score = self.slider.score()
        text = scan_label(score) if score is None else f"{score} · {scan_label(score)}"
        self.value.setText(text)
        self.value.setStyleSheet("" if score is not None else "color:#8a8a8a;font-style:italic")
        self.slider.setAccessibleDescription(text)


class ScanTab(AutosavedTab):
    """The intern's self-assessment at the start or at the end, and the learning curve."""

    def build(self) -> None:
        self.setObjectName("scanTab")
        self.moment = ScanMoment.START
        self._auto_moment = True
        self._shown: tuple[uuid.UUID, ScanMoment] | None = None
        self._filling = False
        self.rows: list[_ScanRow] = []

        self.moment_label, self.moment_box = labelled_choice(
            "scanMoment", (moment.value for moment in ScanMoment), self._moment_chosen
        )
        self.completed_label = QLabel()
        self.completed_on = DateField()
        self.completed_on.setObjectName("scanCompletedOn")
        self.completed_on.setMaximumWidth(160)
        self.completed_on.value_changed.connect(lambda _t: self._changed())
        self.completed_label.setBuddy(self.completed_on)
        self.today_button = push_button("scanToday", self.completed_today)

        self.legend = caption_label()
        self.scan_box = QGroupBox()
        self.grid = QGridLayout(self.scan_box)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(1, 2)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.curve_box = QGroupBox()
        self.curve = LearningCurve()
        curve_column = QVBoxLayout(self.curve_box)
        curve_column.addWidget(self.curve)

        self.scroll = scrolled_column(self.legend, self.scan_box, self.curve_box)
        self.start_autosave(self._save)

        top = QHBoxLayout()
        top.addWidget(self.moment_label)
        top.addWidget(self.moment_box)
        top.addSpacing(12)
        top.addWidget(self.completed_label)
        top.addWidget(self.completed_on)
        top.addWidget(self.today_button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.saved_label)

    # -- showing -----------------------------------------------------------------------
    def set_internship(self, internship_id: uuid.UUID, status: object) -> None:
        if internship_id != self.internship_id:
            self._auto_moment = True
        super().set_internship(internship_id, status)  # type: ignore[arg-type]

    def reset(self) -> None:
        self._shown = None
        self.autosave.forget()
        self._build_rows(())
        self.completed_on.clear()
        self.curve.set_points(())
        self._set_enabled()

    def load(self) -> None:
        assert self.internship_id is not None
        if self._auto_moment:
            self._auto_moment = False
            started, _rows = roadmap.load_scan(self.database, self.internship_id, ScanMoment.START)
            self._set_moment_box(ScanMoment.END if started else ScanMoment.START)
        completed, rows = roadmap.load_scan(self.database, self.internship_id, self.moment)
        same = self._shown == (self.internship_id, self.moment) and same_competences(
            self.rows, rows
        )
        self._shown = (self.internship_id, self.moment)
        self.autosave.forget()
        self._filling = True
        try:
            if same:
                for widget, row in zip(self.rows, rows, strict=True):
                    widget.slider.set_score(row.score)
                    widget.show_value()
            else:
                self._build_rows(rows)
            self.completed_on.set_date(completed)
        finally:
            self._filling = False
        self._refresh_curve()
        self._set_enabled()

    def _set_moment_box(self, moment: ScanMoment) -> None:
        self.moment = moment
        select_data_silently(self.moment_box, moment.value)

    def _moment_chosen(self, _index: int) -> None:
        moment = ScanMoment(self.moment_box.currentData())
        if moment == self.moment:
            return
        self.flush()
        self.moment = moment
        self.reload()

    def _build_rows(self, rows: Sequence[roadmap.ScanRow]) -> None:
        for row in self.rows:
            for widget in (row.caption, row.slider, row.value):
                widget.hide()
                self.grid.removeWidget(widget)
                widget.deleteLater()
        self.rows = []
        self.grid.removeWidget(self.empty)
        for index, source in enumerate(rows):
            row = _ScanRow(source)
            row.slider.score_changed.connect(lambda _s: self._changed())
            self.grid.addWidget(row.caption, index, 0)
            self.grid.addWidget(row.slider, index, 1)
            self.grid.addWidget(row.value, index, 2)
            for widget in (row.caption, row.slider, row.value):
                widget.show()  # at once: the keyboard may be there already
            self.rows.append(row)
        if not self.rows:
            self.grid.addWidget(self.empty, 0, 0, 1, 3)
        self.empty.setVisible(not self.rows)
        link_rows([row.slider for row in self.rows])
        chain: list[QWidget] = [self.moment_box, self.completed_on, self.today_button]
        chain += [row.slider for row in self.rows]
        chain_tab_order(chain)

    def _refresh_curve(self) -> None:
        if self.internship_id is None:
            self.curve.set_points(())
            return
        self.curve.set_points(roadmap.learning_curve(self.database, self.internship_id))

    def _set_enabled(self) -> None:
        editable = self.editable() and self._shown is not None
        for row in self.rows:
            row.slider.setEnabled(editable)
        self.completed_on.setEnabled(editable)
        self.today_button.setEnabled(editable)
        self.moment_box.setEnabled(self.internship_id is not None)

    # -- saving ------------------------------------------------------------------------
    def scores(self) -> dict[uuid.UUID, int | None]:
        return {row.competence_id: row.slider.score() for row in self.rows}

    def _changed(self) -> None:
        if self._filling or self._shown is None:
            return
        self.autosave.touch()

    def _save(self) -> None:
        if self._shown is None:
            return
        internship_id, moment = self._shown
        roadmap.save_scan(
            self.database,
            internship_id,
            moment,
            self.scores(),
            completed_on=read_typed_date(self.completed_on.text()),
            actor=self.actor,
        )
        self._refresh_curve()

    def completed_today(self) -> None:
        self.completed_on.set_date(date.today())
        self._changed()

    # -- language ----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.moment_label.setText(self.tr("&Scan"))
        for index in range(self.moment_box.count()):
            self.moment_box.setItemText(
                index, moment_label(ScanMoment(self.moment_box.itemData(index)))
            )
        self.completed_label.setText(self.tr("Done &on"))
        self.today_button.setText(self.tr("Toda&y"))
        self.today_button.setToolTip(self.tr("The scan was done today"))
        self.legend.setText(
            self.tr(
                "The intern scores each competence from 0 (cannot do it yet) to 4 (could "
                "teach it). Keyboard: 0–4 sets the level, ←/→ moves it, ↑/↓ or Tab goes to "
                "another competence. Saved as you type."
            )
        )
        self.scan_box.setTitle(self.tr("Self-assessment"))
        self.curve_box.setTitle(self.tr("Learning curve"))
        self.empty.setText(
            self.tr("This internship has no competences yet: add them in “Tasks & competences”.")
        )
        for row in self.rows:
            row.show_value()
        self.curve.update()

"""A small grouped bar chart painted with QPainter (QtCharts is not part of the Essentials)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

#: Distinguishable in colour and in grey (printed in black and white).
SERIES_COLOURS = ("#1f5f8b", "#e0a030", "#7a7a7a", "#4c9a2a")


class BarChart(QWidget):
    """Groups of bars (one group per category, one bar per series) with a legend."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.categories: list[str] = []
        self.series: list[tuple[str, list[float]]] = []
        self.setMinimumSize(320, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(
        self, categories: Sequence[str], series: Sequence[tuple[str, Sequence[float]]]
    ) -> None:
        self.categories = list(categories)
        self.series = [(name, list(values)) for name, values in series]
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, 240)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        metrics = painter.fontMetrics()
        line = metrics.height()
        legend_height = line + 6
        area = QRectF(self.rect()).adjusted(40, legend_height + 4, -8, -line - 6)
        if not self.categories or not self.series or area.width() < 10:
            return
        top = max((max(values, default=0) for _, values in self.series), default=0) or 1.0
        painter.setPen(QColor(text_colour))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        painter.drawText(
            QRectF(0, area.top() - line / 2, 36, line),
            Qt.AlignmentFlag.AlignRight,
            f"{top:,.0f}",
        )
        group_width = area.width() / len(self.categories)
        bar_width = group_width * 0.8 / len(self.series)
        for g, category in enumerate(self.categories):
            x0 = area.left() + g * group_width + group_width * 0.1
            for s, (_name, values) in enumerate(self.series):
                value = values[g] if g < len(values) else 0
                height = area.height() * value / top
                bar = QRectF(x0 + s * bar_width, area.bottom() - height, bar_width - 2, height)
                painter.fillRect(bar, QColor(SERIES_COLOURS[s % len(SERIES_COLOURS)]))
            painter.setPen(QColor(text_colour))
            painter.drawText(
                QRectF(area.left() + g * group_width, area.bottom() + 3, group_width, line),
                Qt.AlignmentFlag.AlignHCenter,
                category,
            )
        x = area.left()
        for s, (name, _values) in enumerate(self.series):
            painter.fillRect(QRectF(x, 4, 12, 12), QColor(SERIES_COLOURS[s % len(SERIES_COLOURS)]))
            painter.drawText(QRectF(x + 16, 2, 200, line + 2), Qt.AlignmentFlag.AlignLeft, name)
            x += 24 + metrics.horizontalAdvance(name)

"""The charts of the annual report: the weeks per year by language and per cluster.

They read in black and white: the two languages are a dark solid bar and a light hatched
one (:class:`HatchedBar`).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.graphics.widgetbase import Widget
from reportlab.lib import colors
from reportlab.lib.attrmap import AttrMap, AttrMapValue
from reportlab.lib.units import mm
from reportlab.lib.validators import isColorOrNone, isNumber

from consultant_app.documents.annual_data import Cell, YearColumn
from consultant_app.documents.annual_layout import ReportWords, text_width
from consultant_app.documents.styles import CONTENT_WIDTH, FONT, GREY
from consultant_app.documents.text import clean, format_number

_CHART_FONT = 7.5

#: Fills of the bar series: distinct in black and white (dark solid, light hatched).
_DARK = colors.Color(0.32, 0.32, 0.32)
_LIGHT = colors.Color(0.86, 0.86, 0.86)
_MID = colors.Color(0.55, 0.55, 0.55)
_HATCH = colors.Color(0.25, 0.25, 0.25)
_GRID = colors.Color(0.85, 0.85, 0.85)


class HatchedBar(Widget):
    """A bar with a fill, diagonal hatching and an outline (readable in black and white)."""

    _attrMap = AttrMap(
        x=AttrMapValue(isNumber),
        y=AttrMapValue(isNumber),
        width=AttrMapValue(isNumber),
        height=AttrMapValue(isNumber),
        fillColor=AttrMapValue(isColorOrNone),
        strokeColor=AttrMapValue(isColorOrNone),
        hatchColor=AttrMapValue(isColorOrNone),
        strokeWidth=AttrMapValue(isNumber),
        spacing=AttrMapValue(isNumber),
    )

    def __init__(
        self,
        fillColor: colors.Color = _LIGHT,
        hatchColor: colors.Color = _HATCH,
        strokeColor: colors.Color = colors.black,
        spacing: float = 3.5,
    ) -> None:
        self.x = self.y = 0.0
        self.width = self.height = 0.0
        self.fillColor = fillColor
        self.strokeColor = strokeColor
        self.hatchColor = hatchColor
        self.strokeWidth = 0.5
        self.spacing = spacing

    def draw(self) -> Group:
        x, y, w, h = self.x, self.y, self.width, self.height
        if w < 0:
            x, w = x + w, -w
        if h < 0:
            y, h = y + h, -h
        group = Group()
        if w <= 0 or h <= 0:
            return group
        group.add(Rect(x, y, w, h, fillColor=self.fillColor, strokeColor=None))
        # Lines Y = X + c (45°) inside the box, in coordinates relative to its corner.
        c = -w + self.spacing / 2
        while c < h:
            start, end = max(0.0, -c), min(w, h - c)
            if end > start:
                group.add(
                    Line(
                        x + start,
                        y + start + c,
                        x + end,
                        y + end + c,
                        strokeColor=self.hatchColor,
                        strokeWidth=0.45,
                    )
                )
            c += self.spacing
        group.add(
            Rect(
                x,
                y,
                w,
                h,
                fillColor=None,
                strokeColor=self.strokeColor,
                strokeWidth=self.strokeWidth,
            )
        )
        return group


def _fit_lines(text: str, font: str, size: float, width: float, max_lines: int = 2) -> str:
    """*text* wrapped in at most *max_lines* lines of *width*, cut with an ellipsis."""
    words = " ".join(clean(text).split()).split(" ")
    lines: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}" if current else word
        if text_width(candidate, font, size) <= width or not current:
            current = candidate
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    cut = len(lines) > max_lines
    lines = lines[:max_lines]
    result = []
    for index, line in enumerate(lines):
        last = index == len(lines) - 1
        if text_width(line, font, size) > width or (last and cut):
            while line and text_width(line + "…", font, size) > width:
                line = line[:-1]
            line = line.rstrip() + "…"
        result.append(line)
    return "\n".join(result)


def _value_axis(
    words: ReportWords, chart: VerticalBarChart | HorizontalBarChart, top: float
) -> None:
    axis = chart.valueAxis
    axis.valueMin = 0
    axis.valueMax = top * 1.12 if top > 0 else 1
    axis.labels.fontName = FONT
    axis.labels.fontSize = _CHART_FONT - 0.5
    axis.labels.fillColor = GREY
    axis.labelTextFormat = lambda value: words.count(value)
    axis.strokeColor = GREY
    axis.strokeWidth = 0.5
    axis.visibleGrid = 1
    axis.gridStrokeColor = _GRID
    axis.gridStrokeWidth = 0.4
    axis.avoidBoundFrac = 0
    chart.categoryAxis.strokeColor = GREY
    chart.categoryAxis.strokeWidth = 0.5
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = _CHART_FONT
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = _CHART_FONT - 0.5
    chart.barLabelFormat = lambda value: format_number(value, words.lang, 1, trim=True)


def _legend(drawing: Drawing, entries: Sequence[tuple[Widget | Rect, str]], y: float) -> None:
    """Swatches and names in one centred line at *y*."""
    size, gap = 9.0, 16.0
    widths = [size + 4 + text_width(clean(name), FONT, _CHART_FONT + 0.5) for _, name in entries]
    x = (drawing.width - sum(widths) - gap * (len(entries) - 1)) / 2
    for (swatch, name), width in zip(entries, widths, strict=True):
        swatch.x, swatch.y, swatch.width, swatch.height = x, y, size, size
        drawing.add(swatch)
        drawing.add(
            String(x + size + 4, y + 1.5, clean(name), fontName=FONT, fontSize=_CHART_FONT + 0.5)
        )
        x += width + gap


def weeks_per_year_chart(words: ReportWords, years: Sequence[YearColumn]) -> Drawing | None:
    """Figure 1: grouped bars of the weeks per year, NL (dark) and FR (hatched)."""
    nl = [float(y.nl.weeks) for y in years]
    fr = [float(y.fr.weeks) for y in years]
    top = max([*nl, *fr, 0.0])
    if not years or top <= 0:
        return None
    height = 62 * mm
    drawing = Drawing(CONTENT_WIDTH, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 36, 34
    chart.width, chart.height = CONTENT_WIDTH - 46, height - 44
    chart.data = [nl, fr]
    chart.categoryAxis.categoryNames = [str(y.year) for y in years]
    _value_axis(words, chart, top)
    chart.barLabels.boxAnchor = "s"
    chart.barLabels.dy = 2
    chart.barLabels.nudge = 0
    chart.groupSpacing = 14 if len(years) <= 6 else 8
    chart.barSpacing = 2
    chart.bars.strokeColor = colors.black
    chart.bars.strokeWidth = 0.5
    chart.bars[0].fillColor = _DARK
    chart.bars[1].fillColor = _LIGHT
    chart.bars[1].symbol = HatchedBar()
    chart.categoryAxis.labels.dy = -2
    drawing.add(chart)
    dark = Rect(0, 0, 0, 0, fillColor=_DARK, strokeColor=colors.black, strokeWidth=0.5)
    _legend(
        drawing,
        [
            (dark, words.t.plain("labels.language_nl")),
            (HatchedBar(), words.t.plain("labels.language_fr")),
        ],
        2,
    )
    return drawing


def weeks_per_cluster_chart(
    words: ReportWords, clusters: Sequence[tuple[str, Cell]]
) -> Drawing | None:
    """Figure 2: horizontal bars of the weeks per cluster, largest on top."""
    values = [float(c.weeks) for _, c in clusters]
    top = max([*values, 0.0])
    if not clusters or top <= 0:
        return None
    label_width = 46 * mm
    row = 17.0
    height = row * len(clusters) + 30
    drawing = Drawing(CONTENT_WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width + 6, 18
    chart.width, chart.height = CONTENT_WIDTH - label_width - 6 - 40, row * len(clusters)
    chart.data = [values]
    chart.categoryAxis.categoryNames = [
        _fit_lines(name, FONT, _CHART_FONT, label_width - 4) for name, _ in clusters
    ]
    chart.categoryAxis.reverseDirection = 1
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.labels.textAnchor = "end"
    chart.categoryAxis.labels.leading = _CHART_FONT + 1.5
    _value_axis(words, chart, top)
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.barLabels.nudge = 0
    chart.barSpacing = 0
    chart.groupSpacing = 5
    chart.bars.strokeColor = colors.black
    chart.bars.strokeWidth = 0.5
    chart.bars[0].fillColor = _MID
    drawing.add(chart)
    return drawing

"""The competence scan's radar chart: the start scan, the end scan and the mentor's scores.

The chart reads in black and white: each line has its own grey, dash pattern and
marker. Each spoke carries its competence's number and whole name, wrapped onto as
many lines as it needs inside the drawing (never cut).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from math import cos, pi, sin

from reportlab.graphics.charts.spider import SpiderChart
from reportlab.graphics.shapes import Drawing, Line, Polygon, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics

from consultant_app.documents.roadmap_data import ScanRow
from consultant_app.documents.styles import CONTENT_WIDTH, FONT, GREY, register_fonts
from consultant_app.documents.templates import DocumentTemplate
from consultant_app.documents.text import clean
from consultant_app.domain.roadmap import SCAN_LEVELS

#: The highest self-score of a competence scan (the chart's outer ring).
SCAN_MAX = SCAN_LEVELS[-1]
#: The size of the chart's texts, and the grey of its rings (shared with the report's chart).
CHART_FONT = 7.5
RING = colors.Color(0.78, 0.78, 0.78)


@dataclass(frozen=True)
class _Series:
    """How one line of the chart looks: grey, dashes, marker, width and an optional fill."""

    color: colors.Color
    dash: tuple[float, ...] | None
    marker: str
    width: float
    marker_fill: colors.Color
    fill: colors.Color | None = None


_START = _Series(colors.Color(0.5, 0.5, 0.5), (4, 2.5), "Circle", 1.2, colors.white)
_END = _Series(colors.black, None, "FilledSquare", 1.6, colors.black, colors.Color(0.9, 0.9, 0.9))
_MENTOR = _Series(colors.Color(0.25, 0.25, 0.25), (1, 1.8), "FilledDiamond", 1.3, colors.black)


class _FixedScaleSpider(SpiderChart):
    """A spider chart whose outer ring is always the top of the scale (4)."""

    def normalizeData(self, outer: float = 0.0) -> list[list[float]]:
        self._norm = float(SCAN_MAX)
        return [[value / SCAN_MAX for value in row] for row in self.data]


def _point(cx: float, cy: float, radius: float, count: int, index: int, value: float):
    angle = pi / 2 - index * 2 * pi / count  # clockwise from the top, as the chart draws
    return cx + cos(angle) * radius * value / SCAN_MAX, cy + sin(angle) * radius * value / SCAN_MAX


def _marker(style: _Series, x: float, y: float, size: float = 5.5):
    return makeMarker(
        style.marker,
        x=x,
        y=y,
        size=size,
        fillColor=style.marker_fill,
        strokeColor=style.color,
        strokeWidth=0.8,
    )


def _broken_line(
    drawing: Drawing,
    values: Sequence[int | None],
    style: _Series,
    centre: tuple[float, float, float],
) -> None:
    """A line with gaps where a value is missing, and a marker on every known value."""
    cx, cy, radius = centre
    count = len(values)
    for index, value in enumerate(values):
        following = values[(index + 1) % count]
        if value is None:
            continue
        x, y = _point(cx, cy, radius, count, index, value)
        if following is not None and count > 1:
            x2, y2 = _point(cx, cy, radius, count, (index + 1) % count, following)
            drawing.add(
                Line(
                    x, y, x2, y2,
                    strokeColor=style.color,
                    strokeWidth=style.width,
                    strokeDashArray=style.dash,
                )
            )  # fmt: skip
    for index, value in enumerate(values):
        if value is not None:
            drawing.add(_marker(style, *_point(cx, cy, radius, count, index, value)))


def _legend(drawing: Drawing, entries: Sequence[tuple[_Series, str]], y: float) -> None:
    """Line samples with their marker and name, centred in one line at *y*."""
    sample, gap = 22.0, 18.0
    widths = [
        sample + 5 + pdfmetrics.stringWidth(name, FONT, CHART_FONT + 0.5) for _, name in entries
    ]
    x = (drawing.width - sum(widths) - gap * (len(entries) - 1)) / 2
    for (style, name), width in zip(entries, widths, strict=True):
        drawing.add(
            Line(
                x, y + 3, x + sample, y + 3,
                strokeColor=style.color,
                strokeWidth=style.width,
                strokeDashArray=style.dash,
            )
        )  # fmt: skip
        drawing.add(_marker(style, x + sample / 2, y + 3))
        drawing.add(String(x + sample + 5, y, name, fontName=FONT, fontSize=CHART_FONT + 0.5))
        x += width + gap


#: The widest a spoke label may be; it wraps onto as many lines as its name needs.
_LABEL_WIDTH = 46 * mm
_LABEL_LEADING = CHART_FONT * 1.2
#: Between a spoke's end and its label, and between a label and the drawing's edge.
_LABEL_GAP = 2.5 * mm
_EDGE = 1.0
#: Up to this many competences, the spokes carry their names; beyond, only their numbers.
_NAMED_SPOKES = 8


def _wrap(text: str, width: float) -> list[str]:
    """*text* in lines no wider than *width*; a word too long for a line is split, never cut."""
    lines: list[str] = []
    for line in simpleSplit(text, FONT, CHART_FONT, width):
        while len(line) > 1 and pdfmetrics.stringWidth(line, FONT, CHART_FONT) > width:
            cut = len(line) - 1
            while cut > 1 and pdfmetrics.stringWidth(line[:cut], FONT, CHART_FONT) > width:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
        lines.append(line)
    return lines or [""]


@dataclass(frozen=True)
class SpokeLabel:
    """A spoke's label laid out: its lines, their anchor ("start", "middle" or "end") and box.

    ``x`` is where the lines are anchored and ``top`` the top of the box, both from the
    chart's centre.
    """

    lines: tuple[str, ...]
    anchor: str
    x: float
    top: float
    width: float

    @property
    def height(self) -> float:
        return len(self.lines) * _LABEL_LEADING

    @property
    def left(self) -> float:
        if self.anchor == "start":
            return self.x
        if self.anchor == "end":
            return self.x - self.width
        return self.x - self.width / 2

    @property
    def bottom(self) -> float:
        return self.top - self.height


def spoke_labels(names: Sequence[str], radius: float, half_width: float) -> list[SpokeLabel]:
    """The labels of *names* around a chart of *radius*, wrapped within the drawing.

    The drawing reaches *half_width* left and right of the centre; a label takes the
    room between its spoke and the drawing's edge (at most :data:`_LABEL_WIDTH`) and as
    many lines as its name needs.
    """
    count = len(names)
    labels = []
    reach = radius + _LABEL_GAP
    for index, name in enumerate(names):
        angle = pi / 2 - index * 2 * pi / count  # clockwise from the top, as the chart draws
        x, y = cos(angle) * reach, sin(angle) * reach
        if cos(angle) > 0.2:
            anchor, room = "start", half_width - _EDGE - x
        elif cos(angle) < -0.2:
            anchor, room = "end", x + half_width - _EDGE
        else:
            anchor, room = "middle", 2 * (half_width - _EDGE - abs(x))
        room = max(12 * mm, min(_LABEL_WIDTH, room))
        lines = _wrap(" ".join(clean(name).split()), room)
        width = max(pdfmetrics.stringWidth(line, FONT, CHART_FONT) for line in lines)
        height = len(lines) * _LABEL_LEADING
        # Above the chart a label rises from its spoke (clear of the scale's numbers),
        # below it hangs from it, at the sides it is centred on it.
        top = y + height / 2 + sin(angle) * height / 2 + max(0.0, sin(angle)) * 2 * mm
        labels.append(SpokeLabel(tuple(lines), anchor, x, top, width))
    return labels


def _draw_label(drawing: Drawing, label: SpokeLabel, cx: float, cy: float) -> None:
    baseline = cy + label.top - CHART_FONT
    for line in label.lines:
        drawing.add(
            String(cx + label.x, baseline, line, fontName=FONT, fontSize=CHART_FONT,
                   textAnchor=label.anchor)
        )  # fmt: skip
        baseline -= _LABEL_LEADING


def radar_chart(t: DocumentTemplate, rows: Sequence[ScanRow]) -> Drawing:
    """The start scan, end scan and mentor's final scores of *rows* on one radar chart.

    Each spoke carries its competence's number and whole name, wrapped inside the drawing
    (beyond :data:`_NAMED_SPOKES` competences, its number only).
    """
    register_fonts()
    named = len(rows) <= _NAMED_SPOKES
    # A long list gets a smaller chart, so that the chart and its table share one page.
    radius = (38 if named else 34) * mm
    legend_room = 16.0
    names = [f"{i}. {row.competence}" if named else str(i) for i, row in enumerate(rows, 1)]
    labels = spoke_labels(names, radius, CONTENT_WIDTH / 2)
    above = max([radius, *(label.top for label in labels)])
    below = max([radius, *(-label.bottom for label in labels)])
    drawing = Drawing(CONTENT_WIDTH, legend_room + below + above + 2)
    cx, cy = CONTENT_WIDTH / 2, legend_room + below
    count = len(rows)
    for level in range(1, SCAN_MAX + 1):  # the rings of the scale, and their numbers
        ring = [
            coordinate
            for i in range(count)
            for coordinate in _point(cx, cy, radius, count, i, level)
        ]
        drawing.add(Polygon(ring, strokeColor=RING, strokeWidth=0.5, fillColor=None))
        drawing.add(
            String(cx + 2, cy + radius * level / SCAN_MAX + 1.5, str(level),
                   fontName=FONT, fontSize=CHART_FONT - 1, fillColor=GREY)
        )  # fmt: skip
    series = [
        (_START, [row.start for row in rows], t.plain("scan.start")),
        (_END, [row.end for row in rows], t.plain("scan.end")),
        (_MENTOR, [row.mentor for row in rows], t.plain("scan.mentor")),
    ]
    chart = _FixedScaleSpider()
    chart.x, chart.y = cx - radius, cy - radius
    chart.width = chart.height = 2 * radius
    chart.startAngle = 90
    chart.direction = "clockwise"
    chart.labels = None
    chart.spokes.strokeColor = RING
    chart.spokes.strokeWidth = 0.5
    complete = [(s, v, n) for s, v, n in series if v and all(x is not None for x in v)]
    partial = [
        (s, v, n)
        for s, v, n in series
        if any(x is not None for x in v) and (s, v, n) not in complete
    ]
    # The chart draws the complete lines; an empty chart still draws the spokes and labels.
    chart.data = [[float(x or 0) for x in values] for _, values, _ in complete] or [[0.0] * count]
    for index, (style, _, name) in enumerate(complete):
        strand = chart.strands[index]
        strand.strokeColor = style.color
        strand.strokeWidth = style.width
        strand.strokeDashArray = style.dash
        strand.fillColor = style.fill
        strand.symbol = makeMarker(style.marker)
        strand.symbol.fillColor = style.marker_fill
        strand.symbol.strokeColor = style.color
        strand.symbol.strokeWidth = 0.8
        strand.symbolSize = 5.5
        strand.name = name
    if not complete:
        chart.strands[0].strokeColor = None
        chart.strands[0].strokeWidth = 0
    drawing.add(chart)
    for label in labels:
        _draw_label(drawing, label, cx, cy)
    for style, values, _ in partial:
        _broken_line(drawing, values, style, (cx, cy, radius))
    shown = [(style, name) for style, values, name in series if any(x is not None for x in values)]
    if shown:
        _legend(drawing, shown, 2)
    return drawing

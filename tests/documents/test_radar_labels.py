"""The competence scan's radar chart: every spoke's label is wrapped, whole, inside the chart."""

from __future__ import annotations

import pytest
from reportlab.graphics import renderPDF

from consultant_app.documents.roadmap_data import ScanRow
from consultant_app.documents.scan_chart import radar_chart
from consultant_app.documents.sheet_layout import template
from consultant_app.documents.styles import CONTENT_WIDTH
from tests.support.pdf_text import pdftotext, words

NAMES = (
    "Communicatie en samenwerking met de technische ploeg op een druk draaiplateau",
    "Kadrering",
    "Connaissance des formats d'image, couches alpha et paramètres de rendu pour la diffusion",
    "Planning",
    "Knowledge of broadcast loudness standards (EBU R128) and of the delivery specifications",
    "Montage",
    "Typographie et design graphique pour l'image animée dans les génériques",
    "Ontwikkelingsgerichtezelfstandigheidsbeoordelingsvaardigheidscompetentie",
)


def _rows(count: int) -> tuple[ScanRow, ...]:
    return tuple(ScanRow(NAMES[i], i % 5, 4 - i % 3, 1 + i % 4, 3) for i in range(count))


@pytest.mark.parametrize("count", [3, 5, 8])
@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_every_label_prints_whole(count: int, language: str) -> None:
    drawing = radar_chart(template(language), _rows(count))
    text = pdftotext(renderPDF.drawToString(drawing))
    flat, packed = words(text), "".join(text.split())
    for number, name in enumerate(NAMES[:count], start=1):
        assert "…" not in text
        label = f"{number}. {name}"
        # Wrapped onto lines, the label reads whole; a word too long for a line is split
        # over lines but keeps all its letters.
        if max(len(word) for word in name.split()) < 30:
            assert label in flat
        assert "".join(label.split()) in packed


@pytest.mark.parametrize("count", [3, 4, 6, 8, 12])
def test_labels_stay_inside_the_chart(count: int) -> None:
    drawing = radar_chart(template("fr"), _rows(count) if count <= 8 else _many(count))
    assert drawing.width <= CONTENT_WIDTH
    left, bottom, right, top = drawing.getBounds()
    assert left >= 0 and bottom >= 0
    assert right <= drawing.width and top <= drawing.height


def _many(count: int) -> tuple[ScanRow, ...]:
    return tuple(ScanRow(f"Competentie {n} met een lange naam", 1, 2, 3, 3) for n in range(count))

"""The page frame of every printed document and its PDF bytes.

Each page gets the fund's header (logo, name, a short note), a footer with "page X of Y"
and, for a draft, a mark across it. A document is built with :func:`build_pdf` from a
list of flowables and a :class:`PageSetup`; the result only depends on its input (no
clock, no random identifiers), so the same data always gives the same bytes.
"""

from __future__ import annotations

import io
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from consultant_app.documents.data import FundIdentity
from consultant_app.documents.styles import (
    CONTENT_WIDTH,
    FONT,
    FONT_BOLD,
    GREY,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    register_fonts,
)
from consultant_app.documents.text import clean, fit

# --------------------------------------------------------------------------- logo


@dataclass(frozen=True)
class _Logo:
    image: ImageReader
    width: float
    height: float


_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")
_LOGO_MAX_PIXELS = (1200, 400)


@lru_cache(maxsize=8)
def _read_logo(path: str, mtime_ns: int, size: int) -> _Logo | None:
    from PIL import Image

    try:
        data = Path(path).read_bytes()
        if not data.startswith(_IMAGE_MAGIC):
            return None
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            if image.mode not in ("RGB", "RGBA", "L", "LA"):
                image = image.convert("RGBA")
            else:
                image = image.copy()
        image.thumbnail(_LOGO_MAX_PIXELS)  # plenty for the header; keeps the PDF small
        width, height = image.size
        if width <= 0 or height <= 0:
            return None
        return _Logo(ImageReader(image), float(width), float(height))
    except Exception:  # a broken logo must never stop a document from printing
        return None


def load_logo(path: Path | None) -> _Logo | None:
    """The logo at *path* when it is a readable PNG or JPEG, else ``None`` (read once)."""
    if path is None:
        return None
    try:
        stat = Path(path).stat()
    except (OSError, ValueError):
        return None
    return _read_logo(str(path), stat.st_mtime_ns, stat.st_size)


# --------------------------------------------------------------------------- pages


@dataclass(frozen=True)
class PageSetup:
    """What every page shows around the content, and the document's metadata."""

    title: str
    fund: FundIdentity
    issued_on: date  # the PDF's creation date (never the clock)
    footer: str  # e.g. the reference and version
    page_label: Callable[[int, int], str]  # (page, pages) -> "page 1 of 3"
    header_note: str = ""  # short text at the right of the header
    draft_label: str = ""  # printed across every page when not empty
    subject: str = ""


def _header_lines(text: str, width: float) -> tuple[float, list[str]]:
    """The fund name in one line at 10 pt, or else in at most two lines at 8.5 pt."""
    text = " ".join(clean(text).split())
    if pdfmetrics.stringWidth(text, FONT_BOLD, 10) <= width:
        return 10.0, [text] if text else []
    lines = simpleSplit(text, FONT_BOLD, 8.5, width)
    if len(lines) > 2:
        lines = [lines[0], " ".join(lines[1:])]
    return 8.5, [fit(line, FONT_BOLD, 8.5, width) for line in lines]


def _draw_header(canvas: Canvas, setup: PageSetup) -> None:
    top = PAGE_HEIGHT - 12 * mm
    x = MARGIN_X
    logo = load_logo(setup.fund.logo_path)
    if logo is not None:
        scale = min(12 * mm / logo.height, 40 * mm / logo.width)
        width, height = logo.width * scale, logo.height * scale
        canvas.drawImage(logo.image, x, top - height, width, height, mask="auto")
        x += width + 4 * mm
    right = PAGE_WIDTH - MARGIN_X
    if setup.header_note:
        note = fit(setup.header_note, FONT, 8, 55 * mm)
        canvas.setFont(FONT, 8)
        canvas.setFillColor(GREY)
        canvas.drawRightString(right, top - 8, note)
        right -= pdfmetrics.stringWidth(note, FONT, 8) + 6 * mm
    size, lines = _header_lines(setup.fund.name, max(right - x, 20 * mm))
    canvas.setFont(FONT_BOLD, size)
    canvas.setFillColor(colors.black)
    for index, line in enumerate(lines):
        canvas.drawString(x, top - 9 - index * (size + 2), line)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    rule_y = PAGE_HEIGHT - MARGIN_TOP + 4 * mm
    canvas.line(MARGIN_X, rule_y, PAGE_WIDTH - MARGIN_X, rule_y)


def _draw_draft(canvas: Canvas, label: str) -> None:
    text = " ".join(clean(label).split())
    size = 90.0
    room = 0.8 * (PAGE_WIDTH**2 + PAGE_HEIGHT**2) ** 0.5
    width = pdfmetrics.stringWidth(text, FONT_BOLD, size)
    if width > room:
        size *= room / width
    canvas.setFont(FONT_BOLD, size)
    canvas.setFillColor(colors.Color(0.89, 0.89, 0.89))
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(55)
    canvas.drawCentredString(0, -size / 3, text)


def _draw_footer(canvas: Canvas, setup: PageSetup, page: int, pages: int) -> None:
    canvas.saveState()
    y = MARGIN_BOTTOM - 9 * mm
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, y + 10, PAGE_WIDTH - MARGIN_X, y + 10)
    canvas.setFont(FONT, 8)
    canvas.setFillColor(GREY)
    label = fit(setup.page_label(page, pages), FONT, 8, 50 * mm)
    canvas.drawRightString(PAGE_WIDTH - MARGIN_X, y, label)
    room = CONTENT_WIDTH - pdfmetrics.stringWidth(label, FONT, 8) - 8 * mm
    canvas.drawString(MARGIN_X, y, fit(setup.footer, FONT, 8, room))
    canvas.restoreState()


class _PagedCanvas(Canvas):
    """A canvas that keeps its pages until the end to print "page X of Y" on each."""

    def __init__(self, *args: object, setup: PageSetup, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._setup = setup
        self._pages: list[dict] = []
        stamp = f"D:{setup.issued_on:%Y%m%d}000000+00'00'"
        self.setDateFormatter(lambda *_: stamp)

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        pages = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            _draw_footer(self, self._setup, number, pages)
            Canvas.showPage(self)
        Canvas.save(self)


_build_lock = threading.Lock()


def _new_lock() -> None:
    """A forked helper process starts with a free lock, whatever its parent was doing."""
    global _build_lock
    _build_lock = threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_new_lock)


def build_pdf(story: list[Flowable], setup: PageSetup) -> bytes:
    """The A4 PDF of *story* with the header, footer and draft mark of *setup*."""
    register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=clean(setup.title),
        author=clean(setup.fund.name),
        subject=clean(setup.subject),
        creator=clean(setup.fund.name),
        invariant=1,
        initialFontName=FONT,
    )
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        CONTENT_WIDTH,
        PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="content",
    )

    def on_page(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.saveState()
        if setup.draft_label:
            canvas.saveState()
            _draw_draft(canvas, setup.draft_label)
            canvas.restoreState()
        _draw_header(canvas, setup)
        canvas.restoreState()

    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])

    def canvas_maker(*args: object, **kwargs: object) -> _PagedCanvas:
        return _PagedCanvas(*args, setup=setup, **kwargs)

    with _build_lock:  # reportlab settings are global: one document at a time
        use_a85 = rl_config.useA85
        rl_config.useA85 = 0  # binary streams: smaller and faster than ASCII85 text
        try:
            doc.build(story, canvasmaker=canvas_maker)
        finally:
            rl_config.useA85 = use_a85
    return buffer.getvalue()


__all__ = ["PageSetup", "build_pdf", "load_logo"]

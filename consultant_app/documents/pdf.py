"""Shared layout of every printed document: fonts, styles, safe text, page frame, PDF bytes.

Any user text goes through :func:`escape` (or :func:`para`) and prints literally: no
Paragraph markup can be injected. A document is built with :func:`build_pdf` from a list
of flowables and a :class:`PageSetup`; the result only depends on its input (no clock,
no random identifiers), so the same data always gives the same bytes.
"""

from __future__ import annotations

import io
import os
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape as _xml_escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    LongTable,
    PageTemplate,
    Paragraph,
    Table,
)

from consultant_app.documents.data import FundIdentity
from consultant_app.paths import RESOURCES_DIR

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 30 * mm
MARGIN_BOTTOM = 20 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

GREY = colors.Color(0.35, 0.35, 0.35)
RULE = colors.Color(0.7, 0.7, 0.7)
SHADE = colors.Color(0.93, 0.94, 0.96)

#: Printed for a value still to be filled in by hand.
BLANK = "…" * 20
SHORT_BLANK = "…" * 12

# --------------------------------------------------------------------------- fonts

_fonts_lock = threading.Lock()
_fonts_registered = False


def register_fonts() -> None:
    """Register the DejaVu Sans family with reportlab (once per process)."""
    global _fonts_registered
    if _fonts_registered:
        return
    with _fonts_lock:
        if _fonts_registered:
            return
        folder = RESOURCES_DIR / "fonts"
        for name in (FONT, FONT_BOLD, FONT_ITALIC, FONT_BOLD_ITALIC):
            pdfmetrics.registerFont(TTFont(name, str(folder / f"{name}.ttf")))
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
        )
        _fonts_registered = True


# --------------------------------------------------------------------------- text

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def clean(text: object) -> str:
    """*text* as a string without control characters; line ends become ``\\n``."""
    value = "" if text is None else str(text)
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    value = value.replace("\u2029", "\n").replace("\t", " ")
    return _CONTROL.sub("", value)


def escape(text: object) -> str:
    """Paragraph markup that prints *text* literally; its newlines become line breaks."""
    return _xml_escape(clean(text)).replace("\n", "<br/>")


def para(text: object, style: ParagraphStyle) -> Paragraph:
    """A paragraph printing the user text *text* literally."""
    return Paragraph(escape(text), style)


def format_date(day: date | None) -> str:
    """``dd/mm/yyyy``; an empty string for ``None``."""
    if day is None:
        return ""
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


_SEPARATORS = {"nl": (",", "."), "fr": (",", "\u00a0"), "en": (".", ",")}


def format_number(
    value: float | Decimal, language: str, decimals: int = 1, trim: bool = False
) -> str:
    """*value* rounded half up to *decimals*, with the decimal and thousands marks of *language*.

    With *trim*, trailing zero decimals are dropped (``37.5`` → ``37,5``, ``38.0`` → ``38``).
    """
    point, group = _SEPARATORS.get(language, _SEPARATORS["en"])
    quantum = Decimal(1).scaleb(-decimals)
    number = Decimal(str(value)).quantize(quantum, rounding=ROUND_HALF_UP)
    sign = "-" if number < 0 else ""
    whole, _, fraction = f"{abs(number):f}".partition(".")
    if trim:
        fraction = fraction.rstrip("0")
    grouped = f"{int(whole):,}".replace(",", group)
    return sign + grouped + (point + fraction if fraction else "")


# --------------------------------------------------------------------------- styles


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    note: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_label: ParagraphStyle
    bullet: ParagraphStyle


@lru_cache(maxsize=1)
def styles() -> Styles:
    """The paragraph styles of all documents (fonts registered on first use)."""
    register_fonts()
    body = ParagraphStyle(
        "body", fontName=FONT, fontSize=9.5, leading=13, spaceAfter=4, splitLongWords=1
    )
    cell = ParagraphStyle("cell", body, fontSize=9, leading=11.5, spaceAfter=0)
    return Styles(
        body=body,
        small=ParagraphStyle("small", body, fontSize=8, leading=10, textColor=GREY),
        title=ParagraphStyle(
            "title", body, fontName=FONT_BOLD, fontSize=16, leading=20, spaceAfter=4
        ),
        subtitle=ParagraphStyle("subtitle", body, fontSize=10, leading=13, textColor=GREY),
        heading=ParagraphStyle(
            "heading",
            body,
            fontName=FONT_BOLD,
            fontSize=11,
            leading=14,
            spaceBefore=9,
            spaceAfter=4,
        ),
        subheading=ParagraphStyle(
            "subheading",
            body,
            fontName=FONT_BOLD,
            spaceBefore=4,
            spaceAfter=2,
        ),
        note=ParagraphStyle("note", body, fontName=FONT_ITALIC, textColor=GREY),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", cell, fontName=FONT_BOLD),
        cell_label=ParagraphStyle("cell_label", cell, textColor=GREY),
        bullet=ParagraphStyle(
            "bullet", body, leftIndent=14, bulletIndent=2, bulletFontName=FONT, spaceAfter=2
        ),
    )


def heading(markup: str, style: ParagraphStyle, room: float = 0.0) -> list[Flowable]:
    """A heading (trusted *markup*) that starts a new page when fewer than a few lines
    (or *room* points) are left below it, so that it never ends a page alone."""
    needed = style.spaceBefore + style.leading + max(room, 4 * styles().body.leading)
    return [CondPageBreak(needed), Paragraph(markup, style)]


# --------------------------------------------------------------------------- tables

_PAD = 3.0  # left and right cell padding of every table


def cell(text: object, style: ParagraphStyle, width: float) -> str | Paragraph:
    """A table cell printing *text* literally in a column *width* wide.

    Text that fits on one line stays a plain string (drawn as is, much faster); anything
    longer or with line breaks becomes a wrapping paragraph. Give the table the cell
    style's font with :func:`_text_style`.
    """
    value = clean(text)
    if "\n" in value or (
        pdfmetrics.stringWidth(value, style.fontName, style.fontSize) > width - 2 * _PAD
    ):
        return Paragraph(escape(value), style)
    return value


def _text_style(style: ParagraphStyle, area: tuple[tuple[int, int], tuple[int, int]]) -> list:
    start, stop = area
    return [
        ("FONTNAME", start, stop, style.fontName),
        ("FONTSIZE", start, stop, style.fontSize),
        ("LEADING", start, stop, style.leading),
        ("TEXTCOLOR", start, stop, style.textColor),
        ("ALIGN", start, stop, ("LEFT", "CENTER", "RIGHT")[style.alignment % 3]),
    ]


_TOP_PAD, _BOTTOM_PAD = 2, 3
_BASE_STYLE = [
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
    ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
    ("TOPPADDING", (0, 0), (-1, -1), _TOP_PAD),
    ("BOTTOMPADDING", (0, 0), (-1, -1), _BOTTOM_PAD),
]


def key_value_table(rows: Sequence[tuple[str, str]], label_width: float = 48 * mm) -> Table:
    """Two columns of user text, label and value, with light rules between the rows."""
    st = styles()
    widths = (label_width, CONTENT_WIDTH - label_width)
    data = [
        [cell(label, st.cell_label, widths[0]), cell(value, st.cell, widths[1])]
        for label, value in rows
    ]
    table = Table(data, colWidths=widths, hAlign="LEFT", splitInRow=1)
    table.setStyle(
        _BASE_STYLE
        + _text_style(st.cell_label, ((0, 0), (0, -1)))
        + _text_style(st.cell, ((1, 0), (1, -1)))
        + [("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE)]
    )
    return table


def grid_table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    align_right: Sequence[int] = (),
) -> Table:
    """A table of user text with a shaded header row repeated on each page."""
    st = styles()
    plain, bold = st.cell, st.cell_bold
    right, right_bold = (ParagraphStyle(f"{s.name}_right", s, alignment=2) for s in (plain, bold))
    styles_by_column = [
        (right_bold, right) if column in align_right else (bold, plain)
        for column in range(len(widths))
    ]
    plain_height = max(plain.leading, bold.leading) + _TOP_PAD + _BOTTOM_PAD
    data = [[cell(text, styles_by_column[i][0], widths[i]) for i, text in enumerate(header)]]
    for row in rows:
        data.append([cell(text, styles_by_column[i][1], widths[i]) for i, text in enumerate(row)])
    commands = list(_BASE_STYLE)
    for column, (head, body) in enumerate(styles_by_column):
        commands += _text_style(head, ((column, 0), (column, 0)))
        commands += _text_style(body, ((column, 1), (column, -1)))
    commands += [("BACKGROUND", (0, 0), (-1, 0), SHADE), ("GRID", (0, 0), (-1, -1), 0.4, RULE)]
    # A row of plain one-line strings has a known height; giving it spares reportlab from
    # measuring every cell again each time a long table is split across a page.
    heights: list[float | None] = [
        None if any(isinstance(value, Paragraph) for value in row) else plain_height for row in data
    ]
    table = LongTable(
        data,
        colWidths=list(widths),
        rowHeights=heights,
        repeatRows=1,
        hAlign="LEFT",
        splitInRow=1,
    )
    table.setStyle(commands)
    return table


@dataclass(frozen=True)
class SignatureBlock:
    """One party's signature column: a title, lines ``(label, value)`` and a box caption."""

    title: str
    lines: tuple[tuple[str, str], ...]
    caption: str = ""


def signature_table(blocks: Sequence[SignatureBlock], box_height: float = 24 * mm) -> Table:
    """Side-by-side signature columns, each with its lines and an empty box to sign in."""
    st = styles()
    width = CONTENT_WIDTH / len(blocks)
    line_count = max(len(block.lines) for block in blocks)
    data: list[list[object]] = [[para(block.title, st.cell_bold) for block in blocks]]
    for index in range(line_count):
        row: list[object] = []
        for block in blocks:
            if index < len(block.lines):
                label, value = block.lines[index]
                row.append(cell(f"{clean(label)} {clean(value) or SHORT_BLANK}", st.cell, width))
            else:
                row.append("")
        data.append(row)
    data.append(["" for _ in blocks])
    data.append([para(block.caption, st.small) for block in blocks])
    box = len(data) - 2
    heights: list[float | None] = [None] * len(data)
    heights[box] = box_height
    table = Table(data, colWidths=[width] * len(blocks), rowHeights=heights, hAlign="LEFT")
    commands = _BASE_STYLE + _text_style(st.cell, ((0, 0), (-1, -1)))
    commands = [*commands, ("TOPPADDING", (0, 0), (-1, -1), 3)]
    for column in range(len(blocks)):
        commands.append(("BOX", (column, box), (column, box), 0.6, GREY))
    table.setStyle(commands)
    return table


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


def _fit(text: str, font: str, size: float, width: float) -> str:
    """*text* cut with an ellipsis so that it fits in *width*."""
    text = " ".join(clean(text).split())
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)  # the longest prefix that fits with the ellipsis
    while low < high:
        middle = (low + high + 1) // 2
        if pdfmetrics.stringWidth(text[:middle] + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


def _header_lines(text: str, width: float) -> tuple[float, list[str]]:
    """The fund name in one line at 10 pt, or else in at most two lines at 8.5 pt."""
    text = " ".join(clean(text).split())
    if pdfmetrics.stringWidth(text, FONT_BOLD, 10) <= width:
        return 10.0, [text] if text else []
    lines = simpleSplit(text, FONT_BOLD, 8.5, width)
    if len(lines) > 2:
        lines = [lines[0], " ".join(lines[1:])]
    return 8.5, [_fit(line, FONT_BOLD, 8.5, width) for line in lines]


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
        note = _fit(setup.header_note, FONT, 8, 55 * mm)
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
    label = _fit(setup.page_label(page, pages), FONT, 8, 50 * mm)
    canvas.drawRightString(PAGE_WIDTH - MARGIN_X, y, label)
    room = CONTENT_WIDTH - pdfmetrics.stringWidth(label, FONT, 8) - 8 * mm
    canvas.drawString(MARGIN_X, y, _fit(setup.footer, FONT, 8, room))
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


def _new_locks() -> None:
    """A forked helper process starts with free locks, whatever its parent was doing."""
    global _build_lock, _fonts_lock
    _build_lock, _fonts_lock = threading.Lock(), threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_new_locks)


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


__all__ = [
    "BLANK",
    "CONTENT_WIDTH",
    "PageSetup",
    "SignatureBlock",
    "Styles",
    "build_pdf",
    "clean",
    "escape",
    "format_date",
    "format_number",
    "grid_table",
    "heading",
    "key_value_table",
    "load_logo",
    "para",
    "register_fonts",
    "signature_table",
    "styles",
]

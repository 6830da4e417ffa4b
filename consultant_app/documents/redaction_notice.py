"""The page that takes the place of an issued document after the anonymisation of a person
it named (A4 PDF): what the document was, when it was withdrawn, and why."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Flowable, Paragraph, Spacer

from consultant_app.documents.data import FundIdentity
from consultant_app.documents.flowables import heading
from consultant_app.documents.pdf import PageSetup, build_pdf
from consultant_app.documents.styles import styles
from consultant_app.documents.templates import TemplateSpec, keys, load_template
from consultant_app.documents.text import format_date

SPEC = TemplateSpec(
    document="redaction",
    keys=frozenset(keys("document.", "title header footer page") + keys("notice.", "heading text")),
    placeholders=frozenset(keys("", "filename kind version issued_on today page pages")),
)


@dataclass(frozen=True)
class WithdrawnDocument:
    """The facts of the withdrawn document the notice names (none of them personal)."""

    filename: str
    kind: str
    version: int
    issued_on: date
    language: str


def render_redaction_notice(document: WithdrawnDocument, fund: FundIdentity, today: date) -> bytes:
    """The notice PDF in the language of the withdrawn *document*."""
    t = load_template(SPEC, document.language)
    values = {
        "filename": document.filename,
        "kind": document.kind,
        "version": document.version,
        "issued_on": format_date(document.issued_on),
        "today": format_date(today),
    }
    st = styles()
    title = t.plain("document.title", **values)
    story: list[Flowable] = [
        Paragraph(t.markup("document.title", **values), st.title),
        Spacer(1, 6),
        *heading(t.markup("notice.heading"), st.heading),
        *t.flowables("notice.text", **values),
    ]
    setup = PageSetup(
        title=title,
        fund=fund,
        issued_on=today,
        footer=t.plain("document.footer", **values),
        page_label=lambda page, pages: t.plain("document.page", page=page, pages=pages),
        header_note=t.plain("document.header"),
        subject=document.filename,
    )
    return build_pdf(story, setup)

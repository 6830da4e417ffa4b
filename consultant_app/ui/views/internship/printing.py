"""Printing from the panel: the convention, its amendments and the roadmap's sheets are issued,
kept with the internship's documents and shown in the print preview."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QPushButton, QWidget

from consultant_app.domain.errors import InvalidValue
from consultant_app.services.internships.detail import load_internship
from consultant_app.services.printing import conventions
from consultant_app.services.privacy.private_files import write_private_file
from consultant_app.store.database import Database
from consultant_app.ui.dialogs.pdf_preview import PdfPreviewDialog
from consultant_app.ui.tasks import run_task
from consultant_app.ui.views.internship.actions import not_possible

if TYPE_CHECKING:
    from consultant_app.services.internships.detail import InternshipDetail

#: The roadmap's printed sheets in the menu's order: (sheet, stage, blank) -> menu text.
SHEETS: dict[tuple[str, str | None, bool], str] = {
    ("roadmap", None, False): QT_TRANSLATE_NOOP("InternshipPanel", "The whole roadmap"),
    ("evaluation-sheet", "midterm", True): QT_TRANSLATE_NOOP(
        "InternshipPanel", "Mid-term evaluation, blank"
    ),
    ("evaluation-sheet", "midterm", False): QT_TRANSLATE_NOOP(
        "InternshipPanel", "Mid-term evaluation, filled"
    ),
    ("evaluation-sheet", "final", True): QT_TRANSLATE_NOOP(
        "InternshipPanel", "Final evaluation, blank"
    ),
    ("evaluation-sheet", "final", False): QT_TRANSLATE_NOOP(
        "InternshipPanel", "Final evaluation, filled"
    ),
    ("workplace-sheet", None, True): QT_TRANSLATE_NOOP(
        "InternshipPanel", "Workplace evaluation, blank"
    ),
    ("workplace-sheet", None, False): QT_TRANSLATE_NOOP(
        "InternshipPanel", "Workplace evaluation, filled"
    ),
    ("scan", None, False): QT_TRANSLATE_NOOP("InternshipPanel", "Competence scan (radar chart)"),
    ("report", None, False): QT_TRANSLATE_NOOP("InternshipPanel", "End-of-internship report"),
}


class InternshipPrinting(QObject):
    """The panel's print buttons and all that they print; ``printed`` after a document is
    issued and stored, with the internship as it now reads (with the new document),
    read off the GUI thread too."""

    printed = Signal(object)  # InternshipDetail

    def __init__(
        self,
        database: Database,
        actor: str | None,
        widget: QWidget,
        may_leave: Callable[[], bool],
        language: Callable[[], str],
    ) -> None:
        super().__init__(widget)
        self.database = database
        self.actor = actor
        #: The panel: the parent of the preview and of the messages.
        self.widget = widget
        #: Asked before a sheet is printed: unsaved roadmap work is stored or kept first.
        self.may_leave = may_leave
        #: The panel's language, in which the internship is read again after a print.
        self.language = language
        self.detail: InternshipDetail | None = None
        #: The preview of the document printed last, once it is issued.
        self.last_preview: PdfPreviewDialog | None = None
        self.preview_button = QPushButton()
        self.preview_button.setObjectName("previewConvention")
        # (clicked's `checked` is no language: the convention prints in its own)
        self.preview_button.clicked.connect(lambda _checked=False: self.preview_convention())
        self.sheets_button = QPushButton()
        self.sheets_button.setObjectName("printSheets")
        self.sheets_menu = QMenu(self.sheets_button)
        self.sheets_button.setMenu(self.sheets_menu)

    def sheet_entries(self) -> list[tuple[str, str, str | None, bool]]:
        """(menu text, sheet, stage, blank) of the roadmap's printed sheets."""
        return [
            (QCoreApplication.translate("InternshipPanel", text), sheet, stage, blank)
            for (sheet, stage, blank), text in SHEETS.items()
        ]

    def preview(self, content: bytes, filename: str, title: str) -> PdfPreviewDialog:
        dialog = PdfPreviewDialog(content, filename, title, self.widget)
        dialog.setModal(True)
        dialog.open()
        return dialog

    def _issue_and_preview(
        self,
        issue: Callable[[], conventions.IssuedFile],
        refusals: tuple[type[Exception], ...],
        title: str | None = None,
    ) -> None:
        """Issue a document off the GUI thread (a refusal is said in a message), then show
        it in the preview titled *title* (by default its file name): ``last_preview``."""

        self.last_preview = None
        assert self.detail is not None
        internship_id, database, language = self.detail.id, self.database, self.language()

        def work() -> tuple[conventions.IssuedFile, InternshipDetail]:
            document = issue()
            return document, load_internship(database, internship_id, language=language)

        def refused(problem: BaseException) -> None:
            if not isinstance(problem, refusals):
                raise problem
            not_possible(self.widget, str(problem))

        def issued(outcome: tuple[conventions.IssuedFile, InternshipDetail]) -> None:
            document, detail = outcome
            self.printed.emit(detail)
            self.last_preview = self.preview(
                document.content, document.filename, title or document.filename
            )

        run_task(
            work,
            issued,
            refused,
            owner=self.widget,
            busy=(self.preview_button, self.sheets_button),
        )

    def preview_convention(self, language: str | None = None) -> None:
        if self.detail is None:
            return
        detail, database, actor = self.detail, self.database, self.actor
        self._issue_and_preview(
            lambda: conventions.issue_convention(
                database, detail.id, language=language, actor=actor
            ),
            (InvalidValue, LookupError, OSError),
            QCoreApplication.translate("InternshipPanel", "Convention {ref}").format(
                ref=detail.reference
            ),
        )

    def preview_sheet(self, sheet: str, *, stage: str | None = None, blank: bool = False) -> None:
        """Print one of the roadmap's sheets into the preview (it is kept with the documents)."""
        from consultant_app.services.printing.sheets import issue_sheet

        if self.detail is None or not self.may_leave():
            return
        detail, database, actor = self.detail, self.database, self.actor
        self._issue_and_preview(
            lambda: issue_sheet(database, detail.id, sheet, stage=stage, blank=blank, actor=actor),
            (InvalidValue, LookupError, ValueError, OSError),
        )

    def open_document(self, key: tuple[str, Any]) -> PdfPreviewDialog | None:
        """Show an amendment (printed again) or a stored document: a PDF in the preview,
        another file (a scanned image) saved where the user chooses."""
        if self.detail is None:
            return None
        kind, value = key
        if kind == "amendment":
            internship_id, database, actor = self.detail.id, self.database, self.actor
            self._issue_and_preview(
                lambda: conventions.issue_amendment(database, internship_id, value, actor=actor),
                (InvalidValue, LookupError, OSError),
            )
            return None
        filename, media_type, content = conventions.document_content(self.database, value)
        if media_type == "application/pdf":
            return self.preview(content, filename, filename)
        target, _filter = QFileDialog.getSaveFileName(
            self.widget, QCoreApplication.translate("InternshipPanel", "Save a copy"), filename
        )
        if target:
            try:
                write_private_file(Path(target), content)
            except OSError as problem:  # nothing is left at the target (see write_private_file)
                not_possible(
                    self.widget,
                    QCoreApplication.translate(
                        "InternshipPanel", "The file could not be saved to {path}: {reason}"
                    ).format(path=target, reason=problem.strerror or problem),
                )
        return None

    def retranslate(self) -> None:
        self.sheets_button.setText(QCoreApplication.translate("InternshipPanel", "Roadmap s&heets"))
        self.sheets_menu.clear()
        for text, sheet, stage, blank in self.sheet_entries():
            action = self.sheets_menu.addAction(text)
            action.triggered.connect(
                lambda _c=False, a=sheet, b=stage, c=blank: self.preview_sheet(a, stage=b, blank=c)
            )
        self.preview_button.setText(
            QCoreApplication.translate("InternshipPanel", "&Print preview…")
        )
        self.preview_button.setToolTip(
            QCoreApplication.translate(
                "InternshipPanel",
                "Print the convention and show it; the copy is kept with the documents",
            )
        )
        self.sheets_button.setToolTip(
            QCoreApplication.translate(
                "InternshipPanel",
                "Print a sheet of the roadmap, blank (to fill in by hand) or filled in",
            )
        )

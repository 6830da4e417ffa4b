"""Print preview of a PDF the application made: view, print through Qt's dialog, save."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QSize, Qt
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from consultant_app.services.privacy.private_files import write_private_file


def print_pdf(document: QPdfDocument, printer: QPrinter) -> None:
    """Draw every page of *document* (or the range chosen in the dialog) on *printer*."""
    pages = document.pageCount()
    first, last = 1, pages
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage():
        first, last = printer.fromPage(), min(printer.toPage() or pages, pages)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("The printer could not be started.")
    try:
        for number in range(first, last + 1):
            if number > first:
                printer.newPage()
            target = printer.pageLayout().paintRectPixels(printer.resolution())
            size = document.pagePointSize(number - 1)
            scale = min(target.width() / size.width(), target.height() / size.height())
            pixels = QSize(round(size.width() * scale), round(size.height() * scale))
            image = document.render(number - 1, pixels)
            painter.drawImage(QPoint(0, 0), image)
    finally:
        painter.end()


class PdfPreviewDialog(QDialog):
    """Shows a PDF (all pages, fit to width) with Print… and Save as PDF…."""

    def __init__(
        self, content: bytes, filename: str, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.setWindowTitle(title)
        self.resize(900, 1000)
        self.content = content
        self.filename = filename
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(content))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)

        self.pages_label = QLabel()
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.clicked.connect(self.save_as)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        bar = QHBoxLayout()
        bar.addWidget(self.pages_label, 1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_document)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_as)
        self.pages_label.setText(
            self.tr("%n page(s)", "", self.document.pageCount()) + f" — {filename}"
        )
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def print_document(self) -> bool:
        """Ask for a printer and print; True when printed."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.filename)
        printer.setFromTo(1, self.document.pageCount())
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            print_pdf(self.document, printer)
        except OSError as problem:
            QMessageBox.warning(self, self.windowTitle(), str(problem))
            return False
        return True

    def save_as(self, path: str | None = None) -> Path | None:
        """Save the PDF where the user chooses (readable by the user only); the path saved."""
        if not path:
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save as PDF"), self.filename, self.tr("PDF documents (*.pdf)")
            )
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            write_private_file(target, self.content)
        except OSError as problem:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("The PDF could not be saved to {path}: {reason}").format(
                    path=target, reason=problem.strerror or problem
                ),
            )
            return None
        return target

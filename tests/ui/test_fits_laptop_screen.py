"""Every view, tab and dialog fits a 1280x800 laptop screen in Dutch, French and English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget, QWizard

from consultant_app.preferences import Preferences
from consultant_app.ui.i18n import install_language
from tests.support.screen_fit import LAPTOP, cut_widgets

LANGUAGES = ("nl", "fr", "en")


@pytest.fixture(autouse=True)
def product_look(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The bundled font and the style sheet of the application, as a user sees them."""
    from consultant_app.app import STYLE, register_fonts

    font, style = qapp.font(), qapp.styleSheet()
    register_fonts(qapp)
    qapp.setStyleSheet(STYLE)
    yield
    qapp.setFont(font)
    qapp.setStyleSheet(style)


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _tab_pages(view: QWidget) -> list[tuple[QTabWidget, int]]:
    return [
        (tabs, index)
        for tabs in view.findChildren(QTabWidget)
        if tabs.isVisible()
        for index in range(tabs.count())
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_view_and_tab_fits_1280x800_uncut(qtbot, demo_db, language: str) -> None:  # type: ignore[no-untyped-def]
    from consultant_app.ui.main_window import VIEW_NAMES, MainWindow

    install_language(language)
    window = MainWindow(demo_db, Preferences(), language)
    window.remember_preferences = False
    qtbot.addWidget(window)
    window.resize(*LAPTOP)
    window.show()
    qtbot.waitExposed(window)
    problems = []
    for name in VIEW_NAMES:
        view = window.show_view(name)
        model = getattr(view, "model", None)
        if model is not None and model.rowCount():
            view.table.selectRow(0)  # the detail pane (or the internship's panel) is filled in
        _settle()
        room = window.stack.size()
        for what, hint in (("minimum", view.minimumSizeHint()), ("wanted", view.sizeHint())):
            if hint.width() > room.width():
                problems.append(f"{name}: {what} width {hint.width()} > {room.width()}")
        if view.minimumSizeHint().height() > room.height():
            problems.append(f"{name}: minimum height {view.minimumSizeHint().height()}")
        problems += [f"{name}: {cut}" for cut in cut_widgets(view)]
        for tabs, index in _tab_pages(view):
            tabs.setCurrentIndex(index)
            _settle()
            page = f"{name} / {tabs.tabText(index)}"
            problems += [f"{page}: {cut}" for cut in cut_widgets(tabs.widget(index))]
        needed = window.minimumSizeHint()
        if needed.width() > LAPTOP[0] or needed.height() > LAPTOP[1]:
            problems.append(f"{name}: the window needs {needed.width()}x{needed.height()}")
    assert window.size().toTuple() == LAPTOP
    assert not problems, "\n".join(problems)
    window.close()


def _wrong_key(_key: object) -> None:
    from consultant_app.services.safety import WrongKeyError

    raise WrongKeyError("consultant.db", "this passphrase does not open the database")


def _dialogs(database, tmp_path: Path) -> dict:  # type: ignore[no-untyped-def]
    from datetime import date

    from consultant_app.domain.enums import SignatoryParty
    from consultant_app.ui.dialogs.first_start import FirstStartDialog
    from consultant_app.ui.dialogs.import_dialog import ImportDialog
    from consultant_app.ui.dialogs.internship_actions import (
        InterruptionDialog,
        ReasonDialog,
        SignatureDialog,
    )
    from consultant_app.ui.dialogs.internship_wizard import InternshipWizard
    from consultant_app.ui.dialogs.quick_record import new_host_dialog, new_intern_dialog
    from consultant_app.ui.dialogs.recovery_key import RecoveryKeyDialog
    from consultant_app.ui.dialogs.unlock import UnlockDialog
    from consultant_app.ui.views.roadmap.risk_dialog import RiskItemDialog

    # A long path, as on a consultant's laptop, in the texts that show it.
    path = tmp_path / "Documenten" / "Mediastages" / "Consulentenbestanden" / "consultant.db"
    return {
        "unlock": lambda: UnlockDialog(path, new=False, opener=_wrong_key),
        "protect": lambda: UnlockDialog(path, new=True, opener=_wrong_key),
        "first start": lambda: FirstStartDialog(database),
        "recovery key": lambda: RecoveryKeyDialog(path, "ABCD-EFGH-IJKL-MNOP-QRST", "Keyring"),
        "wizard": lambda: InternshipWizard(database, "en"),
        "interruption": lambda: InterruptionDialog(date(2026, 3, 2), date(2026, 5, 29)),
        "reason": lambda: ReasonDialog("Cancel", "Why is the internship cancelled?"),
        "new intern": lambda: new_intern_dialog(database, "en", None),
        "new host": lambda: new_host_dialog(database, None),
        "signature": lambda: SignatureDialog(
            {p: "Marie Dubois" for p in SignatoryParty}, "Brussel"
        ),
        "import": lambda: ImportDialog(database),
        "risk": lambda: RiskItemDialog([("noise", "Noise above 80 dB(A)", True)], set()),
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_dialog_fits_1280x800_uncut(qtbot, demo_db, tmp_path, language: str) -> None:  # type: ignore[no-untyped-def]
    install_language(language)
    problems = []
    for name, make in _dialogs(demo_db, tmp_path).items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        _settle()
        if name in ("unlock", "protect"):
            # A wrong passphrase (or two that differ): the message shows under the fields.
            dialog.secret.setText("not the passphrase")
            dialog.confirm.setText("another passphrase")
            dialog.accept()
            assert dialog.isVisible() and dialog.message.text()
            _settle()
        if name.startswith("new "):
            dialog.accept()  # nothing typed: every required field says so, in red
            assert dialog.isVisible() and dialog.form.error_texts()
            _settle()
        pages = dialog.pageIds() if isinstance(dialog, QWizard) else [None]
        for page in pages:
            if page is not None:  # each page of the wizard, shown first in turn
                dialog.setStartId(page)
                dialog.restart()
                _settle()
            needed = dialog.minimumSizeHint().expandedTo(dialog.size())
            if needed.width() > LAPTOP[0] or needed.height() > LAPTOP[1] - 40:
                problems.append(f"{name} {page}: {needed.width()}x{needed.height()}")
            problems += [f"{name} {page}: {cut}" for cut in cut_widgets(dialog)]
        dialog.close()
    assert not problems, "\n".join(problems)

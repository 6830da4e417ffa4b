"""Help → About: the version, the licence and the licences of what the application carries."""

from __future__ import annotations

from consultant_app import __version__
from consultant_app.ui.dialogs.about import AboutDialog
from consultant_app.ui.i18n import install_language


def _about(window) -> AboutDialog:  # type: ignore[no-untyped-def]
    window.about_action.trigger()
    dialog = window.about_dialog
    assert dialog.isVisible()
    return dialog


def test_about_shows_version_licence_and_the_bundled_licences(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dialog = _about(window)
    assert f"Version {__version__}" in dialog.summary.text()
    assert "proprietary" in dialog.summary.text()
    assert str(window.database.path) in dialog.summary.text()
    licences = dialog.licences.toPlainText()
    for component in ("PySide6", "LGPL", "SQLAlchemy", "reportlab", "sqlcipher3", "DejaVu"):
        assert component.lower() in licences.lower()
    dialog.close()


def test_about_speaks_the_interface_language(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    install_language("fr")
    dialog = _about(window)
    assert dialog.windowTitle() == "À propos"
    assert f"Version {__version__}" in dialog.summary.text()
    assert "Licence : logiciel propriétaire" in dialog.summary.text()
    dialog.close()


def test_the_application_icon_loads(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QIcon

    from consultant_app.paths import ICON_FILE

    icon = QIcon(str(ICON_FILE))
    assert not icon.isNull()
    assert icon.pixmap(64, 64).width() == 64

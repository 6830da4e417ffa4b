"""Interface language: Qt's own translations and the application's, switchable at run time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from consultant_app.paths import TRANSLATIONS_DIR
from consultant_app.preferences import LANGUAGES

#: Shown in the language chooser, each in its own language.
LANGUAGE_NAMES = {"nl": "Nederlands", "fr": "Français", "en": "English"}

_installed: list[QTranslator] = []


def system_language() -> str:
    code = QLocale.system().name()[:2].lower()
    return code if code in LANGUAGES else "en"


def install_language(language: str) -> bool:
    """Replace the installed translators by those of *language*; True if the app's loaded."""
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    # English as written in Belgium and Europe: day/month/year, 24-hour clock.
    QLocale.setDefault(QLocale("en_GB" if language == "en" else language))
    qt = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language != "en" and qt.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qt)
        _installed.append(qt)
    # English has a translation file too: its plural forms ("1 record", "2 records").
    own = QTranslator(app)
    loaded = own.load(f"consultant_app_{language}", str(TRANSLATIONS_DIR))
    if loaded:
        app.installTranslator(own)
        _installed.append(own)
    _apply_now()
    return loaded


def _apply_now() -> None:
    """Deliver the LanguageChange events at once, so that every widget is retranslated."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)

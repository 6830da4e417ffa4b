"""The fund's identity and the consultant's profile: edited in Settings, asked at first start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from consultant_app.services.settings.identity import (
    load_consultant,
    load_fund,
    should_ask_identity,
)
from consultant_app.store.database import open_database


def _type(qtbot, form, key: str, text: str) -> None:  # type: ignore[no-untyped-def]
    widget = form.editors[key].widget
    line = widget.focusProxy() or widget
    line.selectAll()
    qtbot.keyClicks(line, text)


def test_fund_identity_is_edited_and_saved_in_settings(qtbot, window, demo_db) -> None:  # type: ignore[no-untyped-def]
    form = window.show_view("settings").fund_form
    assert form.values()["name"]  # the demo database has the fund filled
    _type(qtbot, form, "signatory_title", "Director")
    _type(qtbot, form, "enterprise_number", "0403.170.702")
    form.validate_now()
    assert "enterprise_number" in form.error_texts()
    assert not form.save_button.isEnabled()
    _type(qtbot, form, "enterprise_number", "0403.170.701")
    form.validate_now()
    assert form.save()
    assert load_fund(demo_db)["signatory_title"] == "Director"
    assert load_fund(demo_db)["enterprise_number"] == "0403.170.701"


def test_logo_is_chosen_with_a_file_dialog(qtbot, window, demo_db, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 32)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(logo), ""))
    form = window.show_view("settings").fund_form
    form.editors["logo_path"].widget.findChild(type(form.save_button)).click()
    assert form.values()["logo_path"] == str(logo)
    form.validate_now()
    assert form.save()
    assert load_fund(demo_db)["logo_path"] == str(logo)


def test_first_start_asks_once_and_saves_both_forms(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from consultant_app.ui.dialogs.first_start import FirstStartDialog

    database = open_database(tmp_path / "new.db")
    try:
        assert should_ask_identity(database)
        dialog = FirstStartDialog(database)
        qtbot.addWidget(dialog)
        warnings: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
        dialog.accept()  # empty required fields: refused, stays open
        assert warnings and dialog.result() != QDialog.DialogCode.Accepted
        for key, text in {
            "name": "Fonds & Co <b>",
            "street": "Kunstlaan 12",
            "postcode": "1000",
            "municipality": "Brussel",
            "enterprise_number": "0403170701",
        }.items():
            _type(qtbot, dialog.fund_form, key, text)
        _type(qtbot, dialog.consultant_form, "name", "Marie Dubois")
        _type(qtbot, dialog.consultant_form, "email", "marie@example.be")
        dialog.accept()
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert load_fund(database)["name"] == "Fonds & Co <b>"
        assert load_consultant(database)["email"] == "marie@example.be"
        assert not should_ask_identity(database)
    finally:
        database.close()


def test_a_hidden_character_is_refused_in_the_interface_language(qtbot, window, demo_db) -> None:  # type: ignore[no-untyped-def]
    from consultant_app.ui.i18n import install_language

    form = window.show_view("settings").fund_form
    stored = load_fund(demo_db)["signatory_name"]
    widget = form.editors["signatory_name"].widget
    line = widget.focusProxy() or widget
    QApplication.clipboard().setText("Marc\u202e Dubois")  # pasted from another document
    line.selectAll()
    line.paste()
    form.validate_now()
    assert "U+202E" in form.error_texts()["signatory_name"]
    assert not form.save_button.isEnabled()
    install_language("nl")
    form.validate_now()
    assert form.error_texts()["signatory_name"] == (
        "Deze tekst bevat een teken dat de leesrichting omkeert (U+202E) en verandert hoe hij "
        "leest; typ hem opnieuw zonder dat teken."
    )
    assert load_fund(demo_db)["signatory_name"] == stored


def test_first_start_asks_the_language_first_and_speaks_it_at_once(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from consultant_app.ui.dialogs.first_start import DIALOG_WIDTH, FirstStartDialog
    from consultant_app.ui.i18n import install_language

    database = open_database(tmp_path / "new.db")
    chosen: list[str] = []

    def choose(language: str) -> None:
        chosen.append(language)
        install_language(language)

    try:
        dialog = FirstStartDialog(database, language="en", choose_language=choose)
        qtbot.addWidget(dialog)
        dialog.show()
        top = dialog.language.mapTo(dialog, dialog.language.rect().topLeft()).y()
        assert top < dialog.intro.y() < dialog.fund_form.y()  # the first thing asked
        dialog.language.setCurrentIndex(dialog.language.findData("fr"))
        assert chosen == ["fr"]
        assert dialog.windowTitle() == "Bienvenue"
        assert dialog.save_button.text() == "&Enregistrer et continuer"
        name = dialog.fund_form.editors["name"].widget
        assert dialog.width() >= DIALOG_WIDTH and name.width() >= 300  # a fund's full name
    finally:
        database.close()

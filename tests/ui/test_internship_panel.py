"""The internship panel: status changes, rules and overrides, signatures, interruptions, amendments,
print preview — driven through its real widgets."""

from __future__ import annotations

import errno
import os
import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from consultant_app.domain.enums import InternshipStatus, SignatoryParty
from consultant_app.services import roadmap
from consultant_app.services.internships import records as service
from consultant_app.store.models import Internship, IssuedDocument
from consultant_app.ui.dialogs.internship_actions import (
    InterruptionDialog,
    ReasonDialog,
    SignatureDialog,
)
from consultant_app.ui.dialogs.pdf_preview import PdfPreviewDialog
from consultant_app.ui.views.internship.panel import InternshipPanel

_S = InternshipStatus


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: shown.append(args[2]))
    return shown


@pytest.fixture
def panel(qtbot, demo_db):  # type: ignore[no-untyped-def]
    widget = InternshipPanel(demo_db, "en")
    qtbot.addWidget(widget)
    widget.resize(700, 900)
    widget.show()
    return widget


def _internship(database, status: InternshipStatus) -> uuid.UUID:  # type: ignore[no-untyped-def]
    with database.unit_of_work() as uow:
        return uow.session.scalars(
            select(Internship.id)
            .where(Internship.status == status, Internship.deleted_at.is_(None))
            .order_by(Internship.reference)
        ).first()


def _complete_risk_sheet(database, internship_id: uuid.UUID) -> None:  # type: ignore[no-untyped-def]
    """Fill in the workstation sheet, which signing needs complete."""
    values = {
        "post_name": "Production assistant",
        "post_description": "Helps the production team.",
        "place": "Studio 4",
        "work_equipment": "Computer, phone",
        "protective_equipment": "None",
        "prevention_advisor": "Mensura",
        "first_aid_person": "The mentor",
        "drawn_up_on": date.today().isoformat(),
        "drawn_up_by": "The consultant",
    }
    roadmap.save_risk_sheet(database, internship_id, values)
    risk_id = next(
        i for i, _name, forbidden in roadmap.risk_catalogue(database, "en") if not forbidden
    )
    roadmap.add_risk_item(database, internship_id, catalogue_risk_id=uuid.UUID(risk_id))


def _reason_answer(monkeypatch, text: str, day: date | None = None) -> None:  # type: ignore[no-untyped-def]
    def answer(dialog: ReasonDialog) -> int:
        dialog.reason.setPlainText(text)
        if day is not None and dialog.day is not None:
            dialog.day.setDate(day)
        assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled() == (
            len(text.strip()) >= dialog.min_length
        )
        return ReasonDialog.DialogCode.Accepted if dialog.is_complete() else 0

    monkeypatch.setattr(ReasonDialog, "exec", answer)


def _button(panel: InternshipPanel, target: InternshipStatus):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QPushButton

    return panel.findChild(QPushButton, f"to_{target.value}")


def _clear_blocking_rules(panel: InternshipPanel, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _reason_answer(monkeypatch, "Agreed with the fund's director on 12 May.")
    for index in range(panel.rules.rowCount()):
        panel.rules.selectRow(index)
        line = panel._selected_rule()
        if line is not None and line.blocking:
            assert panel.override_button.isEnabled()
            assert panel.override_selected_rule()


def test_a_draft_goes_through_signature_to_signed(
    qtbot, panel, demo_db, monkeypatch, warnings
) -> None:  # type: ignore[no-untyped-def]
    internship_id = _internship(demo_db, _S.DRAFT)
    panel.show_internship(internship_id)
    assert panel.form.editors["start_date"].widget.isEnabled()  # a draft is editable
    _clear_blocking_rules(panel, monkeypatch)
    assert not any(line.blocking for line in panel.detail.rules)

    _button(panel, _S.AWAITING_SIGNATURES).click()
    assert panel.detail.status == _S.AWAITING_SIGNATURES, warnings
    assert not panel.form.editors["start_date"].widget.isEnabled()

    _button(panel, _S.SIGNED).click()  # nobody signed yet: refused with a message
    assert warnings and "signatures" in warnings[-1]
    assert panel.detail.status == _S.AWAITING_SIGNATURES

    signed_on = date.today() - timedelta(days=1)
    for party in SignatoryParty:

        def sign(dialog: SignatureDialog, party=party) -> int:  # type: ignore[no-untyped-def]
            dialog.party.setCurrentIndex(dialog.party.findData(party.value))
            dialog.signer.setText(f"Signer for {party.value} <b>")
            dialog.signed_on.setDate(signed_on)
            dialog.place.setText("Brussel")
            return SignatureDialog.DialogCode.Accepted

        monkeypatch.setattr(SignatureDialog, "exec", sign)
        panel.sign_button.click()
    assert panel.detail.missing_signatures == ()
    texts = [panel.signatures.topLevelItem(i).text(1) for i in range(3)]
    assert "Signer for host <b>" in texts

    _complete_risk_sheet(demo_db, internship_id)
    _button(panel, _S.SIGNED).click()
    assert panel.detail.status == _S.SIGNED
    assert panel.detail.signed_on == signed_on
    assert panel.amend_button.isVisible()


def test_an_override_needs_a_reason_of_ten_characters(
    qtbot, panel, demo_db, monkeypatch, warnings
) -> None:  # type: ignore[no-untyped-def]
    internship_id = _internship(demo_db, _S.DRAFT)
    panel.show_internship(internship_id)
    failing = [i for i in range(panel.rules.rowCount()) if not panel.detail.rules[i].ok]
    if not failing:
        pytest.skip("the first demo draft meets every rule")
    panel.rules.selectRow(failing[0])
    _reason_answer(monkeypatch, "too short")
    assert not panel.override_selected_rule()
    assert not panel.detail.rules[failing[0]].overridden


def test_a_running_internship_is_amended_and_terminated(
    qtbot, panel, demo_db, monkeypatch, warnings
) -> None:  # type: ignore[no-untyped-def]
    internship_id = _internship(demo_db, _S.RUNNING)
    panel.show_internship(internship_id)
    before = panel.detail
    assert not panel.form.editors["workplace"].widget.isEnabled()  # frozen
    panel.amend_button.click()
    assert panel.form.editors["workplace"].widget.isEnabled()
    panel.form.set_value("workplace", "Studio 4 & backlot <i>")
    _reason_answer(monkeypatch, "The shoot moved to another studio.", date.today())
    assert panel.form.save(), warnings
    assert panel.detail.version == before.version + 1
    assert panel.detail.workplace == "Studio 4 & backlot <i>"
    assert panel.detail.amendments[-1].reason == "The shoot moved to another studio."

    last_day = max(before.start_date, min(date.today(), before.planned_end_date))
    _reason_answer(monkeypatch, "The intern found a job.", last_day)
    _button(panel, _S.TERMINATED).click()
    assert panel.detail.status == _S.TERMINATED, warnings
    assert panel.detail.end_date == last_day
    assert panel.detail.working_days <= before.working_days


def test_interruptions_reduce_the_working_days(
    qtbot, panel, demo_db, monkeypatch, warnings
) -> None:  # type: ignore[no-untyped-def]
    internship_id = _internship(demo_db, _S.SIGNED)
    panel.show_internship(internship_id)
    before = panel.detail.working_days
    start = panel.detail.start_date

    def answer(dialog: InterruptionDialog) -> int:
        dialog.start.setDate(start)
        dialog.end.setDate(start + timedelta(days=13))  # two calendar weeks
        dialog.note.setText("flu")
        return InterruptionDialog.DialogCode.Accepted

    monkeypatch.setattr(InterruptionDialog, "exec", answer)
    assert panel.add_interruption(), warnings
    assert panel.detail.working_days == before - 10
    assert panel.interruptions.topLevelItemCount() == len(panel.detail.interruptions)

    panel.interruptions.setCurrentItem(panel.interruptions.topLevelItem(0))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert panel.remove_interruption()
    assert panel.detail.working_days == before


def test_print_preview_shows_the_convention_and_saves_it(
    qtbot, panel, demo_db, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    internship_id = _internship(demo_db, _S.SIGNED)
    panel.show_internship(internship_id)
    panel.preview_convention()
    dialog = panel.last_preview
    assert isinstance(dialog, PdfPreviewDialog)
    qtbot.addWidget(dialog)
    assert dialog.document.pageCount() >= 2
    saved = dialog.save_as(str(tmp_path / "convention"))
    assert saved == tmp_path / "convention.pdf"
    assert saved.read_bytes().startswith(b"%PDF")
    assert saved.stat().st_mode & 0o777 == 0o600
    dialog.close()
    with demo_db.unit_of_work() as uow:
        kinds = uow.session.scalars(
            select(IssuedDocument.kind).where(IssuedDocument.internship_id == internship_id)
        ).all()
    assert "convention" in kinds
    assert panel.documents.count() >= 1


def test_saving_the_preview_on_a_full_disk_says_where_and_why(
    qtbot, panel, demo_db, tmp_path: Path, warnings, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    internship_id = _internship(demo_db, _S.SIGNED)
    panel.show_internship(internship_id)
    panel.preview_convention()
    dialog = panel.last_preview
    qtbot.addWidget(dialog)
    real_write = os.write

    def full_disk(descriptor: int, data: bytes) -> int:
        real_write(descriptor, bytes(data[: len(data) // 2]))
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "write", full_disk)
    folder = tmp_path / "out"
    folder.mkdir()
    assert dialog.save_as(str(folder / "conv.pdf")) is None
    monkeypatch.undo()
    assert warnings and str(folder / "conv.pdf") in warnings[-1]
    assert "No space left on device" in warnings[-1]
    assert list(folder.iterdir()) == []  # no half file, no temporary file
    dialog.close()


def test_saving_a_copy_of_a_scan_on_a_full_disk_says_where_and_why(
    qtbot, panel, demo_db, tmp_path: Path, warnings, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    internship_id = _internship(demo_db, _S.SIGNED)
    panel.show_internship(internship_id)
    scan = tmp_path / "scan.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(4000))
    assert panel.attach_scan(str(scan))
    (document,) = [d for d in panel.detail.documents if d.kind == "signed_scan"]
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "copy.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    real_write = os.write

    def full_disk(descriptor: int, data: bytes) -> int:
        real_write(descriptor, bytes(data[: len(data) // 2]))
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "write", full_disk)
    assert panel.printing.open_document(("document", document.id)) is None
    monkeypatch.setattr(os, "write", real_write)
    assert warnings and "No space left on device" in warnings[-1]
    assert str(target) in warnings[-1]
    assert list(folder.iterdir()) == []
    assert panel.printing.open_document(("document", document.id)) is None
    assert target.read_bytes() == scan.read_bytes()


def test_a_scan_of_the_wrong_type_is_refused(
    qtbot, panel, demo_db, tmp_path: Path, warnings
) -> None:  # type: ignore[no-untyped-def]
    internship_id = _internship(demo_db, _S.SIGNED)
    panel.show_internship(internship_id)
    text = tmp_path / "scan.txt"
    text.write_text("not a scan")
    assert not panel.attach_scan(str(text))
    assert warnings and "PDF" in warnings[-1]
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4\n%%EOF\n")
    assert panel.attach_scan(str(scan))
    assert any(d.kind == "signed_scan" for d in panel.detail.documents)
    assert service.load_internship(demo_db, internship_id).documents


def test_roadmap_sheets_print_from_the_panel(qtbot, panel, demo_db, warnings) -> None:  # type: ignore[no-untyped-def]
    internship_id = _internship(demo_db, _S.COMPLETED)
    panel.show_internship(internship_id)
    assert len(panel.sheets_menu.actions()) == len(panel._sheet_entries())
    for sheet, stage, blank in (
        ("evaluation-sheet", "final", True),
        ("evaluation-sheet", "final", False),
        ("report", None, False),
    ):
        panel.preview_sheet(sheet, stage=stage, blank=blank)
        dialog = panel.last_preview
        assert isinstance(dialog, PdfPreviewDialog), warnings
        qtbot.addWidget(dialog)
        assert dialog.document.pageCount() >= 1
        dialog.close()
    kinds = {d.kind for d in panel.detail.documents}
    assert {"evaluation_final_blank", "evaluation_final", "internship_report"} <= kinds

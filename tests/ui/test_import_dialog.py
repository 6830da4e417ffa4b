"""The import dialog: a preview of what a CSV file changes, its refused rows, then the import."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from consultant_app.store.models import Internship
from consultant_app.ui.dialogs.import_dialog import ImportDialog

HEADER = (
    "reference,intern_first_name,intern_last_name,intern_birth_date,intern_gender,"
    "intern_language,host_name,host_enterprise_number,host_joint_committee,host_language,"
    "function,start_date,end_date"
)
GOOD = (
    "SM-2019-901,Lena,Peeters,2001-04-02,F,NL,Studio Noord & Zonen,0403.170.701,CP 227,NL,"
    "Production assistant,2019-03-04,2019-05-24"
)
BAD = (
    "SM-2019-902,Tom,Claes,31/02/2001,M,NL,Studio Noord & Zonen,0403.170.701,227,NL,"
    "Production assistant,2019-06-03,2019-05-24"
)


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: shown.append(a[2]))
    return shown


def _count(database) -> int:  # type: ignore[no-untyped-def]
    with database.unit_of_work() as uow:
        return uow.session.scalar(select(func.count()).select_from(Internship))


def test_a_valid_file_is_previewed_then_imported(qtbot, demo_db, tmp_path: Path, messages) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "history.csv"
    source.write_text(HEADER + "\n" + GOOD + "\n", encoding="utf-8")
    before = _count(demo_db)
    dialog = ImportDialog(demo_db, source)
    qtbot.addWidget(dialog)
    assert dialog.plan is not None and dialog.plan.valid
    assert dialog.import_button.isEnabled() and not dialog.skip_button.isEnabled()
    assert _count(demo_db) == before  # the preview writes nothing
    dialog.run_import(skip_invalid=False)
    assert dialog.imported
    assert _count(demo_db) == before + 1
    assert messages and "1" in messages[-1]


def test_bad_rows_are_listed_and_nothing_is_imported_by_default(  # type: ignore[no-untyped-def]
    qtbot, demo_db, tmp_path: Path, messages
) -> None:
    source = tmp_path / "history.csv"
    source.write_text(HEADER + "\n" + GOOD + "\n" + BAD + "\n", encoding="utf-8")
    before = _count(demo_db)
    dialog = ImportDialog(demo_db, source)
    qtbot.addWidget(dialog)
    assert not dialog.plan.valid
    assert not dialog.import_button.isEnabled()
    assert dialog.problems.rowCount() >= 1
    assert dialog.problems.item(0, 0).text() == "3"  # the file's line of the bad row
    dialog.run_import(skip_invalid=True)
    assert dialog.imported
    assert _count(demo_db) == before + 1
    assert (tmp_path / "history.rejects.csv").exists()


def test_cancelling_the_progress_leaves_nothing_behind(  # type: ignore[no-untyped-def]
    qtbot, demo_db, tmp_path: Path, messages, monkeypatch
) -> None:
    from PySide6.QtWidgets import QProgressDialog

    rows = [
        f"SM-2018-{n:03d},Ann{n},Jacobs,2001-04-02,F,NL,Studio Noord,0403.170.701,227,NL,"
        f"Production assistant,2018-03-05,2018-05-25"
        for n in range(1, 400)
    ]
    source = tmp_path / "many.csv"
    source.write_text(HEADER + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    before = _count(demo_db)
    dialog = ImportDialog(demo_db, source)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    dialog.run_import(skip_invalid=False)
    assert not dialog.imported
    assert _count(demo_db) == before
    assert "nothing" in messages[-1]


def test_an_unreadable_file_says_why(qtbot, demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "not-a-csv.csv"
    source.write_bytes(b"\xff\xfe\x00garbage")
    dialog = ImportDialog(demo_db, source)
    qtbot.addWidget(dialog)
    assert dialog.plan is None
    assert dialog.verdict.text()
    assert not dialog.import_button.isEnabled()


@pytest.mark.parametrize("confirmed", [False, True])
def test_updates_are_listed_old_to_new_and_confirmed_first(  # type: ignore[no-untyped-def]
    qtbot, demo_db, tmp_path: Path, messages, monkeypatch, confirmed: bool
) -> None:
    first = tmp_path / "history.csv"
    first.write_text(HEADER + "\n" + GOOD + "\n", encoding="utf-8")
    dialog = ImportDialog(demo_db, first)
    qtbot.addWidget(dialog)
    dialog.run_import(skip_invalid=False)
    assert dialog.imported
    changed = tmp_path / "changed.csv"
    renamed = GOOD.replace("Studio Noord & Zonen", "Studio Zuid").replace(
        "2019-05-24", "2019-05-31"
    )
    changed.write_text(HEADER + "\n" + renamed + "\n", encoding="utf-8")
    asked: list[str] = []
    answer = QMessageBox.StandardButton.Yes if confirmed else QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or answer)
    dialog = ImportDialog(demo_db, changed)
    qtbot.addWidget(dialog)
    texts = [
        (dialog.changes.item(row, 1).text(), dialog.changes.item(row, 2).text())
        for row in range(dialog.changes.rowCount())
    ]
    assert ("internship SM-2019-901", "planned_end_date: 2019-05-24 → 2019-05-31") in texts
    assert any("name: 'Studio Noord & Zonen' → 'Studio Zuid'" in change for _, change in texts)
    renames = [
        dialog.warnings.item(row, 2).text()
        for row in range(dialog.warnings.rowCount())
        if "renames the host" in dialog.warnings.item(row, 2).text()
    ]
    assert len(renames) == 1
    dialog.run_import(skip_invalid=False)
    assert len(asked) == 1 and "updates 2 existing records" in asked[0]
    assert dialog.imported is confirmed
    with demo_db.unit_of_work() as uow:
        end = uow.session.scalar(
            select(Internship.planned_end_date).where(Internship.reference == "SM-2019-901")
        )
    assert end.isoformat() == ("2019-05-31" if confirmed else "2019-05-24")


def test_a_database_changed_meanwhile_is_one_clear_message(  # type: ignore[no-untyped-def]
    qtbot, demo_db, tmp_path: Path, messages
) -> None:
    from consultant_app.services.exchange.imports import apply_import, plan_import

    source = tmp_path / "history.csv"
    source.write_text(HEADER + "\n" + GOOD + "\n", encoding="utf-8")
    dialog = ImportDialog(demo_db, source)  # previewed: one new internship
    qtbot.addWidget(dialog)
    other = tmp_path / "other.csv"  # meanwhile the reference is given to someone else
    other.write_text(HEADER + "\n" + GOOD.replace("Lena,Peeters", "Tom,Claes") + "\n", "utf-8")
    apply_import(demo_db, plan_import(demo_db, other))
    before = _count(demo_db)
    dialog.run_import(skip_invalid=False)
    assert not dialog.imported
    assert _count(demo_db) == before
    assert "Nothing was imported" in messages[-1] and "\n" not in messages[-1]
    assert "Lena" not in messages[-1]

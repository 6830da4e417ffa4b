"""Work off the GUI thread: results come back on it, errors too, busy widgets wait."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QWidget
from sqlalchemy import select

from consultant_app.domain.enums import InternshipStatus
from consultant_app.store.models import Internship
from consultant_app.ui import tasks
from consultant_app.ui.dialogs.import_dialog import ImportDialog
from consultant_app.ui.dialogs.pdf_preview import PdfPreviewDialog
from consultant_app.ui.views.internship.panel import InternshipPanel
from consultant_app.ui.views.reports import ReportsView


@pytest.fixture(autouse=True)
def pooled_tasks(inline_tasks: None) -> Iterator[None]:
    """These tests run the tasks on the real thread pool."""
    tasks.set_synchronous(False)
    yield
    assert tasks.wait_for_tasks(10_000)


def test_the_result_comes_back_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    owner = QWidget()
    qtbot.addWidget(owner)
    button = QPushButton(owner)
    release = threading.Event()
    threads: dict[str, threading.Thread] = {}
    results: list[int] = []

    def work() -> int:
        threads["work"] = threading.current_thread()
        release.wait(5)
        return 42

    def done(value: int) -> None:
        threads["done"] = threading.current_thread()
        results.append(value)

    tasks.run_task(work, done, owner=owner, busy=(button,))
    assert not button.isEnabled()  # busy while the work runs
    assert owner.cursor().shape() == Qt.CursorShape.BusyCursor
    release.set()
    qtbot.waitUntil(lambda: results == [42], timeout=5000)
    assert threads["work"] is not threading.main_thread()
    assert threads["done"] is threading.main_thread()
    assert button.isEnabled()
    assert owner.cursor().shape() != Qt.CursorShape.BusyCursor
    assert tasks.running_tasks() == 0


def test_an_error_comes_back_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    errors: list[tuple[BaseException, threading.Thread]] = []

    def work() -> None:
        raise ValueError("the disk is full")

    tasks.run_task(
        work,
        lambda _result: pytest.fail("no result expected"),
        lambda problem: errors.append((problem, threading.current_thread())),
    )
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    problem, thread = errors[0]
    assert isinstance(problem, ValueError) and str(problem) == "the disk is full"
    assert thread is threading.main_thread()


def test_a_closed_owner_drops_the_result(qtbot) -> None:  # type: ignore[no-untyped-def]
    owner = QWidget()
    release = threading.Event()
    results: list[str] = []
    tasks.run_task(lambda: release.wait(5) and "late", results.append, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: tasks.running_tasks() == 0, timeout=5000)  # forgotten with it
    release.set()
    assert tasks.wait_for_tasks(5000)
    qtbot.wait(50)  # a result would have been delivered by now
    assert results == []


def test_the_latest_period_wins(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    view = ReportsView(demo_db, today=date.today())
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.figures is not None, timeout=10_000)
    for year in (2019, 2020, date.today().year - 1):
        view.year.setValue(year)
    qtbot.waitUntil(lambda: tasks.running_tasks() == 0, timeout=10_000)
    assert view.figures is not None
    assert view.figures.period.start == date(date.today().year - 1, 1, 1)


def test_an_import_runs_off_the_gui_thread(  # type: ignore[no-untyped-def]
    qtbot, demo_db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    rows = [
        f"SM-2017-{n:03d},Ann{n},Jacobs,2001-04-02,F,NL,Studio Noord,0403.170.701,227,NL,"
        "Production assistant,2017-03-06,2017-05-26"
        for n in range(1, 60)
    ]
    header = (
        "reference,intern_first_name,intern_last_name,intern_birth_date,intern_gender,"
        "intern_language,host_name,host_enterprise_number,host_joint_committee,host_language,"
        "function,start_date,end_date"
    )
    source = tmp_path / "history.csv"
    source.write_text(header + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    started = time.perf_counter()
    dialog = ImportDialog(demo_db, source)
    qtbot.addWidget(dialog)
    assert time.perf_counter() - started < 0.5  # the file is read and checked in the background
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20_000)
    assert dialog.plan.valid and dialog.import_button.isEnabled()
    started = time.perf_counter()
    dialog.run_import(skip_invalid=False)
    assert time.perf_counter() - started < 0.5  # the window is not held while it imports
    qtbot.waitUntil(lambda: dialog.imported, timeout=20_000)
    assert dialog.result is not None
    assert dialog.result.counts["internships"]["create"] == len(rows)
    assert shown and str(len(rows)) in shown[-1]


class _StallMeter:
    """The longest time the event loop went without running a 5 ms timer."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.tick)
        self.last = 0.0
        self.longest = 0.0
        self.ticks = 0

    def start(self) -> None:
        self.last = time.perf_counter()
        self.timer.start()

    def tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now
        self.ticks += 1

    def stop(self) -> float:
        self.timer.stop()
        self.tick()
        return self.longest


def test_printing_a_convention_and_the_annual_report_never_stalls_the_window(  # type: ignore[no-untyped-def]
    qtbot, demo_db, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = InternshipPanel(demo_db, "en")
    qtbot.addWidget(panel)
    panel.show()
    with demo_db.unit_of_work() as uow:
        signed = uow.session.scalars(
            select(Internship.id)
            .where(Internship.status == InternshipStatus.SIGNED)
            .order_by(Internship.reference)
        ).first()
    panel.show_internship(signed)
    reports = ReportsView(demo_db, today=date.today())
    qtbot.addWidget(reports)
    reports.year.setValue(date.today().year - 1)
    qtbot.waitUntil(lambda: tasks.running_tasks() == 0, timeout=20_000)
    opened: list[QDialog] = []
    monkeypatch.setattr(PdfPreviewDialog, "open", lambda dialog: opened.append(dialog))
    meter = _StallMeter()
    meter.start()
    panel.preview_convention()
    reports.open_report()
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=60_000)
    longest = meter.stop()
    # Both documents were really made meanwhile, and the loop was watched all along.
    assert panel.last_preview is not None and panel.last_preview.document.pageCount() >= 2
    assert reports.preview is not None and reports.preview.document.pageCount() >= 1
    assert meter.ticks >= 10
    assert longest < 0.100, f"the window stalled {longest * 1000:.0f} ms"


def test_a_backup_and_a_restore_run_off_the_gui_thread(  # type: ignore[no-untyped-def]
    qtbot, demo_db, monkeypatch: pytest.MonkeyPatch
) -> None:
    from consultant_app.preferences import Preferences
    from consultant_app.ui.main_window import MainWindow
    from consultant_app.ui.views.settings_safety import DataSafetyPage
    from consultant_app.ui.window_session import WindowSession

    window = MainWindow(demo_db, Preferences(), "en")  # replaced (and deleted) by the restore
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, message: told.append(message))
    page = DataSafetyPage(window.database)
    qtbot.addWidget(page)
    box = page.backups_box
    box.back_up_now()
    assert not box.backup_button.isEnabled()  # waits while the copy is written
    qtbot.waitUntil(lambda: "Backup written" in box.backup_status.text(), timeout=20_000)
    assert box.backup_button.isEnabled()
    written = box.selected_backup()
    assert written is not None and written.exists()

    built: list[MainWindow] = []

    def build(database):  # type: ignore[no-untyped-def]
        built.append(MainWindow(database, Preferences(), "en"))
        return built[-1]

    session = WindowSession(window.database.path, window, build)
    window.restore_requested.emit(written)
    assert not window.isEnabled()  # the window waits while the backup is put in place
    qtbot.waitUntil(lambda: bool(built), timeout=20_000)
    assert session.window is built[0] and "kept as" in told[-1]
    session.window.remember_preferences = False
    session.window.database.close()
    session.window.close()


def test_the_exports_wait_for_the_figures_of_the_year_shown(qtbot, demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = ReportsView(demo_db, today=date.today())
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: tasks.running_tasks() == 0, timeout=10_000)
    release = threading.Event()
    tasks.run_task(lambda: release.wait(5), lambda _r: None)  # keeps a worker busy
    tasks.run_task(lambda: release.wait(5), lambda _r: None)  # ... and the other one
    view.year.setValue(2021)
    assert not view.json_button.isEnabled() and not view.csv_button.isEnabled()
    assert view.export("json", str(tmp_path / "stale.json")) is None  # not last year's figures
    release.set()
    qtbot.waitUntil(lambda: view.json_button.isEnabled(), timeout=10_000)
    written = view.export("json", str(tmp_path / "figures.json"))
    assert written is not None and '"from": "2021-01-01"' in written.read_text(encoding="utf-8")

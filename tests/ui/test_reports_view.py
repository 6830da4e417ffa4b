"""The Reports view: a year or a period, its tables, the annual report, CSV and JSON exports."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate

from consultant_app.domain.period import Period
from consultant_app.services.figures.annual import annual_figures
from consultant_app.ui.dialogs.pdf_preview import PdfPreviewDialog
from consultant_app.ui.views.reports import ReportsView


def _view(qtbot, demo_db) -> ReportsView:  # type: ignore[no-untyped-def]
    view = ReportsView(demo_db, today=date.today())
    qtbot.addWidget(view)
    return view


def test_a_period_shows_its_figures_and_hosts(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, demo_db)
    year = date.today().year - 1
    view.mode.setCurrentIndex(view.mode.findData("period"))
    view.start.setDate(QDate(year, 3, 1))
    view.end.setDate(QDate(year, 10, 31))
    expected = annual_figures(demo_db, Period(date(year, 3, 1), date(year, 10, 31)))
    assert view.figures is not None and view.figures.totals == expected.totals
    assert view.hosts.rowCount() == len(expected.hosts)
    assert view.breakdown.item(0, 3).text().replace("\u202f", "").replace("\xa0", "") == str(
        expected.totals.days
    )


def test_an_end_before_the_start_is_refused_and_keeps_the_figures(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, demo_db)
    view.mode.setCurrentIndex(view.mode.findData("period"))
    before = view.figures
    view.end.setDate(view.start.date() - timedelta(days=1))
    assert view.period() is None
    assert view.period_error.text()
    assert view.figures is before


def test_exports_write_the_figures(qtbot, demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, demo_db)
    view.year.setValue(date.today().year - 1)
    written = view.export("json", str(tmp_path / "figures.json"))
    data = json.loads(written.read_text(encoding="utf-8"))
    assert data["period"]["from"] == f"{date.today().year - 1}-01-01"
    assert data["totals"]["days"] == view.figures.totals.days
    assert set(data["by_language"]) == {"NL", "FR"}
    csv_file = view.export("csv", str(tmp_path / "figures.csv"))
    assert csv_file.stat().st_mode & 0o777 == 0o600
    assert "conventions" in csv_file.read_text(encoding="utf-8").splitlines()[0]


def test_the_annual_report_opens_in_the_print_preview(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, demo_db)
    view.year.setValue(date.today().year - 1)
    view.open_report()
    dialog = view.preview
    assert isinstance(dialog, PdfPreviewDialog)
    qtbot.addWidget(dialog)
    assert dialog.document.pageCount() >= 1
    dialog.close()


def test_a_period_is_typed_day_first_and_a_wrong_date_is_said(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    view = _view(qtbot, demo_db)
    view.show()
    qtbot.waitExposed(view)
    year = date.today().year - 1
    view.mode.setCurrentIndex(view.mode.findData("period"))
    for edit, text in ((view.start, f"1.3.{year}"), (view.end, f"31-10-{year}")):
        edit.setFocus()
        edit.selectAll()
        qtbot.keyClicks(edit, text)
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert view.period() == Period(date(year, 3, 1), date(year, 10, 31))
    assert view.start.text() == f"01/03/{year}"
    expected = annual_figures(demo_db, Period(date(year, 3, 1), date(year, 10, 31)))
    assert view.figures is not None and view.figures.totals == expected.totals
    view.end.setFocus()
    view.end.selectAll()
    qtbot.keyClicks(view.end, "31/02")
    qtbot.keyClick(view.end, Qt.Key.Key_Return)
    assert view.period() is None
    assert view.period_error.text() == "Write both dates day first, as 6/9/2026."
    assert view.end.text() == "31/02"  # kept as typed

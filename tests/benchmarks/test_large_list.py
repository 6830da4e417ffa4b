"""On the large demo (100,000 internships) the list opens in <= 300 ms and scrolls smoothly."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from .conftest import report

OPEN_LIMIT_S = 0.300
SCROLL_STEP_LIMIT_S = 0.050


def test_internships_list_on_large_database(qapp, large_db: Path) -> None:  # type: ignore[no-untyped-def]
    from consultant_app.services.lists import SOURCES, ListQuery
    from consultant_app.store.database import open_database
    from consultant_app.ui.views.record_list import RecordListView

    database = open_database(large_db)
    try:
        started = time.perf_counter()
        view = RecordListView(SOURCES["internships"](database), "internships", query=ListQuery())
        view.resize(1280, 760)
        view.show()
        QApplication.processEvents()
        opened = time.perf_counter() - started
        assert view.model.rowCount() >= 100_000
        report("open Internships list (100,000 rows)", opened, OPEN_LIMIT_S)

        bar = view.table.verticalScrollBar()
        steps = []
        for position in range(0, bar.maximum(), max(bar.maximum() // 60, 1)):
            started = time.perf_counter()
            bar.setValue(position)
            QApplication.processEvents()
            steps.append(time.perf_counter() - started)
        started = time.perf_counter()
        view.table.scrollToBottom()
        QApplication.processEvents()
        to_end = time.perf_counter() - started
        last = view.model.index(view.model.rowCount() - 1, 0).data()
        assert last and last.startswith("SM-")
        median = statistics.median(steps)
        report("scroll step, median of 60 jumps", median, SCROLL_STEP_LIMIT_S)
        report("jump to the last row", to_end, OPEN_LIMIT_S)
        view.close()
        assert opened <= OPEN_LIMIT_S
        assert median <= SCROLL_STEP_LIMIT_S
        assert to_end <= OPEN_LIMIT_S
    finally:
        database.close()

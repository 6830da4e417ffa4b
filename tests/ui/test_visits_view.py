"""The Visits view opens on what is due: overdue and this month's visits, nearest first."""

from __future__ import annotations

from datetime import date

from consultant_app.services.lists.visits import next_month


def test_visits_open_on_the_visits_due_nearest_first(window) -> None:  # type: ignore[no-untyped-def]
    view = window.show_view("visits")
    assert view.filters["state"].currentText() == "To do this month"
    model = view.model
    assert model.rowCount() > 0
    columns = [c.key for c in view.source.columns]
    today = date.today()
    planned = [model.row(r).values[columns.index("planned_on")] for r in range(model.rowCount())]
    done = [model.row(r).values[columns.index("done_on")] for r in range(model.rowCount())]
    assert all(day < next_month(today) for day in planned)  # nothing from later months
    assert done == [None] * len(done)  # nothing already done
    distances = [abs((day - today).days) for day in planned]
    assert distances == sorted(distances)  # the nearest first, not 2019's oldest


def test_all_visits_are_one_choice_away(window) -> None:  # type: ignore[no-untyped-def]
    view = window.show_view("visits")
    due = view.model.rowCount()
    view.set_filter("state", "")
    assert view.model.rowCount() > due

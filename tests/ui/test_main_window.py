"""The main window driven as a person would: navigate, read rows, search, open, switch language."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from sqlalchemy import func, select

from consultant_app.domain.enums import InternshipStatus
from consultant_app.store.models import Intern, Internship
from consultant_app.ui.main_window import VIEW_NAMES
from consultant_app.ui.views.reports import YEARS_SHOWN


def _count(db, model, *where) -> int:  # type: ignore[no-untyped-def]
    with db.unit_of_work() as uow:
        return uow.session.scalar(
            select(func.count()).select_from(model).where(model.deleted_at.is_(None), *where)
        )


def _click_nav(qtbot, window, name: str) -> None:  # type: ignore[no-untyped-def]
    item = window.nav.item(VIEW_NAMES.index(name))
    rect = window.nav.visualItemRect(item)
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_navigation_shows_each_view(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    for name in VIEW_NAMES:
        _click_nav(qtbot, window, name)
        assert window.current_view_name() == name
    assert window.nav.item(1).text() == "Internships"


def test_internships_list_shows_demo_rows(qtbot, window, demo_db) -> None:  # type: ignore[no-untyped-def]
    _click_nav(qtbot, window, "internships")
    view = window.stack.currentWidget()
    expected = _count(demo_db, Internship)
    assert expected > 100
    assert view.model.rowCount() == expected
    assert str(expected) in view.count_label.text()
    first = view.model.index(0, 0).data()
    assert first.startswith("SM-")


def test_ctrl_number_and_ctrl_f(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view_name() == "interns"
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget().search.hasFocus()


def test_search_by_reference_and_enter_opens_detail(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.show_view("internships")
    reference = view.model.index(5, 0).data()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(view.search, reference)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=2000)
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    assert view.table.hasFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert view.panel.detail.reference == reference
    assert view.panel.heading.text().startswith(reference)
    assert view.panel.detail.working_days > 0
    assert f"{view.panel.detail.working_days} working days" in view.panel.summary.text()


def test_search_ignores_accents_and_case(qtbot, window, demo_db) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from consultant_app.domain.enums import Gender, Language

    with demo_db.unit_of_work() as uow:
        uow.session.add(
            Intern(
                first_name="Zeynep",
                last_name="Öztürkoğlu",
                birth_date=date(2004, 2, 2),
                gender=Gender.FEMALE,
                language=Language.NL,
                municipality="Liège",
            )
        )
        uow.commit()
    view = window.show_view("interns")
    qtbot.keyClicks(view.search, "OZTURKOGLU liege")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=2000)
    assert view.model.index(0, 0).data() == "Öztürkoğlu"


def test_clicking_a_header_sorts(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.show_view("interns")
    header = view.table.horizontalHeader()
    column = [c.key for c in view.source.columns].index("last_name")
    x = header.sectionViewportPosition(column) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    first_up = view.model.index(0, column).data()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    first_down = view.model.index(0, column).data()
    assert view.model.query.sort_key == "last_name"
    assert first_up.casefold() <= first_down.casefold()
    assert first_up != first_down


def test_status_filter(qtbot, window, demo_db) -> None:  # type: ignore[no-untyped-def]
    view = window.show_view("internships")
    view.set_filter("status", "completed")
    expected = _count(demo_db, Internship, Internship.status == InternshipStatus.COMPLETED)
    assert view.model.rowCount() == expected > 0
    status_column = [c.key for c in view.source.columns].index("status")
    assert {view.model.index(r, status_column).data() for r in range(min(expected, 50))} == {
        "Completed"
    }


def test_dashboard_number_opens_filtered_list(qtbot, window, demo_db) -> None:  # type: ignore[no-untyped-def]
    dashboard = window.show_view("dashboard")
    card = dashboard.cards["running"]
    running = _count(demo_db, Internship, Internship.status == InternshipStatus.RUNNING)
    assert card.value == running
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert window.current_view_name() == "internships"
    assert window.stack.currentWidget().model.rowCount() == running


def test_evaluations_missing_opens_the_matching_internships(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dashboard = window.show_view("dashboard")
    card = dashboard.cards["evaluations_missing"]
    assert card.isEnabled()
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert window.current_view_name() == "internships"
    assert window.stack.currentWidget().model.rowCount() == card.value


def test_language_switch_is_applied_and_remembered(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from consultant_app.preferences import Preferences

    settings = window.show_view("settings")
    settings.language.setCurrentIndex(settings.language.findData("fr"))
    assert window.nav.item(VIEW_NAMES.index("interns")).text() == "Stagiaires"
    assert window.nav.item(VIEW_NAMES.index("settings")).text() == "Paramètres"
    assert Preferences.load().language == "fr"
    settings.language.setCurrentIndex(settings.language.findData("nl"))
    assert window.nav.item(VIEW_NAMES.index("interns")).text() == "Stagiairs"
    internships = window.show_view("internships")
    assert internships.title.text() == "Stages"
    assert "Referentie" in [
        internships.model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for c in range(internships.model.columnCount())
    ]


def test_reports_view_matches_figures(qtbot, window, demo_db) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from consultant_app.domain.period import Period
    from consultant_app.services.figures.annual import annual_figures

    reports = window.show_view("reports")
    year = date.today().year
    reports.year.setValue(year)
    expected = annual_figures(demo_db, Period.year(year)).totals.days
    column = YEARS_SHOWN - 1  # the chosen year is the last column
    total_days_row = 2 * 4 + 2  # group "total", measure "days"
    shown = reports.table.item(total_days_row, column).text().replace(",", "").replace(" ", "")
    assert int(shown.replace("\u202f", "").replace("\xa0", "")) == expected

"""Settings → Team: make this database a hub's first copy, sync, leave; on real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from consultant_app.services.settings.team import team_status
from consultant_app.store.database import open_database
from consultant_app.ui.views.settings_team import TeamPage
from tests.support.builders import make_world
from tests.support.postgres import PASSWORD
from tests.support.team import Intern, Team, edit


def test_a_database_becomes_a_hubs_first_copy_syncs_and_leaves(
    qtbot, team: Team, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    database = open_database(team.folder / "window.db")
    team.laptops.append(database)
    world = make_world(database)
    page = TeamPage(database)
    qtbot.addWidget(page)
    assert page.status_box.isHidden() and not page.init_box.isHidden()
    page.url.setText(team.url.replace(f":{PASSWORD}", ""))  # the password goes in its field
    qtbot.mouseClick(page.init_button, Qt.MouseButton.LeftButton)
    assert "refused the password" in page.message.text()  # none given: refused, nothing made
    assert team_status(database).hub is None
    page.password.setText(PASSWORD)
    qtbot.mouseClick(page.init_button, Qt.MouseButton.LeftButton)
    assert "Sent" in page.message.text(), page.message.text()
    assert page.password.text() == ""
    assert not page.status_box.isHidden() and page.init_box.isHidden()
    second = team.join()
    edit(second, Intern, world.intern_id, email="colleague@example.be")
    from consultant_app.services.settings.team import sync

    sync(second)
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    assert "received 2" in page.message.text()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.leave_button, Qt.MouseButton.LeftButton)
    assert team_status(database).hub is None
    assert not page.init_box.isHidden()


def test_an_unreachable_hub_is_said_plainly_on_the_page(qtbot, team: Team) -> None:  # type: ignore[no-untyped-def]
    database = open_database(team.folder / "window.db")
    team.laptops.append(database)
    page = TeamPage(database)
    qtbot.addWidget(page)
    page.url.setText("postgresql://nobody@127.0.0.1:1/hub")
    page.password.setText("x")
    qtbot.mouseClick(page.init_button, Qt.MouseButton.LeftButton)
    assert "cannot be reached" in page.message.text()
    assert team_status(database).hub is None


def test_joining_a_team_from_the_window_opens_the_teams_new_database(
    qtbot, team: Team, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    from consultant_app.preferences import Preferences
    from consultant_app.ui.main_window import MainWindow
    from consultant_app.ui.window_session import WindowSession

    first, world = team.first()
    own = open_database(team.folder / "own.db")
    window = MainWindow(own, Preferences(), "en")
    qtbot.addWidget(window)
    built: list[MainWindow] = []

    def build(database):  # type: ignore[no-untyped-def]
        built.append(MainWindow(database, Preferences(), "en"))
        return built[-1]

    session = WindowSession(own.path, window, build)
    target = team.folder / "team.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    settings = window.show_view("settings")
    page = settings.team
    assert not page.join_box.isHidden()
    page.join_url.setText(team.url.replace(f":{PASSWORD}", ""))
    page.join_password.setText(PASSWORD)
    qtbot.mouseClick(page.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(built), timeout=30_000)
    joined = session.window.database
    assert joined.path == target.absolute() and session.path == joined.path
    assert team_status(joined).hub is not None
    from tests.support.team import read

    assert read(joined, Intern, world.intern_id, "last_name") == read(
        first, Intern, world.intern_id, "last_name"
    )
    joined.close()
    session.window.close()

"""The team's sync in the status bar and the Conflicts dialog, on real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt

from consultant_app.services.settings.team import list_conflicts, sync
from consultant_app.store.sync import local
from consultant_app.store.sync.hub import HubAddress
from consultant_app.ui.dialogs.conflicts import ConflictsDialog
from consultant_app.ui.widgets.sync_indicator import SyncIndicator
from tests.support.team import Intern, Team, edit, read


def test_a_database_outside_any_team_shows_no_sync_indicator(window) -> None:  # type: ignore[no-untyped-def]
    assert window.sync_indicator.label.isHidden()
    assert window.sync_indicator.conflicts_button.isHidden()
    window.sync_indicator.sync_now()  # Ctrl+Shift+S outside a team: nothing happens
    assert not window.sync_indicator.running


def test_the_indicator_shows_pending_work_syncs_and_says_when_offline(qtbot, team: Team) -> None:  # type: ignore[no-untyped-def]
    first, world = team.first()
    indicator = SyncIndicator(first)
    qtbot.addWidget(indicator)
    indicator.show()
    assert indicator.label.isVisible()
    assert "Team: synced" in indicator.label.text()
    edit(first, Intern, world.intern_id, email="new@example.be")
    indicator.refresh()
    assert "2 pending" in indicator.label.text()
    indicator.sync_now()
    assert "pending" not in indicator.label.text()
    assert not indicator.conflicts_button.isVisible()
    with first.engine.begin() as connection:
        url = local.get_state(connection, "hub")
        assert url is not None
        port = HubAddress.parse(url).port
        local.set_state(connection, "hub", url.replace(f":{port}/", ":1/"))
    edit(first, Intern, world.intern_id, phone="0470 11 22 33")
    indicator.sync_now()
    assert "offline" in indicator.label.text() and "2 pending" in indicator.label.text()
    assert "kept on this computer" in indicator.label.toolTip()


def test_the_conflicts_dialog_shows_both_values_and_settles_one(qtbot, team: Team) -> None:  # type: ignore[no-untyped-def]
    first, world = team.first()
    second = team.join()
    edit(first, Intern, world.intern_id, email="first@example.be")
    edit(second, Intern, world.intern_id, email="second@example.be")
    sync(first)
    indicator = SyncIndicator(second)
    qtbot.addWidget(indicator)
    indicator.show()
    indicator.sync_now()
    assert indicator.conflicts_button.isVisible()
    assert indicator.conflicts_button.text() == "1 conflict(s)"
    dialog = ConflictsDialog(second)
    qtbot.addWidget(dialog)
    dialog.resolved.connect(indicator.refresh)
    assert dialog.table.rowCount() == 1
    cells = [dialog.table.item(0, column).text() for column in range(5)]
    assert cells[1:] == ["email", "—", "second@example.be", "first@example.be"]
    qtbot.mouseClick(dialog.theirs_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 0
    assert not dialog.theirs_button.isEnabled()
    assert not indicator.conflicts_button.isVisible()
    assert list_conflicts(second) == []
    assert read(second, Intern, world.intern_id, "email") == "first@example.be"


def test_the_indicator_speaks_the_interface_language(qtbot, team: Team) -> None:  # type: ignore[no-untyped-def]
    from consultant_app.ui.i18n import install_language

    first, _ = team.first()
    indicator = SyncIndicator(first)
    qtbot.addWidget(indicator)
    install_language("fr")
    indicator.refresh()
    assert indicator.label.text().startswith("Équipe : synchronisé")
    install_language("nl")
    indicator.refresh()
    assert indicator.label.text().startswith("Team: gesynchroniseerd")
    indicator.close()

"""A window process typing into the intern form, killed by ``test_draft_crash``.

Run as ``python draft_typist.py DATABASE TEXT`` (offscreen): it builds the main
window on DATABASE, opens the first intern of the list and types TEXT into its
municipality, as a user would. When the form's own debounce timer has written
the draft it prints ``draft <intern id>`` on stdout (flushed at once), then
goes on running until it is killed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest

from consultant_app.app import create_application
from consultant_app.preferences import Preferences
from consultant_app.store.database import open_database
from consultant_app.ui.i18n import install_language
from consultant_app.ui.main_window import MainWindow


def main(argv: list[str]) -> int:
    path, text = argv
    app = create_application()
    install_language("en")
    database = open_database(Path(path), create=False)
    window = MainWindow(database, Preferences(), "en")
    window.remember_preferences = False
    view = window.show_view("interns")
    window.show()
    view.table.selectRow(0)
    form = view.form
    widget = form.editors["municipality"].widget
    widget.setFocus()
    widget.selectAll()
    QTest.keyClicks(widget, text)

    def written() -> None:  # connected after the keeper's own flush: runs once it is done
        sys.stdout.write(f"draft {form.record_id}\n")
        sys.stdout.flush()

    view.drafts.timer.timeout.connect(written)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

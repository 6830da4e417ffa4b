"""The installed Qt binding keeps Python's reference counts right.

PySide6 6.12.0 released a reference to None on every Qt call returning nothing;
on Python 3.11 the application then aborts ("none_dealloc") after a few thousand
calls, such as selecting a few hundred records. pyproject.toml excludes it there.
"""

from __future__ import annotations

import sys


def test_void_qt_calls_keep_the_reference_count_of_none(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(200):
        label.setText("x")
        label.setVisible(False)
    after = sys.getrefcount(None)
    # A few references may come and go elsewhere; 400 lost ones would be the bug.
    assert before - after < 50

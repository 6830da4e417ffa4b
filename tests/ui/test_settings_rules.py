"""Programme rules are edited in Settings: checked as typed, stored in the database."""

from __future__ import annotations

from consultant_app.services.settings.programme import load_rules


def _set(qtbot, form, key: str, text: str) -> None:  # type: ignore[no-untyped-def]
    widget = form.editors[key].widget
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def test_rules_in_wrong_order_are_refused_inline(qtbot, window, demo_db) -> None:  # type: ignore[no-untyped-def]
    form = window.show_view("settings").rules_form
    _set(qtbot, form, "min_weeks_per_internship", "20")
    form.validate_now()
    assert "min_weeks_per_internship" in form.error_texts() or "max_weeks_per_internship" in (
        form.error_texts()
    )
    assert not form.save_button.isEnabled()
    _set(qtbot, form, "age_limit", "abc")
    form.validate_now()
    assert "age_limit" in form.error_texts()
    assert load_rules(demo_db).min_weeks_per_internship == 4


def test_a_changed_rule_is_saved_and_used(qtbot, window, demo_db) -> None:  # type: ignore[no-untyped-def]
    form = window.show_view("settings").rules_form
    _set(qtbot, form, "age_limit", "30")
    form.validate_now()
    assert form.error_texts() == {}
    assert form.save()
    assert load_rules(demo_db).age_limit == 30
    assert not form.is_dirty()

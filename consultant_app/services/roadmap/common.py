"""What the roadmap services share: checked forms, audited field updates and the phase order."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from consultant_app.domain.enums import Phase
from consultant_app.services.forms.parsing import FieldError, ValidationFailed

#: A form check: the typed values and the errors (at most one per field).
Validator = Callable[[Mapping[str, str]], tuple[dict[str, object], list[FieldError]]]

#: The rank of each phase in the plan (start, mid-term, end).
PHASE_ORDER: dict[Phase, int] = {phase: index for index, phase in enumerate(Phase)}


def cleaned_values(validate: Validator, values: Mapping[str, str]) -> dict[str, object]:
    """The typed values of a form; :class:`ValidationFailed` when it has errors."""
    cleaned, errors = validate(values)
    if errors:
        raise ValidationFailed(errors)
    return cleaned


def set_changed(record: object, name: str, value: object) -> None:
    """Set *name* only when it changes, so that the audit trail lists real edits."""
    if getattr(record, name) != value:
        setattr(record, name, value)

"""The roadmap of an internship (feuille de route / stageroadmap): the workstation sheet
and its risk analysis (:mod:`.risks`), tasks and competences (:mod:`.plan`), visits and
the follow-up log (:mod:`.visits`), the mentor's evaluations (:mod:`.evaluations`), the
intern's evaluation of the workplace (:mod:`.workplace`), and the competence scans with
the learning curve (:mod:`.scans`). Their scales and the sheet's fields are
:mod:`consultant_app.domain.roadmap`.

Each call opens its own unit of work and commits. Forms hand raw texts (``""``
when empty) and fail with :class:`~consultant_app.services.forms.parsing.ValidationFailed`;
unknown records raise :class:`~consultant_app.services.forms.parsing.RecordNotFound`;
refusals are :class:`~consultant_app.domain.errors.InvalidValue` with a stable code.

This module only re-exports the names of its modules, one block per module.
"""

# ruff: noqa: F401

from .plan import (
    COMPETENCE_KINDS,
    MAX_TARGET_LEVEL,
    MIN_TARGET_LEVEL,
    CompetenceLine,
    TaskLine,
    add_competence,
    add_task,
    load_plan,
    move_competence,
    move_task,
    remove_competence,
    remove_task,
    update_competence,
    update_task,
)
from .risks import (
    RISK_SHEET_LABELS,
    RiskItemLine,
    RiskSheet,
    add_risk_item,
    load_risk_sheet,
    remove_risk_item,
    risk_catalogue,
    risk_sheet_missing,
    save_risk_sheet,
    update_risk_item,
    validate_risk_sheet,
)
from .visits import (
    LOG_KINDS,
    VISIT_FIELDS,
    VISIT_LABELS,
    LogLine,
    VisitLine,
    add_log_entry,
    load_log,
    load_visits,
    propose_visits,
    remove_visit,
    save_visit,
    validate_visit,
)

# isort: split
from .evaluations import (
    EvaluationForm,
    EvaluationRow,
    complete_evaluation,
    load_evaluation,
    save_evaluation_draft,
)
from .scans import CurvePoint, ScanRow, learning_curve, load_scan, save_scan
from .workplace import (
    WORKPLACE_LABELS,
    load_workplace_evaluation,
    save_workplace_evaluation,
    validate_workplace_evaluation,
)

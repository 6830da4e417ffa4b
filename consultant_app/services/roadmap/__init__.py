"""The roadmap of an internship (feuille de route / stageroadmap): the workstation sheet
and its risk analysis (:mod:`.risks`), tasks and competences (:mod:`.plan`), visits and
the follow-up log (:mod:`.visits`), and evaluations (:mod:`.evaluations`).

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
    REQUIRED_RISK_SHEET_FIELDS,
    RISK_SHEET_FIELDS,
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
    NOT_OBSERVED,
    SCAN_LEVELS,
    SCORE_LEVELS,
    WORKPLACE_FIELDS,
    WORKPLACE_LABELS,
    CurvePoint,
    EvaluationForm,
    EvaluationRow,
    ScanRow,
    complete_evaluation,
    learning_curve,
    load_evaluation,
    load_scan,
    load_workplace_evaluation,
    save_evaluation_draft,
    save_scan,
    save_workplace_evaluation,
    validate_workplace_evaluation,
)

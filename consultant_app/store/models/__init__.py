"""SQLAlchemy 2 typed models of the whole domain. Importing this package maps every table."""

from consultant_app.store.models.base import Base, Record, utcnow
from consultant_app.store.models.catalogue import (
    CatalogueCompetence,
    CatalogueRisk,
    CatalogueTask,
    Cluster,
    Function,
)
from consultant_app.store.models.internship import (
    Amendment,
    Internship,
    Interruption,
    RuleOverride,
    Signature,
)
from consultant_app.store.models.people import (
    Consultant,
    Host,
    Intern,
    InternWishedFunction,
    Mentor,
    TrainingPlan,
)
from consultant_app.store.models.records import AuditEntry, FormDraft, IssuedDocument, Setting
from consultant_app.store.models.roadmap import (
    CompetenceScan,
    CompetenceScanScore,
    Evaluation,
    EvaluationScore,
    InternshipCompetence,
    InternshipTask,
    RiskAssessment,
    RiskItem,
    Visit,
    VisitLogEntry,
    WorkplaceEvaluation,
)
from consultant_app.store.models.snapshots import ConventionSnapshot

__all__ = [
    "Amendment",
    "AuditEntry",
    "Base",
    "CatalogueCompetence",
    "CatalogueRisk",
    "CatalogueTask",
    "Cluster",
    "CompetenceScan",
    "CompetenceScanScore",
    "Consultant",
    "ConventionSnapshot",
    "Evaluation",
    "EvaluationScore",
    "FormDraft",
    "Function",
    "Host",
    "Intern",
    "InternWishedFunction",
    "Internship",
    "InternshipCompetence",
    "InternshipTask",
    "Interruption",
    "IssuedDocument",
    "Mentor",
    "Record",
    "RiskAssessment",
    "RiskItem",
    "RuleOverride",
    "Setting",
    "Signature",
    "TrainingPlan",
    "Visit",
    "VisitLogEntry",
    "WorkplaceEvaluation",
    "utcnow",
]

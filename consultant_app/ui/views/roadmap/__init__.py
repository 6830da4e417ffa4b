"""The roadmap of an internship as tabs of the internship panel.

Workstation sheet and risks, tasks and competences, visits and their log, the
mentor's evaluation, the intern's evaluation of the workplace, and the
competence scan with the learning curve.
"""

from __future__ import annotations

from consultant_app.ui.views.roadmap.common import RoadmapTab
from consultant_app.ui.views.roadmap.evaluation_tab import EvaluationTab
from consultant_app.ui.views.roadmap.plan_tab import PlanTab
from consultant_app.ui.views.roadmap.risk_tab import RiskTab
from consultant_app.ui.views.roadmap.scan_tab import ScanTab
from consultant_app.ui.views.roadmap.visits_tab import VisitsTab
from consultant_app.ui.views.roadmap.workplace_tab import WorkplaceTab

__all__ = [
    "EvaluationTab",
    "PlanTab",
    "RiskTab",
    "RoadmapTab",
    "ScanTab",
    "VisitsTab",
    "WorkplaceTab",
]

"""One entry point for the printed roadmap sheets: the right renderer for each kind of data."""

from __future__ import annotations

from consultant_app.documents.evaluation_sheets import (
    render_evaluation_sheet,
    render_self_scan_sheet,
    render_workplace_sheet,
)
from consultant_app.documents.roadmap_data import (
    EvaluationSheetData,
    ReportData,
    RoadmapData,
    ScanSheetData,
    SelfScanSheetData,
    SheetData,
    WorkplaceSheetData,
)
from consultant_app.documents.roadmap_sheet import render_roadmap
from consultant_app.documents.scan_report import render_report, render_scan


def render_sheet(data: SheetData) -> bytes:
    """The A4 PDF of *data*: the roadmap, an evaluation form, the scan chart, the blank
    self-scan or the report."""
    if isinstance(data, RoadmapData):
        return render_roadmap(data)
    if isinstance(data, EvaluationSheetData):
        return render_evaluation_sheet(data)
    if isinstance(data, WorkplaceSheetData):
        return render_workplace_sheet(data)
    if isinstance(data, ScanSheetData):
        return render_scan(data)
    if isinstance(data, SelfScanSheetData):
        return render_self_scan_sheet(data)
    if isinstance(data, ReportData):
        return render_report(data)
    raise TypeError(f"No printed sheet for {type(data).__name__}.")


__all__ = [
    "render_evaluation_sheet",
    "render_report",
    "render_roadmap",
    "render_scan",
    "render_self_scan_sheet",
    "render_sheet",
    "render_workplace_sheet",
]

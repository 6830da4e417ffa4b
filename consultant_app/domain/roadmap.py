"""The roadmap's scales and field lists: evaluation scores, scan levels, workplace criteria
and the fields of the workstation sheet.

Each is written here once; the services check against them, the documents print them
and the interface shows them. Their words are translated where they are shown (the
interface's translations, the documents' templates); here are only the keys, the
order and the ranges.
"""

from __future__ import annotations

from consultant_app.domain.enums import Phase

# --- the scales ---------------------------------------------------------------------

#: The mentor's four-level scale: 1 insufficient, 2 to develop, 3 good, 4 excellent.
#: The rank of each phase of the plan (start, mid-term, end); its codes find it too.
PHASE_ORDER: dict[str, int] = {phase: index for index, phase in enumerate(Phase)}

SCORE_LEVELS: tuple[int, ...] = (1, 2, 3, 4)
#: The mentor's answer for a competence that could not be observed (it is no level).
NOT_OBSERVED = 0
#: The target level of a competence is a level of the mentor's scale.
TARGET_LEVELS: tuple[int, ...] = SCORE_LEVELS
#: The intern's self-scores in the competence scan: 0 (cannot do it yet) to 4 (could teach it).
SCAN_LEVELS: tuple[int, ...] = (0, 1, 2, 3, 4)
#: The intern's scores of the workplace: 1 poor, 2 fair, 3 good, 4 very good.
WORKPLACE_LEVELS: tuple[int, ...] = (1, 2, 3, 4)
#: The aspects of the workplace the intern scores, in the order of the form and the sheet.
WORKPLACE_CRITERIA: tuple[str, ...] = (
    "onboarding",
    "guidance",
    "task_variety",
    "atmosphere",
    "safety",
    "learning",
)

# --- the workstation sheet (fiche poste de travail / werkpostfiche) ------------------

#: Kinds of the sheet's fields: a short text on one line (a name, a person), a free text
#: that may run over several lines, a yes/no answer, a date.
LINE, TEXT, YES_NO, DATE = "line", "text", "yes_no", "date"

#: The sheet's three parts, each field with its kind: the post; protection and health;
#: prevention, first aid and signature.
_POST: dict[str, str] = {
    "post_name": LINE,
    "post_description": TEXT,
    "place": TEXT,
    "work_equipment": TEXT,
    "qualifications": TEXT,
    "prior_instructions": TEXT,
}
_PROTECTION: dict[str, str] = {
    "protective_equipment": TEXT,
    "health_surveillance": YES_NO,
    "health_surveillance_detail": TEXT,
    "forbidden_work": YES_NO,
    "forbidden_work_justification": TEXT,
}
_SIGNATURE: dict[str, str] = {
    "prevention_advisor": LINE,
    "first_aid_person": LINE,
    "drawn_up_on": DATE,
    "drawn_up_by": LINE,
}
RISK_SHEET_POST: tuple[str, ...] = tuple(_POST)
RISK_SHEET_PROTECTION: tuple[str, ...] = tuple(_PROTECTION)
RISK_SHEET_SIGNATURE: tuple[str, ...] = tuple(_SIGNATURE)
#: The kind of every field of the sheet, in the order of the form and the printed sheet.
RISK_SHEET_KINDS: dict[str, str] = {**_POST, **_PROTECTION, **_SIGNATURE}
RISK_SHEET_FIELDS: tuple[str, ...] = tuple(RISK_SHEET_KINDS)

#: Always needed for a complete sheet (besides at least one risk, and the detail of a
#: yes/no answer that is yes: :data:`RISK_SHEET_DETAILS`).
REQUIRED_RISK_SHEET_FIELDS: tuple[str, ...] = (
    "post_name",
    "post_description",
    "place",
    "work_equipment",
    "protective_equipment",
    "prevention_advisor",
    "first_aid_person",
    "drawn_up_on",
    "drawn_up_by",
)
#: Each yes/no field and the field that says more when the answer is yes (the forbidden
#: work is justified too when a listed risk is forbidden for young workers).
RISK_SHEET_DETAILS: dict[str, str] = {
    "health_surveillance": "health_surveillance_detail",
    "forbidden_work": "forbidden_work_justification",
}
#: What a sheet that lists no risk misses (beside the keys of its fields).
RISK_SHEET_ITEMS = "items"

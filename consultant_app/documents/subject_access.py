"""The printed answer to a right-of-access request: everything held about one intern (A4 PDF).

It lays out the dict of
:func:`consultant_app.services.privacy.subject_access.collect_subject_access` in its
language (``nl``, ``fr``, ``en``) with the texts of
``resources/templates/subject_access/<lang>.toml``: one heading per section,
label-and-value tables for single records and tables for lists. Every value is
user text and prints literally (escaped).

This module holds the template's keys and puts the parts in order; the parts are in
``subject_access_person``, ``subject_access_internships``, ``subject_access_roadmap``
and ``subject_access_audit``, the words and blocks they share in ``subject_access_layout``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from reportlab.platypus import Flowable, Paragraph, Spacer

from consultant_app.documents.data import WEEKDAYS, FundIdentity
from consultant_app.documents.pdf import PageSetup, build_pdf
from consultant_app.documents.styles import styles
from consultant_app.documents.subject_access_audit import audit_section
from consultant_app.documents.subject_access_internships import internship_sections
from consultant_app.documents.subject_access_layout import Words, text_of
from consultant_app.documents.subject_access_person import eligibility_section, person_sections
from consultant_app.documents.templates import DocumentTemplate, TemplateSpec, keys, load_template
from consultant_app.documents.text import format_date

_FIELDS = """first_name last_name birth_date gender language national_number email phone address
    street house_number box postcode municipality jobseeker_agency jobseeker_number
    jobseeker_since diploma school wished_functions interests registered_on consent_on
    created_at updated_at record_id eligible weeks_done reasons reference status function
    cluster host mentor consultant period start_date planned_end_date actual_end_date end_date
    termination_reason cancellation_reason convention_language convention_version
    hours_per_week schedule workplace objectives expenses no_replacement_declared signed_on kind
    note party signer_name place version decided_on changes reason rule message overridden_by
    overridden_at post_name post_description work_equipment qualifications prior_instructions
    protective_equipment health_surveillance health_surveillance_detail forbidden_work
    forbidden_work_justification prevention_advisor first_aid_person drawn_up_on drawn_up_by
    risk measures phase task competence objective target_level mode planned_on done_on
    attendees notes action_points at author text evaluated_on overall_appreciation
    recommendation comments is_final score comment completed_on onboarding guidance
    task_variety atmosphere safety learning would_recommend moment document filename issued_at
    issued_by size sha256 actor action record field before after"""

#: Codes printed by their name: ``values.<group>_<code>``.
CODES: dict[str, tuple[str, ...]] = {
    "gender": ("f", "m", "x"),
    "language": ("nl", "fr", "de", "en"),
    "status": (
        "draft",
        "awaiting_signatures",
        "signed",
        "running",
        "completed",
        "terminated",
        "cancelled",
    ),
    "interruption": ("sickness", "suspension", "other"),
    "party": ("fund", "host", "intern"),
    "phase": ("start", "midterm", "end"),
    "stage": ("midterm", "final"),
    "moment": ("start", "end"),
    "recommendation": ("yes", "with_reservations", "no"),
    "visit": ("kickoff", "midterm", "final"),
    "mode": ("on_site", "phone", "video"),
    "log": ("conflict", "mediation", "note"),
    "action": ("insert", "update", "delete", "restore"),
    "entity": (
        "intern",
        "intern_wished_function",
        "internship",
        "interruption",
        "signature",
        "amendment",
        "rule_override",
        "issued_document",
        "risk_assessment",
        "risk_item",
        "internship_task",
        "internship_competence",
        "evaluation",
        "evaluation_score",
        "workplace_evaluation",
        "competence_scan",
        "competence_scan_score",
        "visit",
        "visit_log_entry",
    ),
    "document": (
        "convention",
        "amendment",
        "signed_scan",
        "roadmap",
        "evaluation_midterm",
        "evaluation_midterm_blank",
        "evaluation_final",
        "evaluation_final_blank",
        "workplace_evaluation",
        "workplace_evaluation_blank",
        "competence_scan",
        "internship_report",
    ),
    "weekday": WEEKDAYS,
}

SPEC = TemplateSpec(
    document="subject_access",
    keys=frozenset(
        keys("document.", "title subtitle header footer page intro none deleted yes no utc")
        + keys(
            "sections.",
            """identity contact job_seeker with_the_fund eligibility internships no_internships
            internship interruptions signatures amendments rule_overrides risk_assessment risks
            tasks competences visits follow_up_log evaluation scores workplace_evaluation
            competence_scans documents documents_note audit_trail audit_intro no_audit""",
        )
        + keys("fields.", _FIELDS)
        + tuple(f"values.{group}_{code}" for group, codes in CODES.items() for code in codes)
        + keys("values.", "level_value hours_value bytes_value not_observed")
        + keys("eligibility.", "age jobseeker_yes jobseeker_no weeks")
    ),
    placeholders=frozenset(
        keys(
            "",
            """name date time fund_name json_name page pages reference stage level hours size
            age limit agency done maximum left""",
        )
    ),
)


def template(language: str) -> DocumentTemplate:
    """The checked texts of the export in *language* (loaded once per process)."""
    return load_template(SPEC, language)


def render_subject_access(data: Mapping[str, Any], fund: FundIdentity) -> bytes:
    """The A4 PDF of an access export *data* in its ``language``, with *fund*'s header."""
    words = Words(template(str(data["language"])))
    t = words.t
    identity = data["intern"]["identity"]
    name = " ".join(
        part for part in (text_of(identity["first_name"]), text_of(identity["last_name"])) if part
    )
    exported = date.fromisoformat(str(data["export_date"]))
    day = format_date(exported)
    json_name = f"subject-access-{str(data['intern']['id']).replace('-', '')[:8]}.json"
    st = styles()
    story: list[Flowable] = [
        Paragraph(t.markup("document.title", name=name), st.title),
        Paragraph(t.markup("document.subtitle", date=day), st.subtitle),
        Spacer(1, 6),
        *t.flowables(
            "document.intro", fund_name=fund.name, name=name, date=day, json_name=json_name
        ),
    ]
    story += person_sections(words, data)
    story += eligibility_section(words, data)
    story += internship_sections(words, data)
    story += audit_section(words, data)
    setup = PageSetup(
        title=t.plain("document.title", name=name),
        fund=fund,
        issued_on=exported,
        footer=t.plain("document.footer", name=name, date=day),
        page_label=lambda page, pages: t.plain("document.page", page=page, pages=pages),
        header_note=t.plain("document.header"),
        subject=t.plain("document.header"),
    )
    return build_pdf(story, setup)


__all__ = ["SPEC", "render_subject_access", "template"]

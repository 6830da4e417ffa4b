"""Translated names of fields and stored codes, shared by every view.

The strings are written out in ``translate`` calls so that pyside6-lupdate
finds them; the services below the UI only know the keys.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication


def _fields() -> dict[str, str]:
    return {
        "reference": QCoreApplication.translate("Labels", "Reference"),
        "intern": QCoreApplication.translate("Labels", "Intern"),
        "host": QCoreApplication.translate("Labels", "Host"),
        "mentor": QCoreApplication.translate("Labels", "Mentor"),
        "consultant": QCoreApplication.translate("Labels", "Consultant"),
        "function": QCoreApplication.translate("Labels", "Function"),
        "cluster": QCoreApplication.translate("Labels", "Cluster"),
        "status": QCoreApplication.translate("Labels", "Status"),
        "start_date": QCoreApplication.translate("Labels", "Start"),
        "end_date": QCoreApplication.translate("Labels", "End"),
        "planned_end_date": QCoreApplication.translate("Labels", "Planned end"),
        "actual_end_date": QCoreApplication.translate("Labels", "Actual end"),
        "working_days": QCoreApplication.translate("Labels", "Working days"),
        "weeks": QCoreApplication.translate("Labels", "Weeks"),
        "convention_language": QCoreApplication.translate("Labels", "Convention language"),
        "hours_per_week": QCoreApplication.translate("Labels", "Hours per week"),
        "workplace": QCoreApplication.translate("Labels", "Place of work"),
        "objectives": QCoreApplication.translate("Labels", "Objectives"),
        "hours_mon": QCoreApplication.translate("Labels", "Monday"),
        "hours_tue": QCoreApplication.translate("Labels", "Tuesday"),
        "hours_wed": QCoreApplication.translate("Labels", "Wednesday"),
        "hours_thu": QCoreApplication.translate("Labels", "Thursday"),
        "hours_fri": QCoreApplication.translate("Labels", "Friday"),
        "hours_sat": QCoreApplication.translate("Labels", "Saturday"),
        "hours_sun": QCoreApplication.translate("Labels", "Sunday"),
        "schedule_note": QCoreApplication.translate("Labels", "Schedule note"),
        "expenses": QCoreApplication.translate("Labels", "Expenses"),
        "no_replacement_declared": QCoreApplication.translate(
            "Labels", "The intern does not replace an employee"
        ),
        "termination_reason": QCoreApplication.translate("Labels", "Reason for termination"),
        "cancellation_reason": QCoreApplication.translate("Labels", "Reason for cancellation"),
        "visits": QCoreApplication.translate("Labels", "Visits"),
        "visits_done": QCoreApplication.translate("Labels", "Visits done"),
        "visits_planned": QCoreApplication.translate("Labels", "Visits planned"),
        "last_name": QCoreApplication.translate("Labels", "Last name"),
        "first_name": QCoreApplication.translate("Labels", "First name"),
        "name": QCoreApplication.translate("Labels", "Name"),
        "birth_date": QCoreApplication.translate("Labels", "Birth date"),
        "age": QCoreApplication.translate("Labels", "Age"),
        "gender": QCoreApplication.translate("Labels", "Gender"),
        "language": QCoreApplication.translate("Labels", "Language"),
        "national_number": QCoreApplication.translate("Labels", "National register number"),
        "email": QCoreApplication.translate("Labels", "Email"),
        "phone": QCoreApplication.translate("Labels", "Phone"),
        "address": QCoreApplication.translate("Labels", "Address"),
        "street": QCoreApplication.translate("Labels", "Street"),
        "house_number": QCoreApplication.translate("Labels", "Number"),
        "box": QCoreApplication.translate("Labels", "Box"),
        "postcode": QCoreApplication.translate("Labels", "Postcode"),
        "municipality": QCoreApplication.translate("Labels", "Municipality"),
        "jobseeker_agency": QCoreApplication.translate("Labels", "Job-seeker agency"),
        "jobseeker_number": QCoreApplication.translate("Labels", "Job-seeker number"),
        "jobseeker_since": QCoreApplication.translate("Labels", "Job seeker since"),
        "diploma": QCoreApplication.translate("Labels", "Last diploma"),
        "school": QCoreApplication.translate("Labels", "School"),
        "interests": QCoreApplication.translate("Labels", "Interests"),
        "registered_on": QCoreApplication.translate("Labels", "Registered on"),
        "consent_on": QCoreApplication.translate("Labels", "Consent given on"),
        "internships": QCoreApplication.translate("Labels", "Internships"),
        "interns": QCoreApplication.translate("Labels", "Interns"),
        "hosts": QCoreApplication.translate("Labels", "Hosts"),
        "enterprise_number": QCoreApplication.translate("Labels", "Enterprise number"),
        "function_id": QCoreApplication.translate("Labels", "Function"),
        "mentor_id": QCoreApplication.translate("Labels", "Mentor"),
        "consultant_id": QCoreApplication.translate("Labels", "Consultant"),
        "intern_id": QCoreApplication.translate("Labels", "Intern"),
        "host_id": QCoreApplication.translate("Labels", "Host"),
        "signatory_name": QCoreApplication.translate("Labels", "Signs for the fund"),
        "signatory_title": QCoreApplication.translate("Labels", "Title of the signatory"),
        "logo_path": QCoreApplication.translate("Labels", "Logo"),
        "print_national_number": QCoreApplication.translate(
            "Labels", "Print the intern's national number"
        ),
        "legal_form": QCoreApplication.translate("Labels", "Legal form"),
        "joint_committee": QCoreApplication.translate("Labels", "Joint committee"),
        "language_role": QCoreApplication.translate("Labels", "Language role"),
        "website": QCoreApplication.translate("Labels", "Website"),
        "employees_fte": QCoreApplication.translate("Labels", "Employees (FTE)"),
        "contact_name": QCoreApplication.translate("Labels", "Contact"),
        "contact_email": QCoreApplication.translate("Labels", "Contact email"),
        "contact_phone": QCoreApplication.translate("Labels", "Contact phone"),
        "represented_by": QCoreApplication.translate("Labels", "Represented by"),
        "mentors": QCoreApplication.translate("Labels", "Mentors"),
        "job_title": QCoreApplication.translate("Labels", "Job title"),
        "years_experience": QCoreApplication.translate("Labels", "Years of experience"),
        "mentor_training": QCoreApplication.translate("Labels", "Mentor training"),
        "planned_on": QCoreApplication.translate("Labels", "Planned on"),
        "done_on": QCoreApplication.translate("Labels", "Done on"),
        "kind": QCoreApplication.translate("Labels", "Kind"),
        "mode": QCoreApplication.translate("Labels", "Mode"),
        "state": QCoreApplication.translate("Labels", "State"),
        "year": QCoreApplication.translate("Labels", "Year"),
        "evaluation": QCoreApplication.translate("Labels", "Evaluations"),
        "internship_status": QCoreApplication.translate("Labels", "Internship status"),
        "attendees": QCoreApplication.translate("Labels", "Attendees"),
        "notes": QCoreApplication.translate("Labels", "Notes"),
        "action_points": QCoreApplication.translate("Labels", "Action points"),
        "signed_on": QCoreApplication.translate("Labels", "Signed on"),
        "conventions": QCoreApplication.translate("Labels", "Conventions"),
        "wished_functions": QCoreApplication.translate("Labels", "Functions wished"),
        "evaluations": QCoreApplication.translate("Labels", "Evaluations"),
        "eligibility": QCoreApplication.translate("Labels", "Eligibility"),
        # Programme rules
        "age_limit": QCoreApplication.translate("Labels", "Age limit (younger than)"),
        "min_weeks_per_internship": QCoreApplication.translate(
            "Labels", "Minimum weeks per internship"
        ),
        "max_weeks_per_internship": QCoreApplication.translate(
            "Labels", "Maximum weeks per internship"
        ),
        "max_total_weeks_per_intern": QCoreApplication.translate(
            "Labels", "Maximum weeks per intern"
        ),
        "max_hours_per_week": QCoreApplication.translate("Labels", "Maximum hours per week"),
        "quota_weeks_per_block": QCoreApplication.translate(
            "Labels", "Host quota: weeks per block"
        ),
        "quota_block_fte": QCoreApplication.translate(
            "Labels", "Host quota: employees (FTE) per block"
        ),
        "retention_years": QCoreApplication.translate("Labels", "Retention (years)"),
        "joint_committee_other": QCoreApplication.translate("Labels", "Other joint committee"),
        "training_budget": QCoreApplication.translate("Labels", "Training budget (EUR)"),
        "coaching_new_staff": QCoreApplication.translate("Labels", "Coaching of new staff"),
        "mentors_trained": QCoreApplication.translate("Labels", "Mentors trained"),
        "talent_policy": QCoreApplication.translate("Labels", "Talent policy"),
        "comments": QCoreApplication.translate("Labels", "Comments"),
        "received_on": QCoreApplication.translate("Labels", "Received on"),
        "days": QCoreApplication.translate("Labels", "Days"),
        "fte": QCoreApplication.translate("Labels", "FTE"),
        # Roadmap: workstation sheet and risk analysis
        "post_name": QCoreApplication.translate("Labels", "Name of the post"),
        "post_description": QCoreApplication.translate("Labels", "Description of the post"),
        "place": QCoreApplication.translate("Labels", "Place of work"),
        "work_equipment": QCoreApplication.translate("Labels", "Work equipment"),
        "qualifications": QCoreApplication.translate("Labels", "Qualifications required"),
        "prior_instructions": QCoreApplication.translate("Labels", "Prior instructions"),
        "protective_equipment": QCoreApplication.translate(
            "Labels", "Personal protective equipment"
        ),
        "health_surveillance": QCoreApplication.translate("Labels", "Health surveillance"),
        "health_surveillance_detail": QCoreApplication.translate(
            "Labels", "Detail of the health surveillance"
        ),
        "forbidden_work": QCoreApplication.translate("Labels", "Work forbidden to young workers"),
        "forbidden_work_justification": QCoreApplication.translate(
            "Labels", "Justification of the forbidden work"
        ),
        "prevention_advisor": QCoreApplication.translate("Labels", "Prevention advisor"),
        "first_aid_person": QCoreApplication.translate("Labels", "First aid person"),
        "drawn_up_on": QCoreApplication.translate("Labels", "Drawn up on"),
        "drawn_up_by": QCoreApplication.translate("Labels", "Drawn up by"),
        "items": QCoreApplication.translate("Labels", "Risks"),
        # Roadmap: tasks, competences, evaluations
        "text": QCoreApplication.translate("Labels", "Text"),
        "phase": QCoreApplication.translate("Labels", "Phase"),
        "objective": QCoreApplication.translate("Labels", "Objective"),
        "target_level": QCoreApplication.translate("Labels", "Target level"),
        "overall_appreciation": QCoreApplication.translate("Labels", "Overall appreciation"),
        "recommendation": QCoreApplication.translate("Labels", "Recommendation"),
        "general_comments": QCoreApplication.translate("Labels", "General comments"),
        "onboarding": QCoreApplication.translate("Labels", "Onboarding"),
        "guidance": QCoreApplication.translate("Labels", "Guidance by the mentor"),
        "task_variety": QCoreApplication.translate("Labels", "Variety of tasks"),
        "atmosphere": QCoreApplication.translate("Labels", "Atmosphere"),
        "safety": QCoreApplication.translate("Labels", "Safety"),
        "learning": QCoreApplication.translate("Labels", "Learning"),
        "would_recommend": QCoreApplication.translate("Labels", "Would recommend this workplace"),
        "completed_on": QCoreApplication.translate("Labels", "Completed on"),
    }


def _values() -> dict[str, str]:
    return {
        "missing": QCoreApplication.translate("Labels", "missing"),
        # Internship status
        "draft": QCoreApplication.translate("Labels", "Draft"),
        "awaiting_signatures": QCoreApplication.translate("Labels", "Awaiting signatures"),
        "signed": QCoreApplication.translate("Labels", "Signed"),
        "running": QCoreApplication.translate("Labels", "Running"),
        "completed": QCoreApplication.translate("Labels", "Completed"),
        "terminated": QCoreApplication.translate("Labels", "Terminated early"),
        "cancelled": QCoreApplication.translate("Labels", "Cancelled"),
        # Gender
        "F": QCoreApplication.translate("Labels", "Female"),
        "M": QCoreApplication.translate("Labels", "Male"),
        "X": QCoreApplication.translate("Labels", "X (other)"),
        # Languages and language roles
        "NL": QCoreApplication.translate("Labels", "Dutch"),
        "FR": QCoreApplication.translate("Labels", "French"),
        "DE": QCoreApplication.translate("Labels", "German"),
        "EN": QCoreApplication.translate("Labels", "English"),
        "BI": QCoreApplication.translate("Labels", "Bilingual"),
        # Joint committees
        "227": QCoreApplication.translate("Labels", "CP 227"),
        "303.01": QCoreApplication.translate("Labels", "SCP 303.01"),
        "other": QCoreApplication.translate("Labels", "Other"),
        # Visits
        "kickoff": QCoreApplication.translate("Labels", "Kick-off meeting"),
        "midterm": QCoreApplication.translate("Labels", "Mid-term visit"),
        "final": QCoreApplication.translate("Labels", "Final interview"),
        "on_site": QCoreApplication.translate("Labels", "On site"),
        "phone": QCoreApplication.translate("Labels", "Phone"),
        "video": QCoreApplication.translate("Labels", "Video"),
        # Overdue visits and those planned before next month.
        "due": QCoreApplication.translate("Labels", "To do this month"),
        "upcoming": QCoreApplication.translate("Labels", "Upcoming"),
        "overdue": QCoreApplication.translate("Labels", "Overdue"),
        "done": QCoreApplication.translate("Labels", "Done"),
        # Eligibility filter
        "eligible": QCoreApplication.translate("Labels", "Eligible"),
        "not_eligible": QCoreApplication.translate("Labels", "Not eligible"),
        # Yes/no filters
        "yes": QCoreApplication.translate("Labels", "Yes"),
        "no": QCoreApplication.translate("Labels", "No"),
        # Training policy plans
        "requested": QCoreApplication.translate("Labels", "Requested"),
        "received": QCoreApplication.translate("Labels", "Received"),
        "approved": QCoreApplication.translate("Labels", "Approved"),
        # Roadmap
        "with_reservations": QCoreApplication.translate("Labels", "With reservations"),
        "conflict": QCoreApplication.translate("Labels", "Conflict"),
        "mediation": QCoreApplication.translate("Labels", "Mediation"),
        "note": QCoreApplication.translate("Labels", "Note"),
    }


def known_fields() -> frozenset[str]:
    return frozenset(_fields())


def known_values() -> frozenset[str]:
    return frozenset(_values())


def field(key: str) -> str:
    """Translated name of a field or column *key*."""
    return _fields().get(key) or key.replace("_", " ").capitalize()


def value(code: str) -> str:
    """Translated name of a stored code (status, gender, language...); unknown codes as is."""
    return _values().get(code, code)


def yes_no(flag: bool) -> str:
    return (
        QCoreApplication.translate("Labels", "Yes")
        if flag
        else QCoreApplication.translate("Labels", "No")
    )


def all_values(key: str | None = None) -> str:
    """ "All" of a filter; *key* (the filtered field) lets it agree with the field's noun.

    The field's key is the disambiguation of the translation: French writes "Toutes" for a
    feminine noun (Année, Langue) and "Tous" otherwise, which is the translation without
    one. Qt falls back to that plain translation when a key has none of its own.
    """
    if key is None or key not in _ALL_OF:
        return QCoreApplication.translate("Labels", "All")
    return _ALL_OF[key]()


# One literal call a filter, so that the translation tools keep each one.
_ALL_OF: dict[str, Callable[[], str]] = {
    "status": lambda: QCoreApplication.translate("Labels", "All", "status"),
    "year": lambda: QCoreApplication.translate("Labels", "All", "year"),
    "evaluation": lambda: QCoreApplication.translate("Labels", "All", "evaluation"),
    "language": lambda: QCoreApplication.translate("Labels", "All", "language"),
    "gender": lambda: QCoreApplication.translate("Labels", "All", "gender"),
    "eligibility": lambda: QCoreApplication.translate("Labels", "All", "eligibility"),
    "joint_committee": lambda: QCoreApplication.translate("Labels", "All", "joint_committee"),
    "language_role": lambda: QCoreApplication.translate("Labels", "All", "language_role"),
    "mentor_training": lambda: QCoreApplication.translate("Labels", "All", "mentor_training"),
    "state": lambda: QCoreApplication.translate("Labels", "All", "state"),
    "internship_status": lambda: QCoreApplication.translate("Labels", "All", "internship_status"),
    "kind": lambda: QCoreApplication.translate("Labels", "All", "kind"),
    "mode": lambda: QCoreApplication.translate("Labels", "All", "mode"),
}

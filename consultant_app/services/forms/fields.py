"""Field lists shared by the forms and the lists (kept light: imported at start-up)."""

from __future__ import annotations

HOST_FIELDS: tuple[str, ...] = (
    "name",
    "enterprise_number",
    "legal_form",
    "joint_committee",
    "joint_committee_other",
    "language_role",
    "street",
    "house_number",
    "box",
    "postcode",
    "municipality",
    "website",
    "employees_fte",
    "contact_name",
    "contact_email",
    "contact_phone",
    "represented_by",
)

INTERN_FIELDS: tuple[str, ...] = (
    "first_name",
    "last_name",
    "birth_date",
    "gender",
    "language",
    "national_number",
    "email",
    "phone",
    "street",
    "house_number",
    "box",
    "postcode",
    "municipality",
    "jobseeker_agency",
    "jobseeker_number",
    "jobseeker_since",
    "diploma",
    "school",
    "wished_functions",
    "interests",
    "registered_on",
    "consent_on",
)

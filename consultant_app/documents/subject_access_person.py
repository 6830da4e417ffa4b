"""The intern's own sections of the subject-access export.

Identity, contact, job seeking, what the fund holds and the eligibility.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from reportlab.platypus import Flowable

from consultant_app.documents.subject_access_layout import (
    Words,
    label_values,
    marked,
    section,
    text_of,
)
from consultant_app.domain.contact import display_phone
from consultant_app.domain.identifiers import display_niss


def person_sections(words: Words, data: Mapping[str, Any]) -> list[Flowable]:
    """Identity, contact, job seeking and what the fund holds about the intern."""
    intern = data["intern"]
    identity, contact = intern["identity"], intern["contact"]
    seeker, education, fund = intern["job_seeker"], intern["education"], intern["with_the_fund"]
    record = intern["record"]
    story = section(words.t.plain("sections.identity"))
    story += label_values(
        words,
        [
            ("first_name", identity["first_name"]),
            ("last_name", identity["last_name"]),
            ("birth_date", words.day(identity["birth_date"])),
            ("gender", words.code("gender", identity["gender"])),
            ("language", words.code("language", identity["language"])),
            ("national_number", display_niss(identity["national_number"])),
            ("record_id", intern["id"]),
            ("created_at", words.moment(record["created_at"])),
            ("updated_at", words.moment(record["updated_at"])),
        ]
        + ([("status", words.deleted(record))] if record.get("deleted_at") else []),
        skip_empty=False,
    )
    story += section(words.t.plain("sections.contact"))
    story += label_values(
        words,
        [
            ("email", contact["email"]),
            ("phone", display_phone(contact["phone"])),
            ("street", contact["street"]),
            ("house_number", contact["house_number"]),
            ("box", contact["box"]),
            ("postcode", contact["postcode"]),
            ("municipality", contact["municipality"]),
        ],
        skip_empty=False,
    )
    story += section(words.t.plain("sections.job_seeker"))
    story += label_values(
        words,
        [
            ("jobseeker_agency", seeker["agency"]),
            ("jobseeker_number", seeker["number"]),
            ("jobseeker_since", words.day(seeker["since"])),
            ("diploma", education["diploma"]),
            ("school", education["school"]),
        ],
        skip_empty=False,
    )
    story += section(words.t.plain("sections.with_the_fund"))
    wished = [marked(text_of(item["name"]), words, item) for item in fund["wished_functions"]]
    story += label_values(
        words,
        [
            ("wished_functions", "\n".join(wished)),
            ("interests", fund["interests"]),
            ("registered_on", words.day(fund["registered_on"])),
            ("consent_on", words.day(fund["consent_on"])),
        ],
        skip_empty=False,
    )
    return story


def _reason(words: Words, reason: Mapping[str, Any]) -> str:
    params = reason.get("params") or {}
    try:
        if reason["rule"] == "age":
            return words.t.plain(
                "eligibility.age",
                age=params["age"] if params["age"] is not None else "—",
                date=words.day(params["on"]),
                limit=params["limit"],
            )
        if reason["rule"] == "jobseeker":
            if params.get("agency"):
                return words.t.plain("eligibility.jobseeker_yes", agency=params["agency"])
            return words.t.plain("eligibility.jobseeker_no")
        if reason["rule"] == "weeks":
            return words.t.plain(
                "eligibility.weeks",
                done=words.number(params["done"]),
                maximum=words.number(params["maximum"]),
                left=words.number(params["left"]),
            )
    except (KeyError, TypeError, ValueError):
        pass
    return text_of(reason.get("message"))


def eligibility_section(words: Words, data: Mapping[str, Any]) -> list[Flowable]:
    """The eligibility on the export date, with its reasons."""
    eligibility = data["eligibility"]
    reasons = "\n".join(
        ("✔ " if reason["ok"] else "✘ ") + _reason(words, reason)
        for reason in eligibility["reasons"]
    )
    story = section(words.t.plain("sections.eligibility", date=words.day(eligibility["on"])))
    story += label_values(
        words,
        [
            ("eligible", words.yes_no(eligibility["eligible"])),
            ("weeks_done", words.number(eligibility["weeks_done"])),
            ("reasons", reasons),
        ],
        skip_empty=False,
    )
    return story

"""What every printed document reads alike: the parties, their addresses, the language, the wording.

:func:`read_identity` gives the fund and the consultant as the settings hold
them; :func:`consultant_of` the consultant a document of one internship names.
:func:`document_language` checks a language a document can be printed in and
:func:`convention_language` gives an internship's own; :func:`localised`
words a catalogue text in that language; :func:`one_line_address` spells a
host's or intern's address on one line.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, and_
from sqlalchemy.orm import Session

from consultant_app.documents.data import DOCUMENT_LANGUAGES, ConsultantProfile, FundIdentity
from consultant_app.domain.contact import display_phone
from consultant_app.domain.enums import LanguageRole
from consultant_app.domain.identifiers import display_enterprise_number
from consultant_app.store.models import Host, Intern, Internship
from consultant_app.store.settings import (
    CONSULTANT_KEYS,
    FUND_KEYS,
    PRINT_NATIONAL_NUMBER_KEY,
    get_value,
)

__all__ = [
    "CatalogueNames",
    "Identity",
    "consultant_of",
    "convention_language",
    "document_language",
    "live_catalogue_entry",
    "live_interruptions",
    "localised",
    "one_line_address",
    "read_identity",
    "text_of",
]

#: The word before a box number in a one-line address, per document language.
_BOX_WORD = {"nl": "bus", "fr": "bte", "en": "box"}

#: A catalogue entry's names in nl, fr and en.
CatalogueNames = tuple[str | None, str | None, str | None]


def text_of(value: object) -> str:
    """A stored value as printed text: stripped, ``""`` for nothing."""
    return "" if value is None else str(value).strip()


def document_language(language: str, *, what: str = "Documents are printed") -> str:
    """*language* as the code of a language documents are printed in.

    Else :class:`ValueError`: "*what* in nl, fr, en; got ...".
    """
    code = language.lower()
    if code not in DOCUMENT_LANGUAGES:
        raise ValueError(f"{what} in {', '.join(DOCUMENT_LANGUAGES)}; got {language!r}.")
    return code


def convention_language(internship: Internship) -> str:
    """The language the convention of *internship* is printed in by default.

    Its convention language when a document can be printed in it; else the
    host's language role (NL or FR); else English.
    """
    code = str(internship.convention_language.value).lower()
    if code in DOCUMENT_LANGUAGES:
        return code
    role = internship.host.language_role
    if role in (LanguageRole.NL, LanguageRole.FR):
        return str(role.value).lower()
    return "en"


def one_line_address(record: Host | Intern, language: str) -> str:
    """One line: ``Street 12 box 3, 1000 Brussel``."""
    street = " ".join(
        part for part in (text_of(record.street), text_of(record.house_number)) if part
    )
    box = text_of(record.box)
    if box:
        street = f"{street} {_BOX_WORD[language]} {box}".strip()
    place = " ".join(
        part for part in (text_of(record.postcode), text_of(record.municipality)) if part
    )
    return ", ".join(part for part in (street, place) if part)


def localised(text: str, names: CatalogueNames | None, language: str) -> str:
    """The catalogue's wording in *language* when *text* is the catalogue's text unchanged.

    *names* are the catalogue entry's names in nl, fr and en (``None`` for a
    task or competence written in). An adjusted text is printed as stored.
    """
    if names is None or text.strip() not in {text_of(name) for name in names if name}:
        return text
    chosen = names[DOCUMENT_LANGUAGES.index(language)] or names[2]
    return text_of(chosen) or text


def live_catalogue_entry(catalogue: Any, reference: Any) -> tuple[Any, ColumnElement[bool]]:
    """The outer join onto the catalogue entry *reference* points to, while it is not deleted.

    For ``select(...).outerjoin(*live_catalogue_entry(CatalogueTask, InternshipTask.
    catalogue_task_id))``: a task whose catalogue entry is deleted reads as one written in.
    """
    return catalogue, and_(catalogue.id == reference, catalogue.deleted_at.is_(None))


def live_interruptions(internship: Internship) -> list[tuple[date, date]]:
    """``(start, end)`` of each interruption of *internship* that is not deleted."""
    return [(i.start_date, i.end_date) for i in internship.interruptions if i.deleted_at is None]


# --- the fund and the consultant ---------------------------------------------------------


@dataclass(frozen=True)
class Identity:
    """What every document of the database shares: who prints it, and for whom."""

    fund: FundIdentity
    consultant: ConsultantProfile
    print_national_number: bool


def read_identity(session: Session) -> Identity:
    """The fund and the consultant's profile from the settings, spelled for print."""
    fund = {key.removeprefix("fund."): get_value(session, key) for key in FUND_KEYS}
    profile = {key.removeprefix("consultant."): get_value(session, key) for key in CONSULTANT_KEYS}
    logo = text_of(fund.get("logo_path"))
    return Identity(
        fund=FundIdentity(
            name=text_of(fund.get("name")),
            street=text_of(fund.get("street")),
            postcode=text_of(fund.get("postcode")),
            municipality=text_of(fund.get("municipality")),
            enterprise_number=display_enterprise_number(text_of(fund.get("enterprise_number"))),
            signatory_name=text_of(fund.get("signatory_name")),
            signatory_title=text_of(fund.get("signatory_title")),
            logo_path=Path(logo).expanduser() if logo else None,
        ),
        consultant=ConsultantProfile(
            name=text_of(profile.get("name")),
            email=text_of(profile.get("email")),
            phone=display_phone(text_of(profile.get("phone"))),
        ),
        print_national_number=bool(get_value(session, PRINT_NATIONAL_NUMBER_KEY, False)),
    )


def consultant_of(internship: Internship, identity: Identity) -> ConsultantProfile:
    """The consultant a document of *internship* names: its own, else the profile's."""
    consultant = internship.consultant
    if consultant is None:
        return identity.consultant
    return ConsultantProfile(
        name=consultant.full_name,
        email=text_of(consultant.email),
        phone=display_phone(consultant.phone),
    )

"""The workstation sheet and its risk analysis (fiche poste de travail / werkpostfiche).

The sheet (:class:`~consultant_app.store.models.RiskAssessment`) holds the
fields of :data:`~consultant_app.domain.roadmap.RISK_SHEET_FIELDS`; its risks
(:class:`RiskItem`) are chosen from the catalogue, whose name, measures and
protective equipment are copied in the requested language, or written in. A
sheet may be saved half filled in; :func:`risk_sheet_missing` says what still
keeps it incomplete, and the convention cannot be signed until nothing is missing.

Codes: those of :mod:`consultant_app.services.forms.parsing` for the sheet's form;
``required`` (a risk without description), ``risk.duplicate`` (a catalogue
risk listed twice), ``risk_sheet.incomplete`` (signing with an incomplete
sheet, params ``missing``).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from consultant_app.domain.errors import InvalidValue
from consultant_app.domain.roadmap import (
    DATE,
    REQUIRED_RISK_SHEET_FIELDS,
    RISK_SHEET_DETAILS,
    RISK_SHEET_FIELDS,
    RISK_SHEET_ITEMS,
    RISK_SHEET_KINDS,
    YES_NO,
)
from consultant_app.domain.text import clean_text, normalise_search
from consultant_app.services.forms.parsing import (
    FieldError,
    FormReader,
    RecordNotFound,
    column_lengths,
    format_value,
    parse_bool,
    parse_date,
)
from consultant_app.services.internships.form import live_internship
from consultant_app.services.roadmap.common import (
    cleaned_values,
    record_for_writing,
    single_record,
    store_form,
)
from consultant_app.store.database import Database
from consultant_app.store.models import CatalogueRisk, Internship, RiskAssessment, RiskItem
from consultant_app.store.settings import get_value

__all__ = [
    "RISK_SHEET_LABELS",
    "RiskItemLine",
    "RiskSheet",
    "add_risk_item",
    "load_risk_sheet",
    "remove_risk_item",
    "risk_catalogue",
    "risk_sheet_incomplete",
    "risk_sheet_missing",
    "save_risk_sheet",
    "update_risk_item",
    "validate_risk_sheet",
]

RISK_SHEET_LABELS: dict[str, str] = {
    "post_name": "Name of the post",
    "post_description": "Description of the post",
    "place": "Place of work",
    "work_equipment": "Work equipment",
    "qualifications": "Qualifications required",
    "prior_instructions": "Prior instructions",
    "protective_equipment": "Personal protective equipment",
    "health_surveillance": "Health surveillance",
    "health_surveillance_detail": "Detail of the health surveillance",
    "forbidden_work": "Work forbidden to young workers",
    "forbidden_work_justification": "Justification of the forbidden work",
    "prevention_advisor": "Prevention advisor",
    "first_aid_person": "First aid person",
    "drawn_up_on": "Drawn up on",
    "drawn_up_by": "Drawn up by",
}
_BOOLEAN_FIELDS = tuple(name for name, kind in RISK_SHEET_KINDS.items() if kind == YES_NO)
_LENGTHS = column_lengths(RiskAssessment, RISK_SHEET_FIELDS)


@dataclass(frozen=True)
class RiskItemLine:
    """One risk of the sheet, as a screen shows it."""

    id: uuid.UUID
    catalogue_risk_id: uuid.UUID | None
    description: str
    measures: str
    protective_equipment: str
    #: Whether the catalogue marks the risk as forbidden work for young workers.
    forbidden_for_young_workers: bool
    position: int


@dataclass(frozen=True)
class RiskSheet:
    """The texts of the sheet's form, its risks, and what keeps it incomplete."""

    values: dict[str, str]
    items: tuple[RiskItemLine, ...]
    #: Field keys (and ``"items"`` when no risk is listed), in the order of the form.
    missing: tuple[str, ...]


# --- the sheet ----------------------------------------------------------------------


def validate_risk_sheet(values: Mapping[str, str]) -> tuple[dict[str, object], list[FieldError]]:
    """Typed values of the sheet's form and its errors (at most one per field).

    No field is required here: a sheet is saved as it is being filled in.
    The two yes/no fields are ``False`` when empty.
    """
    form = FormReader(values, RISK_SHEET_LABELS, _LENGTHS)
    for name, kind in RISK_SHEET_KINDS.items():
        if kind == YES_NO:
            flag = form.read(name, parse_bool)
            if not form.has_error(name):
                form.cleaned[name] = bool(flag)
        elif kind == DATE:
            form.read(name, parse_date)
        else:
            form.text(name)
    return {name: form.cleaned.get(name) for name in RISK_SHEET_FIELDS}, form.errors


def _live_assessment(session: Session, internship_id: uuid.UUID) -> RiskAssessment | None:
    assessment = single_record(session, RiskAssessment, internship_id)
    return assessment if assessment is not None and assessment.deleted_at is None else None


def _sheet_for_writing(session: Session, internship_id: uuid.UUID) -> RiskAssessment:
    """The internship's sheet, created empty (and stored at once) or brought back when needed."""
    assessment = record_for_writing(session, RiskAssessment, internship_id)
    if assessment in session.new:
        session.flush()
    return assessment


def _item_rows(session: Session, assessment_id: uuid.UUID) -> list[tuple[RiskItem, bool]]:
    """The live risks of the sheet by position, each with its catalogue's forbidden flag."""
    rows = session.execute(
        select(RiskItem, CatalogueRisk.forbidden_for_young_workers)
        .outerjoin(CatalogueRisk, CatalogueRisk.id == RiskItem.catalogue_risk_id)
        .where(RiskItem.risk_assessment_id == assessment_id, RiskItem.deleted_at.is_(None))
        .order_by(RiskItem.position, RiskItem.created_at)
    ).all()
    return [(item, bool(forbidden)) for item, forbidden in rows]


def _missing(
    assessment: RiskAssessment | None, items: list[tuple[RiskItem, bool]]
) -> tuple[str, ...]:
    def blank(name: str) -> bool:
        value = None if assessment is None else getattr(assessment, name)
        return value is None or (isinstance(value, str) and not value.strip())

    needed = set(REQUIRED_RISK_SHEET_FIELDS)
    for flag, detail in RISK_SHEET_DETAILS.items():
        if assessment is not None and getattr(assessment, flag):
            needed.add(detail)
    if any(forbidden for _item, forbidden in items):
        needed.add(RISK_SHEET_DETAILS["forbidden_work"])
    missing = [name for name in RISK_SHEET_FIELDS if name in needed and blank(name)]
    if not items:
        missing.append(RISK_SHEET_ITEMS)
    return tuple(missing)


def risk_sheet_missing(session: Session, internship: Internship) -> tuple[str, ...]:
    """What keeps the internship's sheet incomplete; empty when it is complete.

    Complete means: post, its description, place, work equipment, protective
    equipment (may be "none", not empty), prevention advisor, first aid person,
    the date and author; at least one risk; the detail of the health
    surveillance when there is some; a justification when forbidden work is
    declared or a listed risk is forbidden for young workers.
    """
    assessment = _live_assessment(session, internship.id)
    items = [] if assessment is None else _item_rows(session, assessment.id)
    return _missing(assessment, items)


def risk_sheet_incomplete(missing: tuple[str, ...]) -> InvalidValue:
    """The refusal to sign while *missing* (from :func:`risk_sheet_missing`) is not empty."""
    names = [
        "at least one risk" if key == RISK_SHEET_ITEMS else RISK_SHEET_LABELS[key].lower()
        for key in missing
    ]
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return InvalidValue(
        f"The workstation sheet is incomplete: it still needs {listed}.",
        "risk_sheet.incomplete",
        {"missing": missing},
    )


def _line(item: RiskItem, forbidden: bool) -> RiskItemLine:
    return RiskItemLine(
        id=item.id,
        catalogue_risk_id=item.catalogue_risk_id,
        description=item.description,
        measures=item.measures or "",
        protective_equipment=item.protective_equipment or "",
        forbidden_for_young_workers=forbidden,
        position=item.position,
    )


def load_risk_sheet(database: Database, internship_id: uuid.UUID) -> RiskSheet:
    """The sheet of the internship; :class:`RecordNotFound` for no live internship.

    An internship without a sheet yet gives empty texts (the yes/no fields
    ``"0"``), the place of work defaulting to the internship's workplace and
    the author to the name of the consultant's profile.
    """
    with database.unit_of_work() as uow:
        session = uow.session
        internship = live_internship(session, internship_id)
        assessment = _live_assessment(session, internship.id)
        items = [] if assessment is None else _item_rows(session, assessment.id)
        if assessment is None:
            values = dict.fromkeys(RISK_SHEET_FIELDS, "")
            values.update(dict.fromkeys(_BOOLEAN_FIELDS, "0"))
            values["place"] = internship.workplace or ""
            values["drawn_up_by"] = str(get_value(session, "consultant.name", "") or "")
        else:
            values = {name: format_value(getattr(assessment, name)) for name in RISK_SHEET_FIELDS}
        return RiskSheet(
            values=values,
            items=tuple(_line(item, forbidden) for item, forbidden in items),
            missing=_missing(assessment, items),
        )


def save_risk_sheet(
    database: Database,
    internship_id: uuid.UUID,
    values: Mapping[str, str],
    *,
    actor: str | None = None,
) -> None:
    """Store the sheet's form (created at the first save).

    Raises :class:`ValidationFailed` (nothing written) or :class:`RecordNotFound`.
    """
    cleaned = cleaned_values(validate_risk_sheet, values)
    store_form(database, internship_id, cleaned, _sheet_for_writing, actor)


# --- the risks ----------------------------------------------------------------------


def risk_catalogue(database: Database, language: str) -> list[tuple[str, str, bool]]:
    """(id as text, name in *language*, forbidden for young workers) of the catalogue's
    live risks, by name (case and accents aside)."""
    with database.unit_of_work() as uow:
        risks = uow.session.scalars(
            select(CatalogueRisk).where(CatalogueRisk.deleted_at.is_(None))
        ).all()
        rows = [(str(r.id), r.name(language), r.forbidden_for_young_workers) for r in risks]
    rows.sort(key=lambda row: (normalise_search(row[1]), row[0]))
    return rows


def _translated(risk: CatalogueRisk, prefix: str, language: str) -> str:
    text = getattr(risk, f"{prefix}_{language.lower()}", None) or getattr(risk, f"{prefix}_en")
    return str(text or "")


def _clean(text: str, field: str) -> str:
    """*text* through :func:`clean_text`; a refused character names *field*."""
    try:
        return clean_text(text, multiline=True)
    except InvalidValue as problem:
        label = field.replace("_", " ").capitalize()
        params = {**problem.params, "field": field}
        raise InvalidValue(f"{label} {problem.message}", problem.code, params) from None


def _description_required() -> InvalidValue:
    return InvalidValue(
        "The description of the risk is required.", "required", {"field": "description"}
    )


def add_risk_item(
    database: Database,
    internship_id: uuid.UUID,
    *,
    catalogue_risk_id: uuid.UUID | None = None,
    description: str = "",
    measures: str = "",
    protective_equipment: str = "",
    language: str = "en",
    actor: str | None = None,
) -> uuid.UUID:
    """List a risk on the internship's sheet (created when needed), last; its id.

    With *catalogue_risk_id*, the catalogue's name, measures and protective
    equipment in *language* fill in the texts left empty; a catalogue risk
    already listed is refused (``risk.duplicate``). A risk written in needs its
    *description* (``required``). Raises :class:`RecordNotFound` for no live
    internship or catalogue risk.
    """
    description, measures = _clean(description, "description"), _clean(measures, "measures")
    protective_equipment = _clean(protective_equipment, "protective_equipment")
    if catalogue_risk_id is None and not description:
        raise _description_required()
    with database.unit_of_work(actor=actor) as uow:
        session = uow.session
        internship = live_internship(session, internship_id)
        risk: CatalogueRisk | None = None
        if catalogue_risk_id is not None:
            risk = session.get(CatalogueRisk, catalogue_risk_id)
            if risk is None or risk.deleted_at is not None:
                raise RecordNotFound("catalogue risk", catalogue_risk_id)
        assessment = _sheet_for_writing(session, internship.id)
        listed = [item for item, _forbidden in _item_rows(session, assessment.id)]
        if risk is not None:
            if any(item.catalogue_risk_id == risk.id for item in listed):
                name = risk.name(language)
                raise InvalidValue(
                    f"The risk {name!r} is already listed on the workstation sheet.",
                    "risk.duplicate",
                    {"risk": name, "catalogue_risk_id": risk.id},
                )
            description = description or risk.name(language)
            measures = measures or _translated(risk, "measures", language)
            protective_equipment = protective_equipment or _translated(
                risk, "protective_equipment", language
            )
        last = session.scalar(
            select(func.max(RiskItem.position)).where(
                RiskItem.risk_assessment_id == assessment.id, RiskItem.deleted_at.is_(None)
            )
        )
        item = RiskItem(
            id=uuid.uuid4(),
            risk_assessment_id=assessment.id,
            catalogue_risk_id=None if risk is None else risk.id,
            description=description,
            measures=measures or None,
            protective_equipment=protective_equipment or None,
            position=(last or 0) + 1,
        )
        session.add(item)
        uow.commit()
        return item.id


def _live_item(session: Session, item_id: uuid.UUID) -> RiskItem:
    item = session.get(RiskItem, item_id)
    if item is None or item.deleted_at is not None or item.assessment.deleted_at is not None:
        raise RecordNotFound("risk item", item_id)
    return item


def update_risk_item(
    database: Database,
    item_id: uuid.UUID,
    *,
    description: str,
    measures: str,
    protective_equipment: str,
    actor: str | None = None,
) -> None:
    """Change the texts of a listed risk; the description is required (``required``)."""
    description = _clean(description, "description")
    if not description:
        raise _description_required()
    texts = {
        "description": description,
        "measures": _clean(measures, "measures") or None,
        "protective_equipment": _clean(protective_equipment, "protective_equipment") or None,
    }
    with database.unit_of_work(actor=actor) as uow:
        item = _live_item(uow.session, item_id)
        for name, value in texts.items():
            if getattr(item, name) != value:
                setattr(item, name, value)
        uow.commit()


def remove_risk_item(database: Database, item_id: uuid.UUID, *, actor: str | None = None) -> None:
    """Take a risk off the sheet (soft delete)."""
    with database.unit_of_work(actor=actor) as uow:
        _live_item(uow.session, item_id).soft_delete()
        uow.commit()

"""Internships and their three-party conventions: draft, edit, amend, sign, follow.

The form hands the raw text of every key of :data:`FORM_KEYS` (``""`` when
empty): ids are UUID texts, dates ISO or ``DD/MM/YYYY``, the hours of each day
decimals with a dot or a comma (0 to 24, empty is 0); the week's total must be
above 0 and at most the programme's ``max_hours_per_week``.

* :func:`create_internship` makes a draft with the next free reference of its
  start year (``SM-2021-042``) and copies the function's tasks and competences
  (and the soft skills) in the convention's language;
* :func:`update_internship` edits a draft; :func:`amend_internship` changes a
  signed or running convention as a new numbered version;
* :func:`change_status`, :func:`record_signature`, :func:`attach_scan`,
  :func:`add_interruption` and :func:`remove_interruption` follow its life
  (:mod:`consultant_app.services.internships.lifecycle`);
* :func:`preview_rules` and :func:`override_rule` deal with the programme rules
  (:mod:`consultant_app.services.internships.rules`);
* :func:`load_internship` reads all a screen shows
  (:mod:`consultant_app.services.internships.detail`).

Refusals are :class:`~consultant_app.domain.errors.InvalidValue` with an
English sentence, a stable code and the params the sentence names; forms fail
with :class:`~consultant_app.services.forms.parsing.ValidationFailed` and unknown
records with :class:`~consultant_app.services.forms.parsing.RecordNotFound`. Codes:

* form: ``required``, ``date.syntax``, ``number.syntax``, ``number.range``,
  ``boolean.syntax``, ``choice.unknown``, ``id.syntax``, ``dates.order``,
  ``hours.empty``, ``hours.maximum``, ``record.unknown``, ``mentor.host``;
* ``convention.frozen`` (:class:`ConventionFrozen`: no edit from signed on, nor
  when cancelled), ``convention.awaiting_signatures`` (back to draft first),
  ``convention.parties`` (intern or host changed by an amendment);
* ``amendment.not_signed`` (a draft is edited, not amended), ``amendment.final``,
  ``amendment.reason``, ``amendment.no_change``;
* ``risk_sheet.incomplete`` (signing needs a complete workstation sheet);
* ``rules.unresolved`` (:class:`RulesNotMet`), ``override.unknown_rule``,
  ``override.not_failing``, ``override.reason``, ``override.final``;
* the lifecycle's ``status.unknown``, ``transition.unchanged``,
  ``transition.final``, ``transition.backward``, ``transition.forbidden``,
  ``termination.dates``, ``termination.before_start``,
  ``termination.after_end``; and ``signatures.missing``,
  ``running.before_start``, ``completion.before_start``, ``status.reason``,
  ``termination.date_required``;
* ``signature.status``, ``signature.name``, ``signature.future``, ``text.length``;
* ``scan.unreadable``, ``scan.size``, ``scan.type``;
* ``interruption.cancelled``, ``interruption.dates``, ``interruption.outside``,
  ``interruption.overlap``.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date, timedelta
from decimal import ROUND_DOWN, Decimal
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from consultant_app.domain.enums import (
    CompetenceKind,
    InternshipStatus,
    Language,
    Phase,
)
from consultant_app.domain.errors import InvalidValue
from consultant_app.domain.languages import convention_language
from consultant_app.domain.programme import DAYS_PER_WEEK
from consultant_app.domain.references import REFERENCE_PREFIX, format_reference, parse_reference
from consultant_app.services.internships.amendments import amend_internship
from consultant_app.services.internships.detail import (
    AmendmentLine,
    DocumentLine,
    InternshipDetail,
    InterruptionLine,
    SignatureLine,
    load_internship,
)
from consultant_app.services.internships.form import (
    FORM_KEYS,
    FORM_LABELS,
    HOUR_KEYS,
    REQUIRED_FORM_KEYS,
    apply_values,
    hours_text,
    live_internship,
    next_monday,
    one_line_address,
    record_values,
    status_words,
    validate_internship,
    validated_values,
)
from consultant_app.services.internships.lifecycle import (
    MAX_SCAN_BYTES,
    add_interruption,
    attach_scan,
    change_status,
    record_signature,
    remove_interruption,
)
from consultant_app.services.internships.rules import (
    MIN_OVERRIDE_REASON,
    RuleLine,
    RulesNotMet,
    override_rule,
    preview_rules,
)
from consultant_app.store.database import Database
from consultant_app.store.models import (
    CatalogueCompetence,
    CatalogueTask,
    Function,
    Host,
    Intern,
    Internship,
    InternshipCompetence,
    InternshipTask,
    InternWishedFunction,
    Mentor,
)
from consultant_app.store.settings import get_rules
from consultant_app.store.sync.leases import next_leased

__all__ = [
    "FORM_KEYS",
    "FORM_LABELS",
    "MAX_SCAN_BYTES",
    "MIN_OVERRIDE_REASON",
    "REQUIRED_FORM_KEYS",
    "AmendmentLine",
    "ConventionFrozen",
    "DocumentLine",
    "InternshipDetail",
    "InterruptionLine",
    "RuleLine",
    "RulesNotMet",
    "SignatureLine",
    "add_interruption",
    "allocate_reference",
    "amend_internship",
    "attach_scan",
    "change_status",
    "create_internship",
    "load_internship",
    "load_internship_values",
    "new_internship_values",
    "override_rule",
    "preview_rules",
    "record_signature",
    "remove_interruption",
    "update_internship",
    "validate_internship",
]

_S = InternshipStatus
#: Hours a day the wizard proposes from Monday to Friday (a 38-hour week).
DEFAULT_DAY_HOURS = Decimal("7.6")
#: The expenses clause the wizard proposes, by convention language.
DEFAULT_EXPENSES: dict[Language, str] = {
    Language.NL: "De stagegever betaalt de verplaatsingskosten woon-werk van de stagiair terug.",
    Language.FR: (
        "Le donneur de stage rembourse au stagiaire ses frais de déplacement "
        "entre son domicile et le lieu de stage."
    ),
}


class ConventionFrozen(InvalidValue):
    """The convention cannot be edited any more (signed or later, or cancelled)."""


# --- references ---------------------------------------------------------------------


def allocate_reference(session: Session, year: int) -> str:
    """The next free reference of *year*, ``SM-<year>-NNN`` (deleted internships keep theirs).

    In a team, the next number of the blocks this laptop leased from the hub."""
    leased = next_leased(session.connection(), year)
    if leased is not None:
        return format_reference(year, leased)
    prefix = f"{REFERENCE_PREFIX}-{year:04d}-"
    highest = 0
    for reference in session.scalars(
        select(Internship.reference).where(Internship.reference.like(prefix + "%"))
    ):
        try:
            found_year, sequence = parse_reference(reference)
        except ValueError:
            continue
        if found_year == year:
            highest = max(highest, sequence)
    return format_reference(year, highest + 1)


# --- defaults of the wizard ---------------------------------------------------------


def _convention_language(host: Host | None, intern: Intern | None, fallback: str) -> Language:
    """The convention's language (see the domain's rule); with no host yet, *fallback* (the
    interface language) decides between Dutch and French."""
    default = Language.FR if host is None and fallback.upper() == Language.FR.value else Language.NL
    return convention_language(
        host.language_role if host is not None else None,
        intern.language if intern is not None else None,
        default=default,
    )


def _only(session: Session, statement: Select[tuple[uuid.UUID]]) -> uuid.UUID | None:
    """The one id *statement* selects; ``None`` when it selects none or several."""
    ids = session.scalars(statement.limit(2)).all()
    return ids[0] if len(ids) == 1 else None


def new_internship_values(
    database: Database,
    *,
    intern_id: uuid.UUID | None = None,
    host_id: uuid.UUID | None = None,
    language: str = "en",
) -> dict[str, str]:
    """The form values the wizard starts from.

    The convention language follows the host's language role (a bilingual host:
    the intern's language if Dutch or French, else Dutch; with no host nor intern,
    *language* when French, else Dutch). The workplace is the host's address,
    the mentor the host's only mentor, the function the intern's only wished
    function. The internship starts next Monday and ends on the Friday of the
    programme's longest internship (12 weeks by default), Monday to Friday at
    7.6 hours (less when the programme's weekly maximum is lower), with the
    standard expenses clause.
    """
    values = dict.fromkeys(FORM_KEYS, "")
    with database.unit_of_work() as uow:
        session = uow.session
        rules = get_rules(session)
        intern = session.get(Intern, intern_id) if intern_id else None
        host = session.get(Host, host_id) if host_id else None
        intern = intern if intern is not None and intern.deleted_at is None else None
        host = host if host is not None and host.deleted_at is None else None
        conv_language = _convention_language(host, intern, language)
        if intern is not None:
            values["intern_id"] = str(intern.id)
            function_id = _only(
                session,
                select(InternWishedFunction.function_id)
                .join(Function, Function.id == InternWishedFunction.function_id)
                .where(
                    InternWishedFunction.intern_id == intern.id,
                    InternWishedFunction.deleted_at.is_(None),
                    Function.deleted_at.is_(None),
                ),
            )
            values["function_id"] = "" if function_id is None else str(function_id)
        if host is not None:
            values["host_id"] = str(host.id)
            values["workplace"] = one_line_address(
                host.street,
                host.house_number,
                host.box,
                host.postcode,
                host.municipality,
                conv_language,
            )
            mentor_id = _only(
                session,
                select(Mentor.id).where(Mentor.host_id == host.id, Mentor.deleted_at.is_(None)),
            )
            values["mentor_id"] = "" if mentor_id is None else str(mentor_id)
    start = next_monday(date.today())
    values["start_date"] = start.isoformat()
    weeks = rules.max_weeks_per_internship  # ends on the Friday of the last week
    values["planned_end_date"] = (start + timedelta(weeks=weeks, days=-3)).isoformat()
    day_hours = min(
        DEFAULT_DAY_HOURS,
        (Decimal(rules.max_hours_per_week) / DAYS_PER_WEEK).quantize(Decimal("0.01"), ROUND_DOWN),
    )
    for key in HOUR_KEYS[:DAYS_PER_WEEK]:
        values[key] = hours_text(day_hours)
    values["expenses"] = DEFAULT_EXPENSES[conv_language]
    values["no_replacement_declared"] = "0"
    values["convention_language"] = conv_language.value
    return values


# --- create, load, update -----------------------------------------------------------


def _catalogue(
    session: Session, model: type[CatalogueTask] | type[CatalogueCompetence], *conditions: Any
) -> list[Any]:
    """The live rows of a catalogue table matching *conditions*, by position."""
    return list(
        session.scalars(
            select(model).where(model.deleted_at.is_(None), *conditions).order_by(model.position)
        )
    )


def _copy_roadmap(session: Session, internship: Internship) -> None:
    """Copy the function's catalogue tasks and competences, then the soft skills."""
    language = internship.convention_language.value
    function_id = internship.function_id
    tasks = _catalogue(session, CatalogueTask, CatalogueTask.function_id == function_id)
    competences = [
        *_catalogue(session, CatalogueCompetence, CatalogueCompetence.function_id == function_id),
        *_catalogue(
            session,
            CatalogueCompetence,
            CatalogueCompetence.function_id.is_(None),
            CatalogueCompetence.kind == CompetenceKind.SOFT,
        ),
    ]
    copies: tuple[tuple[type[InternshipTask | InternshipCompetence], str, list[Any]], ...] = (
        (InternshipTask, "catalogue_task_id", tasks),
        (InternshipCompetence, "catalogue_competence_id", competences),
    )
    for model, link, sources in copies:
        for position, source in enumerate(sources, start=1):
            row = model(
                internship_id=internship.id,
                text=source.name(language),
                phase=Phase.START,
                position=position,
            )
            setattr(row, link, source.id)
            session.add(row)


def _copied_rows(
    session: Session, internship_id: uuid.UUID
) -> list[tuple[InternshipTask | InternshipCompetence, CatalogueTask | CatalogueCompetence | None]]:
    """The live tasks and competences of the internship, each with its catalogue entry."""
    tasks = session.execute(
        select(InternshipTask, CatalogueTask)
        .outerjoin(CatalogueTask, CatalogueTask.id == InternshipTask.catalogue_task_id)
        .where(InternshipTask.internship_id == internship_id, InternshipTask.deleted_at.is_(None))
    ).all()
    competences = session.execute(
        select(InternshipCompetence, CatalogueCompetence)
        .outerjoin(
            CatalogueCompetence,
            CatalogueCompetence.id == InternshipCompetence.catalogue_competence_id,
        )
        .where(
            InternshipCompetence.internship_id == internship_id,
            InternshipCompetence.deleted_at.is_(None),
        )
    ).all()
    return [(row, source) for row, source in [*tasks, *competences]]


def _retranslate(session: Session, internship_id: uuid.UUID, old: Language, new: Language) -> None:
    """Put the copied texts nobody edited into the convention's new language."""
    for row, source in _copied_rows(session, internship_id):
        if source is not None and row.text == source.name(old.value):
            row.text = source.name(new.value)


def create_internship(
    database: Database, values: Mapping[str, str], *, actor: str | None = None
) -> uuid.UUID:
    """Create a draft internship from the form values; its id.

    Its reference is the next free one of its start year; the function's tasks
    and competences (and the soft skills) are copied in the convention's
    language, all in the start phase. Raises :class:`ValidationFailed`.
    """
    with database.unit_of_work(actor=actor) as uow:
        session = uow.session
        cleaned = validated_values(session, values)
        start = cleaned["start_date"]
        assert isinstance(start, date)
        internship = Internship(
            id=uuid.uuid4(),
            reference=allocate_reference(session, start.year),
            status=_S.DRAFT,
            convention_version=1,
        )
        apply_values(internship, cleaned)
        session.add(internship)
        session.flush()
        _copy_roadmap(session, internship)
        uow.commit()
        return internship.id


def load_internship_values(database: Database, internship_id: uuid.UUID) -> dict[str, str]:
    """The form values of the current version of the internship."""
    with database.unit_of_work() as uow:
        return record_values(live_internship(uow.session, internship_id))


def check_editable(internship: Internship) -> None:
    status = internship.status
    params: dict[str, object] = {"status": status.value}
    if status is _S.DRAFT:
        return
    if status is _S.AWAITING_SIGNATURES:
        raise InvalidValue(
            "The convention awaits signatures: put it back to draft before changing it "
            "(the signatures collected so far are then withdrawn).",
            "convention.awaiting_signatures",
            params,
        )
    if status in (_S.SIGNED, _S.RUNNING):
        message = (
            f"The convention is {status_words(status)}: it can only change through an amendment."
        )
    else:
        message = f"The internship is {status_words(status)}: its convention takes no more changes."
    raise ConventionFrozen(message, "convention.frozen", params)


def update_internship(
    database: Database,
    internship_id: uuid.UUID,
    values: Mapping[str, str],
    *,
    actor: str | None = None,
) -> None:
    """Save the form values of a draft internship.

    A new start year gives the draft the next free reference of that year; a
    new function replaces the copied tasks and competences, and a new convention
    language translates those nobody edited. Refused with
    :class:`ConventionFrozen` from signed on and when cancelled, and while the
    convention awaits signatures (``convention.awaiting_signatures``).
    """
    with database.unit_of_work(actor=actor) as uow:
        session = uow.session
        internship = live_internship(session, internship_id)
        check_editable(internship)
        cleaned = validated_values(session, values)
        old_year, old_function = internship.start_date.year, internship.function_id
        old_language = internship.convention_language
        apply_values(internship, cleaned)
        if internship.start_date.year != old_year:
            internship.reference = allocate_reference(session, internship.start_date.year)
        if internship.function_id != old_function:
            for row, _source in _copied_rows(session, internship.id):
                row.soft_delete()
            _copy_roadmap(session, internship)
        elif internship.convention_language != old_language:
            _retranslate(session, internship.id, old_language, internship.convention_language)
        uow.commit()

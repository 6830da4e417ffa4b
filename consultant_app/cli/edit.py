"""``edit intern|mentor|host ID FIELD=VALUE…`` and ``edit internship REFERENCE FIELD=VALUE…``."""

from __future__ import annotations

import argparse
import sys
import uuid

from consultant_app.cli.common import CommandError, opened_database, reported

#: How an empty text is shown in a change.
_EMPTY = "(empty)"
#: Why a record looks like another one, by the reason of a ``Duplicate``.
_SAME = {
    "national_number": "the same national register number",
    "name_birth_date": "the same name and birth date",
    "enterprise_number": "the same enterprise number",
}


def _assignments(texts: list[str]) -> dict[str, str]:
    """``{field: value}`` of the ``FIELD=VALUE`` arguments (an empty VALUE empties the field)."""
    given: dict[str, str] = {}
    for text in texts:
        name, equals, value = text.partition("=")
        name = name.strip().lower().replace("-", "_")
        if not equals or not name:
            raise CommandError(
                f"{text!r} is not FIELD=VALUE (for example last_name=Janssens, or email= "
                "to empty a field); nothing was changed."
            )
        if name in given:
            raise CommandError(f"The field {name} is given twice; nothing was changed.")
        given[name] = value
    return given


def _shown(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\\n") if text else _EMPTY


def cmd_edit(args: argparse.Namespace) -> int:
    from consultant_app.domain.errors import InvalidValue
    from consultant_app.services.forms.edits import UnknownFields, edit_record, find_reference
    from consultant_app.services.forms.parsing import RecordNotFound, ValidationFailed
    from consultant_app.services.printing.issuing import InternshipNotFound

    given = _assignments(args.assignments)
    record_id: uuid.UUID | None = None
    reference = ""
    if args.kind != "internship":
        try:
            record_id = uuid.UUID(args.record)
        except ValueError:
            raise CommandError(
                f"{args.record!r} is not a record id (export {args.kind}s -o FILE.csv "
                "lists the ids)."
            ) from None
    with opened_database(args, create=False) as database:
        what = f"{args.kind} {args.record}"
        if record_id is None:
            with reported(InternshipNotFound):
                record_id, reference = find_reference(database, args.record)
            what = f"internship {reference}"
        try:
            outcome = edit_record(database, args.kind, record_id, given, dry_run=args.dry_run)
        except ValidationFailed as error:
            lines = [f"  {problem.field}: {problem.message}" for problem in error.errors]
            raise CommandError(
                f"the change to {what} was refused; nothing was written:\n" + "\n".join(lines)
            ) from None
        except (UnknownFields, RecordNotFound) as error:
            raise CommandError(f"{error} Nothing was changed.") from None
        except InvalidValue as error:
            raise CommandError(f"{what}: {error} Nothing was changed.") from None
        changes = [(change.field, change.old, change.new) for change in outcome.changes]
        if args.kind == "internship" and outcome.written:
            renumbered = find_reference(database, record_id)[1]
            if renumbered != reference:  # a new start year gives the next reference of that year
                changes.insert(0, ("reference", reference, renumbered))
    if not changes:
        print(f"Nothing to change: {what} already has these values.")
        return 0
    if args.dry_run:
        print(f"Dry run, nothing written. The edit would change {what}:")
    else:
        print(f"Changed {what}:")
    for field, old, new in changes:
        print(f"  {field}: {_shown(old)} → {_shown(new)}")
    for duplicate in outcome.duplicates:
        print(
            f"consultant-app: warning: {duplicate.name} (id {duplicate.id}) is already "
            f"registered with {_SAME.get(duplicate.reason, duplicate.reason)}.",
            file=sys.stderr,
        )
    return 0

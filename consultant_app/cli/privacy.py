"""``anonymise`` and ``export subject-access``: the rights of the people whose data is held."""

from __future__ import annotations

import argparse
from pathlib import Path

from consultant_app.cli.common import (
    CommandError,
    check_output_folder,
    opened_database,
    reported,
)


def cmd_export_subject_access(args: argparse.Namespace) -> int:
    """``export subject-access INTERN -o FOLDER``: everything held about one intern."""
    from consultant_app.services.privacy.subject_access import (
        InternNotFound,
        export_subject_access,
        find_intern,
    )

    if not args.intern:
        raise CommandError(
            "Give the intern: export subject-access INTERN -o FOLDER, where INTERN is the "
            "intern's id or national register number."
        )
    folder: Path = args.output
    check_output_folder(folder, "export")
    with opened_database(args, create=False) as database:
        with reported(InternNotFound):
            intern_id = find_intern(database, args.intern)
        folder.mkdir(mode=0o700, exist_ok=True)
        files = export_subject_access(database, intern_id, folder, language=args.lang)
    print(files.json_path)
    print(files.pdf_path)
    return 0


def _anonymise_retention(args: argparse.Namespace) -> int:
    from consultant_app.services.privacy.anonymise import apply_retention, retention_plan

    with opened_database(args, create=False) as database:
        plan = retention_plan(database)
        counts = f"{len(plan.interns)} intern(s), {len(plan.mentors)} mentor(s), " + (
            f"{len(plan.hosts)} host contact(s)"
        )
        if args.dry_run:
            print(f"Would anonymise {counts} (retention ended before {plan.cutoff}).")
            return 0
        done = apply_retention(database)
    print(f"Anonymised {done} record(s): {counts}.")
    return 0


def cmd_anonymise(args: argparse.Namespace) -> int:
    import uuid

    if args.retention:
        if args.kind or args.id:
            raise CommandError("Give either --retention or a kind and an id, not both.")
        return _anonymise_retention(args)
    if args.dry_run:
        raise CommandError("--dry-run goes with --retention.")
    if not args.kind or not args.id:
        raise CommandError("Give what to anonymise: intern|mentor|host ID, or --retention.")
    try:
        record_id = uuid.UUID(args.id)
    except ValueError:
        raise CommandError(f"{args.id!r} is not a record id.") from None
    from consultant_app.services.forms.parsing import RecordNotFound
    from consultant_app.services.privacy import anonymise as privacy

    anonymise = {
        "intern": privacy.anonymise_intern,
        "mentor": privacy.anonymise_mentor,
        "host": privacy.anonymise_host_contact,
    }[args.kind]
    with opened_database(args, create=False) as database, reported(RecordNotFound):
        log_cleared = anonymise(database, record_id)
    print(f"Anonymised {args.kind} {record_id}.")
    if not log_cleared:
        print(
            "Another program (the window?) was reading the database: the old values stay in "
            "its write-ahead log until the last program using the database closes it, which "
            "empties the log. Close the window to finish the erasure."
        )
    return 0

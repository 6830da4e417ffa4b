"""``run`` and ``screenshot``: the window, on screen or rendered offscreen to a PNG file."""

from __future__ import annotations

import argparse
from pathlib import Path

from consultant_app.cli.common import CommandError, database_path, existing_database


def cmd_run(args: argparse.Namespace) -> int:
    from consultant_app.app import run_window

    return run_window(
        db_path=database_path(args),
        view=getattr(args, "view", None),
        language=getattr(args, "lang", None),
        quit_after_paint=getattr(args, "quit_after_paint", False),
    )


def cmd_screenshot(args: argparse.Namespace) -> int:
    from consultant_app.app import WindowTooSmallError, take_screenshot

    output: Path = args.output
    if output.suffix.lower() != ".png":
        raise CommandError(
            f"The screenshot is written as PNG: give a file ending in .png, not {output}."
        )
    if not output.parent.is_dir():
        raise CommandError(f"The folder {output.parent} does not exist.")
    if output.is_dir():
        raise CommandError(f"{output} is a folder; give the name of the PNG file to write.")
    width, height = args.size
    try:
        take_screenshot(
            db_path=existing_database(args),
            output=output,
            view=args.view or "internships",
            language=args.lang,
            size=(width, height),
        )
    except WindowTooSmallError as error:
        raise CommandError(str(error)) from error
    print(f"Screenshot written to {output} ({width}x{height})")
    return 0

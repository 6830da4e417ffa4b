"""Files holding personal data: written atomically and readable by their owner only."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path


class FileNotWritten(OSError):
    """A file that could not be written, saying why and where: ``No space left on device: /a.pdf``.

    Nothing is left at the path (an earlier file there stays as it was) and no
    temporary file remains.
    """

    def __init__(self, path: Path | str, problem: OSError) -> None:
        super().__init__(problem.errno, problem.strerror or str(problem), str(path))

    def __str__(self) -> str:
        return f"{self.strerror}: {self.filename}"


def write_all(descriptor: int, content: bytes) -> None:
    """Write every byte of *content* to the open file *descriptor* (writes may be partial)."""
    view = memoryview(content)
    while view:
        view = view[os.write(descriptor, view) :]


def _staged(path: Path, content: bytes) -> str:
    """*content* in a temporary file beside *path*, flushed to disk, mode 0600; its name."""
    descriptor, temporary = tempfile.mkstemp(
        dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"
    )
    try:
        try:
            write_all(descriptor, content)
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        os.chmod(temporary, 0o600)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return temporary


def write_private_files(files: Iterable[tuple[Path | str, bytes]]) -> None:
    """Write each ``(path, content)`` atomically, mode 0600: all written before any is renamed.

    Every file is first written completely to a temporary name in its folder;
    only then are they renamed into place. When one cannot be written, the
    temporary files are removed, no path is touched and :class:`FileNotWritten`
    names the path and the reason.
    """
    staged: list[tuple[str, Path]] = []
    try:
        for name, content in files:
            path = Path(name)
            try:
                staged.append((_staged(path, content), path))
            except OSError as problem:
                raise FileNotWritten(path, problem) from problem
        while staged:
            temporary, path = staged[0]
            try:
                os.replace(temporary, path)
            except OSError as problem:
                raise FileNotWritten(path, problem) from problem
            staged.pop(0)
    except BaseException:
        for temporary, _path in staged:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        raise


def write_private_file(path: Path | str, content: bytes) -> None:
    """Write *content* to *path* atomically (temporary file, then rename), mode 0600.

    The file is never seen half written; a file already at *path* is replaced.
    Raises :class:`FileNotWritten` (an :class:`OSError`) when it cannot be written.
    """
    write_private_files([(path, content)])

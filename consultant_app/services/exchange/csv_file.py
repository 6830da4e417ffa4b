"""Reading an internships CSV file: its encoding, delimiter, header and raw rows.

The file is UTF-8 (a byte order mark is accepted), its delimiter a comma or a
semicolon (whichever the header line holds more of). A problem of the file as
a whole (not readable, not UTF-8, empty, a required column missing) raises
:class:`ImportFileError`; a column the import does not read is a notice. The
cells of each row are typed by :mod:`consultant_app.services.exchange.parse`.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from consultant_app.services.exchange.parse import (
    EXPORT_ONLY_COLUMNS,
    IMPORT_COLUMNS,
    REJECT_COLUMNS,
    REQUIRED_COLUMNS,
    RowProblem,
)
from consultant_app.services.forms.parsing import shown


class ImportFileError(ValueError):
    """The file cannot be imported at all; the message says why and what to do."""


@dataclass(frozen=True, slots=True)
class RawRow:
    """One data row as written: its file line and its cells (as many as the header names)."""

    line: int
    cells: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CsvFile:
    """The decoded file: delimiter, header (as written), data rows and column notices."""

    path: Path
    delimiter: str
    header: tuple[str, ...]
    rows: tuple[RawRow, ...]
    notices: tuple[RowProblem, ...] = ()
    #: Position of every column the import reads, by name.
    positions: dict[str, int] = field(default_factory=dict)


# --- the file ---------------------------------------------------------------------

#: Characters a line (or a quoted cell) may hold: an internship's row is a few hundred.
MAX_LINE_CHARS = 100_000
#: Rows one file may hold; the memory an import needs grows with them.
MAX_ROWS = 50_000


def _open(path: Path) -> io.TextIOWrapper:
    try:
        return path.open(encoding="utf-8-sig", newline="")
    except FileNotFoundError:
        raise ImportFileError(f"There is no file {path}.") from None
    except IsADirectoryError:
        raise ImportFileError(f"{path} is a folder; give the CSV file to import.") from None
    except OSError as error:
        raise ImportFileError(f"{path} cannot be read: {error.strerror or error}.") from None


class _Lines:
    """The file's lines, read in bounded pieces: a line too long is refused, never held."""

    def __init__(self, path: Path, stream: io.TextIOWrapper) -> None:
        self.path = path
        self.stream = stream
        self.number = 0

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        try:
            line = self.stream.readline(MAX_LINE_CHARS + 1)
        except UnicodeDecodeError:
            raise ImportFileError(
                f"{self.path} is not UTF-8 text (first wrong byte on line "
                f"{_first_bad_line(self.path)}). Save it as 'CSV UTF-8' and import it again."
            ) from None
        except OSError as error:
            raise ImportFileError(
                f"{self.path} cannot be read: {error.strerror or error}."
            ) from None
        if not line:
            raise StopIteration
        self.number += 1
        if len(line) > MAX_LINE_CHARS:
            raise ImportFileError(
                f"{self.path}: line {self.number} is longer than {MAX_LINE_CHARS:,} characters; "
                "this is not an internships CSV file (check that the right file was chosen)."
            )
        return line


def _first_bad_line(path: Path) -> int:
    """The line of the first byte of *path* that is not UTF-8 (read in pieces)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    line = 1
    with path.open("rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 16), b""):
            pending = decoder.getstate()[0]
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as error:
                return line + (pending + chunk)[: error.start].count(b"\n")
            line += chunk.count(b"\n")
    return line


def _delimiter(header: str) -> str:
    return ";" if header.count(";") > header.count(",") else ","


def _column_name(text: str) -> str:
    return text.strip().strip("\ufeff").strip().lower()


def read_csv(path: Path) -> CsvFile:
    """Decode and split the file; raises :class:`ImportFileError` for a file it cannot use.

    The file is read as a stream in bounded pieces: an oversized line, cell or file is
    refused without being held in memory.
    """
    path = Path(path)
    with _open(path) as stream:
        return _read(path, _Lines(path, stream))


def _first_line(lines: _Lines) -> str:
    for line in lines:
        if line.strip():
            return line
    raise ImportFileError(
        f"{lines.path} is empty: it needs a header line and one row per internship."
    )


def _read(path: Path, lines: _Lines) -> CsvFile:
    first = _first_line(lines)
    delimiter = _delimiter(first)
    skipped = lines.number - 1
    csv.field_size_limit(MAX_LINE_CHARS)
    reader = csv.reader(itertools.chain([first], lines), delimiter=delimiter)
    header: list[str] | None = None
    header_line = 1
    rows: list[RawRow] = []
    previous = skipped
    try:
        for cells in reader:
            line = previous + 1
            previous = skipped + reader.line_num
            if header is None:
                if not any(cell.strip() for cell in cells):
                    continue  # blank lines before the header
                header, header_line = cells, line
                continue
            if not any(cell.strip() for cell in cells):
                continue
            if len(rows) == MAX_ROWS:
                raise ImportFileError(
                    f"{path} has more than {MAX_ROWS:,} rows; split it into smaller files."
                )
            rows.append(RawRow(line, tuple(cells)))
    except csv.Error as error:
        raise ImportFileError(
            f"{path} cannot be read as CSV on line {previous + 1}: {error}."
        ) from None
    if header is None:  # pragma: no cover - _first_line refuses a blank file
        raise ImportFileError(f"{path} is empty.")
    names = [_column_name(name) for name in header]
    positions: dict[str, int] = {}
    notices: list[RowProblem] = []
    for index, name in enumerate(names):
        if not name:
            continue
        if name in positions:
            raise ImportFileError(
                f"{path}: the column {name!r} appears twice in the header (line {header_line})."
            )
        if name in IMPORT_COLUMNS:
            positions[name] = index
        elif name in REJECT_COLUMNS or name in EXPORT_ONLY_COLUMNS:
            continue
        else:
            notices.append(
                RowProblem(
                    header_line,
                    name,
                    "column.unknown",
                    f"The column {shown(name)} is not one the import reads; it is ignored.",
                )
            )
    missing = [name for name in REQUIRED_COLUMNS if name not in positions]
    if missing:
        found = ", ".join(n for n in names if n) or "none"
        raise ImportFileError(
            f"{path} lacks the required column{'s' if len(missing) > 1 else ''} "
            f"{', '.join(missing)} (the header on line {header_line} has: {found}; "
            f"the delimiter read is {delimiter!r})."
        )
    return CsvFile(path, delimiter, tuple(header), tuple(rows), tuple(notices), positions)


def row_cells(csv_file: CsvFile, raw: RawRow) -> dict[str, str]:
    """The cells of *raw* by column name (empty for a missing cell)."""
    cells = raw.cells
    count = len(cells)
    return {
        name: cells[index] if index < count else "" for name, index in csv_file.positions.items()
    }


def extra_cells_problem(csv_file: CsvFile, raw: RawRow) -> RowProblem | None:
    """A problem when the row has filled cells beyond the header's columns."""
    extra: Sequence[str] = raw.cells[len(csv_file.header) :]
    if any(cell.strip() for cell in extra):
        return RowProblem(
            raw.line,
            "",
            "row.cells",
            f"The row has {len(raw.cells)} cells but the header names {len(csv_file.header)} "
            f"columns; check the delimiter ({csv_file.delimiter!r}) and the quotes.",
        )
    return None

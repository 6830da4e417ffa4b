"""Three-way merge of one record, field by field, with the last synced copy as the base.

A field changed on one side only takes that side; the same field changed to the same
value on both sides is no conflict; the same field changed to different values is a
conflict. A deletion (the row gone, or ``deleted_at`` set) against an edit of any other
field is a conflict too. Bookkeeping fields (``updated_at``...) never conflict: the later
value wins. Nothing is decided silently in favour of one side.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

DELETED = "deleted_at"
#: The pseudo-field of a conflict where one side removed the row itself.
ROW = "(row)"


@dataclass(frozen=True)
class Merge:
    """The merged row (None: deleted) and the fields in conflict (empty: merged cleanly)."""

    merged: dict[str, Any] | None
    conflicts: tuple[str, ...] = field(default=())


def _changed(base: Mapping[str, Any], side: Mapping[str, Any], bookkeeping: Iterable[str]):  # type: ignore[no-untyped-def]
    skip = set(bookkeeping)
    return {k for k in set(base) | set(side) if k not in skip and base.get(k) != side.get(k)}


def _deletes(base: Mapping[str, Any], side: Mapping[str, Any] | None) -> bool:
    if side is None:
        return True
    return base.get(DELETED) is None and side.get(DELETED) is not None


def merge_row(
    base: Mapping[str, Any] | None,
    mine: Mapping[str, Any] | None,
    theirs: Mapping[str, Any] | None,
    bookkeeping: Iterable[str] = ("updated_at", "created_at"),
) -> Merge:
    """Merge *mine* and *theirs*, both made from *base* (None: a row that did not exist)."""
    bookkeeping = tuple(bookkeeping)
    if mine == theirs:
        return Merge(None if mine is None else dict(mine))
    start: Mapping[str, Any] = base or {}
    if mine is None or theirs is None:
        other = theirs if mine is None else mine
        assert other is not None
        if base is not None and not _changed(start, other, bookkeeping):
            return Merge(None)  # deleted on one side, untouched on the other
        return Merge(dict(other) if base is None else None, (ROW,))
    mine_changes = _changed(start, mine, bookkeeping)
    theirs_changes = _changed(start, theirs, bookkeeping)
    merged: dict[str, Any] = dict(start)
    conflicts: list[str] = []
    for name in sorted(set(mine) | set(theirs) | set(start)):
        if name in bookkeeping:
            values = [v for v in (mine.get(name), theirs.get(name)) if v is not None]
            merged[name] = max(values, key=str) if values else None
        elif name in mine_changes and name in theirs_changes:
            merged[name] = mine.get(name)
            if mine.get(name) != theirs.get(name):
                conflicts.append(name)
        elif name in theirs_changes:
            merged[name] = theirs.get(name)
        else:
            merged[name] = mine.get(name, start.get(name))
    deletion = (_deletes(start, mine) and theirs_changes - {DELETED}) or (
        _deletes(start, theirs) and mine_changes - {DELETED}
    )
    if deletion and DELETED not in conflicts:
        conflicts.insert(0, DELETED)
        merged[DELETED] = mine.get(DELETED)
    return Merge(merged, tuple(conflicts))

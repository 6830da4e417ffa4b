"""Unit of work: a session that rolls back unless ``commit()`` was called."""

from __future__ import annotations

import getpass
from types import TracebackType

from sqlalchemy.orm import Session, sessionmaker


def default_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return "unknown"


class UnitOfWork:
    """``with db.unit_of_work() as uow: ...; uow.commit()``. Services own the transaction."""

    def __init__(self, session_factory: sessionmaker[Session], actor: str | None = None) -> None:
        self._session_factory = session_factory
        self.actor = actor or default_actor()
        self._session: Session | None = None

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("The unit of work is not open: use it in a 'with' block.")
        return self._session

    def __enter__(self) -> UnitOfWork:
        self._session = self._session_factory()
        self._session.info["actor"] = self.actor
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            self.rollback()
        finally:
            self.session.close()
            self._session = None

    def commit(self) -> None:
        self.session.commit()

    def rollback(self) -> None:
        self.session.rollback()

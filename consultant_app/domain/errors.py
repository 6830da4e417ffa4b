"""The error every validator of the domain raises for a value it cannot accept.

``str(error)`` is an English sentence for logs and the English interface. The
stable :attr:`InvalidValue.code` (``"email.syntax"``, ``"niss.checksum"``, ...)
and the :attr:`InvalidValue.params` (the numbers and values the sentence names)
let the interface word the same message in Dutch or French.
"""

from __future__ import annotations

from typing import Any


class InvalidValue(ValueError):
    """A value that cannot be accepted; ``str()`` says why in English.

    ``code`` is ``"<field>.<problem>"``, e.g. ``"phone.length"``; ``params``
    holds the values the message mentions, e.g. ``{"expected": 8, "got": 7}``.
    """

    code: str
    params: dict[str, object]

    def __init__(
        self, message: str, code: str = "invalid", params: dict[str, object] | None = None
    ) -> None:
        super().__init__(message)
        self.code = code
        self.params = dict(params) if params else {}

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else ""

    def __reduce__(self) -> tuple[Any, ...]:
        # Keep code and params when the error crosses a process boundary.
        return (type(self), (self.message, self.code, self.params))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r}, code={self.code!r})"

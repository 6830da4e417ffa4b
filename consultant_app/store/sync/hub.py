"""The connection to the team hub (PostgreSQL through psycopg 3) and the calls it answers.

The URL is ``postgresql://ROLE@HOST[:PORT]/DATABASE``; its password lives in the keyring
(service ``consultant-app-hub``, user ``ROLE@HOST:PORT/DATABASE``), never in a file.
Connections use TLS with certificate verification (``verify-full``) except to the same
computer (localhost, 127.0.0.1, ::1 or a socket folder).
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, unquote, urlsplit

from consultant_app import __version__
from consultant_app.store.keys import keyring_available
from consultant_app.store.sync import hub_sql

KEYRING_SERVICE = "consultant-app-hub"
#: Where the password comes from on a computer without a keyring (a headless machine).
PASSWORD_ENV = "CONSULTANT_APP_HUB_PASSWORD"
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", ""})
CONNECT_TIMEOUT_S = 10


class HubError(Exception):
    """The hub could not be reached, or refused: the message says why and what to do."""


class HubUnreachable(HubError):
    pass


@dataclass(frozen=True)
class HubAddress:
    user: str
    host: str
    port: int
    database: str
    password: str | None = None

    @classmethod
    def parse(cls, url: str) -> HubAddress:
        parts = urlsplit(url)
        if parts.scheme not in ("postgresql", "postgres") or not parts.path.strip("/"):
            raise HubError(
                f"{url!r} is not a hub address: give postgresql://ROLE@HOST[:PORT]/DATABASE."
            )
        if not parts.username:
            raise HubError(f"Give your role in the hub address: postgresql://ROLE@{parts.netloc}/…")
        return cls(
            unquote(parts.username),
            parts.hostname or "",
            parts.port or 5432,
            parts.path.strip("/"),
            unquote(parts.password) if parts.password else None,
        )

    @property
    def safe_url(self) -> str:
        """The address without its password: what is kept in the database and shown."""
        return f"postgresql://{quote(self.user)}@{self.host}:{self.port}/{self.database}"

    @property
    def keyring_user(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    @property
    def local(self) -> bool:
        return self.host in LOCAL_HOSTS or self.host.startswith("/")


def save_password(address: HubAddress) -> bool:
    """Keep the address's password in the keyring; False when this computer has none."""
    if not address.password:
        return True
    if not keyring_available():
        return False
    import keyring

    keyring.set_password(KEYRING_SERVICE, address.keyring_user, address.password)
    return True


def stored_password(address: HubAddress) -> str | None:
    """The password: in the address, else in the keyring, else in ``PASSWORD_ENV``."""
    if address.password:
        return address.password
    if keyring_available():
        import keyring

        found = keyring.get_password(KEYRING_SERVICE, address.keyring_user)
        if found:
            return found
    return os.environ.get(PASSWORD_ENV) or None


def forget_password(address: HubAddress) -> None:
    if not keyring_available():
        return
    import keyring
    from keyring.errors import PasswordDeleteError

    with suppress(PasswordDeleteError):
        keyring.delete_password(KEYRING_SERVICE, address.keyring_user)


def _message(error: Exception) -> str:
    diag = getattr(error, "diag", None)
    primary = getattr(diag, "message_primary", None)
    return " ".join(str(primary or error).split())


class Hub:
    """An open connection to the hub; its calls each run in their own transaction."""

    def __init__(self, connection: Any, address: HubAddress) -> None:
        self.connection = connection
        self.address = address

    def close(self) -> None:
        self.connection.close()

    # --- calls of every consultant ----------------------------------------------------

    def push(self, batch: str, laptop: str, changes: list[dict[str, Any]]) -> dict[str, Any]:
        payload = json.dumps(changes)
        row = self._one(
            "SELECT hub.push(%s, %s, %s, %s::jsonb)",
            (uuid.UUID(batch), laptop, __version__, payload),
        )
        result: dict[str, Any] = row[0]
        return result

    def pull(self, after: int, page: int, laptop: str) -> list[tuple[int, str, str, Any, str]]:
        """Changes after *after* that other laptops made, *page* at most, in log order."""
        with self._calling() as cursor:
            cursor.execute(
                "SELECT * FROM hub.pull(%s, %s, %s, %s)", (after, page, __version__, laptop)
            )
            return [tuple(r) for r in cursor.fetchall()]  # type: ignore[misc]

    def lease_references(self, year: int, size: int, laptop: str, used: int) -> int:
        """The first number of a block of *size* references of *year* leased to *laptop*."""
        sql = "SELECT hub.lease_references(%s, %s, %s, %s)"
        return int(self._one(sql, (year, size, laptop, used))[0])

    def put_blob(self, sha256: str, content: bytes) -> None:
        self._one("SELECT hub.put_blob(%s, %s)", (sha256, content))

    def missing_blobs(self, hashes: list[str]) -> set[str]:
        with self._calling() as cursor:
            cursor.execute("SELECT sha256 FROM hub.blob WHERE sha256 = ANY(%s)", (hashes,))
            have = {r[0] for r in cursor.fetchall()}
        return set(hashes) - have

    def blob(self, sha256: str) -> bytes | None:
        with self._calling() as cursor:
            cursor.execute("SELECT content FROM hub.blob WHERE sha256 = %s", (sha256,))
            row = cursor.fetchone()
        return None if row is None else bytes(row[0])

    def head(self) -> int:
        return int(self._one("SELECT coalesce(max(seq), 0) FROM hub.change", ())[0])

    def min_app_version(self) -> str | None:
        with self._calling() as cursor:
            cursor.execute("SELECT value FROM hub.meta WHERE key = 'min_app_version'")
            row = cursor.fetchone()
        return None if row is None else str(row[0])

    # --- the owner's calls ------------------------------------------------------------

    def has_schema(self) -> bool:
        row = self._one("SELECT count(*) FROM pg_namespace WHERE nspname = 'hub'", ())
        return bool(row[0])

    def create_schema(self, min_app_version: str = __version__) -> str:
        """Create the hub's schema and its consultants' group role; return the group's name."""
        group = hub_sql.group_role(self.address.database)
        with self._calling() as cursor:
            cursor.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (group,))
            if cursor.fetchone() is None:
                cursor.execute(f'CREATE ROLE "{group}" NOLOGIN')
            cursor.execute(hub_sql.TABLES)
            cursor.execute(hub_sql.FUNCTIONS)
            cursor.execute(hub_sql.SECURITY.format(group=f'"{group}"'))
            cursor.execute(
                "INSERT INTO hub.meta VALUES ('schema_version', %s), ('min_app_version', %s)",
                (str(hub_sql.SCHEMA_VERSION), min_app_version),
            )
        return group

    def drop_schema(self) -> None:
        """Remove the hub's schema (a first copy that failed half-way)."""
        with self._calling() as cursor:
            cursor.execute("DROP SCHEMA IF EXISTS hub CASCADE")

    def set_min_app_version(self, version: str) -> None:
        with self._calling() as cursor:
            cursor.execute(
                "UPDATE hub.meta SET value = %s WHERE key = 'min_app_version'", (version,)
            )

    # --- plumbing ---------------------------------------------------------------------

    def _one(self, sql: str, params: tuple[Any, ...]) -> tuple[Any, ...]:
        with self._calling() as cursor:
            cursor.execute(sql, params)  # type: ignore[arg-type]
            row = cursor.fetchone()
        assert row is not None
        return tuple(row)

    @contextmanager
    def _calling(self) -> Iterator[Any]:
        import psycopg

        try:
            with self.connection.transaction(), self.connection.cursor() as cursor:
                yield cursor
        except psycopg.errors.InsufficientPrivilege as error:
            raise HubError(
                f"The hub refused role {self.address.user!r}: {_message(error)}. "
                "Ask the hub's administrator to grant it the consultants' role."
            ) from error
        except psycopg.errors.RaiseException as error:
            raise HubError(f"The hub refused: {_message(error)}.") from error
        except psycopg.OperationalError as error:
            raise HubUnreachable(
                f"The hub at {self.address.host}:{self.address.port} cannot be reached "
                f"({_message(error)}). Your work is kept on this computer; sync again later."
            ) from error


def connection_params(address: HubAddress) -> dict[str, Any]:
    """libpq's parameters: TLS with the server's certificate and name checked, except locally.

    The certificate is checked against the system's authorities (a hosted PostgreSQL), or
    the file named by ``PGSSLROOTCERT`` (a fund's own authority).
    """
    params: dict[str, Any] = {
        "host": address.host or None,
        "port": address.port,
        "dbname": address.database,
        "user": address.user,
        "password": stored_password(address),
        "connect_timeout": CONNECT_TIMEOUT_S,
        "application_name": f"consultant-app {__version__}",
        "sslmode": "prefer" if address.local else "verify-full",
    }
    if not address.local and not os.environ.get("PGSSLROOTCERT"):
        params["sslrootcert"] = "system"
    return params


def connect(address: HubAddress) -> Hub:
    """Open a connection to the hub at *address*; :class:`HubError` says why when it fails."""
    import psycopg

    params = connection_params(address)
    try:
        connection = psycopg.connect(**params)
    except psycopg.OperationalError as error:
        text = _message(error)
        if "password authentication failed" in text or "no password supplied" in text:
            where = (
                "join again with postgresql://ROLE:PASSWORD@… to keep the right one in the keyring"
                if keyring_available()
                else f"this computer has no keyring: set {PASSWORD_ENV}"
            )
            raise HubError(
                f"The hub refused the password of role {address.user!r}: {where}."
            ) from error
        raise HubUnreachable(
            f"The hub at {address.host}:{address.port} cannot be reached ({text}). "
            "Your work is kept on this computer; sync again later."
        ) from error
    return Hub(connection, address)

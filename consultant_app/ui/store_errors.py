"""Why a database cannot be opened, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from consultant_app.services.safety import (
    DatabaseInUseError,
    ForeignDatabaseError,
    MigrationError,
    NewerSchemaError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
    StoreError,
)


def explain(error: StoreError) -> str:
    """A translated explanation, followed by the technical message."""

    path = str(error.path)
    if isinstance(error, NewerSchemaError):
        text = QCoreApplication.translate(
            "StoreErrors",
            "{path} was written by a newer version of the application. Update the "
            "application to open it. The file was left untouched.",
        )
    elif isinstance(error, ReadOnlyDatabaseError):
        text = QCoreApplication.translate(
            "StoreErrors",
            "{path} is read-only. Copy it to a folder where you may write, or change its "
            "permissions. The file was left untouched.",
        )
    elif isinstance(error, DatabaseInUseError):
        text = QCoreApplication.translate(
            "StoreErrors",
            "{path} is being restored, migrated or used by another program that needs it "
            "alone. Try again in a moment. Nothing was changed.",
        )
    elif isinstance(error, ForeignDatabaseError):
        text = QCoreApplication.translate(
            "StoreErrors",
            "{path} belongs to another application. The file was left untouched.",
        )
    elif isinstance(error, MigrationError):
        text = QCoreApplication.translate(
            "StoreErrors", "{path} could not be brought to the latest version."
        )
    elif isinstance(error, NotADatabaseError):
        text = QCoreApplication.translate(
            "StoreErrors", "{path} is not a database of this application."
        )
    else:
        text = QCoreApplication.translate("StoreErrors", "{path} cannot be opened.")
    details = QCoreApplication.translate("StoreErrors", "Details: {message}")
    return text.format(path=path) + "\n\n" + details.format(message=str(error))

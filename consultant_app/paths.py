"""Where the application finds its resources and keeps its data."""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

APP_NAME = "consultant-app"
APP_AUTHOR = "mediastages"

#: Set to a folder holding catalogue/, templates/, fonts/ and translations/ to use it instead.
RESOURCES_ENV = "CONSULTANT_APP_RESOURCES"

PACKAGE_DIR = Path(str(files("consultant_app")))


def shipped(name: str) -> Path:
    """The folder *name* (``resources`` or ``db``) of the application.

    An installed wheel or a bundle carries it inside the package (``consultant_app/name``,
    found through importlib.resources); a checkout keeps it at the top of the repository.
    """
    inside = PACKAGE_DIR / name
    return inside if inside.is_dir() else PACKAGE_DIR.parent / name


RESOURCES_DIR = Path(os.environ.get(RESOURCES_ENV) or shipped("resources"))
MIGRATIONS_DIR = shipped("db")
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
FONTS_DIR = RESOURCES_DIR / "fonts"
CATALOGUE_FILE = RESOURCES_DIR / "catalogue" / "catalogue.json"
TEMPLATES_DIR = RESOURCES_DIR / "templates"
LICENCES_FILE = RESOURCES_DIR / "licences" / "LICENCES.txt"
ICON_FILE = RESOURCES_DIR / "icons" / "consultant-app.png"

#: Set to a folder to keep data and preferences there instead of the user's folders.
HOME_ENV = "CONSULTANT_APP_HOME"


def data_dir() -> Path:
    home = os.environ.get(HOME_ENV)
    if home:
        return Path(home) / "data"
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, APP_AUTHOR))


def config_dir() -> Path:
    home = os.environ.get(HOME_ENV)
    if home:
        return Path(home) / "config"
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME, APP_AUTHOR))


def default_database_path() -> Path:
    return data_dir() / "consultant.db"

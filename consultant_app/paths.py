"""Where the application finds its resources and keeps its data."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "consultant-app"
APP_AUTHOR = "mediastages"

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = PACKAGE_DIR.parent
RESOURCES_DIR = Path(os.environ.get("CONSULTANT_APP_RESOURCES", PROJECT_ROOT / "resources"))
MIGRATIONS_DIR = PROJECT_ROOT / "db"
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
FONTS_DIR = RESOURCES_DIR / "fonts"

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

"""The user's preferences (interface language, last views), kept as JSON in the config folder."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from consultant_app.paths import config_dir

log = logging.getLogger(__name__)

LANGUAGES = ("nl", "fr", "en")


@dataclass
class Preferences:
    language: str | None = None
    last_view: str = "dashboard"

    @staticmethod
    def path() -> Path:
        return config_dir() / "preferences.json"

    @classmethod
    def load(cls) -> Preferences:
        path = cls.path()
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as error:
            log.warning("Ignoring unreadable preferences %s: %s", path, error)
            return cls()
        prefs = cls()
        if data.get("language") in LANGUAGES:
            prefs.language = data["language"]
        if isinstance(data.get("last_view"), str):
            prefs.last_view = data["last_view"]
        return prefs

    def save(self) -> None:
        path = self.path()
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), indent=2), encoding="utf-8")
        os.replace(tmp, path)

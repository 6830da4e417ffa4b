"""Which language a convention speaks: the host's language role, or the intern's."""

from __future__ import annotations

from consultant_app.domain.enums import Language, LanguageRole


def convention_language(
    role: LanguageRole | None, intern_language: Language | None, *, default: Language = Language.NL
) -> Language:
    """The language of a new convention.

    A Dutch- or French-speaking host gives its language; a bilingual host (or none chosen
    yet) the intern's when it is Dutch or French; otherwise *default* (Dutch).
    """
    if role is LanguageRole.NL:
        return Language.NL
    if role is LanguageRole.FR:
        return Language.FR
    if intern_language in (Language.NL, Language.FR):
        return intern_language
    return default

"""The language a figure is reported under: the host's language role, NL or FR.

The figures themselves (conventions, days, weeks, FTE by language, joint
committee, gender and cluster) are computed by one engine,
:mod:`consultant_app.services.figures.annual`, for the window, the JSON, the CSV and the
printed report alike.

For a bilingual host the language is the convention's; a bilingual host's
convention in another language (English, German) counts as FR, so that NL + FR
is always the total.
"""

from __future__ import annotations

from consultant_app.domain.enums import Language, LanguageRole

NL = "NL"
FR = "FR"
TOTAL = "total"
#: Keys of one year's figures.
KEYS = (NL, FR, TOTAL)


def reporting_language(role: LanguageRole | str, convention_language: Language | str) -> str:
    """NL or FR: the host's language role, or the convention's language for a bilingual host."""
    if role == LanguageRole.NL:
        return NL
    if role == LanguageRole.FR:
        return FR
    if role != LanguageRole.BILINGUAL:
        raise ValueError(f"Unknown language role {role!r}; expected NL, FR or BI.")
    return NL if convention_language == Language.NL else FR

"""The language of a new convention: the host's role first, then the intern's."""

from __future__ import annotations

import pytest

from consultant_app.domain.enums import Language, LanguageRole
from consultant_app.domain.languages import convention_language

L, R = Language, LanguageRole


@pytest.mark.parametrize(
    ("role", "intern", "expected"),
    [
        (R.NL, L.FR, L.NL),  # a Dutch-speaking host: Dutch, whatever the intern speaks
        (R.FR, L.NL, L.FR),
        (R.BILINGUAL, L.FR, L.FR),  # a bilingual host: the intern's language
        (R.BILINGUAL, L.NL, L.NL),
        (R.BILINGUAL, L.DE, L.NL),  # ... when Dutch or French; else Dutch
        (R.BILINGUAL, L.EN, L.NL),
        (None, L.FR, L.FR),  # no host chosen yet
        (None, None, L.NL),
    ],
)
def test_the_host_decides_then_the_intern(
    role: LanguageRole | None, intern: Language | None, expected: Language
) -> None:
    assert convention_language(role, intern) is expected


def test_the_default_decides_when_nothing_else_does() -> None:
    assert convention_language(None, None, default=L.FR) is L.FR
    assert convention_language(R.BILINGUAL, L.DE, default=L.FR) is L.FR
    assert convention_language(R.NL, None, default=L.FR) is L.NL

"""Editable document texts: loading, checks with clear errors, escaping, caching."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from consultant_app.documents import amendment, convention
from consultant_app.documents.data import DOCUMENT_LANGUAGES
from consultant_app.documents.templates import (
    TemplateError,
    TemplateSpec,
    clear_template_cache,
    load_template,
    template_path,
)
from consultant_app.documents.text import escape, format_date, format_number

SPEC = TemplateSpec(
    document="letter",
    keys=frozenset({"title", "body.text", "body.note"}),
    placeholders=frozenset({"name", "day"}),
)

GOOD = '''
title = "Letter to {name}"
[body]
text = """
Dear **{name}**,

We agree:
- first <point> & more;
- second
  continued.
"""
note = "Braces: {{ and }} on {day}"
'''


def write(root: Path, text: str, language: str = "en") -> Path:
    path = template_path("letter", language, root)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def fresh_cache():
    clear_template_cache()
    yield
    clear_template_cache()


@pytest.mark.parametrize("spec", [convention.SPEC, amendment.SPEC], ids=lambda s: s.document)
@pytest.mark.parametrize("language", DOCUMENT_LANGUAGES)
def test_shipped_templates_are_complete(spec: TemplateSpec, language: str) -> None:
    template = load_template(spec, language)
    values = dict.fromkeys(spec.placeholders, "X")
    for key in spec.keys:
        assert template.plain(key, **values).strip(), key
        assert template.markup(key, **values)


def test_paragraphs_lists_bold_and_braces(tmp_path: Path) -> None:
    write(tmp_path, GOOD)
    template = load_template(SPEC, "en", root=tmp_path)
    blocks = template.blocks("body.text", name="Ann")
    assert [block.is_list for block in blocks] == [False, False, True]
    assert blocks[0].items == ("Dear <b>Ann</b>,",)
    assert blocks[2].items == ("first &lt;point&gt; &amp; more;", "second continued.")
    assert template.plain("body.note", day="01/02/2026") == "Braces: { and } on 01/02/2026"
    assert template.plain("title", name="Ann") == "Letter to Ann"


def test_values_are_escaped_and_keep_their_line_breaks(tmp_path: Path) -> None:
    write(tmp_path, GOOD)
    template = load_template(SPEC, "en", root=tmp_path)
    markup = template.markup("title", name='Dupont <b>Ltd & "Co"\n<font name="x">{day}**')
    assert markup == ('Letter to Dupont &lt;b&gt;Ltd &amp; "Co"<br/>&lt;font name="x"&gt;{day}**')


def test_unbalanced_bold_is_closed(tmp_path: Path) -> None:
    write(tmp_path, GOOD.replace("Letter to {name}", "**Letter to {name}"))
    template = load_template(SPEC, "en", root=tmp_path)
    assert template.markup("title", name="A") == "<b>Letter to A</b>"


def test_french_spaces_do_not_break(tmp_path: Path) -> None:
    title = "« Lettre » n° 1 à {name} : oui ; non ?"
    write(tmp_path, GOOD.replace("Letter to {name}", title), "fr")
    template = load_template(SPEC, "fr", root=tmp_path)
    expected = "«\u00a0Lettre\u00a0» n°\u00a01 à A\u00a0: oui\u00a0; non\u00a0?"
    assert template.plain("title", name="A") == expected
    # Values are printed as given.
    assert template.plain("title", name="x : y") == expected.replace("A", "x : y")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (GOOD.replace('note = "Braces: {{ and }} on {day}"', ""), "missing key 'body.note'"),
        (GOOD + 'extra = "x"\n', "unknown key 'body.extra'"),
        (GOOD.replace("{day}", "{weekday}"), "key 'body.note' uses unknown placeholder {weekday}"),
        (GOOD.replace("{day}", "{Day Of}"), "key 'body.note': invalid placeholder"),
        (GOOD.replace("{day}", "{day"), "key 'body.note': single '{'"),
        (GOOD.replace('title = "Letter to {name}"', "title = 3"), "key 'title' must be text"),
        (GOOD.replace('{name}"', "{name}"), "cannot be read"),
    ],
)
def test_errors_name_the_file_and_the_key(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(TemplateError) as error:
        load_template(SPEC, "en", root=tmp_path)
    assert str(path) in str(error.value)
    assert message in str(error.value)


def test_missing_value_names_the_file_key_and_placeholder(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD)
    template = load_template(SPEC, "en", root=tmp_path)
    with pytest.raises(TemplateError) as error:
        template.plain("body.note")
    assert str(path) in str(error.value)
    assert "'body.note'" in str(error.value)
    assert "{day}" in str(error.value)
    with pytest.raises(TemplateError, match="missing key 'nothing'"):
        template.plain("nothing")


def test_missing_file_and_unknown_language(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match=r"letter/en\.toml: template file not found"):
        load_template(SPEC, "en", root=tmp_path)
    with pytest.raises(TemplateError, match="unknown document language 'de'"):
        load_template(SPEC, "de", root=tmp_path)


def test_templates_are_loaded_once(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD)
    first = load_template(SPEC, "en", root=tmp_path)
    path.write_text("broken = ", encoding="utf-8")
    assert load_template(SPEC, "en", root=tmp_path) is first
    clear_template_cache()
    with pytest.raises(TemplateError):
        load_template(SPEC, "en", root=tmp_path)


def test_escape_prints_any_text_literally() -> None:
    assert escape("A & B <b>") == "A &amp; B &lt;b&gt;"
    assert escape("one\r\ntwo\rthree\nfour") == "one<br/>two<br/>three<br/>four"
    assert escape("tab\there\x00\x07") == "tab here"
    assert escape(None) == ""


def test_number_and_date_formats() -> None:
    assert format_date(date(2026, 2, 3)) == "03/02/2026"
    assert format_date(None) == ""
    assert format_number(12.6, "nl") == "12,6"
    assert format_number(12.0, "fr") == "12,0"
    assert format_number(12.25, "en") == "12.3"
    assert format_number(38.0, "nl", 2, trim=True) == "38"
    assert format_number(37.5, "fr", 2, trim=True) == "37,5"
    assert format_number(1880, "nl", 0) == "1.880"
    assert format_number(2730.5, "en", 1) == "2,730.5"
    assert format_number(1880, "fr", 0) == "1\u00a0880"

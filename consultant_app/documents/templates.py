"""The editable texts of the printed documents: one TOML file per document and language.

A template lives in ``resources/templates/<document>/<language>.toml``. Its keys are
grouped in ``[tables]``; every value is text in which

* ``{name}`` is replaced by a value of the document (``{{`` and ``}}`` print a brace);
* ``**bold**`` prints in bold;
* an empty line starts a new paragraph and lines starting with ``- `` form a list.

Nothing else is interpreted: the template's own text and every value are escaped, so
neither can inject layout markup. A missing or unknown key, a placeholder the document
does not know and a value that is not given raise :class:`TemplateError`, naming the file
and the key. Loaded templates are kept for the life of the process.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab.platypus import Flowable, Paragraph, Spacer

from consultant_app.documents.data import DOCUMENT_LANGUAGES
from consultant_app.documents.styles import styles
from consultant_app.documents.text import clean, escape
from consultant_app.paths import TEMPLATES_DIR

EXTENSION = "toml"


class TemplateError(ValueError):
    """A template file that cannot be used as it is; the message names the file and key."""


@dataclass(frozen=True)
class TemplateSpec:
    """What a document expects of its template: every key, and the placeholders it fills."""

    document: str
    keys: frozenset[str]
    placeholders: frozenset[str]


_TEXT, _FIELD, _BOLD = 0, 1, 2
_Tokens = tuple[tuple[int, str], ...]
_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|\*\*|[{}]")
_NAME = re.compile(r"[a-z_][a-z0-9_]*\Z")
_BULLET = re.compile(r"[-•]\s+")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
#: French typography: no line break before ``: ; ! ? »`` nor after ``«`` and ``n°``.
_FRENCH_BEFORE = re.compile(r"[ \u202f]+([:;!?»])")
_FRENCH_AFTER = re.compile(r"(«|\bn°)[ \u202f]+")


@dataclass(frozen=True)
class _Block:
    is_list: bool
    items: tuple[_Tokens, ...]


@dataclass(frozen=True)
class Block:
    """A rendered paragraph (one item) or bulleted list, as Paragraph markup."""

    is_list: bool
    items: tuple[str, ...]


def _tokenize(text: str, fail: type[Exception], where: str) -> _Tokens:
    tokens: list[tuple[int, str]] = []
    position = 0
    for match in _TOKEN.finditer(text):
        if match.start() > position:
            tokens.append((_TEXT, text[position : match.start()]))
        token = match.group(0)
        if token in ("{{", "}}"):
            tokens.append((_TEXT, token[0]))
        elif token == "**":
            tokens.append((_BOLD, ""))
        elif match.group(1) is not None:
            name = match.group(1).strip()
            if not _NAME.match(name):
                raise fail(f"{where}: invalid placeholder {token!r}")
            tokens.append((_FIELD, name))
        else:
            raise fail(f"{where}: single {token!r}; write {token * 2!r} to print a brace")
        position = match.end()
    if position < len(text):
        tokens.append((_TEXT, text[position:]))
    return tuple(tokens)


def _parse(text: str, where: str) -> tuple[_Block, ...]:
    """Paragraphs and lists of *text*, each as tokens."""
    blocks: list[_Block] = []
    for chunk in _PARAGRAPH_BREAK.split(clean(text).strip()):
        lines = [line.strip() for line in chunk.split("\n") if line.strip()]
        paragraph: list[str] = []
        items: list[list[str]] = []
        for line in lines:
            bullet = _BULLET.match(line)
            if bullet:
                items.append([line[bullet.end() :]])
            elif items:
                items[-1].append(line)
            else:
                paragraph.append(line)
        if paragraph:
            blocks.append(_Block(False, (_tokenize(" ".join(paragraph), TemplateError, where),)))
        if items:
            tokens = tuple(_tokenize(" ".join(item), TemplateError, where) for item in items)
            blocks.append(_Block(True, tokens))
    return tuple(blocks)


def _flatten(table: Mapping[str, object], prefix: str, path: Path) -> dict[str, str]:
    flat: dict[str, str] = {}
    for name, value in table.items():
        key = f"{prefix}{name}"
        if isinstance(value, Mapping):
            flat.update(_flatten(value, f"{key}.", path))
        elif isinstance(value, str):
            flat[key] = value
        else:
            raise TemplateError(f"{path}: key '{key}' must be text in quotes")
    return flat


class DocumentTemplate:
    """The texts of one document in one language, checked against its :class:`TemplateSpec`."""

    def __init__(self, path: Path, language: str, texts: Mapping[str, str], spec: TemplateSpec):
        self.path = path
        self.language = language
        missing = sorted(spec.keys - texts.keys())
        if missing:
            raise TemplateError(f"{path}: missing key {', '.join(map(repr, missing))}")
        unknown = sorted(texts.keys() - spec.keys)
        if unknown:
            raise TemplateError(f"{path}: unknown key {', '.join(map(repr, unknown))}")
        self._entries: dict[str, tuple[_Block, ...]] = {}
        for key, text in texts.items():
            where = f"{path}: key '{key}'"
            if language == "fr":
                text = _FRENCH_AFTER.sub("\\1\u00a0", _FRENCH_BEFORE.sub("\u00a0\\1", text))
            blocks = _parse(text, where)
            for block in blocks:
                for tokens in block.items:
                    for kind, name in tokens:
                        if kind == _FIELD and name not in spec.placeholders:
                            raise TemplateError(f"{where} uses unknown placeholder {{{name}}}")
            self._entries[key] = blocks

    def _value(self, key: str, name: str, values: Mapping[str, object]) -> str:
        try:
            value = values[name]
        except KeyError:
            raise TemplateError(
                f"{self.path}: key '{key}' uses placeholder {{{name}}}, which has no value here"
            ) from None
        return "" if value is None else str(value)

    def _markup(self, key: str, tokens: _Tokens, values: Mapping[str, object]) -> str:
        parts: list[str] = []
        bold = False
        for kind, text in tokens:
            if kind == _TEXT:
                parts.append(escape(text))
            elif kind == _FIELD:
                parts.append(escape(self._value(key, text, values)))
            else:
                parts.append("</b>" if bold else "<b>")
                bold = not bold
        if bold:
            parts.append("</b>")
        return "".join(parts)

    def _blocks(self, key: str) -> tuple[_Block, ...]:
        try:
            return self._entries[key]
        except KeyError:
            raise TemplateError(f"{self.path}: missing key '{key}'") from None

    def blocks(self, key: str, **values: object) -> list[Block]:
        """The paragraphs and lists of *key* as markup, with *values* filled in."""
        return [
            Block(block.is_list, tuple(self._markup(key, t, values) for t in block.items))
            for block in self._blocks(key)
        ]

    def __contains__(self, key: object) -> bool:
        """Whether *key* is one of the texts of the template (the keys of its spec)."""
        return key in self._entries

    def markup(self, key: str, **values: object) -> str:
        """The text of *key* as one piece of Paragraph markup (paragraphs become line breaks)."""
        lines: list[str] = []
        for block in self.blocks(key, **values):
            lines.extend(f"• {item}" if block.is_list else item for item in block.items)
        return "<br/>".join(lines)

    def plain(self, key: str, **values: object) -> str:
        """The text of *key* without any markup, e.g. a label or a page footer."""
        lines: list[str] = []
        for block in self._blocks(key):
            for tokens in block.items:
                text = "".join(
                    self._value(key, text, values) if kind == _FIELD else text
                    for kind, text in tokens
                    if kind != _BOLD
                )
                lines.append(f"• {text}" if block.is_list else text)
        return "\n".join(lines)

    def flowables(self, key: str, **values: object) -> list[Flowable]:
        """The text of *key* as body paragraphs and bulleted lists."""
        st = styles()
        result: list[Flowable] = []
        for block in self.blocks(key, **values):
            if block.is_list:
                result += [Paragraph(item, st.bullet, bulletText="•") for item in block.items]
                result.append(Spacer(1, 3))
            else:
                result.append(Paragraph(block.items[0], st.body))
        return result


def keys(prefix: str, names: str) -> tuple[str, ...]:
    """``keys("labels.", "name address")`` is ``("labels.name", "labels.address")``."""
    return tuple(prefix + name for name in names.split())


def template_path(document: str, language: str, root: Path | None = None) -> Path:
    return (root or TEMPLATES_DIR) / document / f"{language}.{EXTENSION}"


@lru_cache(maxsize=32)
def _load(spec: TemplateSpec, language: str, root: Path) -> DocumentTemplate:
    path = template_path(spec.document, language, root)
    if language not in DOCUMENT_LANGUAGES:
        raise TemplateError(f"{path}: unknown document language {language!r}")
    try:
        with path.open("rb") as file:
            data = tomllib.load(file)
    except FileNotFoundError:
        raise TemplateError(f"{path}: template file not found") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise TemplateError(f"{path}: cannot be read: {error}") from None
    return DocumentTemplate(path, language, _flatten(data, "", path), spec)


def load_template(spec: TemplateSpec, language: str, root: Path | None = None) -> DocumentTemplate:
    """The checked template of *spec*'s document in *language* (loaded once per process)."""
    return _load(spec, language, Path(root or TEMPLATES_DIR))


def clear_template_cache() -> None:
    """Forget the loaded templates (after a template file was edited)."""
    _load.cache_clear()

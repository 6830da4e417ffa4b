"""The house rules that import-linter's contracts do not cover, checked on every run.

Modules stay under 500 lines and classes under 400 (migrations aside); no module imports
another module's private name; the modules import each other one way only (no cycle,
imports under ``if TYPE_CHECKING:`` aside); services/ keeps at most 12 entries; and no
test module imports another test module (shared builders live in tests/support).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "consultant_app"
MAX_MODULE_LINES = 500
MAX_CLASS_LINES = 400
MAX_SERVICE_ENTRIES = 12


@dataclass
class Module:
    name: str
    path: Path
    tree: ast.Module
    imports: set[str] = field(default_factory=set)  # modules imported (outside TYPE_CHECKING)
    private: list[str] = field(default_factory=list)  # "module._name" imported


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _type_checking_lines(tree: ast.Module) -> set[int]:
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.body:
                lines.update(range(child.lineno, (child.end_lineno or child.lineno) + 1))
    return lines


def _modules(root: Path) -> dict[str, Module]:
    modules = {}
    for path in sorted(root.rglob("*.py")):
        name = _module_name(path)
        modules[name] = Module(name, path, ast.parse(path.read_text(encoding="utf-8")))
    for module in modules.values():
        checking = _type_checking_lines(module.tree)
        is_package = module.path.name == "__init__.py"
        package = module.name if is_package else module.name.rpartition(".")[0]
        for node in ast.walk(module.tree):
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")[: len(package.split(".")) - node.level + 1]
                    target = ".".join([*base, node.module] if node.module else base)
                else:
                    target = node.module or ""
                for alias in node.names:
                    full = f"{target}.{alias.name}"
                    imported = full if full in modules else target
                    if imported in modules and node.lineno not in checking:
                        module.imports.add(imported)
                    if alias.name.startswith("_") and not alias.name.startswith("__"):
                        module.private.append(full)
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name in modules and node.lineno not in checking:
                        module.imports.add(alias.name)
        module.imports.discard(module.name)
    return modules


APP = _modules(PACKAGE)


def _cycles(modules: dict[str, Module]) -> Iterator[list[str]]:
    """The strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()

    def visit(name: str) -> Iterator[list[str]]:
        index[name] = low[name] = len(index)
        stack.append(name)
        on_stack.add(name)
        for other in sorted(modules[name].imports):
            if other not in index:
                yield from visit(other)
                low[name] = min(low[name], low[other])
            elif other in on_stack:
                low[name] = min(low[name], index[other])
        if low[name] == index[name]:
            group = []
            while True:
                other = stack.pop()
                on_stack.discard(other)
                group.append(other)
                if other == name:
                    break
            if len(group) > 1:
                yield sorted(group)

    for name in sorted(modules):
        if name not in index:
            yield from visit(name)


def test_modules_stay_small() -> None:
    too_long = {
        module.name: lines
        for module in APP.values()
        if (lines := len(module.path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert too_long == {}, f"split these modules (over {MAX_MODULE_LINES} lines)"


def test_classes_stay_small() -> None:
    too_long = {
        f"{module.name}.{node.name}": (node.end_lineno or node.lineno) - node.lineno + 1
        for module in APP.values()
        for node in ast.walk(module.tree)
        if isinstance(node, ast.ClassDef)
        and (node.end_lineno or node.lineno) - node.lineno + 1 > MAX_CLASS_LINES
    }
    assert too_long == {}, f"split these classes (over {MAX_CLASS_LINES} lines)"


def test_no_module_imports_a_private_name_of_another() -> None:
    borrowed = {module.name: module.private for module in APP.values() if module.private}
    assert borrowed == {}, "give these names a public home"


def test_modules_import_each_other_one_way() -> None:
    assert list(_cycles(APP)) == []


def test_services_stay_grouped_by_capability() -> None:
    entries = sorted(
        entry.name
        for entry in (PACKAGE / "services").iterdir()
        if entry.name not in ("__init__.py", "__pycache__")
    )
    assert len(entries) <= MAX_SERVICE_ENTRIES, entries


@pytest.mark.parametrize("folder", ["tests"])
def test_no_test_module_imports_another(folder: str) -> None:
    borrowed = {}
    for path in sorted((ROOT / folder).rglob("test_*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            for name in names:
                if name.rpartition(".")[2].startswith("test_"):
                    borrowed.setdefault(str(path.relative_to(ROOT)), []).append(name)
    assert borrowed == {}, "move shared builders to tests/support"


def test_the_checks_see_the_package() -> None:
    """A guard against the checks passing on nothing."""
    assert len(APP) > 100
    assert any(module.imports for module in APP.values())

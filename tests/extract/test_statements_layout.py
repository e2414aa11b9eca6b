"""The statements package is layered: each module imports only from the modules before it in
`STATEMENT_MODULES`, the order docs/statements.md lists. A cycle would make the import order
fragile and the concerns tangled again, so the layering is checked."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

# (`import dateline.extract.statements as ...` would read `dateline.extract`, which the
# package's `extract` function shadows)
PACKAGE = Path(importlib.import_module("dateline.extract.statements").__file__ or "").parent
PREFIX = "dateline.extract.statements."
STATEMENT_MODULES = (
    "quotes",
    "drafts",
    "cue_words",
    "sources",
    "contents",
    "phrases",
    "cues",
    "lines",
    "speakers",
    "assemble",
)


def _sibling_imports(source: str) -> set[str]:
    return {
        node.module.removeprefix(PREFIX)
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(PREFIX)
    }


def _imports_against_the_order(modules: dict[str, str]) -> list[str]:
    """`module -> sibling` for each import of a sibling that is not listed before the module."""
    wrong = []
    for name, source in modules.items():
        for sibling in sorted(_sibling_imports(source)):
            if sibling not in STATEMENT_MODULES[: STATEMENT_MODULES.index(name)]:
                wrong.append(f"{name} -> {sibling}")
    return wrong


def test_statement_modules_are_all_listed() -> None:
    on_disk = {path.stem for path in PACKAGE.glob("*.py")} - {"__init__"}
    assert on_disk == set(STATEMENT_MODULES)


def test_statement_modules_import_only_from_modules_before_them() -> None:
    modules = {
        name: (PACKAGE / f"{name}.py").read_text(encoding="utf-8") for name in STATEMENT_MODULES
    }
    assert _imports_against_the_order(modules) == []


def test_an_import_from_a_later_module_is_found() -> None:
    modules = {
        "quotes": "from dateline.extract.statements.drafts import _Draft\n",
        "drafts": "from dateline.extract.statements.quotes import Quote\n",
    }
    assert _imports_against_the_order(modules) == ["quotes -> drafts"]

"""A module-level name defined twice silently replaces the first definition for every caller in
the module (ruff's F811 misses it when the first one is used inside a function body), so the
source tree is checked for it."""

from __future__ import annotations

import ast
from pathlib import Path

import dateline

SOURCE = Path(dateline.__file__).parent


def _redefined(tree: ast.Module) -> list[str]:
    seen: set[str] = set()
    twice: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            if node.name in seen:
                twice.append(f"{node.name} (line {node.lineno})")
            seen.add(node.name)
    return twice


def test_no_module_defines_a_function_or_class_twice() -> None:
    found = {
        str(path.relative_to(SOURCE)): names
        for path in sorted(SOURCE.rglob("*.py"))
        if (names := _redefined(ast.parse(path.read_text(encoding="utf-8"))))
    }
    assert found == {}


def test_a_second_definition_is_found() -> None:
    tree = ast.parse(
        "def f():\n    return 1\n\n\ndef g():\n    return f()\n\n\ndef f():\n    return 2\n"
    )
    assert _redefined(tree) == ["f (line 9)"]

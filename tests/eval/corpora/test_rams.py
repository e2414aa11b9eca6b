"""RAMS loader on a hand-written JSON line, and the real dev counts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.errors import EvalError
from dateline.eval.corpora.rams import load_rams, parse_rams_line, role_name
from dateline.eval.framework import DEFAULT_DATA_DIR

LINE = json.dumps(
    {
        "doc_key": "nw_RC1",
        "source_url": "http://example.org/a",
        "sentences": [["Rebels", "shelled", "the", "town", "."], ["Two", "died", "."]],
        "evt_triggers": [[1, 1, [["conflict.attack.n/a", 1.0]]]],
        "gold_evt_links": [
            [[1, 1], [0, 0], "evt001arg01attacker"],
            [[1, 1], [2, 3], "evt001arg03place"],
        ],
    }
)


@pytest.mark.parametrize(
    ("role", "expected"),
    [("evt089arg01victim", "victim"), ("evt011arg04place", "place"), ("place", "place")],
)
def test_rams_role_name(role: str, expected: str) -> None:
    assert role_name(role) == expected


def test_rams_parse_line_gives_char_spans() -> None:
    example = parse_rams_line(LINE)
    assert example.text == "Rebels shelled the town .\nTwo died ."
    assert example.trigger.slice(example.text) == "shelled"
    assert example.event_type == "conflict.attack.n/a"
    assert [(a.role, a.span.slice(example.text)) for a in example.arguments] == [
        ("attacker", "Rebels"),
        ("place", "the town"),
    ]


@pytest.mark.parametrize(
    "line",
    ["not json", json.dumps({"doc_key": "x"}), LINE.replace("[2, 3]", "[2, 30]")],
)
def test_rams_parse_line_errors_are_eval_errors(line: str) -> None:
    with pytest.raises(EvalError):
        parse_rams_line(line)


def test_rams_load_respects_limit(tmp_path: Path) -> None:
    (tmp_path / "dev.jsonlines").write_text(LINE + "\n\n" + LINE + "\n", encoding="utf-8")
    assert len(load_rams(tmp_path, "dev")) == 2
    assert len(load_rams(tmp_path, "dev", limit=1)) == 1
    with pytest.raises(EvalError, match="not found"):
        load_rams(tmp_path, "test")


@pytest.mark.slow
def test_rams_real_dev_counts() -> None:
    corpus = DEFAULT_DATA_DIR / "rams"
    if not corpus.is_dir():
        pytest.skip("gold data not present")
    examples = load_rams(corpus, "dev")
    assert len(examples) == 924
    assert sum(len(e.arguments) for e in examples) == 2188

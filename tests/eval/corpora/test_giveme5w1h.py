"""Giveme5W1H loader on a hand-written gold record, and the real corpus counts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.errors import EvalError
from dateline.eval.corpora.giveme5w1h import (
    QUESTIONS,
    GoldPhrase,
    load_giveme5w1h,
    parse_document,
)
from dateline.eval.framework import DEFAULT_DATA_DIR


def _record(**overrides: object) -> dict[str, object]:
    record: dict[str, object] = {
        "dId": "abc",
        "title": "Storm hits coast",
        "description": "A storm hit the coast on Monday.",
        "text": "A storm hit the coast on Monday. Roofs were torn off.",
        "date_publish": "2016-11-09 00:00:00",
        "url": "http://example.org/storm",
        "fiveWoneH": {
            "who": {"label": "who", "annotated": [{"coderPhraseCount": 3, "text": "A storm"}]},
            "when": {
                "label": "when",
                "annotated": [{"coderPhraseCount": 2, "text": "Monday", "parsed": "2016-11-07"}],
            },
            "why": {"label": "why", "annotated": [{"coderPhraseCount": 2}]},
            "how": {"label": "how", "annotated": []},
        },
    }
    record.update(overrides)
    return record


def test_giveme5w1h_parse_answers_and_agreed_no_answer() -> None:
    document = parse_document(_record())
    assert document.answers["who"] == (GoldPhrase("A storm", 3),)
    assert document.answers["when"][0].agreement == pytest.approx(2 / 3)
    assert document.answers["what"] == ()
    assert document.no_answer == {"why"}  # "how" is unannotated, not agreed empty
    assert set(document.answers) == set(QUESTIONS)


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        # the body repeats the description: it is not read twice
        (
            "A storm hit the coast on Monday.",
            "Storm hits coast\n\nA storm hit the coast on Monday. Roofs were torn off.",
        ),
        (
            "Roofs flew.",
            "Storm hits coast\n\nRoofs flew.\n\n"
            "A storm hit the coast on Monday. Roofs were torn off.",
        ),
        ("", "Storm hits coast\n\nA storm hit the coast on Monday. Roofs were torn off."),
    ],
)
def test_giveme5w1h_text_is_title_lead_body(description: str, expected: str) -> None:
    assert parse_document(_record(description=description)).text == expected


def test_giveme5w1h_bad_record_is_an_eval_error() -> None:
    with pytest.raises(EvalError, match="not a Giveme5W1H"):
        parse_document({"title": "x"})


def test_giveme5w1h_load_sorted_and_limited(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data_damaged").mkdir()
    for name in ("b", "a"):
        (tmp_path / "data" / f"{name}.json").write_text(
            json.dumps(_record(dId=name)), encoding="utf-8"
        )
    (tmp_path / "data_damaged" / "c.json").write_text(
        json.dumps(_record(dId="c")), encoding="utf-8"
    )
    assert [d.id for d in load_giveme5w1h(tmp_path)] == ["a", "b"]
    assert [d.id for d in load_giveme5w1h(tmp_path, 1)] == ["a"]
    assert [d.id for d in load_giveme5w1h(tmp_path, include_damaged=True)] == ["a", "b", "c"]


@pytest.mark.slow
def test_giveme5w1h_real_corpus_is_the_training_split() -> None:
    corpus = DEFAULT_DATA_DIR / "giveme5w1h"
    if not corpus.is_dir():
        pytest.skip("gold data not present")
    documents = load_giveme5w1h(corpus)
    sampling = json.loads((corpus / "sampling.json").read_text(encoding="utf-8"))
    assert {f"{d.id}.json" for d in documents} == set(sampling["training"])
    assert len(documents) == 76
    assert len(load_giveme5w1h(corpus, include_damaged=True)) == 80

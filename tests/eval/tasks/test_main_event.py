"""5W1H scoring on hand-worked answers; the first-sentence baseline on a parsed sentence."""

from __future__ import annotations

import pytest

from dateline.eval.corpora.giveme5w1h import FiveW1HDocument, GoldPhrase
from dateline.eval.framework import DEFAULT_DATA_DIR, EvalContext
from dateline.eval.tasks.main_event import (
    MainEventScore,
    answer_score,
    answer_tokens,
    run,
)

GOLD = (GoldPhrase("Toblerone", 3), GoldPhrase("Mondelez International", 2))


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("Toblerone", 1.0),
        ("Mondelez International", 2 / 3),
        ("the firm Mondelez International", 2 / 3),  # F1 = 2*(2/4*1)/(1.5) = 0.67
        ("Mondelez", 2 / 3),  # F1 = 2/3
        ("the American confectionery firm Mondelez", 0.0),  # F1 = 2*(1/5)/(1.2) = 0.33
        ("Cadbury", 0.0),
    ],
)
def test_main_event_answer_score(answer: str, expected: float) -> None:
    assert answer_score(answer, GOLD) == pytest.approx(expected)


def test_main_event_answer_tokens_ignore_case_and_punctuation() -> None:
    assert answer_tokens("U.S. Navy's ship!") == ["u", "s", "navy", "s", "ship"]


def _document(
    answers: dict[str, tuple[GoldPhrase, ...]], no_answer: frozenset[str]
) -> FiveW1HDocument:
    return FiveW1HDocument("d", "", "", "text", None, None, answers, no_answer)


def test_main_event_score_per_question() -> None:
    score = MainEventScore()
    doc = _document({"who": GOLD, "when": (GoldPhrase("on Monday", 3),)}, frozenset({"why"}))
    score.add(doc, {"who": "Mondelez", "when": "Tuesday", "why": "because", "how": "by hand"})
    score.add(doc, {"who": "Toblerone", "when": None})
    metrics = score.metrics()
    assert metrics["who_p"] == pytest.approx((2 / 3 + 1) / 2)
    assert score.unweighted()["who"] == 1.0
    assert metrics["when_p"] == 0.0
    assert metrics["when_coverage"] == 0.5
    assert metrics["what_p"] is None  # no gold "what": nothing to score
    assert metrics["4w_p"] == pytest.approx(((2 / 3 + 1) / 2 + 0.0) / 2)
    counts = score.counts()
    assert counts["answered_agreed_none"] == 1  # "why"; "how" is unannotated, not agreed empty
    assert counts["who_gold"] == 2


@pytest.mark.slow
def test_main_event_lead_answers_read_the_first_sentence() -> None:
    from dateline.eval.tasks.main_event import lead_answers
    from dateline.nlp import load_pipeline
    from dateline.settings import DEFAULT_MODEL

    doc = load_pipeline(DEFAULT_MODEL)(
        "Barack Obama met Donald Trump at the White House in Washington on Thursday "
        "because the transition had begun. Later, more happened in Paris."
    )
    answers = lead_answers(doc)
    assert answers["who"] == "Barack Obama"
    assert answers["what"] is not None and answers["what"].startswith("met")
    assert answers["when"] == "Thursday"
    assert answers["where"] in ("the White House", "Washington")
    assert answers["why"] is not None and answers["why"].startswith("because")


@pytest.mark.slow
def test_main_event_run_on_real_subset() -> None:
    if not (DEFAULT_DATA_DIR / "giveme5w1h").is_dir():
        pytest.skip("gold data not present")
    (result,) = run(EvalContext(DEFAULT_DATA_DIR, limit=3))
    systems = {row.system: row for row in result.rows}
    assert set(systems) == {"dateline", "first-sentence"}
    assert systems["first-sentence"].counts["documents"] == 3

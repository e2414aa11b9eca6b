"""citron's statement metrics on hand-worked quotes, the token index, and textacy's adapter."""

from __future__ import annotations

import pytest

from dateline.eval.corpora.polnear import Attribution, PolnearDocument
from dateline.eval.framework import DEFAULT_DATA_DIR, EvalContext
from dateline.eval.tasks.statements import (
    Quote,
    TokenIndex,
    annotator_agreement,
    citron_counts,
    gold_quotes,
    run,
)
from dateline.records import Span


@pytest.mark.parametrize(
    ("span", "expected"),
    [
        (Span(0, 2), (0, 1)),  # "He"
        (Span(3, 7), (1, 2)),  # "said"
        (Span(3, 8), (1, 2)),  # "said ": the space after a token belongs to that token
        (Span(0, 11), (0, 3)),
        (Span(2, 3), (0, 1)),  # whitespace after "He" belongs to "He"
    ],
)
def test_statements_token_index_maps_chars_like_citron(
    span: Span, expected: tuple[int, int]
) -> None:
    index = TokenIndex([0, 3, 8])  # "He said it." as three tokens
    assert index.token_range(span) == expected


def test_statements_token_index_rejects_leading_whitespace_and_empty() -> None:
    index = TokenIndex([2, 5])
    assert index.token_range(Span(0, 1)) is None
    assert index.token_range(Span(3, 3)) is None


def test_statements_token_index_drops_whitespace_tokens_at_a_range_edge() -> None:
    import spacy

    doc = spacy.blank("en").make_doc("He said  it.  ")  # a token for each extra space run
    index = TokenIndex.from_doc(doc)
    assert [t.is_space for t in doc] == [False, False, True, False, False, True]
    assert index.token_range(Span(3, 9)) == (1, 2)  # "said  " is "said"
    assert index.token_range(Span(3, 14)) == (1, 5)  # "said  it.  " ends at "."
    assert index.token_range(Span(8, 9)) is None  # only the whitespace token


GOLD = [
    Quote(cue=(5, 6), sources=((0, 2),), contents=((7, 12),)),
    Quote(cue=(20, 21), sources=(), contents=((14, 19),)),
]


@pytest.mark.parametrize(
    ("predicted", "cue", "source", "content", "quote"),
    [
        # perfect
        (GOLD, (2, 0, 0), (2, 0, 0), (2, 0, 0), (2, 0, 0)),
        # right cue, source one token short, content right
        ([Quote((5, 6), ((1, 2),), ((7, 12),))], (1, 0, 1), (0, 1, 2), (1, 0, 1), (0, 1, 2)),
        # cue off by one token but overlapping (citron: touching counts), content exact
        ([Quote((5, 7), ((0, 2),), ((7, 12),))], (0, 1, 2), (1, 0, 1), (1, 0, 1), (0, 1, 2)),
        # nothing found
        ([], (0, 0, 2), (0, 0, 2), (0, 0, 2), (0, 0, 2)),
    ],
)
def test_statements_citron_exact_counts(
    predicted: list[Quote],
    cue: tuple[int, int, int],
    source: tuple[int, int, int],
    content: tuple[int, int, int],
    quote: tuple[int, int, int],
) -> None:
    counts = citron_counts(predicted, GOLD)
    for part, expected in (
        ("cue", cue),
        ("source", source),
        ("content", content),
        ("quote", quote),
    ):
        prf = counts.exact[part]
        assert (prf.tp, prf.fp, prf.fn) == expected, part


def test_statements_citron_touching_cues_count_as_overlapping() -> None:
    # citron's are_overlapping_spans: start <= other.end, so [6,7) "overlaps" [5,6)
    counts = citron_counts([Quote((6, 7), ((0, 2),), ())], GOLD[:1])
    assert counts.exact["source"].tp == 1


def test_statements_citron_overlap_counts_tokens() -> None:
    predicted = [Quote((5, 6), ((1, 2),), ((9, 14),))]
    counts = citron_counts(predicted, GOLD)
    # content: predicted 5 tokens, overlap 3 with gold 1 ([7,12)) and 0 with gold 2 ([14,19))
    assert counts.overlap == {"cue": 1, "source": 1, "content": 3}
    assert counts.predicted_length == {"cue": 1, "source": 1, "content": 5}
    assert counts.actual_length == {"cue": 2, "source": 2, "content": 10}
    metrics = counts.metrics()
    assert metrics["content_overlap_p"] == pytest.approx(3 / 5)
    assert metrics["content_overlap_r"] == pytest.approx(3 / 10)
    assert metrics["content_overlap_f1"] == pytest.approx(2 * 0.6 * 0.3 / 0.9)
    quote_p, quote_r = 5 / 7, 5 / 14  # all spans: 5 of 7 predicted tokens, of 14 gold tokens
    assert metrics["quote_overlap_f1"] == pytest.approx(2 * quote_p * quote_r / (quote_p + quote_r))


def test_statements_counts_add_up() -> None:
    one = citron_counts(GOLD[:1], GOLD)
    two = citron_counts([], GOLD)
    total = one + two
    assert total.exact["cue"].fn == one.exact["cue"].fn + two.exact["cue"].fn
    assert total.actual == 4


def test_statements_gold_quotes_leave_out_cueless_attributions() -> None:
    text = "He said it."
    document = PolnearDocument(
        "d",
        "dev",
        "aa11",
        text,
        (
            Attribution("E1", Span(3, 7), (Span(0, 2),), (Span(8, 10),)),
            Attribution("E2", None, (), (Span(8, 10),)),
        ),
    )
    (quote,) = gold_quotes(document, TokenIndex([0, 3, 8, 10]))
    assert quote == Quote((1, 2), ((0, 1),), ((2, 3),))


def test_statements_agreement_holds_dateline_and_a_second_annotator_to_the_first() -> None:
    text = "He said it."
    said = Attribution("E1", Span(3, 7), (Span(0, 2),), (Span(8, 10),))
    first = PolnearDocument("d", "dev", "aa11", text, (said,))
    second = PolnearDocument("d", "dev", "bb22", text, (said,))
    index = TokenIndex([0, 3, 8, 10])
    gold = gold_quotes(first, index)
    result = annotator_agreement("dev", [first], [index], [gold], [[]], {"d": [second]})
    assert result.corpus == "polnear/dev-agreement"
    assert result.metric("second-annotator", "cue_exact_f1") == 1.0
    assert result.metric("dateline", "cue_exact_f1") == 0.0
    assert {row.counts["pairs"] for row in result.rows} == {1}


@pytest.mark.slow
def test_statements_textacy_merges_contents_of_one_cue() -> None:
    from dateline.eval.tasks.statements import textacy_quotes
    from dateline.nlp import load_pipeline
    from dateline.settings import DEFAULT_MODEL

    doc = load_pipeline(DEFAULT_MODEL)('"We will win," Smith said, "and we will win soon."')
    quotes, refused = textacy_quotes(doc)
    assert refused == 0
    assert len(quotes) == 1
    assert len(quotes[0].contents) == 2
    assert doc[quotes[0].cue[0] : quotes[0].cue[1]].text == "said"


@pytest.mark.slow
def test_statements_textacy_survives_unbalanced_quotes() -> None:
    from dateline.eval.tasks.statements import textacy_quotes
    from dateline.nlp import load_pipeline
    from dateline.settings import DEFAULT_MODEL

    doc = load_pipeline(DEFAULT_MODEL)('He said "this is odd.\n"We will win," Smith said.')
    quotes, refused = textacy_quotes(doc)
    assert refused == 1
    assert len(quotes) == 1


@pytest.mark.slow
def test_statements_run_on_real_subset() -> None:
    if not (DEFAULT_DATA_DIR / "polnear").is_dir():
        pytest.skip("gold data not present")
    results = run(EvalContext(DEFAULT_DATA_DIR, limit=2))
    assert [r.corpus for r in results] == ["polnear/dev", "polnear/train"]
    for result in results:
        systems = {row.system: row for row in result.rows}
        # the learned-cue model is trained on train, so it is scored on dev only
        learned = {"dateline+learned-cues"} if result.corpus == "polnear/dev" else set()
        assert set(systems) == {"dateline", "textacy"} | learned
        trained = "learned-cues: the cue model trained on polnear/train"
        assert any(trained in note for note in result.notes)
        assert systems["textacy"].counts["documents"] == 2
        cue_f1 = systems["textacy"].metrics["cue_exact_f1"]
        assert cue_f1 is not None and 0.0 <= cue_f1 <= 1.0

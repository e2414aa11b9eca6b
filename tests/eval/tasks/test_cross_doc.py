"""Cross-doc task: gold clusters by corpus instance, clusterings pooled over documents."""

from __future__ import annotations

import pytest

from dateline.eval.corpora.meantime import parse_meantime_string
from dateline.eval.framework import DEFAULT_DATA_DIR, EvalContext
from dateline.eval.tasks.coref import GoldMention, PredictedMention
from dateline.eval.tasks.cross_doc import corpus_scores, is_name_like, meantime_mentions, run
from tests.eval.corpora.test_meantime import SNIPPET

# Two articles, each naming the same company once (corpus instance "ORG1").
GOLD = [[GoldMention(0, 4, "ORG1", True)], [GoldMention(10, 14, "ORG1", True)]]


def predicted(first: str, second: str) -> list[list[PredictedMention]]:
    return [[PredictedMention(0, 4, first, True)], [PredictedMention(10, 14, second, True)]]


def test_one_key_across_articles_scores_full_marks() -> None:
    assert corpus_scores(GOLD, predicted("ORG:acme", "ORG:acme")).conll_f1 == pytest.approx(1.0)


def test_per_article_clusters_miss_the_cross_article_link() -> None:
    scores = corpus_scores(GOLD, predicted("doc1:E1", "doc2:E1"))
    assert scores.muc.recall == 0.0
    assert scores.b_cubed.recall == pytest.approx(0.5)
    assert scores.b_cubed.precision == pytest.approx(1.0)


def test_a_document_without_predictions_leaves_its_gold_unmatched() -> None:
    scores = corpus_scores(GOLD, [[PredictedMention(0, 4, "ORG:acme", True)], None])
    # B³ recall: the first mention finds half its cluster, the unmatched one none of it
    assert scores.b_cubed.recall == pytest.approx(0.25)


def test_gold_mentions_take_the_corpus_instance() -> None:
    xml = SNIPPET.replace('TAG_DESCRIPTOR="Acme"', 'TAG_DESCRIPTOR="Acme" instance_id="ORG99"')
    document = parse_meantime_string(xml, topic="test")
    clusters = {m.cluster for m in meantime_mentions(document) if m.is_name}
    # Acme's mentions join the corpus instance; Widget (a product) is not scored
    assert clusters == {"ORG99", None}


def test_gold_mentions_without_a_corpus_instance_stay_in_their_document() -> None:
    document = parse_meantime_string(SNIPPET, topic="test")
    assert {m.cluster for m in meantime_mentions(document)} == {"7#60", None}


@pytest.mark.slow
@pytest.mark.skipif(not DEFAULT_DATA_DIR.is_dir(), reason=f"no gold data at {DEFAULT_DATA_DIR}")
def test_cross_doc_task_runs_every_system() -> None:
    results = run(EvalContext(DEFAULT_DATA_DIR, limit=3))
    assert [r.corpus for r in results] == ["meantime-en", "ecbplus"]
    for result in results:
        assert [row.system for row in result.rows] == [
            "dateline",
            "name-key",
            "per-article",
            "spacy-exact-string",
        ]
        for row in result.rows:
            assert row.counts["documents"] == 3
            assert 0.0 < row.metrics["conll_f1"] <= 1.0


def test_partial_gold_leaves_unaligned_names_unscored() -> None:
    spurious = [[PredictedMention(0, 4, "ORG:acme", True), PredictedMention(20, 24, "x", True)]]
    gold = GOLD[:1]
    assert corpus_scores(gold, spurious).b_cubed.precision == pytest.approx(0.5)
    assert corpus_scores(gold, spurious, complete=False).b_cubed.precision == pytest.approx(1.0)


def test_pools_are_scored_apart() -> None:
    # the same gold instance id in two topics; one predicted key joins them: pooled per topic,
    # the join is never seen, pooled together it is right
    per_topic = corpus_scores(GOLD, predicted("ORG:acme", "ORG:acme"), ["t1", "t2"])
    assert per_topic.muc.recall == 0.0  # each pool holds one mention: no links to find
    assert per_topic.b_cubed.f1 == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("surface", "expected"),
    [("Tara Reid", True), ("Bank of America", True), ("the actress", False), ("she", False)],
)
def test_ecb_names_are_capitalised_words(surface: str, expected: bool) -> None:
    assert is_name_like(surface) is expected

"""Cross-doc task: gold clusters by corpus instance, clusterings pooled over documents."""

from __future__ import annotations

import pytest

from dateline.eval.corpora.meantime import parse_meantime_string
from dateline.eval.framework import DEFAULT_DATA_DIR, EvalContext
from dateline.eval.tasks.coref import GoldMention, PredictedMention
from dateline.eval.tasks.cross_doc import corpus_scores, gold_mentions, run
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
    clusters = {m.cluster for m in gold_mentions(document) if m.is_name}
    # Acme's mentions join the corpus instance; Widget (a product) is not scored
    assert clusters == {"ORG99", None}


def test_gold_mentions_without_a_corpus_instance_stay_in_their_document() -> None:
    document = parse_meantime_string(SNIPPET, topic="test")
    assert {m.cluster for m in gold_mentions(document)} == {"7#60", None}


@pytest.mark.slow
@pytest.mark.skipif(not DEFAULT_DATA_DIR.is_dir(), reason=f"no gold data at {DEFAULT_DATA_DIR}")
def test_cross_doc_task_runs_every_system() -> None:
    (result,) = run(EvalContext(DEFAULT_DATA_DIR, limit=3))
    assert [row.system for row in result.rows] == [
        "dateline",
        "name-key",
        "per-article",
        "spacy-exact-string",
    ]
    for row in result.rows:
        assert row.counts["documents"] == 3
        assert 0.0 < row.metrics["conll_f1"] <= 1.0

"""Entities task: name trimming, the strict/overlap scorer, and the mapping of predictions."""

from __future__ import annotations

import pytest

from dateline.eval.framework import DEFAULT_DATA_DIR, EvalContext
from dateline.eval.tasks.entities import (
    NameSpan,
    dateline_names,
    run,
    score_names,
    spacy_names,
    trim_name,
)
from dateline.records import Article, Dateline, Document, Entity, Mention, Span


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the United States's", "United States"),
        ("The Hague", "Hague"),
        ("Airbus'", "Airbus"),
        ("  Boeing ", "Boeing"),
        ("The", "The"),  # nothing would be left: keep it
        ("Anna", "Anna"),
    ],
)
def test_trim_name_cuts_article_and_possessive(text, expected):
    start, end = trim_name(text, 0, len(text))
    assert text[start:end] == expected


def test_score_names_strict_overlap_and_dont_care():
    gold = [NameSpan(0, 5, "PER"), NameSpan(10, 15, "ORG"), NameSpan(20, 25, None)]
    predicted = [
        NameSpan(0, 5, "PER"),  # strict and overlap hit
        NameSpan(10, 13, "ORG"),  # overlap hit only
        NameSpan(20, 25, "LOC"),  # on a don't-care gold name: not scored
        NameSpan(30, 35, "LOC"),  # spurious
        NameSpan(40, 45, None),  # a type this task ignores: not scored
        NameSpan(0, 5, "ORG"),  # right span, wrong type: spurious, and PER is not found twice
    ]
    scores = score_names(gold, predicted)
    assert (scores["strict"].tp, scores["strict"].fp, scores["strict"].fn) == (1, 3, 1)
    assert (scores["overlap"].tp, scores["overlap"].fp, scores["overlap"].fn) == (2, 2, 0)
    assert (scores["PER_strict"].tp, scores["PER_strict"].fp) == (1, 0)
    assert (scores["ORG_overlap"].tp, scores["ORG_overlap"].fp) == (1, 1)
    assert (scores["LOC_strict"].fp, scores["LOC_strict"].fn) == (1, 0)


TEXT = "The Hague hosted Ann Lee and she met NATO."


def article_with(entities: tuple[Entity, ...]) -> Article:
    document = Document(id="d", text=TEXT, body=Span(0, len(TEXT)))
    dateline = Dateline(None, None, None, None, None, None, None)
    return Article(document, dateline, entities=entities)


def test_dateline_names_keeps_name_mentions_with_mapped_labels():
    lee = Entity(
        "E1",
        "Ann Lee",
        "PERSON",
        (Mention(Span(17, 24), "PERSON"), Mention(Span(29, 32), "PERSON", kind="pronoun")),
    )
    hague = Entity("E2", "The Hague", "GPE", (Mention(Span(0, 9), "GPE"),))
    nato = Entity("E3", "NATO", "NORP", (Mention(Span(37, 41), "NORP"),))
    names = dateline_names(article_with((lee, hague, nato)))
    assert names == [NameSpan(17, 24, "PER"), NameSpan(4, 9, "LOC"), NameSpan(37, 41, None)]


def test_spacy_names_maps_ontonotes_labels():
    entities = [(0, 9, "GPE"), (17, 24, "PERSON"), (37, 41, "ORG"), (29, 32, "CARDINAL")]
    assert [n.type for n in spacy_names(TEXT, entities)] == ["LOC", "PER", "ORG", None]


@pytest.mark.slow
@pytest.mark.skipif(not DEFAULT_DATA_DIR.is_dir(), reason=f"no gold data at {DEFAULT_DATA_DIR}")
def test_entities_task_respects_limit_and_reports_counts():
    results = run(EvalContext(DEFAULT_DATA_DIR, limit=2))
    assert [r.corpus for r in results] == ["meantime-en", "gum-news"]
    for result in results:
        assert [row.system for row in result.rows] == ["dateline", "spacy-ner"]
        baseline = result.rows[1]
        assert baseline.counts["documents"] == 2
        assert baseline.counts["gold"] > 0 and baseline.counts["predicted"] > 0
        assert 0.0 < baseline.metrics["overlap_f1"] <= 1.0

"""Same story across outlets on Giveme5W1H: which articles tell the same news story.

Giveme5W1H's articles come from 13 outlets in 12 event clusters (its `category`: the Croydon
tram crash, the Cubs' World Series win, the attack on the German consulate in Mazar-i-Sharif,
...). Gold: two articles tell the same story when they share a cluster; scored over article
pairs (precision, recall, F1), so a wrong join costs as much as a missed one.

Systems:
- dateline: the knowledge base's `Store.same_story`, asked for every article (a pair counts
  once found from either side): articles published within `STORY_DAYS` whose likeness (the
  mean of the tf-idf cosines of their linked named entities and of their words in the search
  index) is at least `STORY_MIN_SIMILARITY`;
- tfidf-text: the classic story-clustering baseline, the cosine of the articles' whole-text
  tf-idf vectors (scikit-learn, English stop words, sublinear tf) at least `TFIDF_THRESHOLD`,
  within the same publication window;
- same-day: articles published on the same day.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from datetime import date

from dateline.eval.corpora.giveme5w1h import FiveW1HDocument, load_giveme5w1h
from dateline.eval.framework import EvalContext, SystemRow, TaskResult
from dateline.eval.metrics import exact_prf
from dateline.eval.runs import (
    dateline_notes,
    dateline_row,
    gold_texts,
    resolve_model,
    run_dateline,
)
from dateline.records import Article
from dateline.store import Store
from dateline.store.db import STORY_DAYS, STORY_MIN_SIMILARITY

TFIDF_THRESHOLD = 0.15  # the baseline's best on these clusters, as the window and Dateline's are

Pair = frozenset[int]  # two document positions


def gold_pairs(stories: Sequence[str]) -> set[Pair]:
    return {
        frozenset((a, b))
        for a, b in itertools.combinations(range(len(stories)), 2)
        if stories[a] == stories[b]
    }


def pair_metrics(gold: set[Pair], predicted: set[Pair]) -> dict[str, float | None]:
    return exact_prf(gold, predicted).as_metrics("pair_")


def publication_day(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


def pairs_where(
    days: Sequence[date | None], window: int, linked: Callable[[int, int], bool]
) -> set[Pair]:
    """Pairs published within `window` days of each other (no window where a date is missing)
    that `linked` joins."""
    return {
        frozenset((a, b))
        for a, b in itertools.combinations(range(len(days)), 2)
        if _within(days[a], days[b], window) and linked(a, b)
    }


def _within(first: date | None, second: date | None, window: int) -> bool:
    return first is None or second is None or abs((first - second).days) <= window


def tfidf_pairs(texts: Sequence[str], days: Sequence[date | None]) -> set[Pair] | None:
    """The text baseline, or None without scikit-learn."""
    try:
        from sklearn.feature_extraction.text import TfidfVectorizer
    except ImportError:
        return None
    vectors = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts)
    similarity = (vectors @ vectors.T).toarray()
    return pairs_where(days, STORY_DAYS, lambda a, b: similarity[a, b] >= TFIDF_THRESHOLD)


def same_story_pairs(articles: Sequence[Article | None]) -> set[Pair]:
    """Dateline's pairs: every article in one in-memory knowledge base, asked for the articles
    that tell its story."""
    position: dict[str, int] = {}
    with Store.open(":memory:") as store:
        for index, article in enumerate(articles):
            if article is not None and store.add_article(article):
                position[article.document.id] = index
        store.refresh()  # the search index and the cross-article links, as after an ingest
        return {
            frozenset((index, position[row["doc_id"]]))
            for doc_id, index in position.items()
            for row in store.same_story(doc_id, limit=len(articles))
        }


def run(context: EvalContext) -> list[TaskResult]:
    documents: list[FiveW1HDocument] = [
        d for d in load_giveme5w1h(context.corpus("giveme5w1h"), context.limit) if d.story
    ]
    model = resolve_model(context.model)
    texts = gold_texts([(f"giveme5w1h/{d.id}", d.text, d.published) for d in documents])
    gold = gold_pairs([d.story or "" for d in documents])
    days = [publication_day(d.published) for d in documents]
    dateline = run_dateline(texts, model, "events")
    counts = {
        "documents": len(documents),
        "stories": len({d.story for d in documents}),
        "gold_pairs": len(gold),
    }
    predicted = same_story_pairs(dateline.articles)
    rows = [
        dateline_row(
            dateline, pair_metrics(gold, predicted), counts | {"predicted": len(predicted)}
        )
    ]
    notes = [
        f"dateline: same_story, published within {STORY_DAYS} days, likeness (entities and "
        f"words) >= {STORY_MIN_SIMILARITY}",
        "window, thresholds and weighting were chosen on these clusters (no held-out split "
        "carries clusters)",
    ]
    text_pairs = tfidf_pairs([d.text for d in documents], days)
    if text_pairs is None:
        notes.append("tfidf-text: not run (needs scikit-learn: pip install 'dateline[eval]')")
    else:
        rows.append(_row("tfidf-text", gold, text_pairs, counts))
    same_day = pairs_where(days, 0, lambda a, b: days[a] is not None and days[a] == days[b])
    rows.append(_row("same-day", gold, same_day, counts))
    return [TaskResult("stories", "giveme5w1h", rows, dateline_notes(dateline, notes))]


def _row(system: str, gold: set[Pair], predicted: set[Pair], counts: dict[str, int]) -> SystemRow:
    return SystemRow(system, pair_metrics(gold, predicted), counts | {"predicted": len(predicted)})

"""Statements (attribution) on PolNeAR dev and train, with citron's exact and overlap metrics.

Dateline's `article.statements` next to textacy's `direct_quotations` over the same spaCy model.
The metrics restate bbc/citron's `citron/metrics.py`; see docs/eval/statements-events-html.md.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from dateline.errors import ModelError
from dateline.eval.corpora.polnear import (
    PolnearDocument,
    load_polnear,
    load_second_annotations,
)
from dateline.eval.framework import EvalContext, SystemRow, TaskResult
from dateline.eval.metrics import PRF
from dateline.eval.runs import (
    DatelineRun,
    GoldText,
    ParsedText,
    dateline_notes,
    dateline_row,
    gold_texts,
    parse_texts,
    resolve_model,
    run_dateline,
)
from dateline.extract.cue_model import CueModel, labelled_verbs, train_cue_model
from dateline.records import Article, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

SPLITS = ("dev", "train")
# The learned cue model is trained on this split and scored on the others (never on its own).
LEARNED_TRAINING_SPLIT = "train"
LEARNED_SYSTEM = "dateline+learned-cues"
FIELDS = ("cue", "source", "content", "quote")

TokenRange = tuple[int, int]  # token indices [start, end)


@dataclass(frozen=True, slots=True)
class Quote:
    """A quote in token units, the shape citron scores: one cue, source and content lists."""

    cue: TokenRange
    sources: tuple[TokenRange, ...] = ()
    contents: tuple[TokenRange, ...] = ()


_Match = Callable[[Quote, Quote], bool]


class TokenIndex:
    """Character offsets to token ranges, as citron maps gold spans onto its spaCy tokens.

    A character belongs to the token it is in or the token whose trailing whitespace it is in.
    spaCy makes a token of a run of extra whitespace ("said  the"); such tokens at either end of
    a range are no part of it, so an annotator's stray trailing spaces do not change the span.
    """

    def __init__(self, token_starts: Sequence[int], spaces: Sequence[bool] = ()) -> None:
        self.starts = list(token_starts)
        self.spaces = list(spaces) or [False] * len(self.starts)

    @classmethod
    def from_doc(cls, doc: Doc, offset: int = 0) -> TokenIndex:
        """For a Doc over `text[offset:]` (token i of the Doc is token i here)."""
        return cls([token.idx + offset for token in doc], [token.is_space for token in doc])

    def token_range(self, span: Span) -> TokenRange | None:
        if span.end <= span.start:
            return None
        first = bisect.bisect_right(self.starts, span.start) - 1
        last = bisect.bisect_right(self.starts, span.end - 1) - 1
        while first <= last and first >= 0 and self.spaces[first]:
            first += 1
        while last >= first and last >= 0 and self.spaces[last]:
            last -= 1
        if first < 0 or last < first:
            return None
        return first, last + 1


@dataclass
class CitronCounts:
    """Summable counts behind citron's eight P/R/F1 triples."""

    exact: dict[str, PRF] = field(default_factory=lambda: {part: PRF(0, 0, 0) for part in FIELDS})
    overlap: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS[:3], 0))
    predicted_length: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS[:3], 0))
    actual_length: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS[:3], 0))
    predicted: int = 0
    actual: int = 0

    def __add__(self, other: CitronCounts) -> CitronCounts:
        return CitronCounts(
            {part: self.exact[part] + other.exact[part] for part in FIELDS},
            {part: self.overlap[part] + other.overlap[part] for part in self.overlap},
            {
                part: self.predicted_length[part] + other.predicted_length[part]
                for part in self.predicted_length
            },
            {
                part: self.actual_length[part] + other.actual_length[part]
                for part in self.actual_length
            },
            self.predicted + other.predicted,
            self.actual + other.actual,
        )

    def metrics(self) -> dict[str, float | None]:
        metrics: dict[str, float | None] = {}
        for part in FIELDS:
            metrics.update(self.exact[part].as_metrics(f"{part}_exact_"))
            if part == "quote":
                overlap = sum(self.overlap.values())
                predicted = sum(self.predicted_length.values())
                actual = sum(self.actual_length.values())
            else:
                overlap = self.overlap[part]
                predicted = self.predicted_length[part]
                actual = self.actual_length[part]
            metrics.update(_overlap_prf(overlap, predicted, actual, f"{part}_overlap_"))
        # All quote spans together: F1 only, to keep the table readable.
        for name in ("quote_exact_p", "quote_exact_r", "quote_overlap_p", "quote_overlap_r"):
            del metrics[name]
        return metrics


def citron_counts(predicted: Sequence[Quote], actual: Sequence[Quote]) -> CitronCounts:
    """Counts for one document, following citron's `metrics.evaluate` match by match.

    - cue exact: a quote whose cue equals some cue on the other side;
    - source/content exact: a quote whose cue overlaps the other's cue *and* whose whole
      source/content list equals the other's;
    - quote exact: cue, sources and contents all equal;
    - overlap: tokens shared between every predicted and every actual quote, summed.
    """
    counts = CitronCounts(predicted=len(predicted), actual=len(actual))

    def exact(match: _Match) -> PRF:
        tp = sum(1 for p in predicted if any(match(p, a) for a in actual))
        fn = sum(1 for a in actual if not any(match(p, a) for p in predicted))
        return PRF(tp, len(predicted) - tp, fn)

    counts.exact = {
        "cue": exact(lambda p, a: p.cue == a.cue),
        "source": exact(lambda p, a: _citron_overlaps(p.cue, a.cue) and p.sources == a.sources),
        "content": exact(lambda p, a: _citron_overlaps(p.cue, a.cue) and p.contents == a.contents),
        "quote": exact(
            lambda p, a: p.cue == a.cue and p.sources == a.sources and p.contents == a.contents
        ),
    }
    for p in predicted:
        for a in actual:
            counts.overlap["cue"] += _overlap(p.cue, a.cue)
            counts.overlap["source"] += _list_overlap(p.sources, a.sources)
            counts.overlap["content"] += _list_overlap(p.contents, a.contents)
    for side, quotes in ((counts.predicted_length, predicted), (counts.actual_length, actual)):
        for quote in quotes:
            side["cue"] += quote.cue[1] - quote.cue[0]
            side["source"] += sum(end - start for start, end in quote.sources)
            side["content"] += sum(end - start for start, end in quote.contents)
    return counts


def gold_quotes(document: PolnearDocument, index: TokenIndex) -> list[Quote]:
    """Gold attributions in token units; one without a cue cannot be scored, so it is left out."""
    quotes = []
    for attribution in document.attributions:
        cue = index.token_range(attribution.cue) if attribution.cue else None
        if cue is None:
            continue
        quotes.append(
            Quote(
                cue,
                _token_ranges(index, attribution.sources),
                _token_ranges(index, attribution.contents),
            )
        )
    return quotes


def dateline_quotes(article: Article, index: TokenIndex) -> list[Quote]:
    """Dateline's top-level statements. PolNeAR's annotation is univocal (a token has one role
    in one attribution), so a report nested in another's content ("he said he plans to ...")
    can never be in its gold: the outer one is."""
    quotes = []
    for statement in article.statements:
        if statement.parent_id is not None:
            continue
        cue = index.token_range(statement.cue)
        if cue is None:
            continue
        sources = (statement.source,) if statement.source else ()
        quotes.append(
            Quote(cue, _token_ranges(index, sources), _token_ranges(index, statement.content))
        )
    return quotes


def textacy_quotes(doc: Doc) -> tuple[list[Quote], int]:
    """textacy's direct quotations, and the number of paragraphs it gave up on.

    textacy refuses a whole doc with an odd number of quotation marks; then it is run again on
    each paragraph (line) alone, and only the paragraphs it still refuses are lost. Triples that
    share a cue become one quote with all their contents; the cue is the range covering textacy's
    cue tokens ("Do ... think"); speaker tokens give one source range per contiguous run.
    """
    import re

    from textacy.extract.triples import direct_quotations

    pieces: list[tuple[Doc, int]] = [(doc, 0)]
    refused = 0
    triples = []
    try:
        triples = [(triple, 0) for triple in direct_quotations(doc)]
    except ValueError:
        pieces = []
        for match in re.finditer(r"[^\n]+", doc.text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is not None and len(span):
                pieces.append((span.as_doc(), span.start))
        for piece, offset in pieces:
            try:
                triples.extend((triple, offset) for triple in direct_quotations(piece))
            except ValueError:
                refused += 1
    merged: dict[TokenRange, tuple[tuple[TokenRange, ...], list[TokenRange]]] = {}
    for triple, offset in triples:
        cue_indices = [token.i + offset for token in triple.cue]
        if not cue_indices:
            continue
        cue = (min(cue_indices), max(cue_indices) + 1)
        sources = _runs(sorted(token.i + offset for token in triple.speaker))
        content = (triple.content.start + offset, triple.content.end + offset)
        if cue in merged:
            merged[cue][1].append(content)
        else:
            merged[cue] = (sources, [content])
    quotes = [
        Quote(cue, sources, tuple(sorted(contents)))
        for cue, (sources, contents) in sorted(merged.items())
    ]
    return quotes, refused


def _split_texts(
    corpus_dir: Path, split: str, limit: int | None, model: str
) -> tuple[list[PolnearDocument], tuple[GoldText, ...], tuple[ParsedText, ...]]:
    documents = load_polnear(corpus_dir, split, limit)
    texts = gold_texts([(f"polnear/{split}/{d.id}", d.text, None) for d in documents])
    return documents, texts, parse_texts(texts, model)


def train_cues_on_polnear(corpus_dir: Path, split: str, limit: int | None, model: str) -> CueModel:
    """A cue model trained on the gold cues of a PolNeAR-layout corpus split (brat standoff),
    over the same parse extraction uses. Raises ModelError without scikit-learn."""
    documents, _, parsed = _split_texts(corpus_dir, split, limit, model)
    examples = (
        example
        for document, item in zip(documents, parsed, strict=True)
        for example in labelled_verbs(
            item.parsed.doc,
            [(a.cue.start, a.cue.end) for a in document.attributions if a.cue is not None],
            item.parsed.offset,
        )
    )
    return train_cue_model(
        examples, trained_on=f"{corpus_dir.name}/{split} ({len(documents)} documents, {model})"
    )


def run(context: EvalContext) -> list[TaskResult]:
    model = resolve_model(context.model)
    results = []
    learned: CueModel | None = None
    learned_note = ""
    try:
        learned = train_cues_on_polnear(
            context.corpus("polnear"), LEARNED_TRAINING_SPLIT, context.limit, model
        )
        learned_note = f"{LEARNED_SYSTEM}: the cue model trained on {learned.trained_on}"
    except ModelError as error:
        learned_note = f"{LEARNED_SYSTEM}: not run ({error})"
    for split in SPLITS:
        documents, texts, parsed = _split_texts(
            context.corpus("polnear"), split, context.limit, model
        )
        indexes = [TokenIndex.from_doc(p.parsed.doc, p.parsed.offset) for p in parsed]
        golds = [gold_quotes(d, index) for d, index in zip(documents, indexes, strict=True)]
        no_cue = sum(len(d.attributions) for d in documents) - sum(len(g) for g in golds)
        counts = {"documents": len(documents), "gold": sum(len(g) for g in golds)}
        found = [textacy_quotes(p.parsed.doc) for p in parsed]
        baseline = _score(golds, [quotes for quotes, _ in found])
        dateline = run_dateline(texts, model, "statements")
        predicted = _quotes(dateline, indexes)
        score = _score(golds, predicted)
        rows = [
            dateline_row(dateline, score.metrics(), counts | {"predicted": score.predicted}),
            _row("textacy", baseline, counts),
        ]
        if learned is not None and split != LEARNED_TRAINING_SPLIT:
            with_model = run_dateline(texts, model, "statements", learned)
            rows.insert(
                1, _row(LEARNED_SYSTEM, _score(golds, _quotes(with_model, indexes)), counts)
            )
        notes = dateline_notes(
            dateline,
            [
                learned_note,
                f"{no_cue} gold attributions without a cue are left out (citron needs a cue)",
                "textacy finds direct (quoted) speech only; PolNeAR also marks indirect speech",
                f"textacy refused {sum(refused for _, refused in found)} paragraphs "
                "(unbalanced quotation marks)",
            ],
        )
        results.append(TaskResult("statements", f"polnear/{split}", rows, notes))
        others = load_second_annotations(context.corpus("polnear"), split, documents)
        if others:
            results.append(annotator_agreement(split, documents, indexes, golds, predicted, others))
    return results


def _quotes(run: DatelineRun, indexes: Sequence[TokenIndex]) -> list[list[Quote]]:
    return [
        dateline_quotes(article, index) if article is not None else []
        for article, index in zip(run.articles, indexes, strict=True)
    ]


def annotator_agreement(
    split: str,
    documents: Sequence[PolnearDocument],
    indexes: Sequence[TokenIndex],
    golds: Sequence[Sequence[Quote]],
    predicted: Sequence[Sequence[Quote]],
    others: dict[str, list[PolnearDocument]],
) -> TaskResult:
    """Dateline beside a second human annotator, both scored against the first annotator on the
    texts several people annotated: how far a system can be expected to agree with the gold."""
    human = CitronCounts()
    system = CitronCounts()
    pairs = 0
    for document, index, gold, found in zip(documents, indexes, golds, predicted, strict=True):
        for other in others.get(document.id, ()):
            human = human + citron_counts(gold_quotes(other, index), gold)
            system = system + citron_counts(found, gold)
            pairs += 1
    counts = {"documents": sum(1 for d in documents if d.id in others), "pairs": pairs}
    rows = [
        SystemRow("dateline", system.metrics(), counts | {"predicted": system.predicted}),
        SystemRow("second-annotator", human.metrics(), counts | {"predicted": human.predicted}),
    ]
    note = (
        "texts with several annotators; each other annotator, and Dateline once per such pair, "
        "scored against the first annotator (the gold of the rows above)"
    )
    return TaskResult("statements", f"polnear/{split}-agreement", rows, [note])


def _score(golds: Sequence[Sequence[Quote]], predicted: Sequence[Sequence[Quote]]) -> CitronCounts:
    total = CitronCounts()
    for gold, found in zip(golds, predicted, strict=True):
        total = total + citron_counts(found, gold)
    return total


def _row(system: str, counts: CitronCounts, base: dict[str, int]) -> SystemRow:
    return SystemRow(system, counts.metrics(), base | {"predicted": counts.predicted})


def _overlap_prf(overlap: int, predicted: int, actual: int, prefix: str) -> dict[str, float | None]:
    precision = overlap / predicted if predicted else 0.0
    recall = overlap / actual if actual else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {f"{prefix}p": precision, f"{prefix}r": recall, f"{prefix}f1": f1}


def _citron_overlaps(first: TokenRange, second: TokenRange) -> bool:
    # citron's test, kept as is: ranges that only touch (first.start == second.end) count too.
    return first[0] <= second[1] and first[1] > second[0]


def _overlap(first: TokenRange, second: TokenRange) -> int:
    return max(0, min(first[1], second[1]) - max(first[0], second[0]))


def _list_overlap(first: Iterable[TokenRange], second: Sequence[TokenRange]) -> int:
    return sum(_overlap(a, b) for a in first for b in second)


def _token_ranges(index: TokenIndex, spans: Iterable[Span]) -> tuple[TokenRange, ...]:
    ranges = (index.token_range(span) for span in spans)
    return tuple(sorted(r for r in ranges if r is not None))


def _runs(indices: Sequence[int]) -> tuple[TokenRange, ...]:
    runs: list[TokenRange] = []
    for i in indices:
        if runs and runs[-1][1] == i:
            runs[-1] = (runs[-1][0], i + 1)
        else:
            runs.append((i, i + 1))
    return tuple(runs)

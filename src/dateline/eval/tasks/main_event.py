"""Main event (5W1H) on Giveme5W1H: per question, the share of top answers that hit a gold phrase.

An answer hits a gold phrase when their token F1 is at least 0.5; a hit counts the share of the
three coders who chose that phrase (a phrase chosen by 2 of 3 coders counts 2/3). Dateline
answers from its main event (`extract/five_w.py`); the baseline is a first-sentence heuristic
(`lead_answers`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dateline.eval.corpora.giveme5w1h import (
    QUESTIONS,
    FiveW1HDocument,
    GoldPhrase,
    load_giveme5w1h,
)
from dateline.eval.framework import EvalContext, SystemRow, TaskResult
from dateline.eval.metrics import token_f1
from dateline.eval.runs import dateline_row, gold_texts, parse_texts, resolve_model, run_dateline
from dateline.extract.five_w import answer_texts

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

MATCH_THRESHOLD = 0.5  # token F1 at or above which an answer overlaps a gold phrase
FOUR_W = ("who", "what", "when", "where")
WORD = re.compile(r"\w+")

# First-sentence baseline lexicon.
WHO_LABELS = ("PERSON", "ORG", "NORP")
WHEN_LABELS = ("DATE", "TIME")
WHERE_LABELS = ("GPE", "LOC", "FAC")
WHAT_DEPS = frozenset(
    {"dobj", "attr", "acomp", "xcomp", "ccomp", "prt", "oprd", "dative", "agent", "npadvmod"}
)
WHAT_LEFT_DEPS = frozenset({"aux", "auxpass", "neg"})
WHY_MARKERS = frozenset({"because", "after", "due", "following", "amid", "since", "over"})
HOW_MARKERS = frozenset({"by", "with", "using", "through", "via"})


def answer_tokens(text: str) -> list[str]:
    return WORD.findall(text.lower())


def answer_score(answer: str, gold: Sequence[GoldPhrase]) -> float:
    """Agreement of the best-agreed gold phrase the answer overlaps (token F1 >= 0.5), else 0."""
    predicted = answer_tokens(answer)
    return max(
        (
            phrase.agreement
            for phrase in gold
            if token_f1(answer_tokens(phrase.text), predicted) >= MATCH_THRESHOLD
        ),
        default=0.0,
    )


@dataclass
class QuestionTally:
    gold: int = 0  # documents with at least one gold phrase for the question
    answered: int = 0  # of those, documents the system answered
    hits: int = 0  # answers that overlap any gold phrase
    weighted: float = 0.0  # sum of the agreement of the phrase each answer overlaps
    answered_no_answer: int = 0  # answers where the coders agreed there is none


@dataclass
class MainEventScore:
    tallies: dict[str, QuestionTally] = field(
        default_factory=lambda: {question: QuestionTally() for question in QUESTIONS}
    )

    def add(self, document: FiveW1HDocument, answers: Mapping[str, str | None]) -> None:
        for question in QUESTIONS:
            tally = self.tallies[question]
            answer = answers.get(question)
            gold = document.answers.get(question, ())
            if not gold:
                if answer and question in document.no_answer:
                    tally.answered_no_answer += 1
                continue
            tally.gold += 1
            if not answer:
                continue
            tally.answered += 1
            score = answer_score(answer, gold)
            tally.weighted += score
            tally.hits += score > 0

    def metrics(self) -> dict[str, float | None]:
        """Per question: `p`, the agreement-weighted share of answers that hit a gold phrase,
        and `coverage`, the share of documents with a gold phrase that got an answer."""
        metrics: dict[str, float | None] = {}
        for question, tally in self.tallies.items():
            metrics[f"{question}_p"] = tally.weighted / tally.answered if tally.answered else None
        for question, tally in self.tallies.items():
            metrics[f"{question}_coverage"] = tally.answered / tally.gold if tally.gold else None
        for name, questions in (("4w_p", FOUR_W), ("5w1h_p", QUESTIONS)):
            values = [metrics[f"{q}_p"] for q in questions]
            known = [value for value in values if value is not None]
            metrics[name] = sum(known) / len(known) if known else None
        return metrics

    def unweighted(self) -> dict[str, float | None]:
        """Per question, the plain share of answers that hit any gold phrase."""
        return {
            question: tally.hits / tally.answered if tally.answered else None
            for question, tally in self.tallies.items()
        }

    def gold_counts(self) -> dict[str, int]:
        return {f"{question}_gold": tally.gold for question, tally in self.tallies.items()}

    def counts(self) -> dict[str, int]:
        """Gold documents per question and answers where the coders agreed there is none."""
        return self.gold_counts() | {
            "answered_agreed_none": sum(t.answered_no_answer for t in self.tallies.values())
        }


def lead_answers(doc: Doc, start: int = 0) -> dict[str, str | None]:
    """The first-sentence baseline: answers read off the article's first sentence.

    The first sentence is the first one that starts at or after `start`; with the default 0 it
    is the headline, which names the main event more often than the body's first sentence does
    (4W precision 0.47 against 0.30 on the Giveme5W1H training documents).

    - who: the first PERSON/ORG/NORP entity of the sentence, else the subject of its root;
    - what: the root verb with its auxiliaries, negation and objects/complements;
    - when: the first DATE/TIME entity of the sentence, else of the rest of the article;
    - where: the first GPE/LOC/FAC entity of the sentence, else of the rest of the article;
    - why: the clause or phrase the sentence opens with "because", "after", "due (to)", ...;
    - how: the phrase the sentence opens with "by", "with", "using", ...
    """
    lead = next((sent for sent in doc.sents if sent.start_char >= start), None)
    if lead is None:
        return dict.fromkeys(QUESTIONS)
    body_entities = [ent for ent in doc.ents if ent.start_char >= start]
    root = lead.root
    who = _first_entity(lead.ents, WHO_LABELS)
    if who is None:
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        who = _subtree_text(subject) if subject is not None else None
    return {
        "who": who,
        "what": _what_phrase(root),
        "when": _first_entity(lead.ents, WHEN_LABELS) or _first_entity(body_entities, WHEN_LABELS),
        "where": _first_entity(lead.ents, WHERE_LABELS)
        or _first_entity(body_entities, WHERE_LABELS),
        "why": _marked_phrase(lead, WHY_MARKERS),
        "how": _marked_phrase(lead, HOW_MARKERS),
    }


def run(context: EvalContext) -> list[TaskResult]:
    documents = load_giveme5w1h(context.corpus("giveme5w1h"), context.limit)
    model = resolve_model(context.model)
    texts = gold_texts([(f"giveme5w1h/{d.id}", d.text, d.published) for d in documents])
    baseline = MainEventScore()
    for document, parsed in zip(documents, parse_texts(texts, model), strict=True):
        baseline.add(document, lead_answers(parsed.parsed.doc))
    dateline = run_dateline(texts, model, "events")
    score = MainEventScore()
    for document, article in zip(documents, dateline.articles, strict=True):
        score.add(
            document,
            answer_texts(article) if article is not None else dict.fromkeys(QUESTIONS),
        )
    counts = {"documents": len(documents)}
    rows = [
        dateline_row(dateline, score.metrics(), counts | score.counts()),
        SystemRow("first-sentence", baseline.metrics(), counts | baseline.counts()),
    ]
    if dateline.reason:
        rows[0].counts = counts | score.gold_counts()
    plain = ", ".join(
        f"{q} {value:.3f}" for q, value in baseline.unweighted().items() if value is not None
    )
    notes = [
        f"a hit is token F1 >= {MATCH_THRESHOLD} with a gold phrase, weighted by coder agreement",
        "only questions with a gold phrase are scored; *_coverage is the share answered",
        f"first-sentence, unweighted hit share: {plain}",
    ]
    if dateline.reason:
        notes.append(f"dateline: {dateline.reason}")
    return [TaskResult("main-event", "giveme5w1h", rows, notes)]


def _first_entity(entities: Sequence[SpacySpan], labels: Sequence[str]) -> str | None:
    return next((ent.text for ent in entities if ent.label_ in labels), None)


def _subtree_text(token: Token) -> str:
    tokens = list(token.subtree)
    doc = token.doc
    return doc[tokens[0].i : tokens[-1].i + 1].text


def _what_phrase(root: Token) -> str:
    doc = root.doc
    start = min([root.i] + [c.i for c in root.children if c.dep_ in WHAT_LEFT_DEPS])
    end = root.i + 1
    for child in root.children:
        if child.dep_ in WHAT_DEPS and child.i > root.i:
            end = max(end, max(t.i for t in child.subtree) + 1)
    return doc[start:end].text


def _marked_phrase(sentence: SpacySpan, markers: frozenset[str]) -> str | None:
    for token in sentence:
        if token.lower_ in markers and token.i > sentence.start:
            # a subordinating "because" heads nothing: its clause is its head's subtree
            anchor = token.head if token.dep_ == "mark" else token
            tokens = [t for t in anchor.subtree if t.i >= token.i]
            if len(tokens) > 1:
                return sentence.doc[tokens[0].i : tokens[-1].i + 1].text
    return None

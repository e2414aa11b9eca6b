"""The draft statement and the per-document context every reader shares, with the token-range
helpers drafts are built from."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dateline.extract.cue_model import learned_cue_scores
from dateline.extract.statements.quotes import (
    Quote,
    is_title_quote,
)
from dateline.lexicons.cues import (
    CUE_PARTICLES,
    LABELLING_VERBS,
    LEMMA_BY_FORM,
    SPEECH_VERBS,
    VERB_CUES,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@dataclass
class _Draft:
    """A statement under construction, in doc-relative character offsets."""

    cue: tuple[int, int]
    cue_lemma: str
    content: list[tuple[int, int]]
    source: tuple[int, int] | None
    kind: str
    source_head: int | None = None  # token index of the source's head, for resolution
    quotes: list[Quote] = field(default_factory=list)
    parent: int | None = None


_PUNCT_EDGE = frozenset(",;:.-—–―()[]{}…")
_SUBJECTS = ("nsubj", "csubj", "expl")
_CLAUSAL = ("ccomp", "csubj")


def _tokens_span(doc: Doc, first: int, last: int) -> tuple[int, int]:
    return doc[first].idx, doc[last].idx + len(doc[last])


def _trim(doc: Doc, first: int, last: int, quote_of: list[int | None]) -> tuple[int, int] | None:
    """Token range without edge punctuation (a closing or opening quote mark stays when its
    partner is inside the range)."""
    while first <= last and (doc[first].is_punct or doc[first].is_space):
        if (
            doc[first].is_quote
            and quote_of[first] is not None
            and _same_quote_in(quote_of, first, last)
        ):
            break
        first += 1
    while last >= first and (
        (doc[last].is_punct and not _unit_after_number(doc, first, last))
        or doc[last].is_space
        # "said the plan was dead and | added ...": a closing conjunction joins what follows
        or (doc[last].dep_ == "cc" and quote_of[last] is None)
    ):
        if (
            doc[last].is_quote
            and quote_of[last] is not None
            and _same_quote_in(quote_of, first, last, closing=last)
        ):
            break
        last -= 1
    if first > last:
        return None
    return first, _close_bracket(doc, first, last)


# "47%": a percent sign is part of its number, not punctuation at the edge
_UNIT_MARKS = frozenset("%‰")


def _unit_after_number(doc: Doc, first: int, last: int) -> bool:
    return doc[last].text in _UNIT_MARKS and last > first and doc[last - 1].like_num


def _close_bracket(doc: Doc, first: int, last: int) -> int:
    """The range's end, moved past the closing bracket of a parenthesis it opens ("Sen. Bernie
    Sanders (I-Vt.)": the parse often hangs ".)" outside the name's subtree)."""
    opened = sum({"(": 1, ")": -1}.get(t.text, 0) for t in doc[first : last + 1])
    if opened <= 0:
        return last
    for j in range(last + 1, min(last + 3, len(doc))):
        if doc[j].text == ")":
            return j
        if doc[j].text != "." or doc[j].whitespace_:
            break
    return last


def _same_quote_in(
    quote_of: list[int | None], first: int, last: int, closing: int | None = None
) -> bool:
    anchor = closing if closing is not None else first
    target = quote_of[anchor]
    others = range(first, last + 1)
    return any(quote_of[i] == target for i in others if i != anchor and quote_of[i] is not None)


def _subtree_range(token: Token, stop: set[int] | None = None) -> tuple[int, int]:
    indices = [t.i for t in token.subtree if not stop or t.i not in stop]
    return min(indices), max(indices)


class _Context:
    """What the cue rules need about one parsed body: quotes by token, regions, cue claims."""

    def __init__(self, doc: Doc, quotes: Sequence[Quote]) -> None:
        self.doc = doc
        self.quotes = list(quotes)
        self.quote_of: list[int | None] = [None] * len(doc)
        starts = [t.idx for t in doc]
        for index, quote in enumerate(self.quotes):
            for lo, hi in quote.parts:
                for t in doc.char_span(lo, hi, alignment_mode="expand") or ():
                    if t.idx >= lo and t.idx < hi:
                        self.quote_of[t.i] = index
        self.token_starts = starts
        self.region_of, self.regions = _regions(doc)
        # A learned cue model's probabilities, when the pipeline ran one (extract/cue_model.py)
        self.cue_scores = learned_cue_scores(doc)

    def quote_tokens(self, index: int) -> tuple[int, int] | None:
        tokens = [i for i, q in enumerate(self.quote_of) if q == index]
        return (tokens[0], tokens[-1]) if tokens else None


def _regions(doc: Doc) -> tuple[list[int], list[tuple[int, int]]]:
    """Sentences, merged where the parser split before a lowercase word on the same line
    ("the “Justice for Khojaly!” campaign, about ...")."""
    regions: list[tuple[int, int]] = []
    for sent in doc.sents:
        first_word = next((t for t in sent if t.is_alpha), None)
        joined = (
            regions
            and first_word is not None
            and first_word.is_lower
            and "\n" not in doc[regions[-1][1] : sent.start + 1].text
            and not doc[sent.start - 1].text.endswith(".")
        )
        if joined:
            regions[-1] = (regions[-1][0], sent.end - 1)
        else:
            regions.append((sent.start, sent.end - 1))
    region_of = [0] * len(doc)
    for index, (first, last) in enumerate(regions):
        for i in range(first, last + 1):
            region_of[i] = index
    return region_of, regions


def _lemma(token: Token) -> str:
    return LEMMA_BY_FORM.get(token.lower_, token.lemma_.lower())


def _first_child(token: Token, deps: Iterable[str]) -> Token | None:
    wanted = tuple(deps)
    return next((c for c in token.children if c.dep_ in wanted), None)


Content = tuple[list[tuple[int, int]], str]  # char spans and kind


def _paragraph_clip(doc: Doc, first: int, last: int, anchor: int) -> tuple[int, int]:
    """Clip a token range to the paragraph holding `anchor` (the end nearest the cue)."""
    for i in range(anchor, last):
        if "\n" in doc[i].whitespace_ or "\n" in doc[i + 1].text:
            last = i
            break
    for i in range(anchor, first, -1):
        if "\n" in doc[i - 1].whitespace_ or "\n" in doc[i - 1].text:
            first = i
            break
    return first, last


def _content_from_tokens(
    ctx: _Context, first: int, last: int, cue: tuple[int, int]
) -> Content | None:
    """Content for tokens [first, last], clipped at the cue and at the paragraph, and its kind:
    direct when it is one quote, mixed when it holds quoted words, indirect otherwise."""
    doc = ctx.doc
    if first < cue[0] <= last:
        last = cue[0] - 1
    if first <= cue[1] < last:
        first = cue[1] + 1
    if first > last:
        return None
    first, last = _paragraph_clip(doc, first, last, first if first > cue[1] else last)
    if first > cue[1]:
        last = _before_report_by_gerund(ctx, first, last)
        if last < first:
            return None
    # a quote cut by the range is taken whole
    if ctx.quote_of[first] is not None:
        span = ctx.quote_tokens(ctx.quote_of[first])  # type: ignore[arg-type]
        if span and span[0] < first and (span[0] > cue[1] or span[1] < cue[0]):
            first = span[0]
    if ctx.quote_of[last] is not None:
        span = ctx.quote_tokens(ctx.quote_of[last])  # type: ignore[arg-type]
        if span and span[1] > last and (span[0] > cue[1] or span[1] < cue[0]):
            last = span[1]
    trimmed = _trim(doc, first, last, ctx.quote_of)
    if trimmed is None:
        return None
    first, last = trimmed
    words = [i for i in range(first, last + 1) if not (doc[i].is_punct or doc[i].is_space)]
    if not words:
        return None
    quoted = {ctx.quote_of[i] for i in words if ctx.quote_of[i] is not None}
    titles = {q for q in quoted if is_title_quote(doc.text, ctx.quotes[q])}  # type: ignore[index]
    real = [i for i in words if ctx.quote_of[i] is not None and ctx.quote_of[i] not in titles]
    if len(real) == len(words) and len({ctx.quote_of[i] for i in real}) == 1:
        quote = ctx.quotes[ctx.quote_of[real[0]]]  # type: ignore[index]
        return list(quote.parts), "direct"
    return [_tokens_span(doc, first, last)], "mixed" if real else "indirect"


def _before_report_by_gerund(ctx: _Context, first: int, last: int) -> int:
    """ "defended his position ... by citing a poll", "dismissed the charges by pointing out
    that ...": saying something is an act of its own, not part of what the first cue reports.
    Inside a reported clause it is the speaker's own words ("said developers had defined these
    areas by adding ..."), and other means stay with their purpose ("vowed to be tougher by
    focusing on ...")."""
    doc = ctx.doc
    for i in range(first, last + 1):
        by = doc[i]
        if by.lower_ != "by" or ctx.quote_of[i] is not None:
            continue
        gerund = next((c for c in by.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
        if gerund is None or _lemma(gerund) not in SPEECH_VERBS:
            continue
        clause = next(
            (
                a
                for a in by.ancestors
                if first <= a.i <= last
                and _is_finite(a)
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in a.children)
            ),
            None,
        )
        return last if clause is not None else i - 1
    return last


def _has_own_subject(token: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


_SET_OFF = frozenset({",", "—", "–", "--", "―"})


def _is_finite(verb: Token) -> bool:
    """A finite verb, or one with a finite auxiliary ("is designed", "would leave")."""
    return verb.tag_ in _FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS for c in verb.lefts
    )


def _in_lexicon(token: Token) -> bool:
    lemma = _lemma(token)
    return lemma in VERB_CUES or lemma in CUE_PARTICLES or lemma in LABELLING_VERBS


_FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP", "MD"})

"""Statement extraction: who said what, direct, indirect and mixed, with speakers resolved to
the entity layer and the chain of attribution that reports them.

The cascade, per article body:
1. find quotes in the text (every common mark style, paragraphs that continue a quote);
2. find cues in the dependency parse: a lemma from `lexicons.cues` in one of its frames, or a
   verb an optional learned cue model scores as one (`extract/cue_model.py`);
3. per cue, the source (its subject, "according to X", a participle's governing subject) and
   the content (the complement clause, the adjacent quote, the object or "about ..." phrase);
4. line patterns with no verb: "Name: ..." headlines and transcripts, "“...” ― Name" captions;
5. quotes with no cue of their own continue the direct statement just before them;
6. nesting (a cue inside another statement's content) and the outlet's chain of attribution;
7. speakers: source span -> entity via its mentions, role references, pronouns, relatives;
8. links: the times and entities mentioned inside the content.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from dateline.extract.cue_model import learned_cue_scores
from dateline.extract.entities import entity_sex
from dateline.lexicons.cues import (
    ABOUT,
    ADDRESSING_VERBS,
    ADVERB_BEFORE_PARTICLE,
    AS_LABEL_VERBS,
    AS_ONLY_LABEL_VERBS,
    ASIDE_SUBORDINATORS,
    ATTACK_REASONS,
    ATTITUDE_ADJECTIVES,
    ATTRIBUTION_DASHES,
    BELIEF_VERBS,
    CLAUSE,
    CONTENT_NOUNS,
    CUE_PARTICLES,
    CUE_TEXTS,
    ESTIMATE_VERBS,
    EVALUATION_VERBS,
    EVIDENCE_VERBS,
    FINDING_VERBS,
    FLOATING_QUANTIFIERS,
    FOCUS_ADVERBS,
    GENERIC_SUBJECTS,
    HASTE_ADJECTIVES,
    HEARSAY_ADVERBS,
    HEDGED_QUANTITY_WORDS,
    INFINITIVE,
    INTENTION_VERBS,
    ISSUED_BY_HEADS,
    ISSUED_TEXTS,
    ISSUING_VERBS,
    IT_REPORTING_PREPOSITIONS,
    IT_REPORTING_VERBS,
    LABEL,
    LABEL_TIME_NOUNS,
    LABELLING_VERBS,
    LEMMA_BY_FORM,
    LIGHT_VERB_NOUNS,
    LIGHT_VERB_PAIRS,
    LIGHT_VERBS,
    MANNER_NOUNS,
    MODAL_NAMES,
    NAMED_ORG_DESCRIPTION_NOUNS,
    NAMING_VERBS,
    NON_REPORTING_OBJECTS,
    NON_REPORTING_PARTICLES,
    OBJECT,
    OBJECT_CONTROL_VERBS,
    OCCASION_NOUNS,
    ORG_DESCRIPTION_NOUNS,
    PARTICIPLE_CONTROLLERS,
    PASSIVE,
    POLL_NOUNS,
    POSSESSIVE_PRONOUNS,
    PREPOSITION,
    PREPOSITIONAL_CUES,
    PRO_FORM,
    PRO_FORM_OBJECTS,
    PRONOUN_SEXES,
    PRONOUN_SOURCES,
    QUESTION,
    QUESTIONING_PREPOSITIONS,
    QUOTE,
    RAISING_PASSIVES,
    RAISING_VERBS,
    RECORDING_NOUNS,
    REFLEXIVES,
    REQUEST,
    SAID_CONCESSIVES,
    SAY_IDIOM_PREFIXES,
    SAYING_VERBS,
    SECOND_LOOK_FORMS,
    SOURCELESS_PASSIVE_CUES,
    SPEAKING_FOR_HEADS,
    SPEECH_MEDIA,
    SPEECH_VERBS,
    STANDING_WORDS,
    STUDY_NOUNS,
    TIME_SUBORDINATORS,
    TITLE_NOUNS,
    VERB_CUES,
    WH_MARKERS,
)
from dateline.lexicons.entities import PERSON_TITLES, ROLE_NOUNS
from dateline.lexicons.time_words import MONTHS
from dateline.nlp import load_pipeline
from dateline.records import Article, Entity, Span, Statement

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from dateline.nlp import Parsed

# --------------------------------------------------------------------------------------------
# 1. Quotes
# --------------------------------------------------------------------------------------------

DOUBLE_OPENERS = frozenset('“„«"')
SINGLE_OPENERS = frozenset("‘'‹")
_OPEN_CONTEXT = frozenset(" \t\n\u00a0([{—–-/:;,\u2015")  # a mark after these can open a quote
_CLOSE_FOLLOW = frozenset(" \t\n\u00a0)]}.,;:!?—–-\u2015…")  # a mark before these can close one
_ELISIONS = ("em ", "til ", "cause ", "n ", "s ")  # 'em, 'til: a straight single mark, not a quote


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation: one part per paragraph it runs over, each part with its marks included."""

    parts: tuple[tuple[int, int], ...]
    style: str  # "double", "single", "guillemet"

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-empty lines as (start, end), trailing whitespace excluded."""
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        stripped = line.rstrip()
        if stripped.strip():
            spans.append((match.start(), match.start() + len(stripped)))
    return spans


def _mark_role(text: str, i: int, width: int, lo: int, hi: int) -> str | None:
    """'open', 'close' or None for the quote mark text[i:i+width] in the paragraph [lo, hi)."""
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + width] if i + width < hi else " "
    mark = text[i : i + width]
    can_open = (prev in _OPEN_CONTEXT or prev in DOUBLE_OPENERS or prev in "‘”") and not (
        nxt.isspace()
    )
    can_close = not prev.isspace() and (
        nxt in _CLOSE_FOLLOW or nxt in "”’\"'" or nxt.isspace() or i + width >= hi
    )
    if mark in ("“", "„", "«", "‘", "‹", "``"):
        return "open" if not (can_close and not can_open) else "close"
    if mark in ("»", "›"):
        return "close" if can_close else None
    if mark == "”":  # also opens in some feeds: ”Fear is what I feel,” she wrote
        return "close" if can_close or not can_open else "open"
    if mark in ('"', "''"):
        # a quote inside a quote ending or starting with it, set off by a space as wire copy
        # writes it: "... saying, 'Vote for her,' " Sanders said. / " 'Vote for her,' he said"
        if (
            prev == " "
            and i - 2 >= lo
            and text[i - 2] in "'’"
            and (nxt in _CLOSE_FOLLOW or i + width >= hi)
        ):
            return "close"
        if (
            nxt == " "
            and text[i + width + 1 : i + width + 2] in ("'", "‘")
            and prev in _OPEN_CONTEXT
        ):
            return "open"
        if can_open and not can_close:
            return "open"
        if can_close and not can_open:
            return "close"
        return None
    if mark in ("’", "'"):
        if prev.isalnum() and nxt.isalnum():
            return None  # don’t, O'Brien
        if can_open and not can_close:
            if text[i + 1 : i + 5].lower().startswith(_ELISIONS) or nxt.isdigit():
                return None  # 'em, ’90s
            return "open"
        if can_close and not can_open:
            return "close"
    return None


_DOUBLE_MARKS = re.compile(r"``|''|[“”„\"«»]")
_SINGLE_MARKS = re.compile(r"[‘’'‹›]")


def _family_quotes(
    text: str,
    paragraphs: Sequence[tuple[int, int]],
    pattern: re.Pattern[str],
    style: str,
    blocked: Sequence[tuple[int, int]] = (),
) -> list[Quote]:
    """Pair the marks of one family paragraph by paragraph; an unclosed mark is continued by an
    opening mark at the start of the next paragraph, or else dropped."""
    quotes: list[Quote] = []
    carried: list[tuple[int, int]] = []  # parts of a quote running over paragraphs
    for index, (lo, hi) in enumerate(paragraphs):
        open_at: int | None = None
        first_mark = True
        candidates: list[int] = []  # close candidates for single quotes (apostrophes are ambiguous)
        for match in pattern.finditer(text, lo, hi):
            i = match.start()
            if any(b_lo <= i < b_hi for b_lo, b_hi in blocked):
                continue
            role = _mark_role(text, i, match.end() - i, lo, hi)
            if carried and first_mark and open_at is None:
                if role == "open" and not text[lo:i].strip():
                    open_at = i
                    first_mark = False
                    continue
                carried = []
            first_mark = False
            if role == "open":
                if open_at is None:
                    open_at = i
                elif style == "single" and candidates:
                    quotes.append(_close(carried, open_at, candidates, text, style))
                    carried, candidates, open_at = [], [], i
                else:
                    carried, candidates, open_at = [], [], i  # unbalanced: the later mark wins
            elif role == "close" and open_at is not None:
                if style == "single":
                    candidates.append(match.end())
                    continue
                quotes.append(Quote((*carried, (open_at, match.end())), style))
                carried, open_at = [], None
        if style == "single" and open_at is not None and candidates:
            quotes.append(_close(carried, open_at, candidates, text, style))
            carried, candidates, open_at = [], [], None
        if open_at is not None:
            nxt = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
            opens_next = (
                nxt is not None
                and pattern.match(text, nxt[0]) is not None
                and (
                    _mark_role(text, nxt[0], pattern.match(text, nxt[0]).end() - nxt[0], *nxt)  # type: ignore[union-attr]
                    == "open"
                )
            )
            carried = [*carried, (open_at, hi)] if opens_next else []
        else:
            carried = []
    return [q for q in quotes if any(ch.isalnum() for a, b in q.parts for ch in text[a:b])]


def _close(
    carried: list[tuple[int, int]], open_at: int, candidates: list[int], text: str, style: str
) -> Quote:
    """Choose the closing single mark: the first one after punctuation or before it, else the
    last one (a plural possessive "voters’" is the usual false candidate)."""
    for end in candidates:
        before, after = text[end - 2 : end - 1], text[end : end + 1]
        if before in ",.!?;:" or (after in ",.;:!?)" and after != ""):
            return Quote((*carried, (open_at, end)), style)
    return Quote((*carried, (open_at, candidates[-1])), style)


def find_quotes(text: str) -> tuple[Quote, ...]:
    """Every quotation in `text`, in order: double marks (straight, curly, low-9, guillemets,
    ``TeX'' and ''doubled''), then single marks outside them. Unbalanced marks yield nothing."""
    paragraphs = _paragraphs(text)
    doubles = _family_quotes(text, paragraphs, _DOUBLE_MARKS, "double")
    blocked = [part for quote in doubles for part in quote.parts]
    singles = _family_quotes(text, paragraphs, _SINGLE_MARKS, "single", blocked)
    singles = [q for q in singles if not any(_inside(q.start, b) for b in blocked)]
    return tuple(sorted((*doubles, *singles), key=lambda q: q.start))


def _inside(position: int, span: tuple[int, int]) -> bool:
    return span[0] <= position < span[1]


_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def is_title_quote(text: str, quote: Quote) -> bool:
    """A quote that names a work, a resolution or a campaign rather than reporting speech:
    announced by a title noun ("the film “...”", "“...” campaign") or written in title case."""
    if len(quote.parts) > 1:
        return False
    start, end = quote.start, quote.end
    inner = text[start + 1 : end - 1].strip(" '\"“”‘’«»")
    preceding = text[max(0, start - 40) : start]
    # a title noun names the quote only within its sentence: not "... Political Report. “...”"
    before = [] if preceding.rstrip()[-1:] in (".", "!", "?") else _WORD.findall(preceding)[-2:]
    # an exclamation may be a title's own ("the “Justice for Khojaly!” campaign")
    after = (
        [] if inner.rstrip()[-1:] in (".", "?", ",") else _WORD.findall(text[end : end + 30])[:1]
    )
    if any(word.lower() in TITLE_NOUNS for word in (*before, *after)):
        return True
    words = _WORD.findall(inner)
    own_line = text[:start].rstrip(" ")[-1:] in ("\n", "") and text[end:].lstrip(" ")[:1] in (
        "\n",
        "",
    )
    if own_line:
        inner = inner.rstrip(".")  # a section heading: "\n\n'Legend in the Coal Fields.'\n\n"
    if not words or len(words) > 14 or inner.rstrip()[-1:] in ".,?!;:":
        return False
    long_words = [w for w in words if len(w) > 3]
    capitalised = [w for w in long_words if w[0].isupper()]
    return len(words) >= 2 and len(long_words) >= 2 and len(capitalised) == len(long_words)


# --------------------------------------------------------------------------------------------
# 2-3. Cues, sources and contents in the parse
# --------------------------------------------------------------------------------------------


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


def _in_according_to_source(token: Token) -> bool:
    head = token.head
    return (
        token.dep_ == "pcomp"
        and head.lower_ == PREPOSITIONAL_CUES[0][1]
        and head.i > 0
        and token.doc[head.i - 1].lower_ == PREPOSITIONAL_CUES[0][0]
    )


def _is_imperative(token: Token) -> bool:
    """A verb in the base form opening its sentence with no subject: a request to the one
    addressed, not a report of what someone said."""
    if token.tag_ not in ("VB", "VBP") or token.dep_ != "ROOT":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in token.children):
        return False
    before = token.doc[token.sent.start : token.i]
    return all(t.is_punct or t.is_space or t.dep_ == "intj" for t in before)


def _is_cue_candidate(token: Token, ctx: _Context) -> bool:
    lemma = _lemma(token)
    if ctx.quote_of[token.i] is not None:
        return False  # inside a quote: part of what was said
    if token.pos_ not in ("VERB", "AUX") and not (token.pos_ == "NOUN" and token.dep_ == "ROOT"):
        return False
    if _in_according_to_source(token):
        return False  # "according to show insiders": the source, misread as a verb
    if token.i > 0 and token.doc[token.i - 1].text in ("<", "</"):
        return False  # "<tweet author=...>": the name of a markup tag left in the text
    if lemma not in VERB_CUES and lemma not in CUE_PARTICLES and lemma not in LABELLING_VERBS:
        return False
    particles = {
        c.lower_
        for c in token.children
        if c.dep_ == "prt" or c.dep_ == "prep" and not _opens_compound_preposition(c)
    }
    if particles & NON_REPORTING_PARTICLES.get(lemma, frozenset()):
        return False
    objects = {c.lemma_.lower() for c in token.children if c.dep_ == "dobj"}
    if objects & NON_REPORTING_OBJECTS.get(lemma, frozenset()):
        return False
    if lemma in NAMING_VERBS and token.dep_ in ("acl", "amod") and not _labels_twice(token, ctx):
        return False  # "a presentation called “...”", "the so-called ..."
    if lemma == "attack" and not _is_verbal_attack(token):
        return False  # "gunmen attacked the consulate"
    if lemma == "say" and _is_say_idiom(token):
        return False  # "it goes without saying that ...", "let's say you ..."
    if _is_imperative(token):
        return False  # "Tell me about your plan.", "Thank you for having me.": no report
    # "the words said at the ceremony", "the said company" (but "a letter saying that ...")
    return not (lemma == "say" and token.dep_ in ("acl", "amod") and token.tag_ != "VBG")


def _opens_compound_preposition(token: Token) -> bool:
    """ "found 31 incidents out of a billion ballots": "out of" is one preposition, not the
    particle of "find out"."""
    return token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "of"


def _is_verbal_attack(token: Token) -> bool:
    """An attack made in words: with a quotation (the QUOTE frame reads it), a reason, or a
    medium of speech ("attacked Clinton for her vote", "attacked Machado in tweets")."""
    for prep in (c for c in token.children if c.dep_ == "prep"):
        if prep.lower_ in ATTACK_REASONS:
            return True
        if any(o.dep_ == "pobj" and o.lemma_.lower() in SPEECH_MEDIA for o in prep.children):
            return True
    if any(t.is_quote for t in token.sent if t.i > token.i):
        return True
    # "Trump also attacked Hillary Clinton and Marco Rubio": a person attacked by name, with no
    # weapon, is attacked in words
    target = next((c for c in token.children if c.dep_ == "dobj"), None)
    armed = any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children)
    named = target is not None and target.ent_type_ == "PERSON"
    return named and not armed


def _labels_twice(token: Token, ctx: _Context) -> bool:
    """ "one lawmaker called Trump “the orange prince”": a naming participle with both a thing
    named and a quoted label is someone calling something so, which the parser read as "a
    lawmaker called Trump"."""
    if token.dep_ != "acl" or token.head.pos_ not in ("NOUN", "PROPN"):
        return False
    named = [c for c in token.rights if c.dep_ in ("dobj", "oprd", "attr")]
    if not named:
        return False
    after = range(named[0].right_edge.i + 1, min(len(ctx.doc), named[0].right_edge.i + 3))
    quoted_label = any(ctx.quote_of[i] is not None for i in after)
    return quoted_label or _unquoted_label(token) is not None


# Words that open an unquoted label after a name: "a liar", "his friend".
_LABEL_OPENERS = frozenset({"a", "an", "his", "her", "their", "its", "my", "our", "your"})


def _unquoted_label(token: Token) -> int | None:
    """ "Trump called Clinton a liar", "the doctor called Oz a quack": a naming verb, then a
    name or pronoun, then a label opened by "a"/"an" or a possessive ("calling Trump his
    friend"). The parser reads the verb as a participle ("Trump, called Clinton"); the words
    say someone labels someone. The label's last token."""
    doc = token.doc
    i = token.i + 1
    # a name, however tagged ("calling Trump his friend": the tagger reads "Trump" as a verb)
    while i < len(doc) and (doc[i].pos_ == "PROPN" or doc[i].ent_type_ in ("PERSON", "ORG")):
        i += 1
    if i == token.i + 1 and i < len(doc) and doc[i].pos_ == "PRON":
        i += 1
    if i == token.i + 1 or i + 1 >= len(doc) or doc[i].lower_ not in _LABEL_OPENERS:
        return None
    label = doc[i].head
    if label.i <= i or label.pos_ != "NOUN" or label.lower_ in LABEL_TIME_NOUNS:
        return None
    return max(t.i for t in label.subtree if t.i >= i)


def _is_say_idiom(token: Token) -> bool:
    doc = token.doc
    for prefix in SAY_IDIOM_PREFIXES:
        start = token.i - len(prefix)
        if start >= 0 and tuple(t.lower_ for t in doc[start : token.i]) == prefix:
            return True
    # "That said, ...", "Having said that, ...": a concessive opener and its comma
    opening = [t for t in doc[token.sent.start : token.i + 3] if not t.is_quote]
    return any(
        len(opening) > len(phrase)
        and tuple(t.lower_ for t in opening[: len(phrase)]) == phrase
        and opening[len(phrase)].text == ","
        and token in opening[: len(phrase)]
        for phrase in SAID_CONCESSIVES
    )


def _subject_of(token: Token) -> Token | None:
    """The speaker token of a cue: its own subject, the agent of a passive, or the subject of
    the verb it is coordinated with or subordinated to (", adding ...", "went on to say")."""
    current: Token | None = token
    for _ in range(6):
        if current is None:
            return None
        subject = (
            _nearest_subject(current)
            or _subject_read_as_conjunct(current)
            or _subject_of_participle_root(current)
            or _speaker_read_as_compound(current)
            or _speaker_read_as_modifier(current)
            or _speaker_read_as_modal(current)
            or _speaker_read_as_object(current)  # also the speaker of ", explaining ..."
            or (_recorded_speaker(current) if current is token else None)
        )
        if subject is not None:
            return subject
        for child in current.children:
            if child.dep_ == "agent":
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
        passive_subject = _first_child(current, ("nsubjpass",))
        if passive_subject is not None:
            # "After saying ..., she was taken to hospital": the gerund's own subject; but a
            # report's own passive has no speaker: "it was reported", "he was told"
            return passive_subject if current is not token else None
        continued = _report_coordinated_under(current)
        if continued is not None:
            # "said it was opposed and warned ...", "said ... and added that ...": said's speaker
            current = continued
            continue
        controller = _controlling_object(current)
        if controller is not None:
            return controller
        clause_verb = _main_verb_of_trailing_participle(current)
        if clause_verb is not None:
            current = clause_verb
            continue
        if current.dep_ == "conj" and current.pos_ == "VERB":
            current = current.head
            while current.dep_ in _COMPLEMENT_DEPS and current.pos_ not in ("VERB", "AUX"):
                # "called it “shameful” and called on leaders ...": the parse hung the second
                # verb on the first one's complement; the subject is the first verb's
                current = current.head
            continue
        if (
            current.dep_ in ("conj", "xcomp")
            or (current.dep_ == "advcl" and current.tag_ == "VBG")
            or _listed_verb_read_as_adverbial(current)
            # "when forced to defend ..., saying"; a passive cue itself has no speaker: "Asked
            # whether ..., Clinton said" (the asker is unnamed)
            or (current.dep_ == "advcl" and current.tag_ == "VBN" and current is not token)
            or _carrier_verb(current) is not None  # "went on to discuss"
            or _purpose_infinitive(current)  # "gathered Friday to discuss"
            or _controls_infinitive(current)  # "was unable to turn ... and accuse"
        ):
            current = current.head
            continue
        opening = _subject_after_opening_participle(current)
        if opening is not None:
            return opening
        governing = _verb_governing_gerund(current)
        if governing is not None:
            preposition = current.head
            current = governing  # "responded by saying", "After saying ..., she"
            if preposition.lower_ == "by":
                current = _verb_above_noun_phrase(current)
            controller = _object_controlling_gerund(current, preposition)
            if controller is not None:
                return controller
            continue
        if current.dep_ in ("relcl", "acl") and (
            current.tag_ in ("VBG", "VBD", "VBZ", "VBP")
            or (_lemma(current) in NAMING_VERBS and current.tag_ == "VBN")  # "lawmaker called X"
        ):
            head = current.head
            if current.tag_ == "VBN" and current.i > 0 and current.doc[current.i - 1].text == ",":
                # "Stuart Stevens, who served Romney during the 2012 campaign, called ...": the
                # parse hung the cue on the aside's last noun; the speaker heads the sentence
                nouns = [a for a in head.ancestors if a.pos_ in ("NOUN", "PROPN")]
                head = nouns[-1] if nouns else head
            elif head.dep_ == "dobj" and head.head.dep_ == "relcl":
                # "the doctors who sent the letter called Oz a quack": the parse hung the cue on
                # the relative clause's object; the speaker is the noun the clause modifies
                head = head.head.head
            elif current.tag_ == "VBG" and head.lemma_.lower() in ISSUED_TEXTS:
                head = _issuer(head) or head
            return head if head.pos_ in ("NOUN", "PROPN", "PRON") else None
        return None
    return None


def _recorded_speaker(token: Token) -> Token | None:
    """ "The ad uses footage of Hillary Clinton asking, ...": a participle right after who a
    recording shows has them as its subject, not the subject of the verb the parse hangs it on."""
    if token.tag_ != "VBG" or _has_own_subject(token) or token.i == 0:
        return None
    shown = token.doc[token.i - 1]  # the last word of a name is its head
    if shown.right_edge.i != shown.i or shown.dep_ != "pobj" or shown.pos_ not in ("PROPN", "PRON"):
        return None
    preposition = shown.head
    recording = preposition.head
    if preposition.lower_ != "of" or recording.lemma_.lower() not in RECORDING_NOUNS:
        return None
    return shown


def _issuer(text: Token) -> Token | None:
    """Who issued a statement, a response, a letter, a speech or a report that a participle
    reports through: a named possessor ("Clinton's speech denouncing"), else the subject of the
    verb that issued it ("Black Lives Matter issued a statement saying", "he spent much of his
    speech praising", "launched the movement with a speech denouncing"), else any possessor
    ("in her statement condemning the test"); None when the text stands alone ("In a statement
    defending Lewandowski, ...")."""
    possessor = next((c for c in text.children if c.dep_ == "poss" and c.pos_ != "DET"), None)
    if possessor is not None and possessor.pos_ == "PROPN":
        return possessor
    phrase = text
    while phrase.dep_ == "pobj" and phrase.head.lower_ == "of" and phrase.head.head.dep_ == "dobj":
        phrase = phrase.head.head  # "much of his speech"
    verb: Token | None = None
    if phrase.dep_ == "dobj":
        verb = phrase.head
    elif phrase.dep_ == "pobj" and phrase.head.lower_ == "with":
        verb = phrase.head.head
    if verb is not None and verb.pos_ == "VERB" and _lemma(verb) in ISSUING_VERBS:
        subject = _first_child(verb, ("nsubj",))
        if subject is not None:
            return subject
    return possessor


def _main_verb_of_trailing_participle(token: Token) -> Token | None:
    """ "Lewandowski rejected the idea that Trump would be a drag, saying ...": a participle set
    off by a comma at the end of the sentence belongs to its main clause, though the parse hangs
    it on the last verb of a complement clause before it; that main verb, else None."""
    head = token.head
    if not (
        token.dep_ == "advcl"
        and token.tag_ == "VBG"
        and head.i < token.i
        and token.i > 0
        and token.doc[token.i - 1].text == ","
        and head.dep_ in ("acl", "ccomp", "relcl")
        and _has_own_subject(head)
        # a finite clause: in "remember Carter going on TV, declaring ..." Carter declares
        and (head.tag_ in _FINITE_TAGS or any(c.dep_ == "aux" for c in head.children))
        and not _is_parenthetical_report(head)
    ):
        return None
    main = head.head
    while main.dep_ in ("acl", "ccomp", "relcl", "dobj", "pobj", "prep", "attr", "conj"):
        main = main.head
    return main if main.pos_ in ("VERB", "AUX") and main.is_alpha and main.i < head.i else None


def _controlling_object(token: Token) -> Token | None:
    """The object of the verb a clause completes, where that object acts in it: "led
    Republicans to say ...", "prompted Rubio to ... call", "has left voters saying ..."."""
    head = token.head
    infinitive = (
        token.dep_ == "xcomp"
        and any(c.lower_ == "to" for c in token.children)
        and _lemma(head) in OBJECT_CONTROL_VERBS
    )
    participle = token.tag_ == "VBG" and _lemma(head) in PARTICIPLE_CONTROLLERS
    if not (infinitive or participle) or _has_own_subject(token):
        return None
    obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < token.i), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    if participle:
        # right after the object, or after the comma closing an aside in it ("left many
        # Republicans, including his supporters, wondering"); "left no doubt of X, saying"
        # is the subject's
        gap = token.i - obj.right_edge.i
        aside = token.doc[token.i - 1].text == "," and any(t.text == "," for t in obj.subtree)
        if not (gap == 1 or (gap == 2 and aside)):
            return None
    return obj


def _is_parenthetical_report(token: Token) -> bool:
    """ "“...,” Lewandowski added, saying ...": a reporting verb with no complement of its own,
    which the parse hangs inside the quote; a participle after it goes with it."""
    return _lemma(token) in VERB_CUES and not any(
        c.dep_ in ("ccomp", "dobj", "xcomp") for c in token.children
    )


def _inverted_aside(token: Token) -> tuple[Token, list[tuple[int, int]]] | None:
    """ "Any reading of his actions, said Michael Kofman, an expert on Russia, would ...": an
    inverted report set off by commas inside the clause it reports. The parse makes the
    fronted phrase the cue's subject and the speaker the subject of the clause; returns the
    speaker and the token ranges of the two parts of the content."""
    doc = token.doc
    sentence = token.sent
    fronted = _first_child(token, ("nsubj",))
    clause = _first_child(token, ("ccomp",))
    if (
        fronted is None
        or clause is None
        or not _follows_comma(token)
        or fronted.i > token.i
        or fronted.right_edge.i not in (token.i - 2, token.i - 1)
    ):
        return None
    speaker = _first_child(clause, ("nsubj",))
    if (
        speaker is None
        or speaker.left_edge.i != token.i + 1
        or speaker.pos_ not in ("PROPN", "NOUN")
        # "aides to Christie, who had a long career, said their speeches, ..., would": the
        # phrase before is a person's, and speaks
        or any(t.lower_ in ("who", "whom") for t in fronted.subtree)
    ):
        return None
    after = speaker.right_edge.i  # the closing comma, which the parse may hang on the speaker
    if doc[after].text != ",":
        after += 1
    if after >= len(doc) or doc[after].text != "," or after >= clause.i:
        return None
    first = max(fronted.left_edge.i, sentence.start)
    return speaker, [(first, token.i - 1), (after + 1, clause.right_edge.i)]


MAX_INTERPOSED_SPEAKER = 8  # tokens of "one of Mr. Obama's climate advisers" between the commas
MAX_INTERPOSED_TAIL = 8  # tokens of "earlier in the committee hearing" after the cue
_INTERPOSED_MODIFIER_TAGS = frozenset({"MD", "RB", "RBR"})  # "we might recall", "he later said"
_RELATIVE_WORD_TAGS = frozenset({"WP", "WDT", "WP$"})  # who, which, whose
_WH_TAGS = _RELATIVE_WORD_TAGS | {"WRB"}
_CLAUSE_BREAKS = frozenset({";", ":", "(", ")", "—", "–", "--", "-"})
_PHRASE_OPENERS = frozenset({"DET", "PROPN", "NOUN", "PRON", "ADJ", "NUM"})


def _interposed_aside(token: Token) -> tuple[Token, list[tuple[int, int]]] | None:
    """ "These employees, Stumpf explained earlier in the hearing, were well paid", "Hawaii, as
    one of his advisers pointed out, normally does not ...": a report set off by commas inside
    the clause it reports, its speaker before the cue. The small model often makes the cue the
    sentence's root and the reported clause a conjunct of it; read by the commas instead, the
    speaker and the two parts of the content (token ranges) are returned. None where a verb
    stands between the commas besides the cue ("..., who said it was fine, ..."), or where the
    cue's clause is no aside: "X said that, ..., Y", "..., X said, adding that ..."."""
    doc = token.doc
    lemma = _lemma(token)
    if token.tag_ not in ("VBD", "VBZ", "VBP", "VB") or lemma in RAISING_VERBS:
        return None  # "..., it seems, ...": an appearance no one holds
    if lemma in NAMING_VERBS or lemma in LABELLING_VERBS:
        return None  # "Barack and Bibi, as they call each other, ...": a name, not a report
    if any(c.dep_ == "auxpass" for c in token.children):
        return None  # "Freddy, as he was known, ...": a name, not a report
    speaker = _interposed_speaker(token)
    closing = _interposed_close(token)
    if speaker is None or closing is None:
        return None
    opening, head = speaker
    sentence = token.sent
    after = doc[closing + 1 : sentence.end]
    if len(after) == 0 or after[0].is_quote or not any(_is_finite_or_base(t) for t in after):
        return None  # "..., Trump said, “...”": the quotation is the content
    if after[0].tag_ in _WH_TAGS | {"VBG", "VBN"} or after[0].pos_ in ("CCONJ", "SCONJ"):
        # "..., Manafort said, adding that ...", "..., he refused, which prompted ...": the
        # report ends its clause
        return None
    begin = _interrupted_clause_start(doc, sentence.start, opening)
    if begin is None:
        return None
    end = _before_closing_report(after, sentence.end - 1)
    while end > closing and (doc[end].is_punct and not doc[end].is_quote or doc[end].is_space):
        end -= 1
    return head, [(begin, opening - 1), (closing + 1, end)]


def _interposed_speaker(token: Token) -> tuple[int, Token] | None:
    """The comma that opens an interposed report and its speaker's head: a noun phrase of a
    few words ("as" allowed before it) between that comma and the cue's auxiliaries and
    adverbs ("we might recall", "he later said")."""
    doc = token.doc
    start = token.sent.start
    last = token.i - 1
    while last > start and doc[last].tag_ in _INTERPOSED_MODIFIER_TAGS:
        last -= 1
    opening = last
    while opening > start and doc[opening].text != ",":
        if doc[opening].pos_ in ("VERB", "AUX") or doc[opening].is_quote:
            return None
        opening -= 1
    first = opening + 1
    if doc[first].lower_ == "as":
        first += 1
    if doc[opening].text != "," or not 0 < last - first + 1 <= MAX_INTERPOSED_SPEAKER:
        return None
    words = doc[first : last + 1]
    if any(t.tag_ in _WH_TAGS for t in words):
        return None  # "Sanders, who said so, ...": a relative clause about its noun
    if words[0].pos_ not in _PHRASE_OPENERS or any(_breaks_clause(t) for t in words):
        return None  # "..., like that Clinton advocated ...", "...; the race appears ..."
    heads = [
        t
        for t in words
        if t.pos_ in ("PROPN", "NOUN", "PRON", "NUM") and not first <= t.head.i <= last
    ]
    return (opening, heads[0]) if heads else None


def _interposed_close(token: Token) -> int | None:
    """The comma that closes an interposed report: after the cue, its particle, a time or a
    prepositional phrase ("explained earlier in the hearing,"), but no object, verb, quotation
    or "that" ("boasted that, thanks to ..., he was")."""
    doc = token.doc
    closing = token.i + 1
    while closing < token.sent.end and doc[closing].text != ",":
        if doc[closing].pos_ in ("VERB", "AUX", "SCONJ") or doc[closing].is_quote:
            return None
        closing += 1
    if closing >= token.sent.end or closing - token.i - 1 > MAX_INTERPOSED_TAIL:
        return None
    tail = doc[token.i + 1 : closing]
    if any(_is_bare_noun(t, token.i + 1) or _breaks_clause(t) or t.lower_ == "that" for t in tail):
        return None  # "Ubben called Valeant's chief executive, ...": an object, not a time
    return closing


def _breaks_clause(token: Token) -> bool:
    """A semicolon, colon, bracket or dash between clauses; not the hyphen of a compound
    ("African-Americans", "long-term")."""
    if token.text == "-":
        return bool(token.whitespace_) and token.i > 0 and bool(token.doc[token.i - 1].whitespace_)
    return token.text in _CLAUSE_BREAKS


def _interrupted_clause_start(doc: Doc, start: int, opening: int) -> int | None:
    """Where the clause an interposed report interrupts begins, before the comma at `opening`:
    after a clause break (";", ":", a dash, ", but"), at a relative word the report interrupts
    ("the stadium, which, Tompkins said, is full"); else the sentence's start. None when that
    part is no clause's start: a condition ("If ..., Giuliani said, there's ...") or a time or
    place alone ("In 2015, Trump said, ..."); a nonfinite clause may open it ("To understand
    the real Dred Scott, Chief Justice Roberts said, one should ...")."""
    begin = start
    for t in doc[start:opening]:
        breaks = _breaks_clause(t) or (
            t.pos_ == "CCONJ" and t.i > start and doc[t.i - 1].text == ","
        )
        if breaks and t.i + 1 < opening:
            begin = t.i + 1
    while begin < opening and doc[begin].is_punct:
        begin += 1
    if begin >= opening:
        return None
    commas = [t.i for t in doc[begin:opening] if t.text == ","]
    last_phrase = doc[commas[-1] + 1 if commas else begin : opening]
    if len(last_phrase) and last_phrase[0].tag_ in _WH_TAGS:
        return last_phrase[0].i
    opener = doc[begin]
    if opener.pos_ == "SCONJ" or not len(last_phrase):
        return None
    nonfinite = opener.tag_ in ("TO", "VBG")
    return begin if last_phrase[0].pos_ in _PHRASE_OPENERS or nonfinite else None


def _before_closing_report(after: SpacySpan, end: int) -> int:
    """Where the content after an interposed report ends: before a second report that closes
    the sentence ("..., Mr. Obama said, are acts of patriotism, he said"; "... the words ''I
    can't breathe,'' as Eric Garner said before he died"), else at `end`. The second report
    starts at a comma followed by its speaker ("as" allowed), with no finite verb between."""
    doc = after.doc
    later = next(
        (t for t in after if _lemma(t) in VERB_CUES and t.tag_ in _FINITE_TAGS and not t.is_quote),
        None,
    )
    if later is None:
        return end
    for comma in (t for t in doc[after.start : later.i] if t.text == ","):
        words = [t for t in doc[comma.i + 1 : later.i] if not t.is_quote]
        if words and words[0].lower_ == "as":
            words = words[1:]
        if (
            words
            and words[0].pos_ in ("PROPN", "PRON", "DET")
            and not any(_is_finite_or_base(t) for t in words)
        ):
            return comma.i - 1
    return end


def _is_bare_noun(token: Token, start: int) -> bool:
    """A noun after a cue that is neither a time ("said Friday") nor inside a prepositional
    phrase that starts at or after `start` ("explained earlier in the hearing")."""
    if token.pos_ not in ("NOUN", "PROPN", "PRON", "NUM") or token.ent_type_ in ("DATE", "TIME"):
        return False
    return not any(a.pos_ == "ADP" and a.i >= start for a in token.ancestors)


def _is_finite_or_base(token: Token) -> bool:
    """A finite verb, or a base form the tagger gave a present verb ("Democrats, Frank notes,
    applaud ..."), not an infinitive."""
    if token.tag_ == "VB":
        return token.pos_ in ("VERB", "AUX") and not any(c.tag_ == "TO" for c in token.children)
    return token.tag_ in _FINITE_TAGS


def _controls_infinitive(token: Token) -> bool:
    """An adjective whose infinitive shares the subject of its clause: "unable to", "quick
    to", "willing to" (not "It is worth noting", where "it" holds nothing)."""
    return token.dep_ == "acomp" and any(
        c.dep_ == "xcomp" and c.tag_ == "VB" and any(a.lower_ == "to" for a in c.children)
        for c in token.children
    )


def _subject_after_opening_participle(token: Token) -> Token | None:
    """ "Claiming the criticism was designed to pressure moderators, Trump told Fox ...": a
    participle that opens the sentence has the main clause's subject, whatever the parse
    made of it (here the subject of "designed")."""
    sentence = token.sent
    if token.tag_ != "VBG" or token.i != sentence.start or _has_own_subject(token):
        return None
    root = sentence.root
    subject = _nearest_subject(root) if root.pos_ in ("VERB", "AUX") else None
    if subject is None or subject.i < token.i or subject.left_edge.i == 0:
        return None
    # set off by a comma: "Criticizing police tactics will alienate voters" is a gerund subject
    return subject if token.doc[subject.left_edge.i - 1].text == "," else None


def _subject_read_as_conjunct(token: Token) -> Token | None:
    """ "Republicans said the agency mishandled the inquiry and Democrats accused the GOP":
    the parse joins "Democrats" to the object before it, and leaves "accused" without a
    subject. A finite verb with no subject whose nearest noun before it is such a conjunct,
    right after the conjunction, has that noun as its subject."""
    if not _lacks_subject(token):
        return None
    before = token.i - 1
    while before >= 0 and token.doc[before].dep_ in ("advmod", "neg", "aux"):
        before -= 1  # "Democrats also accused"
    if before < 0:
        return None
    noun = token.doc[before]
    first = noun.left_edge.i
    if (
        noun.pos_ in ("NOUN", "PROPN", "PRON")
        and noun.dep_ == "conj"
        and noun.head.i < first
        and noun.head.pos_ in ("NOUN", "PROPN")
        and first > 0
        and token.doc[first - 1].dep_ == "cc"
    ):
        return noun
    return None


def _lacks_subject(token: Token) -> bool:
    """A finite verb the parse left without any subject."""
    return token.tag_ in _FINITE_TAGS and not any(
        c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in token.children
    )


def _speaker_read_as_compound(token: Token) -> Token | None:
    """ "“...,” Conway notes.": the parse reads the name and the verb as one noun phrase and hangs
    the name on the verb as a compound; "Trump predicts that ...", with the verb tagged a plural
    noun, shows itself a verb by the clause it takes, and its name may be tagged a common noun."""
    read_as_noun = token.tag_ == "NNS" and any(c.dep_ == "ccomp" for c in token.children)
    if not (token.tag_ in ("VBZ", "VBD") and _lacks_subject(token) or read_as_noun):
        return None
    names = [
        c
        for c in token.lefts
        if c.dep_ == "compound" and (c.pos_ == "PROPN" or read_as_noun and c.is_title)
    ]
    return names[-1] if names and names[-1].i == token.i - 1 else None


def _speaker_read_as_modifier(token: Token) -> Token | None:
    """ "But Bill Skelly, a longtime RNC data operative, vouched for ...": the parse read the name
    opening the clause as the verb's adverb (a surname in -ly) and left the verb no subject."""
    if not _lacks_subject(token):
        return None
    name = next((c for c in token.lefts if _is_name_modifying(c, token)), None)
    if name is None:
        return None
    before = token.doc[token.sent.start : name.left_edge.i]
    return name if all(t.is_punct or t.is_space or t.dep_ == "cc" for t in before) else None


def _speaker_read_as_modal(token: Token) -> Token | None:
    """ "In his column, Will wrote that ...", "May said the deal was done": the parse read the
    name George Will or Theresa May as a modal on the verb, which no modal can govern in the
    past or third-person form, and left the verb no subject."""
    if not _lacks_subject(token) or token.tag_ not in ("VBD", "VBZ"):
        return None
    return next((c for c in token.lefts if _is_name_read_as_modal(c, token)), None)


def _is_name_read_as_modal(child: Token, verb: Token) -> bool:
    return (
        child.dep_ == "aux"
        and child.tag_ == "MD"
        and child.text in MODAL_NAMES
        and verb.tag_ in ("VBD", "VBZ")
        and child.i < verb.i
    )


def _is_name_modifying(child: Token, verb: Token) -> bool:
    """A name the parse hung on the verb as its adverb: a proper noun, or a capitalised -ly word
    inside the sentence, or right before the verb at its start ("Skelly said ...")."""
    if child.dep_ not in ("advmod", "npadvmod") or child.i > verb.i:
        return False
    if child.pos_ == "PROPN" or _is_name_read_as_adverb(child):
        return True
    return (
        bool(child.is_sent_start)
        and child.i == verb.i - 1
        and child.tag_ == "RB"
        and child.is_title
        and child.lower_.endswith("ly")
        and _lacks_subject(verb)
    )


def _speaker_read_as_object(token: Token) -> Token | None:
    """ "“It’s Bernie’s to lose,” added another New Hampshire Democrat.": after a closing mark the
    parse may read the inverted speaker as the object. Only a verb right after the mark (and its
    comma), and an object that ends the sentence or the clause."""
    doc = token.doc
    if not _subjectless_after_closing_mark(token):
        return None
    speaker = next(
        (c for c in token.children if c.dep_ == "dobj" or _is_name_read_as_adverb(c)), None
    )
    if speaker is None or speaker.left_edge.i != token.i + 1:
        return None
    after = speaker.right_edge.i + 1
    if (
        speaker.pos_ not in ("PROPN", "NOUN", "ADV")
        or after >= len(doc)
        or doc[after].text not in ".,;"
    ):
        return None
    return speaker


def _is_name_read_as_adverb(token: Token) -> bool:
    """ "“...,” said Skelly.": a surname in -ly the tagger read as an adverb; an adverb is not
    capitalised inside a sentence, unless the sentence is a title ("Kaine Fully Embraced ...")."""
    return (
        token.dep_ == "advmod"
        and token.tag_ == "RB"
        and token.is_title
        and not token.is_sent_start
        and not _is_title_cased(token.sent)
    )


def _is_title_cased(sentence: SpacySpan) -> bool:
    """Most longer words capitalised: a headline in title case."""
    words = [t for t in sentence if t.is_alpha and len(t) > 3]
    return len(words) > 1 and sum(t.is_title or t.is_upper for t in words) > 0.6 * len(words)


def _subjectless_after_closing_mark(token: Token) -> bool:
    """A finite verb with no subject right after a closing quotation mark, or after the mark and
    a comma: where the parse misreads an inverted speaker."""
    doc = token.doc
    if token.tag_ not in ("VBD", "VBZ") or token.i < 2 or not _lacks_subject(token):
        return False
    before = doc[token.i - 1]
    return before.tag_ == "''" or before.text == "," and doc[token.i - 2].tag_ == "''"


def _speaker_read_as_clause(token: Token) -> Token | None:
    """ "“...,” said David Brock, a Clinton confidant who heads the super PAC Correct the Record.":
    after a closing mark the parse may read the inverted speaker as the subject of a clause the
    cue reports, here of the verb "Correct". The speaker is that subject when it starts right
    after the cue."""
    if not _subjectless_after_closing_mark(token):
        return None
    for clause in (c for c in token.children if c.dep_ == "ccomp" and c.i > token.i):
        speaker = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if (
            speaker is not None
            and speaker.left_edge.i == token.i + 1
            and speaker.pos_ == "PROPN"
            and speaker.ent_type_ == "PERSON"
        ):
            return speaker
    return None


def _listed_verb_read_as_adverbial(token: Token) -> bool:
    """ "Kelly speculated about X, referred to Y and considered Z": a finite verb after a comma,
    with no subject and no subordinator of its own, is the next item of its head's list, which
    the parse hung on the head as an adverbial clause."""
    return (
        token.dep_ == "advcl"
        and token.tag_ in ("VBD", "VBZ", "VBP")
        and token.head.pos_ == "VERB"  # not a copula: "The only time ... was when X said, Y"
        and token.i > token.head.i
        and token.doc[token.i - 1].text == ","
        and _lacks_subject(token)
        and not any(c.dep_ == "mark" or c.tag_ in ("WRB", "WDT", "WP") for c in token.children)
    )


def _subject_of_participle_root(token: Token) -> Token | None:
    """ "Protesters marching through the streets chanted ...": the parse makes the participle
    the root and hangs the finite verb on it; the participle's subject is the verb's."""
    head = token.head
    if (
        not _lacks_subject(token)
        or token.dep_ != "advcl"
        or head.tag_ != "VBG"
        or head.dep_ != "ROOT"
        or head.i > token.i
        or any(c.dep_ == "aux" for c in head.children)
    ):
        return None
    subject = _first_child(head, ("nsubj",))
    return subject if subject is not None and subject.i < head.i else None


def _continues_report(token: Token, cue: Token) -> bool:
    continued = _report_coordinated_under(token)
    return continued is not None and continued.i == cue.i


def _report_coordinated_under(token: Token) -> Token | None:
    """ "China said it was opposed to the test and warned North Korea to refrain": a reporting
    verb with no subject of its own, coordinated with the clause another cue reports, is the
    speaker's next act, not part of what was reported (the parse hangs it on "opposed"). The
    cue it continues, or None. Deeper in the clause, only a verb of the cue's own form: "saying
    the bill had support but was waylaid by mistrust - and arguing that ..."."""
    head = token.head
    lemma = _lemma(token)
    if (
        token.pos_ != "VERB"
        or (lemma not in VERB_CUES and lemma not in LABELLING_VERBS)
        or _has_own_subject(token)
    ):
        return None
    if token.dep_ == "conj":
        clause = head
        while clause.dep_ == "conj" and clause.head.i < clause.i:
            clause = clause.head
        cue = clause.head
        reported = (
            head.i < token.i
            and clause.dep_ == "ccomp"
            and _lemma(cue) in VERB_CUES
            and cue.i < clause.i
            and (clause.i == head.i or token.tag_ == cue.tag_)
        )
        return cue if reported else None
    # "said the plan was dead and added that ...", the second verb parsed as a second complement
    if (
        token.dep_ == "ccomp"
        and head.i < token.i
        and _lemma(head) in VERB_CUES
        and token.i > 0
        and token.doc[token.i - 1].dep_ == "cc"
    ):
        return head
    return None


# Where the parse may hang a coordinated verb on a complement instead of on the verb.
_COMPLEMENT_DEPS = frozenset({"oprd", "acomp", "attr", "dobj"})

# Prepositions whose gerund's act is done by someone the verb above names: "responded by
# saying", "pivoted to arguing", "stopped short of calling for", "criticized Clinton for saying"
_GERUND_PREPOSITIONS = frozenset(
    {"by", "before", "after", "while", "despite", "without", "in", "besides", "since", "upon"}
    | {"on", "to", "of", "from", "for", "against", "about", "with", "at", "through"}
)
# ... by the verb's object, when it has one: "criticized Clinton for saying" (Clinton said),
# "prevented his wife from writing", "sold him on supporting"
_OBJECT_CONTROL_PREPOSITIONS = frozenset({"for", "of", "from", "on"})


def _verb_governing_gerund(token: Token) -> Token | None:
    """The verb a gerund after a preposition belongs to, through an adjective or adverb the
    preposition hangs on ("the most aggressive in denouncing", "stopped short of calling"); None
    for a gerund after a noun ("a history of blaming others")."""
    preposition = token.head
    if (
        token.dep_ != "pcomp"
        or token.tag_ != "VBG"
        or preposition.dep_ != "prep"
        or preposition.lower_ not in _GERUND_PREPOSITIONS
    ):
        return None
    head = preposition.head
    if head.pos_ in ("ADJ", "ADV") and head.dep_ in ("acomp", "attr", "advmod", "oprd"):
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else None


def _object_controlling_gerund(verb: Token, preposition: Token) -> Token | None:
    """The verb's object before the preposition, who does the gerund's act, if any."""
    if preposition.lower_ not in _OBJECT_CONTROL_PREPOSITIONS or preposition.head.i != verb.i:
        return None
    objects = [c for c in verb.children if c.dep_ in ("dative", "dobj") and c.i < preposition.i]
    objects.sort(key=lambda c: c.dep_ != "dative")  # "gave Carson two Pinocchios for ..."
    return objects[0] if objects else None


def _verb_above_noun_phrase(verb: Token) -> Token:
    """ "defended his position of not allowing Muslims to enter the U.S. by citing a poll": the
    parse hung "by citing" on a verb inside the object; the act belongs to the verb above it."""
    current = verb
    while current.dep_ in ("ccomp", "xcomp", "pcomp") and current.head != current:
        current = current.head
    if current.pos_ in ("VERB", "AUX") or current.dep_ != "prep":
        return verb
    noun = current.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.head.pos_ not in ("VERB", "AUX"):
        return verb
    return noun.head


def _purpose_infinitive(token: Token) -> bool:
    """ "gathered Friday to discuss ...": after the verb it serves ("To deride the plan would
    be unfair" is a subject clause, however parsed)."""
    return (
        token.dep_ == "advcl"
        and token.i > token.head.i
        and token.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    )


def _nearest_subject(token: Token) -> Token | None:
    """The subject next to the verb: where the parser gives two ("People like Scott, he said"),
    the nearer one is the verb's own."""
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "csubj")]
    before = [c for c in subjects if c.i < token.i]
    after = [c for c in subjects if c.i > token.i]
    if before and after and (_closing_mark_between(before[-1], token) or _is_inverted(token)):
        # "“If it doesn't ..., it will,” said James Acton": the subject before the closing
        # mark is the quote's own; "The plan, said the mayor, will cost ...": the topic's
        return after[0]
    if before:
        return before[-1]
    return subjects[0] if subjects else None


def _is_inverted(token: Token) -> bool:
    """A cue set off by a comma before it and followed by its speaker: ", said the mayor,"."""
    subject = next((c for c in token.children if c.dep_ == "nsubj" and c.i > token.i), None)
    return _follows_comma(token) and subject is not None and subject.left_edge.i == token.i + 1


def _follows_comma(token: Token) -> bool:
    """A finite verb right after a comma (a participle there, "Democrats, fearing the
    consequences, ...", is no inverted report)."""
    return (
        token.tag_ in ("VBD", "VBZ", "VBP") and token.i > 0 and token.doc[token.i - 1].text == ","
    )


def _closing_mark_between(first: Token, last: Token) -> bool:
    return any(t.tag_ == "''" for t in first.doc[first.i + 1 : last.i])


_SOURCE_ASIDES = ("relcl", "acl", "advcl")


def _source_range(subject: Token, cue_token: Token, ctx: _Context) -> tuple[int, int] | None:
    """The source's tokens: the subject's subtree (appositions and relative clauses included, as
    PolNeAR marks them) clipped at the cue and at a paragraph break; an apposition's closing
    comma stays ("Clinton, the former secretary of State, said")."""
    doc = ctx.doc
    skip = {t.i for t in cue_token.subtree} if subject.is_ancestor(cue_token) else set()
    # a clause set off by a comma describes the speaker, or the speaker's title ("Michael
    # Mulgrew, president of the teachers' union, which represents 75,000 educators,"); it is
    # not the speaker
    asides = [
        t
        for t in subject.subtree
        if t.i > subject.i
        and (t.head.i == subject.i or t.dep_ == "relcl")
        and t.dep_ in _SOURCE_ASIDES
        and doc[t.left_edge.i - 1].text == ","
    ]
    for child in asides[:1] if subject.i < cue_token.i else ():
        skip |= {t.i for t in child.subtree}
        last_kept = child.left_edge.i - 2
        skip |= {t.i for t in subject.subtree if t.i > last_kept}
    # "Trump on Tuesday said", "said Jeb Bush in a Medium post": when and where the speaker
    # spoke, not who spoke
    for child in subject.rights:
        after = [t for t in subject.subtree if t.i > child.right_edge.i and t.i not in skip]
        # "said Bolden to the gathered crowd": whom a named speaker told, after the cue (before
        # it, "an adviser to Trump" is who speaks)
        addressee = (
            child.dep_ == "prep"
            and child.lower_ == "to"
            and subject.pos_ == "PROPN"
            and subject.i > cue_token.i
        )
        if (addressee or _is_occasion_of_report(child)) and all(t.is_punct for t in after):
            skip |= {t.i for t in child.subtree}
    first, last = _subtree_range(subject, skip)
    if subject.i > cue_token.i:
        first, last = _with_split_name_parts(cue_token, subject, first, last)
    while first < last and doc[first].dep_ == "cc":
        first += 1  # "But Matt Morrison said"
    if first <= cue_token.i <= last:
        if subject.i < cue_token.i:
            last = cue_token.i - 1
        else:
            first = cue_token.i + 1
    for i in range(subject.i - 1, first - 1, -1):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            first = i + 1
            break
        if ctx.quote_of[i] is not None and _quotation_set_off_before(doc, i, subject.i, ctx):
            first = i + 1  # "“That's a concern,” Sarandon, 69, told": the parse hung the
            break  # quotation on the speaker; it is what was said
    for i in range(subject.i, last):
        if "\n" in doc[i + 1].text or "\n" in doc[i].whitespace_:
            last = i
            break
    first = _after_page_furniture(doc, _after_dateline(doc, first, last), last)
    opener = doc[first]
    if first < last and opener.lower_ in FOCUS_ADVERBS:
        first += 1  # "Even China, Pyongyang's only ally, said": the writer's emphasis
    if subject.dep_ == "poss" and last > first and doc[last].tag_ == "POS":
        last -= 1  # a possessor as the source: "Hillary Clinton's speech denouncing ..."
    while last + 1 < cue_token.i and _is_name_modifying(doc[last + 1], cue_token):
        last += 1  # "Bill Skelly said": the surname the parse hung on the verb as an adverb
    if last > first and _is_floating_quantifier(doc[last], subject):
        last -= 1  # "Richards and Menendez both stressed": who, not how many of them
    trimmed = _trim(doc, first, last, ctx.quote_of)
    if trimmed is None:
        return None
    first, last = trimmed
    last = _through_closing_mark(ctx, first, last)
    following = doc[last + 1].text if last + 1 < len(doc) else ""
    inner = {doc[i].text for i in range(first, last)}
    # "Sunshine, who remains friendly with her, doesn't forgive": after the cue too
    apart = last + 1 < cue_token.i or first > cue_token.i
    # a closing bracket after the name is already in: _trim closes what the range opens
    if following in _SET_OFF and following in inner and apart:
        last += 1
    return first, last


def _through_closing_mark(ctx: _Context, first: int, last: int) -> int:
    """ "star of cult classic “Thelma and Louise,” said": a quotation the source opens closes
    after the comma the parse left outside it; the source runs to its closing mark."""
    for index in range(first, last + 1):
        quoted = ctx.quote_of[index]
        if quoted is None or not ctx.doc[index].is_quote:
            continue
        span = ctx.quote_tokens(quoted)
        if span is not None and span[0] == index and last < span[1] <= last + 2:
            return span[1]
    return last


def _is_floating_quantifier(token: Token, subject: Token) -> bool:
    """ "both" after "Bolton and Gorka", "all" after "they": hung on the speakers themselves (not
    "the woman who started it all")."""
    speakers = {subject.i} | {c.i for c in subject.conjuncts}
    return token.lower_ in FLOATING_QUANTIFIERS and token.head.i in speakers and token.i > subject.i


# What the parse may split a speaker's name and title into, each hung on the cue
_NAME_PART_DEPS = frozenset({"nsubj", "dobj", "nmod", "compound"})
_NAME_PART_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM", "PUNCT"})


def _with_split_name_parts(
    cue_token: Token, subject: Token, first: int, last: int
) -> tuple[int, int]:
    """ "“We will win,” said Fox News co-host Sean Hannity": after the cue the parse may split a
    speaker at a hyphen into several nouns hung on the cue ("Fox News co" and "- host Sean
    Hannity"); the parts that touch the subject's are one speaker."""
    parts = [
        (c.left_edge.i, c.right_edge.i)
        for c in cue_token.rights
        if c.dep_ in _NAME_PART_DEPS
        and c.i != subject.i
        and all(t.pos_ in _NAME_PART_POS for t in c.subtree)
    ]
    joined = True
    while joined:
        joined = False
        for lo, hi in parts:
            if hi + 1 == first and lo > cue_token.i:
                first, joined = lo, True
            elif lo - 1 == last:
                last, joined = hi, True
    return first, last


def _quotation_set_off_before(doc: Doc, last: int, subject: int, ctx: _Context) -> bool:
    """A quotation closing at `last` with a comma, right before the speaker, is what was said
    ("“..., very principled,” Sarandon, 69, told"); a quoted title in the speaker's noun phrase
    has no comma and is part of it ("the “Daily Show” host Trevor Noah")."""
    if ctx.quote_of[subject] is not None:
        return False
    if any(not doc[k].is_punct for k in range(last + 1, subject)):
        return False
    closing = doc[last - 1].text if doc[last].is_quote else doc[last].text
    return closing in (",", "?", "!") or (last + 1 < subject and doc[last + 1].text == ",")


def _after_dateline(doc: Doc, first: int, last: int) -> int:
    """ "WASHINGTON — Sen. Bernie Sanders said", "MACAU (Reuters) – Sheldon Adelson said": the
    place in capitals and the agency before the dash open the story; they are not the source."""
    # "AFL-CIO" is one name: a dateline's dash stands apart from the word before it
    dash = next(
        (
            i
            for i in range(first + 1, min(last, first + 8))
            if doc[i].text in _DATELINE_DASHES and doc[i - 1].whitespace_
        ),
        None,
    )
    if dash is None:
        return first
    opening = next((i for i in range(dash - 2, first - 1, -1) if doc[i].text == "("), None)
    agency = doc[opening + 1 : dash - 1] if opening is not None else None
    if (
        doc[dash - 1].text == ")"
        and agency is not None
        and 0 < len(agency) <= 2
        and all(t.text[:1].isupper() for t in agency if t.is_alpha)
        and not any(t.tag_ in ("DT", "PRP") for t in doc[first:opening])  # "The scholars (...) -"
    ):
        return dash + 1  # "Dec 29 (Reuters) -", "New York (AFP) –": an agency's dateline
    if not doc[first].is_upper or len(doc[first]) < 2:
        return first
    head = doc[first:dash]
    lower = [t for t in head if t.is_alpha and not t.is_upper]
    in_brackets = {t.i for t in head if t.is_alpha and "(" in doc[first : t.i].text}
    return dash + 1 if all(t.i in in_brackets for t in lower) else first


_DATELINE_DASHES = frozenset({"-", "--", "—", "–"})


def _after_page_furniture(doc: Doc, first: int, last: int) -> int:
    """Where the source starts after what a scraped page left before the speaker: a photo
    credit in brackets ("(Photo: James Long) Mayor of London Sadiq Khan said", or its closing
    half), the byline of an embedded tweet ("-- David Nakamura (@DavidNakamura) November 10,
    2016 Obama has pledged")."""
    start, depth = first, 0
    for i in range(first, last):
        text = doc[i].text
        depth += (text == "(") - (text == ")")
        # a stray closing bracket, or one that closes a bracket the source opens with; not a
        # later one ("(AP) Sen. Ted Cruz (R-Texas) said" keeps "(R-Texas)")
        if text == ")" and (depth < 0 or (depth == 0 and doc[start].text == "(")):
            start, depth = i + 1, 0
        elif (
            i >= first + 4
            and doc[i].like_num
            and len(doc[i]) == 4
            and doc[i - 1].text == ","
            and doc[i - 2].like_num
            and doc[i - 3].lower_ in MONTHS
            and doc[i - 4].text == ")"
        ):
            start = i + 1
    return start


def _is_occasion_of_report(token: Token) -> bool:
    """ "on Tuesday" or "in an interview" hung on the speaker's noun: when or where the report
    was made. A bare time stays: "a poll out this week", "Clinton defenders today" (PolNeAR
    keeps those)."""
    if token.dep_ != "prep" or token.n_rights == 0:
        return False
    if token.lower_ in ("on", "during") and all(
        t.i == token.i or t.ent_type_ in ("DATE", "TIME") for t in token.subtree
    ):
        return True
    if token.lower_ not in ("in", "during"):
        return False
    occasion = next((t for t in token.rights if t.dep_ == "pobj"), None)
    return (
        occasion is not None
        and occasion.lemma_.lower() in OCCASION_NOUNS
        and any(t.dep_ in ("det", "poss") for t in occasion.lefts)
    )


_WH_ADVERBS = frozenset({"when", "where", "why", "how", "as", "while", "whether", "so", "thus"})


# Verbs PolNeAR's cue runs through to the reporting verb they carry: "tried to convince",
# "went on to discuss" (PolNeAR marks "tried to" nearly always, "went on to" about half the
# time), "seemed to recognize", "refused to disavow" (but see _CUE_CARRIERS).
_CARRIER_VERBS: dict[str, str | None] = {
    "try": None,
    "go": "on",
    "seem": None,
    "appear": None,
    "decline": None,
    "refuse": None,
    "seek": None,
    "expect": None,
    "want": None,
    "decide": None,
    "hope": None,
    "pledge": None,
    "vow": None,
    "plan": None,
    "promise": None,
    "aim": None,
    "continue": None,
    "threaten": None,
    "attempt": None,
}


def _carrier_verb(token: Token) -> Token | None:
    """The "try" of "tried to convince X that ...", right before the reporting verb's "to"."""
    head = token.head
    if token.dep_ not in ("xcomp", "advcl") or head.i >= token.i:
        return None
    if head.lemma_.lower() not in _CARRIER_VERBS:
        return None
    particle = _CARRIER_VERBS[head.lemma_.lower()]
    if particle is not None and not any(
        c.dep_ in ("prt", "prep", "advmod") and c.lower_ == particle for c in head.children
    ):
        return None
    between = token.doc[head.i + 1 : token.i]
    if any(t.lower_ not in ("to", particle) and not t.is_space for t in between):
        return None
    return head


# Carriers that PolNeAR marks alone, with the "to" clause as content, even before a reporting
# verb: "declined | to say whether ...", "pledged | to support", "is expected | to announce"
# (alone 34 times to 11 for "declined", 17 to 3 for "expected", 12 to 1 for "plans")
_CUE_CARRIERS = frozenset(
    {"decline", "expect", "plan", "pledge", "promise", "vow", "decide", "seek"}
)


def _carried_by_own_cue(token: Token) -> bool:
    """A reporting verb a cue carrier takes as its "to" clause: part of that cue's content."""
    carrier = _carrier_verb(token)
    return carrier is not None and _lemma(carrier) in _CUE_CARRIERS


def _cue_range(token: Token, ctx: _Context) -> tuple[int, int]:
    """The cue's tokens, as PolNeAR marks them: the verb with its auxiliaries, negation and
    adjacent adverbs to the left, and to the right a reporting particle ("pointed out", "called
    for"), an adjacent adverb ("said later") and a colon that opens the content ("said:")."""
    doc = ctx.doc
    first = last = token.i
    left = sorted(
        (c for c in token.lefts if c.dep_ in ("aux", "auxpass", "neg", "advmod")),
        key=lambda c: -c.i,
    )
    for child in left:
        gap = doc[child.i + 1 : first]
        if (
            any(not t.is_space for t in gap)
            or child.lower_ in _WH_ADVERBS
            or child.tag_ == "WRB"
            or _is_name_modifying(child, token)  # "Bill Skelly said": the speaker's surname
            or _is_name_read_as_modal(child, token)  # "Will wrote": George Will
        ):
            break
        first = child.i
    carrier = _carrier_verb(token)
    if carrier is not None:
        first = min(first, _cue_range(carrier, ctx)[0])
    particle = _particle(token)
    if particle is not None:
        last = particle.i
    nxt = doc[last + 1] if last + 1 < len(doc) else None
    if (
        nxt is not None
        and nxt.dep_ == "advmod"
        and nxt.head.i == token.i
        and nxt.is_alpha
        and (nxt.lower_ not in _WH_ADVERBS)
        and not _is_name_read_as_adverb(nxt)
    ):
        last = nxt.i
        nxt = doc[last + 1] if last + 1 < len(doc) else None
    if (
        nxt is not None
        and nxt.lower_ == "about"
        and nxt.dep_ == "prep"
        and nxt.head.i == token.i
        and not _is_quantity_about(nxt)
    ):
        last = nxt.i  # "complained about": PolNeAR's cue takes it nearly always
    tail = _issued_in(nxt, token) or _said_with_manner(nxt, token)
    if tail is not None:
        # "said in a statement": PolNeAR's cue takes it two times in three; "said with a grin"
        last = tail.i
        nxt = doc[last + 1] if last + 1 < len(doc) else None
    if nxt is not None and nxt.text == ":" and ctx.quote_of[nxt.i] is None:
        last = nxt.i
    return first, last


def _issued_in(preposition: Token | None, verb: Token) -> Token | None:
    """The noun of "in a statement" / "in a joint statement" right after a reporting verb: the
    text the words were issued in, which PolNeAR's cue takes in; None for anything else ("in
    an interview", "in a statement released by ...": the cue stops at the noun all the same)."""
    return _cue_tail_noun(preposition, verb, "in", CUE_TEXTS)


def _said_with_manner(preposition: Token | None, verb: Token) -> Token | None:
    """The noun of "with a grin" right after a reporting verb, which PolNeAR's cue takes in
    (every time on its train split); None for any other "with" ("said with Trump")."""
    return _cue_tail_noun(preposition, verb, "with", MANNER_NOUNS)


def _cue_tail_noun(
    preposition: Token | None, verb: Token, word: str, nouns: frozenset[str]
) -> Token | None:
    """The noun of `word` + one of `nouns` on `verb`, with nothing but modifiers between."""
    if preposition is None or preposition.lower_ != word or preposition.head.i != verb.i:
        return None
    noun = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    if noun is None or noun.lemma_.lower() not in nouns:
        return None
    between = preposition.doc[preposition.i + 1 : noun.i]
    if any(t.dep_ not in ("det", "amod", "compound", "poss") for t in between):
        return None
    return noun


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


def _combine(parts: Sequence[Content | None]) -> Content | None:
    found = [p for p in parts if p is not None]
    if not found:
        return None
    spans = [span for p in found for span in p[0]]
    kinds = {p[1] for p in found}
    return spans, kinds.pop() if len(kinds) == 1 else "mixed"


def _with_colon_quote(ctx: _Context, result: Content | None) -> Content | None:
    """ "she has the quality for the job: “Steadiness ...”": a quote after a colon that ends the
    reported clause belongs to it."""
    if result is None or result[1] == "direct":
        return result
    doc = ctx.doc
    end = result[0][-1][1]
    tail = doc.text[end : end + 3]
    if not tail.startswith(":"):
        return result
    for quote in ctx.quotes:
        if end < quote.start <= end + 3 and len(quote.parts) == 1:
            spans = [*result[0][:-1], (result[0][-1][0], quote.end)]
            return spans, "mixed"
    return result


def _clause_content(token: Token, ctx: _Context, cue: tuple[int, int]) -> Content | None:
    """Content of a cue with complement clauses ("said (that) ..."); the parser may split one
    reported clause into several complements, so those on the same side of the cue are joined.
    A relative clause reports around its attribution: "which the minister said was leaked"
    gives "which" and "was leaked"."""
    comps = [c for c in token.children if c.dep_ in _CLAUSAL and _is_clause(c, token, ctx)]
    stolen = _subject_read_as_object(token)
    if stolen is not None and not comps:
        # "told POLITICO the state's standards are not perfect": the parse made the clause's
        # subject the cue's object
        comp = next(c for c in token.rights if c.dep_ == "ccomp")
        return _content_from_tokens(ctx, stolen.left_edge.i, max(t.i for t in comp.subtree), cue)
    gerund = _gerund_clause(token)
    if gerund is not None and not comps:
        return _content_from_tokens(ctx, gerund.i, max(t.i for t in gerund.subtree), cue)
    if not comps:
        return None
    parts: list[Content | None] = []
    for side in ([c for c in comps if c.i < token.i], [c for c in comps if c.i > token.i]):
        if not side:
            continue
        first = min(min(t.i for t in c.subtree) for c in side)
        last = max(max(t.i for t in c.subtree) for c in side)
        if side[0].i > token.i:
            reports = [
                t.i for c in side for t in c.subtree if t.i != c.i and _continues_report(t, token)
            ]
            if reports:  # "said it was opposed | and warned ...": the speaker's next act
                last = min(ctx.doc[i].left_edge.i for i in reports) - 1
                while last > first and (ctx.doc[last].is_punct or ctx.doc[last].dep_ == "cc"):
                    last -= 1
            last = _coordinated_end(token, last, ctx)
            last = _before_reporting_participle(side, first, last)
            quoted = ctx.quote_of[side[0].i]
            span = ctx.quote_tokens(quoted) if quoted is not None else None
            if span is not None and first >= span[0] and last > span[1]:
                # said, “We’ll see,” when asked whether ...: the quote ends the content
                last = span[1]
        if first < cue[0] and cue[1] < last:  # the attribution sits inside the clause
            subject = next((c for c in token.lefts if c.dep_ in _SUBJECTS), None)
            start = min(t.i for t in subject.subtree) if subject is not None else cue[0]
            parts.append(_content_from_tokens(ctx, first, max(first, start - 1), cue))
            parts.append(_content_from_tokens(ctx, cue[1] + 1, last, cue))
        else:
            parts.append(_with_colon_quote(ctx, _content_from_tokens(ctx, first, last, cue)))
    return _combine(parts)


def _before_reporting_participle(complements: Sequence[Token], first: int, last: int) -> int:
    """The end of a reported clause before a closing ", arguing that ...": the parse hung the
    speaker's next report on the clause's verb, but it is a statement of its own."""
    for complement in complements:
        for token in complement.subtree:
            start = token.left_edge.i
            if (
                token.dep_ == "advcl"
                and token.tag_ == "VBG"
                and token.i > complement.i
                and start > first
                and token.right_edge.i >= last - 1
                and token.doc[start - 1].text == ","
                and _lemma(token) in VERB_CUES
            ):
                last = min(last, start - 2)
    return last


def _subject_read_as_object(token: Token) -> Token | None:
    """The cue's object right before a subjectless complement clause: the clause's subject
    ("told POLITICO the state's standards are ...", "said the days when ... are gone", read as
    an adverbial noun); also a quantity the parse read as a phrase on the cue ("said about half
    of the adjustment reflected ...")."""
    comp = next((c for c in token.rights if c.dep_ == "ccomp"), None)
    if comp is None or _has_own_subject(comp) or not _is_finite(comp):
        return None
    obj = next(
        (
            c
            for c in reversed(list(token.rights))
            if c.i < comp.i and (c.dep_ in ("dobj", "npadvmod") or _is_quantity_about(c))
        ),
        None,
    )
    if obj is None:
        return None
    # "argued his fight to increase funding is especially relevant": the parse may hang the
    # subject's own modifier on the cue, between the subject and its clause
    between = {t.i for c in token.rights if obj.i < c.i < comp.i for t in c.subtree}
    gap = range(max(t.i for t in obj.subtree) + 1, comp.left_edge.i)
    if any(i not in between for i in gap):
        return None
    return obj


def _is_quantity_about(token: Token) -> bool:
    """ "about half", "about 40 percent": "about" as a number's hedge, not a topic."""
    if token.lower_ != "about" or token.dep_ != "prep" or token.i + 1 >= len(token.doc):
        return False
    number = token.doc[token.i + 1]  # "about all four candidates" is a topic
    return number.like_num or number.lower_ in HEDGED_QUANTITY_WORDS


def _gerund_clause(token: Token) -> Token | None:
    """ "said legalizing it could put thousands to work": the parse makes the gerund that is
    the clause's subject an open complement of the cue; the gerund heads the whole clause."""
    gerund = next((c for c in token.rights if c.dep_ == "xcomp" and c.tag_ == "VBG"), None)
    if gerund is None or gerund.left_edge.i != token.i + 1:
        return None
    finite = [t for t in gerund.subtree if t.tag_ in _FINITE_TAGS and t.i > gerund.i]
    return gerund if finite else None


def _coordinated_end(token: Token, last: int, ctx: _Context) -> int:
    """ "said she had no numbers, and people were still using it": a clause coordinated with the
    cue verb after its content continues the content, unless it is another report ("and added
    that ...") or it shares the speaker as subject ("and he railed against ...")."""
    subject = next((c for c in token.children if c.dep_ in _SUBJECTS), None)
    for child in token.rights:
        if child.dep_ != "conj" or child.i <= last:
            continue
        own_subject = next((c for c in child.children if c.dep_ in _SUBJECTS), None)
        if _lemma(child) in VERB_CUES or own_subject is None and child.tag_ == token.tag_:
            break
        if own_subject is not None and (
            subject is None
            or own_subject.lower_ in PRONOUN_SOURCES
            or own_subject.lower_ == subject.lower_
        ):
            break
        between = ctx.doc[last + 1 : child.left_edge.i]
        if any(t.pos_ not in ("PUNCT", "CCONJ", "ADV") for t in between):
            break
        last = max(t.i for t in child.subtree)
    return last


def _is_clause(comp: Token, cue_token: Token, ctx: _Context) -> bool:
    """A complement that really is a reported clause: it has a subject or a complementiser, or
    it is quoted speech, or its subject was moved out by a relative clause ("which he said was
    leaked"). "The words said at the ceremony were moving" has none of these. Nor is a report
    set off before the cue ("Kasich tells the crowd, he has been known to ..."): that one is
    the aside."""
    if _is_reporting_aside(comp, cue_token):
        return False
    if any(c.dep_ in (*_SUBJECTS, "nsubjpass", "mark") for c in comp.children):
        return True
    if any(c.dep_ in (*_SUBJECTS, "nsubjpass") for aux in _auxiliaries(comp) for c in aux.children):
        return True  # "said the roads were closed", the subject hung on "were"
    if ctx.quote_of[comp.i] is not None:
        return True
    if cue_token.dep_ in ("relcl", "pcomp") or any(
        c.tag_ in ("WDT", "WP") for c in comp.subtree if c.i < cue_token.i
    ):
        return True
    return comp.tag_ in ("VB",) and comp.pos_ == "VERB"  # imperative: "say go ahead"


def _is_reporting_aside(comp: Token, cue_token: Token) -> bool:
    """A report with nothing reported of its own, set off before the cue: the parenthetical
    whose content the cue's clause is ("He said the plan was dead, the paper reported" is
    no aside: "said" has its own clause)."""
    return (
        comp.i < cue_token.i
        and _lemma(comp) in ADDRESSING_VERBS
        and _has_own_subject(comp)
        and not any(c.dep_ in ("ccomp", "xcomp") for c in comp.children)
        and comp.right_edge.i + 1 < cue_token.i
        and comp.doc[comp.right_edge.i + 1].text in _SET_OFF
    )


def _auxiliaries(token: Token) -> list[Token]:
    return [c for c in token.children if c.dep_ in ("aux", "auxpass")]


def _has_own_subject(token: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def _inverted_content(token: Token, ctx: _Context, cue: tuple[int, int]) -> Content | None:
    """ "The plan is dead, the senator said" and "The plan, the senator said, is dead": the cue
    hangs off the content's own verb, set off by commas or dashes; the content may be split."""
    head = token.head
    if head.i == token.i or token.dep_ not in ("parataxis", "ccomp", "advcl", "conj"):
        return None
    if _is_as_clause(token):
        return _as_clause_content(token, ctx, cue, closing=_is_bare_as_report(token))
    if not _has_own_subject(token) and token.dep_ != "parataxis":
        return None
    if token.dep_ == "conj" and head.i < token.i and not _is_closing_report(token):
        return None
    if any(c.dep_ == "dobj" and c.tag_ in ("WP", "WDT") for c in token.children):
        return None  # "..., more than twice what it projected": the cue has its own object
    if (
        token.dep_ == "ccomp"
        and _in_lexicon(head)
        and any(c.dep_ == "nsubj" for c in head.lefts)
        and all(c.is_punct for c in head.rights)
    ):
        # "In Chicago, organizers added 160 guards, the Sun-Times reported": the cue's clause
        # is what the report after it says, not a report set inside it
        return None
    doc = ctx.doc
    own = {t.i for t in token.subtree} - _fronted_modifiers(token)
    if _is_inverted(token):
        # "The plan, said the mayor, will cost ...": the parse hangs the topic on the cue
        own -= {t.i for c in token.lefts if c.dep_ == "nsubj" for t in c.subtree}
        own = {i for i in own if i >= token.i - 1}
    # "And, Kasich tells the crowd, he ...", "Instead, Trump told CNN, his policy ...", "And
    # yet every Friday, the executive told The Post, Fiorina would ...": conjunctions and
    # adverbs open the sentence (PolNeAR keeps the adverb in the content)
    openers = {c.i for c in token.lefts if c.dep_ in ("cc", "advmod") and c.right_edge.i == c.i}
    while min(own) in openers:
        own.remove(min(own))
    low, high = min(own), max(own)
    set_off = doc[low].text in _SET_OFF or (low > 0 and doc[low - 1].text in _SET_OFF)
    if not set_off:
        return None
    rest = [t.i for t in head.subtree if t.i not in own] + [t.i for t in token.subtree if t.i < low]
    left = [i for i in rest if i < low]
    right = [i for i in rest if i > high]
    parts: list[Content | None] = []
    if left:
        parts.append(_content_from_tokens(ctx, min(left), max(left), cue))
    closes = doc[high].text in _SET_OFF or (high + 1 < len(doc) and doc[high + 1].text in _SET_OFF)
    if right and (left and closes or not left):
        parts.append(_content_from_tokens(ctx, min(right), max(right), cue))
    return _combine(parts)


def _fronted_modifiers(token: Token) -> set[int]:
    """ "If the bill passes, officials said, prices will rise": the parse may hang the clause or
    phrase that opens the sentence on the set-off cue, but it modifies the content; the tokens
    of such a modifier, set off by a comma before the cue's subject."""
    subject = next((c for c in token.lefts if c.dep_ in _SUBJECTS), None)
    if subject is None:
        return set()
    doc = token.doc
    return {
        t.i
        for child in token.lefts
        if child.dep_ in ("advcl", "prep", "npadvmod")
        and child.right_edge.i + 1 < subject.left_edge.i
        and doc[child.right_edge.i + 1].text == ","
        for t in child.subtree
    }


def _is_closing_report(token: Token) -> bool:
    """ "He will fight on, his top aide told The Huffington Post.": the parse makes the closing
    report a clause coordinated with its content; with no conjunction, a comma before it and
    nothing after it, it is the report."""
    doc = token.doc
    subject = next((c for c in token.lefts if c.dep_ == "nsubj"), None)
    if subject is None and _is_inverted(token):
        # "..., but it is under intense pressure, said the company's chief executive."
        subject = next(c for c in token.rights if c.dep_ == "nsubj")
    opening = min(token.i, subject.left_edge.i) if subject is not None else token.i
    # a conjunction before the cue's own conjunct makes it an act of its own ("He lost the
    # race, and his wife told reporters"); one before an earlier conjunct does not
    earlier = [c.i for c in token.head.children if c.dep_ == "conj" and c.i < token.i]
    own_conjunction = any(
        c.dep_ == "cc" and max(earlier, default=-1) < c.i < token.i for c in token.head.children
    )
    return (
        subject is not None
        and bool(VERB_CUES.get(_lemma(token), frozenset()) & {CLAUSE})
        and not any(c.dep_ in ("cc", "ccomp", "xcomp", "conj") for c in token.children)
        and opening > 0
        and doc[opening - 1].text == ","
        and not own_conjunction
        and _runs_to_sentence_end(doc, token.right_edge.i)
    )


def _is_as_clause(token: Token) -> bool:
    return token.dep_ == "advcl" and any(c.lower_ == "as" and c.dep_ == "mark" for c in token.lefts)


def _as_clause_content(
    token: Token, ctx: _Context, cue: tuple[int, int], *, closing: bool
) -> Content | None:
    """ "as Clyburn noted, those voters will ...": the clause the as-clause modifies, after it;
    a `closing` one ("..., as police have said") reports the clause before it."""
    head = token.head
    own = {t.i for t in token.subtree}
    rest = [t.i for t in head.subtree if t.i not in own and t.i > max(own) and not t.is_punct]
    if not rest and token.i > head.i and closing and not _echoes_report(token):
        rest = [t.i for t in head.subtree if t.i not in own and t.i < min(own)]
    return _content_from_tokens(ctx, min(rest), max(rest), cue) if rest else None


def _echoes_report(token: Token) -> bool:
    """ "Clinton pledges to ..., as she put it": a closing as-clause whose pronoun points back to
    the speaker of the report it closes, which already holds the clause."""
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    return (
        subject is not None
        and PRONOUN_SOURCES.get(subject.lower_) in ("singular", "plural")
        and _lemma(token.head) in VERB_CUES
        and _has_own_subject(token.head)
    )


_SET_OFF = frozenset({",", "—", "–", "--", "―"})

# What a closing "as X said" may hold besides its speaker: "as police have said", "as he
# noted last week"; anything more makes "as" a time ("as the nation decides on ...", "as
# many regulars continued to stay away", "as a photo is shown") or a manner ("as though").
_BARE_AS_REPORT_DEPS = frozenset({"nsubj", "aux", "mark", "advmod", "npadvmod", "neg", "punct"})


def _is_bare_as_report(token: Token) -> bool:
    after_as = token.doc[token.left_edge.i + 1] if token.left_edge.i + 1 < len(token.doc) else None
    return (
        bool(VERB_CUES.get(_lemma(token), frozenset()) & {CLAUSE, QUOTE})
        and all(c.dep_ in _BARE_AS_REPORT_DEPS or _says_when(c) for c in token.children)
        and (after_as is None or after_as.lower_ not in ("though", "if"))
    )


def _says_when(phrase: Token) -> bool:
    """A prepositional phrase that says when: "as The New York Times reported on Thursday"."""
    return phrase.dep_ == "prep" and any(
        c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in phrase.children
    )


def _seeming_content(token: Token, ctx: _Context, cue: tuple[int, int]) -> Content | None:
    """ "Washington appears weak", "Trump doesn't seem like the kind of candidate ...", "it
    appears that ...": what seems so, and how it seems (PolNeAR's two content spans)."""
    clause = next((c for c in token.rights if c.dep_ == "ccomp" and _has_own_subject(c)), None)
    subject = next((c for c in token.lefts if c.dep_ == "nsubj"), None)
    if clause is not None and (subject is None or subject.lower_ == "it"):
        first, last = _subtree_range(clause)
        return _content_from_tokens(ctx, first, last, cue)
    complement = next(
        (
            c
            for c in token.rights
            if c.dep_ in ("acomp", "attr", "oprd") or (c.dep_ == "prep" and c.lower_ == "like")
        ),
        None,
    )
    if complement is None or subject is None or subject.lower_ == "it":
        return None
    return _combine(
        [
            _content_from_tokens(ctx, *_subtree_range(subject), cue),
            _content_from_tokens(ctx, *_subtree_range(complement), cue),
        ]
    )


def _raised_subject(
    token: Token, content: Sequence[tuple[int, int]], doc: Doc
) -> tuple[int, int] | None:
    """The subject of a raising cue ("seems to", "appears to", "is expected to") whose content is
    the infinitive: PolNeAR's content starts with it, and the cue has no source."""
    lemma = _lemma(token)
    passive = any(c.dep_ == "auxpass" for c in token.children)
    if not (lemma in RAISING_VERBS or (passive and lemma in RAISING_PASSIVES)):
        return None
    comp = next((c for c in token.rights if c.dep_ == "xcomp"), None)
    if comp is None or not any(a.lower_ == "to" for a in comp.lefts):
        return None
    if not content or content[0][0] > doc[comp.left_edge.i].idx:
        return None  # the content is not the infinitive
    subject = next((c for c in token.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    return _subtree_range(subject, {t.i for t in token.subtree if t.i >= token.i})


def _infinitive_content(token: Token, ctx: _Context, cue: tuple[int, int]) -> Content | None:
    comp = next(
        (c for c in token.rights if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.lefts)),
        None,
    )
    if comp is None:
        return None
    first, last = _subtree_range(comp)
    if token.tag_ != "VB":
        # "wants to triple the program, grow the Peace Corps and create ...": a bare verb can't
        # be coordinated with "wants", so the parse's conjuncts continue the infinitive
        for verb in token.rights:
            if verb.dep_ != "conj" or verb.tag_ != "VB" or verb.left_edge.i <= last:
                continue
            # "declined to comment, didn't respond ...": a verb with its own auxiliary is not
            if any(c.dep_ in ("aux", "neg", *_SUBJECTS) for c in verb.children):
                continue
            if _joins(ctx.doc, last, verb.left_edge.i):
                last = _subtree_range(verb, _coordinated_verbs(verb))[1]
    return _content_from_tokens(ctx, first, last, cue)


def _joins(doc: Doc, last: int, start: int) -> bool:
    """Only a comma or a conjunction between the end of one phrase and the start of the next."""
    return all(t.is_punct or t.dep_ == "cc" for t in doc[last + 1 : start])


def _label_content(token: Token, ctx: _Context, cue: tuple[int, int]) -> Content | None:
    """ "called him “a total stiff”", "called the decision a huge win": the thing labelled and
    its label (an object predicate, a second object or an apposition)."""
    obj = next((c for c in token.rights if c.dep_ == "dobj" and c.i > cue[1]), None)
    if obj is None:
        # "called what she witnessed “terrible”": the object is a free relative clause
        obj = next(
            (
                c
                for c in token.rights
                if c.dep_ == "ccomp" and c.left_edge.lower_ in ("what", "whatever")
            ),
            None,
        )
    if obj is None:
        misread = _object_read_as_label(token, ctx)
        if misread is not None:
            return _content_from_tokens(
                ctx, *_subtree_range(misread, _coordinated_verbs(misread)), cue
            )
        label_end = _unquoted_label(token)  # the parse lost the object: "called Oz a quack"
        if label_end is None:
            return None
        return _content_from_tokens(ctx, cue[1] + 1, label_end, cue)
    labels = []
    if _lemma(token) not in AS_ONLY_LABEL_VERBS:
        labels += [c for c in token.rights if c.i > obj.i and c.dep_ in ("oprd", "dobj", "attr")]
        labels += [c for c in obj.rights if c.dep_ == "appos"]
        if obj.dep_ == "ccomp":
            # "called what she witnessed “terrible”": the parse hung the label on "witnessed"
            labels += [c for c in obj.rights if c.dep_ == "oprd"]
    # "see the campaign as unfair": the "as" phrase, on the verb or the object
    labels += [c for c in (*token.rights, *obj.rights) if c.i > obj.i and _is_as_label(c)]
    if not labels:
        return None
    last = max(_subtree_range(label, _coordinated_verbs(label))[1] for label in labels)
    return _content_from_tokens(ctx, min(t.i for t in obj.subtree), last, cue)


def _object_read_as_label(token: Token, ctx: _Context) -> Token | None:
    """ "called Valeant's chief executive, J. Michael Pearson, “incredibly driven”": the parse
    read the object as the label and hung the quoted label on it. The quotation after the
    noun says which is which."""
    if _lemma(token) not in LABELLING_VERBS or token.dep_ == "acl":
        return None  # "a series called “Quick Question”" names; no one labels
    misread = next((c for c in token.rights if c.dep_ == "oprd"), None)
    if misread is None or misread.pos_ not in ("NOUN", "PROPN"):
        return None
    if ctx.quote_of[misread.i] is not None:
        return None  # the noun is inside the quotation: it is the label
    after = range(misread.i + 1, misread.right_edge.i + 1)
    return misread if any(ctx.quote_of[i] is not None for i in after) else None


def _relative_that_read_as_mark(token: Token) -> Token | None:
    """ "a country that Romney called “our No.1 foe”": a labelling verb takes no that-clause, so
    a "that" right after a noun, with the label's object missing, is the relative pronoun the
    parse read as a complementiser."""
    if _lemma(token) not in LABELLING_VERBS or any(c.dep_ == "dobj" for c in token.children):
        return None
    that = next((c for c in token.lefts if c.dep_ == "mark" and c.lower_ == "that"), None)
    if that is None or that.i == 0 or token.doc[that.i - 1].pos_ not in ("NOUN", "PROPN"):
        return None
    return that


def _is_as_label(token: Token) -> bool:
    if _lemma(token.head) not in AS_LABEL_VERBS:
        return False
    if token.dep_ == "prep":
        return token.lower_ == "as"
    # "see the campaign as most unfair", "sees him as captured by ...": the parse reads the
    # label as an adverbial clause opened by "as"; one with a subject says when ("as he left")
    return (
        token.dep_ == "advcl"
        and token.left_edge.lower_ == "as"
        and token.left_edge.dep_ in ("advmod", "mark")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
    )


RELATIVE_WORDS = frozenset({"which", "what", "that", "who", "whom"})
RELATIVE_REST = ("xcomp", "ccomp", "oprd", "attr")


def _relative_content(token: Token, ctx: _Context, cue: tuple[int, int]) -> Content | None:
    """A report made in a relative clause: "emails, which she said represented all her work",
    "what he calls the rigged system", "which he describes as his second home". The relative
    word stands for what is reported about, so the content is that word and what the speaker
    says of it, as PolNeAR marks it."""
    relative = next(
        (
            c
            for c in token.lefts
            if c.lower_ in RELATIVE_WORDS
            and (
                c.dep_ in ("nsubj", "nsubjpass", "dobj", "oprd", "attr")
                # "what Melania Trump told NBC News": the parse swaps the objects of "tell"
                or c.dep_ == "dative"
                and c.lower_ == "what"
            )
            and (c.tag_ in ("WDT", "WP") or token.dep_ == "relcl")
        ),
        None,
    )
    if relative is None:
        relative = _relative_that_read_as_mark(token)
    subjects = [c for c in token.children if c.dep_ in _SUBJECTS]
    if relative is None or subjects == [relative]:
        return None  # "who said ...": the relative word is the speaker
    rest = [c for c in token.rights if c.dep_ in RELATIVE_REST]
    if not rest and _lemma(token) in AS_LABEL_VERBS:
        rest = [c for c in token.rights if c.dep_ == "prep" and c.lower_ == "as"]
    said_what = relative.lower_ == "what" and relative.dep_ in ("dobj", "dative")
    if not rest and said_what and _lemma(token) in SAYING_VERBS:
        # "That was what Liz Wahl said"; "what it says about America": what it is about
        about = next((c for c in token.rights if c.lower_ == "about" and c.i <= cue[1]), None)
        topic = next((c for c in about.children if c.dep_ == "pobj"), None) if about else None
        if topic is not None:
            return _content_from_tokens(ctx, topic.left_edge.i, topic.right_edge.i, cue)
        return _content_from_tokens(ctx, relative.i, relative.i, cue)
    if not rest:
        return None
    last = max(max(t.i for t in c.subtree) for c in rest)
    first = min(min(t.i for t in c.subtree) for c in rest)
    return _combine(
        [
            _content_from_tokens(ctx, relative.i, relative.i, cue),
            _content_from_tokens(ctx, first, last, cue),
        ]
    )


MAX_LABEL_GAP = 15  # tokens between a labelling cue and the quoted label


def _quoted_label(token: Token, ctx: _Context, cue: tuple[int, int]) -> Content | None:
    """ "called a report suggesting donors were granted access “outrageous”", "called her
    “third-rate”": the parse lost the label, but a quotation closes what was called what."""
    doc = ctx.doc
    sentence_end = token.sent.end
    for index in range(cue[1] + 1, min(sentence_end, cue[1] + 1 + MAX_LABEL_GAP)):
        quoted = ctx.quote_of[index]
        if quoted is None:
            continue
        span = ctx.quote_tokens(quoted)
        if span is None or span[0] != index:
            return None
        between = doc[cue[1] + 1 : index]
        # a finite verb may sit inside the object ("called the idea that Clinton had anything
        # to prove “ridiculous”"), not between the cue and the quotation's own verb
        labelled = {t.i for c in _label_objects(token) for t in c.subtree}
        inside = bool(labelled) and {t.i for t in between} <= labelled
        if not between or any(
            t.text in (".", ";", ":", ",")
            or (t.tag_ in _FINITE_TAGS and not (inside and _lemma(t) not in VERB_CUES))
            for t in between
        ):
            # "called “...”" is a naming; "called the police and said “...”", "called his
            # mother, who told him “...”": the quotation belongs to another verb
            return None
        return _content_from_tokens(ctx, cue[1] + 1, span[1], cue)
    return None


def _label_objects(token: Token) -> list[Token]:
    """What a labelling verb may label, by the subtrees the parse gave it: its object, a free
    relative ("called what she witnessed ..."), and a clause or participle hung on the verb
    right after the object ("called a report suggesting donors were granted access ...": a
    labelling verb takes no clause of its own)."""
    objects = [
        c
        for c in token.rights
        if c.dep_ == "dobj" or (c.dep_ == "ccomp" and c.left_edge.lower_ in ("what", "whatever"))
    ]
    for child in token.rights:
        if child.dep_ in ("ccomp", "advcl") and any(
            o.right_edge.i + 1 == child.left_edge.i for o in objects
        ):
            objects.append(child)
    return objects


def _request_content(token: Token, ctx: _Context, cue: tuple[int, int]) -> Content | None:
    """ "asked the network to donate the profits": the addressee and what they are asked."""
    passive = _passive_request(token, ctx, cue)
    if passive is not None:
        return passive
    obj = next((c for c in token.rights if c.dep_ in ("dobj", "dative") and c.i > cue[1]), None)
    comp = next(
        (
            c
            for c in token.rights
            # "tells his supporters at a rally to “go ...”": the parser may read it as adverbial
            if c.dep_ in ("xcomp", "ccomp", "advcl") and obj is not None and c.i > obj.i
        ),
        None,
    )
    if obj is None or comp is None or not any(a.lower_ == "to" for a in comp.lefts):
        return None
    last = max(t.i for t in comp.subtree)
    return _content_from_tokens(ctx, min(t.i for t in obj.subtree), last, cue)


def _passive_request(token: Token, ctx: _Context, cue: tuple[int, int]) -> Content | None:
    """ "Sanders was asked to name a specific decision": in the passive the addressee is the
    subject, and both it and what they are asked are the content; who asked goes unnamed."""
    if not any(c.dep_ == "auxpass" for c in token.children):
        return None
    subject = _first_child(token, ("nsubjpass",))
    comp = next(
        (c for c in token.rights if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.lefts)),
        None,
    )
    if subject is None or comp is None or subject.i > cue[0]:
        return None
    return _combine(
        [
            _content_from_tokens(ctx, *_subtree_range(subject), cue),
            _content_from_tokens(ctx, *_subtree_range(comp), cue),
        ]
    )


def _detached_clause(token: Token, ctx: _Context, cue: tuple[int, int]) -> Content | None:
    """ "said earlier on Friday during a news conference that he may wait": the parser hung the
    that-clause on a noun of the adverbials (or of the addressee) between it and the cue."""
    doc = ctx.doc
    adverbials = [c for c in token.rights if c.dep_ in ("prep", "npadvmod", "advmod")]
    addressees = [c for c in token.rights if c.dep_ in ("dobj", "dative")]
    # "told a meeting of Pacific Island leaders that few people ...": on the addressee too,
    # unless it is a noun of content ("read the report that the factory would close")
    objects = [c for c in addressees if c.lemma_.lower() not in CONTENT_NOUNS]
    for child in adverbials + objects:
        for t in child.subtree:
            # "told the audience at his fundraiser for veterans that he ...": a complementiser
            # "that" (a relative "that" is a pronoun) even where the parse says relative clause
            if t.lower_ == "that" and _opens_clause(t) and t.head.dep_ in ("ccomp", "acl", "relcl"):
                between = range(cue[1] + 1, t.i)
                inside = {u.i for a in adverbials + addressees for u in a.subtree}
                if all(i in inside or doc[i].is_punct for i in between):
                    last = max(u.i for u in t.head.subtree)
                    return _content_from_tokens(ctx, t.i, last, cue)
    return None


def _opens_clause(that: Token) -> bool:
    """A complementiser "that": marked so, or read as the adverb of a relative clause that has
    its own subject ("said for the first time that some emails have been located")."""
    clause = that.head
    return that.dep_ == "mark" or (
        that.dep_ == "advmod" and clause.left_edge.i == that.i and _has_own_subject(clause)
    )


def _adverbial_clause(token: Token, ctx: _Context, cue: tuple[int, int]) -> Content | None:
    """ "said after the convention he would not accept ...", "tweeted in the early hours that
    Machado was ...": the parser took the reported clause for an adverbial one. It reports when
    it is finite, has its own subject and no subordinator but "that" ("said he would leave if
    asked" reports; "said so before he left" does not)."""
    for child in token.rights:
        if child.dep_ != "advcl" or child.i <= cue[1]:
            continue
        subject = next((c for c in child.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            continue
        leads = [c for c in child.lefts if c.dep_ in ("mark", "advmod") and c.i < subject.i]
        negated = any(c.dep_ == "neg" for c in token.children)
        has_object = any(c.dep_ == "dobj" for c in token.children)
        # "have not said when they would ...": what is not said is an indirect question (but
        # "did not say anything when she left" said nothing, and when is when)
        asked = negated and not has_object and all(c.lower_ in WH_MARKERS for c in leads)
        if any(c.lower_ != "that" for c in leads) and not asked:
            continue
        if not _is_finite(child):
            continue
        first = min([subject.left_edge.i, *(c.i for c in leads)])
        # "... that Machado was “a con” and encouraged Americans to ...": a coordinated verb
        # without a subject of its own is the speaker's next act, not part of the report
        stop = {
            t.i
            for c in child.rights
            if c.dep_ == "conj" and c.pos_ == "VERB" and not _has_own_subject(c)
            for t in c.subtree
        }
        last = max(t.i for t in child.subtree if t.i not in stop)
        while last > first and ctx.doc[last].dep_ == "cc":
            last -= 1
        return _content_from_tokens(ctx, first, last, cue)
    return None


def _clause_read_as_head(token: Token, ctx: _Context, cue: tuple[int, int]) -> Content | None:
    """ "after Trump told The Washington Post he was “not quite there yet”": the parser made the
    reported clause the head of the cue's subordinate clause; its subject follows the cue's
    own words with nothing between."""
    head = token.head
    if (
        token.dep_ != "advcl"
        or head.i <= token.i
        or not any(c.dep_ == "mark" and c.lower_ in TIME_SUBORDINATORS for c in token.lefts)
    ):
        return None  # "if one adds Nebraska, that takes us to 314": a condition, no report
    subject = next((c for c in head.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.left_edge.i != token.right_edge.i + 1:
        return None
    if not _is_finite(head):
        return None
    last = _subtree_range(head, _comma_asides(head))[1]
    return _content_from_tokens(ctx, subject.left_edge.i, last, cue)


def _zero_relative_report(token: Token, ctx: _Context, cue: tuple[int, int]) -> Content | None:
    """ "for meddling the California congressman said is designed to “sow discord”": a report in
    a relative clause with no relative word; its clause lacks the subject, which is the noun
    right before the speaker. The content is that noun and the clause, as for "which"."""
    head = token.head
    subject = next((c for c in token.lefts if c.dep_ == "nsubj"), None)
    comp = next((c for c in token.rights if c.dep_ == "ccomp"), None)
    if subject is None or comp is None or head.i >= token.i:
        return None
    if head.i != subject.left_edge.i - 1 or head.pos_ not in ("NOUN", "VERB"):
        return None
    if any(c.dep_ in (*_SUBJECTS, "nsubjpass", "mark") for c in comp.children):
        return None
    if not _is_finite(comp):
        return None
    return _combine(
        [
            _content_from_tokens(ctx, head.left_edge.i, head.i, cue),  # "an honor"
            _content_from_tokens(ctx, comp.left_edge.i, comp.right_edge.i, cue),
        ]
    )


def _is_finite(verb: Token) -> bool:
    """A finite verb, or one with a finite auxiliary ("is designed", "would leave")."""
    return verb.tag_ in _FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS for c in verb.lefts
    )


def _preceding_content(token: Token, ctx: _Context, cue: tuple[int, int]) -> Content | None:
    """ "People like Scott, he said.": an unquoted report before its cue, which the parser made
    the root; the cue's subject follows a comma or dash and nothing but punctuation follows the
    cue. The parse may hang such a cue on the noun before the comma as a relative clause
    ("... view of Trump, the poll found.")."""
    misread = token.dep_ == "relcl" and token.head.i < token.i
    if token.head.i != token.i and not misread:
        return None
    subject = _nearest_subject(token)
    if subject is None or (subject.i > token.i and misread):
        return None
    if misread and subject.tag_ in ("WDT", "WP"):
        return None  # "..., who responded anonymously.": a relative clause indeed
    doc = ctx.doc
    if subject.i > token.i:
        # "The rejection signals “the beginning of the end” for the EU, said Geert Wilders,
        # founder of the party.": inverted; the parse read what was said as a second subject
        mark, last = token.i - 1, subject.right_edge.i
    else:
        mark, last = subject.left_edge.i - 1, cue[1]
    sentence = token.sent
    if mark <= sentence.start or doc[mark].text not in _SET_OFF:
        return None
    if any(not (t.is_punct or t.is_space) for t in doc[last + 1 : sentence.end]):
        return None  # (a sentence ends with the blank line after it)
    before = doc[sentence.start : mark]
    fronted = before.root.dep_ in _FRONTED_ADVERBIALS and not _main_clause_after_comma(before)
    if fronted or before.root.ent_type_ in ("DATE", "TIME"):
        return None  # "Last week, the company warned.": when, not what
    return _content_from_tokens(ctx, sentence.start, mark - 1, cue)


def _main_clause_after_comma(before: SpacySpan) -> bool:
    """ "As Trump prepared to speak, a girl was pepper-sprayed, police said.": the parse hung the
    reported main clause on the fronted one; a finite clause with its own subject and no
    subordinator, opening after a comma, is what was said."""
    return any(
        verb.pos_ in ("VERB", "AUX")
        and verb.dep_ in ("advcl", "conj", "ccomp")
        and before.start < verb.left_edge.i
        and before.doc[verb.left_edge.i - 1].text == ","
        and _has_own_subject(verb)
        and not any(c.dep_ == "mark" for c in verb.children)
        and _is_finite(verb)
        for verb in before
    )


_FRONTED_ADVERBIALS = frozenset({"npadvmod", "advmod", "prep", "advcl", "mark", "intj", "cc"})


def _block_content(token: Token, ctx: _Context, cue: tuple[int, int]) -> Content | None:
    """ "The governor added:" closing its paragraph: the next paragraph is what he added (a block
    quotation set off without quotation marks)."""
    doc = ctx.doc
    colon = cue[1] if doc[cue[1]].text == ":" else cue[1] + 1  # PolNeAR's cue: "added:"
    while colon < len(doc) and doc[colon].dep_ in ("advmod", "npadvmod") and colon < token.i + 4:
        colon += 1  # "added later:"
    if colon + 2 >= len(doc) or doc[colon].text != ":":
        return None
    brk = doc[colon + 1]
    if not (brk.is_space and "\n" in brk.text):
        return None
    last = colon + 2
    while last + 1 < len(doc) and not (doc[last + 1].is_space and "\n" in doc[last + 1].text):
        last += 1
    return _content_from_tokens(ctx, colon + 2, last, cue)


def _question(token: Token) -> Token | None:
    """The first word of the question a cue reports: "if"/"whether" or a wh-word opening one of
    its clauses ("asked workers if they planned ...", "Asked who leads the party, ...")."""
    for child in token.rights:
        if child.dep_ not in ("ccomp", "advcl", "xcomp"):
            continue
        opener = child.left_edge
        # an adverbial clause asks only with "if"/"whether": "asked for a lawyer when police
        # arrived" asked no question
        markers = ("if", "whether") if child.dep_ == "advcl" else WH_MARKERS
        if opener.lower_ in markers and opener.i > token.i:
            return opener
    # "when I asked Bernie Sanders if he would ever endorse Clinton, he looked ...": the parse
    # hung the question right after the cue's object on the main verb
    doc = token.doc
    after = token.right_edge.i + 1
    asked = next((c for c in token.rights if c.dep_ == "dobj"), None)  # asked someone if ...
    if asked is None or asked.right_edge.i != after - 1:
        return None
    if after < len(doc) and doc[after].lower_ in ("if", "whether") and doc[after].dep_ == "mark":
        clause = doc[after].head
        if clause.i > after and clause.left_edge.i == after and not token.is_ancestor(clause):
            return doc[after]
    return None


def _question_content(token: Token, ctx: _Context, cue: tuple[int, int]) -> Content | None:
    opener = _question(token)
    if opener is None:
        return None
    clause = next((c for c in token.rights if c.left_edge.i == opener.i), opener.head)
    last = clause.right_edge.i
    answer = _answer_after_question(token)
    if answer is not None and answer > last:
        last = answer  # the parse broke the question up; it runs to the answer's comma
    return _content_from_tokens(ctx, opener.i, last, cue)


def _answer_after_question(token: Token) -> int | None:
    """Where a question put before its answer ends: "Asked if it had appeared he was
    encouraging violence, Trump replied ...": the token before the comma that opens the main
    clause, whose subject follows that comma."""
    sentence = token.sent
    if token.tag_ != "VBN" or token.i > sentence.start + 1:
        return None
    root = sentence.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or root.i < token.i or subject.left_edge.i < token.i + 2:
        return None
    comma = subject.left_edge.i - 1
    return comma - 1 if token.doc[comma].text == "," else None


def _pro_form_content(token: Token, ctx: _Context, cue: tuple[int, int]) -> Content | None:
    """ "half said so", "43 said the same of Sanders": the pro-form stands for the content."""
    obj = next(
        (
            c
            for c in token.rights
            if c.dep_ in ("dobj", "advmod", "intj", "nsubj")
            and c.i > cue[1]
            and c.lower_ in PRO_FORM_OBJECTS
        ),
        None,
    )
    if obj is None:
        return _as_much(token, ctx, cue)
    return _content_from_tokens(
        ctx, min(t.i for t in obj.subtree), max(t.i for t in obj.subtree), cue
    )


def _as_much(token: Token, ctx: _Context, cue: tuple[int, int]) -> Content | None:
    """ "Mook said as much in an interview": "as much" stands for what was said before."""
    much = next((c for c in token.rights if c.lower_ == "much" and c.dep_ == "advmod"), None)
    if much is None or much.i == 0 or much.nbor(-1).lower_ != "as" or much.i - 1 <= cue[1]:
        return None
    return _content_from_tokens(ctx, much.i - 1, much.i, cue)


def _object_content(token: Token, ctx: _Context, cue: tuple[int, int]) -> Content | None:
    """ "recalled the adoption of the resolution ... by the House": the object, with the
    prepositional phrases the parser hung on the verb right after it, and for a labelling verb
    the label ("called the plan “a disaster”"). A pronoun object is content too, as PolNeAR
    marks it: "accused him of sexism", "described it as a serious lapse"."""
    obj = next((c for c in token.rights if c.dep_ in ("dobj", "attr") and c.i > cue[1]), None)
    if obj is None:
        obj = next((c for c in token.rights if _is_gerund_object(c) and c.i > cue[1]), None)
    if obj is None:
        return None
    first, last = _subtree_range(obj, _coordinated_verbs(obj) | _comma_asides(obj))
    for child in token.rights:
        if child.i > last and child.dep_ == "oprd":
            last = _subtree_range(child, _coordinated_verbs(child))[1]
        elif (
            child.left_edge.i == last + 1
            and child.dep_ == "advmod"
            and child.lower_ in STANDING_WORDS
        ):
            last = max(t.i for t in child.subtree)  # "shows Clinton ahead by 3 points"
    for child in token.rights:
        if child.i == last + 1 and child.dep_ == "prep" and child.lower_ not in ("during",):
            last = _subtree_range(child, _comma_asides(child))[1]
    following = next((c for c in token.rights if c.left_edge.i == last + 1), None)
    if token.doc[last].pos_ == "ADP" and following is not None:
        last = following.right_edge.i  # "out of | more than a billion ballots cast": one phrase
    elif following is not None and _is_zero_relative(following, token):
        last = _subtree_range(following, _coordinated_verbs(following))[1]
    region_last = ctx.regions[ctx.region_of[token.i]][1]
    return _content_from_tokens(ctx, first, min(last, region_last), cue)


def _is_zero_relative(clause: Token, cue_token: Token) -> bool:
    """ "cited disparaging remarks Trump had made about Machado": a clause right after the
    object of a cue that takes no clause, with a subject and no object of its own, is a relative
    clause on the object that the parse read as the cue's complement."""
    return (
        clause.dep_ == "ccomp"
        and CLAUSE not in VERB_CUES.get(_lemma(cue_token), frozenset())
        and _has_own_subject(clause)
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "mark") for c in clause.children)
    )


def _coordinated_verbs(token: Token) -> set[int]:
    """The finite verbs the parse coordinated with a complement ("called it “shameful” and
    called on leaders ..."), with what they govern: another clause, not part of the complement
    ("called the charges unsubstantiated and fabricated" keeps its participle)."""
    return {
        t.i
        for child in token.children
        if child.dep_ == "conj" and child.tag_ in _FINITE_TAGS
        for t in child.subtree
    } | {c.i for c in token.children if c.dep_ == "cc" and c.i > token.i}


def _comma_asides(token: Token) -> set[int]:
    """A comma-set relative clause that closes a phrase ("questioned the health of Donald
    Trump, who is 70"): an aside of the writer's, which PolNeAR leaves out of the content."""
    doc, end = token.doc, token.right_edge.i
    for relative in token.subtree:
        if relative.dep_ != "relcl" or relative.right_edge.i < end - 1:
            continue
        start = relative.left_edge.i
        if start > token.i and doc[start - 1].text == ",":
            return set(range(start - 1, end + 1))
    return set()


def _is_gerund_object(token: Token) -> bool:
    """ "cited improving mental health services", "proposes doing away with the mandate": a
    gerund clause without a subject of its own stands where the object would."""
    return (
        token.dep_ in ("xcomp", "ccomp")
        and token.tag_ == "VBG"
        and token.left_edge.i == token.i
        and not any(c.dep_ in _SUBJECTS for c in token.children)
    )


# Prepositions PolNeAR's cue takes when they link the verb to what it reports ("brags about",
# "made little secret of"); "responded to", "criticized for" it leaves out, and "at" is mostly a
# place or an occasion ("spoke at the conference").
_LINKING_PREPOSITIONS = frozenset({"about", "on", "of", "over", "against", "into"})


# Prepositions that introduce what a verb reports ("responded with attacks on X").
_CONTENT_LINKS = _LINKING_PREPOSITIONS | {"with", "for"}


def _with_linking_preposition(token: Token, cue: tuple[int, int]) -> tuple[int, int]:
    """The cue through the preposition right after it that links it to its content."""
    following = token.doc[cue[1] + 1] if cue[1] + 1 < len(token.doc) else None
    if (
        following is not None
        and following.head.i == token.i
        and following.dep_ == "prep"
        and following.lower_ in _LINKING_PREPOSITIONS
        and not _is_quantity_about(following)
    ):
        return cue[0], following.i
    return cue


def _with_own_particle(token: Token, cue: tuple[int, int]) -> tuple[int, int]:
    """ "did not single out", "is rolling out": the verb's particle right after it."""
    following = token.doc[cue[1] + 1] if cue[1] + 1 < len(token.doc) else None
    if following is not None and following.head.i == token.i and following.dep_ == "prt":
        return cue[0], following.i
    return cue


def _passive_content(token: Token, ctx: _Context, cue: tuple[int, int]) -> Content | None:
    """ "“American Skin” was written by Springsteen": a passive with an agent reports its
    subject (the agent is the source). A judgement reports whom it judges and why, with or
    without a judge: "Mr. Reagan was criticized for trading a guilty person", "he was
    criticized by libertarians"."""
    subject = _first_child(token, ("nsubjpass",))
    if subject is None:
        return None
    has_agent = any(c.dep_ == "agent" for c in token.children)
    if _lemma(token) not in EVALUATION_VERBS:
        if not has_agent or subject.pos_ == "PRON":
            return None
        if subject.lemma_.lower() in NON_REPORTING_OBJECTS.get(_lemma(token), frozenset()):
            return None  # "profits were reported by the company": results, not a report
        return _content_from_tokens(ctx, *_subtree_range(subject), cue)
    reason = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ in ("for", "as")), None)
    if reason is None and not has_agent:
        return None  # "was roundly criticized on Twitter": no judge and no reason
    parts = [_content_from_tokens(ctx, *_subtree_range(subject), cue)]
    if reason is not None:
        parts.append(_content_from_tokens(ctx, *_subtree_range(reason), cue))
    return _combine(parts)


def _preposition_content(token: Token, ctx: _Context, cue: tuple[int, int]) -> Content | None:
    """ "responded with attacks on Machado", "didn't apologize for his past statements": the
    object of the first preposition after the cue, when the verb has no object of its own."""
    if _first_child(token, ("dobj", "ccomp", "xcomp")) is not None:
        return None
    prep = next((c for c in token.rights if c.dep_ == "prep" and c.i > cue[1]), None)
    if prep is None or prep.lower_ not in _CONTENT_LINKS:
        return None  # "wrote to voters", "tweeted from Florida": an addressee, an origin
    obj = _first_child(prep, ("pobj", "pcomp"))
    if obj is None:
        return None
    return _content_from_tokens(ctx, *_subtree_range(obj), cue)


def _particle_content(token: Token, ctx: _Context, cue: tuple[int, int]) -> Content | None:
    """ "called for an inquiry", "pointed to reports that ...", "called on X to resign"."""
    particle = _particle(token)
    if particle is None:
        return None
    if particle.dep_ == "mark":
        return _content_from_tokens(
            ctx, particle.i + 1, max(t.i for t in particle.head.subtree), cue
        )
    obj = next((c for c in particle.children if c.dep_ in ("pobj", "pcomp")), None)
    if obj is None:
        obj = next((c for c in token.rights if c.dep_ in ("dobj", "ccomp") and c.i > cue[1]), None)
    if obj is None:
        return None
    first, last = _subtree_range(obj)
    for child in token.rights:
        if child.i > last and child.dep_ == "xcomp":
            last = max(t.i for t in child.subtree)
    return _content_from_tokens(ctx, first, last, cue)


def _particle(token: Token) -> Token | None:
    """The reporting particle after a cue verb ("out" in "pointed out"), if any, past a day
    ("called Wednesday for"), the verb's adverbs ("spoke favorably of", "spoke at length
    about") and an "out" or "up" before another particle ("has spoken out about")."""
    particles = CUE_PARTICLES.get(token.lemma_.lower(), frozenset())
    if not particles:
        return None
    doc = token.doc
    found: Token | None = None
    adverbs = token.lemma_.lower() in ADVERB_BEFORE_PARTICLE
    i = token.i + 1
    while i < len(doc) and i <= token.i + 4:
        nxt = doc[i]
        if nxt.lower_ in particles and not _is_quantity_about(nxt) and _hangs_on(nxt, token):
            found = nxt
            if nxt.dep_ != "prt":
                break
        elif not (
            # "called Wednesday for", "spoke out Tuesday about": the day the verb was said on
            (
                (i == token.i + 1 or found is not None)
                and nxt.ent_type_ in ("DATE", "TIME")
                and nxt.head.i == token.i
            )
            or (adverbs and _adverb_of(nxt, token))
        ):
            break
        i += 1
    return found


def _adverb_of(word: Token, verb: Token) -> bool:
    """An adverb of the verb, or of its adverb ("more loudly"), "at length", or a reflexive
    object ("distanced himself from")."""
    if word.lower_ in REFLEXIVES and word.head.i == verb.i:
        return True
    if word.lower_ == "at":
        return word.i + 1 < len(word.doc) and word.nbor(1).lower_ == "length"
    if word.lower_ == "length":
        return word.nbor(-1).lower_ == "at"
    return (
        word.dep_ == "advmod"
        and word.is_alpha
        and word.lower_ not in _WH_ADVERBS
        and (word.head.i == verb.i or word.head.head.i == verb.i)
    )


def _hangs_on(particle: Token, verb: Token) -> bool:
    if particle.lower_ in ("down", "up") and particle.dep_ != "prt":
        return False  # "played down the idea", not "played down the street"
    if particle.head.i == verb.i and particle.dep_ in ("prt", "prep"):
        return True
    return particle.dep_ == "mark" and particle.head.head.i == verb.i  # "calling for X to act"


def _about_content(token: Token, ctx: _Context, cue: tuple[int, int]) -> Content | None:
    """ "informed the participants ... about X": the first "about" (or "of" for warn) after the
    cue in its region, past the addressee; the content runs to the end of the clause."""
    doc = ctx.doc
    region_last = ctx.regions[ctx.region_of[token.i]][1]
    words = ("about",) if token.lemma_ != "warn" else ("about", "of", "against")
    for i in range(token.i + 1, region_last + 1):
        t = doc[i]
        if t.lower_ in words and ctx.quote_of[i] is None:
            end = region_last
            for j in range(i + 1, region_last + 1):
                if doc[j].text == ";" or (
                    doc[j].pos_ in ("VERB", "AUX")
                    and doc[j].tag_ not in ("VBN", "VBG")
                    and doc[j].dep_ not in ("amod", "acl", "relcl")
                    and ctx.quote_of[j] is None
                ):
                    end = j - 1
                    while end > i and doc[end].pos_ not in ("PUNCT", "CCONJ"):
                        end -= 1
                    end = end if end > i + 1 else region_last
                    break
            return _content_from_tokens(ctx, i + 1, end, cue)
        if t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBN", "VBG"):
            return None
    return None


def _adjacent_quotes(
    token: Token, ctx: _Context, cue: tuple[int, int], source: tuple[int, int] | None
) -> list[int]:
    """Quotes next to the attribution ("“...,” she said", "he said: “...”"): only punctuation,
    the source and short adverbials may separate them from the cue."""
    doc = ctx.doc
    region_first = ctx.regions[ctx.region_of[token.i]][0]
    attribution = set(range(cue[0], cue[1] + 1))
    if source is not None:
        attribution |= set(range(source[0], source[1] + 1))
    for child in token.children:
        if child.dep_ in ("npadvmod", "advmod", "dative", "dobj", "prep") and all(
            ctx.quote_of[t.i] is None for t in child.subtree
        ):
            attribution |= {t.i for t in child.subtree}
    found: list[int] = []
    i = min(attribution) - 1
    while i >= 0 and doc[i].is_punct and ctx.quote_of[i] is None:
        i -= 1
    if i >= 0 and ctx.quote_of[i] is not None and i >= region_first - 40:
        q = ctx.quote_of[i]
        if not is_title_quote(doc.text, ctx.quotes[q]):  # type: ignore[index]
            found.append(q)  # type: ignore[arg-type]
    j = max(attribution) + 1
    while j < len(doc) and (doc[j].is_punct or doc[j].is_space) and ctx.quote_of[j] is None:
        j += 1
    if j < len(doc) and ctx.quote_of[j] is not None:
        q = ctx.quote_of[j]
        if not is_title_quote(doc.text, ctx.quotes[q]) and q not in found:  # type: ignore[index]
            between = doc.text[doc[max(attribution)].idx : doc[j].idx]
            aside = _is_participle_aside(token) or token.dep_ == "relcl"
            aside_ends = aside and any(m in between for m in ".!?")
            if ("\n" not in between or ":" in between) and not aside_ends:
                # "..., mocking concerns about civil liberties. “These people ...”", "said
                # O'Donnell, who wrote about it in the book. “...”": the next sentence's quote
                # continues the main attribution, not its aside
                found.append(q)  # type: ignore[arg-type]
    return found


def _with_opening_quote(
    token: Token,
    ctx: _Context,
    cue: tuple[int, int],
    source: tuple[int, int] | None,
    result: Content,
    used_quotes: set[int],
) -> tuple[Content, list[int]]:
    """ "“By locking in China,” Mr. Obama said, “it now allowed me ...”": the parse hung the
    quote's opening phrase on the cue, not on the clause, but the quote that runs into the
    attribution with a comma opens the same content."""
    content, kind = result
    cue_end = ctx.doc[cue[1]].idx
    if kind != "direct" or any(start < cue_end for start, _ in content):
        return result, []
    for q in _adjacent_quotes(token, ctx, cue, source):
        quote = ctx.quotes[q]
        if q in used_quotes or quote.parts[-1][1] > ctx.doc[cue[0]].idx:
            continue
        inner = ctx.doc.text[quote.parts[0][0] : quote.parts[-1][1]]
        if inner.rstrip().rstrip("\"'”’»").endswith(","):  # “...,” ends on a comma: more follows
            return ([*quote.parts, *content], kind), [q]
    return result, []


def _asked_about(token: Token, ctx: _Context) -> _Draft | None:
    """ "Asked about Cruz's charges, Rubio said ...": a question put to no one the text names;
    PolNeAR's cue runs through "about", the topic is the content."""
    prepositions = QUESTIONING_PREPOSITIONS.get(_lemma(token))
    if prepositions is None or (_lemma(token) != "ask" and token.dep_ != "advcl"):
        return None  # "pressed on a grill": only a clause put before the answer is a question
    # the parse may hang "about" on a noun between ("Asked at a briefing Monday about ...")
    about = next(
        (
            t
            for t in token.subtree
            if t.i > token.i and t.dep_ == "prep" and t.lower_ in prepositions
        ),
        None,
    )
    topic = (
        next((c for c in about.children if c.dep_ in ("pobj", "pcomp")), None) if about else None
    )
    agent = next((c for c in token.rights if c.dep_ == "agent"), None)
    asker = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    source = _trim(ctx.doc, *_subtree_range(asker), ctx.quote_of) if asker is not None else None
    if about is not None and topic is not None:
        last = max(t.i for t in topic.subtree)
        if all(t.pos_ == "ADV" for t in ctx.doc[token.i + 1 : about.i]):
            # "Asked about", "Pressed again about": the cue runs through the preposition
            cue = (token.i, about.i)
            result = _content_from_tokens(ctx, topic.left_edge.i, last, cue)
            return _phrase_draft(ctx, cue, f"{_lemma(token)} {about.lower_}", result, source)
        # "Asked Tuesday about Sullivan", "When asked by Ingraham on Thursday about ...": the
        # cue is the verb alone and the content keeps its "about", as PolNeAR marks them
        cue = _cue_range(token, ctx)
        result = _content_from_tokens(ctx, about.i, last, cue)
        return _phrase_draft(ctx, cue, _lemma(token), result, source, asker.i if asker else None)
    if _lemma(token) != "ask":
        return None
    request = next(
        (c for c in token.rights if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.lefts)),
        None,
    )
    if request is None:
        return None
    # "Asked by Stephanopoulos to respond to ...", "when asked to leave": the request
    cue = _cue_range(token, ctx)
    result = _content_from_tokens(ctx, request.left_edge.i, request.right_edge.i, cue)
    return _phrase_draft(ctx, cue, "ask", result, source, asker.i if asker else None)


def _as_reported_by(token: Token, ctx: _Context) -> _Draft | None:
    """ "As reported by Western Journalism, investigators found ...": a passive as-clause whose
    agent is the source of the clause it modifies (after it, or before a closing one)."""
    agent = next((c for c in token.rights if c.dep_ == "agent"), None)
    reporter = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    if reporter is None or not _is_as_clause(token):
        return None
    if _lemma(token) in EVIDENCE_VERBS or (
        reporter.pos_ != "PROPN" and reporter.ent_type_ not in ("PERSON", "ORG", "NORP")
    ):
        return None  # "as shown by Gingrich's inclusion of it": evidence, not a reporter
    source = _trim(ctx.doc, *_subtree_range(reporter), ctx.quote_of)
    cue = _cue_range(token, ctx)
    result = _as_clause_content(token, ctx, cue, closing=True)
    return _phrase_draft(ctx, cue, _lemma(token), result, source, reporter.i)


def _is_participle_aside(token: Token) -> bool:
    """ "..., Trump said, mocking concerns", "... told the AP after hinting that": a participle
    hung on another verb of the attribution sentence."""
    return token.tag_ == "VBG" and token.dep_ in ("advcl", "pcomp", "xcomp", "conj")


def _is_reduced_passive(token: Token) -> bool:
    """ "Asked about the bomb, ...", "the resolution adopted by ...": a participle with no
    auxiliary and no subject reports nothing by itself."""
    if token.tag_ != "VBN":
        return False
    return not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in token.children)


def _is_generic_cognition(token: Token, lemma: str, subject: Token | None) -> bool:
    """ "I believe ...", "you know", "to see if ...": a belief or intention held by the writer or
    the reader, or a question rather than a claim."""
    if (
        lemma not in BELIEF_VERBS
        and lemma not in INTENTION_VERBS
        or lemma in VERB_CUES
        and (lemma not in BELIEF_VERBS and lemma not in INTENTION_VERBS)
    ):
        return False
    if lemma in BELIEF_VERBS and subject is not None and subject.lower_ in GENERIC_SUBJECTS:
        return True
    comp = _first_child(token, _CLAUSAL)
    if comp is not None and lemma in ("see", "know", "learn", "understand", "wonder"):
        first_word = comp.doc[min(t.i for t in comp.subtree)]
        if first_word.lower_ in WH_MARKERS:
            return True
    return False


# What a verb the learned model calls a cue may report through: its own grammar says which.
LEARNED_FRAMES = frozenset({CLAUSE, QUOTE, INFINITIVE, OBJECT, ABOUT, PASSIVE, PREPOSITION})


def _learned_decision(token: Token, ctx: _Context) -> bool | None:
    """The learned model's say over one verb: True makes a cue of it (a verb the lexicon lacks,
    or a lexicon verb that passes the lexicon's own vetoes, which may then report through any
    frame its grammar offers); False vetoes a lexicon cue in a context it is not one; None
    leaves it to the lexicon (no model, or a score between the thresholds)."""
    if ctx.cue_scores is None or token.i not in ctx.cue_scores.probabilities:
        return None
    probability = ctx.cue_scores.probabilities[token.i]
    if probability < ctx.cue_scores.drop_threshold:
        return False
    if probability < ctx.cue_scores.add_threshold:
        return None
    if ctx.quote_of[token.i] is not None or _in_according_to_source(token):
        return None
    if _in_lexicon(token) and not _is_cue_candidate(token, ctx):
        return None  # "told the story", "added up", "found out": the lexicon's vetoes hold
    lemma = _lemma(token)
    if lemma in CUE_PARTICLES and lemma not in VERB_CUES and _particle(token) is None:
        return None  # "laid a wreath": "lay" reports only as "lay out"
    return True


# What a verb framing a quotation may have besides its speaker: anything more ("“...,” revamped
# his plans", "“...,” prompted a $5 billion lawsuit") makes it a verb of the sentence, not a
# manner of speaking.
_BEYOND_SPEAKER = frozenset(
    {"dobj", "ccomp", "xcomp", "attr", "acomp", "dative", "auxpass", "oprd"}
)


def _frames_quotation(token: Token, ctx: _Context) -> bool:
    """ "“This is fantastic!” beamed Donald Hartley", "“...,” Oliver barked.": a verb the
    lexicon lacks is a cue where it follows a quotation closing on a comma, a question or an
    exclamation mark, with only its speaker beside it: right after it ("scoffed Arianna Gil,
    22, who ...") or between the mark and it ("she elaborated, “...”"). How a quotation was
    spoken is an open class ("scoffed", "beamed", "surmised"); the construction says it."""
    doc = token.doc
    if (
        token.pos_ != "VERB"
        or token.tag_ not in ("VBD", "VBZ", "VBP")
        or ctx.quote_of[token.i] is not None
        or _in_lexicon(token)
    ):
        return False
    subject = _nearest_subject(token) or _speaker_read_as_object(token)
    if subject is None or subject.pos_ not in ("PROPN", "NOUN", "PRON"):
        return False
    speaker = (subject.left_edge.i, subject.right_edge.i)
    # the quotation itself may hang on the verb ("“...,” scoffed Gil": its clause is a ccomp)
    beyond = [
        c
        for c in token.children
        if c.dep_ in _BEYOND_SPEAKER and c.i != subject.i and ctx.quote_of[c.i] is None
    ]
    if beyond:
        return False
    if subject.i > token.i:
        mark, after = token.i - 1, speaker[1] + 1
        if speaker[0] != token.i + 1:
            return False
    else:
        mark, after = speaker[0] - 1, token.i + 1
        if speaker[1] != token.i - 1:
            return False
    if mark < 1 or (after < len(doc) and not doc[after].is_punct):
        return False
    quote = ctx.quote_of[mark]
    if quote is None or ctx.quotes[quote].end != doc[mark].idx + len(doc[mark].text):
        return False
    closing = doc.text[: doc[mark].idx].rstrip()[-1:]
    return closing in (",", "?", "!") and not is_title_quote(doc.text, ctx.quotes[quote])


# A learned score this high makes a cue even when no frame reads its content: the content is
# then the rest of the verb's clause ("had called the hearing because ..."). Chosen on PolNeAR
# dev (docs/statements.md).
CONFIDENT_CUE_SCORE = 0.65


def _is_confident(token: Token, ctx: _Context) -> bool:
    scores = ctx.cue_scores
    return scores is not None and scores.probabilities.get(token.i, 0.0) >= CONFIDENT_CUE_SCORE


def _rest_of_clause(token: Token, ctx: _Context, cue: tuple[int, int]) -> Content | None:
    """The verb's dependents after the cue, without punctuation and coordinated clauses."""
    right = [
        t.i
        for child in token.rights
        if child.i > cue[1] and child.dep_ not in ("punct", "cc", "conj")
        for t in child.subtree
    ]
    if not right:
        return None
    return _content_from_tokens(ctx, min(right), max(right), cue)


def _in_lexicon(token: Token) -> bool:
    lemma = _lemma(token)
    return lemma in VERB_CUES or lemma in CUE_PARTICLES or lemma in LABELLING_VERBS


def _drafts_from_parse(ctx: _Context) -> list[_Draft]:
    doc = ctx.doc
    drafts: list[_Draft] = []
    used_quotes: set[int] = set()
    for token in doc:
        if token.lower_ == PREPOSITIONAL_CUES[0][0] and token.i + 1 < len(doc):
            draft = _according_to(token, ctx)
            if draft is not None:
                drafts.append(draft)
            continue
        phrasal = (
            _phrasal_draft(token, ctx)
            or _noun_draft(token, ctx)
            or _known_as(token, ctx)
            or _put_it(token, ctx)
            or _estimate(token, ctx)
            or _in_poll(token, ctx)
            or _hearsay(token, ctx)
        )
        if phrasal is not None:
            drafts.append(phrasal)
            continue
        learned = _learned_decision(token, ctx)
        framing = not learned and _frames_quotation(token, ctx)
        if learned is False or (not learned and not framing and not _is_cue_candidate(token, ctx)):
            continue
        if _carried_by_own_cue(token):
            continue  # "declined to say whether ...": content of the cue "declined"
        lemma = _lemma(token)
        # a verb framing a quotation is in no lexicon: it reports that quotation only
        frames = VERB_CUES.get(lemma, frozenset()) | (LEARNED_FRAMES if learned else frozenset())
        frames |= {QUOTE} if framing else frozenset()
        if (
            _is_reduced_passive(token)
            and not (QUESTION in frames and _question(token))
            and not _labels_twice(token, ctx)
        ):
            reduced = _asked_about(token, ctx) or _as_reported_by(token, ctx)
            if reduced is not None:
                drafts.append(reduced)
            continue
        cue = _cue_range(token, ctx)
        with_particle = _particle(token) is not None
        if lemma not in VERB_CUES and not with_particle and not learned and not framing:
            if lemma not in LABELLING_VERBS:
                continue
            frames = frozenset({LABEL})
        subject = _subject_of(token)
        if lemma in FINDING_VERBS and subject is not None and _lemma(subject) in STUDY_NOUNS:
            frames = frames | {OBJECT}  # "A survey in March found Mrs. Clinton with a lead"
        aside = _inverted_aside(token) or _interposed_aside(token)
        aside_content: Content | None = None
        if aside is not None:
            # "The plan, said the mayor, will cost $4 million" (the parse made the mayor the
            # clause's subject and the plan the speaker), "The plan, the mayor said, will ..."
            # (the parse made the cue the root): the report sits inside the clause it reports
            speaker, content_ranges = aside
            halves = [_content_from_tokens(ctx, first, last, cue) for first, last in content_ranges]
            if all(halves):
                subject, aside_content = speaker, _combine(halves)
        if _is_generic_cognition(token, lemma, subject):
            continue
        # a cue only the learned model knows: someone must hold it, and its particle is its own
        only_learned = learned and lemma not in VERB_CUES and not with_particle
        if only_learned and subject is None:
            continue
        source = _source_range(subject, token, ctx) if subject is not None else None
        result: Content | None = aside_content
        quote_ids: list[int] = []
        if with_particle and result is None:
            result = _particle_content(token, ctx, cue)
        if only_learned:
            cue = _with_own_particle(token, cue)
        passive = any(c.dep_ == "auxpass" for c in token.children)
        if (
            result is None
            and frames & {CLAUSE, LABEL, OBJECT}
            and (PASSIVE in frames or not passive)
        ):
            # "which is said to be the oldest": a passive hedge only where the lexicon says so
            result = _relative_content(token, ctx, cue)
        if result is None and CLAUSE in frames:
            result = _clause_content(token, ctx, cue)
            if result is not None and QUOTE in frames:
                result, quote_ids = _with_opening_quote(
                    token, ctx, cue, source, result, used_quotes
                )
        if result is None and QUOTE in frames:
            quote_ids = [
                q for q in _adjacent_quotes(token, ctx, cue, source) if q not in used_quotes
            ]
            if quote_ids:
                parts = [part for q in quote_ids for part in ctx.quotes[q].parts]
                result = parts, "direct"
        if result is None and lemma in RAISING_VERBS:
            result = _seeming_content(token, ctx, cue)
            if result is not None:
                subject, source = None, None  # an appearance no one in the text holds
        for frame, read_content in FRAME_READERS:
            if result is not None:
                break
            if frame in frames:
                result = read_content(token, ctx, cue)
                if result is not None and frame == PREPOSITION:
                    cue = _with_linking_preposition(token, cue)
        if result is None and learned and subject is not None and _is_confident(token, ctx):
            result = _rest_of_clause(token, ctx, cue)
        if result is None:
            continue
        content, kind = result
        raised = _raised_subject(token, content, doc)
        if raised is not None:
            # "Trump is expected to deliver a speech", "They appear to be unanimous": the
            # subject is what the expectation or appearance is about, not who holds it
            subject, source = None, None
            content = [_tokens_span(doc, *raised), *content]
        if subject is None and raised is None and _speaker_lost_by_parse(token):
            lost = _subject_lost_by_parse(token, ctx, cue)
            if lost is not None:
                subject, source = lost
                content, kind = _before_source(ctx, content, kind, source, cue)
                # the parse read the speaker and its aside as part of what was said
                span_start, cue_start = doc[source[0]].idx, doc[cue[0]].idx
                content = [
                    (a, b) for a, b in content if not (a < cue_start and b > span_start)
                ] or content
        if subject is None and raised is None:
            inverted = _speaker_read_as_clause(token)
            before_cue = [part for part in content if part[1] <= doc[cue[0]].idx]
            if inverted is not None and before_cue:
                source = _source_range(inverted, token, ctx)
                if inverted.head.is_title and source is not None:
                    # a capitalised "verb" is part of a name: "... super PAC Correct the Record"
                    last = inverted.head.right_edge.i
                    while last > inverted.i and doc[last].is_punct:
                        last -= 1
                    source = (source[0], last)
                subject, content = inverted, before_cue
        if source is None and lemma in EVALUATION_VERBS and _is_bare_infinitive(token):
            # "donors reluctant to support Trump", "a floor speech to defend himself": a stance
            # no one in the sentence takes (PolNeAR marks 1 in 15 on train)
            continue
        used = set(quote_ids) | {
            q
            for q, quote in enumerate(ctx.quotes)
            if any(quote.parts[0][0] >= a and quote.parts[-1][1] <= b for a, b in content)
        }
        used_quotes.update(used)
        drafts.append(
            _Draft(
                cue=_tokens_span(doc, *cue),
                cue_lemma=_cue_lemma(doc, cue, token),
                content=list(content),
                source=_tokens_span(doc, *source) if source else None,
                kind=kind,
                source_head=subject.i if subject is not None else None,
                quotes=[ctx.quotes[q] for q in sorted(used)],
            )
        )
    return drafts


def _is_bare_infinitive(token: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children)


def _speaker_lost_by_parse(token: Token) -> bool:
    """A finite active cue with no subject, in a clause of its own: the parse hung its speaker
    elsewhere ("Alarmed by the unrest in Nevada, Senator Harry Reid, the minority leader,
    said ..." hangs the name on "Nevada")."""
    return (
        _lacks_subject(token)
        and _lemma(token) not in RAISING_VERBS
        and not any(c.dep_ == "auxpass" for c in token.children)
        and token.dep_ not in ("conj", "relcl", "acl")
    )


MAX_APPOSITION = 10  # tokens in "Name, a top outside Clinton adviser," between the commas
MAX_ASIDE = 30  # tokens in "Name, whose latest start-up, Paradata, uses big data ...," likewise
# "the Democratic candidate", "her senior policy adviser": a description's determiner
_SPEAKER_ARTICLES = frozenset(
    {"the", "a", "an", "another", "one", "his", "her", "their", "its", "our", "my"}
)
_CLAUSE_OPENERS = frozenset({"but", "and", "yet", "so"})


def _subject_lost_by_parse(
    token: Token, ctx: _Context, cue: tuple[int, int]
) -> tuple[Token, tuple[int, int]] | None:
    """The speaker the parse hung elsewhere, in one of three places: the name right before a
    subjectless cue, or a name and its apposition set off by commas, opening its clause; a name
    opening the sentence, then an aside of any kind set off by commas ("Mr. Slinker, whose latest
    start-up, Paradata, uses big data ..., said"); a description and its relative clause right
    before the cue ("..., a White House official who spoke anonymously said Wednesday")."""
    return (
        _name_right_before(token, ctx, cue)
        or _name_before_aside(token, ctx, cue)
        or _name_with_relative_clause(token, ctx, cue)
        or _share_read_as_number(token, ctx, cue)
        or _speaker_read_as_participle_clause(token, ctx, cue)
    )


def _is_speaker_chunk(chunk: SpacySpan) -> bool:
    """A name, a pronoun, or a description with its article ("the Democratic candidate")."""
    root = chunk.root
    return root.ent_type_ not in ("DATE", "TIME") and (
        root.pos_ in ("PROPN", "PRON")
        or root.ent_type_ in ("PERSON", "ORG", "NORP")  # "Sanders" tagged a plural noun
        or root.pos_ == "NOUN"
        and chunk[0].lower_ in _SPEAKER_ARTICLES
    )


def _name_right_before(
    token: Token, ctx: _Context, cue: tuple[int, int]
) -> tuple[Token, tuple[int, int]] | None:
    doc = ctx.doc
    end = cue[0] - 1
    apposition = end > token.sent.start and doc[end].text == ","
    name_end = end - 1 if apposition else end
    if apposition:
        comma = name_end
        while comma > max(token.sent.start, end - MAX_APPOSITION) and doc[comma].text != ",":
            comma -= 1
        between = doc[comma + 1 : end]
        if doc[comma].text != "," or not between or any(t.pos_ in ("VERB", "AUX") for t in between):
            return None
        name_end = comma - 1
    if not apposition and doc[end].text == ")":
        # "Rep. Paul Ryan (R-WI) said": a parenthesis after the name is part of the source
        opening = next(
            (
                t.i
                for t in reversed(doc[max(token.sent.start, end - MAX_ASIDE) : end])
                if t.text == "("
            ),
            None,
        )
        if opening is None:
            return None
        name_end = opening - 1
    chunks = list(token.sent.noun_chunks)
    name = next((c for c in chunks if c.end - 1 == name_end), None)
    if name is None or not _is_speaker_chunk(name):
        return None
    # "hunky-dory,” Gene Sperling": a chunk the parse ran over a quote's end starts after it
    start = max([name.start, *(t.i + 1 for t in name if t.is_quote and t.i < name.root.i)])
    while start - 2 >= token.sent.start and doc[start - 1].lower_ == "of":
        # "Speaker of the House Rep. Paul Ryan": a title's "of" phrase ends in the name
        title = next((c for c in chunks if c.end == start - 1), None)
        if title is None or title.root.pos_ != "PROPN":
            break
        start = title.start
    if any(ctx.quote_of[i] is not None for i in range(start, end + 1)):
        return None
    opens_clause = doc[start - 1].lower_ in _CLAUSE_OPENERS and (
        start - 1 == token.sent.start or doc[start - 2].is_punct
    )  # "..., but Sen. Chris Murphy (a Connecticut Democrat) says"
    if not (start == token.sent.start or doc[start - 1].is_punct or opens_clause):
        return None
    return name.root, (start, end)


def _share_read_as_number(
    token: Token, ctx: _Context, cue: tuple[int, int]
) -> tuple[Token, tuple[int, int]] | None:
    """ "About 4 in 10 say they want ...": a poll's share the parse read as a number modifying
    the cue."""
    share = next(
        (c for c in token.lefts if c.dep_ in ("nummod", "npadvmod") and c.tag_ == "CD"), None
    )
    if share is None or share.right_edge.i != cue[0] - 1:
        return None
    if any(ctx.quote_of[i] is not None for i in range(share.left_edge.i, cue[0])):
        return None
    return share, (share.left_edge.i, share.right_edge.i)


def _speaker_read_as_participle_clause(
    token: Token, ctx: _Context, cue: tuple[int, int]
) -> tuple[Token, tuple[int, int]] | None:
    """ "Republican activists clamoring to block Donald Trump say ...": the parse read the
    speaker and the participle describing it as a clause of their own, with no comma before
    the cue."""
    clause = next(
        (
            c
            for c in token.lefts
            if c.dep_ == "advcl" and c.tag_ in ("VBG", "VBN") and c.right_edge.i == cue[0] - 1
        ),
        None,
    )
    subject = (
        next((c for c in clause.lefts if c.dep_ == "nsubj"), None) if clause is not None else None
    )
    if clause is None or subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    start = subject.left_edge.i
    if any(ctx.quote_of[i] is not None or ctx.doc[i].is_punct for i in range(start, cue[0])):
        return None
    return subject, (start, cue[0] - 1)


def _name_before_aside(
    token: Token, ctx: _Context, cue: tuple[int, int]
) -> tuple[Token, tuple[int, int]] | None:
    doc = ctx.doc
    sentence = token.sent
    end = cue[0] - 1
    if end <= sentence.start or doc[end].text != ",":
        return None
    first = sentence.start + (doc[sentence.start].lower_ in _CLAUSE_OPENERS)
    name = next((c for c in sentence.noun_chunks if c.start == first), None)
    if name is None or not _is_speaker_chunk(name) or name.end >= end:
        return None
    after = name.end
    if doc[after].text == "(":  # "Sen. Richard J. Durbin (D-Ill.), noting ..., said"
        after = next((t.i + 1 for t in doc[after:end] if t.text == ")"), end)
    if doc[after].text != "," or end - after > MAX_ASIDE:
        return None
    if any(ctx.quote_of[i] is not None or doc[i].is_quote for i in range(first, end + 1)):
        return None
    # a clause aside describes the speaker and is not part of the source, as `_source_range`
    # reads it ("One attendee, who spoke on the condition of anonymity, said"); an apposition is
    opening = next((t for t in doc[after + 1 : end] if t.pos_ != "ADV" and not t.is_punct), None)
    if opening is not None and opening.tag_ in ("WP", "WDT", "WP$", "VBG", "VBN"):
        return name.root, (first, after - 1)
    return name.root, (first, end)


def _name_with_relative_clause(
    token: Token, ctx: _Context, cue: tuple[int, int]
) -> tuple[Token, tuple[int, int]] | None:
    doc = ctx.doc
    for chunk in token.sent.noun_chunks:
        clause = next((c for c in chunk.root.rights if c.dep_ in ("relcl", "acl")), None)
        if clause is None or clause.right_edge.i != cue[0] - 1 or not _is_speaker_chunk(chunk):
            continue
        if not (chunk.start == token.sent.start or doc[chunk.start - 1].is_punct):
            return None
        if any(ctx.quote_of[i] is not None for i in range(chunk.start, cue[0])):
            return None
        return chunk.root, (chunk.start, cue[0] - 1)
    return None


def _before_source(
    ctx: _Context,
    content: list[tuple[int, int]],
    kind: str,
    source: tuple[int, int],
    cue: tuple[int, int],
) -> Content:
    """Content that ran over a speaker found after the parse ("“It is not ...,” Gene Sperling, a
    top adviser, said") ends before the speaker."""
    doc = ctx.doc
    start = doc[source[0]].idx
    if not any(a < start < b for a, b in content):
        return content, kind
    after_cue = [(a, b) for a, b in content if a >= doc[cue[1]].idx]
    if after_cue:
        # "Few believed this, but Sen. Chris Murphy (...) says he was unfocused": what the cue
        # introduces is the content; the clause before the speaker is the writer's
        return after_cue, kind
    first = doc.char_span(content[0][0], content[0][0] + 1, alignment_mode="expand")
    if first is None or first.start >= source[0]:
        return content, kind
    clipped = _content_from_tokens(ctx, first.start, source[0] - 1, cue)
    return clipped if clipped is not None else (content, kind)


_CONTENT_PREPOSITIONS = frozenset(
    {"about", "of", "for", "on", "against", "over", "with", "toward", "towards", "at", "that"}
)


def _phrasal_draft(token: Token, ctx: _Context) -> _Draft | None:
    """Cues made of a verb and a word it governs: "is critical of X", "are optimistic that ...",
    "made the case that ...", "made it clear that ...", "made no mention of X"."""
    if ctx.quote_of[token.i] is not None:
        return None
    lemma = token.lemma_.lower()
    doc = ctx.doc
    head_word: Token | None = None
    if lemma == "be":
        head_word = next(
            (
                c
                for c in token.rights
                # "is convinced that": a participle's lemma is its verb's
                if c.dep_ == "acomp"
                and (c.lower_ in ATTITUDE_ADJECTIVES or c.lemma_.lower() in ATTITUDE_ADJECTIVES)
            ),
            None,
        )
    elif lemma in LIGHT_VERBS or lemma in ISSUING_VERBS or lemma in LIGHT_VERB_PAIRS:
        head_word = next(
            (
                c
                for c in token.rights
                if c.dep_ in ("dobj", "ccomp", "oprd") and _is_light_verb_noun(lemma, c)
            ),
            None,
        )
        if head_word is None and lemma in LIGHT_VERBS:  # "made it clear that"
            head_word = next(
                (
                    c
                    for c in token.rights
                    if c.dep_ in ("ccomp", "oprd", "acomp") and c.lower_ == "clear"
                ),
                None,
            )
    if head_word is None:
        return None
    # the verb's own subject, else the one it shares ("talked about the market and made
    # comments about ...", "tried to make the case that ...")
    subject = next(
        (c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None
    ) or _subject_of(token)
    if subject is None or subject.lower_ in GENERIC_SUBJECTS or subject.lower_ == "it":
        return None
    content: Content | None = None
    end = head_word.i
    hastened = _hastened_act(head_word)
    if hastened is not None:
        # "were quick to condemn the remarks": PolNeAR's cue runs through the act (10 of 10 on
        # train), and what it was done to is the content
        particle = next((c for c in hastened.rights if c.dep_ == "prt"), None)
        end = particle.i if particle is not None else hastened.i
        rest = [c for c in hastened.rights if c.i > end]
        if rest:
            content = _content_from_tokens(
                ctx, rest[0].left_edge.i, hastened.right_edge.i, (token.i, end)
            )
        if content is None:
            end = head_word.i
    # "released a statement saying ...": an issuing verb is a cue only through the participle
    issued_only = lemma in ISSUING_VERBS and lemma not in LIGHT_VERBS
    for owner in (head_word, token):
        for child in owner.rights:
            if child.i <= head_word.i:
                continue
            if issued_only and not _is_reporting_participle(child):
                continue
            if (
                child.dep_ == "prep"
                and child.i == end + 1
                and content is None
                and (child.lower_ in _CONTENT_PREPOSITIONS)
            ):
                pobj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
                if pobj is not None and pobj.ent_type_ not in ("DATE", "TIME"):
                    end = child.i
                    content = _content_from_tokens(
                        ctx, pobj.left_edge.i, pobj.right_edge.i, (token.i, child.i)
                    )
            elif (
                _is_reporting_participle(child)
                and _participle_follows_text(doc, head_word, child)
                and content is None
            ):
                # "issued a statement saying ...": one cue through the participle
                content = _participle_content(child, ctx, (token.i, child.i))
                particle = _particle(child)
                if content is not None:
                    end = particle.i if particle is not None else child.i
            elif (
                child.dep_ in ("ccomp", "acl", "xcomp") or _clause_made_clear(head_word, child)
            ) and content is None:
                content = _content_from_tokens(
                    ctx, child.left_edge.i, child.right_edge.i, (token.i, end)
                )
    if content is None:
        return None
    cue = _cue_range(token, ctx)
    first = cue[0]
    source = _source_range(subject, token, ctx)
    return _Draft(
        cue=_tokens_span(doc, first, end),
        cue_lemma=f"{lemma} {head_word.lemma_.lower()}",
        content=list(content[0]),
        source=_tokens_span(doc, *source) if source else None,
        kind=content[1],
        source_head=subject.i,
    )


def _hastened_act(adjective: Token) -> Token | None:
    """The verb of "quick to condemn", if `adjective` is such an adjective with one."""
    if adjective.lower_ not in HASTE_ADJECTIVES:
        return None
    return next(
        (
            c
            for c in adjective.rights
            if c.dep_ == "xcomp" and c.pos_ == "VERB" and any(a.tag_ == "TO" for a in c.lefts)
        ),
        None,
    )


def _clause_made_clear(head_word: Token, child: Token) -> bool:
    """Whether `child` is the clause of "made (it) clear (that) ...", which the small model hangs
    on "clear" as an adverbial or a clausal subject ("made it clear she did not ..."); an
    adverbial clause with its own subordinator ("because", "when") says why or when instead."""
    return (
        head_word.lower_ == "clear"
        and child.head.i == head_word.i
        and child.dep_ in ("advcl", "csubj")
        and all(c.lower_ == "that" for c in child.children if c.dep_ == "mark")
        and not any(c.tag_ == "WRB" for c in child.children)
    )


def _participle_follows_text(doc: Doc, text: Token, participle: Token) -> bool:
    """Whether only the participle's adverbs ("a letter strongly disputing"), the day ("a
    statement Thursday night condemning"), commas and phrases on the text or its verb ("a
    statement at the outset of the convention, offering") stand between the issued text and
    the participle that says what it says."""
    phrases = {
        t.i
        for owner in (text, text.head)
        for c in owner.rights
        if c.dep_ == "prep" and text.i < c.i < participle.i
        for t in c.subtree
    }
    # after a comma the participle may be the speaker's next act ("gave a speech in West
    # Virginia, predicting ..."), except after a statement and its day, as PolNeAR reads it
    comma_allowed = text.lemma_.lower() in CUE_TEXTS and not phrases
    return all(
        (doc[j].dep_ == "advmod" and doc[j].head.i == participle.i)
        or (doc[j].text == "," and comma_allowed)
        or doc[j].ent_type_ in ("DATE", "TIME")
        or j in phrases
        for j in range(text.i + 1, participle.i)
    )


def _is_light_verb_noun(lemma: str, noun: Token) -> bool:
    """Whether `noun`, the object of a verb with `lemma`, makes a cue with it: any reporting
    noun after a light verb ("made the case"), the verb's own nouns ("took aim"), or a text an
    issuing verb issues ("released a statement")."""
    if noun.lower_ in LIGHT_VERB_PAIRS.get(lemma, frozenset()):
        return True
    if lemma in LIGHT_VERBS:
        return noun.lower_ in LIGHT_VERB_NOUNS
    return lemma in ISSUING_VERBS and noun.lemma_.lower() in ISSUED_TEXTS


def _known_as(token: Token, ctx: _Context) -> _Draft | None:
    """ "is known for its stance", "the contests known as Super Tuesday": what people at large
    say of something, with no source; PolNeAR marks the cue through "as"/"for" and the thing
    known as the content."""
    prepositions = SOURCELESS_PASSIVE_CUES.get(token.lemma_.lower())
    if prepositions is None or token.tag_ != "VBN" or ctx.quote_of[token.i] is not None:
        return None
    doc = ctx.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is None or following.lower_ not in prepositions or following.head.i != token.i:
        return None
    subject = _first_child(token, ("nsubjpass",))
    if subject is not None:
        first, last = _subtree_range(subject)
    elif token.dep_ == "acl" and token.head.i < token.i:
        phrase = token.head
        while phrase.dep_ == "pobj" and phrase.head.head.pos_ in ("NOUN", "PROPN"):
            phrase = phrase.head.head  # "the string of contests known as ..."
        first, last = phrase.left_edge.i, token.i - 1
        while last > first and (doc[last].is_punct or doc[last].is_space):
            last -= 1
    else:
        return None
    cue = _cue_range(token, ctx)
    cue = (cue[0], following.i)
    content = _content_from_tokens(ctx, first, last, cue)
    if content is None:
        return None
    return _Draft(
        cue=_tokens_span(doc, *cue),
        cue_lemma=_cue_lemma(doc, cue, token),
        content=list(content[0]),
        source=None,
        kind=content[1],
        source_head=None,
    )


def _put_it(token: Token, ctx: _Context) -> _Draft | None:
    """ "As Cornyn put it, ...", "..., as a memo put it", "Ridge put it: “...”": the verb and
    its "it" are the cue (with a colon after them); the content is the clause the as-clause
    modifies, else the words that follow."""
    doc = ctx.doc
    if _lemma(token) not in IT_REPORTING_VERBS or ctx.quote_of[token.i] is not None:
        return None
    it = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if it is None or it.lower_ != "it" or it.dep_ != "dobj" or it.head.i != token.i:
        return None
    for child in token.children:
        if child.dep_ in ("prt", "dative", "ccomp", "xcomp", "oprd", "conj"):
            return None  # "put it down", "put it to voters that ..."
        if (
            child.dep_ == "prep"
            and child.lower_ not in IT_REPORTING_PREPOSITIONS
            and (child.i == it.i + 1 or child.lower_ != "to")
        ):
            return None  # "put it on the table", "put it to voters", not "in a memo to"
    cue = (_cue_range(token, ctx)[0], it.i)
    if it.i + 1 < len(doc) and doc[it.i + 1].text == ":":
        cue = (cue[0], it.i + 1)
    subject = _subject_of(token)
    source = _source_range(subject, token, ctx) if subject is not None else None
    if _is_as_clause(token):
        closing = all(
            c.dep_ in _BARE_AS_REPORT_DEPS or c.dep_ == "prep" or c.i == it.i
            for c in token.children
        )
        result = _as_clause_content(token, ctx, cue, closing=closing)
    else:
        quote_ids = _adjacent_quotes(token, ctx, cue, source)
        # "put it this way: ...": the words start after the colon
        colon = next((t.i for t in doc[cue[1] + 1 : token.sent.end] if t.text == ":"), cue[1])
        result = (
            ([part for q in quote_ids for part in ctx.quotes[q].parts], "direct")
            if quote_ids
            else _content_from_tokens(ctx, colon + 1, token.sent.end - 1, cue)
        )
    draft = _phrase_draft(ctx, cue, "put it", result, source, subject.i if subject else None)
    if draft is not None:
        draft.quotes = _quotes_within(ctx, draft.content)
    return draft


def _estimate(token: Token, ctx: _Context) -> _Draft | None:
    """ "Forbes put his net worth at $45 billion", "Initial estimates put the total at about
    55,000 pages": the verb is the cue, its subject the source, and the object with the figure
    the content."""
    if _lemma(token) not in ESTIMATE_VERBS or ctx.quote_of[token.i] is not None:
        return None
    obj = next((c for c in token.rights if c.dep_ == "dobj"), None)
    at = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ == "at"), None)
    if obj is None or at is None or at.i < obj.i or obj.lower_ == "it":
        return None
    if not any(t.like_num or t.tag_ == "CD" for t in at.subtree):
        return None  # "placed him at the scene"
    subject = _subject_of(token)
    if subject is None:
        return None
    cue = _cue_range(token, ctx)
    last = at.right_edge.i
    aside = next((t for t in at.subtree if t.dep_ == "relcl" and t.left_edge.i > at.i), None)
    if aside is not None and ctx.doc[aside.left_edge.i - 1].text == ",":
        last = aside.left_edge.i - 2  # "at $2.9 billion, which Mr. Trump called ...": a clause
    result = _content_from_tokens(ctx, obj.left_edge.i, last, cue)
    source = _source_range(subject, token, ctx)
    return _phrase_draft(ctx, cue, _lemma(token), result, source, subject.i)


def _quotes_within(ctx: _Context, content: Sequence[tuple[int, int]]) -> list[Quote]:
    return [
        quote
        for quote in ctx.quotes
        if any(quote.parts[0][0] >= a and quote.parts[-1][1] <= b for a, b in content)
    ]


def _is_reporting_participle(token: Token) -> bool:
    return (
        token.dep_ in ("acl", "advcl")
        and token.tag_ == "VBG"
        and (token.lemma_.lower() in VERB_CUES or _particle(token) is not None)
    )


def _participle_content(token: Token, ctx: _Context, cue: tuple[int, int]) -> Content | None:
    """What "saying ...", "calling on X to ...", "expressing optimism" reports."""
    particle = _particle(token)
    if particle is not None:
        return _particle_content(token, ctx, (cue[0], particle.i))
    return _clause_content(token, ctx, cue) or _object_content(token, ctx, cue)


def _noun_draft(token: Token, ctx: _Context) -> _Draft | None:
    """ "Trump's claim that there have been thousands", "a New York Times report that ...": a
    reporting noun with a that-clause of its own. The source is the possessor, the name before
    the noun ("a New York Times report"), or the "by"/"from" phrase; it may be missing
    ("dogged by charges that he ...")."""
    if token.pos_ != "NOUN" or ctx.quote_of[token.i] is not None:
        return None
    if token.lemma_.lower() not in CONTENT_NOUNS:
        return None
    if token.head.lemma_.lower() in LIGHT_VERBS and token.dep_ == "dobj":
        return None  # "made the claim that ...": the light-verb cue reads it
    clause = next(
        (
            c
            for c in token.rights
            if c.dep_ in ("acl", "ccomp", "relcl")
            and any(s.dep_ in (*_SUBJECTS, "nsubjpass") for s in c.lefts)
            and any(
                m.dep_ == "mark" and m.lower_ == "that" and m.i == c.left_edge.i for m in c.lefts
            )
        ),
        None,
    )
    if clause is None:
        return None
    content = _content_from_tokens(ctx, clause.left_edge.i, clause.right_edge.i, (token.i, token.i))
    if content is None:
        return None
    doc = ctx.doc
    source: tuple[int, int] | None = None
    source_head: Token | None = None
    owner = next(
        (c for c in token.lefts if c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME")),
        None,
    )  # "Last week's report that ...": a time owns nothing
    names = [c for c in token.lefts if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
    if owner is not None:
        source, source_head = _subtree_range(owner), owner
    elif names:
        source, source_head = (token.left_edge.i, token.i - 1), names[-1]
    else:
        by = next(
            (c for c in token.rights if c.dep_ == "prep" and c.lower_ in ("by", "from")), None
        )
        pobj = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        if pobj is not None and pobj.i < clause.i:
            source, source_head = _subtree_range(pobj), pobj
    return _Draft(
        cue=_tokens_span(doc, token.i, token.i),
        cue_lemma=token.lemma_.lower(),
        content=list(content[0]),
        source=_tokens_span(doc, *source) if source else None,
        kind=content[1],
        source_head=source_head.i if source_head is not None else None,
    )


def _cue_lemma(doc: Doc, cue: tuple[int, int], head: Token) -> str:
    words = [head.lemma_.lower()]
    words += [t.lower_ for t in doc[head.i + 1 : cue[1] + 1]]
    return " ".join(words)


def _according_to(token: Token, ctx: _Context) -> _Draft | None:
    """ "According to X, ...": the source is the object of "to", the content the rest of the
    clause the phrase modifies."""
    doc = ctx.doc
    nxt = doc[token.i + 1]
    if nxt.lower_ != PREPOSITIONAL_CUES[0][1]:
        return None
    # "according to show insiders": the parser may read the source's first word as a verb
    pobj = next((c for c in nxt.children if c.dep_ in ("pobj", "pcomp")), None)
    if pobj is None:
        return None
    source_first, source_last = _subtree_range(pobj)
    source_last = _source_end_before_clause(doc, token, source_first, source_last)
    source = _trim(doc, source_first, source_last, ctx.quote_of)
    pointer = _pointer_before_according(token)
    if pointer is not None and source is not None:
        # "That's according to exit polls": the copula joins the cue, "That" is the content
        cue = (pointer.i + 1, nxt.i)
        result = _content_from_tokens(ctx, pointer.i, pointer.i, cue)
        return _phrase_draft(ctx, cue, "according to", result, source, pobj.i)
    phrase = {token.i, nxt.i} | set(range(source_first, source_last + 1))
    if source_last == max(t.i for t in pobj.subtree):
        phrase |= {t.i for t in token.subtree}
    head = token.head if token.head.i != token.i else token
    region_first, region_last = ctx.regions[ctx.region_of[token.i]]
    if head is token:
        indices = [i for i in range(region_first, region_last + 1) if i not in phrase]
    else:
        indices = [t.i for t in head.subtree if t.i not in phrase]
    if not indices:
        return None
    cue = (token.i, nxt.i)
    before = [i for i in indices if i < token.i]
    after = [i for i in indices if i > max(phrase)]
    # the phrase sits inside the clause: the content is the clause on both sides of it, less a
    # side with no verb ("In addition, ...", "..., the ABC affiliate in Madison") or a clause
    # of its own ("..., but his pathway is narrowing")
    sides = [side for side in (before, after) if side and _is_clause_part(doc, side, head)]
    if not sides:
        sides = [max((before, after), key=len)]
    result = _combine([_content_from_tokens(ctx, min(side), max(side), cue) for side in sides])
    if source is None:
        return None
    return _phrase_draft(ctx, cue, "according to", result, source, pobj.i)


def _pointer_before_according(token: Token) -> Token | None:
    """ "That's according to ...", "This is according to ...": a demonstrative pointing back
    at what the text just said, and a copula, right before the phrase."""
    doc = token.doc
    if token.i < 2 or token.i - 2 != token.sent.start:
        return None
    pointer, copula = doc[token.i - 2], doc[token.i - 1]
    # the model leaves a curly "’s" its own lemma
    if pointer.lower_ not in ("that", "this") or not (
        copula.lemma_ == "be" or copula.lower_ in ("'s", "’s")
    ):
        return None
    return pointer


def _is_clause_part(doc: Doc, indices: Sequence[int], clause: Token) -> bool:
    """Whether tokens beside an "according to" phrase hold part of the clause's core: its verb,
    subject, object or complement, or a coordinated verb sharing its subject ("..., according
    to their attorneys, and said ..."). A side that is only a modifier ("In addition", "...,
    although few won", "..., the ABC affiliate") or a clause of its own is not."""
    inside = set(indices)
    if clause.i in inside:
        return True
    return any(
        c.i in inside
        and (c.dep_ in _CLAUSE_CORE_DEPS or c.dep_ == "conj" and not _has_own_subject(c))
        for c in clause.children
    )


_CLAUSE_CORE_DEPS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "attr", "acomp", "ccomp", "xcomp", "dative", "oprd"}
    | {"aux", "auxpass", "neg", "prt", "agent"}
)


def _hearsay(token: Token, ctx: _Context) -> _Draft | None:
    """ "Khoga was reportedly on that trip", "the man who allegedly set the fire": the adverb is
    the cue, its clause around it the content (to the end of the clause, not a coordinated
    clause of its own), and no one in the text is the source."""
    if token.lower_ not in HEARSAY_ADVERBS or token.dep_ != "advmod":
        return None
    if ctx.quote_of[token.i] is not None:
        return None  # a speaker's own "reportedly" is part of what was said
    clause = token.head
    own = {
        t.i
        for c in clause.children
        if c.dep_ == "conj" and _has_own_subject(c) or c.dep_ == "relcl" and c.i < token.i
        for t in c.subtree
    }
    indices = [t.i for t in clause.subtree if t.i not in own and t.i != token.i]
    if not indices:
        return None
    cue = (token.i, token.i)
    before = [i for i in indices if i < token.i]
    after = [i for i in indices if i > token.i]
    parts = [
        _content_from_tokens(ctx, min(side), max(side), cue) for side in (before, after) if side
    ]
    return _phrase_draft(ctx, cue, token.lower_, _combine(parts))


def _in_poll(token: Token, ctx: _Context) -> _Draft | None:
    """ "In a CBS News poll, she led Mr. Sanders 56 to 32", "Bush was at 25 percent in the
    most recent Fox poll": a poll is a source, "in" its cue (as PolNeAR marks it), and the
    clause the phrase belongs to, without the phrase, its content."""
    if token.lower_ != "in" or token.dep_ != "prep" or token.head.pos_ == "ADJ":
        return None  # "interested in polls"
    if ctx.quote_of[token.i] is not None:
        return None  # a poll a speaker cites in a quote is the speaker's word
    pobj = next((c for c in token.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.lemma_.lower() not in POLL_NOUNS:
        return None
    if pobj.tag_ == "NNS" and not _specified_polls(pobj):
        # "leads in the polls", "sagged in national polls": a standing across many polls, which
        # PolNeAR marks as a report in under a fifth of its uses; one poll is a source, and so
        # are polls the text specifies ("recent polls from Quinnipiac and Fox News")
        return None
    clause = token.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        if clause.dep_ in ("nsubj", "nsubjpass") and _lemma(clause.head) in VERB_CUES:
            return None  # "half of respondents in the poll said ...": part of the source
        clause = clause.head
    if clause.pos_ not in ("VERB", "AUX"):
        return None
    phrase = {t.i for t in token.subtree}
    indices = [t.i for t in clause.subtree if t.i not in phrase]
    if not indices:
        return None
    parts = []
    for first, last in ((min(indices), token.i - 1), (max(phrase) + 1, max(indices))):
        inside = [i for i in indices if first <= i <= last]
        if inside:
            parts.append(_content_from_tokens(ctx, min(inside), max(inside), (token.i, token.i)))
    source = _trim(ctx.doc, *_subtree_range(pobj), ctx.quote_of)
    if source is None:
        return None
    return _phrase_draft(ctx, (token.i, token.i), "in", _combine(parts), source, pobj.i)


def _specified_polls(polls: Token) -> bool:
    return any(
        child.dep_ in ("acl", "relcl")
        or (child.dep_ == "prep" and child.lower_ in ("from", "by", "in", "of"))
        for child in polls.rights
    )


def _phrase_draft(
    ctx: _Context,
    cue: tuple[int, int],
    cue_lemma: str,
    result: Content | None,
    source: tuple[int, int] | None = None,
    source_head: int | None = None,
) -> _Draft | None:
    """A statement whose cue is a fixed phrase ("according to", "in" a poll, "Asked about"),
    from token ranges; None when no content was read."""
    if result is None:
        return None
    content, kind = result
    return _Draft(
        cue=_tokens_span(ctx.doc, *cue),
        cue_lemma=cue_lemma,
        content=list(content),
        source=_tokens_span(ctx.doc, *source) if source else None,
        kind=kind,
        source_head=source_head,
    )


_FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP", "MD"})


def _source_end_before_clause(doc: Doc, token: Token, first: int, last: int) -> int:
    """ "According to host Rush Limbaugh, the move was ...": at the start of a sentence the
    parser may hang the whole clause on the source as an apposition. The source then ends at the
    comma before the first comma-part with a finite verb of its own; "According to Smith, a
    spokesman, ..." keeps its apposition and "Smith, who spoke to reporters, ..." its relative
    clause."""
    if token.i != token.sent.start:
        return last
    commas = [i for i in range(first, last + 1) if doc[i].text == ","]
    for number, comma in enumerate(commas):
        part = doc[comma + 1 : commas[number + 1] if number + 1 < len(commas) else last + 1]
        if part and (part[0].tag_ in ("WP", "WDT", "WP$") or part[0].lower_ in ("where", "when")):
            continue  # "Smith, who spoke to reporters, ...": the source's relative clause
        if any(t.tag_ in _FINITE_TAGS and t.dep_ != "relcl" for t in part):
            return comma - 1
        if number == len(commas) - 1 and _runs_to_sentence_end(doc, last):
            # "According to Limbaugh, the move reeks of fear.": no apposition ends a sentence,
            # so the last part is the clause, even with its verb tagged a noun ("reeks")
            return comma - 1
    return last


def _runs_to_sentence_end(doc: Doc, last: int) -> bool:
    end = doc[last].sent.end
    return all(t.is_punct or t.is_space for t in doc[last + 1 : end])


# --------------------------------------------------------------------------------------------
# 4-5. Line patterns and continued quotes
# --------------------------------------------------------------------------------------------

# "Said Ellis: “...”", "Added one aide: “...”": the cue before its source, opening a sentence,
# and a colon before the quote. The match must end where the quote starts.
_INVERTED_CUE = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?”\"]\s))(?P<cue>Said|Says|Added|Adds|Wrote|Writes|Explained)"
    r"\s+(?P<source>[^\s:“\",][^:\n“\",]*?)\s*:\s*\Z"
)
# A headline before a dash, ahead of the speaker's label: "Polls look wrong - Pew Research:"
_HEADLINE_DASH = r"[^\n:]{1,150}? [-–—]{1,2} "
_COLON_LINE = re.compile(
    # an optional headline before a dash ("Polls look wrong - Pew Research: “...”"), then the
    # name, which may end in a word for those who speak for it ("Clinton camp: ...")
    # ("More from Blumenthal and Cohen: ..."); two names joined by "and"; and in a headline a
    # topic or an audience after the name ("Gillibrand on Clinton's Speeches: ...", "Obama To
    # Asians: ..."), which is not part of the source
    rf"(?:{_HEADLINE_DASH})?(?:(?:More )?[Ff]rom )?"
    r"(?P<lead>[\"“]?)(?P<source>(?:[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,4} and )?"
    r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,4}"
    r"(?: (?:camp|campaign|aide|aides|spokesman|spokeswoman|editorial|officials))?)"
    r"(?P<topic> (?:[Oo]n|[Tt]o) [^\n:]{1,80}?)?"
    r":[ \u00a0]+(?P<content>\S.*)"  # a no-break space too: "McDonald: \u00a0“At long last ..."
)
_NOT_SPEAKERS = frozenset(
    {
        "note",
        "update",
        "photo",
        "video",
        "read",
        "related",
        "source",
        "sources",
        "editor",
        "editors",
        "watch",
        "see",
        "getty",
        "image",
        "images",
        "credit",
        "warning",
        "click",
        "follow",
        "subscribe",
        "more",
        "also",
        "previously",
        "by",
        "transcript",
        "advertisement",
        # kickers: "Exclusive: ...", "Analysis: ..."
        "exclusive",
        "breaking",
        "analysis",
        "opinion",
        "editorial",
        "commentary",
        "review",
        "live",
        "factbox",
        "explainer",
        "timeline",
        "podcast",
        "recap",
        "correction",
        "clarification",
        "updated",
        "question",
        "answer",
        "q",
        "a",
        # credit lines: "Contributing: Ledyard King", "BYLINE: Amber Phillips"
        "contributing",
        "byline",
        "email",
        "e-mail",
        "name",
        # a writer's exclamation before a headline: "BOOM: Trump Just Fired ...", "Wow: ..."
        "wow",
        "boom",
        "look",
        "busted",
        "revealed",
        "bombshell",
        "so",
    }
)


def _is_speaker_label(
    doc: Doc | None,
    text: str,
    start: int,
    end: int,
    *,
    before_topic: bool = False,
    quoted: bool = False,
    headline: bool = True,
) -> bool:
    """The part before a line's colon names a speaker: a person or organisation the model
    recognises, a transcript label in capitals ("PENCE"), or a poll. Before a topic ("Obama on
    Climate: ...") only a person the model recognises: "Success on Signature Issue:" heads a
    section."""
    surface = text[start:end]
    first = surface.split()[0].lower().strip(".")
    if first in _NOT_SPEAKERS or first.endswith("s") and first[:-1] in _NOT_SPEAKERS:
        return False  # "Photos: ...", "Updates: ..."
    if not before_topic and (
        surface.isupper()
        and (" " not in surface or _is_transcript_label(text, surface))
        or surface in _SPEAKING_WORKS
    ):
        return True
    if doc is None:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if not headline and _has_finite_verb(doc, start, end):
        return False  # a section heading: "Veto Power Impedes Peace Efforts: ..."
    if not before_topic and span is not None and len(span) == 1 and span[0].is_title:
        # a surname, even one the tagger reads as a noun ("Sanders: ..."), but not a noun the
        # body also writes in lower case ("Superdelegates: Clinton is backed by 520 ..."); a
        # headline's "Historians: ..." or "Newspaper: ..." names who speaks
        return headline or re.search(rf"\b{re.escape(span[0].lower_)}\b", text) is None
    if quoted and span is not None and len(span) <= 3 and all(t.pos_ == "PROPN" for t in span):
        # a name before a quotation, known to the model or not: "HuffPollster: “...”",
        # "Cecile Richards: “I'm Sick Of Men Telling Us What To Do”"
        return True
    covered = [
        ent
        for ent in doc.ents
        if ent.label_ in (("PERSON",) if before_topic else ("PERSON", "ORG", "NORP", "GPE"))
        and (
            (ent.start_char <= start and end <= ent.end_char + 1 and not before_topic)
            # "Dr. Ben Carson", "Clinton camp": a name the label ends with or starts with
            or (start <= ent.start_char and ent.end_char <= end)
        )
    ]
    if covered:
        return True
    # "Carly Fiorina: ...": a name the tagger found elsewhere in the text, as a person or as
    # the subject of a reporting verb ("Carly Fiorina said", however the name is labelled)
    return any(
        ent.text == surface
        and (
            ent.label_ == "PERSON"
            or ent.root.dep_ == "nsubj"
            and _lemma(ent.root.head) in VERB_CUES
        )
        for ent in doc.ents
    )


_SPEAKING_WORKS = frozenset({"Poll", "Survey", "Study", "Report"})


def _is_transcript_label(text: str, label: str) -> bool:
    """ "JAKE TAPPER: ..." names a speaker when the text is a transcript: the label, or its last
    word alone ("TAPPER: ..."), opens another paragraph too. A newsletter's headings in capitals
    ("STAT OF THE WEEK: ...", "SHORT READS: ...") do not recur."""
    openings = _label_openings(text)
    last = label.split()[-1]
    return openings[label] + (openings[last] if last != label else 0) >= 2


_LABEL_OPENING = re.compile(r"(?m)^[ \t]*([A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*)*):")


@lru_cache(maxsize=4)
def _label_openings(text: str) -> Counter[str]:
    """How many paragraphs each label in capitals opens: counted once per text, not per line."""
    return Counter(_LABEL_OPENING.findall(text))


def _has_finite_verb(doc: Doc | None, start: int, end: int) -> bool:
    """Whether a finite verb is written between the offsets (True with no parse to ask)."""
    if doc is None:
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.tag_ in _FINITE_TAGS for t in span)


def _is_place_kicker(doc: Doc | None, start: int, end: int, line_end: int) -> bool:
    """ "Afghanistan: Fatal attack on German consulate": a place before a colon, then a phrase
    with no verb and no quotation, is the headline's topic, not a country speaking ("Russia: we
    will respond" is one)."""
    if doc is None:
        return False
    label = doc.char_span(start, end, alignment_mode="expand")
    if label is None or not any(t.ent_type_ in ("GPE", "LOC") for t in label):
        return False
    after = doc.char_span(end, line_end, alignment_mode="expand")
    if after is None:
        return False
    return not any(t.pos_ in ("VERB", "AUX") or t.is_quote for t in after)


_SOURCE_NOTE = re.compile(r"\s*(?:\[[^\]\n]{1,60}\]\s*)?")
_SENTENCE_START = re.compile(r"[.!?][\"”’']?[ \u00a0]+(?=[A-Z])")


def _colon_draft(
    text: str,
    lo: int,
    hi: int,
    quotes: Sequence[Quote],
    doc: Doc | None,
    *,
    in_line: bool,
    headline: bool,
) -> _Draft | None:
    """ "Name: content" from lo to the paragraph's end hi. Inside a paragraph ("... contain it.
    Bush: “The mission is ...”") only a quotation after the colon makes it a statement, and the
    quotation is the content. Below the headline, a label in mixed case before no quotation
    needs a finite verb after it: "Sanders: Win in a walk." lists a goal, "Jeb Bush: Student
    loans Some big ideas do come to pass" reports."""
    match = _COLON_LINE.match(text, lo, hi)
    if match is None or len(_WORD.findall(match.group("content"))) < 2:
        return None
    s_start, s_end = match.span("source")
    c_start = match.start("content")
    quote = next((q for q in quotes if q.start == c_start and len(q.parts) == 1), None)
    if in_line and (quote is None or match.group("topic")):
        return None
    if not _is_speaker_label(
        doc,
        text,
        s_start,
        s_end,
        before_topic=bool(match.group("topic")),
        quoted=quote is not None,
        headline=headline,
    ) or _is_place_kicker(doc, s_start, s_end, hi):
        return None
    if (
        not headline
        and quote is None
        and not text[s_start:s_end].isupper()
        and not _has_finite_verb(doc, c_start, hi)
    ):
        return None
    colon = match.end("topic") if match.group("topic") else s_end
    if quote is not None and (in_line or _SOURCE_NOTE.fullmatch(text, quote.end, hi) is not None):
        c_end = quote.end  # the quotation, less a bracketed source after it: "[HuffPost.]"
    else:
        c_end = hi
        while c_end > c_start and text[c_end - 1] in '."” ':
            c_end -= 1
        if text[c_start:c_end].count("“") > text[c_start:c_end].count("”"):
            close = text.find("”", c_end, hi)  # the quote's own closing mark
            c_end = close + 1 if close != -1 else c_end
    return _Draft((colon, colon + 1), ":", [(c_start, c_end)], (s_start, s_end), "direct")


def _line_drafts(text: str, quotes: Sequence[Quote], doc: Doc | None = None) -> list[_Draft]:
    """ "Pence: Gennifer Flowers won't be at the debate" (headlines, transcripts) and
    "“...” ― Name" (captions): attributions with a mark for a cue."""
    drafts: list[_Draft] = []
    for number, (lo, hi) in enumerate(_paragraphs(text)):
        starts = [(lo, False)] + [(m.end(), True) for m in _SENTENCE_START.finditer(text, lo, hi)]
        for start, in_line in starts:
            draft = _colon_draft(
                text, start, hi, quotes, doc, in_line=in_line, headline=number == 0
            )
            if draft is not None:
                drafts.append(draft)
    for quote in quotes:
        inverted = _INVERTED_CUE.search(text, max(0, quote.start - 90), quote.start)
        if inverted and len(inverted.group("source").split()) <= 8:
            drafts.append(
                _Draft(
                    inverted.span("cue"),
                    inverted.group("cue").lower(),
                    list(quote.parts),
                    inverted.span("source"),
                    "direct",
                    quotes=[quote],
                )
            )
            continue
        tail = text[quote.end : quote.end + 80]
        match = re.match(r"[\s\u00a0]*([―—–])[\s\u00a0]*([^\n]+)", tail)
        if match and match.group(1) in ATTRIBUTION_DASHES:
            name = match.group(2).rstrip(" .\u00a0")
            if not name or len(name.split()) > 6 or not name[0].isupper():
                continue
            dash = quote.end + match.start(1)
            s_start = quote.end + match.start(2)
            drafts.append(
                _Draft(
                    (dash, dash + 1),
                    "―",
                    list(quote.parts),
                    (s_start, s_start + len(name)),
                    "direct",
                    quotes=[quote],
                )
            )
    return drafts


_NAME_EXTENSIONS = frozenset({"compound", "amod", "det", "nmod", "poss", "case", "nummod"})


def _named_quotes(ctx: _Context, drafts: Sequence[_Draft]) -> list[_Draft]:
    """ "... does not surprise Republican pollster Daron Shaw: “Historically, lesser-known
    candidates ...”": a quotation no statement holds yet, right after a person's or an
    organisation's name and a colon inside a sentence, is what they said. The name with the
    words that describe it before it is the source."""
    doc = ctx.doc
    text = doc.text
    claimed = [(a, b) for d in drafts for a, b in d.content]
    found: list[_Draft] = []
    for quote in ctx.quotes:
        if any(a <= quote.start < b for a, b in claimed) or is_title_quote(text, quote):
            continue
        if len(_WORD.findall(text, quote.start, quote.end)) < 4:
            continue  # a name or a title: "Jake Tapper: “A Life”"
        colon = len(text[: quote.start].rstrip(" \u00a0")) - 1
        if colon < 1 or text[colon] != ":" or quote.start - colon > 3:
            continue
        name = next(
            (ent for ent in doc.ents if ent.end_char == colon and ent.label_ in ("PERSON", "ORG")),
            None,
        )
        if name is None or _spoken_to_or_about(name.root):
            continue
        first = name.start
        left = name.root.left_edge.i
        if left < first and all(t.dep_ in _NAME_EXTENSIONS for t in doc[left:first]):
            first = left  # "Republican pollster Daron Shaw"
        found.append(
            _Draft(
                (colon, colon + 1),
                ":",
                list(quote.parts),
                (doc[first].idx, name.end_char),
                "direct",
                source_head=name.root.i,
                quotes=[quote],
            )
        )
    return found


def _spoken_to_or_about(name: Token) -> bool:
    """ "a blunt message to Trump: “...”", "contrasted him with Clinton: “...”": a name after a
    preposition is spoken to or about; "A lesson from Loretta Lynch: “...”" is hers."""
    if name.dep_ == "pobj":
        return name.head.lower_ != "from"
    return name.dep_ in ("dative", "npadvmod")


def _stands_alone(text: str, quote: Quote) -> bool:
    """A quote that is a sentence of its own: after a paragraph start or a sentence end (bare or
    inside a closing mark), and followed by a paragraph end or a new sentence."""
    before = text[: quote.start].rstrip(" \t\u00a0")
    after = text[quote.end :].lstrip(" \t\u00a0")
    after_sentence = (
        not before
        or before[-1] in "\n.!?"
        or (before[-1] in "\"”’'" and before[-2:-1] in (".", "!", "?", ","))
    )
    last_inner = text[quote.end - 2 : quote.end - 1]
    ends_sentence = not after or after[0] == "\n" or (last_inner in ".!?" and after[0].isupper())
    return after_sentence and ends_sentence


def _continue_quotes(drafts: list[_Draft], ctx: _Context) -> None:
    """A quote with no cue of its own that fills its sentence continues the direct or mixed
    statement right before it (same or next paragraph, no other statement in between)."""
    doc = ctx.doc
    used = {id(q) for d in drafts for q in d.quotes}
    claimed = [(a, b) for d in drafts for a, b in d.content]
    ordered = sorted(drafts, key=lambda d: d.cue[0])
    for quote in ctx.quotes:
        if id(quote) in used or is_title_quote(doc.text, quote):
            continue
        if any(a <= quote.start < b for a, b in claimed):
            continue
        before = [d for d in ordered if max(d.cue[0], d.content[-1][1]) <= quote.start]
        previous = _last_quoting_draft(before, doc)
        if previous is None or previous.cue_lemma in (":", "―"):
            continue
        if not (_stands_alone(doc.text, quote) or _resumes_quote(doc.text, previous, quote)):
            continue
        gap = doc.text[previous.content[-1][1] : quote.start]
        if gap.count("\n") > 2 or len(gap) > 400:
            continue
        previous.content.extend(quote.parts)
        previous.quotes.append(quote)
        used.add(id(quote))


def _resumes_quote(text: str, draft: _Draft, quote: Quote) -> bool:
    """ "“It was his energy,” Podesta added, “and that made the difference.”": a quote split by
    its attribution goes on right after the cue and source, past a comma."""
    if draft.content[-1][1] > draft.cue[0]:
        return False  # the content does not stand before the attribution
    attribution_end = max(draft.cue[1], draft.source[1] if draft.source else 0)
    return text[attribution_end : quote.start].strip() == ","


def _last_quoting_draft(before: Sequence[_Draft], doc: Doc) -> _Draft | None:
    """The statement a following quote may continue: the last one, or the last direct or mixed
    one when the statements after it are asides of its own attribution sentence ("..., said
    Cornell Belcher, a pollster who worked for Obama, referring to the 2004 nominee. ''...''"),
    and the sentence's direct statement when that one is itself an aside ("“...,” Carson told
    the AP after hinting that “changes” could come. “...”")."""
    for index in range(len(before) - 1, -1, -1):
        draft = before[index]
        if draft.kind not in ("direct", "mixed"):
            continue
        sentence = _sentence_of(doc, draft.cue[0])
        if sentence is None:
            return None
        inside = [sentence.start_char <= d.cue[0] < sentence.end_char for d in before]
        if not all(inside[index + 1 :]):
            return None
        cue = doc.char_span(draft.cue[0], draft.cue[1], alignment_mode="expand")
        if cue is None or not _is_participle_aside(cue.root):
            return draft
        earlier = [d for d, same in zip(before[:index], inside, strict=False) if same]
        return next((d for d in earlier if d.kind == "direct"), draft)
    return None


def _sentence_of(doc: Doc, char: int) -> SpacySpan | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0].sent if span is not None and len(span) else None


# --------------------------------------------------------------------------------------------
# 6-8. Nesting, speakers, links
# --------------------------------------------------------------------------------------------


# What joins two reports side by side: "A said X, and B said Y", "A said X; B said Y".
_COORDINATOR_BEFORE = re.compile(r"(?:[,;]?\s*\b(?:and|but|while|whereas)|;)\s*$", re.IGNORECASE)
_SEMICOLON_BETWEEN = re.compile(r"^[\s\"”’']*;\s*$")


def _part_coordinated_reports(drafts: list[_Draft], doc: Doc) -> None:
    """Two reports side by side are not one inside the other: "Six in 10 said Clinton is honest,
    and three-quarters said the same of Sanders" ends the first content before ", and"; "More
    than six in 10 said ...; 46 percent said ..." and "A said X, and when asked, B said “Y”" keep
    the first report out of the second's content. The parser often hangs the second report
    inside the first one's clause (or the first inside the second's); each has its own source,
    so each is its own report. Direct speech stays whole ("I trust him, and I think ..." is all
    the speaker's words), and a phrase cue ("According to police, ...") reports every clause of
    its sentence."""
    text = doc.text
    token_at = {token.idx: token for token in doc}  # a cue starts where its first token does
    for outer in drafts:
        if outer.source is None or outer.cue_lemma == "according to":
            continue
        for inner in drafts:
            if inner is outer or inner.source is None or inner.source_head is None:
                continue
            # the report's own words come after its cue: "..., and when asked ..., he said,
            # ''I hope not.''" does not report the sentence's first report
            said_after = any(a >= outer.cue[1] for a, _ in outer.content)
            kept = []
            for lo, hi in outer.content:
                closing = _closing_participle(inner, outer, (lo, hi), doc, token_at)
                if closing is not None:
                    kept.append((lo, closing))
                    continue
                holds = lo <= inner.source[0] and inner.cue[1] <= hi
                if holds and inner.source[0] > outer.cue[1] and _coordinated(inner, outer, doc):
                    quoted = outer.kind == "direct" or any(
                        a < hi and lo < b for q in outer.quotes for a, b in q.parts
                    )
                    match = _COORDINATOR_BEFORE.search(text, lo, inner.source[0])
                    if not quoted and match is not None and match.start() > lo:
                        end = match.start()
                        while end > lo and (text[end - 1].isspace() or text[end - 1] in ",;"):
                            end -= 1
                        kept.append((lo, end))
                        continue
                before_source = hi <= outer.source[0] and lo <= inner.cue[0] < hi
                if (
                    before_source
                    and lo <= inner.source[0]
                    and (_SEMICOLON_BETWEEN.match(text[hi : outer.source[0]]) or said_after)
                ):
                    continue  # "A said X; B said Y": the first report is no content of B's
                kept.append((lo, hi))
            if kept:
                outer.content = kept


def _closing_participle(
    inner: _Draft, outer: _Draft, part: tuple[int, int], doc: Doc, token_at: dict[int, Token]
) -> int | None:
    """Where the content part (lo, hi) of `outer` ends when the inner report is a participle
    set off by a comma that closes it ("Carson said he saw no need to change, telling
    Stephanopolous that ...", "..., referring to the party's July convention"): a report of its
    own, which the parser hung on the reported clause's verb instead of the cue's. None when
    the participle is not there, or stands inside a quotation (the speaker's own words)."""
    lo, hi = part
    if not (outer.cue[1] <= lo <= inner.cue[0] < hi):
        return None
    cue = token_at.get(inner.cue[0])
    if cue is None or cue.tag_ != "VBG" or cue.i < 2:
        return None
    if any(a <= inner.cue[0] < b for q in outer.quotes for a, b in q.parts):
        return None
    before = doc[cue.i - 1]
    if before.text == ",":
        end = before.idx
    elif before.is_quote and doc[cue.i - 2].text == ",":
        end = before.idx + len(before.text)  # "... happening,'' adding": the quotation stays
    else:
        return None
    while end > lo and doc.text[end - 1].isspace():
        end -= 1
    return end if end > lo else None


def _coordinated(draft: _Draft, other: _Draft, doc: Doc) -> bool:
    """Whether the draft's cue heads a clause coordinated with another ("..., and B said Y"),
    its source that clause's subject; or one the parser made a second complement of the other
    report's verb ("A said X, and B said Y" read as "said [X] [B said Y]")."""
    if draft.source_head is None:
        return False
    verb = doc[draft.source_head].head
    if not draft.cue[0] <= verb.idx < draft.cue[1]:
        return False
    return verb.dep_ == "conj" or (
        verb.dep_ == "ccomp" and other.cue[0] <= verb.head.idx < other.cue[1]
    )


def _nest(drafts: list[_Draft]) -> None:
    """A statement whose cue sits inside another's content is nested in the innermost one."""
    for index, draft in enumerate(drafts):
        best: tuple[int, int] | None = None
        for other_index, other in enumerate(drafts):
            if other_index == index:
                continue
            for lo, hi in other.content:
                if lo <= draft.cue[0] and draft.cue[1] <= hi:
                    size = hi - lo
                    if best is None or size < best[1]:
                        best = (other_index, size)
        draft.parent = best[0] if best else None
    # two misread contents may each hold the other's cue; the earlier report stays on top
    for index, draft in enumerate(drafts):
        seen = {index}
        parent = draft.parent
        while parent is not None and parent not in seen:
            seen.add(parent)
            parent = drafts[parent].parent
        if parent == index:
            draft.parent = None


@dataclass(frozen=True, slots=True)
class _MentionRef:
    span: Span
    entity: Entity
    kind: str


def _mentions(article: Article) -> list[_MentionRef]:
    refs = [
        _MentionRef(mention.span, entity, mention.kind)
        for entity in article.entities
        for mention in entity.mentions
    ]
    return sorted(refs, key=lambda r: r.span.start)


def resolve_speaker(
    article: Article,
    source: Span,
    previous_speakers: Sequence[tuple[int, str]] = (),
    *,
    head: Token | None = None,
    offset: int = 0,
    binder: str | None = None,
    binder_quoted: bool = False,
) -> str | None:
    """The entity a source span refers to, or None for unknown speakers.

    1. a mention inside the source: the one its syntactic `head` names (a token of a Doc over
       `article.text[offset:]`), else the first person, else the first organisation;
    2. a role reference ("The MP") to the latest entity holding that title or role; "the
       company", "the bank" to the latest organisation so named or described; a surname the
       tagger missed ("Whitmore") to the person of that name;
    3. he/she: `binder`, the speaker of the statement this one is reported in ("Memon said she
       believed ..."), unless that statement quotes them (`binder_quoted`: inside a quotation
       "he" is someone else), else the latest person spoken of before, preferring the latest
       person speaker; they/it: likewise, the latest organisation or group speaker before;
       "I": `binder` where it is a person ("Gomez said, “I think ...”").
    """
    text = article.text
    surface = source.slice(text).strip()
    words = surface.lower().split()
    mentions = _mentions(article)
    inside = [m for m in mentions if source.contains(m.span)]
    # a pronoun the entity layer read as a name is that name: "WHO say ..."
    if words and words[0] in PRONOUN_SOURCES and len(words) == 1 and not inside:
        if words[0] in PLURAL_PRONOUNS and binder is None and head is not None:
            subject = _subject_before(head, mentions, offset)
            if subject is not None:
                return subject.id if isinstance(subject, Entity) else None
        return _resolve_pronoun(
            words[0], source, mentions, previous_speakers, article, binder, binder_quoted
        )
    if inside and head is not None:
        named = _mention_at(inside, head, offset) or _name_after_title(inside, head, source, text)
        if named is not None:
            return named.entity.id
        inside = _speaking_mentions(inside, head, offset)
    if not inside and head is not None:
        issuer = _issuer_of_text(article, head, offset, previous_speakers, binder)
        if issuer is not None:
            return issuer
    if inside:
        typed = [m for m in inside if m.entity.type in ("PERSON", *COLLECTIVE_TYPES)]
        pool = typed or inside
        # the head of an English noun phrase is at its start ("Lehrich, a spokesman for X"):
        # prefer the first person, else the first organisation
        for wanted in ("PERSON", "ORG", "GPE", "NORP"):
            first = next((m for m in pool if m.entity.type == wanted), None)
            if first is not None and first.span.start - source.start < 40:
                return first.entity.id
        return pool[0].entity.id
    head_words = re.sub(r"^(the|a|an|this|that|our|their)\s+", "", surface, flags=re.I).strip()
    # "Britain's Prime Minister": the role, whoever holds it in the article
    owner = _POSSESSOR.match(head_words)
    head_words = _POSSESSOR.sub("", head_words)
    if head_words:
        wanted = head_words.lower()
        owner_name = re.sub(r"['’]s?\s*$", "", owner.group()) if owner else None
        holders = [
            e
            for e in article.entities
            if any(_holds(a.value, wanted, owner_name) for a in (*e.titles, *e.roles))
        ]
        if not holders and _ORG_DESCRIPTION.fullmatch(surface):
            holders = _described_organisations(article, wanted, source.start)
        if not holders and _SURNAME_ALONE.fullmatch(surface):
            holders = _people_with_surname(article, surface.split()[-1])
        if not holders and surface.isupper():
            holders = _people_named_in_capitals(article, surface)
        if holders:

            def last_seen(entity: Entity) -> int:
                seen = [m.span.start for m in entity.mentions if m.span.start < source.start]
                return max(seen, default=-1)

            return max(holders, key=last_seen).id
    return None


def _people_with_surname(article: Article, surname: str, *, any_case: bool = False) -> list[Entity]:
    """The people whose name ends in `surname` ("Whitmore"; in any case for "BENENSON")."""
    fold = str.upper if any_case else str
    return [
        e
        for e in article.entities
        if e.type == "PERSON" and [fold(w) for w in e.name.split()[-1:]] == [fold(surname)]
    ]


def _people_named_in_capitals(article: Article, label: str) -> list[Entity]:
    """The people a transcript label in capitals names: "JAKE TAPPER" the person Jake Tapper,
    "BENENSON" the person whose surname it is."""
    whole = [e for e in article.entities if e.type == "PERSON" and e.name.upper() == label]
    return whole or _people_with_surname(article, label.split()[-1], any_case=True)


PLURAL_PRONOUNS = frozenset({"they", "them"})
# What "they" and "it" may stand for: organisations, peoples, places, groups of people.
COLLECTIVE_TYPES = ("ORG", "NORP", "GPE", "GROUP")
_NO_ENTITY = "no entity"


def _subject_before(
    pronoun: Token, mentions: Sequence[_MentionRef], offset: int
) -> Entity | str | None:
    """What "they" stands for when a subject of its own sentence comes before it: that
    subject's organisation or group ("Singapore Airlines will display the aircraft they
    intend to fly"), or `_NO_ENTITY` for a plural noun no entity names ("Exhibit goers became
    part of the exhibit they wanted to see"); None where no such subject says it."""
    for token in reversed(pronoun.sent[: pronoun.i - pronoun.sent.start]):
        if token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        start = token.idx + offset
        named = next((m for m in mentions if m.span.start <= start < m.span.end), None)
        if named is not None and named.entity.type in COLLECTIVE_TYPES:
            return named.entity
        if named is None and token.tag_ in ("NNS", "NNPS"):
            return _NO_ENTITY
    return None


def _issuer_of_text(
    article: Article,
    head: Token,
    offset: int,
    previous_speakers: Sequence[tuple[int, str]],
    binder: str | None,
) -> str | None:
    """The one whose text a source is: "Cornyn's statement added", "his letter says" speak
    for their possessor, resolved as a source of its own (a surname the tagger missed, a
    pronoun, "the company")."""
    if head.lemma_.lower() not in ISSUED_BY_HEADS:
        return None
    possessor = next((child for child in head.lefts if child.dep_ == "poss"), None)
    if possessor is None:
        return None
    if possessor.lower_ in POSSESSIVE_PRONOUNS:
        start = possessor.idx + offset
        pronoun = Span(start, start + len(possessor))
        return _resolve_pronoun(
            POSSESSIVE_PRONOUNS[possessor.lower_],
            pronoun,
            _mentions(article),
            previous_speakers,
            article,
            binder,
        )
    tokens = [t for t in possessor.subtree if t.dep_ != "case"]
    start, end = tokens[0].idx + offset, tokens[-1].idx + len(tokens[-1]) + offset
    return resolve_speaker(
        article, Span(start, end), previous_speakers, head=possessor, offset=offset
    )


def _holds(title: str, wanted: str, owner: str | None = None) -> bool:
    """Whether a title or role is the one a description names: "the Prime Minister" is the
    "Prime Minister of Singapore", "the minister" the "Foreign Minister", "the chairman" the
    "Bank of America chairman", "Indonesia's transport minister" (`owner` "Indonesia") the
    "minister of transport for Indonesia" but not Malaysia's."""
    value = title.lower()
    head, *phrases = re.split(r" (?:of|for|at) ", value)
    roles = ROLE_NOUNS | PERSON_TITLES  # a form must end with one: not "bank", not "company"
    forms = [value] if value.split()[-1] in roles else []
    if head.split()[-1] in roles:
        forms.append(head)
        if phrases:  # "minister of transport" is the "transport minister"
            forms.append(f"{phrases[0].removeprefix('the ')} {head}")
    if owner is not None and phrases and owner.lower() not in value:
        return False  # the role says whose it is, and it is someone else's
    return any(held == wanted or held.endswith(" " + wanted) for held in forms)


# A surname the tagger did not read as a name, alone or after an honorific: "Whitmore", "Mr. Li".
_SURNAME_ALONE = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Dr)\.? )?(?:[A-Z]['’])?[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?"
)


_ORG_DESCRIPTION = re.compile(r"[Tt]he [a-z]+")
_POSSESSOR = re.compile(r"^[A-Z][\w.&\- ]*?['’]s?\s+(?=\S)")


def _described_organisations(article: Article, noun: str, before: int) -> list[Entity]:
    """The organisations written before `before` that "the <noun>" may stand for: those whose
    name or role has the noun, else, for a generic noun ("the company"), all of them."""
    if noun not in NAMED_ORG_DESCRIPTION_NOUNS:
        return []
    organisations = [
        e
        for e in article.entities
        if e.type == "ORG" and any(m.span.start < before for m in e.mentions)
    ]
    named = [
        e
        for e in organisations
        if noun in e.name.lower().split() or any(noun in a.value.lower().split() for a in e.roles)
    ]
    return named or (organisations if noun in ORG_DESCRIPTION_NOUNS else [])


def _mention_at(mentions: Sequence[_MentionRef], head: Token, offset: int) -> _MentionRef | None:
    """The mention the source's head names: the head itself ("president Sehar Memon", after a
    long title), its apposition ("Japan's prime minister, Taro Aso,"), or a name compounded
    into it ("A Met spokesman")."""

    def at(token: Token) -> _MentionRef | None:
        start = token.idx + offset
        return next((m for m in mentions if m.span.start <= start < m.span.end), None)

    found = at(head)
    if found is not None:
        return found
    for child in head.rights:
        if child.dep_ == "appos":
            # the apposition's own head first: "The product's maker, US-based Mondelez
            # International," is Mondelez, not the US
            named = [m for t in child.subtree if (m := at(t)) is not None]
            person = next((m for m in named if m.entity.type == "PERSON"), None)
            if named:
                return at(child) or person or named[0]
    for child in head.lefts:
        found = at(child) if child.dep_ in ("compound", "nmod", "amod") else None
        # "Afghan Ambassador ...": a nationality describes the speaker, it does not speak
        if found is not None and found.entity.type != "NORP":
            return found
    return None


def _name_after_title(
    mentions: Sequence[_MentionRef], head: Token, source: Span, text: str
) -> _MentionRef | None:
    """The person named at the end of a source headed by a title the parse did not join to
    the name: "Executive director of the Dallas chapter of CAIR Alia Salem"; not a person a
    preposition governs ("A lawyer for John Smith", "a lawyer for the family of John Smith")."""
    if head.lemma_.lower() not in PERSON_TITLES | ROLE_NOUNS:
        return None
    return next(
        (
            m
            for m in reversed(mentions)
            if m.entity.type == "PERSON"
            and not text[m.span.end : source.end].strip(" ,")
            and not _AFTER_PREPOSITION.search(text, source.start, m.span.start)
        ),
        None,
    )


# Right before a name: a preposition (and an article) that makes the name its object.
_AFTER_PREPOSITION = re.compile(
    r"\b(?:of|for|from|in|at|to|with|by|on|about|against)\s+(?:the\s+)?\Z", re.IGNORECASE
)


def _speaking_mentions(
    mentions: Sequence[_MentionRef], head: Token, offset: int
) -> list[_MentionRef]:
    """The mentions that may speak for the source: not a name in a phrase hanging on a head
    that does not speak for it ("a member of Verstappen's crew", "the ministry in Berlin")."""
    lemma = head.lemma_.lower()
    person_noun = lemma in PERSON_TITLES | ROLE_NOUNS  # the tagger reads some as names
    if (head.pos_ != "NOUN" and not person_noun) or lemma in SPEAKING_FOR_HEADS:
        return list(mentions)
    # "the Democratic nominee": a nationality or party word describes the speaker
    describing = {
        child.idx + offset
        for child in head.lefts
        if child.dep_ in ("amod", "compound") and child.pos_ in ("ADJ", "PROPN")
    }
    undescribed = [
        m for m in mentions if not (m.entity.type == "NORP" and m.span.start in describing)
    ]
    issued = lemma in ISSUED_BY_HEADS
    hanging = [
        (child.left_edge.idx + offset, child.right_edge.idx + len(child.right_edge) + offset)
        for child in head.rights
        if (child.dep_ == "prep" and not (issued and child.lower_ in ("by", "from")))
        or (child.dep_ in ("acl", "relcl") and not issued)
    ]
    if person_noun:
        # "Indonesia's transport minister": a person of the country, not the country
        hanging += [
            (child.left_edge.idx + offset, child.right_edge.idx + len(child.right_edge) + offset)
            for child in head.lefts
            if child.dep_ == "poss"
        ]
    return [m for m in undescribed if not any(a <= m.span.start < b for a, b in hanging)]


def _resolve_pronoun(
    pronoun: str,
    source: Span,
    mentions: Sequence[_MentionRef],
    previous_speakers: Sequence[tuple[int, str]],
    article: Article,
    binder: str | None = None,
    binder_quoted: bool = False,
) -> str | None:
    kind = PRONOUN_SOURCES[pronoun]
    before = [m for m in mentions if m.span.end <= source.start]
    bound = next((e for e in article.entities if e.id == binder), None)
    # inside the reporter's own quotation "he" is someone else, not them; "I" is them
    quoted_speaker = binder if binder_quoted and kind != "speaker" else None
    if quoted_speaker is not None:
        bound = None
    if kind == "singular":
        # "She said" after "Mr. Trump answered": not him
        sex = PRONOUN_SEXES.get(pronoun)
        may_be_ids = {
            e.id
            for e in article.entities
            if e.type == "PERSON" and entity_sex(e) in (None, sex) and e.id != quoted_speaker
        }

        def may_be(entity: Entity) -> bool:
            return entity.id in may_be_ids

        if bound is not None and may_be(bound):
            return bound.id
        speakers = [
            (pos, eid)
            for pos, eid in previous_speakers
            if pos < source.start and may_be(article.entity(eid))
        ]
        people = [m for m in before if may_be(m.entity)]
        latest_person = people[-1] if people else None
        if speakers and (
            latest_person is None
            or speakers[-1][0] >= _sentence_start(article.text, latest_person.span.start)
        ):
            return speakers[-1][1]
        return latest_person.entity.id if latest_person else None
    if kind in ("plural", "organisation"):
        if bound is not None and bound.type in COLLECTIVE_TYPES:
            return bound.id
        groups = [m for m in before if m.entity.type in COLLECTIVE_TYPES]
        speakers = [
            (pos, eid)
            for pos, eid in previous_speakers
            if pos < source.start and article.entity(eid).type in COLLECTIVE_TYPES
        ]
        if speakers:
            return speakers[-1][1]
        return groups[-1].entity.id if groups and kind == "organisation" else None
    if pronoun == "i" and bound is not None and bound.type == "PERSON":
        return bound.id  # "Gomez said, “I think ...”": the one quoted
    return None


def _sentence_start(text: str, position: int) -> int:
    """Where the written sentence holding `position` starts: after the last full stop (a
    closing quotation mark may follow it: `selected." Senator`) or line break before it."""
    window = max(0, position - 2000)  # bounded: this runs once per pronoun
    starts = [m.end() for m in _SENTENCE_START.finditer(text, window, position + 1)]
    return max(starts[-1] if starts else window, text.rfind("\n", 0, position) + 1)


def _resolve_relative(draft: _Draft, doc: Doc, ctx_offset: int) -> Span | None:
    """ "who said": the noun the relative clause modifies stands for the speaker."""
    if draft.source_head is None:
        return None
    token = doc[draft.source_head]
    if token.lower_ not in ("who", "which", "that") or token.head.dep_ != "relcl":
        return None
    noun = token.head.head
    first, last = min(t.i for t in noun.lefts) if list(noun.lefts) else noun.i, noun.i
    return Span(doc[first].idx + ctx_offset, doc[last].idx + len(doc[last]) + ctx_offset)


def _links(article: Article, content: Sequence[Span]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    times = tuple(t.id for t in article.times if any(span.contains(t.span) for span in content))
    entity_ids: list[str] = []
    for ref in _mentions(article):
        if ref.entity.id not in entity_ids and any(span.contains(ref.span) for span in content):
            entity_ids.append(ref.entity.id)
    return times, tuple(entity_ids)


def _is_outlet_line(article: Article, source: Span | None) -> bool:
    """ "..., Azernews reports": the outlet's own attribution of the article, which becomes the
    first link of every statement's chain rather than a statement."""
    dateline = article.dateline
    if source is None or not dateline.outlet:
        return False
    if dateline.outlet_span is not None and dateline.outlet_span.overlaps(source):
        return True
    return source.slice(article.text).strip().lower() == dateline.outlet.strip().lower()


def _set_apart_asides(drafts: list[_Draft], ctx: _Context) -> list[_Draft]:
    """A report in a relative clause or a contrasting clause inside another statement's content
    is the writer's aside, not part of what the first speaker said: "Bamberg said the videos do
    not show whether Scott has anything in his hands, which he said were at his side", "Lynch
    said the demands erase the barriers, though she noted clients are beginning to demand
    diverse teams". The first content ends before the aside, which stands on its own (PolNeAR
    gives every token one attribution)."""
    doc = ctx.doc
    cut: dict[int, _Draft] = {}
    for aside_index, aside in enumerate(drafts):
        verb = _aside_verb(aside, ctx)
        if verb is None:
            continue
        start = doc[verb.left_edge.i].idx
        # "the plan, which critics said was a giveaway, would pass": the clause the aside
        # interrupts goes on after it, and the aside is part of what was said
        after = {t.i for t in verb.ancestors if t.i > verb.right_edge.i}
        for index, other in enumerate(drafts):
            other = cut.get(index, other)
            if index == aside_index or other.kind == "direct":
                continue
            parts = [part for part in other.content if part[0] < start < part[1]]
            if not parts or not parts[0][0] <= aside.cue[0] < parts[0][1]:
                continue
            if any(doc[i].idx < parts[0][1] for i in after):
                continue
            kept = _part_before(doc, parts[0][0], verb.left_edge.i)
            if kept is None:
                continue
            content = [kept if part == parts[0] else part for part in other.content]
            cut[index] = replace(other, content=content)
    return [cut.get(index, draft) for index, draft in enumerate(drafts)]


def _according_to_over_reports(drafts: list[_Draft], ctx: _Context) -> list[_Draft]:
    """ "Trump said he was happy to see that Khan was voted in, according to The New York
    Times": an "according to" that closes the sentence tells who reports the whole sentence,
    the report inside it included (the Times reports that Trump said so), as PolNeAR marks
    it. Its content becomes the sentence before it, and the inner report's content ends
    before it, so the inner report nests inside."""
    doc = ctx.doc
    changed: dict[int, _Draft] = {}
    for index, draft in enumerate(drafts):
        if draft.cue_lemma != "according to" or draft.source is None:
            continue
        span = doc.char_span(*draft.cue, alignment_mode="expand")
        if span is None or not _closes_sentence(span[0], draft.source, ctx):
            continue
        comma = span[0].i - 1
        sentence = span[0].sent
        first = sentence.start
        while first < comma and (doc[first].is_punct or doc[first].is_space):
            first += 1
        whole = _part_before(doc, doc[first].idx, comma)
        if whole is None:
            continue
        aside = _closing_relative_clause(doc, comma)
        aside_part = _part_before(doc, doc[aside].idx, comma) if aside is not None else None
        reporter = next(
            (
                other_index
                for other_index, other in enumerate(drafts)
                if other_index != index
                and other.source is not None
                and aside_part is not None
                and whole[0] <= other.cue[0] < aside_part[0]
            ),
            None,
        )
        if aside is not None and aside_part is not None and reporter is not None:
            # "X says it's proof he can close the gap in delegates, which stood at 263,
            # according to the AP": the phrase reports the aside, and X's report ends before it
            changed[index] = replace(draft, content=[aside_part])
            other = changed.get(reporter, drafts[reporter])
            changed[reporter] = replace(other, content=_cut_before(doc, other.content, aside - 1))
            continue
        inner = False
        for other_index, other in enumerate(drafts):
            other = changed.get(other_index, other)
            if other_index == index or other.kind == "direct" or other.cue[0] < whole[0]:
                continue
            parts = [p for p in other.content if p[0] <= draft.cue[0] < p[1]]
            if not parts:
                continue
            kept = _part_before(doc, parts[0][0], comma)
            if kept is None:
                continue
            content = [kept if p == parts[0] else p for p in other.content if p[0] < draft.cue[0]]
            changed[other_index] = replace(other, content=content)
            inner = True
        if inner:
            changed[index] = replace(changed.get(index, draft), content=[whole])
    return [changed.get(index, draft) for index, draft in enumerate(drafts)]


def _closing_relative_clause(doc: Doc, comma: int) -> int | None:
    """The first token (its relative word) of a relative clause set off by a comma that ends
    right before token `comma` ("... delegates, which stood at 263,"); else None."""
    if comma < 1:
        return None
    last = doc[comma - 1]
    clause = (
        last
        if last.dep_ == "relcl"
        else next((t for t in last.ancestors if t.dep_ == "relcl"), None)
    )
    if clause is None or clause.right_edge.i >= comma:
        return None
    start = clause.left_edge.i
    if start < 1 or doc[start - 1].text != "," or doc[start].tag_ not in _RELATIVE_WORD_TAGS:
        return None
    return start


def _cut_before(doc: Doc, content: list[tuple[int, int]], stop: int) -> list[tuple[int, int]]:
    """The content's parts, each ending before token `stop`; a part that starts after it goes."""
    cut = []
    for start, end in content:
        part = (start, end) if end <= doc[stop].idx else _part_before(doc, start, stop)
        if part is not None:
            cut.append(part)
    return cut or content


def _closes_sentence(according: Token, source: tuple[int, int], ctx: _Context) -> bool:
    """ "..., according to X." outside any quotation: a comma before the phrase, and nothing
    but punctuation between its source and the sentence's end."""
    doc = ctx.doc
    if according.i == 0 or doc[according.i - 1].text != ",":
        return False
    if ctx.quote_of[according.i] is not None:
        return False
    after = [t for t in doc[according.i : according.sent.end] if t.idx >= source[1]]
    return all(t.is_punct or t.is_space for t in after)


def _aside_verb(draft: _Draft, ctx: _Context) -> Token | None:
    """The cue verb of a report made in a relative or contrasting clause, with a source of its
    own, outside any quotation; None for any other statement."""
    if draft.source is None or draft.source_head is None:
        return None
    span = ctx.doc.char_span(*draft.cue, alignment_mode="expand")
    verb = next((t for t in span or () if t.pos_ == "VERB"), None)
    if verb is None or _lemma(verb) not in SPEECH_VERBS or ctx.quote_of[verb.i] is not None:
        return None
    if _lemma(verb) in EVIDENCE_VERBS:
        return None  # "video that shows the explosion": what the evidence shows is the claim
    if verb.dep_ == "relcl":
        # set off by a comma or a dash; a restrictive clause ("the $18 million he says he
        # raised") is part of the noun phrase, and so of what was said
        opening = verb.left_edge.i - 1
        return verb if opening >= 0 and ctx.doc[opening].text in _SET_OFF else None
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    return verb if verb.dep_ == "advcl" and marks & ASIDE_SUBORDINATORS else None


def _part_before(doc: Doc, start: int, stop: int) -> tuple[int, int] | None:
    """The characters from `start` to the last word before token `stop`, or None if no word."""
    last = stop - 1
    while last >= 0 and doc[last].idx >= start and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    if last < 0 or doc[last].idx < start:
        return None
    return start, doc[last].idx + len(doc[last])


def _join_saying_by(drafts: list[_Draft], ctx: _Context) -> list[_Draft]:
    """ "responded by saying ...", "explained the headline by saying: ...": a report made by
    saying something is one act, with one cue from the first verb to "saying" (as PolNeAR
    marks it); what is said is its content, the first verb's speaker its source."""
    doc = ctx.doc
    dropped: set[int] = set()
    joined: dict[int, _Draft] = {}
    for draft in drafts:
        span = doc.char_span(draft.cue[0], draft.cue[1], alignment_mode="expand")
        gerund = next((t for t in span if t.tag_ == "VBG"), None) if span is not None else None
        if gerund is None or _lemma(gerund) not in SAYING_VERBS or gerund.dep_ != "pcomp":
            continue
        by = gerund.head
        if by.lower_ != "by" or _lemma(by.head) not in VERB_CUES:
            continue
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in by.head.lefts):
            continue  # "appeared to assert his plans by saying": the infinitive is a purpose
        first = next((d for d in drafts if d.cue[0] <= by.head.idx < d.cue[1]), None)
        if first is draft:
            continue
        if first is None:
            # "A Chinese official responded by saying ...": the first verb reported nothing by
            # itself; with words between ("responded to the mother by saying") PolNeAR marks
            # the saying alone about as often
            verb = by.head
            if _lemma(verb) not in SPEECH_VERBS or verb.i > gerund.i:
                continue
            if any(t.pos_ != "ADV" for t in doc[verb.i + 1 : by.i]):
                continue
            joined[id(draft)] = replace(
                draft,
                cue=(doc[_cue_range(verb, ctx)[0]].idx, draft.cue[1]),
                cue_lemma=f"{_lemma(verb)} by {draft.cue_lemma}",
            )
            continue
        dropped.add(id(first))
        joined[id(draft)] = replace(
            draft,
            cue=(first.cue[0], draft.cue[1]),
            cue_lemma=f"{first.cue_lemma} by {draft.cue_lemma}",
            source=first.source or draft.source,
            source_head=first.source_head if first.source else draft.source_head,
        )
    return [joined.get(id(d), d) for d in drafts if id(d) not in dropped]


# "But polls did predict the caucus - HuffPollster:": the label follows a headline
_AFTER_HEADLINE = re.compile(_HEADLINE_DASH + r"\Z")


def _deduplicate(text: str, drafts: list[_Draft]) -> list[_Draft]:
    """One statement per cue; a line pattern gives way to a parsed statement on the same text,
    unless the parse read the speaker of a line's headline as the object of a verb in it."""
    labels = [
        d
        for d in drafts
        if d.cue_lemma == ":" and d.source is not None and _follows_headline(text, d.source[0])
    ]
    kept: list[_Draft] = []
    for draft in sorted(drafts, key=lambda d: (d.cue[0], -(d.cue[1] - d.cue[0]))):
        if draft.cue_lemma not in (":", "―") and any(
            _label_after_cue(draft, label) for label in labels
        ):
            continue
        if any(k.cue[0] < draft.cue[1] and draft.cue[0] < k.cue[1] for k in kept):
            continue
        if draft.cue_lemma in (":", "―") and any(
            lo < b and a < hi for k in kept for lo, hi in k.content for a, b in draft.content
        ):
            continue
        kept.append(draft)
    return kept


def _follows_headline(text: str, position: int) -> bool:
    return _AFTER_HEADLINE.match(text, text.rfind("\n", 0, position) + 1, position) is not None


def _label_after_cue(draft: _Draft, label: _Draft) -> bool:
    """ "But polls did predict the caucus - HuffPollster: “While the Iowa caucuses ...”": the
    content the verb's draft found starts after a speaker's label and its colon, so the quote
    is the label's, not the verb's."""
    assert label.source is not None
    return (
        draft.cue[1] <= label.source[0]
        and draft.content[0][0] >= label.cue[1]
        and any(lo < b and a < hi for lo, hi in label.content for a, b in draft.content)
    )


def extract_statements(article: Article, parsed: Parsed) -> Article:
    """Statements of an article, with speakers, kinds, chains of attribution and links."""
    doc = parsed.doc
    offset = parsed.offset
    quotes = find_quotes(doc.text)
    drafts: list[_Draft] = []
    if doc.has_annotation("DEP"):
        ctx = _Context(doc, quotes)
        drafts = _drafts_from_parse(ctx)
        if article.model is not None:
            drafts += _second_look(ctx, drafts, load_pipeline(article.model))
        drafts = _join_saying_by(drafts, ctx)
        drafts = _according_to_over_reports(_set_apart_asides(drafts, ctx), ctx)
    else:
        ctx = None
    drafts = _deduplicate(doc.text, drafts + _line_drafts(doc.text, quotes, doc))
    if ctx is not None:
        drafts += _named_quotes(ctx, drafts)
        _continue_quotes(drafts, ctx)
    drafts = [d for d in drafts if not _is_outlet_line(article, _shift(d.source, offset))]
    drafts.sort(key=lambda d: d.cue[0])
    _part_coordinated_reports(drafts, doc)
    _nest(drafts)
    return replace(article, statements=tuple(_statements(article, drafts, doc, offset)))


# A sentence parsed again on its own is bounded: a long one is a list or a run-on, not a report
_SECOND_LOOK_MAX_CHARS = 600


def _second_look(ctx: _Context, drafts: Sequence[_Draft], nlp: Language) -> list[_Draft]:
    """Statements found when a sentence is parsed on its own, for the common reporting words
    (SECOND_LOOK_FORMS) that no statement holds: the small model parses some sentences
    differently inside their article, reading "said" as a modifier or a report as part of the
    sentence before. Only the statements whose cue is such a word are taken."""
    doc = ctx.doc
    found: list[_Draft] = []
    waiting: dict[int, list[Token]] = {}
    bounds: dict[int, tuple[int, int]] = {}
    for token in doc:
        if token.lower_ in SECOND_LOOK_FORMS and not any(
            a <= token.idx < b for d in drafts for a, b in (d.cue,)
        ):
            lo, hi = _sentence_around(doc.text, token)
            bounds[lo] = (lo, hi)
            waiting.setdefault(lo, []).append(token)
    pending: list[tuple[int, SpacySpan, list[Token], list[Quote]]] = []
    for key, tokens in waiting.items():
        lo, hi = bounds[key]
        sent = doc.char_span(lo, hi, alignment_mode="expand")
        if sent is None or hi - lo > _SECOND_LOOK_MAX_CHARS:
            continue
        inside = [q for q in ctx.quotes if lo <= q.start and q.end <= hi]
        if any(q.start < hi and lo < q.end for q in ctx.quotes if q not in inside):
            continue  # a quotation running past the sentence: alone it would not balance
        pending.append((lo, sent, tokens, inside))
    texts = [doc.text[lo : bounds[lo][1]] for lo, _, _, _ in pending]
    for (lo, sent, tokens, inside), alone in zip(pending, nlp.pipe(texts), strict=True):
        shifted = {Quote(tuple((a - lo, b - lo) for a, b in q.parts), q.style): q for q in inside}
        token_at = {t.idx: t.i for t in sent}
        for draft in _drafts_from_parse(_Context(alone, list(shifted))):
            cue = (draft.cue[0] + lo, draft.cue[1] + lo)
            if not any(cue[0] <= t.idx < cue[1] for t in tokens):
                continue
            head = draft.source_head
            found.append(
                replace(
                    draft,
                    cue=cue,
                    content=[(a + lo, b + lo) for a, b in draft.content],
                    source=(draft.source[0] + lo, draft.source[1] + lo) if draft.source else None,
                    source_head=token_at.get(alone[head].idx + lo) if head is not None else None,
                    quotes=[shifted[q] for q in draft.quotes if q in shifted],
                )
            )
    return found


_SENTENCE_END = re.compile(r"[.!?][\"”’']?(?:\s+|\Z)")


def _sentence_around(text: str, token: Token) -> tuple[int, int]:
    """The written sentence that holds the token, by its punctuation, within the parser's
    sentence: the parser sometimes runs two written sentences into one."""
    sent = token.sent
    lo = sent.start_char
    for match in _SENTENCE_START.finditer(text, sent.start_char, token.idx):
        lo = match.end()
    end = _SENTENCE_END.search(text, token.idx + len(token), sent.end_char)
    hi = end.start() + len(end.group().rstrip()) if end else sent.end_char
    return lo, hi


def _shift(span: tuple[int, int] | None, offset: int) -> Span | None:
    return Span(span[0] + offset, span[1] + offset) if span is not None else None


def _statements(
    article: Article, drafts: Sequence[_Draft], doc: Doc, offset: int
) -> list[Statement]:
    """Records in text order: speakers resolved left to right (a pronoun looks back at earlier
    speakers), then each chain of attribution built outermost first."""
    outlet = article.dateline.outlet
    speakers: list[tuple[int, str]] = []
    speaker_ids: list[str | None] = []

    def resolve(index: int, binder: str | None) -> str | None:
        draft = drafts[index]
        source = _shift(draft.source, offset)
        if source is None:
            return None
        relative = _resolve_relative(draft, doc, offset)
        head = doc[draft.source_head] if draft.source_head is not None else None
        parent = drafts[draft.parent] if draft.parent is not None else None
        return resolve_speaker(
            article,
            relative or source,
            speakers,
            head=head if relative is None else None,
            offset=offset,
            binder=binder,
            binder_quoted=parent is not None and parent.kind == "direct",
        )

    for index, draft in enumerate(drafts):
        parent = draft.parent
        reporter = speaker_ids[parent] if parent is not None and parent < index else None
        speaker_id = resolve(index, reporter)
        if speaker_id is not None and draft.source is not None:
            speakers.append((draft.source[0] + offset, speaker_id))
        speaker_ids.append(speaker_id)
    # a report whose reporter comes after it ("She believed ..., Park said", "“I think ...,”
    # Gomez said"): its reporter is known only now
    for index, draft in enumerate(drafts):
        parent = draft.parent
        if parent is not None and parent > index and speaker_ids[parent] is not None:
            speaker_ids[index] = resolve(index, speaker_ids[parent]) or speaker_ids[index]

    def label(index: int) -> str:
        speaker_id = speaker_ids[index]
        if speaker_id is not None:
            return article.entity(speaker_id).name
        source = drafts[index].source
        return doc.text[source[0] : source[1]].strip() if source else "(unattributed)"

    def chain(index: int, depth: int = 0) -> tuple[str, ...]:
        parent = drafts[index].parent
        if parent is None or depth > len(drafts):
            return (outlet,) if outlet else ()
        return (*chain(parent, depth + 1), label(parent))

    statements = []
    for index, draft in enumerate(drafts):
        content = tuple(Span(a + offset, b + offset) for a, b in sorted(set(draft.content)))
        time_ids, entity_ids = _links(article, content)
        statements.append(
            Statement(
                id=f"s{index + 1}",
                cue=Span(draft.cue[0] + offset, draft.cue[1] + offset),
                cue_lemma=draft.cue_lemma,
                content=content,
                source=_shift(draft.source, offset),
                speaker_id=speaker_ids[index],
                kind=draft.kind,
                reported_by=chain(index),
                parent_id=f"s{draft.parent + 1}" if draft.parent is not None else None,
                time_ids=time_ids,
                entity_ids=entity_ids,
            )
        )
    return statements


# The content readers tried after quotes and clauses, in order, each for the frame it reads.
FRAME_READERS = (
    (QUESTION, _question_content),
    (QUOTE, _block_content),
    (REQUEST, _request_content),
    (INFINITIVE, _infinitive_content),
    (ABOUT, _about_content),
    (LABEL, _label_content),
    (LABEL, _quoted_label),
    (PASSIVE, _passive_content),
    (OBJECT, _object_content),
    (PREPOSITION, _preposition_content),
    (CLAUSE, _inverted_content),
    (CLAUSE, _detached_clause),
    (CLAUSE, _adverbial_clause),
    (CLAUSE, _clause_read_as_head),
    (CLAUSE, _zero_relative_report),
    (CLAUSE, _preceding_content),
    (PRO_FORM, _pro_form_content),
)

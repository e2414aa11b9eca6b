"""A title-case headline parsed again in sentence case.

The small models read case as a strong sign of a name: "Tram Derails in Croydon, Near London"
comes out as one long proper noun with no verb, and "Hillary Clinton Blames F.B.I. Director"
as a person named "Hillary Clinton Blames". The article's body says which of the headline's
words are names: it writes "derailed" and "near" in lower case and "Croydon" capitalised. So
the headline line is parsed a second time with every word the body writes in lower case
lowered (case only: the offsets stay), and its tags, lemmas, parse and entities replace the
first reading. The text itself is never changed.

The first line is a headline when it is short and a body follows it; it is in title case when
every word but the small connectors ("of", "in", "and") is capitalised. A word the body never
writes keeps its capital unless it is a function word ("Are") or a verb ("Abandon"); the first
word of the line and of each part after a colon keeps it always.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

from dateline.nlp import known_verbs

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

MAX_HEADLINE_TOKENS = 40  # a longer first line is a paragraph, not a headline
MIN_TITLE_CASE_WORDS = 3  # "Obama Speaks" is too short to tell title case from two names
# Words title case leaves in lower case: they say nothing about the style of the line.
TITLE_CASE_CONNECTORS = frozenset(
    "a an the and but or nor for of on in at to by with as from into via vs up off per de".split()
)
PART_OPENERS = frozenset({":", "|", "—", "–", "-", "'", '"', "‘", "“"})  # a capital follows
# Suffixes to strip when the body writes another form of the word ("Derails" / "derailed").
INFLECTIONS = ("s", "es", "ies", "ed", "d", "ing")
# Token attributes the second reading replaces.
PARSE_ATTRS = ("TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD")
# Doc.user_data key: the model's own entities (start_char, end_char, label), kept where the
# second reading replaced them, so that a "bare spaCy" baseline stays bare.
MODEL_ENTITIES = "dateline.model_entities"


def headline_tokens(doc: Doc) -> tuple[int, int] | None:
    """[start, end) of the first line when it is a headline: short, and followed by a body."""
    start = next((t.i for t in doc if not t.is_space), None)
    if start is None:
        return None
    for token in doc[start:]:
        if "\n" in token.text_with_ws:
            end = token.i + (0 if token.is_space else 1)
            if 0 < end - start <= MAX_HEADLINE_TOKENS and end < len(doc):
                return (start, end)
            return None
    return None


def is_title_case(tokens: Span) -> bool:
    """Every word capitalised but the connectors and the inner parts of hyphenated names
    ("Mazar-i-Sharif"), and enough capitalised words to tell (an acronym fits either style)."""
    capitalised = 0
    for token in tokens:
        if not token.is_alpha or token.lower_ in TITLE_CASE_CONNECTORS or _hyphen_inner(token):
            continue
        if not token.text[:1].isupper():
            return False
        if not token.text.isupper() or len(token.text) == 1:
            capitalised += 1
    return capitalised >= MIN_TITLE_CASE_WORDS


def sentence_case_words(doc: Doc, start: int, end: int) -> list[str] | None:
    """The words of tokens [start, end) with each word the body writes in lower case lowered
    (and each function word or verb it never writes), or None when none changes."""
    lower, capital = _body_cases(doc, end)
    words, changed, opens_part = [], False, True
    for token in doc[start:end]:
        text = token.text
        if token.is_alpha and not opens_part and _writes_lower(token, lower, capital):
            text, changed = text.lower(), True
        words.append(text)
        if not token.is_space:
            opens_part = token.text in PART_OPENERS
    return words if changed else None


def reparse_headline(doc: Doc, components: list[Callable[[Doc], Doc]]) -> Doc:
    """Replace the reading of a title-case headline with the reading of its sentence-case
    words. A headline the first parse joined to the body (a head across the line) is left."""
    from spacy.tokens import Doc as SpacyDoc
    from spacy.tokens import Span as SpacySpan

    line = headline_tokens(doc)
    if line is None or not is_title_case(doc[line[0] : line[1]]):
        return doc
    start, end = line
    if not _self_contained(doc, start, end):
        return doc
    words = sentence_case_words(doc, start, end)
    if words is None:
        return doc
    spaces = [bool(t.whitespace_) for t in doc[start:end]]
    second = SpacyDoc(doc.vocab, words=words, spaces=spaces)
    for component in components:
        second = component(second)
    doc.user_data[MODEL_ENTITIES] = tuple((e.start_char, e.end_char, e.label_) for e in doc.ents)
    rows = doc.to_array(list(PARSE_ATTRS))
    rows[start:end] = second.to_array(list(PARSE_ATTRS))
    doc.from_array(list(PARSE_ATTRS), rows)  # type: ignore[arg-type]  # thinc's Ints2d stub
    outside = [e for e in doc.ents if e.end <= start or e.start >= end]
    inside = [
        SpacySpan(doc, start + first, start + last, entity.label)
        for entity in second.ents
        for first, last in [_trim_lowered(second, entity.start, entity.end)]
        if first < last
    ]
    doc.ents = sorted(outside + inside, key=lambda e: e.start)
    return doc


def register(nlp: Language, name: str) -> None:
    """Add the reparse as a component after the model's own, reading with those."""
    from spacy.language import Language as SpacyLanguage

    if not SpacyLanguage.has_factory(name):

        @SpacyLanguage.factory(name)
        def make_headline_case(nlp: Language, name: str) -> Callable[[Doc], Doc]:
            model = [component for _, component in nlp.pipeline]
            return lambda doc: reparse_headline(doc, model)

    nlp.add_pipe(name, last=True)


def _trim_lowered(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """An entity of the second reading without the lower-case words at its edges: the model
    still runs a name over a verb before it ("abandon Republican Party")."""
    while start < end and doc[start].is_lower:
        start += 1
    while end > start and doc[end - 1].is_lower:
        end -= 1
    return start, end


def _body_cases(doc: Doc, body_start: int) -> tuple[Counter[str], Counter[str]]:
    """How often the body writes each word (and each lemma) in lower case, and how often
    capitalised inside a sentence."""
    lower: Counter[str] = Counter()
    capital: Counter[str] = Counter()
    for token in doc[body_start:]:
        if not token.is_alpha:
            continue
        if token.text.islower():
            lower[token.lower_] += 1
            if token.lemma_.lower() != token.lower_:
                lower[token.lemma_.lower()] += 1
        elif not token.is_sent_start and not token.text.isupper():
            capital[token.lower_] += 1
    return lower, capital


def _writes_lower(token: Token, lower: Counter[str], capital: Counter[str]) -> bool:
    if not token.text[:1].isupper() or token.text.isupper():
        return False  # already lower, or an acronym
    word = token.lower_
    if lower[word] or capital[word]:
        return lower[word] > capital[word]
    stems = [word[: -len(s)] for s in INFLECTIONS if word.endswith(s) and len(word) > len(s) + 2]
    if any(lower[stem] or lower[stem + "e"] or lower[stem + "y"] for stem in stems):
        return True
    # a word the body never writes: a function word, or a verb ("Voters Abandon Party"), since
    # a name in a headline is written again below it
    verbs = known_verbs(token.doc)
    return token.is_stop or any(form in verbs for form in (word, *stems, *(s + "e" for s in stems)))


def _hyphen_inner(token: Token) -> bool:
    doc = token.doc
    before = token.i > 0 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_
    return before and token.text.islower()


def _self_contained(doc: Doc, start: int, end: int) -> bool:
    """No head crosses the line, but the spaces after it that hang on its last word."""
    for token in doc:
        inside = start <= token.i < end
        if inside != (start <= token.head.i < end) and not (token.is_space and not inside):
            return False
    return True

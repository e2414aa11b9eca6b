"""The clause of a headline: its predicate, its subject, and where the predicate phrase ends.

Headlines are written in headlinese, and the small models parse it badly: the verb of "Lady Gaga
protests outside Trump Tower" or "Donald Trump lands in Washington" is tagged as a plural noun,
and a kicker before a colon ("Croydon tram crash: Police identify three victims") becomes the
root. The main event of a news article is the headline's clause, so this module reads it again:

1. the headline is the first line of the text, when a body follows it;
2. the segment: after a kicker colon when the part before it has no verb, before the colon
   when a quotation follows it ("Cubs win World Series: 'Baseball will never be the same'");
3. the predicate: the highest finite verb of the segment, or a headline verb the tagger read
   as a noun (an "-s" form, or a base form after a name, whose lemma is a known verb); not a
   quotation opening the headline, nor a trailing ", reports say";
   a verb a clause break subordinates ("after tram overturns") only when no other is left;
4. the predicate phrase runs to the first clause break ("as", "after", a comma); a purpose
   clause is part of what happened ("shows nerves of steel to avoid serious accident").

Pure functions over a parsed Doc; the events stage decides what to do with the clause.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dateline.lexicons.cues import VERB_CUES
from dateline.lexicons.entities import INSTITUTION_NOUNS
from dateline.nlp.headline_case import headline_tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

MAX_PREDICATE_WORDS = 8  # "what happened" in a few words, as a headline says it
FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD", "VBN"})  # "Seven killed as ...": headline passive
NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
QUOTE_MARKS = frozenset("'\"‘’“”«»")
# Words and marks that end a headline's predicate phrase: the next clause or an aside begins.
CLAUSE_BREAKS = frozenset(
    {"as", "after", "while", "because", "but", "amid", "before", "when", "following", "despite"}
    | {"since", "until", "though", "although", "so", "if", "whereas"}
    | {",", ":", ";", "—", "–", "|", "...", "…", "(", "["}
)
BASE_FORM_NEXT = frozenset({"DET", "PROPN", "ADP", "ADJ", "NUM"})
# Singular bodies that act in headlines: the -s word after one agrees with it as its verb
ACTING_BODIES = INSTITUTION_NOUNS | frozenset(
    "court council committee board agency company firm bank union party regulator".split()
)


@dataclass(frozen=True, slots=True)
class HeadlineClause:
    predicate: int  # token index of the main verb (or noun, for a verbless headline)
    subject: int | None  # token index of the subject's head, when the headline names one
    end: int  # token index one past the predicate phrase
    repaired: bool  # the tagger did not read the predicate as a verb


def headline_clause(doc: Doc, known_verbs: Collection[str]) -> HeadlineClause | None:
    """The headline's clause, or None when the text has no headline or the headline no clause."""
    line = headline_tokens(doc)
    if line is None:
        return None
    start, end = _segment(doc, *line, known_verbs)
    if start >= end:
        return None
    tokens = [doc[i] for i in range(start, end) if not doc[i].is_space and not doc[i].is_punct]
    if not tokens:
        return None

    def depth(token: Token) -> int:
        steps = 0
        while start <= token.head.i < end and token.head.i != token.i and steps < end - start:
            token, steps = token.head, steps + 1
        return steps

    verbs = [t for t in tokens if _is_finite_verb(t)]
    misread = [t for t in tokens if _is_misread_verb(t, known_verbs, start)]
    # "Toblerone triangle change upsets fans": of two verb-like nouns in a row, the second is
    # the first one's object
    misread = [t for t in misread if not any(m.i == t.i - 1 for m in misread)]
    # "Lady Gaga stages protest": after a singular name the -s word is the verb that agrees;
    # the plural-agreeing form after it is its object, not a verb
    verbs = [v for v in verbs if not _object_after_misread_verb(doc, v, misread)]
    candidates = verbs + misread
    reported = [t for t in candidates if not _is_trailing_attribution(t)]
    if reported:
        candidates = reported  # "Clinton blames Comey letters, reports say": the news is "blames"
    main_clause = [t for t in candidates if not _is_subordinate(t)]
    if any(t in verbs or _agrees_with_joined_names(t, start) for t in main_clause):
        # "Several dead and dozens injured after tram overturns"; but a noun read as a verb
        # does not outrank a verb ("Tears of joy as Chicago Cubs fans celebrate") unless its
        # form agrees with the names joined before it ("Murray and Obama lead celebrations as
        # Cubs end curse")
        candidates = main_clause
    if candidates:
        predicate = min(candidates, key=lambda t: (depth(t), t.i))
        # "Massa crashes but gets warm farewell", "You knew it couldn't come easily, but the
        # Cubs are champions": the clause after "but" is the headline's point
        predicate = next((t for t in candidates if _contrasts(t, predicate)), predicate)
        repaired = predicate in misread
    else:  # a verbless headline ("Fatal attack on German consulate"): its head noun
        predicate = min(tokens, key=lambda t: (depth(t), t.i))
        repaired = False
    return HeadlineClause(
        predicate=predicate.i,
        subject=_subject(doc, predicate, start, repaired),
        end=_phrase_end(doc, predicate, end),
        repaired=repaired,
    )


def _contrasts(token: Token, predicate: Token) -> bool:
    """The verb is coordinated with the predicate by "but"."""
    return (
        token.dep_ == "conj"
        and token.head.i == predicate.i
        and any(
            c.dep_ == "cc" and c.lower_ == "but" and predicate.i < c.i < token.i
            for c in predicate.children
        )
    )


def _object_after_misread_verb(doc: Doc, verb: Token, misread: Collection[Token]) -> bool:
    """After a person's name or a body that acts ("Ministry rejects report"): "Nike shares
    jump" is shares that jump."""
    return verb.tag_ == "VBP" and any(
        m.i == verb.i - 1
        and m.i > 0
        and (doc[m.i - 1].ent_type_ == "PERSON" or doc[m.i - 1].lower_ in ACTING_BODIES)
        for m in misread
    )


def _is_subordinate(token: Token) -> bool:
    """A verb its clause break subordinates: "after tram overturns", "as Cubs end curse" (the
    parse may read the marker as a preposition and the verb as its object)."""
    if any(c.dep_ == "mark" and c.lower_ in CLAUSE_BREAKS for c in token.children):
        return True
    return token.dep_ in ("pobj", "pcomp") and token.head.lower_ in CLAUSE_BREAKS


def _is_trailing_attribution(token: Token) -> bool:
    """ "..., reports say", "..., police said": a reporting verb after the clause it reports."""
    return token.lemma_.lower() in VERB_CUES and any(
        c.dep_ in ("ccomp", "parataxis") and c.i < token.i for c in token.children
    )


def _segment(doc: Doc, start: int, end: int, known_verbs: Collection[str]) -> tuple[int, int]:
    start = _after_opening_quote(doc, start, end, known_verbs)
    colon = next((i for i in range(start + 1, end) if doc[i].text == ":"), None)
    if colon is None:
        return (start, end)
    after = next((i for i in range(colon + 1, end) if not doc[i].is_space), end)
    if after < end and doc[after].text[0] in QUOTE_MARKS:
        return (start, colon)  # "X wins: 'quote'": the quotation is what someone said
    before = doc[start:colon]
    if any(_is_finite_verb(t) or _is_misread_verb(t, known_verbs, start) for t in before):
        return (start, colon)
    return (after, end)  # "Croydon tram crash: Police identify ...": the kicker is a topic


def _after_opening_quote(doc: Doc, start: int, end: int, known_verbs: Collection[str]) -> int:
    """ "'I BLAME COMEY' Clinton blames FBI chief ...": a quotation opening the headline is what
    someone said; the headline's own clause follows it, when it has a verb."""
    if doc[start].text not in QUOTE_MARKS:
        return start
    close = next((i for i in range(start + 1, end) if doc[i].text in QUOTE_MARKS), None)
    if close is None:
        return start
    rest = doc[close + 1 : end]
    if any(_is_finite_verb(t) or _is_misread_verb(t, known_verbs, close + 1) for t in rest):
        return close + 1
    return start


def _is_finite_verb(token: Token) -> bool:
    """A finite verb; a base form with a subject is one too ("Toblerone increase the gaps"),
    and so is the headline's future, "to" after the noun it hangs on ("Nurses to strike
    again", "Talks to resume")."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    return (
        token.tag_ in FINITE_TAGS
        or (token.tag_ == "VB" and any(c.dep_ == "nsubj" for c in token.children))
        or is_headline_future(token)
    )


def is_headline_future(token: Token) -> bool:
    to = token.i - 1
    return (
        token.tag_ == "VB"
        and token.dep_ == "acl"
        and to > 0
        and token.doc[to].lower_ == "to"
        and token.head.i == to - 1
        and token.head.pos_ in ("NOUN", "PROPN")
    )


def _is_misread_verb(token: Token, known_verbs: Collection[str], start: int) -> bool:
    """A headline verb tagged as a noun: "Trump lands", "Gaga protests", "Taliban Strike"."""
    if token.tag_ not in NOUN_TAGS or token.i == start or token.ent_iob_ == "I":
        return False  # inside a name: "Chicago Cubs" names a team, not a verb "cub"
    previous = token.nbor(-1)
    if previous.pos_ not in ("PROPN", "NOUN", "NUM") or previous.is_space:
        return False
    word = token.lower_
    if word.endswith("s") and not word.endswith("ss"):
        return any(stem in known_verbs for stem in verb_stems(word))
    # A base form is a verb only after a name and before what a verb takes ("Taliban Strike
    # German Consulate", "Trump and Obama meet at the White House").
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    takes = following is not None and (
        following.pos_ in BASE_FORM_NEXT
        # a noun after "X and Y <word>" is the plural verb's object: "... lead celebrations"
        or (following.pos_ == "NOUN" and _agrees_with_joined_names(token, start))
    )
    return (
        word in known_verbs
        and previous.pos_ == "PROPN"
        and takes
        and "\n" not in token.text_with_ws
    )


def _agrees_with_joined_names(token: Token, start: int) -> bool:
    """A base form read as a noun right after two names joined by "and": the plural verb of a
    joined subject ("Bill Murray and Barack Obama lead celebrations")."""
    if token.tag_ not in NOUN_TAGS or token.lower_.endswith("s") or token.i - start < 3:
        return False
    before = token.doc[start : token.i]
    return before[-1].pos_ == "PROPN" and any(
        t.lower_ == "and" and t.i > start and t.nbor(-1).pos_ == "PROPN" for t in before
    )


def verb_stems(word: str) -> tuple[str, ...]:
    """ "lands" -> land, "cries" -> cry, "reaches" -> reach."""
    stems = [word[:-1]]
    if word.endswith("ies"):
        stems.append(word[:-3] + "y")
    if word.endswith("es"):
        stems.append(word[:-2])
    return tuple(stems)


def _subject(doc: Doc, predicate: Token, start: int, repaired: bool) -> int | None:
    if not repaired:
        subjects = [c for c in predicate.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return subjects[0].i
        if predicate.dep_ == "acl" and start <= predicate.head.i < predicate.i:
            return predicate.head.i  # "German consulate bombed ...": parsed as a noun phrase
        if predicate.dep_ == "conj" and start <= predicate.head.i < predicate.i:
            return _subject(doc, predicate.head, start, repaired)  # "Massa crashes but gets"
        return None
    previous = doc[predicate.i - 1] if predicate.i > start else None
    if previous is None or previous.pos_ not in ("PROPN", "NOUN", "NUM"):
        return None
    if _agrees_with_joined_names(predicate, start):
        # "Bill Murray and Barack Obama lead ...": the first name, whose conjunct the second is
        first = next(t for t in reversed(doc[start : predicate.i]) if t.lower_ == "and").nbor(-1)
        if previous.head.i == first.i and previous.dep_ == "conj":
            return first.i
    return previous.i  # the parse hangs the subject on the verb as a compound


def _phrase_end(doc: Doc, predicate: Token, end: int) -> int:
    """Up to the first clause break; a phrase longer than MAX_PREDICATE_WORDS is cut before the
    last preposition that fits ("attacks German consulate in northern Afghan city | of ...")."""
    words = 1
    last_preposition = None
    for token in doc[predicate.i + 1 : end]:
        word = token.lower_
        next_pos = token.nbor(1).pos_ if token.i + 1 < len(doc) else ""
        if (
            word in CLAUSE_BREAKS
            or (word == "and" and next_pos in ("VERB", "AUX"))
            or token.is_space
        ):
            return _trim(doc, predicate.i, token.i)
        if token.pos_ == "ADP" and words > 1:
            last_preposition = token.i
        words += not token.is_punct
        if words > MAX_PREDICATE_WORDS:
            return _trim(doc, predicate.i, last_preposition or token.i)
    return _trim(doc, predicate.i, end)


def _trim(doc: Doc, start: int, end: int) -> int:
    while end - 1 > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return end

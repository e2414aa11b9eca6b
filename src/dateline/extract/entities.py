"""The entity stage: spaCy's named entities, repaired, clustered into entities within the article.

Cascade:
1. take spaCy's entity spans of the name types (dates and numbers belong to other stages);
2. repair its typical errors, each a small pure function over token-index candidates
   (`REPAIRS`, in order): dangling "of"/"and" splits, a person glued to an organisation,
   demonyms read as persons, countries read as organisations, place lists, missed organisations
   and acronyms, titles inside a person span;
3. read titles, roles and affiliations around each person mention;
4. cluster mentions into entities (`cluster_mentions`: surnames, initials, near-identical
   spellings, acronyms, case and article differences);
5. resolve role references ("The MP") to the one entity that holds that title;
6. read the places that contain places, and the groups of people that act ("Other speakers").
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from rapidfuzz.distance import Levenshtein

from dateline.lexicons.entities import (
    CASE_SENSITIVE_TITLES,
    COLLECTIVE_GROUP_NOUNS,
    FEMININE_WORDS,
    FURNITURE_PHRASES,
    FURNITURE_WORDS,
    GOVERNMENT_NOUNS,
    GROUP_NOUNS,
    HONORIFICS,
    INSTITUTION_NOUNS,
    KINSHIP_WORDS,
    LEADING_FURNITURE,
    MASCULINE_WORDS,
    MULTIWORD_TITLES,
    NAME_HONORIFICS,
    NAME_SUFFIXES,
    ORG_HEADS,
    ORG_NAME_ENDINGS,
    OWNED_INSTITUTION_NOUNS,
    PERSON_TITLES,
    PHOTO_CREDITS,
    PLATFORM_NAMES,
    ROLE_NOUNS,
    SURNAME_PARTICLES,
    WIRE_DATELINE_FOLLOWERS,
    country_names,
    demonym_key,
    is_demonym,
    place_form,
)
from dateline.lexicons.events import PLACE_NOUNS, names_a_building
from dateline.lexicons.time_words import MONTHS, WEEKDAYS
from dateline.nlp import Parsed
from dateline.records import Article, Attribute, Entity, Mention, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

NAME_LABELS = frozenset(
    {
        "PERSON",
        "ORG",
        "GPE",
        "LOC",
        "FAC",
        "NORP",
        "EVENT",
        "WORK_OF_ART",
        "LAW",
        "PRODUCT",
        "LANGUAGE",
    }
)
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
CONNECTORS = frozenset({"of", "and", "for", "&", "the", "on", "de", "du", "der", "al"})
DETERMINERS = frozenset({"the", "a", "an"})
INITIAL = re.compile(r"^[A-Z]\.(?:[A-Z]\.)?$")
POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
# Fuzzy surname match ("Jafarov" / "Jaffarov"): only for names this long, one edit apart.
MIN_FUZZY_NAME_LENGTH = 5
MAX_NAME_EDITS = 1
MIN_HEADLINE_WORDS = 6  # a line this long with every word capitalised is a headline
MIN_SHORT_FORM = 3  # "Phil" for "Philip"; two letters ("Jo") say too little
# Owners whose possessive is part of a name: "People’s Republic", "Women’s March".
COLLECTIVE_OWNERS = frozenset("people peoples women men children workers veterans".split())
# Words before a name that make it a place: "in Washington", "from Paris".
LOCATIVE_PREPOSITIONS = frozenset(
    "in at from to into near across outside inside around throughout toward towards via "
    "within through between".split()
)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A name span in token indices of the parsed doc, `[start, end)`."""

    start: int
    end: int
    label: str
    kind: str = "name"  # "nominal" for descriptions such as "the Azerbaijani embassy"


@dataclass
class PersonAttributes:
    titles: list[tuple[str, int, int]] = field(default_factory=list)  # value, token start, end
    roles: list[tuple[str, int, int]] = field(default_factory=list)
    affiliations: list[tuple[str, int, int, int]] = field(default_factory=list)  # + org index


# ---------------------------------------------------------------------------- 1. candidates


def spacy_candidates(doc: Doc) -> list[Candidate]:
    """spaCy's name spans, without whitespace tokens at their edges ("Cubs\n\n"), and cut
    where no name goes on (`_name_breaks`)."""
    candidates = []
    for ent in doc.ents:
        if ent.label_ not in NAME_LABELS:
            continue
        breaks = _name_breaks(doc, ent.start, ent.end)
        cuts = [ent.start, *breaks, ent.end]
        for start, end in itertools.pairwise(cuts):
            # nor whitespace or a quotation mark that closes it ("Donald Trump ''doesn't")
            while end > start and (doc[end - 1].is_space or doc[end - 1].is_quote):
                end -= 1
            # a break token belongs to neither name, nor does punctuation that opens the span
            # ("-- David Wriglesworth")
            while start < end and (
                doc[start].is_space
                or start in breaks
                or (doc[start].is_punct and not doc[start].is_bracket)
            ):
                start += 1
            if start < end:
                candidates.append(Candidate(start, end, ent.label_))
    return candidates


def _name_breaks(doc: Doc, start: int, end: int) -> list[int]:
    """Where the tagger ran names and page furniture together: at a line break ("Cubs\n\n
    Chicago"), an indefinite article inside the span ("delivers Cubs a World Series"), page
    furniture ("Carl Court/Getty Images 3/8 Emergency"): no name holds them."""
    return [
        i
        for i in range(start, end)
        if ("\n" in doc[i].text and doc[i].is_space)
        or (i > start and _is_inner_article(doc[i]))
        or _is_page_furniture(doc[i])
    ]


GALLERY_COUNTER = re.compile(r"\d+/\d+")


def _is_page_furniture(token: Token) -> bool:
    """A photo credit's slash ("Court/Getty", not "Rights / Restrictions"), a gallery counter,
    a web address with a path ("pic.twitter.com/mwz56sxacI"; "Amazon.com" is a name)."""
    text = token.text
    glued_slash = (
        text == "/" and not token.whitespace_ and token.i > 0 and not token.nbor(-1).whitespace_
    )
    return (
        glued_slash
        or GALLERY_COUNTER.fullmatch(text) is not None
        or ("/" in text and "." in text)
        or text.startswith(("http:", "https:", "www."))
    )


def _is_inner_article(token: Token) -> bool:
    return token.text in ("a", "an")


# ---------------------------------------------------------------------------- 2. repairs


def merge_dangling_connectors(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """ "the Presidium of Bosnia and" + "Herzegovina" → one ORG; "the Presidium" of "X" → one ORG
    when the first is an institution whose name goes on with "of"."""
    merged: list[Candidate] = []
    for candidate in candidates:
        if merged:
            previous = merged[-1]
            last = doc[previous.end - 1].lower_
            adjacent = previous.end == candidate.start
            gap_of = candidate.start == previous.end + 1 and doc[previous.end].lower_ == "of"
            institution = (
                previous.label in ("ORG", "FAC") and _head_word(doc, previous) in ORG_HEADS
            )
            if (
                previous.label in ("ORG", "FAC", "GPE")
                and adjacent
                and last in ("of", "and", "for")
            ):
                if last == "and" and candidate.label == "ORG" and previous.end - previous.start > 1:
                    # "the Hang Seng and" + "Singapore Straits Times": two names, one "and"
                    merged[-1] = Candidate(previous.start, previous.end - 1, previous.label)
                    merged.append(candidate)
                    continue
                merged[-1] = Candidate(previous.start, candidate.end, _merged_label(previous))
                continue
            if gap_of and institution and candidate.label in ("GPE", "ORG", "LOC"):
                merged[-1] = Candidate(previous.start, candidate.end, "ORG")
                continue
        merged.append(candidate)
    return merged


def join_hyphenated_names(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """ "Mazar" + "-i-Sharif" → "Mazar-i-Sharif": the tokenizer splits a hyphenated name and
    the tagger often keeps only its first part."""
    joined: list[Candidate] = []
    for candidate in candidates:
        if joined and candidate.start < joined[-1].end:  # a later part of a joined name
            joined[-1] = replace(joined[-1], end=max(joined[-1].end, candidate.end))
            continue
        end = candidate.end
        while (
            end + 2 < len(doc)
            and not doc[end - 1].whitespace_
            and doc[end].text == "-"
            and not doc[end].whitespace_
            and doc[end + 1].is_lower
            and doc[end + 1].is_alpha
            and doc[end + 2].text == "-"
            and end + 3 < len(doc)
            and doc[end + 3].is_title
        ):
            # only over a lower-case link ("-i-", "-upon-"): "Russia-Ukraine talks" and the
            # "Clinton-Trump race" name two
            end += 4
        joined.append(replace(candidate, end=end) if end != candidate.end else candidate)
    return joined


def _merged_label(candidate: Candidate) -> str:
    return "ORG" if candidate.label in ("ORG", "FAC") else candidate.label


def _head_word(doc: Doc, candidate: Candidate) -> str:
    """The organisation head of a name: its last word, or the first after "the"."""
    last = doc[candidate.end - 1].lower_
    if last in ORG_HEADS:
        return last
    first = doc[candidate.start]
    if first.lower_ in DETERMINERS and candidate.end - candidate.start > 1:
        first = doc[candidate.start + 1]
    return first.lower_ if first.lower_ in ORG_HEADS or first.lower_ in ("house",) else last


def split_trailing_person(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """ "Post-Conflict Research Center Velma Saric", "the Council on American-Islamic
    Relations Alia Salem" (ORG) → ORG + PERSON."""
    ends = ORG_HEADS | ORG_NAME_ENDINGS
    result: list[Candidate] = []
    for candidate in candidates:
        if candidate.label == "ORG":
            heads = [i for i in range(candidate.start, candidate.end) if doc[i].lower_ in ends]
            if heads:
                cut = heads[-1] + 1
                tail = doc[cut : candidate.end]
                if 2 <= len(tail) <= 3 and all(_is_name_token(token) for token in tail):
                    result.append(Candidate(candidate.start, cut, "ORG"))
                    result.append(Candidate(cut, candidate.end, "PERSON"))
                    continue
        result.append(candidate)
    return result


def split_wire_dateline(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """ "By Mark Hosenball WASHINGTON, Nov 6 (Reuters)", "Photo LONDON -- ...": a wire dateline's
    city in capitals, which the tagger joins to the byline or caption word before it, is a place
    of its own; a lone caption word left before it is no name."""
    result: list[Candidate] = []
    for candidate in candidates:
        cut = candidate.end
        while cut > candidate.start and _is_capitals_word(doc[cut - 1].text):
            cut -= 1
        if candidate.start < cut < candidate.end and opens_wire_story(doc, candidate.end):
            if cut - candidate.start > 1:
                result.append(Candidate(candidate.start, cut, candidate.label))
            result.append(Candidate(cut, candidate.end, "GPE"))
            continue
        result.append(candidate)
    return result


def _is_capitals_word(text: str, shortest: int = 3) -> bool:
    return len(text) >= shortest and text.isalpha() and text.isupper()


def opens_wire_story(doc: Doc, end: int) -> bool:
    """What follows a wire dateline's city at token `end`: a date ("WASHINGTON, Nov 6"), an
    agency or a dash ("LONDON (AP) —", "LONDON -- ")."""
    after = list(doc[end : end + 2])
    if not after:
        return False
    if after[0].text in WIRE_DATELINE_FOLLOWERS:
        return True
    return (
        after[0].text == ","
        and len(after) > 1
        and (after[1].lower_.rstrip(".") in MONTHS or after[1].like_num)
    )


def _is_name_token(token: object) -> bool:
    text = token.text  # type: ignore[attr-defined]
    return (
        text[:1].isupper()
        and (text.isalpha() or bool(INITIAL.match(text)))
        and text.lower() not in ORG_HEADS
        and text.lower() not in CONNECTORS
    )


def relabel_demonyms(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """ "Azerbaijani", "Armenians" are groups (NORP), never persons or organisations."""
    return [
        replace(c, label="NORP")
        if c.label != "NORP" and is_demonym(doc[c.start : c.end].text)
        else c
        for c in candidates
    ]


def relabel_countries(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """ "Armenia's systematic policy" tagged ORG: a country name is a GPE; "Twitter" tagged
    PERSON: an online platform is an ORG."""
    names = country_names()
    result = []
    for c in candidates:
        text = _normalise(doc[c.start : c.end].text)
        if c.label in ("ORG", "PERSON", "LOC") and text in names:
            c = replace(c, label="GPE")
        elif c.label != "ORG" and text in PLATFORM_NAMES:
            c = replace(c, label="ORG")
        result.append(c)
    return result


# "the United Arab Emirates government"; longer place names are rarely a government's.
MAX_GOVERNED_PLACE_TOKENS = 4


def mark_institutions(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """ "the Azerbaijani embassy", "the Armenian armed forces": demonym + institution = ORG;
    "the New Zealand government": a country's government is an organisation, not the country
    (it is what "the government" later stands for)."""
    result = []
    # a lower-case span the tagger took for a name ("health ministry") is no name: the
    # institution's description takes it in
    lower = {
        (c.start, c.end)
        for c in candidates
        if all(not t.is_alpha or t.is_lower for t in doc[c.start : c.end])
    }
    taken = {i for c in candidates if (c.start, c.end) not in lower for i in range(c.start, c.end)}
    for c in candidates:
        demonym = c.label == "NORP" and c.end - c.start == 1
        if demonym or (c.label == "GPE" and c.end - c.start <= MAX_GOVERNED_PLACE_TOKENS):
            end = c.end
            # "Nigeria's health ministry", "Ukraine's military": a country's own institution
            owned = not demonym and end < len(doc) and doc[end].lower_ in ("'s", "’s")
            end += owned
            nouns = (
                INSTITUTION_NOUNS
                if demonym
                else OWNED_INSTITUTION_NOUNS
                if owned
                else GOVERNMENT_NOUNS
            )
            end = _past_institution_modifiers(doc, end, taken)  # "foreign", "armed"
            # a country's own institution heads its phrase: not "China's state media"
            heads = end < len(doc) and (not owned or doc[end].dep_ not in ("compound", "amod"))
            if heads and doc[end].lower_ in nouns and end not in taken:
                start = c.start
                if start > 0 and doc[start - 1].lower_ == "the":
                    start -= 1
                result.append(Candidate(start, end + 1, "ORG", "nominal"))
                if demonym:
                    continue
                # the place stays a name of its own, nested in its government's description
        result.append(c)
    described = [c for c in result if c.kind == "nominal"]
    return [
        c
        for c in result
        if (c.start, c.end) not in lower
        or not any(d.start < c.end and c.start < d.end for d in described)
    ]


# Lower-case words between a country and its institution: "the Turkish foreign ministry".
MAX_INSTITUTION_MODIFIERS = 2


def _past_institution_modifiers(doc: Doc, start: int, taken: set[int]) -> int:
    """Where the institution noun may be after a demonym or a country: past up to two
    lower-case modifiers of it ("foreign", "health", "armed"), not past a name."""
    end = start
    while (
        end < len(doc)
        and end - start < MAX_INSTITUTION_MODIFIERS
        and end not in taken
        and doc[end].is_lower
        and doc[end].dep_ in ("amod", "compound")
        and doc[end].lower_ not in INSTITUTION_NOUNS
    ):
        end += 1
    return end


def relabel_place_lists(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """ "Khatyn, Hiroshima, Nagasaki, and Songmi": a one-word PERSON among places is a place."""
    root_label = {doc[c.start : c.end].root.i: c.label for c in candidates}
    result = []
    for c in candidates:
        if c.label == "PERSON" and c.end - c.start == 1:
            token = doc[c.start]
            linked = [token.head] if token.dep_ == "conj" else []
            linked += [child for child in token.children if child.dep_ == "conj"]
            labels = [root_label.get(t.i) for t in linked]
            if labels and all(label in PLACE_LABELS for label in labels):
                c = replace(c, label="GPE")
        result.append(c)
    return result


def add_missed_organisations(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """ "the For Pure Life Youth Public Union": a capitalised name ending in an ORG head."""
    owner = {i: index for index, c in enumerate(candidates) for i in range(c.start, c.end)}
    additions: list[Candidate] = []
    replaced: set[int] = set()
    for token in doc:
        if token.lower_ not in ORG_HEADS or not token.text[:1].isupper():
            continue
        start = token.i
        while start > token.sent.start:
            previous = doc[start - 1]
            if previous.lower_ in PERSON_TITLES:
                break  # "Chairman of Srebrenica Mothers Public Union": the title is not the name
            if (
                previous.text[:1].isupper()
                and previous.is_alpha
                or previous.text == "-"
                or (
                    previous.lower_ in ("of", "for", "and")
                    and start - 2 >= token.sent.start
                    and (
                        doc[start - 2].lower_
                        in ORG_HEADS  # "Ministry of ...", not "Claudia Mo of ..."
                    )
                )
            ):
                start -= 1
            else:
                break
        while start < token.i and doc[start].lower_ in DETERMINERS | {"of", "and", "-"}:
            start += 1
        if token.i - start < 1:  # a head word alone ("the Union") is not a name
            continue
        if _in_title_case_line(doc, token.i):
            # "Wealthy Voters Abandon Republican Party": in a headline every word is capitalised,
            # so the name is only what the text writes again ("Republican Party")
            written = _written_elsewhere(doc, start, token.i + 1)
            if written is None:
                continue
            start = written
        if start > 0 and doc[start - 1].lower_ == "the":
            start -= 1
        inside = {owner[i] for i in range(start, token.i + 1) if i in owner}
        if any(not _within(candidates[i], start, token.i + 1) for i in inside):
            continue  # would cut through a longer name: leave it
        if token.i in owner and (
            candidates[owner[token.i]].label != "ORG"
            or (candidates[owner[token.i]].start, candidates[owner[token.i]].end)
            == (start + (doc[start].lower_ == "the"), token.i + 1)
        ):
            continue  # spaCy already named it ("Kennedy Space Center" stays a facility)
        additions.append(Candidate(start, token.i + 1, "ORG"))
        replaced.update(inside)
    if not additions:
        return candidates
    kept = [c for index, c in enumerate(candidates) if index not in replaced]
    return sorted(kept + _without_nested(additions), key=lambda c: c.start)


# "Sadiq Khan" tagged "Khan": at most this many given names are read before a surname.
MAX_GIVEN_NAMES = 2


def extend_person_names(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """ "Mayor of London Sadiq Khan" tagged "Khan": the capitalised words the parse compounds
    into a person's name right before it are the person's given names, unless they are a
    title, a role, a demonym, a date word or another name, or the line is a headline."""
    covered = {i for c in candidates for i in range(c.start, c.end)}
    result = []
    for c in candidates:
        start = c.start
        while c.label == "PERSON" and c.start - start < MAX_GIVEN_NAMES and start > 0:
            token = doc[start - 1]
            word = token.lower_
            given = (
                token.pos_ == "PROPN"
                and token.is_alpha
                and token.text[:1].isupper()
                and token.dep_ == "compound"
                and c.start <= token.head.i < c.end
                and token.i not in covered
                and word not in PERSON_TITLES | HONORIFICS | ROLE_NOUNS | ORG_HEADS
                and word not in MONTHS
                and not is_demonym(token.text)
                and not _in_title_case_line(doc, token.i)
            )
            if not given:
                break
            start -= 1
        result.append(replace(c, start=start) if start != c.start else c)
    return result


def add_repeated_names(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """A name the tagger found once is the same name where it missed it: "Glasgow tram crash:
    ..." in a headline, with "a man from Glasgow" tagged below. Only a whole capitalised word
    sequence that no name covers, and not part of a longer capitalised run, is added."""
    labels: dict[tuple[str, ...], Counter[str]] = {}
    for candidate in candidates:
        words = tuple(t.text for t in doc[candidate.start : candidate.end])
        capitalised = all(w[:1].isupper() or w in CONNECTORS for w in words)
        if candidate.kind == "name" and capitalised and words[0][:1].isupper():
            labels.setdefault(words, Counter())[candidate.label] += 1
    if not labels:
        return candidates
    covered = {i for c in candidates for i in range(c.start, c.end)}
    # a shorter name inside a longer one found elsewhere gives way to it: "London" in a second
    # "A Transport for London official"
    inner = {i: c for c in candidates for i in range(c.start, c.end)}
    replaced: set[Candidate] = set()
    positions: dict[str, list[int]] = {}
    for token in doc:
        if token.text[:1].isupper():
            positions.setdefault(token.text, []).append(token.i)
    additions: list[Candidate] = []
    for words, counts in labels.items():
        size = len(words)
        for start in positions.get(words[0], ()):
            end = start + size
            if end > len(doc) or tuple(t.text for t in doc[start:end]) != words:
                continue
            inside = {inner[i] for i in range(start, end) if i in inner}
            if any(not _within(c, start, end) or c.end - c.start == size for c in inside):
                continue  # the name itself, or a longer one
            if any(i in covered for i in range(start, end) if i not in inner):
                continue  # added already
            before = doc[start - 1] if start > 0 else None
            after = doc[end] if end < len(doc) else None
            if any(
                t is not None and t.text[:1].isupper() and t.is_alpha and not t.is_sent_start
                for t in (before, after)
            ):
                continue  # "Glasgow Central" is another name
            if any(
                t.pos_ not in ("PROPN", "NOUN", "ADJ") and t.text not in CONNECTORS
                for t in doc[start:end]
            ):
                continue  # "May" the verb, "Will" the auxiliary
            additions.append(Candidate(start, end, counts.most_common(1)[0][0]))
            covered.update(range(start, end))
            replaced |= inside
            for i in range(start, end):
                inner.pop(i, None)
    kept = [c for c in candidates if c not in replaced]
    return sorted(kept + additions, key=lambda c: c.start)


def drop_leading_articles(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """ "a World Health Organisation panel", "this White House", "another Secret Service": an
    indefinite article or a determiner written in lower case is never part of a name ("This
    Morning", capitalised, may be)."""
    return [
        replace(c, start=c.start + 1)
        if c.end - c.start > 1
        and (doc[c.start].lower_ in ("a", "an") or doc[c.start].text in LOWER_DETERMINERS)
        else c
        for c in candidates
    ]


LOWER_DETERMINERS = frozenset({"this", "that", "these", "those", "another", "every", "each"})
# A word a name does not end with: "the North American Free Trade Agreement with"
TRAILING_FUNCTION_WORDS = frozenset({"with", "for", "of", "and", "in", "on", "at", "to", "by"})


def cut_trailing_furniture(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """ "Cleveland Indians Getty Images", "Washington Post Buy Photo", "Agreement with": a page's
    furniture or a function word at the end of a name is cut, and a picture's slot before it
    ("Photo KUNDUZ"); a span of furniture alone ("Video Loading Video Unavailable Click") is no
    name."""
    result = []
    for c in candidates:
        start, end = c.start, c.end
        if all(t.lower_ in FURNITURE_WORDS for t in doc[start:end]):
            continue
        if end - start > 1 and doc[start].lower_ in LEADING_FURNITURE and doc[start + 1].is_upper:
            start += 1  # "Photo KUNDUZ, Afghanistan": not "Photo Booth Inc."
        cut = True
        while cut:
            cut = False
            if end - start > 1 and doc[end - 1].text in TRAILING_FUNCTION_WORDS:
                end, cut = end - 1, True
            for phrase in FURNITURE_PHRASES:
                n = len(phrase)
                if end - start > n and tuple(t.lower_ for t in doc[end - n : end]) == phrase:
                    end, cut = end - n, True
        result.append(replace(c, start=start, end=end) if (start, end) != (c.start, c.end) else c)
    return result


# Shortest acronym read as a name (two letters: "EU", "UN").
MIN_ACRONYM_LETTERS = 2


def split_parenthesised_acronyms(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """ "The World Health Organisation (WHO": a name the tagger ran into the acronym given after
    it is the name and its acronym, two mentions of one organisation."""
    repaired = []
    for c in candidates:
        words = doc[c.start : c.end]
        opening = next((t.i for t in words if t.text == "("), None)
        if c.label != "ORG" or opening is None or opening == c.start or opening + 1 >= c.end:
            repaired.append(c)
            continue
        short = doc[opening + 1]
        rest = doc[opening + 2 : c.end]
        if not (short.is_upper and short.is_alpha and len(short) >= MIN_ACRONYM_LETTERS) or any(
            t.text != ")" for t in rest
        ):
            repaired.append(c)
            continue
        repaired += [replace(c, end=opening), replace(c, start=short.i, end=short.i + 1)]
    return repaired


def add_acronyms(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """An organisation's acronym the tagger did not read as a name: "WHO say iodine deficiency
    ..." after "The World Health Organisation", tagged a pronoun. An upper-case word no name
    covers that spells the initials of an organisation named before it is that organisation;
    not in a line written in capitals ("WHO IS TO BLAME?")."""
    named_at: dict[str, int] = {}  # an acronym -> where its full name is first written
    for c in candidates:
        initials = _acronym_of(doc[c.start : c.end].text)
        if initials and c.label == "ORG" and c.kind == "name" and c.end - c.start > 1:
            named_at.setdefault(initials, c.start)
    if not named_at:
        return candidates
    covered = {i for c in candidates for i in range(c.start, c.end)}
    additions = [
        Candidate(token.i, token.i + 1, "ORG")
        for token in doc
        if token.i not in covered
        and token.is_alpha
        and token.is_upper
        and len(token) >= MIN_ACRONYM_LETTERS
        and named_at.get(token.text, len(doc)) < token.i  # the full name first, as clustering
        and not _in_upper_case_line(token)
    ]
    return sorted(candidates + additions, key=lambda c: c.start) if additions else candidates


def _in_upper_case_line(token: Token) -> bool:
    """Whether a word next to the token on its line is in capitals too: a headline in capitals."""
    doc = token.doc
    line = [
        doc[i]
        for i in (token.i - 1, token.i + 1)
        if 0 <= i < len(doc) and "\n" not in doc[min(i, token.i)].whitespace_
    ]
    return any(t.is_alpha and t.is_upper and len(t) > 1 for t in line)


def _within(candidate: Candidate, start: int, end: int) -> bool:
    return start <= candidate.start and candidate.end <= end


def _without_nested(spans: list[Candidate]) -> list[Candidate]:
    return [s for s in spans if not any(o != s and _within(s, o.start, o.end) for o in spans)]


def drop_quoted_title_words(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """ "Recognition and respect for ..." in quotes: the first word of a quoted title is capitalised
    because it opens the title, not because it is a name. A quote with a verb is speech
    ("“Apple has lost a visionary”"), and its first word stays a name."""
    kept = []
    for c in candidates:
        if (
            c.end - c.start == 1
            and c.end < len(doc)
            and doc[c.end].is_lower
            and _opens_title(doc, c.start)
        ):
            continue
        kept.append(c)
    return kept


def _opens_title(doc: Doc, start: int) -> bool:
    if start == 0 or not doc[start - 1].is_quote or doc[start - 1].whitespace_:
        return False  # not right after an opening mark
    for token in doc[start : doc[start].sent.end]:
        if token.is_quote:
            return True  # the quote closed with no verb inside: a title
        if token.pos_ in ("VERB", "AUX"):
            return False
    return False


def strip_leading_titles(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """ "Ambassador Vilayat Guliyev" as one PERSON span → the name alone (titles read later)."""
    result = []
    for c in candidates:
        if c.label == "PERSON":
            start = c.start
            while start < c.end - 1:
                length = _title_length(doc, start)
                if not length:
                    break
                start += length
            c = replace(c, start=start)
        result.append(c)
    return result


def split_possessive_names(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """ "Green Party’s Jill Stein", "NFL Network’s Rich Eisen": the tagger runs an owner and
    the name it owns into one span; they are two names, the second a person where the article
    names that person elsewhere. "Trump’s 1995", "Obama’s 2008", "Trump 47.3 percent": a year or
    a figure after a name is not part of it. Names that hold a possessive of their own stay
    whole ("People’s Republic", "Women’s March")."""
    known = {_words(doc, c.start, c.end) for c in candidates if c.label == "PERSON"}
    result: list[Candidate] = []
    for candidate in candidates:
        figure = _figure_start(doc, candidate)
        if figure is not None:
            result.append(replace(candidate, end=figure))
            continue
        cut = next(
            (
                i
                for i in range(candidate.start + 1, candidate.end - 1)
                if doc[i].tag_ == "POS" and doc[i - 1].lower_ not in COLLECTIVE_OWNERS
            ),
            None,
        )
        if cut is None or candidate.kind != "name":
            result.append(candidate)
            continue
        owned = Candidate(cut + 1, candidate.end, candidate.label)
        if _words(doc, owned.start, owned.end) in known:
            owned = replace(owned, label="PERSON")
        owner_label = "PERSON" if _words(doc, candidate.start, cut) in known else candidate.label
        result += [Candidate(candidate.start, cut, owner_label), owned]
    return result


def _figure_start(doc: Doc, candidate: Candidate) -> int | None:
    """Where a year or figure that ends a name span starts ("Trump’s 1995": at "’s"), or None."""
    end = candidate.end
    percent = doc[end - 1].lower_ in ("percent", "%")
    if percent:
        end -= 1
    figure_end = end
    while end > candidate.start and doc[end - 1].like_num:
        end -= 1
    if end in (figure_end, candidate.start):
        return None  # no figure, or nothing but one
    if doc[end - 1].tag_ == "POS":
        end -= 1  # "Trump’s 1995"
    elif not percent:
        return None  # "Intermediate School 285": the number is part of the name
    return end if end > candidate.start else None


def drop_non_names(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """Spans with no capitalised word, or that are only a title or a role, are not names."""
    kept = []
    for c in candidates:
        tokens = doc[c.start : c.end]
        if not any(ch.isupper() or ch.isdigit() for ch in tokens.text):
            continue  # "iPod" and "3M" are names; "the antenna" is not
        if c.label == "PERSON" and _title_length(doc, c.start) == c.end - c.start:
            continue
        if (
            c.label != "PERSON"
            and len(tokens) == 1
            and tokens[0].lower_ in ROLE_NOUNS - PERSON_TITLES
        ):
            # "Musician Lady Gaga staged ...": the tagger's NORP "Musician" (a person's may be a
            # surname: "Singer argued", "Priest wrote")
            continue
        kept.append(c)
    return kept


Repair = Callable[["Doc", list[Candidate]], list[Candidate]]


def cut_to_known_names(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """ "STREET BEATING Donald Trump", "Hillary Clinton Donald Trump", "GETTY Obama", "Obama
    AP", "Esther Williams Dies": a person span the tagger ran into the words next to it holds a
    name the text writes as a person on its own. The span is cut to that name: one of two words
    or more at either end (a suffix such as "Jr." stays), or a one-word name next to words in
    capitals (a caption's credit or kicker). What comes before a cut stays a person only where
    it, too, is such a name."""
    known = {_words(doc, c.start, c.end) for c in candidates if c.label == "PERSON"}
    result: list[Candidate] = []
    for candidate in candidates:
        cut = None
        if candidate.label == "PERSON":
            cut = _known_name_within(doc, candidate, known) or _known_name_in_headline(
                doc, candidate, known
            )
        if cut is None:
            result.append(candidate)
            continue
        start, end = cut
        if start > candidate.start and _words(doc, candidate.start, start) in known:
            result.append(Candidate(candidate.start, start, "PERSON"))
        result.append(Candidate(start, end, "PERSON"))
    return result


# Labels the tagger gives a lone surname it does not know for a person's ("Cole said")
THING_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "LAW"})


def relabel_surnames_read_as_places(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """ "Valeska Paris ... Paris was born in Switzerland", "Daniel Montalvo ... a case against
    Montalvo": a one-word place whose word is the surname of a person the article names in full
    is that person, unless it is used as a place ("in Washington", "Washington officials") or
    names a country. So is a one-word product or work ("Actor Ryan Cole ... Cole said")."""
    surnames = {
        name_parts(doc[c.start : c.end].text)[1]
        for c in candidates
        if c.label == "PERSON" and c.kind == "name" and c.end - c.start >= 2
    }
    if not surnames:
        return candidates
    countries = country_names()
    result = []
    for candidate in candidates:
        word = _normalise(doc[candidate.start].text)
        after_name = candidate.start > 0 and doc[candidate.start - 1].pos_ == "PROPN"
        misread = (candidate.label in THING_LABELS and not after_name) or (  # "Lockheed Martin"
            candidate.label in PLACE_LABELS
            and word not in countries
            and not _used_as_place(doc, candidate.start)
        )
        if (
            misread
            and candidate.kind == "name"
            and candidate.end - candidate.start == 1
            and word in surnames
        ):
            candidate = replace(candidate, label="PERSON")
        result.append(candidate)
    return result


def _used_as_place(doc: Doc, index: int) -> bool:
    before = doc[index - 1].lower_ if index > 0 else ""
    return before in LOCATIVE_PREPOSITIONS or doc[index].dep_ == "compound"


def cut_name_edges(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """ "GETTY Trump", "Melania GETTY": a photo agency's credit in capitals at the edge of a name
    span is no part of the name. Nor, before a person's name, what a caption or a line runs into
    it: a heading in capitals that names the person again ("JON STEWART Stewart"), a platform
    ("on Instagram Lady Gaga was pictured"), a role ("Musician Lady Gaga", "Rapper Snoop Dogg"),
    a day or a number ("Tuesday Rosie O'Donnell", "9 Ben Zobrist")."""
    result = []
    for c in candidates:
        start, end = c.start, c.end
        if c.label == "PERSON":
            start = _after_heading(doc, start, end)
        while end - start > 1 and (
            doc[start].text in PHOTO_CREDITS
            or (c.label == "PERSON" and _opens_person_span(doc[start], start > c.start))
        ):
            start += 1
        while end - start > 1 and doc[end - 1].text in PHOTO_CREDITS:
            end -= 1
        result.append(replace(c, start=start, end=end))
    return result


def _after_heading(doc: Doc, start: int, end: int) -> int:
    """Where the name starts after a caption's heading in capitals that writes it again ("JON
    STEWART Stewart", "CHER Singer Cher"); not initials or a name all in capitals."""
    heading = start
    while heading < end and doc[heading].is_upper and doc[heading].is_alpha:
        heading += 1
    if heading in (start, end):
        return start
    written = {t.lower_ for t in doc[start:heading]}
    again = any(t.is_title and t.lower_ in written for t in doc[heading:end])
    return heading if again else start


def _opens_person_span(token: Token, after_cut: bool) -> bool:
    """The first word of a person span is no part of the name (see `cut_name_edges`);
    `after_cut`: words before it were cut from the span."""
    word = token.lower_
    if word in PLATFORM_NAMES or word in WEEKDAYS or token.like_num:
        return True
    # a role capitalised because a sentence or a caption opens with it ("'Worst day': Rapper
    # Snoop Dogg"); a title ("Judge", "General") stays: the title stage records it
    opens = after_cut or bool(token.is_sent_start) or (token.i > 0 and token.nbor(-1).is_punct)
    return opens and token.is_title and word in ROLE_NOUNS and word not in PERSON_TITLES


def _known_name_within(
    doc: Doc, candidate: Candidate, known: set[tuple[str, ...]]
) -> tuple[int, int] | None:
    start, end = candidate.start, candidate.end
    for k in range(start + 1, end):
        if _words(doc, k, end) not in known or doc[k].lower_ in SURNAME_PARTICLES:
            continue  # "Bill de Blasio" is no "Bill" run into "de Blasio"
        if end - k >= 2 or all(_is_capitals_word(t.text, shortest=2) for t in doc[start:k]):
            return k, end
    for k in range(end - 1, start, -1):
        if _words(doc, start, k) not in known:
            continue
        rest = doc[k:end]
        if all(_is_capitals_word(t.text, shortest=2) for t in rest):
            return start, k
        if k - start >= 2 and not any(t.lower_.rstrip(".") in NAME_SUFFIXES for t in rest):
            return start, k  # a headline's verb run into a full name: "Esther Williams Dies"
    return None


def _known_name_in_headline(
    doc: Doc, candidate: Candidate, known: set[tuple[str, ...]]
) -> tuple[int, int] | None:
    """In a headline, where every word is capitalised, a one-word name the text writes alone
    run into words no known person name has: "Clinton Breaks With Obama", "The Absurd Double
    Standard Clinton And Trump Face"."""
    words = _words(doc, candidate.start, candidate.end)
    alone = [index for index, word in enumerate(words) if (word,) in known]
    if len(words) < 2 or not alone or not _in_title_case_line(doc, candidate.start):
        return None
    name_words = {word for name in known - {words} for word in name}
    for index in alone:
        others = words[:index] + words[index + 1 :]
        if not name_words & set(others):
            return candidate.start + index, candidate.start + index + 1
    return None


def _written_elsewhere(doc: Doc, start: int, end: int) -> int | None:
    """The start of the longest tail of `doc[start:end]`, two words or more, that the text
    writes again somewhere else, as it is written here."""
    for k in range(start, end - 1):
        phrase = doc[k:end].text
        here = doc[k].idx
        found = doc.text.find(phrase)
        while found != -1 and found == here:
            found = doc.text.find(phrase, found + 1)
        if found != -1:
            return k
    return None


def _in_title_case_line(doc: Doc, index: int) -> bool:
    """Whether the line holding token `index` is a headline: every word but the connectors
    capitalised, and at least MIN_HEADLINE_WORDS of them (not a signature, "Charles Bolden,
    NASA Administrator"). Reads outwards from `index`, and stops at the first word in lower
    case."""
    words = 0
    for step in (-1, 1):
        i = index if step == 1 else index - 1
        while 0 <= i < len(doc) and "\n" not in doc[i].text:
            token = doc[i]
            if token.is_alpha and token.lower_ not in CONNECTORS:
                if not token.text[:1].isupper():
                    return False
                words += 1
            i += step
    return words >= MIN_HEADLINE_WORDS


def _words(doc: Doc, start: int, end: int) -> tuple[str, ...]:
    return tuple(POSSESSIVE.sub("", t.text).casefold() for t in doc[start:end])


REPAIRS: tuple[Repair, ...] = (
    join_hyphenated_names,
    merge_dangling_connectors,
    split_trailing_person,
    split_wire_dateline,
    relabel_demonyms,
    relabel_countries,
    mark_institutions,
    relabel_place_lists,
    add_missed_organisations,
    extend_person_names,
    add_repeated_names,
    drop_leading_articles,
    split_parenthesised_acronyms,
    add_acronyms,
    drop_quoted_title_words,
    strip_leading_titles,
    cut_name_edges,
    cut_trailing_furniture,
    cut_to_known_names,
    split_possessive_names,
    relabel_surnames_read_as_places,
    drop_non_names,
)


def repair_candidates(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    for repair in REPAIRS:
        candidates = repair(doc, candidates)
    return candidates


# ---------------------------------------------------------------------------- 3. attributes


def _title_length(doc: Doc, start: int) -> int:
    """Number of tokens of a person title starting at token `start` (0 if none)."""
    for words in sorted(MULTIWORD_TITLES, key=len, reverse=True):
        end = start + len(words)
        matches = end <= len(doc) and tuple(t.lower_ for t in doc[start:end]) == words
        if matches and doc[start].text[:1].isupper():
            return len(words)
    token = doc[start]
    if token.text in CASE_SENSITIVE_TITLES:
        return 1
    if (
        token.lower_ in PERSON_TITLES
        and token.text[:1].isupper()
        and token.text.upper() != token.text
    ):
        return 1
    if token.lower_ in PERSON_TITLES and token.text.upper() == token.text and len(token.text) > 3:
        return 0
    return 0


def _title_before(doc: Doc, end: int) -> tuple[int, int] | None:
    """A title ending right before token `end`, as a token range."""
    for length in (3, 2, 1):
        start = end - length
        if start >= 0 and _title_length(doc, start) == length:
            return start, end
    return None


def read_person_attributes(doc: Doc, candidates: list[Candidate], index: int) -> PersonAttributes:
    """Titles before the name, "<Title> of <Org> <Name>", role nouns and appositions."""
    c = candidates[index]
    found = PersonAttributes()
    by_end = {cand.end: i for i, cand in enumerate(candidates)}
    # "Chairman of Srebrenica Mothers Public Union Munira Shubasic"
    org_index = by_end.get(c.start)
    if org_index is not None and candidates[org_index].label == "ORG":
        org = candidates[org_index]
        if org.start >= 2 and doc[org.start - 1].lower_ == "of":
            title = _title_before(doc, org.start - 1)
            if title is not None or doc[org.start - 2].lower_ in ROLE_NOUNS:
                title_start = title[0] if title else org.start - 2
                value = doc[title_start : org.end].text
                found.titles.append((value, title_start, org.end))
                found.affiliations.append(
                    (doc[org.start : org.end].text, org.start, org.end, org_index)
                )
                return found
    # Stacked titles: "Foreign Minister Dr. X"; then a role noun with its modifiers.
    end = c.start
    while (title := _title_before(doc, end)) is not None:
        found.titles.insert(0, (doc[title[0] : title[1]].text, title[0], title[1]))
        end = title[0]
    if not found.titles and end > 0 and doc[end - 1].lower_ in ROLE_NOUNS and doc[end - 1].is_lower:
        role_start = end - 1
        while role_start > 0 and (
            doc[role_start - 1].pos_ in ("ADJ", "ADV") or doc[role_start - 1].text == "-"
        ):
            role_start -= 1
        found.roles.append((doc[end - 1].lemma_.lower(), role_start, end))
    elif not found.titles and (kin := _kin_before(doc, end)) is not None:
        found.roles.append((doc[kin].lower_, kin, kin + 1))  # "his wife, Laura": "wife"
    _read_apposition(doc, candidates, c, found)
    if not found.roles:
        _read_role_before(doc, candidates, c, found)
    return found


def _read_role_before(
    doc: Doc, candidates: list[Candidate], c: Candidate, found: PersonAttributes
) -> None:
    """ "the Prime Minister of Singapore, Mr. Lee Hsien Loong,": a role the name is set in
    apposition after, and the organisation in it."""
    root = doc[c.start : c.end].root
    comma = (found.titles[0][1] if found.titles else c.start) - 1
    if root.dep_ not in ("appos", "conj") or comma < 1 or doc[comma].text != ",":
        return
    # the phrase that ends at the comma, whatever the parse hung the name on ("guests,
    # including the Prime Minister of Singapore, Mr. Lee")
    role = next(
        (
            t
            for t in (doc[comma - 1], *doc[comma - 1].ancestors)
            if t.i < comma and t.lemma_.lower() in ROLE_NOUNS | PERSON_TITLES
        ),
        None,
    )
    if role is None:
        return
    # a name the parse joins to the role as a conjunct is its apposition only when set off by
    # commas and no "and" joins a list: not "the minister, Ann Lee and Tom Cook"
    listed = any(child.dep_ == "conj" for child in root.children) or (
        root.dep_ == "conj"
        and (
            root.head.i != role.i
            or c.end >= len(doc)
            or doc[c.end].text != ","
            or any(child.dep_ == "cc" for child in role.children)
        )
    )
    if listed:
        return
    left = role.left_edge.i
    if any(o.label == "PERSON" and left <= o.start < comma for o in candidates):
        return  # a list of people, not a role
    if doc[left].lower_ in DETERMINERS or doc[left].tag_ == "PRP$":
        left += 1
    _add_role(doc, candidates, found, left, comma)


def _add_role(
    doc: Doc, candidates: list[Candidate], found: PersonAttributes, left: int, right: int
) -> None:
    """A role phrase, tokens [left, right), and the organisations named inside it as
    affiliations ("the spokesman for the ministry")."""
    found.roles.append((doc[left:right].text, left, right))
    for index, other in enumerate(candidates):
        if other.label == "ORG" and left <= other.start and other.end <= right:
            found.affiliations.append(
                (doc[other.start : other.end].text, other.start, other.end, index)
            )


def _kin_before(doc: Doc, start: int) -> int | None:
    """The index of a word of family right before a name ("his wife, Laura")."""
    i = _index_before(doc, start)
    return i if i is not None and doc[i].text in KINSHIP_WORDS else None


def _read_apposition(
    doc: Doc, candidates: list[Candidate], c: Candidate, found: PersonAttributes
) -> None:
    """ "X, the spokesman for the ministry, said": an appositive role and its organisation."""
    root = doc[c.start : c.end].root
    for child in root.children:
        if child.dep_ != "appos" or child.i < c.end or doc[c.end].text != ",":
            continue
        if any(
            o.label == "PERSON" and child.left_edge.i <= o.start < child.right_edge.i + 1
            for o in candidates
        ):
            continue  # a list of people, not an apposition
        head_word = child.lemma_.lower()
        if head_word not in ROLE_NOUNS and head_word not in PERSON_TITLES:
            continue
        left, right = child.left_edge.i, child.right_edge.i + 1
        if doc[right - 1].pos_ in ("ADP", "CCONJ") or any(o.start == right for o in candidates):
            continue  # a truncated parse ("Chairman of" + a name): not a clean apposition
        if doc[left].lower_ in DETERMINERS:
            left += 1
        _add_role(doc, candidates, found, left, right)


# ---------------------------------------------------------------------------- 4. clustering


def _normalise(text: str) -> str:
    text = " ".join(text.split())
    text = POSSESSIVE.sub("", text)
    if text.lower().startswith("the "):
        text = text[4:]
    return text.casefold()


def name_parts(surface: str) -> tuple[str | None, str]:
    """(first name or initial, surname) of a person name; first is None for a surname alone.
    The surname takes the particles before it: "Bill de Blasio" is ("bill", "de blasio")."""
    tokens = POSSESSIVE.sub("", " ".join(surface.split())).split(" ")
    tokens = [t for t in tokens if t.lower() not in HONORIFICS] or tokens
    start = len(tokens) - 1
    while start > 0 and tokens[start - 1].casefold() in SURNAME_PARTICLES:
        start -= 1
    surname = " ".join(tokens[start:]).casefold()
    return (tokens[0].casefold() if start > 0 else None), surname


def _similar_names(a: str, b: str) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) < MIN_FUZZY_NAME_LENGTH or a[0] != b[0]:
        return False
    return Levenshtein.distance(a, b) <= MAX_NAME_EDITS


def _compatible_first(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return True
    if INITIAL.match(a.upper()) or INITIAL.match(b.upper()):
        return a[0] == b[0]
    short, long = sorted((a, b), key=len)
    # "Phil" and "Philip", "Chris" and "Christopher": a short form is the long one's start;
    # but "Erica" (Garner) is not "Eric" (Garner): a long form in -a or -e is another name
    short_form = long.startswith(short) and not long.endswith(("a", "e"))
    return _similar_names(a, b) or (len(short) >= MIN_SHORT_FORM and short_form)


def _persons_match(surface: str, known: Sequence[str]) -> bool:
    """The surname matches a member's and the first name agrees with every member's: "Michelle
    Obama" is not the "Barack Obama" that a bare "Obama" already joined."""
    first, surname = name_parts(surface)
    parts = [name_parts(other) for other in known]
    if not all(_compatible_first(first, other_first) for other_first, _ in parts):
        return False
    return any(_similar_names(surname, other_surname) for _, other_surname in parts)


def acronym(text: str) -> str:
    """The initials of a name's capitalised words: "Royal Air Force" -> "RAF"."""
    return "".join(w[0] for w in text.split() if w[:1].isupper())


def sex_of_words(words: set[str]) -> str | None:
    """ "f" or "m" where lower-case `words` tell one sex and not the other."""
    feminine, masculine = bool(words & FEMININE_WORDS), bool(words & MASCULINE_WORDS)
    if feminine != masculine:
        return "f" if feminine else "m"
    return None


def _sex(surface: str, before: str | None) -> str | None:
    """The sex the word before the name or the name's own honorific tells."""
    return sex_of_words({(before or "").lower(), *surface.lower().split()[:1]})


def _relatives(mentions: Sequence[tuple[str, str]], before: Sequence[str | None]) -> set[str]:
    """Full names a word of family introduces somewhere in the article ("first lady Michelle
    Obama", "his daughter Ivanka Trump"): each is someone's relative, so none of its mentions
    joins a person whose first name is not known to be the same."""
    return {
        _normalise(surface)
        for (surface, label), word in zip(mentions, before, strict=True)
        if label == "PERSON" and word in KINSHIP_WORDS and name_parts(surface)[0] is not None
    }


@dataclass(frozen=True, slots=True)
class _People:
    """What `cluster_mentions` knows of the persons of one article: each mention's sex as told,
    and the full names introduced as someone's relative."""

    mentions: Sequence[tuple[str, str]]
    sexes: Sequence[str | None]
    relatives: set[str]

    def sexes_of(self, cluster: Sequence[int]) -> set[str]:
        return {sex for m in cluster if (sex := self.sexes[m]) is not None}

    def surfaces(self, cluster: Sequence[int]) -> list[str]:
        return [self.mentions[m][0] for m in cluster]

    def may_join(self, index: int, cluster: Sequence[int]) -> bool:
        surface, sex = self.mentions[index][0], self.sexes[index]
        return (
            self.mentions[cluster[0]][1] == "PERSON"
            and _persons_match(surface, self.surfaces(cluster))
            and (sex is None or self.sexes_of(cluster) <= {sex})
            and (
                _normalise(surface) not in self.relatives
                or _named_alike(surface, self.surfaces(cluster))
            )
        )

    def cluster_of(self, index: int, clusters: Sequence[Sequence[int]]) -> int | None:
        """The cluster a person mention joins, or None for a new one."""
        surface, sex = self.mentions[index][0], self.sexes[index]
        first = name_parts(surface)[0]
        matching = [k for k in reversed(range(len(clusters))) if self.may_join(index, clusters[k])]
        unknown_named = [
            k
            for k in matching
            if not self.sexes_of(clusters[k]) and _gives_first_name(clusters[k], self.mentions)
        ]
        if sex is not None and first is None and len(unknown_named) > 1:
            # "Mr. Clinton" after "Bill Clinton" and "Hillary Clinton", whose sexes nothing
            # told: no guess; it joins a person of its sex, or starts one
            matching = [k for k in matching if sex in self.sexes_of(clusters[k])]
        elif sex is None and first is not None:
            told = {t for k in matching for t in self.sexes_of(clusters[k])}
            if {"f", "m"} <= told:
                # "Hillary Clinton" after runs of both "Mr. Clinton" and "Mrs. Clinton": which
                # is hers nothing tells; it joins neither
                matching = [k for k in matching if not self.sexes_of(clusters[k])]

        # A full name goes first to the person already named so ("Hillary Clinton" to "Hillary
        # Clinton", not to a run of "Mr. Clinton"); "Mrs. Obama" to the person told to be a
        # woman ("first lady Michelle Obama") over a run of bare "Obama"s whose sex nothing
        # told; then a bare surname two people share names the one written most so far
        # ("Obama" after one "Michelle Obama" in a story about the president), else the latest.
        def rank(k: int) -> tuple[bool, bool, int, int]:
            named = first is not None and _named_alike(surface, self.surfaces(clusters[k]))
            told_same = sex is not None and sex in self.sexes_of(clusters[k])
            return (named, told_same and not unknown_named, len(clusters[k]), k)

        if matching:
            return max(matching, key=rank)
        if " " in surface.strip():
            return None
        # a lone first name joins the one person it names
        named = [
            k
            for k, members in enumerate(clusters)
            if self.mentions[members[0]][1] == "PERSON"
            and any(name_parts(self.mentions[m][0])[0] == surface.casefold() for m in members)
        ]
        return named[0] if len(named) == 1 else None


def role_words(values: Iterable[str]) -> set[str]:
    """The last word of each title or role, lower-case: "first lady" -> "lady"."""
    return {value.lower().split()[-1] for value in values if value.split()}


def entity_sex(entity: Entity) -> str | None:
    """ "f" or "m" where the entity's titles or roles tell it ("Mrs.", "first lady", "wife"),
    else None."""
    return sex_of_words(role_words(t.value for t in (*entity.titles, *entity.roles)))


def _told_sexes(
    mentions: Sequence[tuple[str, str]], before: Sequence[str | None]
) -> list[str | None]:
    """Each person mention's sex as the words before it tell it ("Mrs.", "his wife"), or its
    honorific; a full name's, told at one mention, holds for all ("his wife, Ghazala Khan")."""
    own = [_sex(surface, word) for (surface, _), word in zip(mentions, before, strict=True)]
    found: dict[str, set[str]] = {}
    for (surface, label), sex in zip(mentions, own, strict=True):
        if label == "PERSON" and sex is not None and name_parts(surface)[0] is not None:
            found.setdefault(_normalise(surface), set()).add(sex)
    told = {key: next(iter(sexes)) for key, sexes in found.items() if len(sexes) == 1}
    return [
        sex or (told.get(_normalise(surface)) if name_parts(surface)[0] is not None else None)
        for (surface, _), sex in zip(mentions, own, strict=True)
    ]


def _gives_first_name(cluster: Sequence[int], mentions: Sequence[tuple[str, str]]) -> bool:
    return any(name_parts(mentions[m][0])[0] is not None for m in cluster)


def _named_alike(surface: str, known: Sequence[str]) -> bool:
    first, _ = name_parts(surface)
    return any(
        other is not None and _compatible_first(first, other) for other, _ in map(name_parts, known)
    )


def cluster_mentions(
    mentions: Sequence[tuple[str, str]], before: Sequence[str | None] | None = None
) -> list[list[int]]:
    """Group (surface, label) mentions of one article into entities; returns index lists.
    `before` holds the word written right before each mention ("Mrs.", "wife").

    Persons join the most recent person whose surname is the same or one edit away and whose
    first name (or initial) agrees, unless the words before them tell a different sex ("Mr.
    Clinton", "Mrs. Clinton") or, anywhere in the article, introduce the name as a relative's
    ("his daughter Ivanka Trump" after a bare "Trump"); a lone first name joins the one person
    it names. Other names join on their normalised form (case, "the", possessive), demonyms on
    their singular, all-capital acronyms on the initials of an organisation's name.
    """
    words = list(before) if before is not None else [None] * len(mentions)
    people = _People(mentions, _told_sexes(mentions, words), _relatives(mentions, words))
    clusters: list[list[int]] = []
    for index, (surface, label) in enumerate(mentions):
        target = None
        if label == "PERSON":
            target = people.cluster_of(index, clusters)
        else:
            key = _key(surface, label)
            for cluster_index, members in enumerate(clusters):
                first_surface, first_label = mentions[members[0]]
                if first_label == "PERSON":
                    continue
                if any(_key(*mentions[m]) == key for m in members) or (
                    surface.isupper()
                    and len(surface) >= 2
                    and any(_acronym_of(mentions[m][0]) == surface for m in members)
                ):
                    target = cluster_index
                    break
        if target is None:
            clusters.append([index])
        else:
            clusters[target].append(index)
    return _join_surnames_read_as_organisations(mentions, clusters)


def _join_surnames_read_as_organisations(
    mentions: Sequence[tuple[str, str]], clusters: list[list[int]]
) -> list[list[int]]:
    """ "the Trump campaign", "De Blasio says": spaCy often reads a person's surname as an ORG.
    An ORG cluster whose words are a person's surname in the article joins that person; of two
    persons with that surname, the one written more often, and none on a tie."""
    people = [c for c in clusters if mentions[c[0]][1] == "PERSON"]
    merged: list[list[int]] = []
    for cluster in clusters:
        surfaces = {POSSESSIVE.sub("", mentions[m][0]).casefold() for m in cluster}
        labels = {mentions[m][1] for m in cluster}
        if labels == {"ORG"} and len(surfaces) == 1:
            word = next(iter(surfaces))
            owners = [p for p in people if any(name_parts(mentions[m][0])[1] == word for m in p)]
            sizes = sorted((len(p) for p in owners), reverse=True)
            if owners and (len(sizes) == 1 or sizes[0] > sizes[1]):
                max(owners, key=len).extend(cluster)
                continue
        merged.append(cluster)
    for cluster in merged:
        cluster.sort()
    return sorted(merged, key=lambda c: c[0])


def _acronym_of(surface: str) -> str | None:
    """The acronym of a name written in capitalised words ("the Royal Air Force": "RAF"); a
    description ("the United States government") has none."""
    words = surface.split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    if any(not w[:1].isupper() and w.lower() not in CONNECTORS for w in words):
        return None
    return acronym(" ".join(words))


def _key(surface: str, label: str) -> str:
    if label == "NORP":
        return demonym_key(surface)
    # "US" and "the United States", "US government" and "the United States government"
    return place_form(_normalise(surface)) if label in PLACE_FORM_LABELS else _normalise(surface)


PLACE_FORM_LABELS = frozenset({"GPE", "LOC", "ORG"})


def canonical_name(surfaces: Sequence[str], label: str) -> str:
    """The fullest name: most words, no initials; ties go to the one written most, then the
    longest, then the first mention. (A mention the tagger ran into its neighbours, "STREET
    BEATING Donald Trump", was cut to the name before: `cut_to_known_names`.)"""

    written = Counter(surfaces)

    def score(surface: str) -> tuple[int, int, int]:
        words = surface.split()
        initials = sum(1 for w in words if INITIAL.match(w))
        # of names as full, the one written most: "Obama" over a single "the Obamas"
        return (len(words) - 2 * initials, written[surface], len(surface))

    best = max(surfaces, key=score)
    # an editor's brackets are no part of the name: "[James B.] Comey"
    best = POSSESSIVE.sub("", " ".join(best.replace("[", "").replace("]", "").split()))
    if label != "PERSON" and best.lower().startswith("the "):
        best = best[4:]
    return best


def _with_honorific(name: str, before: Sequence[str | None]) -> str:
    """A person known only by surname keeps the honorific the text gives it: "Mrs. Clinton",
    where the article also names a Bill and a Hillary Clinton, is not the "Mr. Clinton" of
    another article, nor a bare "Clinton" (entities join across articles by name)."""
    if " " in name or not name[:1].isupper():
        return name
    honorifics = Counter(word for word in before if word in NAME_HONORIFICS)
    sexes = {_sex(name, word) for word in honorifics}
    if not honorifics or len(sexes) != 1:
        return name
    return f"{honorifics.most_common(1)[0][0]} {name}"


def _index_before(doc: Doc, start: int) -> int | None:
    """The index of the word before a name, over a comma ("his wife, Laura")."""
    i = start - 1
    if i > 0 and doc[i].text == ",":
        i -= 1
    return i if i >= 0 and not doc[i].is_space else None


def _word_before(doc: Doc, start: int) -> str | None:
    """The word before a name, as written."""
    i = _index_before(doc, start)
    return doc[i].text if i is not None else None


def _only_modifies(doc: Doc, candidate: Candidate) -> bool:
    """A name that only modifies a noun ("the Croydon tram tragedy", read as ORG) is typed from
    the phrase around it; the labels of the mentions that stand alone ("from Croydon", GPE)
    decide the entity's type, and the modifiers count only where none stands alone."""
    return doc[candidate.start : candidate.end].root.dep_ in ("compound", "nmod")


# ---------------------------------------------------------------------------- 5. the stage


def extract_entities(article: Article, parsed: Parsed) -> Article:
    doc = parsed.doc
    candidates = repair_candidates(doc, spacy_candidates(doc))
    surfaces = [doc[c.start : c.end].text for c in candidates]
    before = [_word_before(doc, c.start) for c in candidates]
    clusters = cluster_mentions(
        [(s, c.label) for s, c in zip(surfaces, candidates, strict=True)], before
    )
    entity_of = {m: f"E{n}" for n, members in enumerate(clusters, start=1) for m in members}
    attributes = {
        i: read_person_attributes(doc, candidates, i)
        for i, c in enumerate(candidates)
        if c.label == "PERSON"
    }

    def span(start: int, end: int) -> Span:
        return parsed.token_span(start, end)

    entities: list[Entity] = []
    for n, members in enumerate(clusters, start=1):
        labels = Counter(candidates[m].label for m in members)
        standalone = Counter(
            candidates[m].label for m in members if not _only_modifies(doc, candidates[m])
        )
        named_person = any(candidates[m].label == "PERSON" and " " in surfaces[m] for m in members)
        label = (
            "PERSON"
            if named_person
            else max(
                labels,
                key=lambda lab: (
                    standalone[lab],
                    labels[lab],
                    -members.index(next(m for m in members if candidates[m].label == lab)),
                ),
            )
        )
        mentions = [
            Mention(
                span(candidates[m].start, candidates[m].end),
                # a surname spaCy read as an ORG is relabelled with the person it names
                "PERSON" if named_person else candidates[m].label,
                candidates[m].kind,
                f"E{n}",
            )
            for m in members
        ]
        titles, roles, affiliations = [], [], []
        for m in members:
            found = attributes.get(m)
            if found is None:
                continue
            titles += [Attribute(v, span(s, e)) for v, s, e in found.titles]
            roles += [Attribute(v, span(s, e)) for v, s, e in found.roles]
            affiliations += [
                Attribute(v, span(s, e), entity_of.get(o)) for v, s, e, o in found.affiliations
            ]
        entities.append(
            Entity(
                id=f"E{n}",
                name=_with_honorific(
                    canonical_name([surfaces[m] for m in members], label),
                    [before[m] for m in members] if label == "PERSON" else [],
                ),
                type=label,
                mentions=tuple(mentions),
                titles=tuple(titles),
                roles=tuple(roles),
                affiliations=tuple(affiliations),
            )
        )
    entities = resolve_role_references(doc, parsed, candidates, entities)
    entities = read_containment(doc, parsed, candidates, entity_of, entities)
    entities += find_groups(doc, parsed, candidates, entity_of, len(entities))
    return replace(article, entities=tuple(entities))


# The dependencies of a noun that acts or is cited: "Analysts say", "according to analysts".
GROUP_ROLES = frozenset({"nsubj", "nsubjpass"})
# Words before a group noun that belong to its mention: "Other speakers", "Some economic
# analysts", "the participants", "industry experts".
GROUP_MODIFIERS = frozenset({"det", "amod", "compound", "nummod", "quantmod", "poss"})
# After a group noun, what ties it to a name: "officials from China", "critics of Scientology".
GROUP_PREPOSITIONS = frozenset({"from", "of", "at", "for", "with"})


def find_groups(
    doc: Doc,
    parsed: Parsed,
    candidates: list[Candidate],
    entity_of: dict[int, str],
    numbered: int,
) -> list[Entity]:
    """Groups of people that act or are cited ("Other speakers stated ...", "Speakers added
    ...", "according to analysts"), with every mention of their noun in the article: one GROUP
    entity per noun (`GROUP_NOUNS`) and the names
    that modify it ("U.S. officials" and "Chinese officials" are two groups, affiliated to
    the names), its mentions the noun phrases up to the noun. A bare noun joins the one named
    group of its noun where there is one ("U.S. officials ... the officials said"). A noun
    inside a name is the name's."""
    candidate_at = {i: n for n, c in enumerate(candidates) for i in range(c.start, c.end)}
    # (noun lemma, entity ids of the names that modify it) -> mention token ranges
    found: dict[tuple[str, tuple[str, ...]], list[tuple[int, int]]] = {}
    first_candidate: dict[str, int] = {}  # a modifying entity -> its first name candidate
    written: dict[tuple[str, tuple[str, ...]], str] = {}  # a named group's name as first written
    acting: set[tuple[int, int]] = set()  # the mentions that act or are cited
    for token in doc:
        lemma = token.lemma_.lower()
        if lemma not in GROUP_NOUNS or token.i in candidate_at:
            continue
        if token.tag_ != "NNS" and lemma not in COLLECTIVE_GROUP_NOUNS:
            continue
        cited = token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.i > 0
        cited = cited and doc[token.head.i - 1].lower_ == "according"
        acts = token.dep_ in GROUP_ROLES or cited
        start = token.i
        for child in reversed(list(token.lefts)):
            named_end = candidates[candidate_at[child.i]].end if child.i in candidate_at else None
            if child.dep_ not in GROUP_MODIFIERS or (
                child.right_edge.i + 1 != start and named_end != start
            ):
                break
            # "At least seven people": a modifier with its own words
            start = child.left_edge.i
            if named_end:  # "Mr. Smith's supporters": the whole name and what comes before it
                start = min(start, candidates[candidate_at[child.i]].start)
        end = token.i + 1
        for preposition in token.rights:  # "officials from China", "critics of Scientology"
            if preposition.dep_ != "prep" or preposition.lower_ not in GROUP_PREPOSITIONS:
                continue
            place = next((c for c in preposition.children if c.dep_ == "pobj"), None)
            if preposition.i == end and place is not None and place.i in candidate_at:
                name = candidates[candidate_at[place.i]]
                if name.start - preposition.i <= 2 and name.end > place.i:  # "from (the) X"
                    end = name.end
            break
        modifiers = dict.fromkeys(
            candidate_at[i]
            for i in (*range(start, token.i), *range(token.i + 1, end))
            if i in candidate_at
        )
        for c in modifiers:
            first_candidate.setdefault(entity_of[c], c)
        names = tuple(entity_of[c] for c in modifiers)
        if names:
            first = min([token.i, *(candidates[c].start for c in modifiers)])
            surface = doc[first:end].text  # "officials from China", "U.S. officials"
            if first == token.i:
                surface = token.lower_ + surface[len(token.text) :]
            written.setdefault((lemma, names), surface)
        found.setdefault((lemma, names), []).append((start, end))
        if acts:
            acting.add((start, end))
    # a bare noun after the one named group of its noun is that group ("U.S. officials ... the
    # officials said"); before it, it may be anyone ("Analysts say ... Analysts at Goldman")
    for lemma, names in list(found):
        named = [key for key in found if key[0] == lemma and key[1]]
        if names or len(named) != 1:
            continue
        first = min(start for start, _ in found[named[0]])
        later = [span for span in found[(lemma, names)] if span[0] > first]
        found[named[0]] += later
        found[(lemma, names)] = [span for span in found[(lemma, names)] if span[0] < first]
    # a group exists where it acts or is cited; its other mentions join it ("Police said ...
    # handcuffed by the police")
    found = {key: spans for key, spans in found.items() if acting.intersection(spans)}
    groups = []
    for n, ((lemma, names), spans) in enumerate(found.items(), start=numbered + 1):
        spans.sort()
        mentions = tuple(
            Mention(parsed.token_span(start, end), "GROUP", "nominal", f"E{n}")
            for start, end in spans
        )
        nouns = Counter(
            t.lower_ for start, end in spans for t in doc[start:end] if t.lemma_.lower() == lemma
        )
        modifying = [candidates[first_candidate[entity]] for entity in names]
        affiliations = tuple(
            Attribute(doc[c.start : c.end].text, parsed.token_span(c.start, c.end), entity)
            for c, entity in zip(modifying, names, strict=True)
        )
        groups.append(
            Entity(
                id=f"E{n}",
                name=written.get((lemma, names)) or nouns.most_common(1)[0][0],
                type="GROUP",
                mentions=mentions,
                affiliations=affiliations,
            )
        )
    return groups


# "Friendship Park ... in Sarajevo": a facility or location followed in its sentence by "in" and a
# place, with no other place between; "Sarajevo, Bosnia and Herzegovina": place, comma, country.
CONTAINER_PREPOSITIONS = frozenset({"in", "near"})


DIRECTION_WORDS = frozenset(
    {"northern", "southern", "eastern", "western", "central", "north", "south", "east", "west"}
)


CLAUSE_BREAKS = frozenset({":", ";", "—", "–"})


def _container_gap(gap: SpacySpan) -> bool:
    """What lies between a place and its container ends in "in" ("in northern"), within one
    clause: "Friendship Park, which was restored ... in Sarajevo" is in Sarajevo; "China well
    rescue: Race to reach boy trapped in Hebei" puts nothing in Hebei."""
    words = [t for t in gap if not t.is_punct]
    if not words or any(t.text in CLAUSE_BREAKS for t in gap):
        return False
    if len(words) >= 2 and words[-1].lower_ == "of" and words[-2].lemma_.lower() in PLACE_NOUNS:
        # "in the northern commercial hub of Mazar-i-Sharif", "in Afghan City of ..."
        words = words[:-2]
        while words and (words[-1].pos_ in ("DET", "ADJ") or words[-1].ent_type_ == "NORP"):
            words = words[:-1]
    elif words[-1].lower_ in DIRECTION_WORDS:
        words = words[:-1]
    return bool(words) and words[-1].lower_ in CONTAINER_PREPOSITIONS


def _locates(place: Token, container: Token) -> bool:
    """The container's "in" phrase hangs on the place's phrase ("Friendship Park, which was
    restored ... in Sarajevo") or on what the place is an argument of ("held at Friendship Park
    in Sarajevo"); not on another clause ("While the U.S. talks about the election, fans in
    Britain ...")."""
    preposition = container.head
    while preposition.dep_ in ("compound", "appos", "conj") and preposition.head is not preposition:
        preposition = preposition.head  # "in northern Bosnia and Herzegovina"
    noun = preposition.head
    if preposition.lower_ == "of" and noun.lemma_.lower() in PLACE_NOUNS and noun.dep_ == "pobj":
        preposition = noun.head  # "in the northern city of Kunduz"
    attached = preposition.head
    governing = place.head.head if place.dep_ == "pobj" else place.head
    return attached in (place, governing) or place.is_ancestor(attached)


def _building(doc: Doc, candidate: Candidate) -> bool:
    """A name the tagger calls an organisation that ends in a building's head noun: "the
    German Consulate in Mazar-i-Sharif" is a place inside a town."""
    return candidate.label == "ORG" and names_a_building(doc[candidate.start : candidate.end].text)


def read_containment(
    doc: Doc,
    parsed: Parsed,
    candidates: list[Candidate],
    entity_of: dict[int, str],
    entities: list[Entity],
) -> list[Entity]:
    places = [
        (i, c) for i, c in enumerate(candidates) if c.label in PLACE_LABELS or _building(doc, c)
    ]
    countries = country_names()
    found: dict[str, list[Attribute]] = {}
    for n, (index, place) in enumerate(places):
        sentence_end = doc[place.start].sent.end
        for later_index, later in places[n + 1 :]:
            if (
                later.start >= sentence_end
                or entity_of[later_index] == entity_of[index]
                or later.label not in PLACE_LABELS  # a building holds no place
            ):
                break
            gap = doc[place.end : later.start]
            root = doc[place.start : place.end].root
            is_head = root.dep_ not in ("compound", "amod", "poss")
            adjacent = len([t for t in gap if not t.is_punct]) <= 2  # ", near", "in northern"
            in_phrase = (
                is_head and _container_gap(gap) and (adjacent or _locates(root, doc[later.start]))
            )
            apposed = (
                gap.text.strip() == ","
                and _normalise(doc[later.start : later.end].text) in countries
            )
            if (in_phrase and (place.label in PLACE_LABELS or _building(doc, place))) or apposed:
                span = parsed.token_span(place.start, later.end)
                container = entity_of[later_index]
                found.setdefault(entity_of[index], []).append(
                    Attribute(
                        canonical_name([doc[later.start : later.end].text], "GPE"), span, container
                    )
                )
            break  # only the nearest following place can contain this one
    if not found:
        return entities
    return [replace(e, located_in=tuple(found[e.id])) if e.id in found else e for e in entities]


def resolve_role_references(
    doc: Doc, parsed: Parsed, candidates: list[Candidate], entities: list[Entity]
) -> list[Entity]:
    """ "The MP said ...": a definite title with no name after it names the one entity that holds
    that title earlier in the article. Ambiguous references are left unresolved."""
    taken = {i for c in candidates for i in range(c.start, c.end)}
    additions: dict[str, list[Mention]] = {}
    for token in doc:
        if token.lower_ != "the" or token.i + 1 >= len(doc) or token.i + 1 in taken:
            continue
        length = _title_length(doc, token.i + 1) or (
            1 if doc[token.i + 1].lower_ in PERSON_TITLES and doc[token.i + 1].is_lower else 0
        )
        if not length:
            continue
        end = token.i + 1 + length
        if end < len(doc) and (doc[end].pos_ == "PROPN" or doc[end].lower_ == "of"):
            continue  # "the MP Mushfiq Jafarov", "the Minister of ...": not a bare reference
        title = doc[token.i + 1 : end].text.casefold()
        reference = parsed.token_span(token.i, end)
        holders = [
            entity
            for entity in entities
            if entity.type == "PERSON"
            and entity.mentions[0].span.start < reference.start
            and any(_title_matches(t.value, title) for t in entity.titles)
        ]
        if len(holders) == 1:
            additions.setdefault(holders[0].id, []).append(
                Mention(reference, "PERSON", "role", holders[0].id)
            )
    if not additions:
        return entities
    return [
        replace(
            e,
            mentions=tuple(sorted(e.mentions + tuple(additions[e.id]), key=lambda m: m.span.start)),
        )
        if e.id in additions
        else e
        for e in entities
    ]


def _title_matches(value: str, title: str) -> bool:
    words = value.casefold().split()
    return value.casefold() == title or (bool(words) and words[0] == title)

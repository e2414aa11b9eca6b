"""Cross-article entity linking: which knowledge-base names are one entity.

Within an article, `extract.entities` clusters "Barack Obama", "Obama" and "Mr. Obama" into one
entity named by its fullest name. Across articles entities join by type and name
(`db.entity_key`), so an article that never writes the full name ("Mr. Obama" throughout, or
"Apple" where another article wrote "Apple Inc.") files its entity apart. This stage links such
names over the whole knowledge base, each to the entity it stands for:

- names that differ only in spelling are one entity: case, full stops, a leading "the", an
  organisation's legal form ("Apple Inc." is "Apple": cleanco's `basename`), the other
  names of a country (`PLACE_SAME_AS`: "U.S." is "United States"), a group's plural
  ("Republicans" is "Republican");
- a person's surname, alone or with an honorific ("Obama", "Mr. Obama"), or a name with fewer
  words ("Donald J. Trump", whose initial counts for little), stands for the fuller person names
  with the same surname and the same first name, if it has one;
- any other entity's name stands for the fuller names of the same type that some article joined
  it to (its variants: "Northrop" where an article wrote "Northrop Grumman" and "Northrop"), an
  organisation's acronym for the names it abbreviates ("RAF", "Royal Air Force"), and the rest
  of an organisation's name after a place or people for the whole ("Saints", "New Orleans
  Saints"), unless it names a kind of body ("Air Force", "Democratic Party");
- a person told to be a woman never links to one told to be a man, nor the other way round
  ("Mrs. Clinton" is not "Bill Clinton"), as titles and roles tell ("Mrs.", "wife", "son");
- where a name stands for several entities, the one in the most articles wins only if it is in
  at least `DOMINANCE` times as many articles as the next ("Clinton" is Hillary Clinton in a
  corpus of the 2016 campaign); otherwise the name stays unlinked, since a wrong link files one
  person's words under another.

Entities link across types only where the tagger typed one name of two words or more two ways,
one of them in far more articles ("Wladimir Klitschko" as a place): "Ford" the company is never
Gerald Ford.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from cleanco import basename

from dateline.extract.entities import INITIAL, acronym, name_parts, sex_of_words
from dateline.lexicons.entities import (
    HONORIFICS,
    KINSHIP_WORDS,
    ORG_HEADS,
    PLACE_SAME_AS,
    demonym_key,
    is_demonym,
    place_form,
)

DOMINANCE = 3  # articles of the best candidate over the next, for a link among several
PROMINENCE = 2  # a name in more than this many times the articles of a fuller one is not it
MIN_ARTICLES_FOR_SURNAME = 2  # a bare surname links only to a person named in this many articles
PLACE_TYPES = frozenset({"GPE", "LOC"})
# Entities of one article only, never joined across articles: "analysts" in two articles are
# two groups.
ARTICLE_ONLY_TYPES = frozenset({"GROUP"})
# the last words of names of a kind of body every place has ("Air Force", "Democratic Party")
BODY_WORDS = ORG_HEADS | {"force", "forces", "afl-cio"}
# types the tagger confuses for one name: a name in one of them may be retyped to another
RETYPED_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})
FULL_STOPS = re.compile(r"\.(?=\w|$|\s)")


@dataclass(frozen=True, slots=True)
class NameRecord:
    """One knowledge-base name (`entity_key`) with what all its articles say of it."""

    key: str
    type: str
    name: str
    articles: int
    words: frozenset[str] = frozenset()  # its titles and roles, lower-case ("mrs.", "wife")
    variants: frozenset[str] = frozenset()  # every name its mentions were written as, case-folded


def fullness(name: str) -> int:
    """Words in the name past an honorific ("Mr. Obama" has one), an initial counting for less
    than nothing ("Donald J. Trump" is less full than "Donald Trump"), as
    `extract.entities.canonical_name` ranks names."""
    words = [w for w in name.split() if w.lower() not in HONORIFICS]
    return len(words) - 2 * sum(1 for w in words if INITIAL.match(w))


def name_form(name: str, entity_type: str) -> str:
    """The spelling-free form of a name: names with one form are one entity."""
    text = " ".join(name.split()).casefold()
    if text.startswith("the "):
        text = text[4:]
    if entity_type in PLACE_TYPES:
        text = PLACE_SAME_AS.get(text, text)
    elif entity_type == "ORG":
        # "US Air Force" is "United States Air Force"
        text = place_form(basename(text).casefold() or text)
    elif entity_type == "NORP":
        text = demonym_key(text).replace("-", " ").removesuffix("s")  # "Republicans"
    return FULL_STOPS.sub("", text)


def sex_of(record: NameRecord) -> str | None:
    """ "f" or "m" where its titles, roles or own honorific ("Mrs. Clinton") tell it."""
    return sex_of_words({*record.words, *record.name.lower().split()[:1]})


def _roles(record: NameRecord) -> frozenset[str]:
    return record.words - HONORIFICS - KINSHIP_WORDS


def _sought_under(record: NameRecord) -> set[tuple[str, str]]:
    """The keys under which a name looks for the entities it may stand for."""
    if record.type == "PERSON":
        return {("surname", name_parts(record.name)[1])}
    keys = {("form", name_form(record.name, record.type))}
    if record.type == "ORG" and record.name.isupper() and len(record.name) > 1:
        keys.add(("acronym", record.name))
    return keys


def _found_under(record: NameRecord, places: frozenset[str]) -> set[tuple[str, str]]:
    """The keys under which shorter names find `record`: a person's surname where a first name
    comes with it; another entity's variants; an organisation's acronym, and its name after a
    place or people that opens it ("Saints" for "New Orleans Saints"; `places` are the forms of
    the places the knowledge base holds), unless that names a kind of body every place has: the
    "Democratic Party" is not the "Ohio Democratic Party", the "Air Force" not the Swedish one."""
    if record.type == "PERSON":
        first, surname = name_parts(record.name)
        return {("surname", surname)} if first is not None else set()
    keys = {("form", name_form(v, record.type)) for v in record.variants}
    if record.type == "ORG":
        keys.add(("acronym", acronym(record.name)))
        words = name_form(record.name, record.type).split()
        if words and words[-1] not in BODY_WORDS:
            for cut in range(1, len(words)):
                opening = " ".join(words[:cut])
                if opening in places or is_demonym(opening):
                    keys.add(("form", " ".join(words[cut:])))
    return keys


def _stands_for(short: NameRecord, full: NameRecord) -> bool:
    """Whether `short`, found under a key of `full`, may name the entity `full` names."""
    if short.type != full.type or fullness(full.name) <= fullness(short.name):
        return False
    if PROMINENCE * full.articles < short.articles:
        return False  # "NBC" in seven articles is not the "National Baptist Convention" of one
    roles, full_roles = _roles(short), _roles(full)
    if roles and full_roles and not roles & full_roles:
        return False  # Chief Justice Roberts is not Mayor Jennifer Roberts
    if short.type != "PERSON":
        return True
    if " " not in short.name and full.articles < MIN_ARTICLES_FOR_SURNAME:
        return False  # "James" alone may be anyone's first name
    first, full_first = name_parts(short.name)[0], name_parts(full.name)[0]
    sexes = {sex_of(short), sex_of(full)} - {None}
    return len(sexes) < 2 and first in (None, full_first)


def link_names(records: Iterable[NameRecord]) -> dict[str, str]:
    """Alias key -> the key of the entity it stands for (only names that link). A group of
    people ("analysts") is no name: it links to nothing."""
    links, roots = _same_forms(r for r in records if r.type not in ARTICLE_ONLY_TYPES)
    roots = _retyped(roots, links)
    places = frozenset(name_form(r.name, r.type) for r in roots if r.type in PLACE_TYPES)
    found: dict[tuple[str, str, str], list[NameRecord]] = {}
    for record in roots:
        for kind, value in _found_under(record, places):
            found.setdefault((record.type, kind, value), []).append(record)
    # fullest first, so a candidate's own link is known when a shorter name is linked
    for record in sorted(roots, key=lambda r: (-fullness(r.name), r.key)):
        candidates = {
            c.key: c
            for kind, value in _sought_under(record)
            for c in found.get((record.type, kind, value), ())
            if c.key != record.key and _stands_for(record, c)
        }
        target = _dominant(list(candidates.values()), links)
        if target is not None:
            links[record.key] = target
    return {alias: _root(alias, links) for alias in links}


def _same_forms(records: Iterable[NameRecord]) -> tuple[dict[str, str], list[NameRecord]]:
    """Names of one form joined: links from each to the one spelt as the form ("United States"
    over "U.S.", "Apple" over "Apple Inc."), else the one in most articles, and that one per
    form, holding all their articles, titles, roles and variants."""
    forms: dict[tuple[str, str], list[NameRecord]] = {}
    for record in records:
        forms.setdefault((record.type, name_form(record.name, record.type)), []).append(record)
    links: dict[str, str] = {}
    roots: list[NameRecord] = []
    for (_, form), group in forms.items():
        group.sort(key=lambda r: (name_form(r.name, "") != form, -r.articles, r.key))
        for other in group[1:]:
            links[other.key] = group[0].key
        roots.append(_joined(group))
    return links, roots


def _joined(group: Sequence[NameRecord]) -> NameRecord:
    """The first record, holding the articles, titles, roles and variants of all."""
    return replace(
        group[0],
        articles=sum(r.articles for r in group),
        words=frozenset().union(*(r.words for r in group)),
        variants=frozenset().union(*(r.variants for r in group)),
    )


def _retyped(roots: Sequence[NameRecord], links: dict[str, str]) -> list[NameRecord]:
    """A name of two words or more stored under two types ("Wladimir Klitschko" a person in
    twenty articles, a place in two) is the tagger's mistake in the type with far fewer
    articles: it links to the other, which keeps its articles. Returns the roots left."""
    names: dict[str, list[NameRecord]] = {}
    for record in roots:
        if record.type in RETYPED_TYPES and fullness(record.name) >= 2:
            names.setdefault(name_form(record.name, ""), []).append(record)
    merged: dict[str, NameRecord] = {}
    for group in names.values():
        if len(group) < 2:
            continue
        group.sort(key=lambda r: (-r.articles, r.key))
        best, rest = group[0], group[1:]
        if best.articles < DOMINANCE * sum(r.articles for r in rest):
            continue
        for other in rest:
            links[other.key] = best.key
        merged[best.key] = _joined(group)
    return [merged.get(r.key, r) for r in roots if links.get(r.key) is None]


def _dominant(candidates: Sequence[NameRecord], links: Mapping[str, str]) -> str | None:
    """The entity most candidates' articles name, counting a linked name with its target."""
    articles: dict[str, int] = {}
    for candidate in candidates:
        root = links.get(candidate.key, candidate.key)
        articles[root] = articles.get(root, 0) + candidate.articles
    if not articles:
        return None
    ranked = sorted(articles.items(), key=lambda item: (-item[1], item[0]))
    if len(ranked) > 1 and ranked[0][1] < DOMINANCE * ranked[1][1]:
        return None
    return ranked[0][0]


def _root(key: str, links: Mapping[str, str]) -> str:
    seen = {key}
    while key in links and links[key] not in seen:
        key = links[key]
        seen.add(key)
    return key

"""Speakers and links (steps 7-8): a source span resolved to an entity (names, titles, roles,
pronouns, relatives), and the times and entities a content mentions."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dateline.extract.entities import entity_sex
from dateline.extract.statements.drafts import (
    _Draft,
)
from dateline.extract.statements.lines import (
    _SENTENCE_START,
)
from dateline.lexicons.cues import (
    ISSUED_BY_HEADS,
    NAMED_ORG_DESCRIPTION_NOUNS,
    ORG_DESCRIPTION_NOUNS,
    POSSESSIVE_PRONOUNS,
    PRONOUN_SEXES,
    PRONOUN_SOURCES,
    SPEAKING_FOR_HEADS,
)
from dateline.lexicons.entities import PERSON_TITLES, ROLE_NOUNS
from dateline.records import Article, Entity, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


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

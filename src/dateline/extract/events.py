"""The event stage: typed event mentions with participants in roles, time, place; the main event,
its sub-events, and past events the article refers to, attributed when a statement asserts them.

Cascade:
1. triggers: verbs and event nouns from the trigger lexicon (`lexicons/events.py`), minus the
   cues of statements (saying is a statement, not an event);
2. support verbs ("a conference was held", "took part in the conference", "committed by") lend
   their arguments to the event noun they carry; definite repeats ("the conference") and generic
   anaphors ("the event") join the event they refer to, unless told inside a statement the
   earlier mention is not (a claim lends the reported event nothing);
3. arguments from the dependency parse, mapped to roles by event type and linked to entities;
4. times and places: a time or place expression attaches to the nearest trigger above it;
5. attribution: an event inside a statement's content carries that statement's id;
6. the main event (the best-supported event of the lead sentence), its sub-events (what the
   narrative reports after it), and referenced past events (dated before the publication year,
   "the anniversary of X", or told in the past inside a statement);
7. with every event mention (`extract_every_event_mention`), every other verb an untyped
   mention with whole-phrase arguments, its nearest times and places, and its statement.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from dateline.extract.entities import opens_wire_story
from dateline.extract.headline import (
    HeadlineClause,
    headline_clause,
    headline_tokens,
    is_headline_future,
    verb_stems,
)
from dateline.lexicons.cues import VERB_CUES
from dateline.lexicons.entities import PERSON_TITLES, WIRE_DATELINE_FOLLOWERS, country_names
from dateline.lexicons.events import (
    ACCIDENT_TYPE,
    ACCIDENT_VERBS,
    ACCIDENT_WORDS,
    ANNIVERSARY_NOUNS,
    ATTACK_WORDS,
    CAUSE_PREPOSITIONS,
    COUNTRY_AGENT_TYPES,
    DAMAGE_VERBS,
    DEFAULT_OBJECT_ROLE,
    DYING_WORDS,
    EVENT_ANAPHORS,
    HARM_VERBS,
    HOSTILE_DOERS,
    INCIDENT_TYPES,
    NATURAL_FORCES,
    NOMINALIZATION_SUFFIXES,
    NON_EVENT_NOMINALS,
    NOUN_TRIGGERS,
    NOUN_TYPE_BY_MODIFIER,
    OBJECT_ROLE_BY_TYPE,
    OCCURRENCE_NOUNS,
    PHRASAL_TRIGGERS,
    PHYSICAL_TARGETS,
    PLACE_NOUNS,
    PLACE_PREPOSITIONS,
    PREPOSITION_NOUNS,
    SENSE_OBJECTS,
    STRIKE_VERB,
    STRUCK_IDIOMS,
    SUBJECT_ROLE,
    SUPPORT_VERBS,
    TIME_NOUNS,
    VEHICLES,
    VERB_TRIGGERS,
    VERBAL_ATTACK_MODIFIERS,
    VERBAL_ATTACK_TYPE,
    VIOLENCE_WORDS,
    WEAPON_FIRE_MODIFIERS,
    WORDS_OR_FORCE_VERBS,
    names_a_building,
)
from dateline.lexicons.time_words import MONTHS, WEEKDAYS
from dateline.nlp import Parsed, known_verbs
from dateline.records import Article, Event, Participant, Span, TimeExpression

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as Sentence

SUBJECTS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})
OBJECTS = frozenset({"dobj", "obj"})
MODIFIER_DEPS = frozenset({"det", "amod", "compound", "nummod", "poss", "nmod", "quantmod"})
MAX_HEAD_STEPS = 6
LEAD_SENTENCES = 3  # the lead paragraph: where a news story states when and where
REFERRED_NOUN_TYPES = frozenset({"ASSAULT", "FIGHT", "CRIME", "COERCE"})
# The roles that say who took part: a main event with none of them takes the lead's.
WHO_ROLES = frozenset({"agent", "organizer", "speaker", "host", "victim", "target", "attendee"})
SUB_EVENT_ROLES = {"SPEECH": "speaker", "ATTEND": "attendee", "VISIT": "attendee"}
PLACE_CATEGORIES = frozenset({"GPE", "LOC", "FAC"})


@dataclass
class Draft:
    """An event under construction: token-level, turned into an Event record at the end."""

    trigger: int  # token index
    type: str
    participants: list[tuple[str, int]] = field(default_factory=list)  # role, token index
    times: list[str] = field(default_factory=list)
    place: str | None = None
    tokens: set[int] = field(default_factory=set)  # trigger + support verbs + co-referring nouns
    # an untyped mention's arguments are whole phrases, as MEANTIME and PropBank mark them;
    # a typed event's are the entity mentions its roles link
    whole_phrases: bool = False


class Context:
    """Token-level views of what earlier stages found, for one article."""

    def __init__(self, article: Article, parsed: Parsed) -> None:
        self.doc: Doc = parsed.doc
        self.parsed = parsed
        self.entity_of: dict[int, str] = {}
        self.mention_of: dict[int, Span] = {}
        self.category_of: dict[str, str] = {e.id: e.type for e in article.entities}
        self.name_of: dict[str, str] = {e.id: e.name for e in article.entities}
        for entity in article.entities:
            for mention in entity.mentions:
                for index in self.tokens_in(mention.span):
                    self.entity_of[index] = entity.id
                    self.mention_of[index] = mention.span
        self.cue_tokens = {i for s in article.statements for i in self.tokens_in(s.cue)}
        self.source_tokens = {
            i for s in article.statements if s.source for i in self.tokens_in(s.source)
        }
        # the innermost (shortest) statement whose content holds each token: its claim
        holders: dict[int, tuple[int, str]] = {}
        for statement in article.statements:
            length = sum(c.end - c.start for c in statement.content)
            for part in statement.content:
                for index in self.tokens_in(part):
                    if part.contains(self.token_span(self.doc[index])):
                        holders[index] = min(
                            holders.get(index, (length, statement.id)), (length, statement.id)
                        )
        self.told_in: dict[int, str] = {i: held[1] for i, held in holders.items()}
        self.outlet = article.dateline.outlet
        # Derived times sit on event phrases ("the Khojaly genocide" dated by an anniversary):
        # only times read from the text mask arguments.
        self.time_tokens = {
            i for t in article.times if not t.derived_by for i in self.tokens_in(t.span)
        }
        # the syntactic head of each time expression: where the parse hangs it
        self.time_heads: dict[str, Token] = {}
        for time in article.times:
            tokens = self.tokens_in(time.span)
            if tokens:
                self.time_heads[time.id] = self.doc[tokens[0] : tokens[-1] + 1].root
        self.mentions = sorted(
            ((m.span, e.id, e.type) for e in article.entities for m in e.mentions),
            key=lambda m: (m[0].start, m[0].end),
        )
        self.verbs = known_verbs(self.doc) | VERB_TRIGGERS.keys() | VERB_CUES.keys()
        self.headline: HeadlineClause | None = headline_clause(self.doc, self.verbs)

    def mentions_in_sentence(self, index: int) -> list[tuple[Span, str, str]]:
        sentence = self.doc[index].sent
        span = self.parsed.token_span(sentence.start, sentence.end)
        return [m for m in self.mentions if span.contains(m[0])]

    def mentions_between(self, start: int, end: int) -> list[tuple[Span, str, str]]:
        return [m for m in self.mentions if start <= m[0].start and m[0].end <= end]

    def tokens_in(self, span: Span) -> range:
        start = self.doc.char_span(
            span.start - self.parsed.offset, span.end - self.parsed.offset, alignment_mode="expand"
        )
        return range(start.start, start.end) if start is not None else range(0)

    def token_span(self, token: Token) -> Span:
        return self.parsed.token_span(token.i, token.i + 1)

    def root_of(self, span: Span) -> Token | None:
        """The syntactic head of the tokens a span covers."""
        tokens = self.tokens_in(span)
        return self.doc[tokens[0] : tokens[-1] + 1].root if tokens else None


# ---------------------------------------------------------------------------- 1-2. triggers


def find_triggers(ctx: Context) -> dict[int, Draft]:
    """Trigger token → draft event; support verbs and co-referring nouns join their event."""
    drafts: dict[int, Draft] = {}
    by_lemma: dict[str, Draft] = {}
    for token in ctx.doc:
        lemma = token.lemma_.lower()
        if token.i in ctx.cue_tokens and lemma not in VERB_TRIGGERS:
            continue  # plain saying is a statement; "criticized", "demanded" are also events
        if _completes_phrase(token):
            continue  # "fire" in "opened fire" is part of the verb's trigger
        partner = _phrase_partner(token)
        phrase_type = PHRASAL_TRIGGERS.get((lemma, partner.lower_)) if partner else None
        if partner is not None and phrase_type is not None:
            drafts[token.i] = Draft(token.i, phrase_type, tokens={token.i, partner.i})
            continue
        if token.pos_ == "NOUN" and lemma in NOUN_TRIGGERS and token.dep_ != "compound":
            earlier = by_lemma.get(lemma)
            if (
                earlier is not None
                and _is_definite(token)
                and _named_modifiers(ctx, token) <= _named_modifiers(ctx, ctx.doc[earlier.trigger])
                # "The Taliban said it carried out the attack ...": a claim about the event
                # lends it nothing as fact
                and ctx.told_in.get(token.i) == ctx.told_in.get(earlier.trigger)
            ):
                earlier.tokens.add(token.i)  # "the conference" after "a conference"
                continue
            noun_type = _sense_type(ctx, token, _noun_type(token, lemma))
            if noun_type is None:
                continue
            draft = Draft(token.i, noun_type, tokens={token.i})
            drafts[token.i] = by_lemma[lemma] = draft
        elif (
            token.pos_ == "VERB"
            and lemma in VERB_TRIGGERS
            and token.dep_ != "amod"  # "other occupied territories": a state, not an event
            and _event_noun_carried(token) is None
        ):
            verb_type = _sense_type(ctx, token, VERB_TRIGGERS[lemma])
            if verb_type is not None:
                drafts[token.i] = Draft(token.i, verb_type, tokens={token.i})
    return drafts


def _sense_type(ctx: Context, token: Token, event_type: str) -> str | None:
    """The trigger's type where what it acts on allows it: a verb of `SENSE_OBJECTS` needs one
    of its objects ("the film was shown"; a poll that shows a lead makes no screening: None),
    and an attack in words is criticism ("Trump attacked Clinton": DISAPPROVE)."""
    lemma = token.lemma_.lower()
    acted_on = _acted_on(token)
    allowed = SENSE_OBJECTS.get(lemma)
    if (
        allowed is not None
        and token.pos_ == "VERB"
        and not any(t.lemma_.lower() in allowed for t in acted_on)
    ):
        return None
    if event_type == "ASSAULT" and lemma == "attack" and _is_verbal_attack(ctx, token, acted_on):
        return VERBAL_ATTACK_TYPE
    if lemma in WORDS_OR_FORCE_VERBS and not _is_verbal_attack(ctx, token, acted_on):
        return None
    if lemma == STRIKE_VERB and token.pos_ == "VERB":
        return _strike_type(ctx, token, event_type)
    harm = lemma in HARM_VERBS or lemma in DAMAGE_VERBS
    if harm and token.pos_ == "VERB" and _harmed_by_accident(token):
        return ACCIDENT_TYPE
    return event_type


def _harmed_by_accident(verb: Token) -> bool:
    """A killing or an injury whose cause the sentence gives as an accident or a disaster: its
    subject or agent ("the earthquake killed 40", "killed by a train"), a cause after a
    preposition ("killed in a bus crash", "Seven killed as tram derails") or a clause ("killed
    when a tram derailed", "after being hit by a car"), or those of a harm or a death it is
    joined to ("seven were killed and 50 injured when a tram derailed", "several have died and
    dozens were injured after ..."); in a headline's verbless fragment, an accident beside it
    (`_told_among_accident`). "Gunmen opened fire, killing four" stays an attack."""
    joined = [c for c in verb.children if c.dep_ == "conj" and c.lemma_.lower() in HARM_VERBS]
    if verb.dep_ == "conj" and verb.head.lemma_.lower() in HARM_VERBS:
        joined.append(verb.head)
    # "dozens were injured" joined to "died", or "dozens injured" to "Several dead"
    above = verb.head if verb.dep_ in ("conj", "acl") else None
    if above is not None and above.dep_ == "conj" and above.pos_ in ("NOUN", "PRON"):
        above = above.head
    if above is not None and above.lemma_.lower() in DYING_WORDS:
        joined.append(above)
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and _is_accident_cause(verb.head):
        return True  # "A storm hit the coast, killing five": the harm the storm did
    return any(_names_accident_cause(harm) for harm in (verb, *joined)) or _told_among_accident(
        verb
    )


def _told_among_accident(verb: Token) -> bool:
    """A harm told with no auxiliary and no doer, as headlines tell it, in a sentence that names
    an accident and no attack or attacker: "Tram derailment: Several dead and dozens injured
    after tram overturns", however the parse hangs the clauses. A verb names an accident only
    by the verb table ("police stormed the building" is no storm)."""
    has_doer = any(c.dep_ in ("nsubj", "agent") for c in verb.children) or (
        verb.dep_ == "conj" and any(c.dep_ in ("nsubj", "agent") for c in verb.head.children)
    )
    if has_doer or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    others = [t for t in verb.sent if t.i != verb.i]
    lemmas = {t.lemma_.lower() for t in others}
    return any(_names_accident(t) for t in others) and not lemmas & (ATTACK_WORDS | HOSTILE_DOERS)


def _names_accident(token: Token) -> bool:
    return token.lemma_.lower() in (ACCIDENT_VERBS if token.pos_ == "VERB" else ACCIDENT_WORDS)


def _names_accident_cause(verb: Token) -> bool:
    """Whether the verb's own subject, agent, prepositional object or clause is an accident."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "agent") and any(_is_accident_cause(t) for t in _agents(child)):
            return True
        if child.dep_ == "prep" and child.lower_ in CAUSE_PREPOSITIONS:
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if any(_is_accident_cause(o, vehicles=o.pos_ == "VERB") for o in objects):
                return True
            # "after a tram overturned" read as a tram the clause describes
            described = [c for o in objects for c in o.children if c.dep_ in ("acl", "relcl")]
            if any(_is_accident_cause(c) for c in described):
                return True
        if child.dep_ == "advcl" and _is_accident_cause(child):
            return True
    return False


def _agents(token: Token) -> list[Token]:
    """Who or what acts: a subject, or the object of a passive's "by"."""
    return [g for g in token.children if g.dep_ == "pobj"] if token.dep_ == "agent" else [token]


def _is_accident_cause(token: Token, *, vehicles: bool = True) -> bool:
    """An accident or a disaster named by a word ("crash", "derailed", an unmodified natural
    force: "floods", not "rocket fire"), or a verb done by a vehicle or a natural force ("when a
    truck hit the car"); a vehicle alone counts only as a doer ("killed by a train", not
    "shot in his car"), and neither a force nor a vehicle that someone wields does."""
    lemma = token.lemma_.lower()
    if _names_accident(token):
        return True
    if (
        lemma in NATURAL_FORCES
        and token.pos_ in ("NOUN", "PROPN")  # "after storming a hotel" is no storm
        and not _is_modified(token)
        and not _is_wielded(token)
    ):
        return True
    if vehicles and token.pos_ == "NOUN" and lemma in VEHICLES and not _is_wielded(token):
        return True
    if token.pos_ != "VERB":
        return False
    doers = [a for c in token.children if c.dep_ in ("nsubj", "agent") for a in _agents(c)]
    return any(_is_accident_cause(d) for d in doers)


def _is_wielded(token: Token) -> bool:
    """A force or a vehicle used as a weapon, by the clause that qualifies it: driven into
    something ("a truck driven into a crowd") or done by a hostile doer ("a fire set by
    arsonists"). "A car driven by a drunk driver" is still a road accident."""
    for clause in (c for c in token.children if c.dep_ in ("acl", "relcl")):
        if any(c.dep_ == "prep" and c.lower_ == "into" for c in clause.children):
            return True
        doers = [a for c in clause.children if c.dep_ in ("nsubj", "agent") for a in _agents(c)]
        if any(d.lemma_.lower() in HOSTILE_DOERS or d.lower_ in HOSTILE_DOERS for d in doers):
            return True
    return False


def _strike_type(ctx: Context, token: Token, walkout_type: str) -> str | None:
    """The verb strike by who strikes and what is struck. A natural force striking is a disaster,
    an ACCIDENT as its noun is ("the earthquake struck on Friday"). A person, a target, a place
    or a building struck is an attack, or an accident where a vehicle strikes ("she was struck
    by a car"); a thing striking a thing is an accident too. With nothing struck it is a walkout
    ("teachers will strike on Monday", "strike against the reform"); a deal or a high struck is
    no typed event."""
    strikers = [c for c in token.children if c.dep_ == "nsubj"]
    strikers += [g for c in token.children if c.dep_ == "agent" for g in c.children]
    if any(t.lemma_.lower() in NATURAL_FORCES and not _is_modified(t) for t in strikers):
        return ACCIDENT_TYPE
    struck = [c for c in token.children if c.dep_ in OBJECTS | PASSIVE_SUBJECTS]
    if token.dep_ in ("acl", "relcl"):
        struck.append(token.head)
    struck = [t for item in struck for t in _conjuncts(item) if t.ent_type_ not in ("DATE", "TIME")]
    if not struck:
        return walkout_type
    for target in struck:
        category = ctx.category_of.get(ctx.entity_of.get(target.i, ""))
        if (
            target.lemma_.lower() in PHYSICAL_TARGETS
            or category in PLACE_CATEGORIES
            or category == "PERSON"
            or target.tag_ == "PRP"
        ):
            # "she was struck by a car": a road accident, not an attack
            hit_by_vehicle = any(t.lemma_.lower() in VEHICLES for t in strikers)
            return ACCIDENT_TYPE if hit_by_vehicle else "ASSAULT"
    if any(t.lemma_.lower() in STRUCK_IDIOMS for t in struck):
        return None  # "struck a deal", "struck a ten-month high"
    # a thing striking a thing is a collision ("the left winglet struck the side of the hangar")
    things = [t for t in strikers if t.pos_ == "NOUN" and t.i not in ctx.entity_of]
    return ACCIDENT_TYPE if things else None


def _is_modified(token: Token) -> bool:
    """Fire a weapon makes is someone's, not nature's: "rocket fire", "artillery fire"; "a 6.1
    magnitude earthquake" or "a powerful storm" is still nature's."""
    return token.lemma_.lower() == "fire" and any(
        c.dep_ in ("compound", "amod") and c.lower_ in WEAPON_FIRE_MODIFIERS for c in token.children
    )


def _acted_on(token: Token) -> list[Token]:
    """What a trigger acts on: a verb's object or its passive's subject, the noun a participle
    or a relative clause qualifies ("the film shown", "a film that was shown"), a noun's "on" or
    "against" object ("attacks on Machado"); with their conjuncts."""
    found = [c for c in token.children if c.dep_ in OBJECTS | PASSIVE_SUBJECTS]
    if token.dep_ in ("acl", "relcl"):
        found.append(token.head)
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("on", "against"):
            found += [c for c in child.children if c.dep_ == "pobj"]
    return [conjunct for item in found for conjunct in _conjuncts(item)]


def _is_verbal_attack(ctx: Context, token: Token, targets: list[Token]) -> bool:
    """No violence in the sentence, and the attack is "personal" (or "political", ...) or aimed
    at a person, a group, an organisation or a thing that is no place, building or body."""
    violence = (
        w.lower_ in VIOLENCE_WORDS or w.lemma_.lower() in VIOLENCE_WORDS
        for w in token.sent
        if w.i != token.i
    )
    if any(violence):
        return False  # by form and by lemma ("fired", "shots"), the trigger aside ("blasted")
    if any(c.dep_ == "amod" and c.lower_ in VERBAL_ATTACK_MODIFIERS for c in token.children):
        return True
    for target in targets:
        category = ctx.category_of.get(ctx.entity_of.get(target.i, ""))
        if target.lemma_.lower() in PHYSICAL_TARGETS or category in PLACE_CATEGORIES:
            return False
    return any(t.pos_ in ("PROPN", "PRON", "NOUN") for t in targets)


def _noun_type(token: Token, lemma: str) -> str:
    """An event noun's type, or its modifier's where that changes it ("air strikes": ASSAULT)."""
    by_modifier = NOUN_TYPE_BY_MODIFIER.get(lemma, {})
    for child in token.children:
        if child.dep_ in ("compound", "amod") and child.lemma_.lower() in by_modifier:
            return by_modifier[child.lemma_.lower()]
    return NOUN_TRIGGERS[lemma]


def _named_modifiers(ctx: Context, token: Token) -> set[str]:
    """Entities that modify an event noun ("the Khojaly tragedy" → {Khojaly})."""
    return {ctx.entity_of[c.i] for c in token.children if c.i < token.i and c.i in ctx.entity_of}


def _is_definite(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children)


def _event_noun_carried(verb: Token) -> Token | None:
    """The event noun a support verb carries ("held" → "conference"), if any."""
    if verb.lemma_.lower() not in SUPPORT_VERBS:
        return None
    for child in verb.children:
        if child.dep_ in SUBJECTS | PASSIVE_SUBJECTS | OBJECTS and _is_event_noun(child):
            return child
        if child.dep_ == "prep" and child.lower_ in ("in", "at"):
            for grandchild in child.children:
                if grandchild.dep_ == "pobj" and _is_event_noun(grandchild):
                    return grandchild
    if verb.dep_ == "acl" and _is_event_noun(verb.head):  # "the genocide, committed by ..."
        return verb.head
    return None


def _is_event_noun(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and (lemma in NOUN_TRIGGERS or lemma in EVENT_ANAPHORS)


def _names_event(token: Token) -> bool:
    """An event noun, or a gerund the tagger calls a verb where a noun stands ("Seattle shooting
    leaves five hurt")."""
    return _is_event_noun(token) or (
        token.tag_ == "VBG" and token.lower_ in NOUN_TRIGGERS and token.dep_ in SUBJECTS
    )


# ---------------------------------------------------------------------------- 3. arguments


def _conjuncts(token: Token) -> list[Token]:
    """The token and those coordinated with it; "A, B and C" may be parsed with B an apposition
    of A that C is coordinated with: B is then one of the list."""
    found = [token]
    for child in token.children:
        if child.dep_ == "conj" or (
            child.dep_ == "appos" and any(c.dep_ == "conj" for c in child.children)
        ):
            found += _conjuncts(child)
    return found


def _verb_arguments(verb: Token, event_type: str) -> Iterable[tuple[str, Token]]:
    object_role = OBJECT_ROLE_BY_TYPE.get(event_type, DEFAULT_OBJECT_ROLE)
    if verb.lemma_.lower() in HARM_VERBS:
        object_role = "victim"  # killed or hurt, by an attack or by an accident
    subject_role = (
        SUB_EVENT_ROLES.get(event_type, SUBJECT_ROLE) if event_type == "SPEECH" else SUBJECT_ROLE
    )
    for shared in _shared_subjects(verb):
        yield from ((subject_role, t) for t in _conjuncts(shared) if not _names_event(t))
    gapped = _is_gapped_passive(verb)
    for child in verb.children:
        if child.dep_ in SUBJECTS and gapped:
            yield from ((object_role, t) for t in _conjuncts(child))  # "and 30 wounded"
        elif child.dep_ in SUBJECTS:
            # an event as subject causes, it does not act: "Seattle shooting leaves five hurt"
            yield from (
                ("cause" if _names_event(t) else subject_role, t) for t in _conjuncts(child)
            )
        elif child.dep_ in PASSIVE_SUBJECTS or child.dep_ in OBJECTS:
            yield from ((object_role, t) for t in _conjuncts(child))
        elif child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    yield from ((SUBJECT_ROLE, t) for t in _conjuncts(pobj))
        elif child.dep_ == "prep":
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                harm = verb.lemma_.lower() in HARM_VERBS
                if child.lower_ in PLACE_PREPOSITIONS and harm and _names_event(pobj):
                    yield ("cause", pobj)  # "killed in the attack": what did it, not where
                elif child.lower_ == "in" and pobj.lemma_ in PREPOSITION_NOUNS:
                    continue  # "arrested in connection with a robbery"
                elif child.lower_ in PLACE_PREPOSITIONS:
                    yield ("location", pobj)
                elif child.lower_ in ("to", "for") and event_type in ("AID", "SUPPORT", "AGREE"):
                    yield from (("recipient", t) for t in _conjuncts(pobj))
                elif child.lower_ == "with":
                    yield (
                        "partner" if event_type in ("MEETING", "AGREE", "FIGHT") else "instrument",
                        pobj,
                    )


def _is_gapped_passive(verb: Token) -> bool:
    """ "Twelve people were killed and 30 wounded": a participle with a subject and no
    auxiliary, joined to a passive, is passive too ("30 were wounded"); its subject underwent
    it."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        and any(c.dep_ == "auxpass" for c in head.children)
    )


def _shared_subjects(verb: Token) -> list[Token]:
    """The subject an active verb without its own shares with the clause it joins: "A bomber
    rammed a truck into the consulate, killing four people", "Rebels seized the town and
    burned the market"."""
    if any(c.dep_ in SUBJECTS | PASSIVE_SUBJECTS or c.dep_ == "auxpass" for c in verb.children):
        return []
    head = verb.head
    shares = (verb.dep_ == "conj" and head.pos_ == "VERB") or (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and not any(c.dep_ == "mark" for c in verb.children)
    )
    if not shares or head.i == verb.i:
        return []
    return [c for c in head.children if c.dep_ in SUBJECTS]


def _support_arguments(verb: Token, noun: Token) -> Iterable[tuple[str, Token]]:
    """Arguments a support verb lends its event noun: "organized by X" → organizer X."""
    role = SUPPORT_VERBS[verb.lemma_.lower()]
    for child in verb.children:
        if child.i == noun.i:
            continue
        if child.dep_ in SUBJECTS:
            yield from ((role, t) for t in _conjuncts(child))
        elif child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    yield from (
                        (role if role != "host" else "organizer", t) for t in _conjuncts(pobj)
                    )
        elif child.dep_ == "prep" and child.lower_ in PLACE_PREPOSITIONS:
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.i != noun.i:
                    yield ("location", pobj)


def _noun_arguments(noun: Token, event_type: str) -> Iterable[tuple[str, Token]]:
    """ "the Khojaly genocide" → location Khojaly; "adoption of X by Y" → target X, agent Y."""
    for child in noun.children:
        if child.dep_ in ("compound", "amod", "nmod", "poss") and child.i < noun.i:
            if child.ent_type_:  # "the Khojaly genocide"; "ethnic cleansing" has no participant
                place = child.ent_type_ in PLACE_CATEGORIES and not (
                    event_type in COUNTRY_AGENT_TYPES and _names_country(child)
                )  # "US air strikes", "US sanctions": the country did it
                yield ("location" if place else SUBJECT_ROLE, child)
        elif child.dep_ == "prep":
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                if child.lower_ == "of":
                    role = OBJECT_ROLE_BY_TYPE.get(event_type, DEFAULT_OBJECT_ROLE)
                    yield (role, pobj)
                elif child.lower_ == "by":
                    yield from ((SUBJECT_ROLE, t) for t in _conjuncts(pobj))
                elif child.lower_ in PLACE_PREPOSITIONS:
                    yield ("location", pobj)


def _names_country(token: Token) -> bool:
    """The token is part of a country's name as the tagger spans it ("US", "United States")."""
    entity = next((e for e in token.sent.ents if e.start <= token.i < e.end), None)
    return entity is not None and entity.text.lower().removeprefix("the ") in country_names()


def attach_arguments(ctx: Context, drafts: dict[int, Draft]) -> None:
    doc = ctx.doc
    noun_event = {i: d for d in drafts.values() for i in d.tokens}
    for token in doc:
        carried = _event_noun_carried(token)
        if carried is None:
            continue
        draft = noun_event.get(carried.i)
        if draft is None:
            continue
        draft.tokens.add(token.i)
        draft.participants += [(role, t.i) for role, t in _support_arguments(token, carried)]
    for draft in list(drafts.values()):
        trigger = doc[draft.trigger]
        arguments = (
            _verb_arguments(trigger, draft.type)
            if trigger.pos_ == "VERB"
            else _noun_arguments(trigger, draft.type)
        )
        # the word that completes a phrase trigger is no participant ("opened fire")
        draft.participants += [(role, t.i) for role, t in arguments if t.i not in draft.tokens]
    for draft in drafts.values():
        kept = [
            (r, i)
            for r, i in draft.participants
            if i not in ctx.time_tokens and ctx.doc[i].lemma_.lower() not in TIME_NOUNS
        ]
        extended = [(r, j) for r, i in kept for j in extend_list(ctx, i)]
        draft.participants = kept + extended


# Between two names of one list: ", ", ", and ", " as well as " (organisations may carry a
# place complement: "the Azerbaijani embassy to Bosnia and Herzegovina, the ... Foundation").
ORG_LIST_GAP = re.compile(
    r"^(?:\s+(?:to|in|of|from|for)\s+PLACE)?\s*,?\s*(?:and\s+|as well as\s+)?$"
)
# Persons in a list often carry titles and organisations between them ("..., MP X, Chairman of
# Y Union Z, ..."): any short verb-free gap that opens with a comma.
PERSON_LIST_GAP = re.compile(r"^\s*,\s*(?:and\s+)?[\w\s.\-]*$")
MAX_PERSON_GAP_TOKENS = 8


def extend_list(ctx: Context, index: int) -> list[int]:
    """Further names of the list that the entity at `index` opens, where the parse lost them."""
    entity = ctx.entity_of.get(index)
    if entity is None or ctx.category_of.get(entity) not in ("PERSON", "ORG"):
        return []
    category = ctx.category_of[entity]
    mentions = ctx.mentions_in_sentence(index)
    start = next(
        (n for n, m in enumerate(mentions) if m[1] == entity and m[0] == ctx.mention_of[index]),
        None,
    )
    if start is None:
        return []
    text = ctx.doc.text
    offset = ctx.parsed.offset
    found: list[int] = []
    previous = mentions[start][0]
    for span, _other, other_category in mentions[start + 1 :]:
        gap = text[previous.end - offset : span.start - offset]
        if other_category in PLACE_CATEGORIES and category == "ORG":
            previous = Span(previous.start, span.end)  # keep the place inside the gap
            continue
        gap = _mask_mentions(ctx, previous.end, span.start, gap)
        if (
            other_category == category == "ORG"
            and ORG_LIST_GAP.match(gap)
            or (
                other_category == category == "PERSON"
                and PERSON_LIST_GAP.match(gap)
                and (
                    not any(
                        ctx.doc[i].pos_ in ("VERB", "AUX")
                        for i in ctx.tokens_in(Span(previous.end, span.start))
                    )
                    and len(ctx.tokens_in(Span(previous.end, span.start))) <= MAX_PERSON_GAP_TOKENS
                )
            )
        ):
            found.append(ctx.tokens_in(span)[-1])
        elif other_category == "ORG" and category == "PERSON":
            continue  # an affiliation between two persons of the list
        else:
            break
        previous = span
    return found


def _mask_mentions(ctx: Context, start: int, end: int, gap: str) -> str:
    """The gap text with place names replaced by PLACE and organisation names by ORG."""
    for span, _entity, category in reversed(ctx.mentions_between(start, end)):
        label = "PLACE" if category in PLACE_CATEGORIES else "ORG"
        a, b = span.start - start, span.end - start
        gap = gap[:a] + label + gap[b:]
    return gap


def _argument_span(ctx: Context, index: int, role: str = "", whole: bool = False) -> Span:
    """The entity mention at the argument's head, else the head with its pre-modifiers; a cause
    or manner, or any argument with `whole`, is its whole phrase."""
    if role in CLAUSE_ROLES or whole:
        token = ctx.doc[index]
        return ctx.parsed.token_span(*_without_edge_punctuation(token.doc, token))
    if index in ctx.mention_of:
        return ctx.mention_of[index]
    token = ctx.doc[index]
    start = index
    for child in token.children:
        if child.i < index and child.dep_ in MODIFIER_DEPS:
            start = min(start, child.left_edge.i)
    return ctx.parsed.token_span(start, index + 1)


def _without_edge_punctuation(doc: Doc, token: Token) -> tuple[int, int]:
    """The token's subtree less the commas, dashes and dangling conjunctions at its edges: the
    parse hangs the comma that closes an apposition on it ("manufacturer, Airbus,"). Brackets and
    quotation marks stay, they pair with a mark inside."""
    start, end = token.left_edge.i, token.right_edge.i
    while end > start and (
        doc[end].is_punct
        and not (doc[end].is_quote or doc[end].is_right_punct)
        or doc[end].dep_ == "cc"
    ):
        end -= 1
    while (
        start < end
        and doc[start].is_punct
        and not (doc[start].is_quote or doc[start].is_left_punct)
    ):
        start += 1
    return start, end + 1


def _argument_entity(ctx: Context, index: int) -> str | None:
    """The entity of an argument: its head's, or a place named by "the city of X"."""
    if index in ctx.entity_of:
        return ctx.entity_of[index]
    token = ctx.doc[index]
    if token.lemma_.lower() in PLACE_NOUNS:
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.i in ctx.entity_of:
                        return ctx.entity_of[pobj.i]
    return None


# ---------------------------------------------------------------------------- 4. time and place


def _nearest_event(ctx: Context, token: Token, owner: dict[int, Draft]) -> Draft | None:
    for _ in range(MAX_HEAD_STEPS):
        if token.i in owner:
            return owner[token.i]
        if token.head.i == token.i:
            return None
        token = token.head
    return owner.get(token.i)


def attach_times(
    article: Article,
    ctx: Context,
    drafts: dict[int, Draft],
    only: Iterable[Draft] | None = None,
) -> None:
    """Each date or time goes to the nearest event above it; with `only`, just those events'
    (events added late take no time a nearer event owns)."""
    owner = {i: d for d in drafts.values() for i in d.tokens}
    receiving = None if only is None else {id(d) for d in only}
    for time in article.times:
        head = ctx.time_heads.get(time.id)
        if head is None:
            continue
        draft = _nearest_event(ctx, head, owner)
        if draft is None or receiving is not None and id(draft) not in receiving:
            continue
        if time.type in ("DATE", "TIME"):
            draft.times.append(time.id)


def settle_places(ctx: Context, drafts: dict[int, Draft]) -> None:
    """The place: a location argument naming a place, else a target such as "the city of X"."""
    for draft in drafts.values():
        for role, index in sorted(draft.participants, key=lambda p: p[0] != "location"):
            entity = _argument_entity(ctx, index)
            if not entity or not _is_place_entity(ctx, entity):
                continue
            if (
                role in ("location", "target", "victim")
                or ctx.doc[index].lemma_.lower() in PLACE_NOUNS
            ):
                draft.place = entity
                break
        trigger = ctx.doc[draft.trigger]
        if draft.place is None and draft.type in INCIDENT_TYPES and trigger.pos_ == "NOUN":
            draft.place = _modifier_place(ctx, trigger)  # "the Croydon tram crash"


# ---------------------------------------------------------------------------- 5-6. the stage


def extract_events(article: Article, parsed: Parsed) -> Article:
    """Typed event mentions (the trigger lexicon's), the main event and the lead's root."""
    return _extract(article, parsed, every_mention=False)


def extract_every_event_mention(article: Article, parsed: Parsed) -> Article:
    """The typed events, and every other verb as an untyped event mention too (OCCURRENCE, or
    STATEMENT for a speech cue), with its arguments, time and place: the layer MEANTIME and ECB+
    annotate, for event coreference and timelines. The main event is chosen among the typed
    ones, as in `extract_events`."""
    return _extract(article, parsed, every_mention=True)


def _extract(article: Article, parsed: Parsed, *, every_mention: bool) -> Article:
    ctx = Context(article, parsed)
    drafts = find_triggers(ctx)
    attach_arguments(ctx, drafts)
    attach_times(article, ctx, drafts)
    settle_places(ctx, drafts)
    add_lead_event(article, ctx, drafts)
    ordered = sorted(drafts.values(), key=lambda d: d.trigger)
    statement_of = {id(d): _statement_of(article, ctx, d) for d in ordered}
    main = choose_main(ctx, ordered, statement_of)
    if main is not None:
        _absorb_anaphors(ctx, ordered, main)
        _complete_main(article, ctx, main, ordered)
    mentions = untyped_mentions(article, ctx, drafts) if every_mention else []
    statement_of |= {id(d): _statement_of(article, ctx, d) for d in mentions}
    untyped = {id(d) for d in mentions}
    ordered = sorted([*ordered, *mentions], key=lambda d: d.trigger)
    ids = {id(d): f"v{n}" for n, d in enumerate(ordered, start=1)}
    referenced = {id(d) for d in ordered if _is_referenced(article, ctx, d, statement_of[id(d)])}
    # What a statement tells about a referenced past event is referenced too ("attacked ...,
    # killing civilians"): the whole account shares the statement's time frame.
    told_past = {statement_of[id(d)] for d in ordered if id(d) in referenced} - {None}
    # ... unless the statement dates what it tells in the news window: "At least six people
    # were killed when police clashed with protesters on Wednesday, officials said" is the
    # news, attributed, not a past event the officials refer to
    told_news = {statement_of[id(d)] for d in ordered if _dated_as_news(article, d)} - {None}
    referenced |= {id(d) for d in ordered if statement_of[id(d)] in told_past}
    referenced -= {
        id(d)
        for d in ordered
        if statement_of[id(d)] in told_news and not _dated_before_the_year(article, d)
    }
    events = []
    for draft in ordered:
        is_main = draft is main
        parent = None
        told_after_main = main is not None and draft.trigger > main.trigger
        if (
            told_after_main
            and id(draft) not in referenced | untyped  # a mention is no narrated sub-event
            and statement_of[id(draft)] is None
        ):
            parent = ids[id(main)]
        participants = tuple(
            Participant(
                role,
                _argument_span(ctx, index, role, draft.whole_phrases),
                _argument_entity(ctx, index),
            )
            for role, index in _unique_participants(draft.participants)
            if not (
                role == "location" and _argument_entity(ctx, index) == draft.place and draft.place
            )
        )
        events.append(
            Event(
                id=ids[id(draft)],
                trigger=_trigger_span(ctx, ctx.doc[draft.trigger]),
                type=draft.type,
                participants=participants,
                time_ids=tuple(dict.fromkeys(draft.times)),
                place_id=draft.place,
                is_main=is_main,
                referenced=id(draft) in referenced,
                statement_id=statement_of[id(draft)],
                parent_id=parent,
                predicate=predicate_span(ctx, ctx.doc[draft.trigger]),
            )
        )
    return replace(article, events=tuple(events))


def untyped_mentions(article: Article, ctx: Context, drafts: dict[int, Draft]) -> list[Draft]:
    """Every verb and event noun no typed event covers, as an untyped mention with its parse
    arguments; each takes the times and places nearest to it (a typed event keeps those it
    already has)."""
    covered = {i for draft in drafts.values() for i in draft.tokens}
    found: dict[int, Draft] = {}
    for token in ctx.doc:
        if token.i in covered or _completes_phrase(token):
            continue
        if token.i not in ctx.time_tokens and _is_nominal_event(token, ctx.verbs):
            kind = "OCCURRENCE"
            arguments = list(_noun_arguments(token, kind))
        elif _is_predicate(token):
            kind = "STATEMENT" if token.i in ctx.cue_tokens else "OCCURRENCE"
            arguments = list(_verb_arguments(token, kind))
            taken = {t.i for _, t in arguments}
            arguments += [(role, t) for role, t in _oblique_arguments(token) if t.i not in taken]
        else:
            continue
        draft = Draft(token.i, kind, tokens={token.i}, whole_phrases=True)
        draft.participants = [
            (role, t.i)
            for role, t in arguments
            if t.i not in ctx.time_tokens and t.lemma_.lower() not in TIME_NOUNS
        ]
        found[token.i] = draft
    attach_times(article, ctx, drafts | found, only=found.values())
    settle_places(ctx, found)
    return list(found.values())


def _trigger_span(ctx: Context, trigger: Token) -> Span:
    """The trigger word, with the word that completes it (`_phrase_partner`)."""
    partner = _phrase_partner(trigger)
    return ctx.parsed.token_span(trigger.i, (partner or trigger).i + 1)


def _phrase_partner(verb: Token) -> Token | None:
    """The particle of a phrasal verb right after it ("gunned down", "rolled out", "broke out"),
    or the word of a fixed phrase ("took place", "opened fire", "checked into"): one event, so
    one trigger, as MEANTIME and ECB+ mark it."""
    if verb.pos_ != "VERB" or verb.i + 1 >= len(verb.doc):
        return None
    after = verb.doc[verb.i + 1]
    if after.head.i == verb.i and (
        after.dep_ == "prt" or (verb.lemma_.lower(), after.lower_) in PHRASAL_TRIGGERS
    ):
        return after
    return None


def _completes_phrase(token: Token) -> bool:
    """The token is the second word of a phrase trigger ("fire" in "opened fire")."""
    return token.i > 0 and _phrase_partner(token.doc[token.i - 1]) == token


def _is_nominal_event(token: Token, verbs: Collection[str]) -> bool:
    """A common noun made of a verb by a suffix ("the announcement", "an arrival", "delivery of
    the jets") or a noun of a happening (`OCCURRENCE_NOUNS`: "the loss", "a crisis"). Not one
    that names a body or a thing ("government", "building"), nor a noun inside a name ("the
    Department of Justice")."""
    lemma = token.lemma_.lower()
    if token.pos_ != "NOUN" or token.ent_type_ or lemma in NON_EVENT_NOMINALS:
        return False
    return (
        lemma in OCCURRENCE_NOUNS
        or any(
            lemma.endswith(suffix)
            and len(lemma) > len(suffix) + 3  # a stem of four letters at least: not "tot-al"
            and (suffix != "ion" or lemma[-4] in "tsx")
            and lemma[: -len(suffix)] + ending in verbs
            for suffix, ending in NOMINALIZATION_SUFFIXES
        )
    )


def _is_predicate(token: Token) -> bool:
    """A verb that predicates ("fell", "said"); not a participle that works as a preposition or
    an adjective ("including Apple", "according to", "the ageing fleet"). A copula states, it
    tells no event ("the outlook is bleak"; MEANTIME marks it, ECB+ does not)."""
    return token.pos_ == "VERB" and token.dep_ not in ("prep", "amod")


def _oblique_arguments(verb: Token) -> Iterable[tuple[str, Token]]:
    """What an untyped verb's roles leave out: the indirect object ("gave them aid") and the
    object of any other preposition ("voted for the bill", "fled from the city")."""
    for child in verb.children:
        if child.dep_ == "dative":
            yield ("recipient", child)
        elif child.dep_ == "prep":
            yield from (("oblique", g) for g in child.children if g.dep_ == "pobj")


CAUSE_MARKERS = frozenset({"because", "after", "due", "following", "amid", "over", "since"})
MANNER_MARKERS = frozenset({"by", "with", "using", "through", "via"})
CLAUSE_ROLES = frozenset({"cause", "manner"})  # their span is the whole phrase, marker included


def _cause_and_manner(trigger: Token) -> Iterable[tuple[str, int]]:
    """ "... injured after the tram overturned" (cause), "... by cutting costs" (manner)."""
    for child in trigger.children:
        if child.i < trigger.i:
            continue
        marker = (
            child.lower_
            if child.dep_ == "prep"
            else next((c.lower_ for c in child.children if c.dep_ == "mark"), "")
            if child.dep_ == "advcl"
            else ""
        )
        if marker in CAUSE_MARKERS:
            yield ("cause", child.i)
        elif marker in MANNER_MARKERS and child.dep_ == "advcl":
            yield ("manner", child.i)


PREDICATE_LEFT = frozenset({"aux", "auxpass", "neg"})
PREDICATE_OBJECTS = frozenset({"dobj", "attr", "acomp", "xcomp", "prt", "oprd", "dative"})
NOUN_PREDICATE_LEFT = frozenset({"compound", "amod", "nmod"})


def _is_repaired_headline_verb(ctx: Context, token: Token) -> bool:
    return ctx.headline is not None and ctx.headline.repaired and ctx.headline.predicate == token.i


def predicate_span(ctx: Context, trigger: Token) -> Span:
    """The trigger with what completes it: auxiliaries, negation and objects for a verb ("has not
    attacked the city"), the first prepositional phrase when there is no object ("meets with
    Obama"); modifiers and the "of" phrase for a noun ("the Khojaly genocide"); for a headline's
    predicate, the headline's phrase to its first clause break, with the verb's auxiliaries or
    the noun's modifiers ("Fatal attack on German consulate")."""
    if ctx.headline is not None and ctx.headline.predicate == trigger.i:
        deps = (
            NOUN_PREDICATE_LEFT
            if trigger.pos_ == "NOUN" and not ctx.headline.repaired
            else (PREDICATE_LEFT)
        )
        left = [c.left_edge.i for c in trigger.lefts if c.dep_ in deps and c.i not in ctx.entity_of]
        start = min([trigger.i, *left])
        subject = ctx.headline.subject
        if subject is not None and subject < trigger.i and _is_headline_passive(trigger):
            doer = ctx.doc[subject]
            if doer.dep_ == "conj" and doer.head.i < doer.i:
                doer = doer.head  # "Several dead and dozens injured": the whole toll
            start = min(start, doer.left_edge.i)  # "German consulate ... bombed"
        if is_headline_future(trigger) and _names_event(trigger.head):
            start = min(start, trigger.head.left_edge.i)  # "Talks to resume": what resumes
        return ctx.parsed.token_span(start, _before_place_phrase(ctx, trigger, ctx.headline.end))
    start, end = trigger.i, trigger.i + 1
    if trigger.pos_ in ("VERB", "AUX"):
        left = [c.i for c in trigger.children if c.dep_ in PREDICATE_LEFT and c.i < trigger.i]
        start = min([start, *left])
        right = [c for c in trigger.children if c.i > trigger.i]
        objects = [c for c in right if c.dep_ in PREDICATE_OBJECTS]
        if not any(c.dep_ != "prt" for c in objects):
            objects += [c for c in right if c.dep_ == "prep"][:1]
        for child in objects:
            end = max(end, child.right_edge.i + 1)
    else:
        left = [
            c.left_edge.i
            for c in trigger.children
            if c.dep_ in NOUN_PREDICATE_LEFT and c.i < trigger.i and c.i not in ctx.entity_of
        ]  # "Donald Trump lands" read as a noun: the name is who, not what
        start = min([start, *left])
        for child in trigger.children:
            if child.dep_ == "prep" and child.lower_ == "of" and child.i > trigger.i:
                end = max(end, child.right_edge.i + 1)
    sentence = trigger.sent
    start, end = max(start, sentence.start), min(end, sentence.end)
    for token in ctx.doc[trigger.i + 1 : end]:
        if "\n" in token.text_with_ws:  # a headline line ends the predicate
            end = token.i + (0 if token.is_space else 1)
            break
    while end - 1 > start and (ctx.doc[end - 1].is_punct or ctx.doc[end - 1].is_space):
        end -= 1
    return ctx.parsed.token_span(start, end)


def _before_place_phrase(ctx: Context, trigger: Token, end: int) -> int:
    """Where a headline's predicate stops before a phrase that names a town or country: "Five
    shot in Seattle close to ... protest" happened as "shot", the city is where, not what.
    A building stays: "protests outside Trump Tower" is what was done."""
    for token in ctx.doc[trigger.i + 1 : end]:
        following = token.i + 1
        if following < end and ctx.doc[following].lower_ == "the":  # "in the US"
            following += 1
        if (
            token.lower_ in LOCATIVE_PREPOSITIONS
            and following < end
            and ctx.category_of.get(ctx.entity_of.get(following, "")) == "GPE"
        ):
            return token.i
    return end


def _unique_participants(items: list[tuple[str, int]]) -> list[tuple[str, int]]:
    return list(dict.fromkeys(items))


def _statement_of(article: Article, ctx: Context, draft: Draft) -> str | None:
    """The statement whose cue the trigger is ("condemned"), else the innermost holding it."""
    trigger = ctx.token_span(ctx.doc[draft.trigger])
    for statement in article.statements:
        if statement.cue.overlaps(trigger):
            return statement.id
    return ctx.told_in.get(draft.trigger)


def choose_main(
    ctx: Context, drafts: list[Draft], statement_of: dict[int, str | None]
) -> Draft | None:
    """The unattributed event at the root of the lead sentence, else the best-supported one in
    the lead, else the first unattributed event."""
    # A speech act is a fact even when its content is a claim: the event whose trigger is a
    # statement's cue ("Clinton blames Comey") may be the main event; events inside content not.
    candidates = [d for d in drafts if statement_of[id(d)] is None or d.trigger in ctx.cue_tokens]
    # "Russia: we will respond to the sanctions": when every event is told inside a statement,
    # the main event is the claim, and keeps its attribution
    candidates = candidates or drafts
    if not candidates:
        return None
    root = lead_root(ctx)
    lead = root.sent if root is not None else lead_sentence(ctx)
    in_lead = [d for d in candidates if lead is not None and lead.start <= d.trigger < lead.end]
    # a lead told first and attributed after ("..., police said") gives its event, claimed
    told = drafts if root is not None and _is_fronted_report(root) else in_lead
    at_root = [d for d in told if root is not None and root.i in d.tokens]
    if at_root:
        return at_root[0]  # the lead's main clause states the main event

    def support(draft: Draft) -> tuple[int, int]:
        score = len(draft.participants) + 2 * bool(draft.times) + 2 * bool(draft.place)
        score += 2 * (ctx.doc[draft.trigger].pos_ == "NOUN") + len(draft.tokens)
        return (score, -draft.trigger)

    return max(in_lead or candidates[:1], key=support)


def lead_root(ctx: Context) -> Token | None:
    """The headline's clause (`extract/headline.py`), else the main clause of the lead sentence;
    through "X, Azernews reports." to the reported clause, since the outlet's reporting is
    attribution, not the news."""
    if ctx.headline is not None:
        return ctx.doc[ctx.headline.predicate]
    lead = lead_sentence(ctx)
    if lead is None:
        return None
    root = lead.root
    if root.lemma_.lower() in VERB_CUES:
        reported = [c for c in root.children if c.dep_ in ("ccomp", "parataxis")]
        if reported and (_outlet_reports(ctx, root) or _is_fronted_report(reported[0])):
            return reported[0]
    return root


def lead_sentence(ctx: Context) -> Sentence | None:
    """The first sentence, past a wire dateline the parse makes a sentence of its own
    ("LONDON --", "WASHINGTON (AP) --"): a place is no news."""
    sentences = iter(ctx.doc.sents)
    first = next(sentences, None)
    if first is not None and _is_wire_dateline(first):
        return next(sentences, first)
    return first


def _is_wire_dateline(sentence: Sentence) -> bool:
    words = [t for t in sentence if not t.is_space]
    return (
        bool(words)
        and words[-1].text in WIRE_DATELINE_FOLLOWERS
        and len(words) <= WIRE_DATELINE_MAX_TOKENS
        and not any(t.pos_ in ("VERB", "AUX") for t in words)
    )


def _is_fronted_report(clause: Token) -> bool:
    """A reported clause before its cue: "Seven were killed when a tram derailed, police said"
    tells the killing first and who says so last; the news is what is told, and it stays that
    speaker's claim."""
    return clause.i < clause.head.i and clause.head.lemma_.lower() in VERB_CUES


def _outlet_reports(ctx: Context, cue: Token) -> bool:
    """ "..., Azernews reports": the subject of the cue is the article's own outlet."""
    if not ctx.outlet:
        return False
    subjects = [c for c in cue.children if c.dep_ in SUBJECTS]
    return any(
        ctx.outlet.casefold() in ctx.doc[s.left_edge.i : s.i + 1].text.casefold() for s in subjects
    )


ROOT_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN"})  # what can carry a main event
WIRE_DATELINE_MAX_TOKENS = 8  # "Photo LONDON (Reuters) --": a city, an agency, a stray word


def add_lead_event(article: Article, ctx: Context, drafts: dict[int, Draft]) -> None:
    """Every article has a main event: the lead sentence's root (a verb, or a headline's noun)
    becomes an OCCURRENCE event with its arguments when no typed trigger covers it, or a
    STATEMENT event when the root is a speech cue (the statement is the news). When the
    headline's clause is read again (`extract/headline.py`), the parse's root of the first
    sentence stays an event mention too ("Croydon tram crash: ...")."""
    sentences = list(ctx.doc.sents)
    extra = sentences[0].root if sentences and ctx.headline is not None else None
    if extra is not None and extra.i in ctx.source_tokens:
        extra = None  # "Police: Man shot by officer": the speaker is no event
    lead = lead_root(ctx)
    if lead is not None and lead.pos_ not in ROOT_POS:
        # "Hello", "2016" as a first line: the body's first clause carries the news
        lead = next((s.root for s in sentences[1:] if s.root.pos_ in ROOT_POS), None)
    roots = {root.i: root for root in (lead, extra) if root}
    for root in roots.values():
        _add_root_event(article, ctx, drafts, root)


def _add_root_event(article: Article, ctx: Context, drafts: dict[int, Draft], root: Token) -> None:
    if any(root.i in draft.tokens for draft in drafts.values()):
        return  # the lead's root is a typed event already ("was held" carries "conference")
    if root.pos_ not in ROOT_POS:
        return
    # "Obama describes first meeting with Trump": a lead whose news is a statement
    kind = "STATEMENT" if root.i in ctx.cue_tokens else "OCCURRENCE"
    if _is_repaired_headline_verb(ctx, root):
        # "Trump and Obama meet at White House", "meet" read as a noun: typed as the verb it is,
        # by its stem where the tagger left its -s on ("Tram Derails in Croydon")
        forms = (root.lemma_.lower(), *verb_stems(root.lower_))
        kind = next((VERB_TRIGGERS[f] for f in forms if f in VERB_TRIGGERS), kind)
    draft = Draft(root.i, kind, tokens={root.i})
    arguments = (
        ()  # a headline verb read as a noun: its parse arguments are wrong; see _complete_main
        if _is_repaired_headline_verb(ctx, root)
        else _verb_arguments(root, kind)
        if root.pos_ in ("VERB", "AUX")
        else _noun_arguments(root, "OCCURRENCE")
    )
    draft.participants = [
        (role, t.i)
        for role, t in arguments
        if t.i not in ctx.time_tokens and t.lemma_.lower() not in TIME_NOUNS
    ]
    drafts[root.i] = draft
    attach_times(article, ctx, drafts, only=[draft])
    settle_places(ctx, {root.i: draft})


def _complete_main(article: Article, ctx: Context, main: Draft, drafts: list[Draft]) -> None:
    """The lead's time and place are the main event's when the parse links none: news leads
    state when and where the main event happened ("... in Croydon at around 6am")."""
    lead = ctx.doc[main.trigger].sent
    sentences = [s for s in ctx.doc.sents if s.start >= lead.start][:LEAD_SENTENCES]
    lead_span = ctx.parsed.token_span(lead.start, sentences[-1].end)
    times = {t.id: t for t in article.times}
    published = _published_day(article)
    main.times = [t for t in main.times if _may_date_linked(times[t])]
    if all(YEAR_VALUE.match(times[t].value) for t in main.times):
        # "World Series 2016: fans celebrate": a year names the season, the lead the day
        main.times = _restated_time(ctx, drafts, main, lead_span, times, published) or main.times
    if not main.times:
        elsewhere = _other_events_times(ctx, drafts, main)
        main.times += _news_time(article, lead_span, published, elsewhere)
    if main.times:
        main.times[0] = _fullest_statement_of_day(article, times[main.times[0]]).id
    main.participants += list(_cause_and_manner(ctx.doc[main.trigger]))
    headline = ctx.headline
    passive = (
        headline is not None
        and headline.predicate == main.trigger
        and _is_headline_passive(ctx.doc[main.trigger])
    )
    if passive and headline is not None:
        # "Man arrested over stabbing", "Consulate bombed in attack by Taliban": the subject is
        # what was done to; the "by" phrase, if any, is the doer
        by_agent = _headline_passive_agent(ctx.doc, ctx.doc[main.trigger], headline.end)
        doers = {t.i for t in _conjuncts(by_agent)} if by_agent is not None else set()
        undergoer = OBJECT_ROLE_BY_TYPE.get(main.type, DEFAULT_OBJECT_ROLE)
        main.participants = [
            (undergoer if role in ("agent", SUBJECT_ROLE) and index not in doers else role, index)
            for role, index in main.participants
            if index not in doers
        ] + [("agent", index) for index in sorted(doers)]
    if not passive and not any(
        role in ("agent", "organizer", "speaker", "host") for role, _ in main.participants
    ):
        trigger = ctx.doc[main.trigger]
        headline = ctx.headline
        if (
            headline is not None
            and headline.predicate == main.trigger
            and headline.subject is not None
        ):
            subjects = [ctx.doc[headline.subject]]  # "Donald Trump lands": read off the surface
        else:
            clause = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
            subjects = [c for c in clause.children if c.dep_ in SUBJECTS and c.i != main.trigger]
            if not subjects and clause.dep_ in ("advcl", "conj", "xcomp") and clause.tag_ == "VBG":
                # "A suicide bomber rams a truck into the consulate, killing four people": the
                # participle shares its clause's subject
                subjects = [c for c in clause.head.children if c.dep_ in SUBJECTS]
        taken = {index for _, index in main.participants}
        main.participants += [
            (SUBJECT_ROLE, t.i)
            for s in subjects[:1]
            if s.dep_ not in PASSIVE_SUBJECTS  # "Five people have been shot": not the shooters
            for t in _conjuncts(s)
            if t.i not in taken and not _names_event(t)
        ]
    if not any(role in WHO_ROLES for role, _ in main.participants):
        main.participants += _restated_participants(ctx, drafts, main, lead_span)
    if main.place is not None and not (
        _is_place_name(article, main.place) and _used_as_place(ctx, main.place)
    ):
        main.place = None  # "in email review", "F1 legend": the tagger's place, not one here
    if main.place is None:
        main.place = (
            _dateline_place(ctx)
            or _incident_place(ctx, drafts, lead_span)
            or _first_place_in(article, ctx, lead_span)
            or _place_beside_time(article, ctx, main)
        )
    if main.place is not None:
        main.place = _most_specific_place(article, main.place, lead_span)
        main.place = _town_in_country(article, ctx, main.place, lead_span) or main.place


def _first_place_in(article: Article, ctx: Context, span: Span) -> str | None:
    """The first place name the text uses as a place within the span; not one that acts there
    ("While the U.S. talks about the election, ...")."""
    return next(
        (
            entity
            for mention, entity, _ in ctx.mentions
            if span.contains(mention)
            and not _acts(ctx, mention)
            and _is_place_entity(ctx, entity)
            and _is_place_name(article, entity)
            and _used_as_place(ctx, entity)  # not "F1 legend", "blame it on Brexit"
        ),
        None,
    )


def _acts(ctx: Context, mention: Span) -> bool:
    root = ctx.root_of(mention)
    return root is not None and root.dep_ in SUBJECTS


def _place_beside_time(article: Article, ctx: Context, main: Draft) -> str | None:
    """The place in the sentence that gives the main event's time, when that sentence is past
    the lead: the story that says when it happened says where ("At 00:48 in Cleveland, Ohio,
    ... chopped a groundball to third base")."""
    if not main.times:
        return None
    head = ctx.time_heads.get(main.times[0])
    if head is None:
        return None
    sentence = ctx.parsed.token_span(head.sent.start, head.sent.end)
    for mention, entity, _ in ctx.mentions:
        root = ctx.root_of(mention) if sentence.contains(mention) else None
        if root is None:
            continue
        located = root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPOSITIONS
        # "in Cleveland", not "operating from New Addington to Wimbledon"
        if located and _is_place_entity(ctx, entity) and _is_place_name(article, entity):
            return entity
    return None


def _restated_participants(
    ctx: Context, drafts: list[Draft], main: Draft, lead: Span
) -> list[tuple[str, int]]:
    """Who took part in a main event whose headline names no one, from the lead that tells it
    again: "Seven killed as tram derails" is "At least seven people were killed when ..." (an
    event of the same type, or the same verb for an untyped one)."""
    for draft in _retellings(ctx, drafts, main, lead):
        found = [(role, index) for role, index in draft.participants if role in WHO_ROLES]
        if found:
            return found
    return []


def _retellings(ctx: Context, drafts: list[Draft], main: Draft, lead: Span) -> Iterable[Draft]:
    """The events after the main one in the lead that tell it again: of the same type, or with
    the same verb, whatever type each got: "Seven killed as tram derails" (an ACCIDENT) and a
    lead "Seven were killed when a tram sped round a bend" the parse leaves an ASSAULT."""
    trigger = ctx.doc[main.trigger]
    typed = main.type not in ("OCCURRENCE", "STATEMENT")
    for draft in drafts:
        other = ctx.doc[draft.trigger]
        if draft is main or draft.trigger < main.trigger:
            continue
        if not lead.contains(ctx.token_span(other)):
            continue
        if (typed and draft.type == main.type) or other.lemma_ == trigger.lemma_:
            yield draft


def _is_place_entity(ctx: Context, entity_id: str) -> bool:
    """A place by its type, or a building or ground the tagger calls an organisation or a work
    ("the White House", "Trump Towers") that the text puts something at, in or outside."""
    category = ctx.category_of.get(entity_id)
    if category in PLACE_CATEGORIES:
        return True
    if category not in ("ORG", "WORK_OF_ART"):
        return False
    name = ctx.name_of.get(entity_id, "")
    if not names_a_building(name) or not name.split()[-1][:1].isupper():
        return False  # "the German consulate" describes; "the House" is a chamber
    return _used_as_place(ctx, entity_id, LOCATIVE_PREPOSITIONS)


def _used_as_place(
    ctx: Context, entity_id: str, prepositions: frozenset[str] | None = None
) -> bool:
    """Some mention of the entity stands where a place stands: after a place preposition ("in
    Croydon"), as a possessor or modifier of a place noun or a name ("Brazil's capital",
    "Croydon tram"), or in apposition or coordination with a place. A tagger's place that the
    text never uses as one ("F1 legend", "the F.B.I. said") is not the event's place (a wire
    dateline's city is read apart, by `_dateline_place`)."""
    for span, entity, _ in ctx.mentions:
        root = ctx.root_of(span) if entity == entity_id else None
        if root is None:
            continue
        head = root.head
        if root.dep_ == "pobj" and head.lower_ in (prepositions or PLACE_USE_PREPOSITIONS):
            return True
        if prepositions is not None:
            continue
        if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in PLACE_NOUNS:
            return True  # "the city of Mazar-i-Sharif"
        if root.dep_ in ("compound", "poss", "nmod", "amod") and (
            (head.pos_ == "PROPN" and head.lower_ not in PERSON_TITLES)
            or head.lemma_.lower() in PLACE_NOUNS
        ):
            return True  # "Croydon tram", "Brazil's capital"; not "F.B.I. Director"
        if root.dep_ in ("appos", "conj") and head.ent_type_ in PLACE_CATEGORIES:
            return True  # "Sarajevo, Bosnia", "Mosul and Raqqa"
        if root.dep_ == "dobj" and head.lemma_.lower() in PLACE_STRIKING_VERBS:
            return True  # "an earthquake struck central Italy", "missiles hit Kyiv"
    return False


def _incident_place(ctx: Context, drafts: list[Draft], lead: Span) -> str | None:
    """The place an incident's own noun names in the headline or the lead ("Croydon tram crash:
    ...", "the Seattle shooting"): the lead may place the story more broadly ("derailed in south
    London"), but the name on the incident is where it happened."""
    line = headline_tokens(ctx.doc)
    for draft in drafts:
        trigger = ctx.doc[draft.trigger]
        told = (line is not None and draft.trigger < line[1]) or lead.contains(
            ctx.parsed.token_span(trigger.i, trigger.i + 1)
        )
        if told and draft.type in INCIDENT_TYPES and trigger.pos_ == "NOUN":
            place = _modifier_place(ctx, trigger)
            if place is not None:
                return place
    return None


def _modifier_place(ctx: Context, noun: Token) -> str | None:
    """A place name among a noun's modifiers: "Croydon" in "the Croydon tram crash"; not a
    country, which on an incident names who did it ("US air strikes")."""
    for child in noun.children:
        if child.dep_ not in ("compound", "nmod", "amod") or child.i > noun.i:
            continue
        entity = _argument_entity(ctx, child.i)
        if entity and _is_place_entity(ctx, entity) and not _names_country(child):
            return entity
        if child.dep_ == "compound":
            inner = _modifier_place(ctx, child)  # "Croydon" modifies "tram", "tram" "crash"
            if inner is not None:
                return inner
    return None


def _is_place_name(article: Article, entity_id: str) -> bool:
    """A place the main event can be at: a proper name ("Croydon", not "email review"), as
    some mention writes it (the canonical name may come from a title-cased headline)."""
    entity = article.entity(entity_id)
    return entity.name[:1].isupper() and any(
        word[:1].isupper() for m in entity.mentions for word in article.surface(m.span).split()
    )


PLACE_USE_PREPOSITIONS = PLACE_PREPOSITIONS | {"from", "to", "into"}
# Verbs whose object is where a disaster or an attack happened
PLACE_STRIKING_VERBS = frozenset(
    "strike hit rock jolt shake batter lash pound ravage devastate engulf".split()
)
LOCATIVE_PREPOSITIONS = frozenset({"at", "in", "outside", "inside", "near"})
FULLER_TIME_WINDOW = 2500  # characters after the main event's time where a fuller one may be
DATELINE_SCAN_TOKENS = 60  # the wire dateline sits in the first lines, after any byline


def _dateline_place(ctx: Context) -> str | None:
    """The wire dateline's city: "By Alana Wise WASHINGTON, Nov 6 (Reuters) - ...", "LONDON (AP)
    — ...": a place in capitals near the top, followed by a date, an agency or a dash."""
    doc = ctx.doc
    for span, entity, category in ctx.mentions:
        tokens = ctx.tokens_in(span)
        if not tokens or tokens.start > DATELINE_SCAN_TOKENS:
            break
        words = doc[tokens.start : tokens.stop]
        if category not in PLACE_CATEGORIES or not words.text.isupper() or len(words.text) < 3:
            continue
        if opens_wire_story(doc, tokens.stop):
            return entity
    return None


def _most_specific_place(article: Article, place: str, lead: Span) -> str:
    """The lead's most specific town or region: "the consulate in Afghanistan" with "the city of
    Mazar-i-Sharif in northern Afghanistan" in the lead is at Mazar-i-Sharif. A building inside
    it is not ("the White House" stays in Washington)."""
    for _ in range(3):
        inner = next(
            (
                entity.id
                for entity in article.entities
                if entity.type in ("GPE", "LOC")
                and any(container.entity_id == place for container in entity.located_in)
                and any(lead.contains(mention.span) for mention in entity.mentions)
                and _is_place_name(article, entity.id)  # not "in email review" in Washington
            ),
            None,
        )
        if inner is None:
            return place
        place = inner
    return place


def _town_in_country(article: Article, ctx: Context, place: str, lead: Span) -> str | None:
    """A country is where a story is only until the lead names the town: "consulate in
    Afghanistan bombed" is "the consulate in Mazar-i-Sharif" a sentence on, though no text puts
    the city in the country. The first place the lead sets something in ("in", "at", "near")
    that is no country itself."""
    if not _names_a_country(article, place):
        return None
    for span, entity, category in ctx.mentions:
        if entity == place or category not in ("GPE", "LOC") or not lead.contains(span):
            continue
        root = ctx.root_of(span)
        if (
            root is not None
            and root.dep_ == "pobj"
            and root.head.lower_ in LOCATIVE_PREPOSITIONS
            and _is_place_name(article, entity)
            and not _names_a_country(article, entity)
        ):
            return entity
    return None


def _names_a_country(article: Article, entity_id: str) -> bool:
    name = article.entity(entity_id).name
    return name.casefold().removeprefix("the ") in country_names()


def _is_headline_passive(predicate: Token) -> bool:
    """ "Man arrested over stabbing", "Two officers shot in Dallas": headlines tell news in the
    present tense, so a past form with no auxiliary and no object is a passive participle."""
    return predicate.tag_ in ("VBN", "VBD") and not any(
        c.dep_ in ("aux", "auxpass", "dobj", "ccomp") for c in predicate.children
    )


def _headline_passive_agent(doc: Doc, predicate: Token, end: int) -> Token | None:
    """The "by" phrase of a headline passive ("German consulate bombed in attack by Taliban")."""
    for token in doc[predicate.i + 1 : end]:
        if token.lower_ == "by" and token.dep_ in ("agent", "prep"):
            return next((c for c in token.children if c.dep_ == "pobj"), None)
    return None


NEWS_WINDOW_DAYS = 8  # a news event happened in the week before the article, or on its day
VAGUE_TIME_VALUES = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})
DAY_VALUE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
MONTH_VALUE = re.compile(r"^(\d{4})-(\d{2})$")
YEAR_VALUE = re.compile(r"^\d{4}$")


def _published_day(article: Article) -> date | None:
    published = article.dateline.published
    match = DAY_VALUE.match(published.value) if published else None
    return date(*map(int, match.groups())) if match else None


def _may_date_news(time: TimeExpression, published: date | None) -> bool:
    """A time that can date the news: a date or clock time, not "now", not years back."""
    if time.type not in ("DATE", "TIME") or time.value in VAGUE_TIME_VALUES:
        return False
    match = DAY_VALUE.match(time.value)
    if published is None or match is None:
        if published is None:
            return True
        month = MONTH_VALUE.match(time.value)
        if month is not None:  # "in January" said in November means the coming January
            period = (int(month.group(1)), int(month.group(2)))
            return period == (published.year, published.month)
        year = time.value[:4]
        return not year.isdigit() or int(year) == published.year
    try:
        day = date(*map(int, match.groups()))
    except ValueError:
        return False
    return timedelta(0) <= published - day <= timedelta(days=NEWS_WINDOW_DAYS) or day == published


def _fullest_statement_of_day(article: Article, time: TimeExpression) -> TimeExpression:
    """The same day said more fully in the article's first paragraphs: "Sunday" is "Sunday,
    Nov. 13, 2016" a paragraph on, "the morning" is "6.10am on Wednesday". Fuller means every
    part the first one names and more; "6 a.m." is not a fuller "Wednesday"."""
    day = time.value[:10]
    if not DAY_VALUE.match(day):
        return time
    parts = _time_parts(article, time)
    fuller = [
        t
        for t in article.times
        if t.value[:10] == day
        and t.type in ("DATE", "TIME")
        and not t.derived_by
        and t.span.start < time.span.end + FULLER_TIME_WINDOW
        and _time_parts(article, t) > parts
        and _same_part_of_day(time.value, t.value)
    ]
    return max(fuller, key=lambda t: len(_time_parts(article, t)), default=time)


# The clock hours a TIMEX3 part of day covers, [from, to); the night runs over midnight.
PART_OF_DAY_HOURS = {"MO": (4, 12), "AF": (12, 18), "EV": (17, 22), "NI": (20, 30), "DT": (6, 20)}


def _same_part_of_day(value: str, other: str) -> bool:
    """A fuller time may name a day's weekday, month and year, but a time of day only within
    the part of day the first one names: "the morning" is "6.10am on Wednesday"; "Sunday" is
    not "4 p.m. Sunday" (another event's clock, perhaps), "this morning" not "Thursday night"."""
    own, theirs = value[11:], other[11:]
    if not theirs:
        return True  # adds no time of day
    if not own.isalpha() or own not in PART_OF_DAY_HOURS:
        return False  # the first names no part of day: a time of day is more than it said
    if theirs.isalpha():
        return theirs == own
    if not theirs[:2].isdigit():
        return False
    hour = int(theirs[:2])
    start, end = PART_OF_DAY_HOURS[own]
    return start <= hour < end or start <= hour + 24 < end


def _time_parts(article: Article, time: TimeExpression) -> frozenset[str]:
    """What a time's words name: weekday, month, year, clock (a clock names the part of day)."""
    words = {w.strip(".,").casefold() for w in article.surface(time.span).split()}
    parts = set()
    if words & WEEKDAYS.keys():
        parts.add("weekday")
    if words & MONTHS.keys():
        parts.add("month")
    if any(w.isdigit() and len(w) == 4 for w in words):
        parts.add("year")
    clock = "T" in time.value and time.value[time.value.index("T") + 1 :][:1].isdigit()
    if clock:
        parts |= {"clock", "part of day"}
    elif "T" in time.value:
        parts.add("part of day")
    return frozenset(parts)


def _may_date_linked(time: TimeExpression) -> bool:
    """A time the parse links to the main event dates it unless it is vague ("now")."""
    return time.type in ("DATE", "TIME") and time.value not in VAGUE_TIME_VALUES


def _other_events_times(ctx: Context, drafts: list[Draft], main: Draft) -> set[str]:
    """Times that date something other than the main event: those inside a relative clause on
    a name ("Trump, who won on Wednesday, met Obama"), and those the parse links to an event of
    another type ("killed when a tram derailed on Wednesday" under "Police identify victims").
    Not another: an event the main one's headline or predicate names ("lands to meet Obama"),
    the same verb, or anything a statement describes ("describes the crash")."""
    trigger = ctx.doc[main.trigger]
    other: set[str] = set()
    if main.type != "STATEMENT":
        line = headline_tokens(ctx.doc)
        if line is not None and line[0] <= main.trigger < line[1]:
            named = ctx.parsed.token_span(*line)
        else:
            named = predicate_span(ctx, trigger)
        own_types = {main.type} | {
            d.type for d in drafts if named.contains(ctx.token_span(ctx.doc[d.trigger]))
        }
        other = {
            t
            for d in drafts
            if d is not main
            and d.type not in own_types
            and not _same_verb(ctx.doc[d.trigger], trigger)
            for t in d.times
        }
    triggers = {d.trigger for d in drafts}
    for time_id, token in ctx.time_heads.items():
        for _ in range(MAX_HEAD_STEPS):
            if token.i == main.trigger or token.head.i == token.i:
                break
            if token.dep_ == "relcl":
                if token.head.i in ctx.entity_of and token.head.i not in triggers:
                    other.add(time_id)
                break
            token = token.head
    return other


def _same_verb(token: Token, other: Token) -> bool:
    """The same word, read as a verb in one place and as a name in a capitalised headline
    ("Tram Derails in Croydon", lemma "Derails")."""
    ours = {token.lemma_.casefold(), token.lower_}
    theirs = {other.lemma_.casefold(), other.lower_}
    return any(a.startswith(b) or b.startswith(a) for a in ours for b in theirs)


def _news_time(
    article: Article, lead_span: Span, published: date | None, elsewhere: set[str]
) -> list[str]:
    """The main event's time when the parse links none: the first time in the lead that can
    date the news, else the first such day or clock time of the body ("... on Wednesday"),
    leaving out the times that date something else."""
    candidates = [
        t
        for t in article.times
        if not t.derived_by and _may_date_news(t, published) and t.id not in elsewhere
    ]
    in_lead = [t for t in candidates if lead_span.contains(t.span)]
    precise = [t for t in candidates if DAY_VALUE.match(t.value) or t.type == "TIME"]
    chosen = (in_lead or precise)[:1]
    return [t.id for t in chosen]


def _restated_time(
    ctx: Context,
    drafts: list[Draft],
    main: Draft,
    lead: Span,
    times: dict[str, TimeExpression],
    published: date | None,
) -> list[str]:
    """The time of the main event told again in the lead: a headline's "Trump and Obama meet"
    is the body's "Thursday's meeting" (same type, or the same verb for an untyped event)."""
    trigger = ctx.doc[main.trigger]
    for draft in _retellings(ctx, drafts, main, lead):
        found = [t for t in draft.times if _may_date_news(times[t], published)]
        if found:
            return found[:1]
    # an untyped verb told again is no event of its own: "fans celebrate" in the headline,
    # "fans spilled from bars to celebrate ... on Wednesday" in the lead
    for time in times.values():
        if not lead.contains(time.span) or not _may_date_news(time, published):
            continue
        tokens = ctx.tokens_in(time.span)
        if not tokens:
            continue
        head = ctx.doc[tokens[0]].head
        for _ in range(MAX_HEAD_STEPS):
            if head.i != trigger.i and head.lemma_ == trigger.lemma_ and head.pos_ == "VERB":
                return [time.id]
            if head.head.i == head.i:
                break
            head = head.head
    return []


def _absorb_anaphors(ctx: Context, drafts: list[Draft], main: Draft) -> None:
    """ "X, Y and Z spoke at the event": the speakers become participants of the main event."""
    for draft in drafts:
        if draft is main:
            continue
        trigger = ctx.doc[draft.trigger]
        refers = any(
            prep.dep_ == "prep"
            and any(
                p.dep_ == "pobj" and (p.lemma_.lower() in EVENT_ANAPHORS or p.i in main.tokens)
                for p in prep.children
            )
            for prep in trigger.children
        )
        role = SUB_EVENT_ROLES.get(draft.type)
        if refers and role:
            main.participants += [
                (role, i) for r, i in draft.participants if r in ("agent", "speaker")
            ]


def _dated_as_news(article: Article, draft: Draft) -> bool:
    """The event has a day in the week before publication, or the publication day."""
    published = _published_day(article)
    times = {t.id: t for t in article.times}
    return published is not None and any(
        DAY_VALUE.match(times[t].value) and _may_date_news(times[t], published) for t in draft.times
    )


def _dated_before_the_year(article: Article, draft: Draft) -> bool:
    published = article.dateline.published
    year = int(published.value[:4]) if published else None
    times = {t.id: t for t in article.times}
    values = [times[t].value[:4] for t in draft.times]
    return year is not None and any(v.isdigit() and int(v) < year for v in values)


def _is_referenced(article: Article, ctx: Context, draft: Draft, statement_id: str | None) -> bool:
    """Dated before the publication year, "the anniversary of X", or past inside a statement."""
    if _dated_before_the_year(article, draft):
        return True
    trigger = ctx.doc[draft.trigger]
    head = trigger.head
    if (
        head.dep_ == "prep"
        and head.lower_ == "of"
        and head.head.lemma_.lower() in ANNIVERSARY_NOUNS
    ):
        return True
    if trigger.head.lower_ == "since":  # "31 years have passed since the genocide"
        return True
    if statement_id is not None:
        return trigger.pos_ == "NOUN" or "Past" in trigger.morph.get("Tense", [])
    # A violent event named by a noun in a report about something else is referred to
    # ("the horrors of the Khojaly tragedy"), unless a time places it in the report's window.
    return trigger.pos_ == "NOUN" and draft.type in REFERRED_NOUN_TYPES and not draft.times

"""The main event as a reader asks about it: who, what, when, where, why and how (5W1H).

A pure reading of the article record, run after extraction (no parse): each answer is text with
the spans it comes from, so a user sees where the article says it. Who is the main event's
participant in the first role that has one (host and organiser before the generic agent), named
in full where the article names the person in full; what is its predicate; when its time; where
its place (a building with the town the text puts it in); why and how its cause and manner.
`dateline eval --task main-event` scores these answers on Giveme5W1H.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from dateline.lexicons.cues import RECORDING_NOUNS
from dateline.lexicons.entities import GROUP_NOUNS, ROLE_NOUNS
from dateline.lexicons.events import names_a_building
from dateline.records import Article, Entity, Event, Participant, Span

QUESTIONS = ("who", "what", "when", "where", "why", "how")

# Which participant roles answer which question, best first.
QUESTION_ROLES: Mapping[str, tuple[str, ...]] = {
    # the role a type gives (host, organizer) before the generic agent a noun modifier may get
    "who": ("host", "organizer", "agent", "speaker", "attacker", "victim", "target", "attendee"),
    "why": ("cause", "reason", "purpose"),
    "how": ("manner", "instrument", "means"),
}
# A pronoun no stage resolved answers no question.
UNRESOLVED_PRONOUNS = frozenset(
    "i you he she it we they me him her us them this that these those who what".split()
)
# Roles in which the event's own place answers where, not who ("hit central Italy")
PLACE_ROLES = frozenset({"target", "victim"})
WHAT_OBJECT_ROLES = ("target", "victim", "recipient", "theme", "patient", "object")
# Entity types that name no one who acts: who is a person, a group, an organisation or a place.
NON_AGENT_TYPES = frozenset({"EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "LANGUAGE"})
WORD = re.compile(r"\w+")
# Head nouns of a participant that name people, so a name before them describes them
PEOPLE_NOUNS = ROLE_NOUNS | GROUP_NOUNS
# what may stand between coordinated participants: "A, B and C", "A & B", "A or B"
_COORDINATION = re.compile(r"(?:\s*,)?\s*(?:(?:and|or|&)\s+)?", re.IGNORECASE)
# ... after a modifier of the one before, in a list set off by commas: "organised by the embassy
# to Bosnia and Herzegovina, the Youth Foundation, and the Public Union"
_COORDINATION_AFTER_MODIFIER = re.compile(
    r"\s+(?:to|of|in|at|from|for)\s+[^,;.\n]{1,60},\s*(?:(?:and|or|&)\s+)?", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Answer:
    """One question's answer: its text, the spans of the article it is read from, the entities
    it names (who, where) and, for when, the time's TIMEX3 value."""

    question: str
    text: str
    spans: tuple[Span, ...]
    entity_ids: tuple[str, ...] = ()
    value: str | None = None


def main_event_answers(article: Article) -> dict[str, Answer | None]:
    """The 5W1H of the article's main event; every question None when it has none."""
    event = next((e for e in article.events if e.is_main), None)
    answers: dict[str, Answer | None] = dict.fromkeys(QUESTIONS)
    if event is None:
        return answers
    for question, roles in QUESTION_ROLES.items():
        answers[question] = _role_answer(
            article,
            event,
            question,
            roles,
            agents_only=question == "who",
            # "An earthquake hit central Italy": Italy is where, not who
            place_id=event.place_id if question == "who" else None,
        )
    objects = [
        p.span
        for p in event.participants
        if p.role in WHAT_OBJECT_ROLES and p.span.start >= event.trigger.start
    ]
    what_end = max([event.trigger.end] + [span.end for span in objects])
    predicate = event.predicate or Span(event.trigger.start, what_end)
    answers["what"] = Answer("what", article.surface(predicate), (predicate,))
    times = {time.id: time for time in article.times}
    answers["when"] = next(
        (
            Answer("when", article.surface(times[t].span), (times[t].span,), value=times[t].value)
            for t in event.time_ids
            if t in times
        ),
        None,
    )
    # where is the event's place: the stage's judgement of which location phrase names one
    # ("in Croydon"), not any "location" participant ("clears Clinton in email review")
    if event.place_id is not None:
        place = _entity(article, event.place_id)
        if place is not None and place.mentions:
            answers["where"] = _place_answer(article, place)
    return answers


def answer_texts(article: Article) -> dict[str, str | None]:
    """The answers' texts alone, by question."""
    return {q: a.text if a else None for q, a in main_event_answers(article).items()}


def _role_answer(
    article: Article,
    event: Event,
    question: str,
    roles: Sequence[str],
    *,
    agents_only: bool = False,
    place_id: str | None = None,
) -> Answer | None:
    """The participant in the first role that has one, preferring one that is an entity over a
    description ("Hillary Clinton" over "who"), with those coordinated after it. With
    `agents_only`, an entity that cannot act (a game, a race, a work) answers nothing ("An epic
    Game 7 delivers Cubs a World Series": who won is the Cubs)."""
    for role in roles:
        holders = [
            p
            for p in event.participants
            if p.role == role
            and article.surface(p.span).casefold() not in UNRESOLVED_PRONOUNS
            and (not agents_only or _can_act(article, p))
            and (place_id is None or p.entity_id != place_id or p.role not in PLACE_ROLES)
        ]
        named = [p for p in holders if p.entity_id is not None]
        for participant in named or holders:
            owner = _named_owner(article, participant) if agents_only else None
            if owner is not None:
                entity, span = owner
                return Answer(question, article.surface(span), (span,), entity_ids=(entity.id,))
            span = _with_conjuncts(article, participant.span, holders)
            listed = [p for p in holders if span.contains(p.span)]
            named_ids = tuple(dict.fromkeys(p.entity_id for p in listed if p.entity_id))
            text = _with_full_names(article, span, listed)
            return Answer(question, text, (span,), entity_ids=named_ids)
    return None


def _named_owner(article: Article, participant: Participant) -> tuple[Entity, Span] | None:
    """ "Toblerone chocolate bar shape change sparks anger": a thing or a happening that acts
    ("change") is no one; who acts is the organisation or person that names it in front. Not a
    person described by a name ("Hillary Clinton aide") or people ("Chicago Cubs fans")."""
    if participant.entity_id is not None:
        return None
    span = participant.span
    words = WORD.findall(article.surface(span).casefold())
    if not words or words[-1] in PEOPLE_NOUNS or words[-1].endswith("s"):
        return None
    for entity in article.entities:
        if entity.type not in ("ORG", "PERSON"):
            continue
        for mention in entity.mentions:
            if mention.span.start == span.start and mention.span.end < span.end:
                return entity, mention.span
    return None


def _with_conjuncts(article: Article, first: Span, holders: Sequence[Participant]) -> Span:
    """The participant with the ones coordinated after it in the same role: "Kimi Raikkonen,
    Marcus Ericsson and Felipe Massa crash out" is done by all three."""
    end = first.end
    for span in sorted((p.span for p in holders), key=lambda s: s.start):
        if span.start < end:
            continue
        between = article.text[end : span.start]
        if not between or not (
            _COORDINATION.fullmatch(between) or _COORDINATION_AFTER_MODIFIER.fullmatch(between)
        ):
            break
        end = span.end
    return Span(first.start, end)


def _with_full_names(article: Article, span: Span, participants: Sequence[Participant]) -> str:
    """The answer's text, with a person named by a surname alone given the full name the article
    knows ("Trump and Obama meet" is Donald Trump and Barack Obama meeting)."""
    pieces, at = [], span.start
    for participant in sorted(participants, key=lambda p: p.span.start):
        if participant.span.start < at:
            continue  # nested in one already written
        surface = article.surface(participant.span)
        pieces += [
            article.text[at : participant.span.start],
            _full_name(article, participant, surface),
        ]
        at = participant.span.end
    pieces.append(article.text[at : span.end])
    return "".join(pieces)


def _full_name(article: Article, participant: Participant, surface: str) -> str:
    entity = _entity(article, participant.entity_id)
    longer = entity is not None and entity.type == "PERSON" and entity.name.endswith(f" {surface}")
    return entity.name if entity is not None and longer else surface


def _place_answer(article: Article, place: Entity) -> Answer:
    """The place as first written; a building or ground (typed so, or named by its head noun:
    "German Consulate") with the town the text puts it in ("Trump Tower, New York City"), since
    a building alone does not say where on the map."""
    span = place.mentions[0].span
    answer = article.surface(span)
    if place.type == "FAC" or names_a_building(place.name):
        for container in place.located_in:
            town = _entity(article, container.entity_id)
            if town is not None:
                spans = (span, container.span)
                return Answer("where", f"{answer}, {town.name}", spans, (place.id, town.id))
    return Answer("where", answer, (span,), (place.id,))


def _can_act(article: Article, participant: Participant) -> bool:
    """Not an entity typed as a game or a work, nor a recording ("Footage shows rescuers ...":
    who acts is in the footage)."""
    entity = _entity(article, participant.entity_id)
    if entity is not None and entity.type in NON_AGENT_TYPES:
        return False
    words = WORD.findall(article.surface(participant.span).casefold())
    return not (words and words[-1] in RECORDING_NOUNS)


def _entity(article: Article, entity_id: str | None) -> Entity | None:
    if entity_id is None:
        return None
    try:
        return article.entity(entity_id)
    except KeyError:
        return None

"""Events and their participants: trigger and argument P/R/F1 on MEANTIME, RAMS (dev) and ECB+.

Every corpus is first turned into the same `EventGold` (char spans into the gold text, and the
part of the text that is fully annotated); Dateline's `article.events` are scored against it.
Roles are not compared: each corpus has its own role set (PropBank, RAMS, ECB+ classes).

Types are compared on RAMS, whose triggers carry an AIDA ontology type: where a typed Dateline
event sits on a gold trigger whose type `RAMS_TYPES` maps to Dateline's taxonomy, it agrees when
its type is one the gold type maps to (`type_agreement`). The baseline gives every such event
the one Dateline type that agrees most often (`best-single-type`).

The baseline, in the same run and on the same parse, is the one event extraction is usually
held against: every verb is a trigger, and its subject, objects and prepositional objects are
its arguments (`verb_events`). Dateline is scored twice: its typed events (the default), and
with every verb an event mention too (`--event-mentions all`, the row "dateline-all"), from the
same articles.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from dateline.eval.framework import EvalContext, SystemRow, TaskResult
from dateline.eval.metrics import PRF, exact_prf, overlap_prf
from dateline.eval.runs import (
    ParsedText,
    dateline_notes,
    dateline_row,
    gold_texts,
    parse_texts,
    resolve_model,
    run_dateline,
)
from dateline.extract.events import extract_every_event_mention
from dateline.records import Article, Span

MEANTIME_SENTENCES = "0-5"
UNTYPED_EVENT = "OCCURRENCE"  # the type of an event mention outside the taxonomy


@dataclass(frozen=True, slots=True)
class EventGold:
    """One gold document in the shape every events scorer reads.

    `arguments` are (trigger, argument) pairs; with `linked=False` the corpus tags argument
    mentions without linking them to an event (ECB+) and the trigger is None. With
    `complete_triggers=False` only some triggers are annotated (RAMS: one per window), so
    trigger precision means nothing.
    """

    id: str
    text: str
    triggers: tuple[Span, ...]
    arguments: tuple[tuple[Span | None, Span], ...]
    scored: tuple[Span, ...]  # the fully annotated parts of `text`
    complete_triggers: bool = True
    linked: bool = True
    published: str | None = None  # the creation time, so relative dates anchor as in real use
    trigger_types: tuple[str, ...] = ()  # per trigger, where the corpus types them (RAMS)

    def in_scored(self, span: Span) -> bool:
        return any(region.contains(span) for region in self.scored)


@dataclass(frozen=True, slots=True)
class PredictedEvent:
    trigger: Span
    arguments: tuple[Span, ...]
    type: str | None = None


@dataclass
class EventCounts:
    trigger_exact: PRF = PRF(0, 0, 0)
    trigger_overlap: PRF = PRF(0, 0, 0)
    argument_exact: PRF = PRF(0, 0, 0)
    argument_overlap: PRF = PRF(0, 0, 0)

    def __add__(self, other: EventCounts) -> EventCounts:
        return EventCounts(
            self.trigger_exact + other.trigger_exact,
            self.trigger_overlap + other.trigger_overlap,
            self.argument_exact + other.argument_exact,
            self.argument_overlap + other.argument_overlap,
        )

    def metrics(self, complete_triggers: bool = True) -> dict[str, float | None]:
        metrics: dict[str, float | None] = {}
        for name in ("trigger_exact", "trigger_overlap", "argument_exact", "argument_overlap"):
            metrics.update(getattr(self, name).as_metrics(f"{name}_"))
        if not complete_triggers:  # only recall is defined when most triggers are unannotated
            for kind in ("exact", "overlap"):
                metrics[f"trigger_{kind}_p"] = None
                metrics[f"trigger_{kind}_f1"] = None
        return metrics


def score_events(gold: EventGold, predicted: Sequence[PredictedEvent]) -> EventCounts:
    """Trigger and argument counts for one document.

    Predictions outside the scored part are dropped. Linked arguments match as (trigger,
    argument) pairs; unlinked gold arguments (trigger None) match on the argument span alone.
    Where triggers are incomplete, only events whose trigger overlaps a gold trigger count.
    """
    events = [event for event in predicted if gold.in_scored(event.trigger)]
    if not gold.complete_triggers:
        events = [e for e in events if any(e.trigger.overlaps(t) for t in gold.triggers)]
    triggers = [event.trigger for event in events]
    pairs = [
        (event.trigger if gold.linked else None, argument)
        for event in events
        for argument in event.arguments
        if gold.in_scored(argument)
    ]
    if not gold.linked:
        pairs = list(dict.fromkeys(pairs))  # an argument shared by two events is one mention
    return EventCounts(
        exact_prf(gold.triggers, triggers),
        overlap_prf(_ranges(gold.triggers), _ranges(triggers)),
        exact_prf(gold.arguments, pairs),
        _pair_overlap_prf(gold.arguments, pairs),
    )


def dateline_events(article: Article, *, with_times: bool = False) -> list[PredictedEvent]:
    """Dateline's events with their participant spans (and time spans where asked)."""
    times = {time.id: time.span for time in article.times}
    events = []
    for event in article.events:
        arguments = [participant.span for participant in event.participants]
        if with_times:
            arguments.extend(times[time_id] for time_id in event.time_ids if time_id in times)
        events.append(PredictedEvent(event.trigger, tuple(arguments), event.type))
    return events


# RAMS (AIDA) event types, by prefix, -> the Dateline types that describe the same happening.
# Types Dateline has no counterpart for (purchases, transport, manufacture, spying, trials)
# are not scored.
RAMS_TYPES: dict[str, frozenset[str]] = {
    "conflict.attack": frozenset({"ASSAULT", "FIGHT"}),
    "conflict.attack.stealrobhijack": frozenset({"ASSAULT", "CRIME"}),
    "conflict.attack.setfire": frozenset({"ASSAULT", "CRIME", "ACCIDENT"}),
    "conflict.demonstrate": frozenset({"PROTEST"}),
    "conflict.yield": frozenset({"RETREAT", "CONCEDE"}),
    "life.die": frozenset({"ASSAULT", "DEATH", "ACCIDENT"}),
    "life.injure": frozenset({"ASSAULT", "ACCIDENT", "COERCE"}),  # torture is coercion too
    "artifactexistence.damagedestroy": frozenset({"ASSAULT", "ACCIDENT", "CRIME"}),
    "disaster": frozenset({"ACCIDENT"}),
    "contact.discussion": frozenset({"MEETING", "CONSULT", "CONFERENCE", "INTERVIEW"}),
    "contact.negotiate": frozenset({"CONSULT", "MEETING", "AGREE"}),
    "contact.collaborate": frozenset({"COOPERATE", "AGREE", "AID", "MEETING"}),
    "contact.threatencoerce": frozenset({"THREATEN", "COERCE", "DEMAND"}),
    "contact.requestadvise": frozenset({"DEMAND", "CONSULT"}),
    "contact.commandorder": frozenset({"DEMAND", "COERCE"}),
    "contact.publicstatementinperson": frozenset({"SPEECH", "STATEMENT"}),
    "contact.mediastatement": frozenset({"STATEMENT", "INTERVIEW", "SPEECH"}),
    "contact.funeralvigil": frozenset({"COMMEMORATION", "CEREMONY"}),
    "transaction.transfermoney.giftgrantprovideaid": frozenset({"AID"}),
    "transaction.transferownership.giftgrantprovideaid": frozenset({"AID"}),
    "transaction.transaction.giftgrantprovideaid": frozenset({"AID"}),
    "transaction.transfermoney.embargosanction": frozenset({"SANCTION"}),
    "transaction.transferownership.embargosanction": frozenset({"SANCTION"}),
    "transaction.transaction.embargosanction": frozenset({"SANCTION"}),
    "personnel": frozenset({"APPOINTMENT", "ELECTION"}),
    "government.vote": frozenset({"ELECTION"}),
    "government.legislate": frozenset({"ADOPTION", "ELECTION"}),  # a vote on a bill
    "government.agreements": frozenset({"AGREE", "ADOPTION", "REJECT"}),
    "justice.arrestjaildetain": frozenset({"COERCE"}),
    "justice.investigate": frozenset({"INVESTIGATE"}),
}


def dateline_types_for(rams_type: str) -> frozenset[str] | None:
    """The Dateline types a RAMS type maps to (its longest listed prefix), or None."""
    parts = rams_type.split(".")
    for length in range(len(parts), 0, -1):
        found = RAMS_TYPES.get(".".join(parts[:length]))
        if found is not None:
            return found
    return None


@dataclass
class TypeCounts:
    """Typed events on gold triggers of a mapped type: how many, and which types would agree."""

    scored: int = 0
    agreed: int = 0
    agreed_by_type: dict[str, int] = field(default_factory=dict)  # for the one-type baseline

    def add(self, gold: EventGold, predicted: Sequence[PredictedEvent]) -> None:
        if not gold.trigger_types:
            return  # the corpus types no trigger
        for trigger, gold_type in zip(gold.triggers, gold.trigger_types, strict=True):
            allowed = dateline_types_for(gold_type)
            typed = [
                e
                for e in predicted
                if e.trigger.overlaps(trigger) and e.type not in (None, UNTYPED_EVENT)
            ]
            if allowed is None or not typed:
                continue
            self.scored += 1
            self.agreed += any(e.type in allowed for e in typed)
            for event_type in allowed:
                self.agreed_by_type[event_type] = self.agreed_by_type.get(event_type, 0) + 1

    def metrics(self) -> dict[str, float | None]:
        return {"type_agreement": self.agreed / self.scored if self.scored else None}

    def best_single_type(self) -> tuple[str | None, float | None]:
        if not self.scored:
            return None, None
        best = max(self.agreed_by_type, key=lambda t: self.agreed_by_type[t])
        return best, self.agreed_by_type[best] / self.scored


# The dependents of a verb the baseline reads as its arguments (whole subtrees).
BASELINE_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "attr", "agent"})


def verb_events(parsed: ParsedText) -> list[PredictedEvent]:
    """The all-verbs baseline: each verb (not an auxiliary) of the parse is a trigger; its
    subject, objects and the objects of its prepositions are its arguments."""
    span = parsed.parsed.token_span
    events = []
    for token in parsed.parsed.doc:
        if token.pos_ != "VERB":
            continue
        heads = [c for c in token.children if c.dep_ in BASELINE_ARGUMENT_DEPS]
        heads += [
            g for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
        ]
        arguments = tuple(span(h.left_edge.i, h.right_edge.i + 1) for h in heads)
        events.append(PredictedEvent(span(token.i, token.i + 1), arguments))
    return events


def meantime_gold(context: EvalContext) -> list[EventGold]:
    """EVENT_MENTION triggers and HAS_PARTICIPANT links of sentences 0-5."""
    from dateline.eval.corpora.meantime import load_meantime

    golds = []
    for document in load_meantime(context.data_dir, limit=context.limit):
        spans = document.markable_spans()
        events = {m.m_id: m.span for m in document.event_mentions}
        triggers = tuple(span for span in events.values() if document.in_annotated_part(span))
        arguments = tuple(
            (events[link.event_id], spans[link.target_id])
            for link in document.participants
            if link.event_id in events
            and link.target_id in spans
            and document.in_annotated_part(events[link.event_id])
            and document.in_annotated_part(spans[link.target_id])
        )
        scored = (Span(0, document.annotated_end),)
        golds.append(
            EventGold(
                document.doc_id, document.text, triggers, arguments, scored, published=document.dct
            )
        )
    return golds


def rams_gold(context: EvalContext) -> list[EventGold]:
    from dateline.eval.corpora.rams import load_rams

    return [
        EventGold(
            example.id,
            example.text,
            (example.trigger,),
            tuple((example.trigger, argument.span) for argument in example.arguments),
            (Span(0, len(example.text)),),
            complete_triggers=False,
            trigger_types=(example.event_type,),
        )
        for example in load_rams(context.corpus("rams"), "dev", context.limit)
    ]


def ecbplus_gold(context: EvalContext) -> list[EventGold]:
    """Action mentions as triggers; participant, time and location mentions as arguments."""
    from dateline.eval.corpora.ecbplus import load_ecbplus

    golds = []
    for document in load_ecbplus(context.corpus("ecbplus"), context.limit):
        scored = tuple(document.sentences[number] for number in sorted(document.scored))
        golds.append(
            EventGold(
                document.id,
                document.text,
                tuple(m.span for m in document.actions),
                tuple((None, m.span) for m in document.components),
                scored,
                linked=False,
            )
        )
    return golds


CORPORA = (
    ("meantime-en", meantime_gold, f"sentences {MEANTIME_SENTENCES} only; HAS_PARTICIPANT links"),
    ("rams/dev", rams_gold, "one annotated trigger per window: trigger recall only"),
    ("ecbplus", ecbplus_gold, "CSV-listed sentences only; arguments are unlinked mentions"),
)


def run(context: EvalContext) -> list[TaskResult]:
    model = resolve_model(context.model)
    results = []
    for corpus, load, description in CORPORA:
        notes = [
            description,
            "baseline: every spaCy verb a trigger, its subject/objects/prepositional objects "
            "its arguments",
            "roles are not compared",
            "dateline-all: with every verb an event mention too (--event-mentions all)",
        ]
        golds = load(context)
        counts = {
            "documents": len(golds),
            "gold_triggers": sum(len(g.triggers) for g in golds),
            "gold_arguments": sum(len(g.arguments) for g in golds),
        }
        texts = gold_texts([(f"{corpus}/{g.id}", g.text, g.published) for g in golds])
        baseline = EventCounts()
        for gold, parsed in zip(golds, parse_texts(texts, model), strict=True):
            baseline = baseline + score_events(gold, verb_events(parsed))
        dateline = run_dateline(texts, model, "events")
        total = EventCounts()
        types = TypeCounts()
        every = EventCounts()  # the same articles with every verb an event mention too
        parsed_texts = parse_texts(texts, model)
        for gold, article, parsed in zip(golds, dateline.articles, parsed_texts, strict=True):
            with_times = corpus == "ecbplus"
            typed, everything = [], []  # a failed article finds nothing, and its gold counts
            if article is not None:
                typed = dateline_events(article, with_times=with_times)
                mentions = extract_every_event_mention(article, parsed.parsed)
                everything = dateline_events(mentions, with_times=with_times)
            total = total + score_events(gold, typed)
            types.add(gold, typed)
            every = every + score_events(gold, everything)
        # the predictions that were scored: inside the annotated part (RAMS: on a gold trigger)
        predicted_triggers = int(total.trigger_exact.tp + total.trigger_exact.fp)
        metrics = total.metrics(complete_triggers=corpus != "rams/dev")
        typed_counts = {}
        if types.scored:
            metrics |= types.metrics()
            typed_counts = {"typed_on_mapped_triggers": types.scored}
        row = dateline_row(
            dateline, metrics, counts | {"predicted_triggers": predicted_triggers} | typed_counts
        )
        if dateline.reason:
            row.counts.pop("predicted_triggers", None)
        complete = corpus != "rams/dev"
        baseline_row = SystemRow(
            "spacy-verbs",
            baseline.metrics(complete_triggers=complete),
            counts
            | {"predicted_triggers": int(baseline.trigger_exact.tp + baseline.trigger_exact.fp)},
        )
        rows = [row, baseline_row]
        if not dateline.reason:
            rows.insert(
                1,
                SystemRow(
                    "dateline-all",
                    every.metrics(complete_triggers=complete),
                    counts
                    | {"predicted_triggers": int(every.trigger_exact.tp + every.trigger_exact.fp)},
                ),
            )
        best_type, best_agreement = types.best_single_type()
        if best_type is not None and not dateline.reason:
            rows.append(
                SystemRow(
                    "best-single-type",
                    {"type_agreement": best_agreement},
                    {"typed_on_mapped_triggers": types.scored},
                )
            )
            notes.append(
                f"type_agreement: Dateline's type on gold triggers of a type RAMS_TYPES maps; "
                f"best-single-type gives them all {best_type}"
            )
        results.append(TaskResult("events", corpus, rows, dateline_notes(dateline, notes)))
    return results


def _ranges(spans: Sequence[Span]) -> list[tuple[int, int]]:
    return [(span.start, span.end) for span in spans]


def _pair_overlap_prf(
    gold: Sequence[tuple[Span | None, Span]], predicted: Sequence[tuple[Span | None, Span]]
) -> PRF:
    """Pairs match when both parts overlap (a missing trigger matches a missing trigger)."""
    used: set[int] = set()
    tp = 0
    for p_trigger, p_argument in predicted:
        for index, (g_trigger, g_argument) in enumerate(gold):
            if index in used or not p_argument.overlaps(g_argument):
                continue
            if p_trigger is None or g_trigger is None:
                if p_trigger is not g_trigger:  # one side linked, the other not
                    continue
            elif not p_trigger.overlaps(g_trigger):
                continue
            used.add(index)
            tp += 1
            break
    return PRF(tp, len(predicted) - tp, len(gold) - tp)

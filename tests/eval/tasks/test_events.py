"""Event trigger and argument scoring on hand-worked documents."""

from __future__ import annotations

import pytest

from dateline.eval.framework import DEFAULT_DATA_DIR, EvalContext
from dateline.eval.metrics import PRF
from dateline.eval.tasks.events import (
    EventGold,
    PredictedEvent,
    TypeCounts,
    dateline_types_for,
    run,
    score_events,
)
from dateline.records import Span

TEXT = "Rebels shelled the town. Two died. Later text is not annotated."
SHELLED, DIED, REBELS, TOWN, TWO = Span(7, 14), Span(29, 33), Span(0, 6), Span(15, 23), Span(25, 28)
LATER = Span(35, 40)
GOLD = EventGold(
    "d",
    TEXT,
    (SHELLED, DIED),
    ((SHELLED, REBELS), (SHELLED, TOWN), (DIED, TWO)),
    (Span(0, 34),),
)


def _prf(prf: PRF) -> tuple[float, float, float]:
    return (prf.tp, prf.fp, prf.fn)


@pytest.mark.parametrize(
    ("predicted", "trigger_exact", "argument_exact", "argument_overlap"),
    [
        (
            [PredictedEvent(SHELLED, (REBELS, TOWN)), PredictedEvent(DIED, (TWO,))],
            (2, 0, 0),
            (3, 0, 0),
            (3, 0, 0),
        ),
        # "the town" found as "town": no exact match, but overlap
        ([PredictedEvent(SHELLED, (REBELS, Span(19, 23)))], (1, 0, 1), (1, 1, 2), (2, 0, 1)),
        # an event outside the annotated part is not counted at all
        ([PredictedEvent(LATER, (REBELS,))], (0, 0, 2), (0, 0, 3), (0, 0, 3)),
        # an argument attached to the wrong event does not match
        ([PredictedEvent(DIED, (REBELS,))], (1, 0, 1), (0, 1, 3), (0, 1, 3)),
    ],
)
def test_events_score_linked(
    predicted: list[PredictedEvent],
    trigger_exact: tuple[int, int, int],
    argument_exact: tuple[int, int, int],
    argument_overlap: tuple[int, int, int],
) -> None:
    counts = score_events(GOLD, predicted)
    assert _prf(counts.trigger_exact) == trigger_exact
    assert _prf(counts.argument_exact) == argument_exact
    assert _prf(counts.argument_overlap) == argument_overlap


def test_events_score_unlinked_arguments_match_on_span_alone() -> None:
    gold = EventGold(
        "d", TEXT, (SHELLED,), ((None, REBELS), (None, TWO)), (Span(0, 34),), linked=False
    )
    # REBELS is an argument of two events: it is one mention
    predicted = [PredictedEvent(SHELLED, (REBELS,)), PredictedEvent(DIED, (REBELS, TOWN))]
    counts = score_events(gold, predicted)
    assert _prf(counts.argument_exact) == (1, 1, 1)
    assert _prf(counts.trigger_exact) == (1, 1, 0)


def test_events_incomplete_triggers_score_only_events_on_gold_triggers() -> None:
    gold = EventGold(
        "d", TEXT, (SHELLED,), ((SHELLED, REBELS),), (Span(0, len(TEXT)),), complete_triggers=False
    )
    predicted = [PredictedEvent(SHELLED, (REBELS,)), PredictedEvent(DIED, (TWO,))]
    counts = score_events(gold, predicted)
    assert _prf(counts.trigger_exact) == (1, 0, 0)
    assert _prf(counts.argument_exact) == (1, 0, 0)
    metrics = counts.metrics(complete_triggers=False)
    assert metrics["trigger_exact_r"] == 1.0
    assert metrics["trigger_exact_p"] is None


@pytest.mark.slow
def test_events_run_reports_gold_counts() -> None:
    if not (DEFAULT_DATA_DIR / "rams").is_dir():
        pytest.skip("gold data not present")
    results = run(EvalContext(DEFAULT_DATA_DIR, limit=3))
    assert [r.corpus for r in results] == ["meantime-en", "rams/dev", "ecbplus"]
    rams = results[1].rows[0]
    assert rams.counts["documents"] == 3
    assert rams.counts["gold_triggers"] == 3
    for result in results:
        systems = [row.system for row in result.rows]
        assert systems[:3] == ["dateline", "dateline-all", "spacy-verbs"]
        # RAMS types its triggers: the type baseline joins where a typed event sits on one
        assert systems[3:] in ([], ["best-single-type"] if result.corpus == "rams/dev" else [])


@pytest.mark.slow
def test_events_verb_baseline_reads_every_verb_with_its_arguments() -> None:
    from dateline.eval.runs import gold_texts, parse_texts
    from dateline.eval.tasks.events import verb_events
    from dateline.settings import DEFAULT_MODEL

    text = "Police arrested the driver after the tram crashed in Croydon."
    (parsed,) = parse_texts(gold_texts([("t/1", text, None)]), DEFAULT_MODEL)
    events = {text[e.trigger.start : e.trigger.end]: e for e in verb_events(parsed)}
    assert set(events) == {"arrested", "crashed"}
    arguments = {text[a.start : a.end] for a in events["arrested"].arguments}
    assert {"Police", "the driver"} <= arguments
    assert "Croydon" in {text[a.start : a.end] for a in events["crashed"].arguments}


@pytest.mark.parametrize(
    "rams_type,expected",
    [
        ("conflict.attack.selfdirectedbattle", {"ASSAULT", "FIGHT"}),
        ("transaction.transfermoney.giftgrantprovideaid", {"AID"}),
        ("transaction.transfermoney.purchase", None),  # no counterpart: not scored
        ("personnel.endposition.firinglayoff", {"APPOINTMENT", "ELECTION"}),
    ],
)
def test_rams_types_map_by_their_longest_listed_prefix(rams_type, expected) -> None:
    found = dateline_types_for(rams_type)
    assert (set(found) if found is not None else None) == expected


def test_type_agreement_scores_typed_events_on_mapped_gold_triggers() -> None:
    text = "Rebels attacked the town. Officials met. Investors bought shares."
    attack, met, bought = Span(7, 15), Span(36, 39), Span(51, 57)
    gold = EventGold(
        "d",
        text,
        (attack, met, bought),
        (),
        (Span(0, len(text)),),
        complete_triggers=False,
        trigger_types=("conflict.attack.n/a", "contact.discussion.meet", "transaction.x.purchase"),
    )
    counts = TypeCounts()
    counts.add(
        gold,
        [
            PredictedEvent(attack, (), "ASSAULT"),
            PredictedEvent(met, (), "SPEECH"),  # typed, but not as a meeting
            PredictedEvent(bought, (), "AID"),  # a purchase has no counterpart: not scored
        ],
    )
    assert (counts.scored, counts.agreed) == (2, 1)
    assert counts.metrics() == {"type_agreement": 0.5}
    assert counts.best_single_type()[1] == 0.5

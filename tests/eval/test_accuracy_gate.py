"""The accuracy gate: pinned floors on a hashed gold subset (`make test` runs it), and its logic.

The real-data tests are marked `slow` and `gate`; they skip, saying why, when the gold data folder
(default ../shared/data beside the checkout, or $DATELINE_GATE_DATA) is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.eval import gate
from dateline.eval.framework import TASKS, EvalContext, SystemRow, TaskResult
from dateline.eval.gate import (
    Floor,
    Floors,
    GateEntry,
    check_corpora,
    check_results,
    corpus_sha256,
    floor_below,
    load_floors,
    measured_floors,
    merge_floors,
    run_gate,
    write_floors,
)
from dateline.eval.tasks import entities

# ---- the gate on the real data ------------------------------------------------------------------

DATA = gate.gate_data_dir()
FLOORS = load_floors()
needs_data = pytest.mark.skipif(
    not all((DATA / folder).is_dir() for folder in FLOORS.corpora),
    reason=f"gold data not found under {DATA} (set {gate.DATA_ENV} to its folder)",
)


@pytest.fixture(scope="module")
def gate_report() -> gate.GateReport:
    return run_gate(DATA, FLOORS)


@pytest.mark.slow
@pytest.mark.gate
@needs_data
def test_accuracy_gate_every_figure_at_or_above_its_floor(gate_report):
    problems = "\n".join(f"{p.kind}: {p.message}" for p in gate_report.problems)
    assert not gate_report.problems, f"accuracy gate failed:\n{problems}"
    assert {r.task for r in gate_report.results} == {entry.task for entry in FLOORS.entries}


@pytest.mark.slow
@pytest.mark.gate
@needs_data
def test_accuracy_gate_fails_on_a_real_drop(monkeypatch, gate_report):
    """An extractor regression, simulated: Dateline loses every third name it found."""
    found = entities.dateline_names

    def losing_names(article):
        return [name for index, name in enumerate(found(article)) if index % 3]

    monkeypatch.setattr(entities, "dateline_names", losing_names)
    entry = next(e for e in FLOORS.entries if e.task == "entities")
    results = entities.run(EvalContext(DATA, limit=entry.limit, model=FLOORS.model))
    problems = check_results(entry, results)
    messages = [p.message for p in problems if p.kind == "below-floor"]
    assert any("meantime-en / dateline / strict_f1" in m for m in messages), problems
    assert not any("spacy-ner" in m for m in messages)  # the baseline did not move


# ---- the logic, on hand-made floors and results -------------------------------------------------


def result(corpus: str = "c", metrics=None, status: str = "ok") -> TaskResult:
    row = SystemRow("dateline", dict(metrics or {}), {"documents": 1}, status)
    return TaskResult("entities", corpus, [row])


ENTRY = GateEntry("entities", 5, (Floor("c", "dateline", "strict_f1", 0.5),))
ENTRY_ON_MEANTIME = GateEntry("entities", 5, (Floor("meantime-en", "dateline", "strict_f1", 0.5),))


@pytest.mark.parametrize(
    ("results", "kind"),
    [
        ([result(metrics={"strict_f1": 0.5})], None),  # exactly at the floor passes
        ([result(metrics={"strict_f1": 0.7})], None),
        ([result(metrics={"strict_f1": 0.49})], "below-floor"),
        ([result(metrics={"overlap_f1": 0.9})], "missing"),  # the figure is gone
        ([result(status="not yet")], "missing"),  # the extractor is gone
        ([result(corpus="other", metrics={"strict_f1": 0.9})], "missing"),  # the corpus is gone
    ],
)
def test_check_results_reports_drops_and_missing_figures(results, kind):
    problems = check_results(ENTRY, results)
    assert [p.kind for p in problems] == ([kind] if kind else [])
    if kind:
        assert "entities / c / dateline / strict_f1" in problems[0].message


def test_check_corpora_detects_a_changed_or_missing_corpus(tmp_path: Path):
    corpus = tmp_path / "mini"
    corpus.mkdir()
    (corpus / "a.txt").write_text("gold", encoding="utf-8")
    floors = Floors("model", {"mini": corpus_sha256(corpus), "absent": "0" * 64}, ())
    assert [p.kind for p in check_corpora(floors, tmp_path)] == ["corpus-missing"]
    (corpus / "a.txt").write_text("gold, edited", encoding="utf-8")
    kinds = [p.kind for p in check_corpora(floors, tmp_path)]
    assert kinds == ["corpus-missing", "corpus-changed"]


def test_run_gate_reports_a_missing_corpus_without_running_its_task(tmp_path: Path):
    floors = Floors("model", {"meantime-en": "0" * 64}, (ENTRY_ON_MEANTIME,))
    report = run_gate(tmp_path, floors)
    assert [p.kind for p in report.problems] == ["corpus-missing"]
    assert report.results == []


def test_corpus_sha256_depends_on_names_and_content(tmp_path: Path):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    first = corpus_sha256(tmp_path)
    assert corpus_sha256(tmp_path) == first
    (tmp_path / "a.txt").rename(tmp_path / "b.txt")
    assert corpus_sha256(tmp_path) != first


@pytest.mark.parametrize(
    ("value", "floor"), [(0.8123, 0.792), (0.5, 0.48), (0.01, 0.0), (1.0, 0.98)]
)
def test_floor_below_rounds_down_under_the_margin(value, floor):
    assert floor_below(value) == pytest.approx(floor)


def test_measured_floors_pins_headline_metrics_of_rows_that_ran():
    results = [
        TaskResult(
            "entities",
            "c",
            [
                SystemRow("dateline", {"strict_f1": 0.7, "strict_p": 0.9, "overlap_f1": 0.8}),
                SystemRow("other", {}, {}, "not yet"),
            ],
        )
    ]
    floors = measured_floors("entities", results)
    assert floors == (
        Floor("c", "dateline", "strict_f1", 0.68),
        Floor("c", "dateline", "overlap_f1", 0.78),
    )


def test_merge_floors_never_lowers_unless_allowed():
    old = GateEntry(
        "entities",
        5,
        (Floor("c", "dateline", "strict_f1", 0.6), Floor("c", "gone", "strict_f1", 0.4)),
    )
    new = GateEntry("entities", 5, (Floor("c", "dateline", "strict_f1", 0.55),))
    kept = {(f.system, f.value) for f in merge_floors(old, new, set(), allow_lower=False).floors}
    assert kept == {("dateline", 0.6), ("gone", 0.4)}
    lowered = merge_floors(old, new, set(), allow_lower=True).floors
    assert Floor("c", "dateline", "strict_f1", 0.55) in lowered
    changed = merge_floors(old, new, {"c"}, allow_lower=False).floors
    assert Floor("c", "dateline", "strict_f1", 0.55) in changed


def test_floors_round_trip_through_json(tmp_path: Path):
    path = tmp_path / "floors.json"
    write_floors(Floors("m", {"c": "ab"}, (ENTRY,)), path)
    assert load_floors(path) == Floors("m", {"c": "ab"}, (ENTRY,))


def test_shipped_floors_name_known_tasks_and_hashed_corpora():
    for entry in FLOORS.entries:
        assert entry.task in TASKS
        for floor in entry.floors:
            assert gate.corpus_folder(floor.corpus) in FLOORS.corpora
            assert 0.0 <= floor.value <= 1.0

"""Running the systems under evaluation: which stages a field needs, and Dateline's row status."""

from __future__ import annotations

import pytest

from dateline.eval import runs
from dateline.eval.runs import (
    NOT_YET,
    DatelineRun,
    GoldText,
    dateline_row,
    make_document,
    stages_for,
)
from dateline.extract.registry import Stage
from dateline.records import Failure

FAKE_STAGES = (
    Stage("a.v1", "dateline.records:iter_spans", (), ("dateline",)),
    Stage("b.v1", "dateline.records:iter_spans", ("dateline",), ("entities",)),
    Stage("c.v1", "dateline.records:iter_spans", ("dateline",), ("times",)),
    Stage("d.v1", "dateline.not_written_yet:extract", ("entities",), ("statements",)),
    Stage("e.v1", "dateline.records:no_such_function", (), ("events",)),
)


@pytest.mark.parametrize(
    ("field_name", "names"),
    [("entities", ["a.v1", "b.v1"]), ("times", ["a.v1", "c.v1"]), ("dateline", ["a.v1"])],
)
def test_stages_for_takes_the_assigning_stage_and_its_requirements(monkeypatch, field_name, names):
    monkeypatch.setattr(runs, "STAGES", FAKE_STAGES)
    stages, reason = stages_for(field_name)
    assert reason is None
    assert [stage.name for stage in stages] == names


@pytest.mark.parametrize(
    ("field_name", "reason"),
    [
        ("statements", "not written yet"),
        ("events", "not written yet"),
        ("quantities", "no registered stage"),
    ],
)
def test_stages_for_says_why_a_field_cannot_be_filled_yet(monkeypatch, field_name, reason):
    monkeypatch.setattr(runs, "STAGES", FAKE_STAGES)
    stages, why = stages_for(field_name)
    assert stages == ()
    assert why is not None and reason in why


def test_stages_for_lets_a_broken_import_inside_a_stage_raise(monkeypatch, tmp_path):
    (tmp_path / "broken_stage_module.py").write_text("import no_such_dependency_anywhere\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    broken = (Stage("x.v1", "broken_stage_module:extract", (), ("times",)),)
    monkeypatch.setattr(runs, "STAGES", broken)
    with pytest.raises(ModuleNotFoundError):
        stages_for("times")


def test_dateline_row_not_yet_has_no_metrics_and_no_predictions():
    run = DatelineRun(NOT_YET, (None,), (), (), "stage t.v1 is not written yet")
    row = dateline_row(run, {"f1": 0.0}, {"documents": 1, "gold": 3, "predicted": 0})
    assert (row.status, row.metrics, row.counts) == (NOT_YET, {}, {"documents": 1, "gold": 3})


def test_dateline_row_counts_failures():
    failure = Failure("meantime-en/1", "DL300", "ExtractionError", "stage failed")
    run = DatelineRun("ok", (None,), (failure,), ("a.v1",))
    row = dateline_row(run, {"f1": 0.5}, {"documents": 1})
    assert (row.status, row.counts["failed"]) == ("ok", 1)


def test_make_document_keeps_the_gold_text_and_creation_time():
    document = make_document(
        GoldText("tempeval3/TimeBank/x", "\nIn 1998 prices fell.\n", "1998-01-08")
    )
    assert document.text == "\nIn 1998 prices fell.\n"
    assert document.text[document.body.start : document.body.end] == "In 1998 prices fell."
    assert document.published is not None and document.published.value == "1998-01-08"
    assert document.id == "tempeval3/TimeBank/x"

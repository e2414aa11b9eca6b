"""The evaluation harness: one registry of tasks, each a function from an EvalContext to results.

A task loads its gold corpus from `context.data_dir / <corpus>`, runs Dateline and its baseline(s)
on the same documents in the same run, and returns one TaskResult per corpus with a row per system.
A system whose extractor does not exist yet gets a row with `status="not yet"`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from dateline.errors import EvalError

DEFAULT_DATA_DIR = Path(__file__).resolve().parents[3].parent / "shared" / "data"


@dataclass(frozen=True)
class EvalContext:
    data_dir: Path
    limit: int | None = None  # documents per corpus, for fast runs (the CI gate)
    model: str | None = None  # spaCy model for Dateline and the spaCy baselines

    def corpus(self, name: str) -> Path:
        path = self.data_dir / name
        if not path.is_dir():
            raise EvalError(
                f"gold corpus {name!r} not found under {self.data_dir}",
                fix="pass --data DIR pointing at a folder laid out like ../shared/data",
            )
        return path


@dataclass
class SystemRow:
    system: str  # "dateline", "spacy-ner", "textacy", ...
    metrics: dict[str, float | None] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)  # gold, predicted, documents, ...
    status: str = "ok"  # "ok" or "not yet"


@dataclass
class TaskResult:
    task: str
    corpus: str
    rows: list[SystemRow]
    notes: list[str] = field(default_factory=list)

    def metric(self, system: str, name: str) -> float | None:
        for row in self.rows:
            if row.system == system:
                return row.metrics.get(name)
        raise KeyError(system)


TaskFunction = Callable[[EvalContext], list[TaskResult]]

# task name -> "module:function"; one line per task, in the order `dateline eval` prints them.
TASKS: dict[str, str] = {
    "entities": "dateline.eval.tasks.entities:run",
    "coref": "dateline.eval.tasks.coref:run",
    "cross-doc": "dateline.eval.tasks.cross_doc:run",
    "time": "dateline.eval.tasks.time:run",
    "statements": "dateline.eval.tasks.statements:run",
    "speakers": "dateline.eval.tasks.speakers:run",
    "main-event": "dateline.eval.tasks.main_event:run",
    "stories": "dateline.eval.tasks.stories:run",
    "events": "dateline.eval.tasks.events:run",
    "html-text": "dateline.eval.tasks.html_text:run",
    "html-date": "dateline.eval.tasks.html_date:run",
}


def load_task(name: str) -> TaskFunction:
    if name not in TASKS:
        raise EvalError(f"unknown eval task {name!r}", fix=f"choose from {sorted(TASKS)}")
    module_name, function_name = TASKS[name].split(":")
    function: TaskFunction = getattr(importlib.import_module(module_name), function_name)
    return function


def run_tasks(names: list[str] | None, context: EvalContext) -> list[TaskResult]:
    results: list[TaskResult] = []
    for name in names or list(TASKS):
        results.extend(load_task(name)(context))
    return results

"""The accuracy gate: figures on a pinned, hashed gold subset may not fall below their floors.

`floors.json` (next to this module) holds the spaCy model, the sha256 of each gold corpus folder
the floors were measured on, and per gate entry (a task and its `limit` of documents per corpus)
a floor per corpus, system and metric. `check_results` compares fresh results with the floors and
returns every problem: a figure below its floor, a figure or row gone missing, a corpus whose
content changed (its floors say nothing about the new content until re-measured).

Re-measure with `python -m dateline.eval.gate --write [--task T ...]`: floors only go up unless
`--allow-lower` is given (lowering one needs a stated reason in the commit message).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dateline.errors import EvalError
from dateline.eval.framework import DEFAULT_DATA_DIR, EvalContext, TaskResult, run_tasks
from dateline.settings import DEFAULT_MODEL

FLOORS_PATH = Path(__file__).with_name("floors.json")
DATA_ENV = "DATELINE_GATE_DATA"
DEFAULT_LIMIT = 40  # documents per corpus: every corpus's first 40, in the loaders' sorted order
DEFAULT_MARGIN = 0.02  # a floor sits this far below the figure measured
TOLERANCE = 1e-9
# The headline figures pinned per task; tasks not listed pin every F1 and accuracy they report.
GATED_METRICS: dict[str, tuple[str, ...]] = {
    "entities": ("strict_f1", "overlap_f1"),
    "coref": ("muc_f1", "b3_f1", "ceafe_f1", "conll_f1", "names_conll_f1"),
    "cross-doc": ("b3_f1", "conll_f1"),
    "time": ("strict_f1", "relaxed_f1", "type_accuracy", "value_accuracy", "value_f1"),
    "statements": ("cue_exact_f1", "source_exact_f1", "content_exact_f1", "content_overlap_f1"),
    "speakers": ("accuracy", "precision"),
    "main-event": ("4w_p", "5w1h_p"),
    "stories": ("pair_f1",),
    "events": (
        "trigger_exact_f1",
        "trigger_exact_r",
        "argument_exact_f1",
        "argument_overlap_f1",
        "type_agreement",
    ),
    "html-text": ("f1",),
    "html-date": ("accuracy", "f1"),
}


@dataclass(frozen=True)
class Floor:
    corpus: str
    system: str
    metric: str
    value: float


@dataclass(frozen=True)
class GateEntry:
    task: str
    limit: int | None
    floors: tuple[Floor, ...]


@dataclass(frozen=True)
class Floors:
    model: str
    corpora: dict[str, str]  # corpus folder -> sha256 of its content
    entries: tuple[GateEntry, ...]


@dataclass(frozen=True)
class Problem:
    kind: str  # "below-floor", "missing", "corpus-changed", "corpus-missing"
    message: str


@dataclass
class GateReport:
    results: list[TaskResult] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def corpus_folder(corpus: str) -> str:
    """The data folder a result's corpus lives in ("tempeval3/AQUAINT" -> "tempeval3")."""
    return corpus.split("/", 1)[0]


def corpus_sha256(folder: Path) -> str:
    """Hash of a folder's content: every file's relative path and bytes, in sorted order."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode("utf-8"))
        digest.update(b"\x00")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def gate_data_dir() -> Path:
    return Path(os.environ.get(DATA_ENV) or DEFAULT_DATA_DIR)


# ---- reading and writing floors.json ------------------------------------------------------------


def load_floors(path: Path = FLOORS_PATH) -> Floors:
    raw = json.loads(path.read_text(encoding="utf-8"))
    entries = tuple(
        GateEntry(
            task=entry["task"],
            limit=entry.get("limit"),
            floors=tuple(
                Floor(corpus, system, metric, float(value))
                for corpus, systems in entry["floors"].items()
                for system, metrics in systems.items()
                for metric, value in metrics.items()
            ),
        )
        for entry in raw["gates"]
    )
    return Floors(raw.get("model", DEFAULT_MODEL), dict(raw["corpora"]), entries)


def floors_json(floors: Floors) -> dict[str, Any]:
    gates = []
    for entry in floors.entries:
        nested: dict[str, dict[str, dict[str, float]]] = {}
        for floor in entry.floors:
            nested.setdefault(floor.corpus, {}).setdefault(floor.system, {})[floor.metric] = (
                floor.value
            )
        gates.append({"task": entry.task, "limit": entry.limit, "floors": nested})
    return {
        "about": "Accuracy floors for tests/eval/test_accuracy_gate.py; see dateline/eval/gate.py.",
        "model": floors.model,
        "corpora": dict(sorted(floors.corpora.items())),
        "gates": gates,
    }


def write_floors(floors: Floors, path: Path = FLOORS_PATH) -> None:
    path.write_text(json.dumps(floors_json(floors), indent=2) + "\n", encoding="utf-8")


# ---- checking ---------------------------------------------------------------------------------


def check_corpora(floors: Floors, data_dir: Path) -> list[Problem]:
    problems = []
    for folder, expected in sorted(floors.corpora.items()):
        path = data_dir / folder
        if not path.is_dir():
            problems.append(Problem("corpus-missing", f"gold corpus {folder!r} not in {data_dir}"))
            continue
        actual = corpus_sha256(path)
        if actual != expected:
            problems.append(
                Problem(
                    "corpus-changed",
                    f"gold corpus {folder!r} changed (sha256 {actual[:12]}..., floors were "
                    f"measured on {expected[:12]}...): its floors no longer apply; re-measure "
                    "with `python -m dateline.eval.gate --write --allow-lower` and commit",
                )
            )
    return problems


def check_results(entry: GateEntry, results: Sequence[TaskResult]) -> list[Problem]:
    """Every floor of one gate entry against the results of running its task."""
    by_corpus = {result.corpus: result for result in results if result.task == entry.task}
    problems = []
    for floor in entry.floors:
        where = f"{entry.task} / {floor.corpus} / {floor.system} / {floor.metric}"
        result = by_corpus.get(floor.corpus)
        row = next((r for r in result.rows if r.system == floor.system), None) if result else None
        value = row.metrics.get(floor.metric) if row is not None else None
        if row is None or value is None:
            status = f" (status {row.status!r})" if row is not None else ""
            problems.append(Problem("missing", f"{where}: no figure{status}, floor {floor.value}"))
        elif value < floor.value - TOLERANCE:
            problems.append(
                Problem("below-floor", f"{where}: {value:.4f} is below its floor {floor.value}")
            )
    return problems


def run_gate(
    data_dir: Path | None = None, floors: Floors | None = None, tasks: Iterable[str] | None = None
) -> GateReport:
    """Check the corpora, run every gate entry (or those of `tasks`), check every floor."""
    data_dir = data_dir or gate_data_dir()
    floors = floors or load_floors()
    wanted = set(tasks) if tasks is not None else None
    report = GateReport(problems=check_corpora(floors, data_dir))
    for entry in floors.entries:
        if wanted is not None and entry.task not in wanted:
            continue
        if any(not (data_dir / corpus_folder(f.corpus)).is_dir() for f in entry.floors):
            continue  # already reported as corpus-missing; running would only raise
        context = EvalContext(data_dir, limit=entry.limit, model=floors.model)
        results = run_tasks([entry.task], context)
        report.results.extend(results)
        report.problems.extend(check_results(entry, results))
    return report


# ---- measuring --------------------------------------------------------------------------------


def floor_below(value: float, margin: float = DEFAULT_MARGIN) -> float:
    """`value - margin`, rounded down to three decimals, never below zero."""
    return max(0.0, math.floor((value - margin) * 1000 + TOLERANCE) / 1000)


def measured_floors(
    task: str, results: Sequence[TaskResult], margin: float = DEFAULT_MARGIN
) -> tuple[Floor, ...]:
    """Floors for every system row that has figures ("not yet" rows get none)."""
    metrics = GATED_METRICS.get(task)
    floors = []
    for result in results:
        for row in result.rows:
            if row.status != "ok":
                continue
            for name, value in row.metrics.items():
                gated = name in metrics if metrics else name.endswith(("f1", "accuracy"))
                if gated and value is not None:
                    floors.append(
                        Floor(result.corpus, row.system, name, floor_below(value, margin))
                    )
    return tuple(floors)


def merge_floors(
    old: GateEntry | None, new: GateEntry, changed_corpora: set[str], allow_lower: bool
) -> GateEntry:
    """New floors, except that an existing floor is never lowered unless allowed (or its corpus
    changed); floors of rows that disappeared are kept, so the gate reports them missing."""
    if old is None:
        return new
    previous = {(f.corpus, f.system, f.metric): f.value for f in old.floors}
    merged = {}
    for floor in new.floors:
        key = (floor.corpus, floor.system, floor.metric)
        value = floor.value
        if (
            key in previous
            and not allow_lower
            and corpus_folder(floor.corpus) not in changed_corpora
        ):
            value = max(value, previous[key])
        merged[key] = Floor(*key, value)
    for key, value in previous.items():
        merged.setdefault(key, Floor(*key, value))
    return GateEntry(new.task, new.limit, tuple(merged.values()))


def remeasure(
    tasks: Sequence[str],
    *,
    data_dir: Path,
    limit: int | None,
    margin: float,
    allow_lower: bool,
    path: Path = FLOORS_PATH,
) -> Floors:
    current = load_floors(path) if path.exists() else Floors(DEFAULT_MODEL, {}, ())
    entries = {entry.task: entry for entry in current.entries}
    corpora = dict(current.corpora)
    changed: set[str] = set()
    for task in tasks:
        results = run_tasks([task], EvalContext(data_dir, limit=limit, model=current.model))
        for folder in sorted({corpus_folder(r.corpus) for r in results}):
            digest = corpus_sha256(data_dir / folder)
            if current.corpora.get(folder) not in (None, digest):
                changed.add(folder)
            corpora[folder] = digest
        new = GateEntry(task, limit, measured_floors(task, results, margin))
        old = entries.get(task)
        if old is not None and old.limit != limit:
            old = None  # another subset: the old floors measured something else
        entries[task] = merge_floors(old, new, changed, allow_lower)
    stale = sorted(
        entry.task
        for entry in entries.values()
        if entry.task not in tasks and {corpus_folder(f.corpus) for f in entry.floors} & changed
    )
    if stale:
        raise EvalError(
            f"corpora {sorted(changed)} changed, and the floors of {stale} were measured on them",
            fix=f"re-measure those tasks too: --task {' --task '.join(stale)}",
        )
    return Floors(current.model, corpora, tuple(entries.values()))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dateline.eval.gate", description=__doc__)
    parser.add_argument("--data", type=Path, default=None, help="gold data folder")
    parser.add_argument("--task", action="append", help="only these tasks (repeatable)")
    parser.add_argument("--write", action="store_true", help="re-measure and write floors.json")
    parser.add_argument("--limit", type=int, default=DEFAULT_LIMIT, help="documents per corpus")
    parser.add_argument("--margin", type=float, default=DEFAULT_MARGIN)
    parser.add_argument("--allow-lower", action="store_true", help="let floors go down")
    args = parser.parse_args(argv)
    data_dir = args.data or gate_data_dir()
    if args.write:
        tasks = args.task or list(GATED_METRICS)
        floors = remeasure(
            tasks,
            data_dir=data_dir,
            limit=args.limit,
            margin=args.margin,
            allow_lower=args.allow_lower,
        )
        write_floors(floors)
        print(f"wrote {FLOORS_PATH} for {', '.join(tasks)}")
        return 0
    report = run_gate(data_dir, tasks=args.task)
    for problem in report.problems:
        print(f"{problem.kind}: {problem.message}")
    print("gate passed" if not report.problems else f"{len(report.problems)} problem(s)")
    return 1 if report.problems else 0


if __name__ == "__main__":
    sys.exit(main())

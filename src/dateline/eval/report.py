"""Plain-text tables of eval results: one table per task and corpus, a row per system."""

from __future__ import annotations

from dateline.eval.framework import TaskResult

# Wide results (per-type metrics) are cut into tables of this many metric columns.
COLUMNS_PER_TABLE = 9


def format_results(results: list[TaskResult]) -> str:
    blocks = []
    for result in results:
        metric_names: list[str] = []
        count_names: list[str] = []
        for row in result.rows:
            metric_names += [m for m in row.metrics if m not in metric_names]
            count_names += [c for c in row.counts if c not in count_names]
        chunks = [
            metric_names[i : i + COLUMNS_PER_TABLE]
            for i in range(0, len(metric_names), COLUMNS_PER_TABLE)
        ] or [[]]
        tables = [
            _table(result, chunk, count_names if n == 0 else []) for n, chunk in enumerate(chunks)
        ]
        title = f"== {result.task} · {result.corpus}"
        notes = [f"   note: {note}" for note in result.notes]
        blocks.append("\n".join([title, *tables, *notes]))
    return "\n\n".join(blocks)


def _table(result: TaskResult, metric_names: list[str], count_names: list[str]) -> str:
    header = ["system", *metric_names, *count_names]
    lines = [header]
    for row in result.rows:
        cells = [row.system]
        for name in metric_names:
            value = row.metrics.get(name)
            if row.status != "ok":
                cells.append(row.status)
            else:
                cells.append("-" if value is None else f"{value:.3f}")
        cells += [str(row.counts.get(name, "")) for name in count_names]
        lines.append(cells)
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    return "\n".join(
        "  ".join(
            cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i])
            for i, cell in enumerate(line)
        )
        for line in lines
    )

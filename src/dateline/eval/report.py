"""Plain-text tables of eval results: one table per task and corpus, a row per system."""

from __future__ import annotations

from dateline.eval.framework import TaskResult


def format_results(results: list[TaskResult]) -> str:
    blocks = []
    for result in results:
        metric_names: list[str] = []
        count_names: list[str] = []
        for row in result.rows:
            metric_names += [m for m in row.metrics if m not in metric_names]
            count_names += [c for c in row.counts if c not in count_names]
        header = ["system", *metric_names, *count_names]
        lines = [header]
        for row in result.rows:
            cells = [row.system]
            for name in metric_names:
                value = row.metrics.get(name)
                cells.append("not yet" if row.status != "ok" else "-" if value is None else f"{value:.3f}")
            cells += [str(row.counts.get(name, "")) for name in count_names]
            lines.append(cells)
        widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
        table = [
            "  ".join(cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(line))
            for line in lines
        ]
        title = f"== {result.task} · {result.corpus}"
        notes = [f"   note: {note}" for note in result.notes]
        blocks.append("\n".join([title, *table, *notes]))
    return "\n\n".join(blocks)

"""Running Dateline inside an eval task: is the stage for a field ready, and extract gold texts.

A field whose stage is not registered, or whose registered module does not import yet, gets a
"not yet" row; its reason goes into the task's notes so the table says why.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import replace

from dateline.eval.framework import EvalContext, SystemRow, stage_assigning
from dateline.records import Article, Failure, Published

NOT_YET = "not yet"


def dateline_not_ready(field_name: str) -> str | None:
    """None when Dateline can fill `field_name` now; otherwise the reason it cannot."""
    stage_name = stage_assigning(field_name)
    if stage_name is None:
        return f"no Dateline stage assigns {field_name!r} yet"
    from dateline.extract.registry import STAGES

    for stage in STAGES:
        module_name = stage.target.split(":")[0]
        try:
            importlib.import_module(module_name)
        except ImportError as exc:
            return (
                f"stage {stage.name} is registered but {module_name} does not import yet "
                f"({type(exc).__name__})"
            )
    return None


def not_yet_row(metric_names: Sequence[str], counts: dict[str, int]) -> SystemRow:
    return SystemRow(
        "dateline", {name: None for name in metric_names}, dict(counts), status=NOT_YET
    )


def extract_texts(
    context: EvalContext,
    texts: Sequence[tuple[str, str]],
    published: Sequence[Published | None] | None = None,
) -> list[Article | Failure]:
    """Dateline's articles for (source, text) pairs, in order; failures come back as records.

    Each Document keeps the gold text exactly, so every span Dateline returns indexes it.
    """
    from dateline.extract.pipeline import extract_documents
    from dateline.ingest.readers import make_text_document
    from dateline.settings import Settings

    settings = Settings.from_env()
    if context.model:
        settings = replace(settings, model=context.model)
    documents = [
        make_text_document(text, source=source, published=published[index] if published else None)
        for index, (source, text) in enumerate(texts)
    ]
    return list(extract_documents(documents, settings))


def model_name(context: EvalContext) -> str:
    from dateline.settings import DEFAULT_MODEL

    return context.model or DEFAULT_MODEL

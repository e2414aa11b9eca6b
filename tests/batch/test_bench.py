"""`dateline bench`: which rows it reports and against what it measures (never how fast)."""

from __future__ import annotations

import pytest

from dateline.ingest.readers import make_text_document
from dateline.settings import Settings


@pytest.mark.slow
def test_bench_measures_dateline_against_the_model_as_shipped() -> None:
    from dateline.batch.bench import run_bench
    from dateline.nlp import HEADLINE_CASE, PARAGRAPH_BREAKS, load_bare_model, load_pipeline

    settings = Settings()
    documents = [
        make_text_document(text, source=f"t{i}")
        for i, text in enumerate(
            [
                "Mayor Opens Bridge\n\nThe mayor opened the bridge on Monday, officials said.",
                "Police said two men were arrested in Leeds on Friday.",
            ]
        )
    ]
    results = run_bench(documents, settings, workers=1)
    assert [(r.system, r.workers) for r in results] == [
        ("spacy", 1),
        ("dateline", 1),
        ("dateline-end-to-end", 1),
    ]
    dateline = results[1]
    assert list(dateline.stage_seconds)[0] == "parse"
    assert dateline.seconds == pytest.approx(sum(dateline.stage_seconds.values()))
    # the baseline is bare: Dateline's own components are its cost, not spaCy's
    bare = load_bare_model(settings.model).pipe_names
    assert HEADLINE_CASE not in bare and PARAGRAPH_BREAKS not in bare
    assert {HEADLINE_CASE, PARAGRAPH_BREAKS} <= set(load_pipeline(settings.model).pipe_names)

"""Shared fixtures: the bundled example article (extracted once), tiny stores, the CLI runner."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "azernews-2023-02-24-sarajevo-conference.txt"


@pytest.fixture(scope="session")
def example_path() -> Path:
    return EXAMPLE


@pytest.fixture(scope="session")
def example_article():
    """The example extracted by the full registered pipeline (loads the spaCy model)."""
    from dateline.extract.pipeline import extract_documents
    from dateline.ingest import read_paths

    (document,) = list(read_paths([EXAMPLE]))
    (article,) = list(extract_documents([document]))
    return article


@pytest.fixture(scope="session")
def nlp():
    from dateline.nlp import load_pipeline
    from dateline.settings import DEFAULT_MODEL

    return load_pipeline(DEFAULT_MODEL)

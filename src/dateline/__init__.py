"""Dateline: news articles in, an attributed, time-anchored knowledge base out."""

from dateline.errors import DatelineError
from dateline.extract.five_w import main_event_answers
from dateline.extract.pipeline import extract, extract_documents
from dateline.ingest import read_paths
from dateline.records import (
    Article,
    Dateline,
    Document,
    Entity,
    Event,
    Failure,
    Mention,
    Published,
    Quantity,
    Span,
    Statement,
    TimeExpression,
)

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Dateline",
    "DatelineError",
    "Document",
    "Entity",
    "Event",
    "Failure",
    "Mention",
    "Published",
    "Quantity",
    "Span",
    "Statement",
    "TimeExpression",
    "__version__",
    "extract",
    "extract_documents",
    "main_event_answers",
    "read_paths",
]

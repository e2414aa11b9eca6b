"""The systems under evaluation, run over gold texts: Dateline's own stages and bare spaCy.

Each gold text is parsed once per process and model. The spaCy baseline reads that parse before
any Dateline stage sees it, and Dateline then runs the registered stages the scored field needs
(the stage that assigns it and the stages it requires) over the same parse, so two tasks on one
corpus (entities and coref) share the work, and a stage still being written elsewhere does not
turn every document into a failure.
"""

from __future__ import annotations

import functools
import importlib
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from dateline.errors import DatelineError
from dateline.eval.framework import SystemRow
from dateline.extract.cue_model import CueModel, score_doc
from dateline.extract.pipeline import run_stages
from dateline.extract.registry import STAGES, Stage
from dateline.ingest.dates import published_from_iso
from dateline.ingest.readers import failure_from, make_text_document
from dateline.nlp import Parsed, load_pipeline
from dateline.nlp.headline_case import MODEL_ENTITIES
from dateline.records import Article, Document, Failure
from dateline.settings import Settings

NOT_YET = "not yet"


@dataclass(frozen=True)
class GoldText:
    """One gold document as the systems see it: its text and creation time, nothing else."""

    key: str  # "<corpus>/<document id>", unique within a run
    text: str
    published: str | None  # the creation time (ISO), the anchor for relative dates


@dataclass(frozen=True)
class ParsedText:
    document: Document
    parsed: Parsed
    # spaCy's entities as the model gave them: (start, end, label), offsets into document.text.
    entities: tuple[tuple[int, int, str], ...]


@dataclass(frozen=True)
class DatelineRun:
    status: str  # "ok" or "not yet"
    articles: tuple[Article | None, ...]  # one per text, None where extraction failed
    failures: tuple[Failure, ...]
    stages: tuple[str, ...]
    reason: str | None = None  # why the status is "not yet"

    @property
    def failed(self) -> int:
        return len(self.failures)


def resolve_model(model: str | None) -> str:
    return model or Settings.from_env().model


def make_document(text: GoldText) -> Document:
    published = published_from_iso(text.published, "argument") if text.published else None
    return make_text_document(text.text, source=text.key, published=published, doc_id=text.key)


@functools.lru_cache(maxsize=8)
def parse_texts(texts: tuple[GoldText, ...], model: str) -> tuple[ParsedText, ...]:
    """One spaCy parse per text body, with the model's own entities read off first."""
    nlp = load_pipeline(model)
    documents = [make_document(text) for text in texts]
    bodies = (document.text[document.body.start : document.body.end] for document in documents)
    parsed_texts = []
    pipe = nlp.pipe(bodies, batch_size=Settings().batch_size)
    for document, doc in zip(documents, pipe, strict=True):
        offset = document.body.start
        own = doc.user_data.get(MODEL_ENTITIES) or tuple(
            (ent.start_char, ent.end_char, ent.label_) for ent in doc.ents
        )  # the model's reading, before Dateline parses a headline again
        entities = tuple((start + offset, end + offset, label) for start, end, label in own)
        parsed_texts.append(ParsedText(document, Parsed(doc, offset), entities))
    return tuple(parsed_texts)


def stages_for(field_name: str) -> tuple[tuple[Stage, ...], str | None]:
    """The registered stages needed to fill `field_name`, in registry order, or a reason why
    Dateline cannot fill it yet (no stage assigns it, or its module is not written yet)."""
    index = next((i for i, stage in enumerate(STAGES) if field_name in stage.assigns), None)
    if index is None:
        return (), f"no registered stage assigns Article.{field_name}"
    needed = {STAGES[index].name}
    requires = set(STAGES[index].requires)
    for stage in reversed(STAGES[:index]):
        if requires & set(stage.assigns):
            needed.add(stage.name)
            requires |= set(stage.requires)
    selected = tuple(stage for stage in STAGES if stage.name in needed)
    for stage in selected:
        module_name, function_name = stage.target.split(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise  # the module exists but imports something missing: a bug, not "not yet"
            return (), f"stage {stage.name} ({module_name}) is not written yet"
        if not hasattr(module, function_name):
            return (), f"stage {stage.name}: {stage.target} is not written yet"
    return selected, None


@functools.lru_cache(maxsize=8)
def run_dateline(
    texts: tuple[GoldText, ...], model: str, field_name: str, cue_model: CueModel | None = None
) -> DatelineRun:
    """Dateline's stages for `field_name` over every text; failures are kept and counted.
    With `cue_model`, its scores are added to a copy of each parse (the shared parse stays
    as the lexicon-only run sees it)."""
    stages, reason = stages_for(field_name)
    if reason is not None:
        return DatelineRun(NOT_YET, (None,) * len(texts), (), (), reason)
    settings = Settings.from_env()
    articles: list[Article | None] = []
    failures: list[Failure] = []
    for item in parse_texts(texts, model):
        deadline = time.monotonic() + settings.max_document_seconds
        parsed = item.parsed
        if cue_model is not None:
            parsed = Parsed(score_doc(parsed.doc.copy(), cue_model), parsed.offset)
        try:
            articles.append(
                run_stages(item.document, parsed, model=model, stages=stages, deadline=deadline)
            )
        except DatelineError as error:
            articles.append(None)
            failures.append(failure_from(error, item.document.source or item.document.id))
    return DatelineRun("ok", tuple(articles), tuple(failures), tuple(s.name for s in stages))


def gold_texts(items: Sequence[tuple[str, str, str | None]]) -> tuple[GoldText, ...]:
    """GoldTexts from (key, text, creation time) triples, in the order given."""
    return tuple(GoldText(key, text, published) for key, text, published in items)


def dateline_row(
    run: DatelineRun, metrics: dict[str, float | None], counts: dict[str, int]
) -> SystemRow:
    """Dateline's row: "not yet" without metrics when its stage is missing; failures counted."""
    if run.status == NOT_YET:
        counts = {key: value for key, value in counts.items() if key != "predicted"}
        return SystemRow("dateline", {}, counts, NOT_YET)
    if run.failed:
        counts = {**counts, "failed": run.failed}
    return SystemRow("dateline", metrics, counts)


def dateline_notes(run: DatelineRun, notes: Iterable[str]) -> list[str]:
    """A result's notes, then why Dateline has no figures where its stage is missing."""
    return [*notes, f"dateline: {run.reason}"] if run.reason else list(notes)

"""The one registry of extraction stages, in the order they run.

Each stage is a small pure function `(Article, Parsed) -> Article` that declares which Article
fields it reads (`requires`) and which it fills (`assigns`); `check_order` proves that every
requirement is filled by an earlier stage. Adding an extractor = one module + one line here.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dateline.nlp import Parsed
    from dateline.records import Article

StageFunction = Callable[["Article", "Parsed"], "Article"]


@dataclass(frozen=True, slots=True)
class Stage:
    name: str  # versioned: bump the suffix when the output of the stage changes meaning
    target: str  # "module:function", imported on first use so the CLI starts fast
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def load(self) -> StageFunction:
        module_name, function_name = self.target.split(":")
        function: StageFunction = getattr(importlib.import_module(module_name), function_name)
        return function


EVENTS_STAGE = Stage(
    "dateline.events.v1",
    "dateline.extract.events:extract_events",
    ("entities", "times", "statements"),
    ("events",),
)
# The events stage with every verb an event mention too (`event_mentions = "all"`)
EVERY_EVENT_MENTION_STAGE = Stage(
    "dateline.events-every-mention.v1",
    "dateline.extract.events:extract_every_event_mention",
    EVENTS_STAGE.requires,
    EVENTS_STAGE.assigns,
)

STAGES: tuple[Stage, ...] = (
    Stage("dateline.dateline.v1", "dateline.extract.dateline:extract_dateline", (), ("dateline",)),
    Stage(
        "dateline.entities.v1",
        "dateline.extract.entities:extract_entities",
        ("dateline",),
        ("entities",),
    ),
    Stage("dateline.times.v1", "dateline.extract.time:extract_times", ("dateline",), ("times",)),
    Stage(
        "dateline.statements.v1",
        "dateline.extract.statements:extract_statements",
        ("dateline", "entities", "times"),
        ("statements",),
    ),
    EVENTS_STAGE,
    Stage(
        "dateline.quantities.v1",
        "dateline.extract.quantities:extract_quantities",
        ("times", "events", "statements"),
        ("quantities",),
    ),
)


def check_order(stages: tuple[Stage, ...] = STAGES) -> None:
    """Raise ValueError naming the first stage whose requirement no earlier stage assigns."""
    assigned: set[str] = set()
    for stage in stages:
        missing = [need for need in stage.requires if need not in assigned]
        if missing:
            raise ValueError(f"stage {stage.name} requires {missing}, assigned by no earlier stage")
        assigned.update(stage.assigns)


def registered_stages(event_mentions: str) -> tuple[Stage, ...]:
    """The registered stages, with the events stage that `event_mentions` names ("typed" or
    "all")."""
    if event_mentions == "typed":
        return STAGES
    return tuple(EVERY_EVENT_MENTION_STAGE if s is EVENTS_STAGE else s for s in STAGES)


def stages_until(field_name: str, stages: tuple[Stage, ...] = STAGES) -> tuple[Stage, ...]:
    """The registered stages up to and including the one that assigns `field_name`."""
    for index, stage in enumerate(stages):
        if field_name in stage.assigns:
            return stages[: index + 1]
    raise KeyError(f"no registered stage assigns {field_name!r}")

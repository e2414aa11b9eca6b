from __future__ import annotations

import pytest

from dateline.extract.registry import STAGES, Stage, check_order, stages_until


def test_registered_stage_names_snapshot() -> None:
    # A change here is a change of Dateline's output: bump the version suffix, update docs.
    names = [stage.name for stage in STAGES]
    assert names[:2] == ["dateline.dateline.v1", "dateline.entities.v1"]
    assert len(names) == len(set(names))
    assert all(
        name.startswith("dateline.") and name.rsplit(".", 1)[-1].startswith("v") for name in names
    )


def test_registered_stages_are_in_a_valid_order_and_importable() -> None:
    check_order()
    for stage in STAGES:
        assert callable(stage.load())


def test_check_order_names_the_stage_with_a_missing_requirement() -> None:
    stages = (Stage("x.v1", "m:f", ("entities",), ("times",)),)
    with pytest.raises(ValueError, match="x.v1"):
        check_order(stages)


def test_stages_until_returns_a_prefix() -> None:
    prefix = stages_until("entities")
    assert prefix == STAGES[: len(prefix)]
    assert "entities" in prefix[-1].assigns


def test_every_event_mention_swaps_only_the_events_stage() -> None:
    from dateline.extract.registry import (
        EVENTS_STAGE,
        EVERY_EVENT_MENTION_STAGE,
        registered_stages,
    )

    assert registered_stages("typed") == STAGES
    every = registered_stages("all")
    check_order(every)
    assert [s.name for s in every] == [
        EVERY_EVENT_MENTION_STAGE.name if s is EVENTS_STAGE else s.name for s in STAGES
    ]
    assert callable(EVERY_EVENT_MENTION_STAGE.load())


def test_an_unknown_event_mentions_setting_is_a_typed_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from dateline.errors import SettingsError
    from dateline.settings import Settings

    monkeypatch.setenv("DATELINE_EVENT_MENTIONS", "some")
    with pytest.raises(SettingsError, match="typed or all"):
        Settings.from_env()


@pytest.mark.parametrize(
    "name", ["DATELINE_MAX_CHARS", "DATELINE_MAX_BYTES", "DATELINE_MAX_SECONDS"]
)
@pytest.mark.parametrize("value", ["lots", "0", "-5"])
def test_a_limit_that_is_no_positive_number_is_a_settings_error(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str
) -> None:
    from dateline.errors import SettingsError
    from dateline.settings import Settings

    monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError, match=name):
        Settings.from_env()

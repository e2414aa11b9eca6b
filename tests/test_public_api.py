from __future__ import annotations

import dateline


def test_exported_members_exist_and_are_documented() -> None:
    for name in dateline.__all__:
        assert hasattr(dateline, name), name
    public = {n for n in dir(dateline) if not n.startswith("_")}
    modules = {"errors", "extract", "ingest", "records", "settings", "nlp", "serialize"}
    assert public - modules - set(dateline.__all__) <= {
        "store",
        "batch",
        "eval",
        "lexicons",
        "report",
        "web",
        "cli",
        "api",
    }

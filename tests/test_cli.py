from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli import main
from tests.factories import account_article, make_article, warc_bytes

README = Path(__file__).resolve().parents[1] / "README.md"


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def test_every_command_has_help_with_an_example_and_is_in_the_readme(runner: CliRunner) -> None:
    readme = README.read_text()
    for name, command in main.commands.items():
        result = runner.invoke(main, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Example" in result.output, f"{name} --help has no example"
        assert f"dateline {name}" in readme, f"{name} is not documented in README.md"
        assert command.help


def test_read_commands_on_a_missing_database_fail_cleanly(
    runner: CliRunner, tmp_path: Path
) -> None:
    result = runner.invoke(main, ["search", "x", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1
    assert "error [DL500]" in result.output
    assert "Traceback" not in result.output


@pytest.mark.slow
def test_extract_exits_1_when_no_article_comes_out_and_3_when_some_do(
    runner: CliRunner, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("DATELINE_MAX_CHARS", "60")  # fails in extraction, after reading
    long = tmp_path / "long.txt"
    long.write_text("Mayor Eva Lind opened the new bridge in Oslo on Friday morning.")
    assert runner.invoke(main, ["extract", str(long)]).exit_code == 1
    both = tmp_path / "both.jsonl"
    both.write_text(
        json.dumps({"text": long.read_text()}) + "\n" + json.dumps({"text": "Eva Lind spoke."})
    )
    assert runner.invoke(main, ["extract", str(both)]).exit_code == 3


def test_schema_prints_json_schema(runner: CliRunner) -> None:
    result = runner.invoke(main, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.output)["properties"]["schema"]["const"] == "dateline.article/1"


def test_extract_of_empty_input_exits_1_with_reason(runner: CliRunner, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = runner.invoke(main, ["extract", str(empty)])
    assert result.exit_code == 1
    assert "DL101" in result.output


def test_extract_refuses_a_publication_time_that_is_no_date(
    runner: CliRunner, tmp_path: Path
) -> None:
    path = tmp_path / "a.txt"
    path.write_text("The mayor opened the bridge.")
    result = runner.invoke(main, ["extract", str(path), "--published", "yesterday"])
    assert result.exit_code == 2
    assert "is no date" in result.output


@pytest.mark.slow
def test_extract_prints_a_valid_record(runner: CliRunner, tmp_path: Path) -> None:
    import jsonschema

    from dateline.serialize import article_json_schema

    path = tmp_path / "a.txt"
    path.write_text("Ambassador Ann Lee met Bob Stone in Oslo on Monday, Gazette reports.")
    result = runner.invoke(main, ["extract", str(path), "--published", "2024-01-02T10:00:00+01:00"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    jsonschema.validate(record, article_json_schema())
    assert record["dateline"]["published"]["value"] == "2024-01-02T10:00:00+01:00"
    assert record["dateline"]["outlet"] == "Gazette"
    text = record["document"]["text"]
    for entity in record["entities"]:
        for mention in entity["mentions"]:
            assert (
                text[mention["span"]["start"] : mention["span"]["end"]] == mention["span"]["text"]
            )


@pytest.mark.slow
def test_ingest_is_idempotent_records_failures_and_queries_work(
    runner: CliRunner, tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        " date 2024-03-01 1 March 2024 09:00 (UTC+01:00)\n\n"
        "Mayor Eva Lind opened a bridge in Oslo. "
        "Lind said the bridge cost 12 million euros."
    )
    (corpus / "b.jsonl").write_text(
        json.dumps({"text": "Eva Lind visited Bergen on Friday.", "outlet": "Nord News"})
        + "\n{broken\n"
    )
    (corpus / "c.txt").write_bytes(b"\x00\x01\x02\x00")
    db = str(tmp_path / "kb.duckdb")
    first = runner.invoke(main, ["ingest", str(corpus), "--db", db, "--quiet"])
    assert first.exit_code == 3, first.output
    assert "added 2" in first.output and "failed 2" in first.output
    second = runner.invoke(main, ["ingest", str(corpus), "--db", db, "--quiet"])
    assert "added 0, already stored 2" in second.output
    failures = runner.invoke(main, ["failures", "--db", db])
    assert "DL102" in failures.output and "DL105" in failures.output
    search = runner.invoke(main, ["search", "bridge", "--db", db, "--json"])
    (hit,) = json.loads(search.output)
    entities = runner.invoke(main, ["entities", "--db", db, "--json"])
    lind = next(e for e in json.loads(entities.output) if e["name"] == "Eva Lind")
    assert lind["articles"] == 2 and "Mayor" in lind["titles"]
    show = runner.invoke(main, ["show", hit["id"], "--db", db])
    assert re.search(r"published 2024-03-01T09:00:00\+01:00", show.output)


@pytest.mark.slow
def test_ingest_records_a_failure_for_an_id_given_to_two_articles(
    runner: CliRunner, tmp_path: Path
) -> None:
    records = [
        {"id": "same", "text": "Eva Lind opened a bridge in Oslo."},
        {"id": "same", "text": "Eva Lind opened a bridge in Oslo."},  # the same article again
        {"id": "same", "text": "Ola Berg visited Bergen on Friday."},  # another article
    ]
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    db = str(tmp_path / "kb.duckdb")
    result = runner.invoke(main, ["ingest", str(path), "--db", db, "--quiet"])
    assert result.exit_code == 3, result.output
    assert "added 1, already stored 1, failed 1" in result.output
    failures = runner.invoke(main, ["failures", "--db", db])
    assert "the id 'same' is already stored for a different article" in failures.output


@pytest.mark.slow
def test_article_text_never_sends_control_characters_to_the_terminal(
    runner: CliRunner, tmp_path: Path
) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Bridge \x1b]0;PWNED\x07opens\n\nMayor Eva Lind opened the bridge in Oslo.")
    db = str(tmp_path / "kb.duckdb")
    runner.invoke(main, ["ingest", str(path), "--db", db, "--quiet"])
    result = runner.invoke(main, ["search", "bridge", "--db", db])
    assert "PWNED" in result.output  # the words stay; the escape that retitles a terminal goes
    assert "\x1b" not in result.output and "\x07" not in result.output


def test_ingest_reads_web_archives_and_feeds(runner: CliRunner, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    page = (
        "<html><head><title>Bridge opens</title></head><body><article><h1>Bridge opens</h1>"
        "<p>Mayor Eva Lind opened a bridge in Oslo on Friday, the council said.</p>"
        "<p>Lind said the bridge cost 12 million euros.</p></article></body></html>"
    )
    (corpus / "crawl.warc.gz").write_bytes(
        warc_bytes(
            [
                ("https://nord.example/bridge", "200 OK", "text/html", page.encode()),
                ("https://nord.example/logo.png", "200 OK", "image/png", b"\x89PNG...."),
            ]
        )
    )
    (corpus / "news.rss").write_text(
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Nord News</title>"
        "<item><title>Lind in Bergen</title><link>https://nord.example/bergen</link>"
        "<pubDate>Sat, 02 Mar 2024 10:15:00 +0100</pubDate>"
        "<description>Minister Eva Lind visited Bergen on Saturday.</description></item>"
        "<item><title>Empty</title></item></channel></rss>"
    )
    db = str(tmp_path / "kb.duckdb")
    result = runner.invoke(main, ["ingest", str(corpus), "--db", db, "--quiet"])
    assert result.exit_code == 3, result.output  # the empty feed entry failed, alone
    assert "read 3, added 2" in result.output and "failed 1" in result.output
    failures = runner.invoke(main, ["failures", "--db", db])
    assert "news.rss#2" in failures.output and "DL101" in failures.output
    entities = runner.invoke(main, ["entities", "--db", db, "--json"])
    lind = next(e for e in json.loads(entities.output) if e["name"] == "Eva Lind")
    assert lind["articles"] == 2
    search = runner.invoke(main, ["search", "Bergen", "--db", db, "--json"])
    (hit,) = json.loads(search.output)
    show = runner.invoke(main, ["show", hit["id"], "--db", db])
    assert "2024-03-02T10:15:00+01:00" in show.output


def test_export_writes_records_and_tables_other_tools_read(
    runner: CliRunner, tmp_path: Path
) -> None:
    import duckdb

    (tmp_path / "a.txt").write_text(
        "Mayor Eva Lind opened a bridge in Oslo on Friday. Lind said it cost 12 million euros."
    )
    db = str(tmp_path / "kb.duckdb")
    assert runner.invoke(main, ["ingest", str(tmp_path / "a.txt"), "--db", db, "-q"]).exit_code == 0
    records = runner.invoke(main, ["export", "-", "--db", db])
    (line,) = records.output.splitlines()
    record = json.loads(line)
    assert record["schema"] and record["statements"][0]["cue"]["text"] == "said"
    folder = tmp_path / "it's tables"  # a quote in the path must not break the COPY statement
    tables = runner.invoke(main, ["export", str(folder), "--format", "parquet", "--db", db])
    assert tables.exit_code == 0, tables.output
    people = duckdb.sql(
        "SELECT name, corpus_key FROM read_parquet(?) WHERE type = 'PERSON'",
        params=[str(folder / "linked_entities.parquet")],
    ).fetchall()
    assert people == [("Eva Lind", "PERSON:eva lind")]
    documents = duckdb.sql(
        "SELECT * FROM read_parquet(?)", params=[str(folder / "documents.parquet")]
    )
    assert "text" in documents.columns and "article_json" not in documents.columns
    csv = runner.invoke(main, ["export", str(tmp_path / "csv"), "--format", "csv", "--db", db])
    assert csv.exit_code == 0, csv.output
    assert (tmp_path / "csv" / "statements.csv").read_text().startswith("doc_id")


def _brat_corpus(root: Path) -> None:
    """A two-text corpus in PolNeAR's layout, written here (no gold data copied)."""
    texts = {
        "a": "Critics derided the plan as a giveaway. The plan passed on Monday.",
        "b": "The mayor derided the budget as reckless. The budget passed anyway.",
    }
    (root / "train" / "text").mkdir(parents=True)
    (root / "train" / "attributions").mkdir()
    for stem, text in texts.items():
        (root / "train" / "text" / f"{stem}.txt").write_text(text)
        subject = text.split(" derided")[0]
        cue_start = len(subject) + 1
        content_start = cue_start + len("derided ")
        content_end = text.index(".")
        ann = (
            f"T1\tSource 0 {len(subject)}\t{subject}\n"
            f"T2\tCue {cue_start} {cue_start + 7}\tderided\n"
            f"T3\tContent {content_start} {content_end}\t{text[content_start:content_end]}\n"
            f"T4\tAttribution {cue_start} {cue_start + 7}\tderided\n"
            "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
        )
        (root / "train" / "attributions" / f"{stem}_x.ann").write_text(ann)


@pytest.mark.slow
def test_train_cues_writes_a_model_that_extraction_uses(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _brat_corpus(tmp_path / "corpus")
    out = tmp_path / "cues.json"
    result = runner.invoke(
        main, ["train-cues", "--corpus", str(tmp_path / "corpus"), "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "2 cue verbs of 4" in result.output
    assert json.loads(out.read_text())["weights"]["lemma=deride"] > 0

    import dateline
    from dateline.nlp import clear_pipeline_cache

    monkeypatch.setenv("DATELINE_CUE_MODEL", str(out))
    try:
        article = dateline.extract(
            "Storm hits coast\n\nThe senator derided the levy as a tax grab."
        )
    finally:
        clear_pipeline_cache()
    assert "derided" in [s.cue.slice(article.document.text) for s in article.statements]


def test_train_cues_refuses_a_missing_corpus(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(
        main, ["train-cues", "--corpus", str(tmp_path / "none"), "--out", str(tmp_path / "m")]
    )
    assert result.exit_code == 2 and "does not exist" in result.output


def test_train_cues_on_a_folder_without_the_split_names_the_layout(
    runner: CliRunner, tmp_path: Path
) -> None:
    result = runner.invoke(
        main, ["train-cues", "--corpus", str(tmp_path), "--out", str(tmp_path / "m.json")]
    )
    assert result.exit_code == 1
    assert "train/attributions/*.ann" in result.output and "Traceback" not in result.output


@pytest.mark.slow
def test_extract_with_every_event_mention(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("The company opened an office in Boston on Monday, Gazette reports.")
    typed = runner.invoke(main, ["extract", str(path), "--compact"])
    every = runner.invoke(main, ["extract", str(path), "--compact", "--event-mentions", "all"])
    assert typed.exit_code == every.exit_code == 0, typed.output + every.output
    triggers = [
        {event["trigger"]["text"] for event in json.loads(result.output)["events"]}
        for result in (typed, every)
    ]
    assert triggers[0] < triggers[1]  # the typed events, and more
    import jsonschema

    from dateline.serialize import article_json_schema

    jsonschema.validate(json.loads(every.output), article_json_schema())


def test_same_story_lists_other_outlets_telling_it(runner: CliRunner, tmp_path: Path) -> None:
    from dateline.store.db import STORY_DAYS, STORY_MIN_SIMILARITY

    lines = [
        ("Gazette", "2016-11-09", "A tram derailed in Croydon. Mayor Sadiq Khan visited Croydon."),
        ("Courier", "2016-11-09", "Sadiq Khan said the Croydon tram derailed on a sharp bend."),
        ("Post", "2016-11-09", "The Chicago Cubs won the World Series in Cleveland."),
    ]
    path = tmp_path / "news.jsonl"
    path.write_text(
        "\n".join(json.dumps({"text": t, "outlet": o, "published": p}) for o, p, t in lines)
    )
    db = str(tmp_path / "kb.duckdb")
    assert runner.invoke(main, ["ingest", str(path), "--db", db, "-q"]).exit_code == 0
    from dateline.store import Store

    with Store.open(db, read_only=True) as store:
        ids = dict(store.db.execute("SELECT outlet, id FROM documents").fetchall())
    result = runner.invoke(main, ["same-story", ids["Gazette"], "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    (row,) = json.loads(result.output)
    assert row["outlet"] == "Courier" and "Croydon" in row["shared"]
    text = runner.invoke(main, ["same-story", ids["Post"], "--db", db]).output
    assert "no other article tells this story" in text
    assert runner.invoke(main, ["same-story", "nope", "--db", db]).exit_code == 1
    help_text = runner.invoke(main, ["same-story", "--help"]).output
    assert f"[default: {STORY_DAYS}]" in help_text
    assert f"[default: {STORY_MIN_SIMILARITY}]" in help_text


def test_story_prints_each_outlets_figures_and_voices(runner: CliRunner, tmp_path: Path) -> None:
    from dateline.store import Store

    db = str(tmp_path / "kb.duckdb")
    with Store.open(db) as store:
        store.add_article(account_article("a", "Gazette", "7", "Ann Lee"))
        store.add_article(account_article("b", "Courier", "8"))
        store.refresh()
    result = runner.invoke(main, ["story", "a", "--db", db])
    assert result.exit_code == 0, result.output
    assert "7 people  (Gazette, claimed by Ann Lee)" in result.output
    assert "8 people  (Courier, in the outlet's own voice)" in result.output
    assert "Ann Lee: Gazette" in result.output
    story = json.loads(runner.invoke(main, ["story", "a", "--db", db, "--json"]).output)
    assert story["figures"][0]["what"] == "killed · people"
    assert runner.invoke(main, ["story", "nope", "--db", db]).exit_code == 1


def test_refresh_compares_an_article_stored_after_the_last_one(
    runner: CliRunner, tmp_path: Path
) -> None:
    from dateline.store import Store

    db = str(tmp_path / "kb.duckdb")
    with Store.open(db) as store:
        for doc_id in ("a", "b"):  # stored as an ingest stopped before its end leaves them
            store.add_article(make_article(doc_id=doc_id))
    before = runner.invoke(main, ["same-story", "a", "--db", db]).output
    assert "not compared yet" in before and "dateline refresh" in before
    result = runner.invoke(main, ["refresh", "--db", db])
    assert result.exit_code == 0, result.output
    assert "2 articles" in result.output
    after = runner.invoke(main, ["same-story", "a", "--db", db, "--json"]).output
    assert [row["doc_id"] for row in json.loads(after)] == ["b"]


def test_eval_help_names_every_task(runner: CliRunner) -> None:
    from dateline.eval.framework import TASKS

    assert runner.invoke(main, ["eval", "--help"]).exit_code == 0
    (option,) = [p for p in main.commands["eval"].params if p.name == "tasks"]
    for name in TASKS:
        assert name in (option.help or ""), name


def test_json_output_escapes_the_controls_json_dumps_leaves_raw() -> None:
    from dateline.cli import json_safe

    record = json.dumps({"text": "a\x9b31mb\x85c"}, ensure_ascii=False)
    safe = json_safe(record)
    assert "\x9b" not in safe and "\x85" not in safe
    assert json.loads(safe) == {"text": "a\x9b31mb\x85c"}  # the record keeps its text

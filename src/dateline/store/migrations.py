"""Schema migrations: ordered functions, each applied once and recorded in `schema_migrations`.

Add a migration by appending a function to MIGRATIONS; never edit one that has shipped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import duckdb

Migration = Callable[[duckdb.DuckDBPyConnection], None]


def m001_core(db: duckdb.DuckDBPyConnection) -> None:
    db.execute(
        """
        CREATE TABLE documents (
            id VARCHAR PRIMARY KEY,
            source VARCHAR,
            format VARCHAR,
            url VARCHAR,
            outlet VARCHAR,
            outlet_source VARCHAR,
            title VARCHAR,
            author VARCHAR,
            language VARCHAR,
            published VARCHAR,          -- ISO 8601 as printed, offset kept
            published_offset VARCHAR,   -- '+04:00', NULL when none was printed
            published_precision VARCHAR,
            published_sort TIMESTAMP,   -- for ordering only: UTC when an offset is known
            text VARCHAR NOT NULL,
            body_start INTEGER,
            body_end INTEGER,
            word_count INTEGER,
            model VARCHAR,
            article_json JSON NOT NULL,
            ingested_at TIMESTAMP DEFAULT current_timestamp
        )
        """
    )
    db.execute(
        """
        CREATE TABLE entities (
            doc_id VARCHAR NOT NULL,
            entity_id VARCHAR NOT NULL,
            entity_key VARCHAR NOT NULL,  -- type + normalised name: joins an entity across articles
            name VARCHAR NOT NULL,
            type VARCHAR NOT NULL,
            category VARCHAR NOT NULL,
            mention_count INTEGER NOT NULL,
            titles VARCHAR[],
            roles VARCHAR[],
            affiliations VARCHAR[],
            PRIMARY KEY (doc_id, entity_id)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE mentions (
            doc_id VARCHAR NOT NULL,
            entity_id VARCHAR NOT NULL,
            start_char INTEGER NOT NULL,
            end_char INTEGER NOT NULL,
            surface VARCHAR NOT NULL,
            label VARCHAR NOT NULL,
            kind VARCHAR NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE failures (
            source VARCHAR NOT NULL,
            error_code VARCHAR NOT NULL,
            error_type VARCHAR NOT NULL,
            message VARCHAR NOT NULL,
            document_id VARCHAR,
            failed_at TIMESTAMP DEFAULT current_timestamp
        )
        """
    )


def m002_layers(db: duckdb.DuckDBPyConnection) -> None:
    """Tables for the time, statement, event and quantity layers."""
    db.execute(
        """
        CREATE TABLE times (
            doc_id VARCHAR NOT NULL, time_id VARCHAR NOT NULL,
            start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, surface VARCHAR NOT NULL,
            type VARCHAR NOT NULL, value VARCHAR NOT NULL, mod VARCHAR, anchor_id VARCHAR,
            derived_by VARCHAR, anchored_to VARCHAR,
            PRIMARY KEY (doc_id, time_id)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE statements (
            doc_id VARCHAR NOT NULL, statement_id VARCHAR NOT NULL,
            cue_start INTEGER NOT NULL, cue_end INTEGER NOT NULL, cue VARCHAR NOT NULL,
            cue_lemma VARCHAR, content VARCHAR NOT NULL, content_spans JSON NOT NULL,
            source_start INTEGER, source_end INTEGER, source VARCHAR,
            speaker_id VARCHAR, kind VARCHAR NOT NULL, reported_by VARCHAR[],
            parent_id VARCHAR, time_ids VARCHAR[], entity_ids VARCHAR[],
            PRIMARY KEY (doc_id, statement_id)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE events (
            doc_id VARCHAR NOT NULL, event_id VARCHAR NOT NULL,
            trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL, trigger VARCHAR NOT NULL,
            type VARCHAR NOT NULL, time_ids VARCHAR[], place_id VARCHAR,
            is_main BOOLEAN NOT NULL, referenced BOOLEAN NOT NULL,
            statement_id VARCHAR, parent_id VARCHAR,
            PRIMARY KEY (doc_id, event_id)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE participants (
            doc_id VARCHAR NOT NULL, event_id VARCHAR NOT NULL, role VARCHAR NOT NULL,
            start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, surface VARCHAR NOT NULL,
            entity_id VARCHAR
        )
        """
    )
    db.execute(
        """
        CREATE TABLE quantities (
            doc_id VARCHAR NOT NULL, quantity_id VARCHAR NOT NULL,
            start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, surface VARCHAR NOT NULL,
            value DOUBLE, unit VARCHAR, counted VARCHAR, event_id VARCHAR, statement_id VARCHAR,
            PRIMARY KEY (doc_id, quantity_id)
        )
        """
    )


def m003_entity_links(db: duckdb.DuckDBPyConnection) -> None:
    """Cross-article links: a shorter name to the fuller one it stands for (`store.linking`).
    Rebuilt after each ingest; a key without a row is its own corpus entity."""
    db.execute(
        """
        CREATE TABLE entity_links (
            entity_key VARCHAR PRIMARY KEY,
            corpus_key VARCHAR NOT NULL
        )
        """
    )
    # every stored entity with the corpus entity it belongs to
    db.execute(
        "CREATE VIEW linked_entities AS"
        " SELECT e.*, coalesce(l.corpus_key, e.entity_key) AS corpus_key"
        " FROM entities e LEFT JOIN entity_links l ON l.entity_key = e.entity_key"
    )


def m004_story_vectors(db: duckdb.DuckDBPyConnection) -> None:
    """Each article's day and its story vectors, unit length, one row per term: its named
    entities (kind 'entity', labelled with the name) and its words (kind 'text', a search-index
    term). Rebuilt after each ingest (`Store.refresh_story_vectors`); `Store.same_story` reads
    them."""
    db.execute(
        """
        CREATE TABLE story_articles (
            doc_id VARCHAR PRIMARY KEY,
            day DATE,
            has_text BOOLEAN NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE story_terms (
            doc_id VARCHAR NOT NULL,
            kind VARCHAR NOT NULL,
            term VARCHAR NOT NULL,
            label VARCHAR,
            weight DOUBLE NOT NULL
        )
        """
    )


def m005_story_term_days(db: duckdb.DuckDBPyConnection) -> None:
    """Each story term carries its article's day, and a refresh writes the terms in day order:
    `Store.same_story` then reads only the row groups of its window, not every term stored."""
    db.execute("ALTER TABLE story_terms ADD COLUMN day DATE")


def m006_quantity_mods(db: duckdb.DuckDBPyConnection) -> None:
    """How a word before a figure bounds it: "at least 20" is EQUAL_OR_MORE 20."""
    db.execute("ALTER TABLE quantities ADD COLUMN mod VARCHAR")


MIGRATIONS: tuple[Migration, ...] = (
    m001_core,
    m002_layers,
    m003_entity_links,
    m004_story_vectors,
    m005_story_term_days,
    m006_quantity_mods,
)


def pending_migrations(db: duckdb.DuckDBPyConnection) -> list[str]:
    """Names of the migrations not yet applied (all of them on an empty database)."""
    return [migration.__name__ for _, migration in _pending(db)]


def _pending(db: duckdb.DuckDBPyConnection) -> list[tuple[int, Migration]]:
    tables = {row[0] for row in db.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    done: set[int] = set()
    if "schema_migrations" in tables:
        done = {row[0] for row in db.execute("SELECT version FROM schema_migrations").fetchall()}
    return [(v, m) for v, m in enumerate(MIGRATIONS, start=1) if v not in done]


@contextmanager
def transaction(db: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """Everything inside is committed together, or rolled back and the error raised."""
    db.execute("BEGIN TRANSACTION")
    try:
        yield
    except Exception:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def migrate(db: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply pending migrations in order, each in its own transaction; return the names applied."""
    db.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        "version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, "
        "applied_at TIMESTAMP DEFAULT current_timestamp)"
    )
    applied = []
    for version, migration in _pending(db):
        with transaction(db):
            migration(db)
            db.execute(
                "INSERT INTO schema_migrations (version, name) VALUES (?, ?)",
                [version, migration.__name__],
            )
        applied.append(migration.__name__)
    return applied

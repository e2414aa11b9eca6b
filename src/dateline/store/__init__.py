"""The knowledge base: DuckDB schema, migrations, writes and queries."""

from dateline.store.db import IngestCounts, Store, entity_key

__all__ = ["IngestCounts", "Store", "entity_key"]

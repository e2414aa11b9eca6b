"""The knowledge base: DuckDB schema, migrations, writes and queries."""

from dateline.store.db import Store, entity_key

__all__ = ["Store", "entity_key"]

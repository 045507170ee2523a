"""The relational state of an organization: SQLAlchemy 2 tables, Alembic migrations (ADR 0086).

SQLite at ``DIR/.mediacode/mediacode.db`` by default; ``MEDIACODE_DATABASE_URL``
points at another database (PostgreSQL at scale). ``open_database`` brings the
schema to the newest migration on first use.
"""

"""Fixtures for the database tests (defined in `db_support`)."""

from db_support import database, database_url, postgres_url  # noqa: F401

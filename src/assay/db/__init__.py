"""Persistence: SQLAlchemy 2 typed models, the session factory, queries per aggregate, migrations.

Never imports FastAPI or the layers above. Modules: `models` (tables), `engine` (engine and
session factory), `migrate` (Alembic), `users`, `problems`, `submissions`, `history`, `stats`
(queries per aggregate), `results` (the worker's side: start, record, recover).
"""

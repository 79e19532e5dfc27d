"""Alembic environment: always run by oco_desktop.store.migrate on a connection it owns."""

from alembic import context

from oco_desktop.store import sync_models  # noqa: F401  (sync tables for autogenerate)
from oco_desktop.store.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transaction_per_migration=False,
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()

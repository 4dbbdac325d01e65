"""Alembic environment: derek passes an open connection in ``config.attributes``."""

from alembic import context
from sqlalchemy import create_engine

from derek.store.models import Base

config = context.config
connection = config.attributes.get("connection")

if connection is None:  # `alembic` command line (for authors of new revisions): needs sqlalchemy.url
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.begin() as connection:
        context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
        context.run_migrations()
else:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()

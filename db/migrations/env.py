"""Alembic environment: runs migrations on the connection that ``regio_desktop.world.database`` hands in.

The program calls Alembic programmatically (no alembic.ini at run time); developers create new
revisions with ``make migration MSG="..."``.
"""

from alembic import context
from sqlalchemy import create_engine

from regio_desktop.world.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(
            connection=connection, target_metadata=target_metadata, render_as_batch=True
        )
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.connect() as conn:
        context.configure(connection=conn, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()


run_migrations_online()

"""Shared decks with versions (#17): ``deck_versions``, the twin of ``scenario_versions``.

A team database keeps every version of a facilitator's deck the team saves, as it keeps a
scenario's (0007): its name (the deck's title), a version number (1, 2, ... per name), the deck
as its file format writes it, who saved it and when, and a short comment. Versions are never
changed or deleted. The table exists in a profile too (one schema for both), where it stays
empty: one facilitator keeps decks in files. The rights (an editor may only add a version, as
itself) are the team database's, granted by ``db init`` and ``db upgrade`` (team_schema.py).

The columns are written out here rather than taken from the models: a migration is the schema as
it was at this revision, whatever the models become.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "deck_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("author", sa.String(length=64), nullable=False),
        sa.Column("saved", sa.DateTime(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False, server_default=""),
        sa.CheckConstraint("version >= 1", name=op.f("ck_deck_versions_version")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deck_versions")),
        sa.UniqueConstraint("name", "version", name=op.f("uq_deck_versions_name")),
    )


def downgrade() -> None:
    op.drop_table("deck_versions")

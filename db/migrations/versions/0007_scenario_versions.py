"""Shared scenarios with versions (#17): ``scenario_versions``.

A team database keeps every version of a scenario the team saves: its name, a version number
(1, 2, ... per name), the scenario as its file format writes it, who saved it (the database role)
and when, and a short comment. Versions are never changed or deleted, so that an earlier one can
always be opened and compared. The table exists in a profile too (one schema for both), where it
stays empty: one analyst keeps scenarios in files.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "scenario_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("author", sa.String(length=64), nullable=False),
        sa.Column("saved", sa.DateTime(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False, server_default=""),
        sa.CheckConstraint("version >= 1", name=op.f("ck_scenario_versions_version")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scenario_versions")),
        sa.UniqueConstraint("name", "version", name=op.f("uq_scenario_versions_name")),
    )


def downgrade() -> None:
    op.drop_table("scenario_versions")

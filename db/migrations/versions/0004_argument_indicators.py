"""The indicators an argument bears on (#13): ``arguments.indicators``.

A ';'-separated list of state indicator codes (``ARGUMENT_INDICATORS`` in world/vocabulary.py),
empty when the argument speaks to none of the indicators the program computes (an argument about
identity or public opinion). The window highlights the arguments about an indicator the analyst
selects; the shipped corpus is filled in db/data/arguments.csv, and the user's own arguments
start empty until the user names some.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "arguments",
        sa.Column("indicators", sa.String(length=400), nullable=False, server_default=""),
    )


def downgrade() -> None:
    with op.batch_alter_table("arguments") as batch:
        batch.drop_column("indicators")

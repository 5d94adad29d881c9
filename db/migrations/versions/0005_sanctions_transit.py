"""What a sanctions regime covers on the ground (#12): ``sanctions.transit``.

Listings of persons (Belarus 2006, Uzbekistan 2005) do not close a railway through the state, while
bans on hauliers, shipping and payments (Russia and Belarus from 2022, Iran under secondary
sanctions) do. ``transit`` (0 to 1) says how much of a regime bears on goods crossing the state,
so that the corridor openness follows what the measures cover; existing rows keep the old reading
(1, the whole severity).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "sanctions", sa.Column("transit", sa.Float(), nullable=False, server_default="1.0")
    )


def downgrade() -> None:
    with op.batch_alter_table("sanctions") as batch:
        batch.drop_column("transit")

"""Full texts of sources the user imports (to read them and quote passages as arguments).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "source_texts",
        sa.Column("source_id", sa.String(length=64), nullable=False),
        sa.Column("format", sa.String(length=12), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("imported", sa.DateTime(), nullable=False),
        sa.CheckConstraint("format IN ('text', 'markdown')", name=op.f("ck_source_texts_format")),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("fk_source_texts_source_id_sources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("source_id", name=op.f("pk_source_texts")),
    )


def downgrade() -> None:
    op.drop_table("source_texts")

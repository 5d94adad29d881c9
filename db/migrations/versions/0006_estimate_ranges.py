"""The documented range of each estimated data value (#14 item 3): ``estimate_ranges``.

The uncertainty analysis drew every bloc depth and delegation over a flat ±0.15 and every
corridor's sanctions exposure over ±0.2, whatever the row's note said: the CIS Free Trade Area's
delegation of 0.02 ("sets up no body that makes rules") was drawn up to 0.17, and the Northern
Route's documented 0.3-0.8 became 0.3-0.7. A row of this table gives one value its own range
and the reason for it: ``kind`` (``bloc``, ``corridor``, ``sanction``), ``code`` (a bloc or
corridor code, a sanctions regime as ``STATE/START``), ``field`` (the column), ``low``, ``high``.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "estimate_ranges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("field", sa.String(length=24), nullable=False),
        sa.Column("low", sa.Float(), nullable=False),
        sa.Column("high", sa.Float(), nullable=False),
        sa.Column("source_id", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('bloc', 'corridor', 'sanction')", name=op.f("ck_estimate_ranges_kind")
        ),
        sa.CheckConstraint(
            "low >= 0 AND low <= high AND high <= 1", name=op.f("ck_estimate_ranges_bounds")
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f("fk_estimate_ranges_source_id_sources")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_estimate_ranges")),
        sa.UniqueConstraint("kind", "code", "field", name=op.f("uq_estimate_ranges_kind")),
    )


def downgrade() -> None:
    op.drop_table("estimate_ranges")

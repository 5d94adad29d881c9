"""Evidence and model validity (#12): focus states, hub-and-spoke trade agreements, dated
corridor segments with their own sanctions exposure, and a review note per argument.

- ``states.focus``: the Eurasian states the matrix, map and region measures show by default;
  outside members (the rest of the EU, NATO, BRICS, ...) are held so that bloc totals are true.
- ``blocs.preferential_with``: for an agreement bloc (the EU's DCFTAs, the EAEU's free-trade
  agreements), the bloc whose full members its members trade with on preferential terms; its
  own members do not trade preferentially with each other through it.
- ``corridors.sanctions_exposure``: how much of a transit state's sanctions bears on the
  corridor (1 = all; the CPC pipeline is exempt from the EU measures).
- ``corridor_states.start`` / ``end`` / ``note``: when a state's segment opened (and closed).
- ``arguments.reviewed``: what was checked against the source, and when.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "states", sa.Column("focus", sa.Boolean(), nullable=False, server_default=sa.true())
    )
    op.add_column("blocs", sa.Column("preferential_with", sa.String(length=24), nullable=True))
    op.add_column(
        "corridors",
        sa.Column("sanctions_exposure", sa.Float(), nullable=False, server_default="1.0"),
    )
    op.add_column("corridor_states", sa.Column("start", sa.Date(), nullable=True))
    op.add_column("corridor_states", sa.Column("end", sa.Date(), nullable=True))
    op.add_column("corridor_states", sa.Column("note", sa.Text(), nullable=True))
    op.add_column("arguments", sa.Column("reviewed", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("arguments") as batch:
        batch.drop_column("reviewed")
    with op.batch_alter_table("corridor_states") as batch:
        batch.drop_column("note")
        batch.drop_column("end")
        batch.drop_column("start")
    with op.batch_alter_table("corridors") as batch:
        batch.drop_column("sanctions_exposure")
    with op.batch_alter_table("blocs") as batch:
        batch.drop_column("preferential_with")
    with op.batch_alter_table("states") as batch:
        batch.drop_column("focus")

"""A third stance, ``context`` (#12 item 5): a row that describes a choice without arguing it.

``arguments.stance`` was ``for`` or ``against``; a passage that only describes (a list of the
region's security bodies, how scholars see a bloc) was kept as ``for`` with a claim opening
"Context rather than an argument for a choice", so it still added to a choice's balance. Now the
CHECK constraint allows ``context`` too, and such a row weighs neither way. Rows written under
the old convention (a ``for`` claim opening with that phrase) are recoded to ``context`` and lose
the phrase, which the stance now says. A team database gets the shipped rows recoded so too: it
has no refresh of the shipped rows that a profile has.

The downgrade maps back rather than refusing: a ``context`` row becomes ``for`` with the phrase
put in front of its claim, the convention the older schema's data follow, so nothing is lost and
the older program still tells the row for what it is.

SQLite cannot alter a CHECK constraint in place: batch mode copies the table. With a profile's
foreign keys on, dropping the old ``arguments`` cascades to ``argument_states``, so those rows
are kept aside and put back. PostgreSQL drops and adds the constraint.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PHRASE = "Context rather than an argument for a choice: "
WIDE = "stance IN ('against', 'context', 'for')"
NARROW = "stance IN ('against', 'for')"


def _set_check(condition: str) -> None:
    """Replace the stance CHECK constraint, keeping the rows of ``argument_states``."""
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        op.execute("CREATE TEMP TABLE keep_argument_states AS SELECT * FROM argument_states")
    with op.batch_alter_table("arguments") as batch:
        batch.drop_constraint(op.f("ck_arguments_stance"), type_="check")
        batch.create_check_constraint(op.f("ck_arguments_stance"), condition)
    if sqlite:
        op.execute("INSERT OR IGNORE INTO argument_states SELECT * FROM keep_argument_states")
        op.execute("DROP TABLE keep_argument_states")


def upgrade() -> None:
    _set_check(WIDE)
    start = len(PHRASE) + 1
    # The rest of the claim, its first letter made capital ("the article lists" -> "The ...").
    rest = f"upper(substr(claim, {start}, 1)) || substr(claim, {start + 1})"
    op.execute(
        f"UPDATE arguments SET stance = 'context', claim = {rest} "
        f"WHERE stance = 'for' AND substr(claim, 1, {len(PHRASE)}) = '{PHRASE}'"
    )


def downgrade() -> None:
    op.execute(
        f"UPDATE arguments SET stance = 'for', claim = '{PHRASE}' || claim WHERE stance = 'context'"
    )
    _set_check(NARROW)

"""No lost update, and who changed what (#17): ``row_version`` on arguments and sources, ``audit``.

Every shared record carries a version, 1 when first written and one more on each write; an edit
says the version it was read at, and the store's UPDATE matches only that version, so an edit of
a record someone changed since is refused instead of overwriting theirs. Existing rows start at 1.

``audit`` keeps one row per write of a user's argument or source (who, when, table, record,
insert/update/delete, the version written). On PostgreSQL this migration also installs the
triggers that write it: a SECURITY DEFINER function owned by the database's owner (so editors,
who may only read ``audit``, cannot write or alter its rows, and no client can skip it) and a
trigger that makes every UPDATE raise ``row_version`` by one whatever the client set. A profile
(SQLite) gets the same rows from triggers the store creates on its own connection, since SQLite
triggers cannot know the OS user (world/audit_trail.py).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("arguments", "sources")

_AUDIT_FUNCTION = """
CREATE OR REPLACE FUNCTION regio_audit() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO audit (at, who, table_name, record_id, action, row_version)
        VALUES (timezone('UTC', now()), session_user, TG_TABLE_NAME, OLD.id, 'delete',
                OLD.row_version);
        RETURN OLD;
    END IF;
    INSERT INTO audit (at, who, table_name, record_id, action, row_version)
    VALUES (timezone('UTC', now()), session_user, TG_TABLE_NAME, NEW.id, lower(TG_OP),
            NEW.row_version);
    RETURN NEW;
END $$
"""

_VERSION_FUNCTION = """
CREATE OR REPLACE FUNCTION regio_next_version() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.row_version := OLD.row_version + 1;
    RETURN NEW;
END $$
"""


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(
                sa.Column("row_version", sa.Integer(), nullable=False, server_default="1")
            )
    op.create_table(
        "audit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("who", sa.String(length=64), nullable=False),
        sa.Column("table_name", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=8), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "action IN ('insert', 'update', 'delete')", name=op.f("ck_audit_action")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit")),
    )
    op.create_index("ix_audit_record", "audit", ["table_name", "record_id"])
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(_AUDIT_FUNCTION)
    op.execute(_VERSION_FUNCTION)
    for table in TABLES:
        # Only the team's own rows: the shipped world copied in by `db init` is not a change.
        op.execute(
            f"CREATE TRIGGER regio_audit_write AFTER INSERT OR UPDATE ON {table} FOR EACH ROW "
            "WHEN (NEW.origin = 'user') EXECUTE FUNCTION regio_audit()"
        )
        op.execute(
            f"CREATE TRIGGER regio_audit_delete AFTER DELETE ON {table} FOR EACH ROW "
            "WHEN (OLD.origin = 'user') EXECUTE FUNCTION regio_audit()"
        )
        op.execute(
            f"CREATE TRIGGER regio_row_version BEFORE UPDATE ON {table} FOR EACH ROW "
            "EXECUTE FUNCTION regio_next_version()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in TABLES:
            for trigger in ("regio_audit_write", "regio_audit_delete", "regio_row_version"):
                op.execute(f"DROP TRIGGER IF EXISTS {trigger} ON {table}")
        op.execute("DROP FUNCTION IF EXISTS regio_audit()")
        op.execute("DROP FUNCTION IF EXISTS regio_next_version()")
    op.drop_index("ix_audit_record", table_name="audit")
    op.drop_table("audit")
    for table in TABLES:
        # SQLite 3.35+ drops a plain column in place. Batch mode would copy and drop the table,
        # which a profile's foreign keys refuse for sources (arguments cite them).
        op.drop_column(table, "row_version")

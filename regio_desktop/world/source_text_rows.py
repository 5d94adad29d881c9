"""The SQL of imported source texts (the ``source_texts`` table, one text per source).

The argument store owns the transaction and the fault handling; these functions are the three
statements it runs on the table, kept apart so the store stays a readable size.
"""

from __future__ import annotations

import datetime as dt
from typing import Any


def insert_text(con: Any, source_id: str, fmt: str, body: str) -> None:
    """Store the full text of a source just inserted, stamped with the time of import."""
    con.execute(
        "INSERT INTO source_texts (source_id, format, body, imported) "
        "VALUES (:id, :format, :body, :imported)",
        {
            "id": source_id,
            "format": fmt,
            "body": body,
            "imported": dt.datetime.now().replace(microsecond=0).isoformat(" "),
        },
    )


def read_text(con: Any, source_id: str) -> tuple[str, str] | None:
    """(format, body) of an imported source, or None for sources without a stored text."""
    query = "SELECT format, body FROM source_texts WHERE source_id = :id"
    row = con.execute(query, {"id": source_id}).fetchone()
    return (row[0], row[1]) if row else None


def sources_with_text(con: Any) -> list[str]:
    return [r[0] for r in con.execute("SELECT source_id FROM source_texts ORDER BY source_id")]

"""The tables of a profile's and a team's own records that are not evidence: saved scenarios,
shared scenario and deck versions, and the audit of who changed which argument or source (#17).

One schema serves both back-ends; in a profile the shared tables stay empty (the versions) or
record the OS user (the audit).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, DateTime, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, declared_attr, mapped_column

from regio_desktop.world.model_base import Base


class SavedScenario(Base):
    """A scenario the user saved inside the database (files are the other way to keep one)."""

    __tablename__ = "scenarios"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False, unique=True)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    body: Mapped[str] = mapped_column(Text, nullable=False)
    created: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    modified: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)


class _SharedVersion:
    """The columns of one saved version of something a team shares (#17): a name, its number
    (1, 2, ... per name), the file format's text, who saved it (the database role), when, and
    why. A version is never changed after it is saved."""

    @declared_attr.directive
    def __table_args__(cls) -> tuple[CheckConstraint, UniqueConstraint]:
        return (
            CheckConstraint("version >= 1", name="version"),
            UniqueConstraint("name", "version"),
        )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300), nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    author: Mapped[str] = mapped_column(String(64), nullable=False)
    saved: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    comment: Mapped[str] = mapped_column(Text, nullable=False, server_default="")


class ScenarioVersion(_SharedVersion, Base):
    """One saved version of a scenario shared in a team database."""

    __tablename__ = "scenario_versions"


class DeckVersion(_SharedVersion, Base):
    """One saved version of a facilitator's deck shared in a team database."""

    __tablename__ = "deck_versions"


class Audit(Base):
    """One write of a team's (or a profile's) argument or source: who, when, what, which version.

    Written in the same transaction as the change, by a trigger (a SECURITY DEFINER one on
    PostgreSQL, where editors may only read this table; a connection's temporary one in a profile,
    world/audit_trail.py), so no client of the store can skip it.
    """

    __tablename__ = "audit"
    __table_args__ = (
        CheckConstraint("action IN ('insert', 'update', 'delete')", name="action"),
        Index("ix_audit_record", "table_name", "record_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    """When, in UTC."""
    who: Mapped[str] = mapped_column(String(64), nullable=False)
    """The database role (PostgreSQL's session user), or the OS user in a profile."""
    table_name: Mapped[str] = mapped_column(String(32), nullable=False)
    record_id: Mapped[str] = mapped_column(String(64), nullable=False)
    action: Mapped[str] = mapped_column(String(8), nullable=False)
    row_version: Mapped[int] = mapped_column(Integer, nullable=False)
    """The record's version after the write (before it, for a delete)."""

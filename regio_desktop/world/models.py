"""SQLAlchemy 2.0 typed ORM models of the world, the evidence and the user's and team's records.

The schema refuses what the data must never break (foreign keys, closed vocabularies, date order,
uniqueness) in the database itself, not only in the builder."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from regio_desktop.world.model_base import Base as Base

# The team's tables belong to the same metadata (the migrations' target): imported for that.
from regio_desktop.world.team_models import Audit as Audit
from regio_desktop.world.team_models import DeckVersion as DeckVersion
from regio_desktop.world.team_models import SavedScenario as SavedScenario
from regio_desktop.world.team_models import ScenarioVersion as ScenarioVersion
from regio_desktop.world.vocabulary import (
    ALIGNMENTS,
    BLOC_KINDS,
    CORRIDOR_ROLES,
    MEMBERSHIP_STATUSES,
    ORIGINS,
    POLES,
    SOURCE_KINDS,
    STANCES,
    TARGET_KINDS,
    sql_in,
)


def _row_version() -> Mapped[int]:
    """A shared record's version (#17): 1 when written first, one more on each write, so that
    an edit read at an older version is refused instead of overwriting the newer one."""
    return mapped_column(Integer, nullable=False, default=1, server_default="1")


def _source_fk(nullable: bool = False) -> Mapped[str]:
    return mapped_column(String(64), ForeignKey("sources.id"), nullable=nullable)


class Source(Base):
    """A citable work: an article, treaty, dataset or official page."""

    __tablename__ = "sources"
    __table_args__ = (
        CheckConstraint(f"kind IN {sql_in(SOURCE_KINDS)}", name="kind"),
        CheckConstraint(f"origin IN {sql_in(ORIGINS)}", name="origin"),
    )

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    citation: Mapped[str] = mapped_column(Text, nullable=False)
    url: Mapped[str | None] = mapped_column(Text)
    accessed: Mapped[dt.date | None] = mapped_column(Date)
    licence: Mapped[str | None] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    origin: Mapped[str] = mapped_column(String(8), nullable=False, default="shipped")
    row_version: Mapped[int] = _row_version()


class Pole(Base):
    """A centre of gravity states align with: Russia, China, the West, the Turkic world, others."""

    __tablename__ = "poles"
    __table_args__ = (CheckConstraint(f"code IN {sql_in(POLES)}", name="code"),)

    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    name_en: Mapped[str] = mapped_column(String(80), nullable=False)
    name_ru: Mapped[str] = mapped_column(String(80), nullable=False)
    name_kk: Mapped[str] = mapped_column(String(80), nullable=False)
    core_states: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    source_id: Mapped[str] = _source_fk()


class State(Base):
    """A state, named by its ISO 3166 alpha-3 code, with its names in English, Russian and Kazakh."""

    __tablename__ = "states"
    __table_args__ = (CheckConstraint("length(iso3) = 3 AND iso3 = upper(iso3)", name="iso3"),)

    iso3: Mapped[str] = mapped_column(String(3), primary_key=True)
    name_en: Mapped[str] = mapped_column(String(80), nullable=False)
    name_ru: Mapped[str] = mapped_column(String(80), nullable=False)
    name_kk: Mapped[str] = mapped_column(String(80), nullable=False)
    region: Mapped[str] = mapped_column(String(32), nullable=False)
    landlocked: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    post_soviet: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    pole: Mapped[str | None] = mapped_column(String(16), ForeignKey("poles.code"))
    source_id: Mapped[str] = _source_fk()
    # The Eurasian states the window shows by default; outside members make bloc totals true.
    focus: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)

    memberships: Mapped[list[Membership]] = relationship(back_populates="state")


class Alignment(Base):
    """A state's baseline alignment over a period, as the project reads the literature."""

    __tablename__ = "alignments"
    __table_args__ = (
        CheckConstraint(f"alignment IN {sql_in(ALIGNMENTS)}", name="alignment"),
        CheckConstraint('"end" IS NULL OR start <= "end"', name="dates"),
        UniqueConstraint("state_iso3", "start"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    state_iso3: Mapped[str] = mapped_column(ForeignKey("states.iso3"), nullable=False)
    start: Mapped[dt.date] = mapped_column(Date, nullable=False)
    end: Mapped[dt.date | None] = mapped_column(Date)
    alignment: Mapped[str] = mapped_column(String(16), nullable=False)
    source_id: Mapped[str] = _source_fk()
    estimate: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    note: Mapped[str | None] = mapped_column(Text)


class Bloc(Base):
    """A bloc or initiative: what kind it is, who leads it, and how deeply it integrates."""

    __tablename__ = "blocs"
    __table_args__ = (
        CheckConstraint(f"kind IN {sql_in(BLOC_KINDS)}", name="kind"),
        CheckConstraint("dissolved IS NULL OR founded <= dissolved", name="dates"),
        CheckConstraint(
            "depth_trade BETWEEN 0 AND 1 AND depth_regulation BETWEEN 0 AND 1 AND "
            "depth_security BETWEEN 0 AND 1 AND depth_politics BETWEEN 0 AND 1 AND "
            "delegation BETWEEN 0 AND 1",
            name="depths",
        ),
    )

    code: Mapped[str] = mapped_column(String(24), primary_key=True)
    name_en: Mapped[str] = mapped_column(String(120), nullable=False)
    name_ru: Mapped[str] = mapped_column(String(160), nullable=False)
    name_kk: Mapped[str] = mapped_column(String(160), nullable=False)
    kind: Mapped[str] = mapped_column(String(32), nullable=False)
    leading_pole: Mapped[str | None] = mapped_column(String(16), ForeignKey("poles.code"))
    founded: Mapped[dt.date] = mapped_column(Date, nullable=False)
    dissolved: Mapped[dt.date | None] = mapped_column(Date)
    depth_trade: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)
    depth_regulation: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)
    depth_security: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)
    depth_politics: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)
    delegation: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)
    preferential_trade: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    collective_defence: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    source_id: Mapped[str] = _source_fk()
    note: Mapped[str | None] = mapped_column(Text)
    # An agreement bloc's hub: its members trade preferentially with the hub's full members,
    # not with each other (the EU's DCFTAs, the EAEU's free-trade agreements); or a state's ISO3
    # code, for that state's bilateral agreements (Ukraine's, Georgia's).
    preferential_with: Mapped[str | None] = mapped_column(String(24))


class Membership(Base):
    """One period of one state's status in one bloc; a state's history is a chain of these."""

    __tablename__ = "memberships"
    __table_args__ = (
        CheckConstraint(f"status IN {sql_in(MEMBERSHIP_STATUSES)}", name="status"),
        CheckConstraint('"end" IS NULL OR start <= "end"', name="dates"),
        UniqueConstraint("state_iso3", "bloc_code", "start"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    state_iso3: Mapped[str] = mapped_column(ForeignKey("states.iso3"), nullable=False)
    bloc_code: Mapped[str] = mapped_column(ForeignKey("blocs.code"), nullable=False)
    status: Mapped[str] = mapped_column(String(20), nullable=False)
    start: Mapped[dt.date] = mapped_column(Date, nullable=False)
    end: Mapped[dt.date | None] = mapped_column(Date)
    source_id: Mapped[str] = _source_fk()
    estimate: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    note: Mapped[str | None] = mapped_column(Text)

    state: Mapped[State] = relationship(back_populates="memberships")


class Observation(Base):
    """A figure for a state and year (population, GDP, ...) with its unit and source."""

    __tablename__ = "observations"
    __table_args__ = (
        UniqueConstraint("state_iso3", "indicator", "year"),
        CheckConstraint("year BETWEEN 1900 AND 2100", name="year"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    state_iso3: Mapped[str] = mapped_column(ForeignKey("states.iso3"), nullable=False)
    indicator: Mapped[str] = mapped_column(String(48), nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    value: Mapped[float] = mapped_column(Float, nullable=False)
    unit: Mapped[str] = mapped_column(String(32), nullable=False)
    source_id: Mapped[str] = _source_fk()
    estimate: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class TradeShare(Base):
    """The percent of a state's merchandise trade that goes to one pole in one year."""

    __tablename__ = "trade_shares"
    __table_args__ = (
        UniqueConstraint("state_iso3", "partner", "year"),
        CheckConstraint("share BETWEEN 0 AND 100", name="share"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    state_iso3: Mapped[str] = mapped_column(ForeignKey("states.iso3"), nullable=False)
    partner: Mapped[str] = mapped_column(ForeignKey("poles.code"), nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    share: Mapped[float] = mapped_column(Float, nullable=False)
    source_id: Mapped[str] = _source_fk()
    estimate: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    note: Mapped[str | None] = mapped_column(Text)


class Corridor(Base):
    """A transit corridor (the northern route, the Middle Corridor, ...)."""

    __tablename__ = "corridors"

    code: Mapped[str] = mapped_column(String(24), primary_key=True)
    name_en: Mapped[str] = mapped_column(String(120), nullable=False)
    name_ru: Mapped[str] = mapped_column(String(160), nullable=False)
    name_kk: Mapped[str] = mapped_column(String(160), nullable=False)
    pole: Mapped[str] = mapped_column(ForeignKey("poles.code"), nullable=False)
    source_id: Mapped[str] = _source_fk()
    note: Mapped[str | None] = mapped_column(Text)
    # How much of a transit state's sanctions bears on this corridor (1 = all of it).
    sanctions_exposure: Mapped[float] = mapped_column(Float, nullable=False, default=1.0)


class CorridorState(Base):
    """A state on a corridor, as origin, transit or terminal."""

    __tablename__ = "corridor_states"
    __table_args__ = (CheckConstraint(f"role IN {sql_in(CORRIDOR_ROLES)}", name="role"),)

    corridor_code: Mapped[str] = mapped_column(ForeignKey("corridors.code"), primary_key=True)
    state_iso3: Mapped[str] = mapped_column(ForeignKey("states.iso3"), primary_key=True)
    role: Mapped[str] = mapped_column(String(12), nullable=False)
    source_id: Mapped[str] = _source_fk()
    start: Mapped[dt.date | None] = mapped_column(Date)  # when this state's segment opened
    end: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)


class Sanction(Base):
    """A Western sanctions regime on a state, which makes close ties with it a risk."""

    __tablename__ = "sanctions"
    __table_args__ = (
        CheckConstraint("severity BETWEEN 0 AND 1", name="severity"),
        CheckConstraint('"end" IS NULL OR start <= "end"', name="dates"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    state_iso3: Mapped[str] = mapped_column(ForeignKey("states.iso3"), nullable=False)
    start: Mapped[dt.date] = mapped_column(Date, nullable=False)
    end: Mapped[dt.date | None] = mapped_column(Date)
    regime: Mapped[str] = mapped_column(Text, nullable=False)
    severity: Mapped[float] = mapped_column(Float, nullable=False)
    transit: Mapped[float] = mapped_column(Float, nullable=False, default=1.0)
    """How much of the regime bears on goods crossing the state (0 for listings of persons, 1 for
    measures on transport, shipping and payments): corridors through it close by this share."""
    source_id: Mapped[str] = _source_fk()
    note: Mapped[str | None] = mapped_column(Text)


class EstimateRange(Base):
    """The range an estimated value of the data may take, and why (#14 item 3): the uncertainty
    analysis draws the value over it. ``kind`` says which table the value is in (``bloc``,
    ``corridor``, ``sanction``), ``code`` its row (a bloc or corridor code, a sanctions regime as
    ``STATE/START``) and ``field`` its column."""

    __tablename__ = "estimate_ranges"
    __table_args__ = (
        CheckConstraint("kind IN ('bloc', 'corridor', 'sanction')", name="kind"),
        CheckConstraint("low >= 0 AND low <= high AND high <= 1", name="bounds"),
        UniqueConstraint("kind", "code", "field"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(12), nullable=False)
    code: Mapped[str] = mapped_column(String(40), nullable=False)
    field: Mapped[str] = mapped_column(String(24), nullable=False)
    low: Mapped[float] = mapped_column(Float, nullable=False)
    high: Mapped[float] = mapped_column(Float, nullable=False)
    source_id: Mapped[str] = _source_fk()
    reason: Mapped[str] = mapped_column(Text, nullable=False)


class Argument(Base):
    """A claim from the literature for or against a choice, or context that describes it (a
    ``context`` stance weighs neither way, migration 0009), with where it is written."""

    __tablename__ = "arguments"
    __table_args__ = (
        CheckConstraint(f"stance IN {sql_in(STANCES)}", name="stance"),
        CheckConstraint(f"target_kind IN {sql_in(TARGET_KINDS)}", name="target_kind"),
        CheckConstraint("strength BETWEEN 1 AND 3", name="strength"),
        CheckConstraint(f"origin IN {sql_in(ORIGINS)}", name="origin"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    claim: Mapped[str] = mapped_column(Text, nullable=False)
    stance: Mapped[str] = mapped_column(String(8), nullable=False)
    target_kind: Mapped[str] = mapped_column(String(12), nullable=False)
    target: Mapped[str] = mapped_column(String(24), nullable=False)
    themes: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    # The state indicators the argument bears on, ';'-separated (ARGUMENT_INDICATORS).
    indicators: Mapped[str] = mapped_column(
        String(400), nullable=False, default="", server_default=""
    )
    strength: Mapped[int] = mapped_column(Integer, nullable=False, default=2)
    source_id: Mapped[str] = _source_fk()
    location: Mapped[str | None] = mapped_column(Text)
    quote: Mapped[str | None] = mapped_column(Text)
    origin: Mapped[str] = mapped_column(String(8), nullable=False, default="shipped")
    reviewed: Mapped[str | None] = mapped_column(Text)  # what was checked against the source
    row_version: Mapped[int] = _row_version()

    states: Mapped[list[ArgumentState]] = relationship(
        cascade="all, delete-orphan", back_populates="argument"
    )


class ArgumentState(Base):
    """Limits an argument to some states; an argument with none applies to every state."""

    __tablename__ = "argument_states"

    argument_id: Mapped[str] = mapped_column(
        ForeignKey("arguments.id", ondelete="CASCADE"), primary_key=True
    )
    state_iso3: Mapped[str] = mapped_column(ForeignKey("states.iso3"), primary_key=True)

    argument: Mapped[Argument] = relationship(back_populates="states")


class Meta(Base):
    """Key-value facts about the database itself (data version, build date)."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


class SourceText(Base):
    """The full text of a source the user imported, so it can be read and quoted in the window."""

    __tablename__ = "source_texts"
    __table_args__ = (CheckConstraint("format IN ('text', 'markdown')", name="format"),)

    source_id: Mapped[str] = mapped_column(
        ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True
    )
    format: Mapped[str] = mapped_column(String(12), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    imported: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)

"""The World: every table of a database read once into pandas frames, for the engine and the views.

Loading happens once per database; everything after it (snapshots of a year, evaluations) works on
these frames and the arrays made from them, never on SQL.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import pandas as pd
from sqlalchemy import Engine, select

from regio_desktop.world import models
from regio_desktop.world.database import check_readable, make_engine, shipped_database

LANGUAGES = ("en", "ru", "kk")


@dataclass(eq=False)
class World:
    """The states, blocs, memberships and figures of one database, as frames indexed by code."""

    states: pd.DataFrame
    blocs: pd.DataFrame
    memberships: pd.DataFrame
    alignments: pd.DataFrame
    observations: pd.DataFrame
    trade_shares: pd.DataFrame
    corridors: pd.DataFrame
    corridor_states: pd.DataFrame
    sanctions: pd.DataFrame
    sources: pd.DataFrame
    poles: pd.DataFrame
    arguments: pd.DataFrame
    location: str = ""
    today: dt.date = field(default_factory=dt.date.today)

    @cached_property
    def state_codes(self) -> tuple[str, ...]:
        return tuple(self.states.index)

    @cached_property
    def bloc_codes(self) -> tuple[str, ...]:
        return tuple(self.blocs.index)

    @cached_property
    def first_year(self) -> int:
        return 1991

    @cached_property
    def latest_data_year(self) -> int:
        """The newest year with a GDP figure for most states."""
        gdp = self.observations[self.observations["indicator"] == "gdp_usd"]
        if gdp.empty:
            return self.today.year
        counts = gdp.groupby("year")["state"].nunique()
        return int(counts[counts >= 0.8 * counts.max()].index.max())

    @cached_property
    def latest_year(self) -> int:
        """The default baseline: the newest year that has both data and membership history."""
        events = pd.concat([self.memberships["start"], self.memberships["end"].dropna()])
        newest_event = max((d.year for d in events), default=self.latest_data_year)
        return min(max(self.latest_data_year, newest_event), self.today.year)

    def reference_date(self, year: int) -> dt.date:
        """Memberships of a baseline year are taken as they stood on its last day (or today)."""
        return min(dt.date(year, 12, 31), self.today)

    @cached_property
    def _names(self) -> dict[tuple[str, str], str]:
        """Names already looked up, by (code, language): views ask for the same few names on
        every repaint, and a pandas lookup costs tens of microseconds."""
        return {}

    def name(self, code: str, language: str = "en") -> str:
        """A state's or bloc's name in a language, falling back to English, then to the code."""
        known = self._names.get((code, language))
        if known is None:
            known = self._names[(code, language)] = self._look_up_name(code, language)
        return known

    def _look_up_name(self, code: str, language: str) -> str:
        column = f"name_{language if language in LANGUAGES else 'en'}"
        for frame in (self.states, self.blocs):
            if code in frame.index:
                value = frame.at[code, column]
                return (
                    str(value)
                    if isinstance(value, str) and value
                    else str(frame.at[code, "name_en"])
                )
        return code

    def source_citation(self, source_id: str) -> str:
        if source_id in self.sources.index:
            return str(self.sources.at[source_id, "citation"])
        return source_id


def _frame(engine: Engine, model: type[models.Base], index: str | None = None) -> pd.DataFrame:
    table = model.__table__  # type: ignore[attr-defined]
    with engine.connect() as conn:
        rows = conn.execute(select(table)).mappings().all()
    frame = pd.DataFrame(rows, columns=[c.name for c in table.columns])
    return frame.set_index(index, drop=False) if index else frame


def _arguments_frame(engine: Engine) -> pd.DataFrame:
    """Arguments with their states as a ';'-joined column (empty: every state)."""
    frame = _frame(engine, models.Argument, "id").rename(columns={"source_id": "source"})
    links = _frame(engine, models.ArgumentState)
    joined = links.groupby("argument_id")["state_iso3"].agg(lambda s: ";".join(sorted(s)))
    frame["states"] = frame["id"].map(joined).fillna("")
    return frame


def load_world(url: str | Path | None = None, *, today: dt.date | None = None) -> World:
    """Load a world from a database file or URL; None means the shipped database (read-only)."""
    if url is None:
        path = shipped_database()
        check_readable(path)
        engine = make_engine(path, readonly=True)
        location = str(path)
    elif isinstance(url, Path) or "://" not in str(url):
        path = Path(url)
        check_readable(path)
        engine = make_engine(path, readonly=True)
        location = str(path)
    else:
        engine = make_engine(str(url))
        location = str(url)
    try:
        memberships = _frame(engine, models.Membership).rename(
            columns={"state_iso3": "state", "bloc_code": "bloc", "source_id": "source"}
        )
        world = World(
            states=_frame(engine, models.State, "iso3").rename(columns={"source_id": "source"}),
            blocs=_frame(engine, models.Bloc, "code").rename(columns={"source_id": "source"}),
            memberships=memberships,
            alignments=_frame(engine, models.Alignment).rename(
                columns={"state_iso3": "state", "source_id": "source"}
            ),
            observations=_frame(engine, models.Observation).rename(
                columns={"state_iso3": "state", "source_id": "source"}
            ),
            trade_shares=_frame(engine, models.TradeShare).rename(
                columns={"state_iso3": "state", "source_id": "source"}
            ),
            corridors=_frame(engine, models.Corridor, "code").rename(
                columns={"source_id": "source"}
            ),
            corridor_states=_frame(engine, models.CorridorState).rename(
                columns={"corridor_code": "corridor", "state_iso3": "state", "source_id": "source"}
            ),
            sanctions=_frame(engine, models.Sanction).rename(
                columns={"state_iso3": "state", "source_id": "source"}
            ),
            sources=_frame(engine, models.Source, "id"),
            poles=_frame(engine, models.Pole, "code"),
            arguments=_arguments_frame(engine),
            location=location,
            today=today or dt.date.today(),
        )
    finally:
        engine.dispose()
    return world

"""The World: every table of a database read once into pandas frames, for the engine and the views.

Loading happens once per database; everything after it (snapshots of a year, evaluations) works on
these frames and the arrays made from them, never on SQL.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from regio_desktop.problems import problem
from regio_desktop.world.database import (
    DatabaseError,
    check_readable,
    connect,
    make_engine,
    shipped_database,
)
from regio_desktop.world.team_database import (
    is_server_error,
    is_team_address,
    parse_address,
    server_error,
    team_engine,
)

if TYPE_CHECKING:
    from sqlalchemy import Engine

LANGUAGES = ("en", "ru", "kk")
RANGE_COLUMNS = ("kind", "code", "field", "low", "high", "source", "reason")


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
    estimate_ranges: pd.DataFrame = field(
        default_factory=lambda: pd.DataFrame(columns=RANGE_COLUMNS)
    )
    """The documented range of estimated data values (kind, code, field, low, high, source,
    reason); empty for a frame built without it."""
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
        obs = self.observations
        states_by_year: dict[int, set[str]] = {}
        for indicator, year, state in zip(
            obs["indicator"].tolist(), obs["year"].tolist(), obs["state"].tolist(), strict=True
        ):
            if indicator == "gdp_usd" and isinstance(state, str):
                states_by_year.setdefault(int(year), set()).add(state)
        if not states_by_year:
            return self.today.year
        most = max(len(states) for states in states_by_year.values())
        return max(year for year, states in states_by_year.items() if len(states) >= 0.8 * most)

    @cached_property
    def latest_year(self) -> int:
        """The default baseline: the newest year that has both data and membership history."""
        events = [*self.memberships["start"].tolist(), *self.memberships["end"].dropna().tolist()]
        newest_event = max((d.year for d in events), default=self.latest_data_year)
        return min(max(self.latest_data_year, newest_event), self.today.year)

    @cached_property
    def state_poles(self) -> dict[str, str]:
        """The pole each pole's core state stands for (RUS: russia, ...); read once, as the map
        asks for it for every state on every repaint."""
        if "pole" not in self.states.columns:
            return {}
        return {
            str(code): pole
            for code, pole in self.states["pole"].items()
            if isinstance(pole, str) and pole
        }

    @cached_property
    def focus_states(self) -> tuple[str, ...]:
        """The states the program is about (``states.focus``), in the world's order.

        This is the one rule for which states the window lists and draws by default. The other
        states are in the data so that bloc totals and indicators count every real member of
        a bloc; they are never left out of a computation. A world without the column (an old
        frame) has every state in focus.
        """
        if "focus" not in self.states.columns:
            return self.state_codes
        flags = self.states["focus"].tolist()
        return tuple(code for code, flag in zip(self.state_codes, flags, strict=True) if flag)

    def states_shown(self, outside: bool = False, also: Iterable[str] = ()) -> tuple[str, ...]:
        """The states a view lists, in the world's order: every state when ``outside``, else the
        focus states and those in ``also`` (the states a scenario edits, so that no edit is
        hidden from the analyst who made it)."""
        if outside:
            return self.state_codes
        extra = set(also).difference(self.focus_states)
        if not extra:
            return self.focus_states
        wanted = extra.union(self.focus_states)
        return tuple(code for code in self.state_codes if code in wanted)

    def reference_date(self, year: int) -> dt.date:
        """Memberships of a baseline year are taken as they stood on its last day (or today)."""
        return min(dt.date(year, 12, 31), self.today)

    def memberships_on(self, when: dt.date | int) -> pd.DataFrame:
        """The membership rows in force on a date, or in a baseline year (an ``int``: the rows
        on ``reference_date(year)``, its last day or today).

        This is the one rule for the matrix, validation, the timeline and exports: a row is in
        force from its start to its end date, both days included, and a missing end date means
        it still is. The rows keep the frame's columns, index and order; treat them as read-only.
        """
        date = self.reference_date(when) if isinstance(when, int) else when
        return rows_in_force(self.memberships, date)

    def corridor_states_on(self, when: dt.date | int) -> pd.DataFrame:
        """The corridor segments (``corridor_states`` rows) open on a date, or in a baseline year
        (an ``int``: on ``reference_date(year)``).

        This is the one rule for which corridors a state lies on at a date, as
        ``memberships_on`` is for memberships: a segment is open from its ``start`` to its
        ``end``, both days included, and a missing end means it still is. A segment with no
        start date (a database upgraded from before segments were dated) counts as open from
        the beginning, as every segment did then.
        """
        date = self.reference_date(when) if isinstance(when, int) else when
        frame = self.corridor_states
        if frame.empty or not frame["start"].isna().any():
            return rows_in_force(frame, date)
        starts = [dt.date.min if pd.isna(s) else s for s in frame["start"].tolist()]
        dated = frame.assign(start=starts)
        return frame[frame.index.isin(rows_in_force(dated, date).index)]

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


def rows_in_force(frame: pd.DataFrame, date: dt.date) -> pd.DataFrame:
    """The rows of a dated table (``start``, ``end``) in force on ``date``: started on or before
    it and ended on or after it, a missing end (None, NaN or NaT) meaning still in force."""
    if frame.empty:
        return frame
    raw_ends = frame["end"].to_numpy()
    ends = np.where(pd.isna(raw_ends), np.array(dt.date.max, dtype=object), raw_ends)
    return frame[(frame["start"].to_numpy() <= date) & (ends >= date)]


# Each table the World holds, with the frame index and the columns renamed for the engine.
_TABLES: dict[str, tuple[str, str | None, dict[str, str]]] = {
    "states": ("states", "iso3", {"source_id": "source"}),
    "blocs": ("blocs", "code", {"source_id": "source"}),
    "memberships": (
        "memberships",
        None,
        {"state_iso3": "state", "bloc_code": "bloc", "source_id": "source"},
    ),
    "alignments": ("alignments", None, {"state_iso3": "state", "source_id": "source"}),
    "observations": ("observations", None, {"state_iso3": "state", "source_id": "source"}),
    "trade_shares": ("trade_shares", None, {"state_iso3": "state", "source_id": "source"}),
    "corridors": ("corridors", "code", {"source_id": "source"}),
    "corridor_states": (
        "corridor_states",
        None,
        {"corridor_code": "corridor", "state_iso3": "state", "source_id": "source"},
    ),
    "sanctions": ("sanctions", None, {"state_iso3": "state", "source_id": "source"}),
    "estimate_ranges": ("estimate_ranges", None, {"source_id": "source"}),
    "sources": ("sources", "id", {}),
    "poles": ("poles", "code", {}),
}

# Reads one whole table: rows as tuples, and the column names with their declared SQL types.
TableReader = Callable[[str], tuple[list[tuple[object, ...]], list[tuple[str, str]]]]


def _typed(value: object, declared: str) -> object:
    """A stored value as SQLAlchemy's Date and Boolean columns give it back (ISO text and 0/1 in
    SQLite), so both ways of loading make the same frames."""
    if value is None:
        return None
    if declared == "DATE":
        return dt.date.fromisoformat(str(value))
    if declared == "BOOLEAN":
        return bool(value)
    return value


def _frame(
    read: TableReader,
    table: str,
    index: str | None = None,
    renames: dict[str, str] | None = None,
) -> pd.DataFrame:
    """A whole table as a frame, its columns named as ``renames`` says (named so when built, not
    renamed after: a copy less per table at every start)."""
    rows, columns = read(table)
    names = [(renames or {}).get(name, name) for name, _ in columns]
    converters = [
        (i, declared) for i, (_, declared) in enumerate(columns) if declared in ("DATE", "BOOLEAN")
    ]
    if converters:
        converted = []
        for row in rows:
            values = list(row)
            for i, declared in converters:
                values[i] = _typed(values[i], declared)
            converted.append(values)
        frame = pd.DataFrame(converted, columns=names)
    else:
        frame = pd.DataFrame(rows, columns=names)
    return frame.set_index(index, drop=False) if index else frame


def _sqlite_reader(con: sqlite3.Connection) -> TableReader:
    def read(table: str) -> tuple[list[tuple[object, ...]], list[tuple[str, str]]]:
        columns = [
            (str(r[1]), str(r[2]).upper()) for r in con.execute(f'PRAGMA table_info("{table}")')
        ]
        if not columns:
            raise DatabaseError(f"table {table} is missing")
        names = ", ".join(f'"{name}"' for name, _ in columns)
        return con.execute(f'SELECT {names} FROM "{table}"').fetchall(), columns

    return read


def _sqlalchemy_reader(engine: Engine) -> TableReader:
    from sqlalchemy import ColumnClause, column, inspect, select
    from sqlalchemy import table as sql_table

    inspector = inspect(engine)

    def read(table: str) -> tuple[list[tuple[object, ...]], list[tuple[str, str]]]:
        info = inspector.get_columns(table)
        columns = [(str(c["name"]), _declared(c["type"])) for c in info]
        selected: list[ColumnClause[Any]] = [column(name) for name, _ in columns]
        query = select(*selected).select_from(sql_table(table))
        with engine.connect() as conn:
            rows = [tuple(r) for r in conn.execute(query)]
        return rows, columns

    return read


def _declared(sql_type: object) -> str:
    """DATE and BOOLEAN for SQLAlchemy's date and boolean types, whatever the server calls them."""
    from sqlalchemy import Boolean, Date

    if isinstance(sql_type, Date):
        return "DATE"
    if isinstance(sql_type, Boolean):
        return "BOOLEAN"
    return str(sql_type).upper()


def _arguments_frame(read: TableReader) -> pd.DataFrame:
    """Arguments with their states as a ';'-joined column (empty: every state)."""
    frame = _frame(read, "arguments", "id", {"source_id": "source"})
    links = _frame(read, "argument_states")
    states: dict[str, list[str]] = {}
    for argument, state in zip(
        links["argument_id"].tolist(), links["state_iso3"].tolist(), strict=True
    ):
        states.setdefault(argument, []).append(state)
    frame["states"] = [";".join(sorted(states.get(i, ()))) for i in frame["id"].tolist()]
    return frame


def _world(read: TableReader, location: str, today: dt.date | None) -> World:
    frames = {
        key: _frame(read, table, index, renames) for key, (table, index, renames) in _TABLES.items()
    }
    return World(
        **frames,
        arguments=_arguments_frame(read),
        location=location,
        today=today or dt.date.today(),
    )


def _team_world(url: str, today: dt.date | None) -> World:
    """A world read from a team database; the server's refusals become one-line problems."""
    from sqlalchemy.exc import NoSuchTableError

    address = parse_address(url)
    engine = team_engine(address)
    try:
        return _world(_sqlalchemy_reader(engine), address.shown, today)
    except NoSuchTableError:
        found = problem("team_not_prepared", database=address.database, server=address.server)
        raise DatabaseError(found.message, problem=found) from None
    except Exception as exc:
        if is_server_error(exc):
            raise server_error(exc, address, reading=True) from None
        raise
    finally:
        engine.dispose()


def load_world(url: str | Path | None = None, *, today: dt.date | None = None) -> World:
    """Load a world from a database file or URL; None means the shipped database (read-only).

    A file is read with the standard library's sqlite3 (no SQLAlchemy import at start-up); a URL
    such as ``postgresql://...`` goes through SQLAlchemy. Both give the same frames.
    """
    if url is not None and not isinstance(url, Path) and is_team_address(str(url)):
        return _team_world(str(url), today)
    if url is not None and not isinstance(url, Path) and "://" in str(url):
        engine = make_engine(str(url))
        try:
            return _world(_sqlalchemy_reader(engine), str(url), today)
        finally:
            engine.dispose()
    path = shipped_database() if url is None else Path(url)
    check_readable(path)
    con = connect(path, readonly=True)
    try:
        return _world(_sqlite_reader(con), str(path), today)
    except (sqlite3.DatabaseError, DatabaseError) as exc:
        raise DatabaseError(f"The database {path} cannot be read: {exc}.") from exc
    finally:
        con.close()

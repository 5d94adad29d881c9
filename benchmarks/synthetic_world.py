"""A synthetic world (many states, blocs and years) written as db/data-style CSV, for benchmarks.

Deterministic for a seed; the figures are random but well-formed, so the builder accepts them.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import numpy as np

from regio_desktop.world.data_files import SOURCE_COLUMNS, TABLES

HEADERS = {spec.file: spec.columns for spec in TABLES} | {"sources.csv": SOURCE_COLUMNS}
"""The header of every data file, as the builder expects it."""

POLES = ("russia", "china", "west", "turkic", "other")
KINDS = ("economic_union", "security_alliance", "forum", "customs_union", "development_bank")


def _write(path: Path, header: list[str], rows: list[list[object]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def _write_named(path: Path, header: list[str], rows: list[dict[str, object]]) -> None:
    """Rows by column name (columns a row does not name stay empty), so that a column added
    to a shipped table does not shift the synthetic values into the wrong places."""
    unknown = {key for row in rows for key in row} - set(header)
    if unknown:
        raise KeyError(f"{path.name} has no columns {sorted(unknown)}")
    _write(path, header, [[row.get(column, "") for column in header] for row in rows])


def state_code(i: int) -> str:
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return "S" + letters[i // 26 % 26] + letters[i % 26]


def write_synthetic_world(
    folder: Path, states: int = 200, blocs: int = 60, years: int = 35, seed: int = 1
) -> Path:
    """Write every data file into ``folder`` and return it."""
    rng = np.random.default_rng(seed)
    folder.mkdir(parents=True, exist_ok=True)
    codes = [state_code(i) for i in range(states)]
    first_year = 2025 - years + 1
    _write(
        folder / "sources.csv",
        list(HEADERS["sources.csv"]),
        [["synthetic", "Synthetic benchmark data", "", "", "", "estimate"]],
    )
    _write(
        folder / "poles.csv",
        list(HEADERS["poles.csv"]),
        [[p, p, p, p, codes[i], "synthetic"] for i, p in enumerate(POLES)],
    )
    _write(
        folder / "states.csv",
        list(HEADERS["states.csv"]),
        [
            [
                c,
                c,
                c,
                c,
                "central_asia",
                int(rng.random() < 0.3),
                int(i < states // 2),
                POLES[i] if i < 3 else "",
                "synthetic",
            ]
            for i, c in enumerate(codes)
        ],
    )
    alignments = ("russia-led", "china-centred", "multi-vector", "west-oriented")
    _write(
        folder / "alignments.csv",
        list(HEADERS["alignments.csv"]),
        [[c, "1991-01-01", "", alignments[rng.integers(4)], "synthetic", 1, ""] for c in codes[3:]],
    )
    bloc_rows, member_rows = [], []
    for b in range(blocs):
        code = f"B{b:03d}"
        depth = rng.random(5).round(2)
        founded = dt.date(int(rng.integers(1991, 2015)), 1, 1)
        bloc_rows.append(
            [
                code,
                code,
                code,
                code,
                KINDS[b % len(KINDS)],
                POLES[b % 3],
                founded.isoformat(),
                "",
                *depth,
                int(b % 5 in (0, 3)),
                int(b % 5 == 1),
                "synthetic",
                "",
            ]
        )
        for i in rng.choice(states, size=int(rng.integers(3, 25)), replace=False):
            start = dt.date(max(founded.year, int(rng.integers(1991, 2024))), 3, 1)
            member_rows.append(
                [codes[i], code, "member", start.isoformat(), "", "synthetic", 1, ""]
            )
    _write(
        folder / "blocs.csv",
        list(HEADERS["blocs.csv"]),
        bloc_rows,
    )
    _write(
        folder / "memberships.csv",
        list(HEADERS["memberships.csv"]),
        member_rows,
    )
    obs = []
    for c in codes:
        gdp, pop = rng.lognormal(24, 1.5), rng.lognormal(16, 1.2)
        for y in range(first_year, first_year + years):
            obs.append(
                [
                    c,
                    "gdp_usd",
                    y,
                    f"{gdp * 1.03 ** (y - first_year):.0f}",
                    "current US$",
                    "synthetic",
                    1,
                ]
            )
            obs.append([c, "population", y, f"{pop:.0f}", "persons", "synthetic", 1])
    _write(
        folder / "observations.csv",
        list(HEADERS["observations.csv"]),
        obs,
    )
    shares = []
    for c in codes:
        for y in range(first_year, first_year + years, 5):
            split = rng.dirichlet(np.ones(5)) * 100
            shares += [
                [c, p, y, f"{v:.2f}", "synthetic", 1, ""] for p, v in zip(POLES, split, strict=True)
            ]
    _write(
        folder / "trade_shares.csv",
        list(HEADERS["trade_shares.csv"]),
        shares,
    )
    _write_named(
        folder / "corridors.csv",
        list(HEADERS["corridors.csv"]),
        [
            {
                "code": f"C{k}",
                "name_en": f"C{k}",
                "name_ru": f"C{k}",
                "name_kk": f"C{k}",
                "pole": POLES[k % 5],
                "source": "synthetic",
                "sanctions_exposure": 1,
            }
            for k in range(12)
        ],
    )
    _write_named(
        folder / "corridor_states.csv",
        list(HEADERS["corridor_states.csv"]),
        [
            {
                "corridor": f"C{k}",
                "state": codes[i],
                "role": "transit",
                "source": "synthetic",
                "start": f"{first_year}-01-01",
            }
            for k in range(12)
            for i in rng.choice(states, size=6, replace=False)
        ],
    )
    _write(
        folder / "sanctions.csv",
        list(HEADERS["sanctions.csv"]),
        [
            [codes[i], "2014-01-01", "", "synthetic", 0.7, 1, "synthetic", ""]
            for i in range(0, 20, 7)
        ],
    )
    _write(
        folder / "arguments.csv",
        list(HEADERS["arguments.csv"]),
        [],
    )
    return folder

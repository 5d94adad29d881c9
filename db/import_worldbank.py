"""Regenerate ``db/data/observations.csv`` from the World Bank files in ``../shared/data``.

Keeps only the states listed in ``db/data/states.csv`` and every year available for them. Run it
when the World Bank files are updated (``make observations``); the output is reviewed text like the
rest of ``db/data`` and is committed, so a build needs no file outside the repository.
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared" / "data"

FILES = (
    ("worldbank_gdp_current_usd.csv", "gdp_usd", "current US$", "wb_wdi_gdp"),
    ("worldbank_population.csv", "population", "persons", "wb_wdi_pop"),
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--data", type=Path, default=HERE / "data")
    args = parser.parse_args(argv)
    with (args.data / "states.csv").open(newline="", encoding="utf-8") as handle:
        states = {row["iso3"] for row in csv.DictReader(handle)}
    rows: list[tuple[str, str, int, str, str, str, str]] = []
    for filename, indicator, unit, source in FILES:
        with (args.shared / filename).open(newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                code = row["Country Code"]
                if code in states and row["Value"].strip():
                    value = float(row["Value"])
                    text = f"{value:.0f}"
                    rows.append((code, indicator, int(row["Year"]), text, unit, source, "0"))
    rows.sort()
    with (args.data / "observations.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["state", "indicator", "year", "value", "unit", "source", "estimate"])
        writer.writerows(rows)
    missing = sorted(states - {r[0] for r in rows})
    print(f"wrote {len(rows)} observations; states without World Bank figures: {missing or 'none'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

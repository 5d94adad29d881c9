"""Corridor segments on former Soviet territory are dated by documented events (#12 evidence
review, item 2).

The Northern Route's segments were dated 12 September 1990, the day the Chinese and Soviet rails
were linked at the Alataw Pass: a link inside the Soviet Union's border with China, not yet a
route across independent states. Like the other Soviet-built lines, the route counts from
26 December 1991, when the Soviet of the Republics declared the USSR ended (Declaration
No. 142-N, source ``ussr_declaration_142n_1991``).
"""

from __future__ import annotations

import csv
import datetime as dt

from tests.conftest import REPO_ROOT

DATA = REPO_ROOT / "db" / "data"
END_OF_USSR = "1991-12-26"
POST_SOVIET = {
    "ARM", "AZE", "BLR", "EST", "GEO", "KAZ", "KGZ", "LVA", "LTU", "MDA", "RUS", "TJK", "TKM",
    "UKR", "UZB",
}  # fmt: skip
OLDER_INTERNATIONAL_LINES = {("TRANS_MONGOLIAN", "RUS")}
"""A line that already crossed the Soviet border (to Mongolia and China, from 1 January 1956)
keeps its opening date; Russia continued the USSR's part of it."""


def rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_the_northern_route_counts_from_the_end_of_the_ussr() -> None:
    northern = [r for r in rows("corridor_states.csv") if r["corridor"] == "NORTHERN"]
    assert {r["state"] for r in northern} == {"CHN", "KAZ", "RUS", "BLR"}
    assert {r["start"] for r in northern} == {END_OF_USSR}
    for row in northern:
        assert "ussr_declaration_142n_1991" in row["note"], row["state"]


def test_no_segment_on_former_soviet_territory_starts_before_independence() -> None:
    early = {
        (r["corridor"], r["state"])
        for r in rows("corridor_states.csv")
        if r["state"] in POST_SOVIET and dt.date.fromisoformat(r["start"]) < dt.date(1991, 12, 26)
    }
    assert early <= OLDER_INTERNATIONAL_LINES


def test_the_date_has_its_source() -> None:
    sources = {r["id"]: r for r in rows("sources.csv")}
    assert "ussr_declaration_142n_1991" in sources
    assert "26 December 1991" in sources["ussr_declaration_142n_1991"]["citation"]

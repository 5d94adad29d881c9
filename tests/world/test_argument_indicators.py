"""The indicators an argument bears on (#13): the schema's column, its upgrade and the corpus."""

from __future__ import annotations

import csv
import shutil
import sqlite3
from pathlib import Path

import pytest

from regio_desktop.engine.catalogue import STATE_INDICATORS
from regio_desktop.world.argument_store import ArgumentRecord, ArgumentStore
from regio_desktop.world.builder import build
from regio_desktop.world.data_files import DataFileError
from regio_desktop.world.database import (
    USER_DATABASE_NAME,
    head_revision,
    prepare_user_database,
    stored_revision,
)
from regio_desktop.world.loaded_world import load_world
from regio_desktop.world.vocabulary import ARGUMENT_INDICATORS
from tests.schema_helpers import make_schema_0003, run_sql
from tests.seeds_location import REPO_ROOT


def test_the_vocabulary_is_the_engines_state_indicators() -> None:
    assert tuple(info.code for info in STATE_INDICATORS) == ARGUMENT_INDICATORS


def test_a_0003_file_gains_the_column_and_keeps_the_users_arguments(
    tiny_db: Path, tmp_path: Path
) -> None:
    user = tmp_path / USER_DATABASE_NAME
    shutil.copyfile(tiny_db, user)
    make_schema_0003(user)
    run_sql(
        user,
        "INSERT INTO arguments (id, claim, stance, target_kind, target, themes, strength, "
        "source_id, origin) VALUES ('user_1', 'My claim.', 'for', 'membership', 'EAEU', '', 2, "
        "'fixture', 'user')",
        # An older program shipped older data: the upgrade also brings the new shipped rows.
        "UPDATE meta SET value = 'older' WHERE key = 'data_version'",
    )
    assert stored_revision(user) == "0003"

    prepare_user_database(tmp_path, shipped=tiny_db)

    assert stored_revision(user) == head_revision() == "0010"
    con = sqlite3.connect(user)
    mine = con.execute("SELECT claim, indicators FROM arguments WHERE id = 'user_1'").fetchone()
    shipped = con.execute("SELECT indicators FROM arguments WHERE id = 't_003'").fetchone()
    con.close()
    assert mine == ("My claim.", "")
    assert shipped == ("market_access",)


def test_the_store_writes_and_reads_the_indicators(tiny_db: Path, tmp_path: Path) -> None:
    store = ArgumentStore(prepare_user_database(tmp_path, shipped=tiny_db))
    try:
        record = ArgumentRecord(
            id="mine",
            claim="Leaving the union frees the tariff.",
            stance="against",
            target_kind="membership",
            target="EAEU",
            source="fixture",
            indicators=("market_access", "autonomy"),
        )
        store.add_argument(record)
        assert store.argument("mine").indicators == ("market_access", "autonomy")
        bad = ArgumentRecord(**{**record.__dict__, "id": "bad", "indicators": ("luck",)})
        assert [p.code for p in store.check_argument(bad)] == ["unknown_indicator"]
    finally:
        store.close()
    world = load_world(tmp_path / USER_DATABASE_NAME)
    assert world.arguments.at["mine", "indicators"] == "market_access;autonomy"


def test_the_builder_refuses_an_unknown_indicator_naming_file_and_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(Path(__file__).parents[1] / "fixtures" / "tiny_world", data)
    path = data / "arguments.csv"
    path.write_text(
        path.read_text(encoding="utf-8").replace("market_access", "happiness"), encoding="utf-8"
    )
    with pytest.raises(DataFileError, match=r"arguments\.csv.*line 4.*'happiness'"):
        build(data, tmp_path / "out.sqlite")


def test_most_of_the_shipped_corpus_names_what_it_bears_on() -> None:
    rows = list(
        csv.DictReader((REPO_ROOT / "db" / "data" / "arguments.csv").open(encoding="utf-8"))
    )
    named = [r for r in rows if r["indicators"]]
    # Arguments about identity or opinion honestly bear on none of the computed indicators;
    # the economic, security and sovereignty arguments do.
    assert len(named) >= 0.7 * len(rows)
    used = {code for r in named for code in r["indicators"].split(";")}
    assert used == set(ARGUMENT_INDICATORS)
    named_by_id = {r["id"]: r["indicators"].split(";") for r in rows}
    assert "sanctions_exposure" in named_by_id["arg_045"]  # the EAEU as a 'toxic organization'
    assert "autonomy" in named_by_id["arg_042"]  # loss of autonomy in economic decisions
    assert "security_coverage" in named_by_id["arg_100"]  # the CSTO failed Armenia
    assert named_by_id["arg_013"] == [""]  # a shared civilisation: no computed indicator

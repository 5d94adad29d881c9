"""`regio-desktop explore` on a space too large for memory (#14 item 7): it streams, prints the
kept rows with their combination numbers and says on stderr that they are some of N evaluated;
the drivers and the Pareto share refuse a streamed exploration instead of computing on them."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from regio_desktop.cli import main
from regio_desktop.engine import exploration_limits

STATES = "KAZ,UZB,KGZ,TJK,TKM"


@pytest.fixture
def streamed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every space counts as too large for memory; the table keeps the 3 best per objective."""
    monkeypatch.setattr(exploration_limits, "MEMORY_LIMIT", 0)
    monkeypatch.setattr(exploration_limits, "KEPT_BEST", 3)


def scenario(tmp_path: Path) -> Path:
    path = tmp_path / "base.regio.json"
    body = {"format": "regio-scenario", "version": 1, "name": "base", "year": 2024}
    path.write_text(json.dumps(body), encoding="utf-8")
    return path


def test_explore_streams_and_says_what_it_printed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], streamed: None
) -> None:
    code = main(["explore", str(scenario(tmp_path)), "--states", STATES])
    out, err = capsys.readouterr()
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    front = sum(r["pareto"] == "True" for r in rows)
    assert 0 < front <= len(rows) < 243
    assert f"the table keeps {len(rows)} of the 243 combinations evaluated" in err
    assert f"the Pareto front ({front}) and the 3 best on each compared objective" in err
    assert "\nstreamed: the table keeps" in err
    numbers = [int(r["combination"]) for r in rows]
    assert numbers == sorted(numbers) and numbers[0] >= 0 and numbers[-1] < 243
    assert {"alignment_KAZ", "tensions", "wins"} <= set(rows[0])


def test_what_needs_every_combination_refuses_a_streamed_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], streamed: None
) -> None:
    path = str(scenario(tmp_path))
    code = main(["explore", path, "--states", STATES, "--pareto-draws", "5"])
    _, err = capsys.readouterr()
    assert code == 2
    assert "the Pareto share needs every combination" in err
    assert "the 243 combinations of 5 states would be streamed" in err
    code = main(["drivers", path, "--states", STATES, "--indicator", "KAZ:autonomy"])
    _, err = capsys.readouterr()
    assert code == 2 and "the drivers need every combination" in err


def test_what_needs_every_combination_refuses_before_computing(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    streamed: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 3^14 took minutes to stream before the drivers refused it (one objective, a front of
    # ties): the size is known beforehand, so nothing is explored at all.
    def no_exploring(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("explored a space it then refuses")

    monkeypatch.setattr("regio_desktop.engine.drivers.explore", no_exploring)
    monkeypatch.setattr("regio_desktop.engine.discovery.explore", no_exploring)
    monkeypatch.setattr("regio_desktop.api.explore", no_exploring)
    path = str(scenario(tmp_path))
    for verb in (
        ["drivers", "--indicator", "KAZ:autonomy"],
        ["discover", "--where", "KAZ:autonomy>48"],
        ["explore", "--pareto-draws", "5"],
    ):
        code = main([verb[0], path, "--states", STATES, *verb[1:]])
        _, err = capsys.readouterr()
        assert code == 2, verb
        assert "every combination held at once, but the 243 combinations" in err, verb
    # a wrong condition and a pole are still named first
    code = main(["discover", path, "--states", STATES, "--where", "KAZ:autonomi>48"])
    assert code == 2 and "'autonomi' is not an indicator" in capsys.readouterr().err
    code = main(["drivers", path, "--states", "KAZ,RUS", "--indicator", "KAZ:autonomy"])
    assert code == 2 and "RUS is itself a pole" in capsys.readouterr().err

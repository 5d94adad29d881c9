"""``api.read_scenario_file``: the one way a scenario file is opened (read, checked, refused whole),
and the four places that open files (command line, screenshot, session file and presets) use it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from regio_desktop import api
from regio_desktop.cli import main
from regio_desktop.world.loaded_world import World


def _file(tmp_path: Path, body: dict, name: str = "s.regio.json") -> Path:
    path = tmp_path / name
    header = {"format": "regio-scenario", "version": 1, "name": "t"}
    path.write_text(json.dumps(header | body), encoding="utf-8")
    return path


def test_a_fitting_file_is_read_as_written(tiny_world: World, tmp_path: Path) -> None:
    scenario = api.Scenario(name="t", year=2020).with_alignment("KAZ", "china-centred")
    path = tmp_path / "good.regio.json"
    api.write_scenario(scenario, path)
    assert api.read_scenario_file(path, tiny_world) == scenario


def test_every_problem_is_carried_by_one_error(tiny_world: World, tmp_path: Path) -> None:
    path = _file(
        tmp_path,
        {
            "year": 2020,
            "memberships": [
                {"state": "XYZ", "bloc": "EAEU", "action": "join"},
                {"state": "UZB", "bloc": "CSTO", "action": "leave"},
            ],
        },
    )
    with pytest.raises(api.ScenarioError) as caught:
        api.read_scenario_file(path, tiny_world)
    assert caught.value.problems == api.validate(tiny_world, api.read_scenario(path))
    assert len(caught.value.problems) == 2
    assert str(caught.value) == "; ".join(p.message for p in caught.value.problems)


def test_an_unreadable_file_is_named(tiny_world: World, tmp_path: Path) -> None:
    bad = tmp_path / "bad.regio.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(api.ScenarioFileError, match=r"bad\.regio\.json: not valid JSON"):
        api.read_scenario_file(bad, tiny_world)
    with pytest.raises(api.ScenarioFileError, match=r"missing\.regio\.json"):
        api.read_scenario_file(tmp_path / "missing.regio.json", tiny_world)


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The paths given to ``api.read_scenario_file`` while a test runs."""
    paths: list[Path] = []
    real = api.read_scenario_file

    def spy(path: Path, world: World) -> api.Scenario:
        paths.append(Path(path))
        return real(path, world)

    monkeypatch.setattr(api, "read_scenario_file", spy)
    return paths


@pytest.mark.parametrize("command", ["evaluate", "explore", "arguments", "report"])
def test_the_command_line_opens_files_through_it(
    tiny_db: Path,
    tmp_path: Path,
    opened: list[Path],
    capsys: pytest.CaptureFixture[str],
    command: str,
) -> None:
    path = _file(tmp_path, {"memberships": [{"state": "UZB", "bloc": "CSTO", "action": "leave"}]})
    extra = {"explore": ["--states", "KAZ"], "report": ["--output", str(tmp_path / "r.pdf")]}
    code = main(["--db", str(tiny_db), command, str(path), *extra.get(command, [])])
    assert (code, opened) == (2, [path])
    assert f"error: {path.name}: UZB cannot leave CSTO" in capsys.readouterr().err


def test_the_screenshot_opens_its_file_through_it(
    tiny_db: Path, tmp_path: Path, opened: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    from regio_desktop.app.diagnostics.screenshot import screenshot

    path = _file(tmp_path, {"year": 1850})
    assert screenshot(tmp_path / "w.png", tiny_db, path) == 2
    assert opened == [path]
    assert "screenshot failed: year 1850 is outside" in capsys.readouterr().err
    assert not (tmp_path / "w.png").exists()


def test_the_session_opens_files_and_presets_through_it(
    tiny_world: World, tmp_path: Path, opened: list[Path], qtbot: object
) -> None:
    from regio_desktop.app.documents.scenario_document import ScenarioDocument
    from regio_desktop.app.documents.scenario_session import ScenarioSession

    session = ScenarioSession(ScenarioDocument(tiny_world))
    bad = _file(tmp_path, {"year": 1850}, "bad.regio.json")
    good = _file(tmp_path, {"year": 2020}, "good.regio.json")
    with pytest.raises(api.ScenarioError, match="year 1850 is outside"):
        session.open_file(bad)
    problems = session.open_presets([bad, good])
    assert opened == [bad.resolve(), bad.resolve(), good.resolve()]
    assert len(problems) == 1 and problems[0].startswith("bad.regio.json: The year 1850")
    assert session.entries[-1].path == good.resolve()


def test_a_path_given_as_text_is_read_too() -> None:
    from regio_desktop import api
    from tests.conftest import REPO_ROOT

    preset = REPO_ROOT / "resources" / "scenarios" / "01_status_quo.regio.json"
    world = api.load_world()
    assert api.read_scenario_file(str(preset), world) == api.read_scenario_file(preset, world)

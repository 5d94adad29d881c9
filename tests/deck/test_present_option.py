"""``regio-desktop --present DECK`` (or a deck file as the only argument) refuses a file that is
not a deck before any window opens, naming the file and the problem, with exit status 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from regio_desktop.cli import _file_to_open, main


def test_a_deck_file_alone_means_present() -> None:
    assert _file_to_open(["talk.regio-deck.json"]) == ["--present", "talk.regio-deck.json"]
    assert _file_to_open(["talk.regio.json"]) == ["--scenario", "talk.regio.json"]


@pytest.mark.parametrize("as_option", [True, False])
def test_a_wrong_version_is_refused_before_the_window(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], as_option: bool
) -> None:
    path = tmp_path / "next.regio-deck.json"
    path.write_text(json.dumps({"format": "regio-deck", "version": 2}), encoding="utf-8")
    argv = ["--present", str(path)] if as_option else [str(path)]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "next.regio-deck.json" in err and "version 1, found 2" in err


def test_a_missing_deck_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--present", str(tmp_path / "gone.regio-deck.json")]) == 2
    assert "gone.regio-deck.json cannot be read" in capsys.readouterr().err


def test_present_goes_with_neither_self_test_nor_screenshot(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--present", "x.regio-deck.json", "--self-test"]) == 2
    assert "--present" in capsys.readouterr().err


def test_a_good_deck_goes_to_the_window(monkeypatch: pytest.MonkeyPatch) -> None:
    import regio_desktop.cli as cli
    from regio_desktop.app.shell import launch
    from tests.deck.test_shipped_decks import DECKS

    opened: list[object] = []
    monkeypatch.setattr(cli, "_no_display", lambda: False)
    monkeypatch.setattr(
        launch, "run_gui", lambda argv, db, scenario, deck=None: opened.append(deck) or 0
    )
    assert main([str(DECKS[0])]) == 0
    assert opened == [DECKS[0]]

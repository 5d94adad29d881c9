"""`regio-desktop replay` (#15): one PNG per year named by its year at the size asked for, a GIF
with a frame per year, an MP4, a scenario replayed; bad input is one line and exit 2, with
nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from regio_desktop import api
from regio_desktop.cli import main as _main


def main(argv: list[str]) -> int:
    """The command line's exit status, also for a refusal by the parser (which exits)."""
    try:
        return _main(argv)
    except SystemExit as stop:
        return int(stop.code or 0)


LEAVE_EAEU = api.Scenario(name="Kazakhstan leaves the EAEU", year=2018).with_status(
    "founding_member", "KAZ", "EAEU", None
)


def test_frames_are_one_png_per_year_at_the_size_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    frames = tmp_path / "frames"  # made when missing
    code = main(
        ["replay", "--from", "2013", "--to", "2015", "--frames", str(frames), "--size", "640x360"]
    )
    assert code == 0
    assert sorted(p.name for p in frames.iterdir()) == ["2013.png", "2014.png", "2015.png"]
    for path in frames.iterdir():
        with Image.open(path) as image:
            assert image.format == "PNG" and image.size == (640, 360)
    out = capsys.readouterr()
    assert f"wrote {frames} (3 frames, 2013-2015)" in out.out
    assert out.err == ""  # no progress bar when standard error is not a terminal


def test_frames_differ_from_year_to_year(tmp_path: Path) -> None:
    assert main(["replay", "--from", "2014", "--to", "2015", "--frames", str(tmp_path)]) == 0
    with Image.open(tmp_path / "2014.png") as before, Image.open(tmp_path / "2015.png") as after:
        assert before.size == after.size == (1920, 1080)  # the default size
        assert before.tobytes() != after.tobytes()


def test_a_gif_has_a_frame_per_year(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gif = tmp_path / "replay.gif"
    code = main(
        ["replay", "--from", "2012", "--to", "2015", "--output", str(gif), "--size", "480x270"]
    )
    assert code == 0
    with Image.open(gif) as image:
        assert image.format == "GIF" and image.size == (480, 270)
        assert image.n_frames == 4
        assert image.info["duration"] == 1000  # one year a second
    assert "4 frames at 1 a second" in capsys.readouterr().out
    assert [p.name for p in tmp_path.iterdir()] == ["replay.gif"]  # no partial file left


def test_an_mp4_is_written_with_its_header(tmp_path: Path) -> None:
    mp4 = tmp_path / "replay.mp4"
    # An odd size is rounded down to even numbers, as H.264 needs.
    years = ["--from", "2020", "--to", "2022"]
    code = main(["replay", *years, "--output", str(mp4), "--size", "481x271", "--fps", "2"])
    assert code == 0
    data = mp4.read_bytes()
    assert len(data) > 1000 and data[4:8] == b"ftyp"
    assert [p.name for p in tmp_path.iterdir()] == ["replay.mp4"]


def test_a_scenario_is_replayed_coloured_by_a_bloc(tmp_path: Path) -> None:
    scenario = tmp_path / "leave.regio.json"
    api.write_scenario(LEAVE_EAEU, scenario)
    frames = tmp_path / "frames"
    years = ["--from", "2017", "--to", "2018"]
    colouring = ["--colour-by", "EAEU", "--size", "800x450"]
    code = main(
        ["replay", *years, "--frames", str(frames), "--scenario", str(scenario), *colouring]
    )
    assert code == 0
    assert sorted(p.name for p in frames.iterdir()) == ["2017.png", "2018.png"]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--from", "2020", "--to", "1995"], "--from 2020 is after --to 1995"),
        (["--from", "1980"], "year 1980 is outside 1991"),
        (["--to", "2999"], "year 2999 is outside 1991"),
        (["--colour-by", "NOPE"], "'NOPE' is not a map colouring"),
        (["--size", "10x10"], "a frame of 10x10 pixels is outside 320x240 to 7680x4320"),
        (["--size", "99999x99999"], "a frame of 99999x99999 pixels is outside"),
        (["--size", "large"], "size 'large' is not WIDTHxHEIGHT"),
        (["--state", "XYZ"], "unknown state code 'XYZ'"),
        (["--fps", "0"], "--fps 0 is not above 0"),
        (["--from", "19x1"], "expected a year such as 2016"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], arguments: list[str], message: str
) -> None:
    frames = tmp_path / "frames"
    assert main(["replay", "--frames", str(frames), *arguments]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1, err
    assert message in err
    assert not frames.exists()


def test_files_that_cannot_be_written_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a_file = tmp_path / "taken"
    a_file.write_text("not a folder")
    cases = [
        (["--frames", str(a_file)], "is a file, not a folder for the frames"),
        (["--frames", str(a_file / "below")], "Not a directory"),
        (["--output", str(tmp_path / "replay.avi")], "a video is written as .mp4 or .gif"),
        (["--output", str(tmp_path / "missing" / "x.gif")], "does not exist"),
        ([], "name --frames DIR, --output FILE.mp4 or FILE.gif, or both"),
    ]
    for arguments, message in cases:
        assert main(["replay", "--from", "2000", "--to", "2001", *arguments]) == 2
        err = capsys.readouterr().err
        assert err.startswith("error: ") and err.count("\n") == 1 and message in err, err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken"]


def test_a_scenario_that_does_not_fit_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.regio.json"
    api.write_scenario(api.Scenario(year=2020).with_alignment("XXX", "multi-vector"), bad)
    assert main(["replay", "--frames", str(tmp_path / "f"), "--scenario", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: bad.regio.json: ") and "XXX" in err
    assert not (tmp_path / "f").exists()


def test_an_empty_folder_name_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--frames "$DIR"`` with DIR unset wrote every year into the current folder."""
    monkeypatch.chdir(tmp_path)
    assert main(["replay", "--from", "2000", "--to", "2001", "--frames", ""]) == 2
    assert "--frames: expected a folder, found an empty name" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []

"""The one reader of user files (#18): every hostile file gives a valid object or one line."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from regio_desktop.input_files import (
    InputFileError,
    nesting_depth,
    parse_json,
    printable,
    read_bytes,
    read_text,
)
from regio_desktop.scenario import file_format
from regio_desktop.scenario.file_format import ScenarioFileError

GOOD = {
    "format": "regio-scenario",
    "version": 1,
    "name": "ok",
    "year": 2016,
    "memberships": [{"state": "KAZ", "bloc": "EAEU", "action": "leave"}],
    "alignments": {"KAZ": "multi-vector"},
}


def _one_line(message: str) -> None:
    assert message and "\n" not in message and "Traceback" not in message


def test_a_fifo_is_refused_at_once_instead_of_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.regio.json"
    os.mkfifo(fifo)
    messages: list[str] = []

    def read() -> None:
        try:
            file_format.read(fifo)
        except ScenarioFileError as exc:
            messages.append(str(exc))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout=10)
    assert not reader.is_alive(), "reading a FIFO hung"
    assert messages and "not a regular file" in messages[0]


def test_a_link_to_an_endless_device_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "zero.regio.json"
    link.symlink_to("/dev/zero")
    with pytest.raises(InputFileError, match="not a regular file"):
        read_bytes(link, 1024)


def test_a_folder_and_a_missing_file_are_named(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="is a folder"):
        read_bytes(tmp_path, 1024)
    with pytest.raises(InputFileError, match=r"missing\.json cannot be read"):
        read_bytes(tmp_path / "missing.json", 1024)


def test_a_file_over_the_limit_is_refused_with_both_sizes(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    big.write_bytes(b" " * 5000)
    with pytest.raises(InputFileError, match=r"5,000 bytes; the limit is 4,096 bytes"):
        read_bytes(big, 4096)
    assert read_bytes(big, 5000) == b" " * 5000


def test_text_that_is_not_utf8_names_the_byte(tmp_path: Path) -> None:
    bad = tmp_path / "latin.json"
    bad.write_bytes(b'{"name": "Caf\xe9"}')
    with pytest.raises(InputFileError, match=r"not UTF-8 text \(byte 14\)"):
        read_text(bad, 1024)
    # An encoded lone surrogate is not UTF-8 either.
    bad.write_bytes(b'"\xed\xa0\x80"')
    with pytest.raises(InputFileError, match="not UTF-8"):
        read_text(bad, 1024)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"a": 1, "a": 2}', 'key "a" appears twice'),
        ("1" * 400, "400 characters is too long"),
        ("[1e999]", "out of range"),
        ("[NaN]", "NaN is not a number"),
        ("[-Infinity]", "-Infinity is not a number"),
        ("[" * 40 + "]" * 40, "nests 40 levels deep"),
        ('{"a": [1, 2', "not valid JSON (line 1"),
    ],
)
def test_strict_json_refuses_what_no_scenario_holds(text: str, message: str) -> None:
    with pytest.raises(InputFileError, match=message.replace("(", r"\(")):
        parse_json(text)


def test_nesting_is_counted_outside_strings_only() -> None:
    assert nesting_depth('{"a": "[[[[{{{{", "b": [[1]]}') == 3
    assert nesting_depth(r'["\"[[["]') == 1


def test_messages_show_control_characters_as_escapes() -> None:
    assert printable("KAZ\x1b[2J\u202e") == "KAZ\\x1b[2J\\u202e"
    assert printable("x" * 500, 10) == "x" * 9 + "…"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"version": True}, "reads version 1, found true"),
        ({"year": int("9" * 30)}, "whole year"),
        ({"alignments": {"KAZ": "multi-vector", " kaz": "russia-led"}}, "two alignments"),
        ({"alignments": {"K\x1bZ": "multi-vector"}}, r"\\u001b|\\x1b"),
        (
            {"memberships": [{"state": "KAZ\n", "bloc": "EA EU", "action": "leave"}]},
            "is not a code",
        ),
    ],
)
def test_scenario_shape_is_strict(change: dict[str, object], message: str) -> None:
    with pytest.raises(ScenarioFileError, match=message) as caught:
        file_format.loads(json.dumps(GOOD | change))
    _one_line(str(caught.value))


def test_a_400_digit_year_in_the_file_is_refused_not_overflowed(tmp_path: Path) -> None:
    path = tmp_path / "big.regio.json"
    path.write_text(json.dumps(GOOD)[:-1] + ', "extra": ' + "7" * 400 + "}", encoding="utf-8")
    with pytest.raises(ScenarioFileError, match=r"big\.regio\.json: a number of 400"):
        file_format.read(path)


def test_the_good_file_still_reads() -> None:
    scenario = file_format.loads(json.dumps(GOOD))
    assert scenario.year == 2016 and scenario.alignment_map == {"KAZ": "multi-vector"}


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    key=st.sampled_from([*sorted(GOOD), "parameters", "motivation", "description"]),
    value=_json,
)
def test_fuzzed_scenarios_give_a_scenario_or_one_line(key: str, value: object) -> None:
    """Any value in any field: the only outcomes are a Scenario or a one-line refusal."""
    text = json.dumps(GOOD | {key: value})
    try:
        file_format.loads(text)
    except ScenarioFileError as exc:
        _one_line(str(exc))


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_fuzzed_bytes_give_a_scenario_or_one_line(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "f.regio.json"
    path.write_bytes(data)
    try:
        file_format.read(path)
    except ScenarioFileError as exc:
        _one_line(str(exc))

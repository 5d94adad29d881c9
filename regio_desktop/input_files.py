"""The one reader for every file the program opens by path: scenarios, argument imports, source
texts (and the deck and database paths that come later).

A file given by a user may be anything: a FIFO that blocks forever, a link to ``/dev/zero``, a
gigabyte of text, JSON nested ten thousand deep, a 5,000-digit number, the same key twice. Each
reader here either returns the content or raises ``InputFileError`` with one line that names the
file and the problem; it never hangs, never reads without bound and never lets a RecursionError,
OverflowError or UnicodeError escape. Messages carry no control characters (``printable``), so a
code or a name from the file cannot drive the terminal.
"""

from __future__ import annotations

import json
import math
import os
import stat
import unicodedata
from pathlib import Path
from typing import Any

MiB = 1024 * 1024
SCENARIO_LIMIT = 4 * MiB
"""A scenario file is a few kilobytes; four megabytes leaves room for long descriptions."""
IMPORT_LIMIT = 64 * MiB
"""Argument imports and source texts: a whole book is a few megabytes."""
MAX_DEPTH = 32
"""No documented file nests deeper than four levels."""
MAX_NUMBER_CHARS = 40
"""No figure in these files needs more than a few digits; 40 characters is generous."""
_MESSAGE_CHARS = 120


class InputFileError(ValueError):
    """A file or text that cannot be read, with a one-line message that names the problem."""


def printable(text: object, limit: int = _MESSAGE_CHARS) -> str:
    """``text`` fit for a one-line message: control and format characters shown as ``\\xNN`` or
    ``\\uNNNN``, lone surrogates replaced, cut to ``limit`` characters with an ellipsis."""
    out: list[str] = []
    for ch in str(text):
        category = unicodedata.category(ch)
        if category in ("Cc", "Cf", "Cs", "Zl", "Zp"):
            code = ord(ch)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(ch)
    shown = "".join(out)
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def read_bytes(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes.

    Opened non-blocking, so a FIFO or a device cannot hang the program before it is refused;
    the size is checked on the open file and the read is bounded, so a file that grows (or a
    link to an endless device) cannot exhaust memory.
    """
    path = Path(path)
    name = printable(path.name or str(path))
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except IsADirectoryError:
        raise InputFileError(f"{name}: is a folder, not a file") from None
    except OSError as exc:
        raise InputFileError(f"{name}: cannot be read ({exc.strerror or exc})") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputFileError(f"{name}: is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise InputFileError(f"{name}: is not a regular file (a device, pipe or socket)")
        if info.st_size > limit:
            raise InputFileError(f"{name}: is {_size(info.st_size)}; the limit is {_size(limit)}")
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(fd, min(1 * MiB, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:
            raise InputFileError(f"{name}: is larger than the limit of {_size(limit)}")
        return b"".join(chunks)
    except OSError as exc:
        raise InputFileError(f"{name}: cannot be read ({exc.strerror or exc})") from None
    finally:
        os.close(fd)


def read_text(path: Path, limit: int) -> str:
    """A regular file's text as UTF-8 (a byte-order mark is dropped), refusing other encodings."""
    data = read_bytes(path, limit)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        name = printable(Path(path).name)
        raise InputFileError(f"{name}: is not UTF-8 text (byte {exc.start + 1})") from None


def nesting_depth(text: str) -> int:
    """How deep JSON text nests (brackets outside strings), found without parsing it, so text
    nested beyond Python's recursion limit is refused before the parser sees it."""
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    return deepest


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise InputFileError(f'the key "{printable(key, 40)}" appears twice in one object')
        seen[key] = value
    return seen


def _number(text: str) -> None:
    if len(text) > MAX_NUMBER_CHARS:
        raise InputFileError(f"a number of {len(text)} characters is too long to be a figure")


def _parse_int(text: str) -> int:
    _number(text)
    return int(text)


def _parse_float(text: str) -> float:
    _number(text)
    value = float(text)
    if not math.isfinite(value):
        raise InputFileError(f"the number {printable(text, 40)} is out of range")
    return value


def _refuse_constant(name: str) -> Any:
    raise InputFileError(f"{name} is not a number this program accepts")


def parse_json(text: str, max_depth: int = MAX_DEPTH) -> Any:
    """Parse JSON strictly: bounded nesting, bounded numbers, no NaN or Infinity, no key twice
    in one object. Raises InputFileError with the line and column of a syntax error."""
    depth = nesting_depth(text)
    if depth > max_depth:
        raise InputFileError(f"its JSON nests {depth} levels deep; at most {max_depth} are read")
    try:
        return json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_int=_parse_int,
            parse_float=_parse_float,
            parse_constant=_refuse_constant,
        )
    except json.JSONDecodeError as exc:
        raise InputFileError(
            f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    except (RecursionError, MemoryError):
        raise InputFileError("its JSON is too large or nested too deeply to read") from None


def _size(n: int) -> str:
    return f"{n / MiB:.1f} MiB" if n >= MiB else f"{n:,} bytes"

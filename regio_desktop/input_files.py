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

import errno
import json
import math
import os
import re
import stat
import unicodedata
from pathlib import Path
from typing import Any

from regio_desktop.problems import ParamValue, Problem, problem

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
    """A file or text that cannot be read: ``problem`` (a code and parameters, worded by the
    window in the user's language); ``str()`` is the one-line English message."""

    def __init__(self, found: Problem) -> None:
        super().__init__(found.message)
        self.problem = found


def _refuse(code: str, file: str, **params: ParamValue) -> InputFileError:
    return InputFileError(problem(code, file=file, **params))


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
        raise _refuse("file_is_folder", name) from None
    except OSError as exc:
        raise _refuse(
            "file_unreadable",
            name,
            reason=str(exc.strerror or exc),
            error=errno.errorcode.get(exc.errno or 0, ""),
        ) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise _refuse("file_is_folder", name)
        if not stat.S_ISREG(info.st_mode):
            raise _refuse("file_not_regular", name)
        if info.st_size > limit:
            raise _refuse("file_too_large", name, size=_size(info.st_size), limit=_size(limit))
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(fd, min(1 * MiB, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:
            raise _refuse("file_too_large", name, size=f"> {_size(limit)}", limit=_size(limit))
        return b"".join(chunks)
    except OSError as exc:
        raise _refuse(
            "file_unreadable",
            name,
            reason=str(exc.strerror or exc),
            error=errno.errorcode.get(exc.errno or 0, ""),
        ) from None
    finally:
        os.close(fd)


def read_text(path: Path, limit: int) -> str:
    """A regular file's text as UTF-8 (a byte-order mark is dropped), refusing other encodings."""
    data = read_bytes(path, limit)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _refuse("file_not_utf8", printable(Path(path).name), byte=exc.start + 1) from None


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


class _Strict:
    """The hooks ``json.loads`` calls, refusing in the name of one file."""

    def __init__(self, file: str) -> None:
        self.file = file

    def pairs(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        seen: dict[str, Any] = {}
        for key, value in pairs:
            if key in seen:
                raise _refuse("json_duplicate_key", self.file, key=printable(key, 40))
            seen[key] = value
        return seen

    def _check_length(self, text: str) -> None:
        if len(text) > MAX_NUMBER_CHARS:
            raise _refuse("json_number_too_long", self.file, length=len(text))

    def integer(self, text: str) -> int:
        self._check_length(text)
        return int(text)

    def real(self, text: str) -> float:
        self._check_length(text)
        value = float(text)
        if not math.isfinite(value):
            raise _refuse("json_number_out_of_range", self.file, number=printable(text, 40))
        return value

    def constant(self, name: str) -> Any:
        raise _refuse("json_constant", self.file, name=name)


def parse_json(text: str, file: str = "the text", max_depth: int = MAX_DEPTH) -> Any:
    """Parse JSON strictly: bounded nesting, bounded numbers, no NaN or Infinity, no key twice
    in one object. ``file`` names the source in the problem (its line and column for syntax)."""
    depth = nesting_depth(text)
    if depth > max_depth:
        raise _refuse("json_too_deep", file, depth=depth, limit=max_depth)
    strict = _Strict(file)
    try:
        data = json.loads(
            text,
            object_pairs_hook=strict.pairs,
            parse_int=strict.integer,
            parse_float=strict.real,
            parse_constant=strict.constant,
        )
    except json.JSONDecodeError as exc:
        raise _refuse("json_invalid", file, line=exc.lineno, column=exc.colno) from None
    except (RecursionError, MemoryError):
        raise _refuse("json_too_deep", file, depth=depth, limit=max_depth) from None
    surrogate = _LONE_SURROGATE.search(text)
    if surrogate is not None:
        _check_surrogates(data, file)
    return data


# A \uD800-\uDFFF escape; a valid pair decodes to one character, a lone half cannot be stored.
_LONE_SURROGATE = re.compile(r"\\u[dD][89abAB]", re.ASCII)


def _check_surrogates(value: Any, file: str) -> None:
    """Refuse a lone surrogate anywhere in parsed JSON (SQLite and UTF-8 files cannot hold one)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, str):
            for ch in item:
                if 0xD800 <= ord(ch) <= 0xDFFF:
                    raise _refuse("json_lone_surrogate", file, point=f"{ord(ch):04x}")


def _size(n: int) -> str:
    return f"{n / MiB:.1f} MiB" if n >= MiB else f"{n:,} bytes"

"""Reading input safely: every failure becomes a coded error, never a traceback."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from . import errors

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
MAX_BYTES_ENV = "DEREK_MAX_BYTES"
_CONTROL_OK = {9, 10, 12, 13}


def max_bytes() -> int:
    value = os.environ.get(MAX_BYTES_ENV)
    if value is None:
        return DEFAULT_MAX_BYTES
    try:
        return int(value)
    except ValueError:
        raise errors.BadArgument(f"{MAX_BYTES_ENV}={value!r} is not a whole number of bytes") from None


def _check_limit(limit: int) -> int:
    if limit < 0:
        raise errors.BadArgument(f"the size limit must be a number of bytes >= 0, not {limit}")
    return limit


def decode(data: bytes, where: str = "<input>", limit: int | None = None) -> str:
    """Check and decode raw bytes: size, binary content, UTF-8 and emptiness.

    data (bytes): the raw input.
    where (str): the file name or ``<stdin>``, used in error messages.
    limit (int | None): maximum size in bytes (default: ``DEREK_MAX_BYTES`` or 5 MB).
    RETURNS (str): the text, with a leading byte-order mark removed.
    """
    limit = _check_limit(max_bytes() if limit is None else limit)
    if len(data) > limit:
        raise errors.InputTooLarge(
            f"{where} is over the limit of {limit:,} bytes (set --max-bytes or {MAX_BYTES_ENV})"
        )
    nul = data.find(b"\0", 0, 8192)
    if nul >= 0:
        raise errors.BinaryInput(f"{where} looks binary (NUL byte at offset {nul})")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise errors.InvalidUTF8(f"{where} is not valid UTF-8 at byte offset {exc.start}") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ord(ch) not in _CONTROL_OK)
    if controls > 8 and controls > len(text[:8192]) // 100:
        raise errors.BinaryInput(f"{where} looks binary ({controls} control characters)")
    if not text.strip():
        raise errors.EmptyInput(f"{where} is empty")
    return text


def read_text(path: str | Path, limit: int | None = None) -> str:
    """Read a UTF-8 text file (``-`` is standard input) with :func:`decode`'s checks."""
    limit = _check_limit(max_bytes() if limit is None else limit)
    if str(path) == "-":
        data = sys.stdin.buffer.read(limit + 1)
        return decode(data, "<stdin>", limit)
    p = Path(path)
    if not p.exists():
        raise errors.FileMissing(f"{p}: no such file")
    if p.is_dir():
        raise errors.FileUnreadable(f"{p}: is a directory")
    try:
        with p.open("rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise errors.FileUnreadable(f"{p}: {exc.strerror or exc}") from None
    return decode(data, str(p), limit)

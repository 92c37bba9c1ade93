"""Opening parser input: bytes, text, a path or a binary file, gzip-compressed or not."""

from __future__ import annotations

import gzip
import io
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Union

from scrh.pipeline.papers.errors import ParseError

Raw = Union[bytes, str, os.PathLike, IO[bytes]]  # noqa: UP007 (a runtime alias)

GZIP_MAGIC = b"\x1f\x8b"


def name_of(raw: Raw, name: str | None = None) -> str:
    """A short name for messages: the given name, the path, or the kind of input."""
    if name:
        return name
    if isinstance(raw, os.PathLike):
        return os.fspath(raw)
    file_name = getattr(raw, "name", None)
    return str(file_name) if isinstance(file_name, str) else "<input>"


class _Prefixed(io.RawIOBase):
    """A binary stream that first returns `head`, then the rest of `stream`."""

    def __init__(self, head: bytes, stream: IO[bytes]) -> None:
        self._head = head
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        size = len(buffer)
        if self._head:
            chunk, self._head = self._head[:size], self._head[size:]
        else:
            chunk = self._stream.read(size)
        buffer[: len(chunk)] = chunk
        return len(chunk)


@contextmanager
def open_binary(raw: Raw, name: str | None = None) -> Iterator[IO[bytes]]:
    """Yield a binary stream over `raw`, transparently gunzipped.

    `str` is the content itself (encoded as UTF-8); use a `Path` for a file name.
    """
    where = name_of(raw, name)
    if isinstance(raw, bytes):
        stream: IO[bytes] = io.BytesIO(raw)
    elif isinstance(raw, str):
        stream = io.BytesIO(raw.encode("utf-8"))
    elif isinstance(raw, os.PathLike):
        try:
            stream = open(raw, "rb")  # noqa: SIM115 (closed below)
        except OSError as error:
            raise ParseError(f"{where}: cannot open ({error.strerror})") from error
    else:
        stream = raw
    try:
        magic = stream.read(2)
        joined: IO[bytes] = io.BufferedReader(_Prefixed(magic, stream), 1 << 16)
        if magic == GZIP_MAGIC:
            joined = gzip.GzipFile(fileobj=joined, mode="rb")  # type: ignore[assignment]
        yield joined
    finally:
        if isinstance(raw, os.PathLike):
            stream.close()


def read_all(raw: Raw, name: str | None = None) -> bytes:
    """All bytes of `raw` (gunzipped); a corrupt gzip stream is a ParseError."""
    with open_binary(raw, name) as stream:
        try:
            return stream.read()
        except (OSError, EOFError) as error:
            raise ParseError(f"{name_of(raw, name)}: cannot read ({error})") from error


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 text (a BOM is dropped); bad bytes are a ParseError naming the byte offset."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        offset = error.start + (3 if data.startswith(b"\xef\xbb\xbf") else 0)
        bad = data[offset : offset + 1].hex()
        raise ParseError(
            f"{name}: not valid UTF-8 at byte offset {offset} (byte 0x{bad})"
        ) from error


def load_json(raw: Raw, name: str | None = None) -> object:
    """The JSON document in `raw`; bad bytes or syntax are a ParseError saying where."""
    import json

    where = name_of(raw, name)
    text = decode_text(read_all(raw, name), where)
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise ParseError(
            f"{where}: not valid JSON at line {error.lineno}, column {error.colno} ({error.msg})"
        ) from error

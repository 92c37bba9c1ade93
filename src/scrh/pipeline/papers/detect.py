"""Telling a file's format from its content, and reading it with the right parser.

Formats: "pubmed" (PubmedArticleSet XML), "jats" (PMC article XML), "crossref" (works
JSON), "europepmc" (search JSON), "ris", "bibtex", "jsonl" (paper-import JSON Lines).
Gzip-compressed input is read transparently.
"""

from __future__ import annotations

import importlib
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from scrh.pipeline.papers.errors import ParseError
from scrh.pipeline.papers.model import Paper
from scrh.pipeline.papers.rawinput import Raw, name_of, open_binary

PARSERS = {
    "pubmed": "scrh.pipeline.papers.pubmed",
    "jats": "scrh.pipeline.papers.jats",
    "crossref": "scrh.pipeline.papers.crossref",
    "europepmc": "scrh.pipeline.papers.europepmc",
    "ris": "scrh.pipeline.papers.ris",
    "bibtex": "scrh.pipeline.papers.bibtex",
    "jsonl": "scrh.pipeline.papers.jsonl",
}
_HEAD = 1 << 16
_XML_ROOT = re.compile(rb"<([A-Za-z_][\w.:-]*)[\s>/]")
_RIS_TAG = re.compile(r"^\s*TY  -", re.M)
_BIBTEX_ENTRY = re.compile(r"^\s*@\s*[A-Za-z]+\s*[{(]", re.M)


def detect_format(head: bytes, name: str = "<input>") -> str:
    """The format name for a file starting with `head` (up to 64 KiB, uncompressed)."""
    text = head.lstrip(b"\xef\xbb\xbf").lstrip()
    if not text:
        raise ParseError(f"{name}: the file is empty")
    if text.startswith(b"<"):
        return _xml_format(text, name)
    decoded = text.decode("utf-8", errors="replace")
    if decoded.startswith(("{", "[")):
        return _json_format(head, name)
    if _RIS_TAG.search(decoded):
        return "ris"
    if _BIBTEX_ENTRY.search(decoded):
        return "bibtex"
    raise ParseError(f"{name}: unrecognised format (not PubMed/JATS XML, JSON, RIS or BibTeX)")


def _xml_format(text: bytes, name: str) -> str:
    for match in _XML_ROOT.finditer(text):
        tag = match.group(1).decode("ascii", "replace").split(":")[-1]
        if tag in ("PubmedArticleSet", "PubmedArticle"):
            return "pubmed"
        if tag in ("pmc-articleset", "article"):
            return "jats"
        if not match.group(0).startswith((b"<?", b"<!")):
            raise ParseError(f"{name}: unsupported XML document <{tag}>")
    raise ParseError(f"{name}: XML without a root element")


def _json_format(head: bytes, name: str) -> str:
    """JSON documents are told apart by their keys; several objects, one a line, are JSON Lines."""
    first = head.lstrip(b"\xef\xbb\xbf").lstrip().split(b"\n", 1)[0]
    try:
        value: Any = json.loads(first)
    except ValueError:
        value = None  # a multi-line JSON document: look at its opening keys
    if isinstance(value, dict) and "title" in value and "message" not in value:
        return "jsonl"
    text = head.decode("utf-8", errors="replace")
    if '"resultList"' in text or '"hitCount"' in text:
        return "europepmc"
    if '"message-type"' in text or '"message"' in text or '"DOI"' in text:
        return "crossref"
    if isinstance(value, dict) and "title" in value:
        return "jsonl"
    raise ParseError(f"{name}: JSON that is neither Crossref, Europe PMC nor paper-import")


def sniff(raw: Raw, name: str | None = None) -> str:
    """The format of `raw` (path, bytes or text), read from its first 64 KiB (or first line)."""
    where = name_of(raw, name)
    with open_binary(raw, name) as stream:
        try:
            head = stream.read(_HEAD)
            if len(head) == _HEAD and b"\n" not in head and head.lstrip().startswith(b"{"):
                head += stream.readline()  # JSON Lines: the whole first line, however long
        except (OSError, EOFError) as error:
            raise ParseError(f"{where}: cannot read ({error})") from error
    return detect_format(head, where)


def parser_for(fmt: str) -> Any:
    """The parser module for a format name."""
    try:
        return importlib.import_module(PARSERS[fmt])
    except KeyError as error:
        raise ParseError(f"unknown format {fmt!r}; known: {', '.join(PARSERS)}") from error


def parse_file(path: str | os.PathLike[str], *, fmt: str | None = None) -> Iterator[Paper]:
    """Yield the papers in the file at `path`, whatever its format (or the given `fmt`)."""
    path = Path(path)
    fmt = fmt or sniff(path)
    return _parse(fmt, path, str(path))


def parse_bytes(raw: bytes, name: str = "<input>", *, fmt: str | None = None) -> Iterator[Paper]:
    """Yield the papers in `raw`; `name` is used in error messages only."""
    fmt = fmt or sniff(raw, name)
    return _parse(fmt, raw, name)


def parse_events(path: str | os.PathLike[str], *, fmt: str | None = None) -> Iterator[Any]:
    """Papers, `Rejected` records and, for PubMed update files, `pubmed.Deletion`s, in file order.

    A bad record is yielded as `Rejected` (where and why) and reading goes on; only input
    that cannot be read any further (broken XML, a corrupt gzip stream) raises ParseError.
    """
    path = Path(path)
    fmt = fmt or sniff(path)
    if fmt == "pubmed":
        return parser_for(fmt).parse_events(path, name=str(path))  # type: ignore[no-any-return]
    return parser_for(fmt).records(path, name=str(path))  # type: ignore[no-any-return]


def _parse(fmt: str, raw: Raw, name: str) -> Iterator[Paper]:
    return parser_for(fmt).parse(raw, name=name)  # type: ignore[no-any-return]

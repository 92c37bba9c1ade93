"""The paper-import JSON Lines format (one paper a line), as in DESIGN.md."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from datetime import date
from typing import Any

from scrh.pipeline.papers.errors import ParseError, Rejected, rejected, strict
from scrh.pipeline.papers.model import Paper, sections_from
from scrh.pipeline.papers.rawinput import Raw, name_of, read_all


def parse(raw: Raw, *, name: str | None = None) -> Iterator[Paper]:
    """Yield one Paper per non-blank line; a bad line raises ParseError naming its line."""
    return strict(records(raw, name=name))


def records(raw: Raw, *, name: str | None = None) -> Iterator[Paper | Rejected]:
    """One Paper per non-blank line, or a Rejected naming the line; lines may be of any length.

    Each line is decoded on its own, so a bad byte costs only the line it is on.
    """
    where = name_of(raw, name) if name or not isinstance(raw, bytes | str) else "<jsonl>"
    data = raw.encode("utf-8") if isinstance(raw, str) else read_all(raw, name)
    data = data.removeprefix(b"\xef\xbb\xbf")
    offset = 0
    for number, chunk in enumerate(data.split(b"\n"), start=1):
        start, offset = offset, offset + len(chunk) + 1
        if not chunk.strip():
            continue
        at = f"{where}: line {number}"
        try:
            line = chunk.decode("utf-8")
        except UnicodeDecodeError as error:
            reason = f"{at}: not valid UTF-8 at byte offset {start + error.start}"
            yield rejected(ParseError(reason), chunk)
            continue
        try:
            yield _paper_from_line(line, at)
        except ParseError as error:
            yield rejected(error, line)


def _paper_from_line(line: str, where: str) -> Paper:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise ParseError(f"{where}: not valid JSON ({error.msg})") from error
    if not isinstance(record, dict):
        raise ParseError(f"{where}: expected a JSON object")
    try:
        return paper_from_record(record, where=where)
    except (TypeError, AttributeError, KeyError) as error:
        raise ParseError(f"{where}: a field has the wrong shape ({error})") from error


def paper_from_record(record: Mapping[str, Any], *, where: str = "record") -> Paper:
    """Build a Paper from one paper-import object; unknown keys are ignored."""
    title = _text(record.get("title"))
    if not title:
        raise ParseError(f"{where}: 'title' is required")
    sections_raw = record.get("abstract_sections") or []
    if not sections_raw and record.get("abstract"):
        sections_raw = [{"label": None, "text": record["abstract"]}]
    sections = sections_from(sections_raw)
    if not sections:
        raise ParseError(f"{where}: one of 'abstract' or 'abstract_sections' is required")
    return Paper(
        title=title,
        abstract_sections=sections,
        journal=_text(record.get("journal")),
        year=_year(record.get("year"), where),
        published=_date(record.get("published"), where),
        doi=_text(record.get("doi")),
        pmid=_text(record.get("pmid")),
        pmcid=_text(record.get("pmcid")),
        authors=_strings(record.get("authors")),
        keywords=_strings(record.get("keywords")),
        publication_types=_strings(record.get("publication_types")),
        mesh=_strings(record.get("mesh")),
        license=_text(record.get("license")),
        source=_text(record.get("source")) or "jsonl",
        source_url=_text(record.get("source_url")),
        volume=_text(record.get("volume")),
        issue=_text(record.get("issue")),
        pages=_text(record.get("pages")),
    )


def _text(value: Any) -> str:
    return " ".join(str(value).split()) if value not in (None, "") else ""


def _strings(value: Any) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(t for t in (_text(v) for v in value) if t)


def _year(value: Any, where: str) -> int | None:
    if value in (None, ""):
        return None
    try:
        return int(value)
    except (TypeError, ValueError) as error:
        raise ParseError(f"{where}: 'year' must be a whole number, got {value!r}") from error


def _date(value: Any, where: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError as error:
        raise ParseError(f"{where}: 'published' must be YYYY-MM-DD, got {value!r}") from error

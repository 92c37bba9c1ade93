"""Crossref REST API works JSON: `/works/{doi}` (one work) or `/works?...` (a work list).

Abstracts are JATS with a `jats:` prefix, or plain HTML; a work without one is yielded with
no abstract sections. `updated-by` (this work was retracted or corrected) becomes
`Paper.notices`; `update-to` (this work is a notice about another) becomes
`Paper.updates`, a tuple of Notice whose `ref_doi` is the work it updates.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from datetime import date
from typing import Any

from scrh.pipeline.papers.dates import date_from_parts
from scrh.pipeline.papers.errors import ParseError, Rejected, rejected, strict
from scrh.pipeline.papers.markup import plain_text, sections_from_markup
from scrh.pipeline.papers.model import Notice, Paper
from scrh.pipeline.papers.rawinput import Raw, load_json, name_of

SOURCE = "crossref"
UPDATE_KINDS = {
    "retraction": "retraction",
    "partial_retraction": "retraction",
    "withdrawal": "retraction",
    "removal": "retraction",
    "correction": "erratum",
    "erratum": "erratum",
    "corrigendum": "erratum",
    "expression_of_concern": "concern",
}
WORK_TYPES = {"journal-article": "Journal Article", "review-article": "Review"}
_YEAR_KEYS = ("published", "issued", "published-print", "published-online")
_DATE_KEYS = ("published", "published-online", "published-print", "issued")


def parse(raw: Raw, *, name: str | None = None) -> Iterator[Paper]:
    """Yield each work in a Crossref response (single work, work list, or a JSON list of either)."""
    return strict(records(raw, name=name))


def records(raw: Raw, *, name: str | None = None) -> Iterator[Paper | Rejected]:
    """Each work as a Paper, or a Rejected naming its place in the document."""
    where = name_of(raw, name)
    for number, work in enumerate(works(load_json(raw, name), where), start=1):
        try:
            yield paper_from_work(work)
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            reason = f"{where}: work {number} ({work.get('DOI') or 'no DOI'}): {error}"
            yield rejected(ParseError(reason), json.dumps(work, default=str)[:2000])


def works(document: object, where: str = "<crossref>") -> Iterator[Mapping[str, Any]]:
    """The work objects in a Crossref response; an error response is a ParseError."""
    if isinstance(document, list):
        for item in document:
            yield from works(item, where)
        return
    if not isinstance(document, Mapping):
        raise ParseError(f"{where}: expected a Crossref JSON object")
    if document.get("status") not in (None, "ok"):
        raise ParseError(f"{where}: Crossref error response: {_error_text(document)}")
    message = document.get("message", document)
    if isinstance(message, Mapping) and isinstance(message.get("items"), list):
        yield from (item for item in message["items"] if isinstance(item, Mapping))
    elif isinstance(message, Mapping) and "DOI" in message:
        yield message
    else:
        raise ParseError(f"{where}: no Crossref work in this document")


def _error_text(document: Mapping[str, Any]) -> str:
    message = document.get("message")
    if isinstance(message, list):
        return "; ".join(
            str(m.get("message", m)) if isinstance(m, Mapping) else str(m) for m in message
        )
    return str(message)


def paper_from_work(work: Mapping[str, Any]) -> Paper:
    """Build a Paper from one Crossref work object."""
    doi = str(work.get("DOI") or "").strip()
    year, published = _dates(work)
    kind = str(work.get("type") or "")
    return Paper(
        title=plain_text(_first(work.get("title"))),
        abstract_sections=sections_from_markup(work.get("abstract")),
        journal=plain_text(_first(work.get("container-title"))),
        year=year,
        published=published,
        doi=doi,
        authors=_authors(work.get("author") or ()),
        publication_types=(WORK_TYPES.get(kind, kind),) if kind else (),
        license=_license(work.get("license") or ()),
        source=SOURCE,
        source_url=f"https://doi.org/{doi}" if doi else "",
        notices=_notices(work.get("updated-by") or ()),
        volume=str(work.get("volume") or ""),
        issue=str(work.get("issue") or ""),
        pages=str(work.get("page") or ""),
        updates=_notices(work.get("update-to") or ()),
    )


def _first(value: Any) -> str:
    if isinstance(value, list):
        return str(value[0]) if value else ""
    return str(value or "")


def _parts(work: Mapping[str, Any], key: str) -> list[int]:
    parts = ((work.get(key) or {}).get("date-parts") or [[]])[0] or []
    return [int(p) for p in parts if str(p).isdigit()]


def _dates(work: Mapping[str, Any]) -> tuple[int | None, date | None]:
    """The year of first publication, and a full date of that year if one is given."""
    year = next((p[0] for p in (_parts(work, k) for k in _YEAR_KEYS) if p), None)
    for key in _DATE_KEYS:
        part_year, full = date_from_parts(_parts(work, key))
        if full is not None and (year is None or part_year == year):
            return year, full
    return year, None


def _authors(items: Any) -> tuple[str, ...]:
    names = []
    for author in items:
        if not isinstance(author, Mapping):
            continue
        name = " ".join(p for p in (author.get("given"), author.get("family")) if p)
        name = name or str(author.get("name") or "")
        if name.strip():
            names.append(" ".join(name.split()))
    return tuple(names)


def _license(items: Any) -> str:
    urls = [lic for lic in items if isinstance(lic, Mapping) and lic.get("URL")]
    for lic in urls:
        if lic.get("content-version") == "vor":
            return str(lic["URL"])
    return str(urls[0]["URL"]) if urls else ""


def _notices(items: Any) -> tuple[Notice, ...]:
    notices = []
    for item in items:
        if not isinstance(item, Mapping):
            continue
        kind = UPDATE_KINDS.get(str(item.get("type") or "").lower())
        if kind:
            label = str(item.get("label") or item.get("type") or "")
            notices.append(Notice(kind=kind, text=label, ref_doi=str(item.get("DOI") or "")))
    return tuple(notices)

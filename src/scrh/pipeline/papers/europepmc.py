"""Europe PMC REST `/search` JSON (`resultType=core`; `lite` records parse with fewer fields).

Abstracts carry `<h4>` headings, which become labelled sections. Corrections:
"Retraction in"/"Erratum in"/"Expression of concern in" become `Paper.notices`;
"Retraction of"/"Erratum for" become `Paper.updates` (see crossref.py).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from datetime import date
from typing import Any

from scrh.pipeline.papers.errors import ParseError, Rejected, rejected, strict
from scrh.pipeline.papers.markup import plain_text, sections_from_markup
from scrh.pipeline.papers.model import Notice, Paper
from scrh.pipeline.papers.rawinput import Raw, load_json, name_of

SOURCE = "europepmc"
_NOTICE_IN = {
    "retraction in": "retraction",
    "erratum in": "erratum",
    "expression of concern in": "concern",
}
_UPDATE_OF = {
    "retraction of": "retraction",
    "erratum for": "erratum",
    "expression of concern for": "concern",
}


def parse(raw: Raw, *, name: str | None = None) -> Iterator[Paper]:
    """Yield each result of a Europe PMC search response."""
    return strict(records(raw, name=name))


def records(raw: Raw, *, name: str | None = None) -> Iterator[Paper | Rejected]:
    """Each result as a Paper, or a Rejected naming its place in the response."""
    where = name_of(raw, name)
    for number, record in enumerate(results(load_json(raw, name), where), start=1):
        try:
            yield paper_from_result(record)
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            ident = record.get("id") or record.get("doi") or "no id"
            reason = f"{where}: result {number} ({ident}): {error}"
            yield rejected(ParseError(reason), json.dumps(record, default=str)[:2000])


def results(document: object, where: str = "<europepmc>") -> list[Mapping[str, Any]]:
    """The result records in a search response."""
    if not isinstance(document, Mapping) or not isinstance(document.get("resultList"), Mapping):
        raise ParseError(f"{where}: not a Europe PMC search response (no resultList)")
    items = document["resultList"].get("result") or []
    return [item for item in items if isinstance(item, Mapping)]


def paper_from_result(record: Mapping[str, Any]) -> Paper:
    """Build a Paper from one search result."""
    journal_info = record.get("journalInfo") or {}
    pmid = str(record.get("pmid") or "")
    pmcid = str(record.get("pmcid") or "")
    year = _int(journal_info.get("yearOfPublication") or record.get("pubYear"))
    published = _iso(record.get("electronicPublicationDate")) or _iso(
        record.get("firstPublicationDate")
    )
    corrections = (record.get("commentCorrectionList") or {}).get("commentCorrection") or []
    updates = _corrections(corrections, _UPDATE_OF)
    return Paper(
        title=plain_text(record.get("title")),
        abstract_sections=sections_from_markup(record.get("abstractText")),
        journal=str(
            (journal_info.get("journal") or {}).get("title") or record.get("journalTitle") or ""
        ),
        year=year or (published.year if published else None),
        published=published,
        doi=str(record.get("doi") or ""),
        pmid=pmid,
        pmcid=pmcid,
        authors=_authors(record),
        keywords=tuple((record.get("keywordList") or {}).get("keyword") or ()),
        publication_types=_pub_types(record),
        mesh=_mesh(record),
        license=str(record.get("license") or ""),
        source=SOURCE,
        source_url=_url(record),
        notices=_corrections(corrections, _NOTICE_IN),
        volume=str(journal_info.get("volume") or ""),
        issue=str(journal_info.get("issue") or ""),
        pages=str(record.get("pageInfo") or ""),
        published_text=str(journal_info.get("dateOfPublication") or ""),
        updates=updates,
    )


def _int(value: Any) -> int | None:
    return int(value) if str(value or "").isdigit() else None


def _iso(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _authors(record: Mapping[str, Any]) -> tuple[str, ...]:
    authors = (record.get("authorList") or {}).get("author") or []
    names = []
    for author in authors:
        first, last = author.get("firstName"), author.get("lastName")
        name = " ".join(p for p in (first, last) if p) or author.get("collectiveName") or ""
        name = name or author.get("fullName") or ""
        if name:
            names.append(name)
    if not names and record.get("authorString"):
        names = [n.strip(" .") for n in str(record["authorString"]).split(",") if n.strip(" .")]
    return tuple(names)


def _pub_types(record: Mapping[str, Any]) -> tuple[str, ...]:
    listed = (record.get("pubTypeList") or {}).get("pubType")
    if listed:
        return tuple(listed) if isinstance(listed, list) else (str(listed),)
    single = str(record.get("pubType") or "")
    return tuple(t.strip() for t in single.split(";") if t.strip())


def _mesh(record: Mapping[str, Any]) -> tuple[str, ...]:
    headings = (record.get("meshHeadingList") or {}).get("meshHeading") or []
    return tuple(h["descriptorName"] for h in headings if h.get("descriptorName"))


def _url(record: Mapping[str, Any]) -> str:
    source, ident = record.get("source"), record.get("id")
    return f"https://europepmc.org/article/{source}/{ident}" if source and ident else ""


def _corrections(items: Any, kinds: Mapping[str, str]) -> tuple[Notice, ...]:
    notices = []
    for item in items:
        kind = kinds.get(str(item.get("type") or "").strip().lower())
        if kind:
            ref = str(item.get("id") or "")
            pmid = ref if item.get("source") == "MED" else ""
            notices.append(Notice(kind=kind, text=str(item.get("reference") or ""), ref_pmid=pmid))
    return tuple(notices)

"""RIS files (Zotero, EndNote, Embase, Scopus, ScienceDirect exports) via rispy.

Text is read as `utf-8-sig`; tag variants are merged (TI/T1, AU/A1, PY/Y1/DA, JF/JO/T2/J2,
AB/N2); DOIs given as URLs are reduced to the bare DOI; "BACKGROUND: … METHODS: …"
abstracts are split into labelled sections.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from datetime import date
from typing import Any

import rispy

from scrh.pipeline.papers.dates import first_year, safe_date
from scrh.pipeline.papers.errors import ParseError, Rejected, rejected, strict
from scrh.pipeline.papers.ids import clean_doi, clean_pmid, doi_in_url
from scrh.pipeline.papers.markup import split_inline_headings
from scrh.pipeline.papers.model import Paper
from scrh.pipeline.papers.rawinput import Raw, decode_text, name_of, read_all

SOURCE = "ris"
REFERENCE_TYPES = {
    "JOUR": "Journal Article",
    "JFULL": "Journal Article",
    "CONF": "Conference Paper",
}
_JOURNAL_KEYS = ("alternate_title3", "journal_name", "secondary_title", "alternate_title2")
_PLACEHOLDER_ABSTRACTS = {"abstract", "no abstract available", "no abstract", "n/a"}
_START = re.compile(r"^\s*TY  -")
_END = re.compile(r"^\s*ER  -")
_TAG = re.compile(r"^\s*[A-Z][A-Z0-9]  -", re.M)
_FULL_DATE = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})")


def parse(raw: Raw, *, name: str | None = None) -> Iterator[Paper]:
    """Yield each reference in a RIS file; a bad reference is a ParseError."""
    return strict(records(raw, name=name))


def records(raw: Raw, *, name: str | None = None) -> Iterator[Paper | Rejected]:
    """Each reference (`TY  -` to `ER  -`) as a Paper, or a Rejected naming its first line."""
    where = name_of(raw, name)
    text = decode_text(read_all(raw, name), where)
    for line, chunk in _chunks(text):
        if not _START.match(chunk):
            if _TAG.search(chunk):
                reason = f"{where}: line {line}: RIS tags outside a reference (no 'TY  -' line)"
                yield rejected(ParseError(reason), chunk)
            continue
        try:
            papers = [paper_from_entry(entry) for entry in rispy.loads(chunk)]
        except (OSError, ValueError, KeyError, TypeError, IndexError) as error:
            reason = f"{where}: line {line}: not a readable RIS reference ({error})"
            yield rejected(ParseError(reason), chunk)
        else:
            yield from papers


def _chunks(text: str) -> Iterator[tuple[int, str]]:
    """(first line number, text) of each reference, and of any other non-blank run of lines."""
    lines: list[str] = []
    first = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if _START.match(line) and lines:
            yield first, "\n".join(lines)
            lines = []
        if not lines:
            if not line.strip():
                continue
            first = number
        lines.append(line)
        if _END.match(line):
            yield first, "\n".join(lines)
            lines = []
    if lines:
        yield first, "\n".join(lines)


def paper_from_entry(entry: Mapping[str, Any]) -> Paper:
    """Build a Paper from one rispy entry."""
    year, published = _dates(entry)
    is_pubmed = str(entry.get("database_provider", "")).upper() == "NLM"
    return Paper(
        title=_first(entry, "title", "primary_title", "translated_title"),
        abstract_sections=_abstract(_first(entry, "abstract", "notes_abstract")),
        journal=_first(entry, *_JOURNAL_KEYS) or _first(entry, "alternate_title1"),
        year=year,
        published=published,
        doi=_doi(entry),
        pmid=clean_pmid(entry.get("accession_number")) if is_pubmed else "",
        authors=tuple(_names(entry.get("authors") or entry.get("first_authors") or ())),
        keywords=_keywords(entry.get("keywords") or ()),
        publication_types=_types(entry),
        source=SOURCE,
        source_url=_first_url(entry),
        volume=_first(entry, "volume"),
        issue=_first(entry, "number"),
        pages="-".join(p for p in (_first(entry, "start_page"), _first(entry, "end_page")) if p),
    )


def _first(entry: Mapping[str, Any], *keys: str) -> str:
    for key in keys:
        value = entry.get(key)
        if isinstance(value, list):
            value = value[0] if value else ""
        text = " ".join(str(value or "").split())
        if text:
            return text
    return ""


def _abstract(text: str) -> tuple[Any, ...]:
    if text.strip().lower().rstrip(".") in _PLACEHOLDER_ABSTRACTS:
        return ()
    return split_inline_headings(text)


def _dates(entry: Mapping[str, Any]) -> tuple[int | None, date | None]:
    texts = [str(entry.get(k) or "") for k in ("year", "publication_year", "date")]
    year = next((y for y in map(first_year, texts) if y), None)
    for text in texts:
        match = _FULL_DATE.match(text.strip())
        if match:
            full = safe_date(*(int(g) for g in match.groups()))
            if full:
                return year or full.year, full
    return year, None


def _doi(entry: Mapping[str, Any]) -> str:
    doi = clean_doi(_first(entry, "doi"))
    if doi:
        return doi
    links = [*(entry.get("urls") or ()), entry.get("file_attachments2") or ""]
    return next((d for d in map(doi_in_url, links) if d), "")


def _names(values: Any) -> Iterator[str]:
    """ "Last, First" becomes "First Last"."""
    for value in values:
        parts = [p.strip() for p in str(value).split(",", 1)]
        name = " ".join(reversed(parts)) if len(parts) == 2 and parts[1] else parts[0]
        if name:
            yield " ".join(name.split())


def _keywords(values: Any) -> tuple[str, ...]:
    """Keywords, one a tag or one a continuation line; MeSH major-topic stars dropped."""
    out: list[str] = []
    for value in values:
        for line in str(value).splitlines():
            keyword = " ".join(line.replace("*", "").split())
            if keyword and keyword not in out:
                out.append(keyword)
    return tuple(out)


def _types(entry: Mapping[str, Any]) -> tuple[str, ...]:
    kind = str(entry.get("type_of_reference") or "")
    types = [REFERENCE_TYPES.get(kind, kind)] if kind else []
    work = _first(entry, "type_of_work")
    if work and work not in types and work.lower() not in ("article", "journal article"):
        types.append(work)
    return tuple(types)


def _first_url(entry: Mapping[str, Any]) -> str:
    urls = entry.get("urls") or ()
    url = str(urls[0]).strip() if urls else ""
    return f"https:{url}" if url.startswith("//") else url

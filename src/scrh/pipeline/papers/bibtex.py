"""BibTeX via bibtexparser v2, with LaTeX accents decoded (`G{\\"o}tze` -> Götze)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Any

import bibtexparser
from bibtexparser import middlewares as mw

from scrh.pipeline.papers.dates import first_year, month_number, safe_date
from scrh.pipeline.papers.errors import ParseError, Rejected, rejected, strict
from scrh.pipeline.papers.ids import clean_doi, clean_pmid, doi_in_url
from scrh.pipeline.papers.markup import split_inline_headings
from scrh.pipeline.papers.model import Paper
from scrh.pipeline.papers.rawinput import Raw, decode_text, name_of, read_all

SOURCE = "bibtex"
_ENTRY_START = re.compile(r"^[ \t]*@[ \t]*([A-Za-z]+)[ \t]*[{(]", re.M)
ENTRY_TYPES = {"article": "Journal Article", "inproceedings": "Conference Paper"}


def parse(raw: Raw, *, name: str | None = None) -> Iterator[Paper]:
    """Yield each entry of a BibTeX file; an unreadable entry is a ParseError."""
    return strict(records(raw, name=name))


def records(raw: Raw, *, name: str | None = None) -> Iterator[Paper | Rejected]:
    """Each entry as a Paper, or a Rejected naming its first line.

    Entries are read one at a time (each starts with `@` at the start of a line), so an entry
    with unbalanced braces is refused alone instead of swallowing the entries after it.
    `@string` definitions apply to every entry.
    """
    where = name_of(raw, name)
    text = decode_text(read_all(raw, name), where)
    chunks = list(_chunks(text))
    strings = "\n".join(chunk for _line, kind, chunk in chunks if kind == "string")
    for line, kind, chunk in chunks:
        if kind in ("string", "comment", "preamble"):
            continue
        library = bibtexparser.parse_string(f"{strings}\n{chunk}", append_middleware=_middleware())
        if library.failed_blocks or not library.entries:
            reason = f"{where}: line {line}: not a readable BibTeX entry (unbalanced braces?)"
            yield rejected(ParseError(reason), chunk)
            continue
        for entry in library.entries:
            try:
                yield paper_from_fields(entry.entry_type, dict(entry.fields_dict.items()))
            except (TypeError, ValueError, AttributeError) as error:
                reason = f"{where}: line {line}: not a readable BibTeX entry ({error})"
                yield rejected(ParseError(reason), chunk)


def _middleware() -> list[Any]:
    return [
        mw.LatexDecodingMiddleware(),
        mw.NormalizeFieldKeys(),
        mw.SeparateCoAuthors(),
        mw.SplitNameParts(),
    ]


def _chunks(text: str) -> Iterator[tuple[int, str, str]]:
    """(first line, entry type in lower case, text) of each `@` block; text before is a comment."""
    starts = list(_ENTRY_START.finditer(text))
    for index, match in enumerate(starts):
        end = starts[index + 1].start() if index + 1 < len(starts) else len(text)
        line = text.count("\n", 0, match.start()) + 1
        yield line, match.group(1).lower(), text[match.start() : end]


def paper_from_fields(entry_type: str, fields: dict[str, Any]) -> Paper:
    """Build a Paper from one entry's fields (values already LaTeX-decoded)."""

    def get(key: str) -> str:
        field = fields.get(key)
        return " ".join(str(field.value).split()) if field is not None else ""

    year, published = _dates(get("year"), get("month"), get("day"))
    url = get("url")
    kind = entry_type.lower()
    return Paper(
        title=get("title").replace("{", "").replace("}", ""),
        abstract_sections=split_inline_headings(get("abstract")),
        journal=(get("journal") or get("booktitle")).replace("{", "").replace("}", ""),
        year=year,
        published=published,
        doi=clean_doi(get("doi")) or doi_in_url(url),
        pmid=clean_pmid(get("pmid")),
        pmcid=get("pmcid"),
        authors=_authors(fields.get("author")),
        keywords=tuple(
            k.strip() for k in get("keywords").replace(";", ",").split(",") if k.strip()
        ),
        publication_types=(ENTRY_TYPES.get(kind, kind),),
        source=SOURCE,
        source_url=url,
        volume=get("volume"),
        issue=get("number"),
        pages=get("pages").replace("--", "-"),
    )


def _dates(year_text: str, month_text: str, day_text: str) -> tuple[int | None, date | None]:
    year = first_year(year_text)
    month = month_number(month_text) if month_text else None
    day = int(day_text) if day_text.isdigit() else None
    return year, safe_date(year, month, day)


def _authors(field: Any) -> tuple[str, ...]:
    if field is None:
        return ()
    names = []
    for parts in field.value:
        if isinstance(parts, mw.NameParts):
            words = [*parts.first, *parts.von, *parts.last, *parts.jr]
        else:
            words = [str(parts)]
        name = " ".join(" ".join(words).replace("{", "").replace("}", "").split())
        if name and name.lower() != "others":
            names.append(name)
    return tuple(names)

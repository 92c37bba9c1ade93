"""BibTeX via bibtexparser v2, with LaTeX accents decoded (`G{\\"o}tze` -> Götze)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import bibtexparser
from bibtexparser import middlewares as mw

from scrh.pipeline.papers.dates import first_year, month_number, safe_date
from scrh.pipeline.papers.errors import ParseError
from scrh.pipeline.papers.ids import clean_doi, clean_pmid, doi_in_url
from scrh.pipeline.papers.markup import split_inline_headings
from scrh.pipeline.papers.model import Paper
from scrh.pipeline.papers.rawinput import Raw, decode_text, name_of, read_all

SOURCE = "bibtex"
ENTRY_TYPES = {"article": "Journal Article", "inproceedings": "Conference Paper"}


def parse(raw: Raw, *, name: str | None = None) -> Iterator[Paper]:
    """Yield each entry of a BibTeX file; unparseable blocks are a ParseError."""
    where = name_of(raw, name)
    text = decode_text(read_all(raw, name), where)
    library = bibtexparser.parse_string(
        text,
        append_middleware=[
            mw.LatexDecodingMiddleware(),
            mw.NormalizeFieldKeys(),
            mw.SeparateCoAuthors(),
            mw.SplitNameParts(),
        ],
    )
    if library.failed_blocks:
        first = library.failed_blocks[0]
        raise ParseError(
            f"{where}: line {(first.start_line or 0) + 1}: not a readable BibTeX entry"
        )
    for entry in library.entries:
        yield paper_from_fields(entry.entry_type, dict(entry.fields_dict.items()))


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

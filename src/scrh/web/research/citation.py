"""Citation export of the paper a summary describes: RIS and BibTeX."""

from __future__ import annotations

import re
from typing import Any

from scrh.web.research.models import SummaryPage


def paper_metadata(page: SummaryPage) -> dict[str, Any]:
    """Title, authors, journal, year, date, volume, issue, pages and ids of the summarized paper."""
    paper = page.paper.to_paper() if page.paper_id and page.paper else None
    return {
        "title": page.paper_title or (paper.title if paper else "") or page.title,
        "authors": [a for a in (paper.authors if paper else ()) if a],
        "journal": page.journal or (paper.journal if paper else ""),
        "year": page.paper_year or (paper.year if paper else None) or "",
        "published": page.paper_published.isoformat() if page.paper_published else "",
        "volume": paper.volume if paper else "",
        "issue": paper.issue if paper else "",
        "pages": paper.pages if paper else "",
        "doi": page.doi or (paper.doi if paper else ""),
        "pmid": page.pmid or (paper.pmid if paper else ""),
        "pmcid": page.pmcid or (paper.pmcid if paper else ""),
    }


def ris(page: SummaryPage) -> str:
    """The paper as one RIS record (CRLF line ends, as the format asks)."""
    meta = paper_metadata(page)
    lines = [("TY", "JOUR"), ("TI", meta["title"])]
    lines += [("AU", author) for author in meta["authors"]]
    lines += [
        ("JO", meta["journal"]),
        ("PY", str(meta["year"])),
        ("DA", meta["published"].replace("-", "/")),
        ("VL", meta["volume"]),
        ("IS", meta["issue"]),
        *_ris_pages(meta["pages"]),
        ("DO", meta["doi"]),
        ("AN", meta["pmid"]),
        ("UR", f"https://doi.org/{meta['doi']}" if meta["doi"] else ""),
    ]
    body = [f"{tag}  - {_one_line(value)}" for tag, value in lines if value]
    return "\r\n".join([*body, "ER  - ", ""])


def bibtex(page: SummaryPage) -> str:
    """The paper as one BibTeX @article entry."""
    meta = paper_metadata(page)
    fields = [
        ("title", meta["title"]),
        ("author", " and ".join(meta["authors"])),
        ("journal", meta["journal"]),
        ("year", str(meta["year"])),
        ("volume", meta["volume"]),
        ("number", meta["issue"]),
        ("pages", meta["pages"].replace("-", "--")),
        ("doi", meta["doi"]),
        ("pmid", meta["pmid"]),
        ("url", f"https://doi.org/{meta['doi']}" if meta["doi"] else ""),
    ]
    body = ",\n".join(f"  {name} = {{{_bib_escape(v)}}}" for name, v in fields if v)
    return f"@article{{{_bib_key(meta, page.slug)},\n{body}\n}}\n"


def _ris_pages(pages: str) -> list[tuple[str, str]]:
    first, _dash, last = pages.partition("-")
    return [("SP", first.strip()), ("EP", last.strip())]


def _one_line(value: str) -> str:
    return " ".join(str(value).split())


def _bib_escape(value: str) -> str:
    return re.sub(r"([{}%&$#_\\])", r"\\\1", _one_line(value))


def _bib_key(meta: dict[str, Any], fallback: str) -> str:
    first = meta["authors"][0].split()[-1] if meta["authors"] else fallback.split("-")[0]
    return re.sub(r"[^A-Za-z0-9]", "", f"{first}{meta['year']}") or "paper"

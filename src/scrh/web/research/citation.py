"""Citation export of the paper a summary describes: RIS and BibTeX."""

from __future__ import annotations

import re
from typing import Any

from scrh.web.research.models import SummaryPage


def paper_metadata(page: SummaryPage) -> dict[str, Any]:
    """Title, authors, journal, year, date and ids of the summarized paper."""
    data = page.paper.data if page.paper_id and page.paper else {}
    ref = page.paper_ref
    return {
        "title": ref.get("title") or data.get("title") or page.title,
        "authors": [a for a in data.get("authors", []) if a],
        "journal": ref.get("journal") or data.get("journal", ""),
        "year": ref.get("year") or data.get("year") or "",
        "published": ref.get("published") or data.get("published") or "",
        "volume": str(data.get("volume") or ""),
        "doi": ref.get("doi") or data.get("doi") or "",
        "pmid": ref.get("pmid") or data.get("pmid") or "",
        "pmcid": ref.get("pmcid") or data.get("pmcid") or "",
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
        ("doi", meta["doi"]),
        ("pmid", meta["pmid"]),
        ("url", f"https://doi.org/{meta['doi']}" if meta["doi"] else ""),
    ]
    body = ",\n".join(f"  {name} = {{{_bib_escape(v)}}}" for name, v in fields if v)
    return f"@article{{{_bib_key(meta, page.slug)},\n{body}\n}}\n"


def _one_line(value: str) -> str:
    return " ".join(str(value).split())


def _bib_escape(value: str) -> str:
    return re.sub(r"([{}%&$#_\\])", r"\\\1", _one_line(value))


def _bib_key(meta: dict[str, Any], fallback: str) -> str:
    first = meta["authors"][0].split()[-1] if meta["authors"] else fallback.split("-")[0]
    return re.sub(r"[^A-Za-z0-9]", "", f"{first}{meta['year']}") or "paper"

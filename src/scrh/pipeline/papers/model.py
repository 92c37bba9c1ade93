"""The `Paper` record: immutable, normalized input to the summarizer."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

SECTION_CATEGORIES = ("BACKGROUND", "OBJECTIVE", "METHODS", "RESULTS", "CONCLUSIONS", "UNASSIGNED")


@dataclass(frozen=True, slots=True)
class Section:
    """A labelled part of an abstract or full text.

    `category` is one of SECTION_CATEGORIES; `label` is the heading as printed (or None).
    """

    text: str
    label: str | None = None
    category: str = "UNASSIGNED"


@dataclass(frozen=True, slots=True)
class Notice:
    """A retraction, erratum or expression of concern attached to a paper."""

    kind: str  # "retraction" | "erratum" | "concern"
    text: str = ""
    ref_doi: str = ""
    ref_pmid: str = ""


@dataclass(frozen=True, slots=True)
class Paper:
    """One research paper, as read from any source.

    `volume`, `issue` and `pages` are the journal citation as the source gives it (pages as printed,
    e.g. "123-9" or "e0245"); `published_text` is the source's own wording of the date ("2014 Oct",
    "1990 Spring"). `updates` is set only on a retraction or erratum notice: the papers it updates,
    as Notices whose `ref_doi`/`ref_pmid` name them.
    """

    title: str
    abstract_sections: tuple[Section, ...] = ()
    journal: str = ""
    year: int | None = None
    published: date | None = None
    doi: str = ""
    pmid: str = ""
    pmcid: str = ""
    authors: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    publication_types: tuple[str, ...] = ()
    mesh: tuple[str, ...] = ()
    license: str = ""
    source: str = ""
    source_url: str = ""
    full_text: tuple[Section, ...] = ()
    notices: tuple[Notice, ...] = ()
    volume: str = ""
    issue: str = ""
    pages: str = ""
    published_text: str = ""
    updates: tuple[Notice, ...] = field(default=(), compare=False, hash=False)

    @property
    def abstract(self) -> str:
        """The abstract as one text, sections joined by blank lines."""
        return "\n\n".join(s.text for s in self.abstract_sections if s.text)

    @property
    def content_hash(self) -> str:
        """sha256 of what a summary depends on: title and abstract sections."""
        payload = json.dumps(
            [self.title, [[s.label, s.text] for s in self.abstract_sections]],
            ensure_ascii=False,
        )
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()

    def with_changes(self, **changes: Any) -> Paper:
        """A copy with some fields replaced."""
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        """The paper in the paper-import JSON shape (plus source, full text and notices)."""
        return {
            "title": self.title,
            "abstract": self.abstract,
            "abstract_sections": [
                {"label": s.label, "text": s.text, "category": s.category}
                for s in self.abstract_sections
            ],
            "journal": self.journal,
            "year": self.year,
            "published": self.published.isoformat() if self.published else None,
            "doi": self.doi,
            "pmid": self.pmid,
            "pmcid": self.pmcid,
            "authors": list(self.authors),
            "keywords": list(self.keywords),
            "publication_types": list(self.publication_types),
            "mesh": list(self.mesh),
            "license": self.license,
            "source": self.source,
            "source_url": self.source_url,
            "full_text": [
                {"label": s.label, "text": s.text, "category": s.category} for s in self.full_text
            ],
            "notices": [
                {"kind": n.kind, "text": n.text, "ref_doi": n.ref_doi, "ref_pmid": n.ref_pmid}
                for n in self.notices
            ],
            "volume": self.volume,
            "issue": self.issue,
            "pages": self.pages,
            "published_text": self.published_text,
        }


def sections_from(items: Iterable[Mapping[str, Any]]) -> tuple[Section, ...]:
    """Build sections from `{"label", "text", "category"?}` mappings, dropping empty texts;
    headings written inside an unlabelled text ("OBJECTIVE: ...") become sections of their own."""
    from scrh.pipeline.papers.sections import category_for_label, split_labelled

    out: list[Section] = []
    for item in items:
        text = " ".join(str(item.get("text") or "").split())
        if not text:
            continue
        label = item.get("label") or None
        if label is None and not item.get("category"):
            out.extend(split_labelled(text))
            continue
        category = item.get("category") or category_for_label(label)
        out.append(Section(text=text, label=label, category=category))
    return tuple(out)


def paper_from_dict(data: Mapping[str, Any]) -> Paper:
    """The inverse of `Paper.to_dict` (no validation: for data this program wrote)."""
    published = data.get("published")
    return Paper(
        title=data.get("title", ""),
        abstract_sections=_sections(data.get("abstract_sections", [])),
        journal=data.get("journal", ""),
        year=data.get("year"),
        published=date.fromisoformat(published) if published else None,
        doi=data.get("doi", ""),
        pmid=data.get("pmid", ""),
        pmcid=data.get("pmcid", ""),
        authors=tuple(data.get("authors", [])),
        keywords=tuple(data.get("keywords", [])),
        publication_types=tuple(data.get("publication_types", [])),
        mesh=tuple(data.get("mesh", [])),
        license=data.get("license", ""),
        source=data.get("source", ""),
        source_url=data.get("source_url", ""),
        full_text=_sections(data.get("full_text", [])),
        notices=tuple(Notice(**n) for n in data.get("notices", [])),
        volume=str(data.get("volume") or ""),
        issue=str(data.get("issue") or ""),
        pages=str(data.get("pages") or ""),
        published_text=str(data.get("published_text") or ""),
    )


def _sections(items: Iterable[Mapping[str, Any]]) -> tuple[Section, ...]:
    return tuple(
        Section(text=s["text"], label=s.get("label"), category=s.get("category", "UNASSIGNED"))
        for s in items
    )

"""Combining a stored paper with a newly read version of it."""

from __future__ import annotations

from scrh.pipeline.papers.model import Notice, Paper

_KEEP_IF_EMPTY = (
    "journal",
    "year",
    "published",
    "doi",
    "pmid",
    "pmcid",
    "license",
    "source_url",
    "volume",
    "issue",
    "pages",
    "published_text",
)
_UNION = ("authors", "keywords", "publication_types", "mesh")


def merge_papers(stored: Paper, incoming: Paper) -> Paper:
    """`incoming`, with what only `stored` knows kept: ids, dates, abstract, notices.

    A source that omits a field (Crossref often has no abstract, RIS no PMID) never erases
    what another source gave; notices accumulate and are never dropped.
    """
    changes: dict[str, object] = {}
    for name in _KEEP_IF_EMPTY:
        if not getattr(incoming, name) and getattr(stored, name):
            changes[name] = getattr(stored, name)
    for name in _UNION:
        if not getattr(incoming, name):
            changes[name] = getattr(stored, name)
    if not incoming.abstract_sections:
        changes["abstract_sections"] = stored.abstract_sections
    if not incoming.full_text:
        changes["full_text"] = stored.full_text
    changes["notices"] = _notices_union(stored.notices, incoming.notices)
    return incoming.with_changes(**changes)


def _notices_union(old: tuple[Notice, ...], new: tuple[Notice, ...]) -> tuple[Notice, ...]:
    seen = dict.fromkeys(old)
    seen.update(dict.fromkeys(new))
    return tuple(seen)

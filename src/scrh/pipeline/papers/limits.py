"""Field limits, enforced where records enter, so no later stage meets a value it cannot store.

A value a little over its limit is shortened (at a word boundary, with "…") and a note says so,
for an editor to check; a value far over it is not that field at all (a whole file in a title),
and the record is refused with the reason. Identifiers are never shortened: a wrong id would
match the wrong paper.
"""

from __future__ import annotations

from dataclasses import dataclass

from scrh.pipeline.papers.errors import ParseError
from scrh.pipeline.papers.model import Paper

# field: (kept as is up to, refused above); page titles are at most 255 characters
TEXT_LIMITS = {"title": (255, 2_000), "journal": (500, 2_000)}
ITEM_LIMITS = {"authors": (300, 2_000), "keywords": (300, 2_000), "mesh": (300, 2_000)}
ID_LIMITS = {"doi": 255, "pmid": 20, "pmcid": 20}
URL_LIMIT = 2_000
ABSTRACT_LIMIT = 500_000  # characters, all sections together
ELLIPSIS = "…"


@dataclass(frozen=True, slots=True)
class Admitted:
    """A paper within every limit, and what was shortened to get there (empty when nothing)."""

    paper: Paper
    notes: tuple[str, ...] = ()


def paper_admit(paper: Paper, *, where: str = "record") -> Admitted:
    """`paper` within the limits above; ParseError (saying which field and why) if it cannot be."""
    if not paper.title.strip():
        raise ParseError(f"{where}: no title")
    for field, limit in ID_LIMITS.items():
        value = getattr(paper, field)
        if len(value) > limit:
            raise ParseError(f"{where}: '{field}' is {len(value):,} characters (at most {limit})")
    for field in ("source_url", "license"):
        if len(getattr(paper, field)) > URL_LIMIT:
            raise ParseError(f"{where}: '{field}' is over {URL_LIMIT:,} characters")
    abstract = sum(len(s.text) for s in paper.abstract_sections)
    if abstract > ABSTRACT_LIMIT:
        raise ParseError(
            f"{where}: the abstract is {abstract:,} characters (at most {ABSTRACT_LIMIT:,})"
        )
    changes: dict[str, object] = {}
    notes: list[str] = []
    for field, (keep, refuse) in TEXT_LIMITS.items():
        value = getattr(paper, field)
        if len(value) > refuse:
            raise ParseError(
                f"{where}: '{field}' is {len(value):,} characters (at most {refuse:,})"
            )
        if len(value) > keep:
            changes[field] = shorten(value, keep)
            notes.append(f"The {field} was {len(value):,} characters; it was shortened to {keep}.")
    for field, (keep, refuse) in ITEM_LIMITS.items():
        values = getattr(paper, field)
        longest = max((len(v) for v in values), default=0)
        if longest > refuse:
            raise ParseError(f"{where}: an item of '{field}' is {longest:,} characters")
        if longest > keep:
            changes[field] = tuple(shorten(v, keep) for v in values)
            notes.append(f"An item of {field} was {longest:,} characters; shortened to {keep}.")
    return Admitted(paper.with_changes(**changes) if changes else paper, tuple(notes))


def shorten(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters at a word boundary, ending with "…"."""
    if len(text) <= limit:
        return text
    cut = text[: limit - len(ELLIPSIS)]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-") + ELLIPSIS

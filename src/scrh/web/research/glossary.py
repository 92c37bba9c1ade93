"""The site glossary: terms from published summaries and the summarizer's glossary file."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from django.utils.text import slugify

from scrh.pipeline.data import load
from scrh.web.research.models import SummaryGlossaryTerm, SummaryPage


@dataclass(frozen=True)
class GlossaryEntry:
    term: str
    definition: str
    anchor: str
    summary_count: int


def _file_entries() -> list[dict]:
    try:
        return list(load("glossary.json"))
    except (FileNotFoundError, ValueError):
        return []


def glossary_entries() -> list[GlossaryEntry]:
    """Every term once (case-insensitive), A to Z, with how many summaries explain it."""
    definitions: dict[str, tuple[str, str]] = {}
    counts: dict[str, int] = defaultdict(int)
    live = SummaryPage.objects.live().public()
    rows = SummaryGlossaryTerm.objects.filter(page__in=live).order_by("page_id", "sort_order")
    for term, definition in rows.values_list("term", "definition"):
        if term.strip() and definition:
            key = term.strip().lower()
            definitions.setdefault(key, (term.strip(), definition))
            counts[key] += 1
    for entry in _file_entries():
        if entry.get("term") and entry.get("definition"):
            key = entry["term"].strip().lower()
            definitions.setdefault(key, (entry["term"].strip(), entry["definition"]))
    return [
        GlossaryEntry(term, definition, "g-" + slugify(term), counts.get(key, 0))
        for key, (term, definition) in sorted(definitions.items())
    ]


def by_letter(entries: list[GlossaryEntry]) -> list[tuple[str, list[GlossaryEntry]]]:
    """Entries grouped under their first letter ('#' for digits and symbols)."""
    groups: dict[str, list[GlossaryEntry]] = defaultdict(list)
    for entry in entries:
        first = entry.term[:1].upper()
        groups[first if first.isalpha() else "#"].append(entry)
    return sorted(groups.items())

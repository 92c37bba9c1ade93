"""The site glossary: terms from published summaries and the summarizer's glossary file."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from django.utils.text import slugify

from scrh.pipeline.data import load
from scrh.web.research.models import SummaryPage


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
    rows = SummaryPage.objects.live().public().values_list("summary__glossary", flat=True)
    for glossary in rows:
        for entry in glossary or []:
            if isinstance(entry, dict) and entry.get("term") and entry.get("definition"):
                key = entry["term"].strip().lower()
                definitions.setdefault(key, (entry["term"].strip(), entry["definition"]))
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

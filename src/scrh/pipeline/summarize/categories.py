"""Primary category and topic categories from DESIGN.md's vocabulary."""

from __future__ import annotations

import re
from functools import cache

from scrh.pipeline.data import load
from scrh.pipeline.papers.model import Paper

UMBRELLA = "Spinal Cord Injury"


@cache
def _rules() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """One pattern per category; cues are lower-cased and matched against lower-case text."""
    return tuple(
        (item["name"], re.compile(r"\b(?:" + "|".join(c.lower() for c in item["cues"]) + ")"))
        for item in load("categories.json")
    )


def categorize(paper: Paper, design_code: str) -> tuple[str, list[str]]:
    """(primary category, 1-4 topic categories); the umbrella only when nothing more fits."""
    title = paper.title.lower()
    parts = [paper.title, paper.abstract, " ".join(paper.keywords), " ".join(paper.mesh)]
    text = " ".join(parts).lower()
    scored = []
    for name, pattern in _rules():
        hits = len(pattern.findall(text)) + 3 * len(pattern.findall(title))
        if hits:
            scored.append((hits, name))
    if design_code == "animal_study" and not any(n == "Regenerative Medicine" for _, n in scored):
        scored.append((1, "Physiology"))
    ranked = [name for _, name in sorted(scored, key=lambda item: (-item[0], item[1]))]
    if not ranked:
        return UMBRELLA, [UMBRELLA]
    topics = ranked[:4]
    return topics[0], topics

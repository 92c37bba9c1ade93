"""Mapping free-text abstract headings to the five section categories."""

from __future__ import annotations

import re

_CATEGORY_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("OBJECTIVE", re.compile(r"\b(objectives?|aims?|purposes?|goals?|hypothes[ie]s)\b", re.I)),
    (
        "CONCLUSIONS",
        re.compile(r"\b(conclusions?|interpretation|implications|significance|summary)\b", re.I),
    ),
    ("RESULTS", re.compile(r"\b(results?|findings|main results|outcomes?)\b", re.I)),
    (
        "METHODS",
        re.compile(
            r"\b(methods?|methodology|design|setting|participants?|patients|subjects|"
            r"materials?|interventions?|measurements?|search|selection|data collection|"
            r"procedures?|study design|data sources|data extraction|data analysis)\b",
            re.I,
        ),
    ),
    (
        "BACKGROUND",
        re.compile(
            r"\b(background|introduction|context|rationale|importance|issue addressed)\b", re.I
        ),
    ),
)


def category_for_label(label: str | None) -> str:
    """The section category a heading like "PATIENTS AND METHODS" belongs to."""
    if not label:
        return "UNASSIGNED"
    for category, pattern in _CATEGORY_PATTERNS:
        if pattern.search(label):
            return category
    return "UNASSIGNED"

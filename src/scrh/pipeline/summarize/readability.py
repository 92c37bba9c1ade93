"""Reading-grade measures (textstat's Flesch-Kincaid formula)."""

from __future__ import annotations

import textstat


def fkgl(text: str) -> float:
    """Flesch-Kincaid grade level of `text` (0.0 for empty text), rounded to one decimal."""
    if not text.strip():
        return 0.0
    return round(float(textstat.flesch_kincaid_grade(text)), 1)

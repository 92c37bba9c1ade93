"""The design table (language/en/designs.json): per design, how papers declare it, its plain
name, Oxford CEBM 2011 level, meaning and the limitations that come with it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from scrh.pipeline.summarize.language import load


@dataclass(frozen=True, slots=True)
class DesignRow:
    """One row of the design table; `key` is a design code or a variant of one."""

    key: str
    code: str
    name: str
    level: int | None
    meaning: str
    limitations: tuple[str, ...]
    cues: re.Pattern[str] | None
    events: re.Pattern[str] | None
    types: re.Pattern[str] | None
    title_only: bool
    keywords: tuple[str, ...] = ()

    def may_match(self, lowered: str) -> bool:
        """False when none of the row's keywords is in the lower-cased text."""
        return any(word in lowered for word in self.keywords)


def _compile(patterns: list[str]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    bounded = [p if p.startswith(("^", "\\b", "(?<")) else rf"(?<!\w){p}" for p in patterns]
    return re.compile("|".join(f"(?:{p})" for p in bounded), re.I)


@cache
def design_rows() -> tuple[DesignRow, ...]:
    """The rows in priority order (when one place names several designs, the first wins)."""
    return tuple(
        DesignRow(
            key=row["key"],
            code=row["code"],
            name=row["name"],
            level=row["level"],
            meaning=row["meaning"],
            limitations=tuple(row["limitations"]),
            cues=_compile(row["cues"]),
            events=_compile(row["events"]),
            types=_compile(row["types"]),
            title_only=row["title_only"],
            keywords=tuple(row["keywords"]),
        )
        for row in load("designs.json")["designs"]
    )


@cache
def design_row(key: str) -> DesignRow:
    """The row for a design code or variant key; "other" when unknown."""
    rows = {row.key: row for row in design_rows()}
    return rows.get(key) or rows["other"]

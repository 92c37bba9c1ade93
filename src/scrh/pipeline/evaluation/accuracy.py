"""Accuracy of design, level, count and duration against the hand-assigned gold labels."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class GoldRow:
    """One paper: the gold label and the summary's value for each judged fact."""

    id: str
    design: str
    design_found: str
    level: int | None
    level_found: int | None
    count: int | None
    count_found: int | None
    duration_stated: bool
    duration_found: bool

    @property
    def design_right(self) -> bool:
        return self.design == self.design_found

    @property
    def level_right(self) -> bool:
        return self.level == self.level_found

    @property
    def count_right(self) -> bool:
        return self.count == self.count_found

    @property
    def duration_right(self) -> bool:
        """A duration given when the paper states one, "Not specified" when it does not."""
        return self.duration_stated == self.duration_found


def share(values: Sequence[bool]) -> float:
    """The share of true values (0.0 for none)."""
    return sum(values) / len(values) if values else 0.0


def accuracy(rows: Sequence[GoldRow]) -> dict[str, float]:
    """Overall figures: design, level, count; duration found when stated, invented when not."""
    stated = [r.duration_found for r in rows if r.duration_stated]
    absent = [r.duration_found for r in rows if not r.duration_stated]
    return {
        "papers": len(rows),
        "design accuracy": share([r.design_right for r in rows]),
        "CEBM level accuracy": share([r.level_right for r in rows]),
        "participant count exact": share([r.count_right for r in rows]),
        "duration found when present": share(stated),
        "duration invented when absent": share(absent),
    }


def per_design(rows: Sequence[GoldRow]) -> dict[str, dict[str, float]]:
    """For each gold design code: papers, design, level, count and duration accuracy."""
    groups: dict[str, list[GoldRow]] = defaultdict(list)
    for row in rows:
        groups[row.design].append(row)
    return {
        code: {
            "papers": len(group),
            "design": share([r.design_right for r in group]),
            "level": share([r.level_right for r in group]),
            "count": share([r.count_right for r in group]),
            "duration": share([r.duration_right for r in group]),
        }
        for code, group in sorted(groups.items())
    }


def misses(rows: Sequence[GoldRow]) -> list[str]:
    """One line per wrong fact: `id  design: gold -> found`, likewise level, count and
    duration."""
    out = []
    for row in rows:
        for name, gold, found, right in (
            ("design", row.design, row.design_found, row.design_right),
            ("level", row.level, row.level_found, row.level_right),
            ("count", row.count, row.count_found, row.count_right),
        ):
            if not right:
                out.append(f"{row.id}  {name}: {gold} -> {found}")
        if not row.duration_right:
            what = "stated -> not found" if row.duration_stated else "not stated -> invented"
            out.append(f"{row.id}  duration: {what}")
    return out


def confusion(rows: Sequence[GoldRow]) -> dict[tuple[str, str], int]:
    """How often each gold design was given as each other design (misses only)."""
    out: dict[tuple[str, str], int] = defaultdict(int)
    for row in rows:
        if not row.design_right:
            out[(row.design, row.design_found)] += 1
    return dict(sorted(out.items()))

"""Study designs grouped for the evidence map, read from `design_groups.json` (keyed by the
design codes of DESIGN.md)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from django.db.models import Q

OTHER = "other"


@dataclass(frozen=True)
class DesignGroup:
    code: str
    label: str
    short: tuple[str, ...]


@dataclass(frozen=True)
class Design:
    code: str
    group: str
    one: str
    many: str
    strength: int | None


def _load() -> tuple[dict[str, DesignGroup], dict[str, Design]]:
    data = json.loads((Path(__file__).with_name("design_groups.json")).read_text("utf-8"))
    groups = {
        code: DesignGroup(code, g["label"], tuple(g["short"])) for code, g in data["groups"].items()
    }
    designs = {
        code: Design(code, d["group"], d["one"], d["many"], d["strength"])
        for code, d in data["designs"].items()
    }
    unknown = {d.group for d in designs.values()} - set(groups)
    if unknown or OTHER not in groups:
        raise ValueError(f"design_groups.json: unknown groups {sorted(unknown)} or no '{OTHER}'")
    return groups, designs


GROUPS, DESIGNS = _load()


def group_of(design_code: str) -> str:
    """The group of a design code; unknown or empty codes are `other`."""
    design = DESIGNS.get(design_code)
    return design.group if design else OTHER


def group_q(group: str) -> Q:
    """A filter on `design_code` matching the summaries counted in `group`."""
    if group == OTHER:
        named = [code for code, d in DESIGNS.items() if d.group != OTHER]
        return ~Q(design_code__in=named)
    return Q(design_code__in=[code for code, d in DESIGNS.items() if d.group == group])

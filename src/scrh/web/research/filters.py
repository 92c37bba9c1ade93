"""The reader filters of listings, search and the API: category, design (or design group), level,
population, year."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Any

from django.http import QueryDict
from django.utils.http import urlencode

from scrh.web.research.design_groups import GROUPS, group_q
from scrh.web.research.queryset import SummaryPageQuerySet

POPULATIONS = {
    "humans": "People",
    "animals": "Animals",
    "cells": "Cells in a lab",
    "none": "Not stated",
}
# `none` matches the papers that study no particular group and those that do not say
NOT_STATED = ("none", "")
LEVELS = range(1, 6)


def _int_or_none(value: str | None, low: int, high: int) -> int | None:
    try:
        number = int(value or "")
    except ValueError:
        return None
    return number if low <= number <= high else None


@dataclass(frozen=True)
class SummaryFilters:
    """What a reader asked to narrow a list of summaries to; empty means no filter."""

    category: str = ""
    design: str = ""
    level: int | None = None
    population: str = ""
    year: int | None = None
    group: str = ""

    @classmethod
    def from_query(cls, params: QueryDict | dict[str, str]) -> SummaryFilters:
        """Filters from request parameters; unknown or malformed values are ignored."""
        population = params.get("population", "")
        group = params.get("group", "")
        return cls(
            category=(params.get("category") or "").strip()[:100],
            design=(params.get("design") or "").strip()[:40],
            level=_int_or_none(params.get("level"), 1, 5),
            population=population if population in POPULATIONS else "",
            year=_int_or_none(params.get("year"), 1800, 2200),
            group=group if group in GROUPS else "",
        )

    @property
    def active(self) -> bool:
        return any(v not in ("", None) for v in asdict(self).values())

    def apply(self, queryset: SummaryPageQuerySet) -> SummaryPageQuerySet:
        """`queryset` narrowed to the summaries matching every filter set."""
        lookups: dict[str, Any] = {}
        if self.category:
            lookups["topics__slug"] = self.category
        if self.design:
            lookups["design_code"] = self.design
        if self.level:
            lookups["evidence_level"] = self.level
        if self.population == "none":
            lookups["population__in"] = NOT_STATED
        elif self.population:
            lookups["population"] = self.population
        if self.year:
            lookups["paper_published__year"] = self.year
        if self.group:
            queryset = queryset.filter(group_q(self.group))
        return queryset.filter(**lookups) if lookups else queryset

    def params(self, **changes: Any) -> dict[str, str]:
        """The filters (with `changes`) as non-empty query parameters."""
        values = asdict(replace(self, **changes)) if changes else asdict(self)
        return {k: str(v) for k, v in values.items() if v not in ("", None)}

    def querystring(self, **extra: Any) -> str:
        """`?a=b&…` keeping these filters plus `extra` (e.g. q, page); '' when there is nothing."""
        params = {**self.params(), **{k: str(v) for k, v in extra.items() if v not in ("", None)}}
        return "?" + urlencode(params) if params else ""

"""The evidence map of a list of summaries: how many studies of each kind (design group) in
people, animals and cells, how recent, and one plain sentence saying so.

`evidence_counts` is the one aggregate query; `evidence_map` turns its rows into the figures
(pure Python, tested with hand-built rows); `grid_layout` and `chart_layout` place them on
the SVG canvases.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from django.conf import settings
from django.core.cache import cache
from django.db import connections
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.models import Count, QuerySet
from django.db.models.functions import ExtractYear
from django.http import HttpRequest
from django.utils.html import escape, format_html_join
from django.utils.http import urlencode
from django.utils.safestring import SafeString, mark_safe
from wagtail.models import Page

from scrh.web.research.cache import content_version
from scrh.web.research.design_groups import DESIGNS, GROUPS, OTHER, DesignGroup, group_of
from scrh.web.research.filters import NOT_STATED, POPULATIONS, SummaryFilters
from scrh.web.research.models.summary import EVIDENCE_INDEX

# the columns: who was studied (`none` gathers "no particular group" and "not stated")
COLUMN_SHORT = {"humans": ("People",), "animals": ("Animals",), "cells": ("Cells",),
                "none": ("Not", "stated")}  # fmt: skip
SENTENCE_WORDS = {"animals": "in animals", "cells": "with cells in a lab",
                  "none": "that {do} not say who was studied"}  # fmt: skip
CELL_WORDS = {"humans": "in people", "animals": "in animals", "cells": "with cells in a lab",
              "none": "where who was studied is not stated"}  # fmt: skip
MAX_BARS = 20

CountRow = tuple[str, str, int | None, int]  # design_code, population, year, count


class PaperYear(ExtractYear):
    """The year of a date; on SQLite read from the stored ISO text, not through the Python
    function Django registers for `ExtractYear` there (called once a row, it dominated the
    query)."""

    def as_sqlite(self, compiler, connection, **extra_context):
        sql, params = compiler.compile(self.lhs)
        return f"CAST(substr({sql}, 1, 4) AS integer)", params


def evidence_counts(queryset: QuerySet, *, scope: str = "") -> list[CountRow]:
    """(design_code, population, year, count) of the summaries in `queryset`: one query.

    With a `scope` naming what `queryset` holds (e.g. "category:12"), the answer is kept as
    long as a cached page (`SCRH_PAGE_CACHE_SECONDS`) under the current content version, so
    every page of a list, and its JSON, share one count until the content changes."""
    timeout = getattr(settings, "SCRH_PAGE_CACHE_SECONDS", 600)
    if not (scope and timeout):
        return _count(queryset)
    digest = hashlib.sha256(scope.encode()).hexdigest()
    key = f"scrh:evidence:{content_version()}:{digest}"
    rows = cache.get(key)
    if rows is None:
        rows = _count(queryset)
        cache.set(key, rows, timeout)
    return rows


def _count(queryset: QuerySet) -> list[CountRow]:
    """One GROUP BY over `queryset`, reading the three columns from the index
    `EVIDENCE_INDEX` (id, design, population, date) rather than the wide rows."""
    counted = (
        queryset.order_by()
        .annotate(year=PaperYear("paper_published"))
        .values_list("design_code", "population", "year")
        .annotate(count=Count("pk"))
    )
    connection = connections[counted.db]
    # PostgreSQL's planner reads the index on its own (an index-only scan)
    rows = _sqlite_rows(counted, connection) if connection.vendor == "sqlite" else counted
    return [(code or "", who or "", year, count) for code, who, year, count in rows]


def _sqlite_rows(counted: QuerySet, connection: BaseDatabaseWrapper) -> list[tuple]:
    """`counted` run on SQLite with the summaries read `INDEXED BY` the covering index.

    Left to itself, without the statistics only `ANALYZE` writes, SQLite finds each summary
    by its row id in the table, reading past the page's long texts to reach `design_code`:
    three times slower than the rest of the map together."""
    if not any(index.name == EVIDENCE_INDEX for index in counted.model._meta.indexes):
        return list(counted)
    sql, params = counted.query.sql_with_params()
    table = re.escape(connection.ops.quote_name(counted.model._meta.db_table))
    index = connection.ops.quote_name(EVIDENCE_INDEX)
    sql, found = re.subn(rf"(FROM {table}(?: U\d+)?) ", rf"\1 INDEXED BY {index} ", sql)
    if not found:  # another shape of query: the same rows, found the slow way
        return list(counted)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _column(population: str) -> str:
    return "none" if population in NOT_STATED or population not in POPULATIONS else population


@dataclass(frozen=True)
class Cell:
    group: DesignGroup
    population: str
    count: int
    query: str  # the listing's query narrowed to this cell: "?group=randomised&population=humans"
    current: bool = False  # the list below shows this cell

    @property
    def population_label(self) -> str:
        return POPULATIONS[self.population]

    @property
    def label(self) -> str:
        """What a link to the cell says, e.g. "Randomised trials in people: 3 studies"."""
        return f"{self.group.label} {CELL_WORDS[self.population]}: {_studies(self.count)}"


@dataclass(frozen=True)
class Row:
    group: DesignGroup
    cells: list[Cell]

    @property
    def total(self) -> int:
        return sum(c.count for c in self.cells)


@dataclass(frozen=True)
class YearBin:
    label: str  # "2021", or "Before 2005" for the earlier years gathered into one bar
    year: int | None  # None for the gathered bar
    counts: dict[str, int]  # group code -> studies

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class YearRow:
    label: str
    cells: list[str]
    total: int


@dataclass(frozen=True)
class Strongest:
    design_code: str
    count: int
    latest_year: int | None

    @property
    def words(self) -> str:
        design = DESIGNS[self.design_code]
        return design.one if self.count == 1 else f"{self.count} {design.many}"


@dataclass(frozen=True)
class EvidenceMap:
    total: int
    columns: list[str]  # population codes shown, in order
    rows: list[Row]
    years: list[YearBin]
    undated_counts: dict[str, int]  # group code -> studies with no date
    strongest: Strongest | None
    sentence: str
    by_year: dict[tuple[int, str], int] = field(default_factory=dict)  # (year, group) -> count

    @property
    def grid(self) -> Layout:
        return grid_layout(self)

    @property
    def chart(self) -> Layout:
        return chart_layout(self)

    @property
    def year_groups(self) -> list[DesignGroup]:
        """The groups with at least one dated study, in row order."""
        return [GROUPS[g] for g in GROUPS if any(b.counts.get(g) for b in self.years)]

    @property
    def year_rows(self) -> list[YearRow]:
        """The years with studies (and those with no date) as table rows."""
        groups = [g.code for g in self.year_groups]
        rows = [
            YearRow(b.label, [str(b.counts.get(g, 0)) for g in groups], b.total)
            for b in self.years
            if b.total
        ]
        if self.undated:
            cells = [str(self.undated_counts.get(g, 0)) for g in groups]
            rows.append(YearRow("No date", cells, self.undated))
        return rows

    @property
    def year_table_rows(self) -> SafeString:
        """The rows of the studies-a-year table (written here: a template loop over every
        number took longer than the query)."""
        return mark_safe(  # noqa: S308 (labels escaped, the rest numbers)
            "\n".join(
                f'<tr><th scope="row">{escape(row.label)}</th>'
                + "".join(f"<td>{c}</td>" for c in row.cells)
                + f"<td>{row.total}</td></tr>"
                for row in self.year_rows
            )
        )

    @property
    def undated(self) -> int:
        return sum(self.undated_counts.values())


def evidence_map(rows: list[CountRow], filters: SummaryFilters | None = None) -> EvidenceMap:
    """The figures of the map from `evidence_counts` rows; cell links keep `filters`."""
    filters = filters or SummaryFilters()
    cells: Counter[tuple[str, str]] = Counter()
    by_year: Counter[tuple[int, str]] = Counter()
    undated: Counter[str] = Counter()
    for design, population, year, count in rows:
        group = group_of(design)
        cells[group, _column(population)] += count
        if year is None:
            undated[group] += count
        else:
            by_year[year, group] += count
    columns = [p for p in POPULATIONS if p != "none" or any(cells[g, p] for g in GROUPS)]
    shown = [g for g in GROUPS if g != OTHER or any(cells[g, p] for p in POPULATIONS)]
    grid = [
        Row(
            GROUPS[g],
            [
                Cell(
                    GROUPS[g],
                    p,
                    cells[g, p],
                    _cell_query(filters, g, p),
                    current=(filters.group, filters.population) == (g, p),
                )
                for p in columns
            ],
        )
        for g in shown
    ]
    strongest = strongest_in_people(rows)
    return EvidenceMap(
        total=sum(cells.values()),
        columns=columns,
        rows=grid,
        years=year_bins(by_year),
        undated_counts=dict(undated),
        strongest=strongest,
        sentence=evidence_sentence(cells, strongest),
        by_year=dict(by_year),
    )


def cell_params(filters: SummaryFilters, group: str, population: str) -> dict[str, str]:
    """`filters` narrowed to one cell of the map (a design of another group is dropped)."""
    design = filters.design if group_of(filters.design) == group else ""
    return filters.params(group=group, population=population, design=design)


def _cell_query(filters: SummaryFilters, group: str, population: str) -> str:
    return "?" + urlencode(cell_params(filters, group, population))


def year_bins(by_year: Counter[tuple[int, str]] | dict[tuple[int, str], int]) -> list[YearBin]:
    """One bar a year from the first year with a study to the last; past `MAX_BARS` years the
    earliest are gathered into one "Before …" bar."""
    if not by_year:
        return []
    years = [y for y, _g in by_year]
    first, last = min(years), max(years)
    cut = last - MAX_BARS + 2 if last - first + 1 > MAX_BARS else first
    bins = []
    if cut > first:
        early: Counter[str] = Counter()
        for (year, group), count in by_year.items():
            if year < cut:
                early[group] += count
        bins.append(YearBin(f"Before {cut}", None, dict(early)))
    for year in range(cut, last + 1):
        counts = {g: by_year.get((year, g), 0) for g in GROUPS}
        bins.append(YearBin(str(year), year, {g: n for g, n in counts.items() if n}))
    return bins


def strongest_in_people(rows: list[CountRow]) -> Strongest | None:
    """The strongest kind of study done in people (by the designs' `strength`), how many of
    them, and the latest year one was published; None when no study in people is ranked."""
    ranked: dict[str, tuple[int, int | None]] = {}
    for design, population, year, count in rows:
        if population != "humans" or DESIGNS.get(design) is None:
            continue
        if DESIGNS[design].strength is None:
            continue
        seen, latest = ranked.get(design, (0, None))
        if year is not None and (latest is None or year > latest):
            latest = year
        ranked[design] = (seen + count, latest)
    if not ranked:
        return None
    best = min(ranked, key=lambda code: (DESIGNS[code].strength, -(ranked[code][1] or 0)))
    return Strongest(best, *ranked[best])


def _and(parts: list[str]) -> str:
    return ", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else parts[0]


def _studies(count: int) -> str:
    return f"{count} stud{'y' if count == 1 else 'ies'}"


def evidence_sentence(
    cells: Counter[tuple[str, str]] | dict[tuple[str, str], int], strongest: Strongest | None
) -> str:
    """One plain sentence from the counts, e.g. "14 studies in people, 3 of them randomised
    trials; 9 in animals. The strongest evidence in people is a systematic review from 2023."."""
    by_column: Counter[str] = Counter()
    for (_group, column), count in cells.items():
        by_column[column] += count
    if not sum(by_column.values()):
        return "No studies to show yet."
    people = by_column["humans"]
    trials = cells.get(("randomised", "humans"), 0)
    if people:
        first = f"{_studies(people)} in people"
        if trials:
            kind = "a randomised trial" if trials == 1 else "randomised trials"
            if people == trials:
                first += f", {kind}" if trials == 1 else f", all of them {kind}"
            else:
                first += f", {trials} of them {kind}"
    else:
        first = "No studies in people yet"
    others = [
        f"{count if i or people else _studies(count)} "
        + SENTENCE_WORDS[column].format(do="does" if count == 1 else "do")
        for i, (column, count) in enumerate(
            (c, by_column[c]) for c in ("animals", "cells", "none") if by_column[c]
        )
    ]
    sentence = "; ".join([first, _and(others)] if others else [first]) + "."
    if strongest:
        year = f" from {strongest.latest_year}" if strongest.latest_year else ""
        if strongest.count > 1 and year:
            year = f", the latest{year}"
        sentence += f" The strongest evidence in people is {strongest.words}{year}."
    return sentence


# --- the SVG canvases (viewBox units: about CSS pixels at a 320 px wide screen) -------------

LABEL_W, COL_W, HEAD_H, ROW_H = 112, 60, 44, 56
MIN_SIDE, MAX_SIDE = 30, 50
CHART_W, STRIP_H, BAR_H, AXIS_H = 300, 46, 24, 20


@dataclass(frozen=True)
class Text:
    """Lines of text: `x` and each line's baseline."""

    x: float
    lines: tuple[tuple[float, str], ...]

    @property
    def tspans(self) -> SafeString:
        return format_html_join(
            "", '<tspan x="{}" y="{}">{}</tspan>', ((_n(self.x), _n(y), t) for y, t in self.lines)
        )


@dataclass(frozen=True)
class Box:
    """A rectangle (top-left `x`, `y`) for `item`; `cx`, `cy`: where its number is written."""

    x: float
    y: float
    width: float
    height: float
    item: object
    cx: float = 0
    cy: float = 0

    @property
    def rect(self) -> SafeString:
        """The rectangle's attributes (numbers written here: the template would localize them)."""
        return mark_safe(  # noqa: S308 (numbers only)
            f'x="{_n(self.x)}" y="{_n(self.y)}" width="{_n(self.width)}" height="{_n(self.height)}"'
        )

    @property
    def centre(self) -> SafeString:
        return mark_safe(f'x="{_n(self.cx)}" y="{_n(self.cy)}"')  # noqa: S308 (numbers only)

    @property
    def title(self) -> str:
        """A bar's tooltip: "Randomised trials, 2021: 3"."""
        group, year_bin, count = self.item  # type: ignore[misc]
        return f"{group.label}, {year_bin.label}: {count}"


@dataclass(frozen=True)
class Layout:
    width: float
    height: float
    texts: list[Text]
    boxes: list[Box]
    rules: list[float] = field(default_factory=list)  # y of each strip's base line
    start: str = ""
    end: str = ""

    @property
    def bars(self) -> SafeString:
        """The chart's bars, each with its tooltip."""
        return mark_safe(  # noqa: S308 (tooltips escaped, the rest numbers)
            "".join(
                f'<rect class="emap-bar" {box.rect}><title>{escape(box.title)}</title></rect>'
                for box in self.boxes
            )
        )


def _r(value: float) -> float:
    return round(value, 1)


def _n(value: float) -> str:
    return f"{value:g}"


def _label(x: float, middle: float, lines: tuple[str, ...]) -> Text:
    first = middle + 5 - 8.5 * (len(lines) - 1)
    return Text(x, tuple((_r(first + 17 * n), line) for n, line in enumerate(lines)))


def grid_layout(emap: EvidenceMap) -> Layout:
    """Column heads, row labels and one square a cell, its side growing with its count."""
    peak = max((c.count for row in emap.rows for c in row.cells), default=0) or 1
    texts = [
        _label(_r(LABEL_W + COL_W * (i + 0.5)), HEAD_H / 2, COLUMN_SHORT[p])
        for i, p in enumerate(emap.columns)
    ]
    boxes = []
    for r, row in enumerate(emap.rows):
        middle = HEAD_H + ROW_H * (r + 0.5)
        texts.append(_label(0, middle, row.group.short))
        for i, cell in enumerate(row.cells):
            centre = LABEL_W + COL_W * (i + 0.5)
            side = _r(MIN_SIDE + (MAX_SIDE - MIN_SIDE) * math.sqrt(cell.count / peak))
            x, y = _r(centre - side / 2), _r(middle - side / 2)
            boxes.append(Box(x, y, side, side, cell, _r(centre), _r(middle + 5)))
    return Layout(
        LABEL_W + COL_W * len(emap.columns), HEAD_H + ROW_H * len(emap.rows), texts, boxes
    )


def chart_layout(emap: EvidenceMap) -> Layout:
    """Small multiples: for each group with dated studies, a strip with one bar a year, all
    on one scale."""
    groups = emap.year_groups
    peak = max((n for b in emap.years for n in b.counts.values()), default=0) or 1
    slot = CHART_W / max(len(emap.years), 1)
    texts, boxes, rules = [], [], []
    for r, group in enumerate(groups):
        base = STRIP_H * (r + 1)
        rules.append(base + 0.5)
        texts.append(Text(0, ((base - BAR_H - 6, group.label),)))
        for i, year_bin in enumerate(emap.years):
            if count := year_bin.counts.get(group.code, 0):
                height = _r(max(3.0, BAR_H * count / peak))
                item = (group, year_bin, count)
                boxes.append(Box(_r(i * slot + 1), base - height, _r(slot - 2), height, item))
    height = STRIP_H * len(groups) + AXIS_H
    first, last = (emap.years[0].label, emap.years[-1].label) if emap.years else ("", "")
    return Layout(CHART_W, height, texts, boxes, rules, first, last if last != first else "")


def category_listing(category: Page, request: HttpRequest) -> dict:
    """A category page's context: the map of all its summaries (the square the list is narrowed
    to marked), and the page of summaries matching the filters of the request."""
    from scrh.web.research.listing import paginate
    from scrh.web.research.selectors import latest_summaries

    filters = replace(SummaryFilters.from_query(request.GET), category="")
    summaries = latest_summaries().filter(topics=category)
    return {
        "filters": filters,
        "summaries": paginate(request, filters.apply(summaries)),
        "page_params": filters.querystring().lstrip("?"),
        "evidence": evidence_map(
            evidence_counts(summaries, scope=f"category:{category.pk}"), filters
        ),
    }

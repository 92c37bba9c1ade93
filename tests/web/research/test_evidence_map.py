"""The evidence map: design groups, counts, sentence and year bars from hand-built summaries,
on category pages, on /research/ (following its filters) and in the JSON API."""

from __future__ import annotations

import re
from typing import get_args

import pytest
from django.core.cache import cache
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from scrh.pipeline.summarize.model import DesignCode
from scrh.web.research.design_groups import DESIGNS, GROUPS, group_of
from scrh.web.research.evidence_map import (
    evidence_counts,
    evidence_map,
    evidence_sentence,
    strongest_in_people,
    year_bins,
)
from scrh.web.research.filters import SummaryFilters
from scrh.web.research.models import CategoryPage, SummaryPage
from scrh.web.research.selectors import latest_summaries
from tests.web.research.evidence_fixtures import build_topic

# --- pure: data, sentence, bins ----------------------------------------------------------


def test_every_design_code_of_the_design_has_a_group():
    assert set(DESIGNS) == set(get_args(DesignCode))
    assert list(GROUPS) == [
        "reviews",
        "randomised",
        "trials",
        "observational",
        "cases",
        "lab",
        "other",
    ]
    assert group_of("rct") == "randomised" and group_of("animal_study") == "lab"
    assert group_of("") == group_of("no_such_design") == "other"


def test_the_sentence_of_the_example():
    rows = [
        ("systematic_review", "humans", 2023, 1),
        ("rct", "humans", 2021, 3),
        ("retrospective_cohort", "humans", 2019, 10),
        ("animal_study", "animals", 2022, 9),
    ]
    assert evidence_map(rows).sentence == (
        "14 studies in people, 3 of them randomised trials; 9 in animals. "
        "The strongest evidence in people is a systematic review from 2023."
    )


@pytest.mark.parametrize(
    ("rows", "sentence"),
    [
        ([], "No studies to show yet."),
        (
            [("animal_study", "animals", 2020, 2), ("in_vitro", "cells", None, 1)],
            "No studies in people yet; 2 studies in animals and 1 with cells in a lab.",
        ),
        (
            [("rct", "humans", 2020, 1)],
            "1 study in people, a randomised trial. "
            "The strongest evidence in people is a randomised trial from 2020.",
        ),
        (
            [("qualitative", "humans", 2020, 3), ("narrative_review", "none", 2021, 1)],
            "3 studies in people; 1 that does not say who was studied.",
        ),
        (
            [("rct", "humans", 2018, 2), ("rct", "humans", 2022, 1), ("case_report", "", None, 4)],
            "3 studies in people, all of them randomised trials; 4 that do not say who was "
            "studied. The strongest evidence in people is 3 randomised trials, the latest "
            "from 2022.",
        ),
        (
            [("systematic_review_meta_analysis", "humans", None, 1)],
            "1 study in people. The strongest evidence in people is a systematic review "
            "with meta-analysis.",
        ),
    ],
)
def test_sentence_cases(rows, sentence):
    assert evidence_map(rows).sentence == sentence


def test_strongest_in_people_ignores_other_populations_and_unranked_designs():
    rows = [
        ("systematic_review", "animals", 2024, 1),
        ("scoping_review", "humans", 2024, 1),
        ("case_series", "humans", 2010, 1),
        ("case_series", "humans", 2016, 2),
    ]
    strongest = strongest_in_people(rows)
    assert (strongest.design_code, strongest.count, strongest.latest_year) == (
        "case_series",
        3,
        2016,
    )
    assert evidence_sentence({("lab", "animals"): 2}, None).startswith("No studies in people")


def test_grid_rows_columns_and_cell_links():
    rows = [
        ("rct", "humans", 2021, 3),
        ("non_randomized_trial", "humans", 2020, 1),
        ("animal_study", "animals", 2019, 2),
    ]
    emap = evidence_map(rows, SummaryFilters(year=2021, design="rct"))
    assert emap.columns == ["humans", "animals", "cells"]  # no "not stated" column: none are
    assert [r.group.code for r in emap.rows] == list(GROUPS)[:-1]  # no "other" row: none are
    counts = {(c.group.code, c.population): c.count for r in emap.rows for c in r.cells}
    assert counts[("randomised", "humans")] == 3 and counts[("lab", "animals")] == 2
    assert sum(counts.values()) == emap.total == 6
    cells = {(c.group.code, c.population): c for r in emap.rows for c in r.cells}
    # the design filter stays where it belongs to the cell's group, and goes elsewhere
    assert (
        cells["randomised", "humans"].query
        == "?design=rct&population=humans&year=2021&group=randomised"
    )
    assert cells["lab", "animals"].query == "?population=animals&year=2021&group=lab"
    assert cells["randomised", "humans"].label == "Randomised trials in people: 3 studies"


def test_year_bars_gather_the_earliest_years_past_twenty():
    by_year = {(1990, "reviews"): 2, (2004, "randomised"): 1, (2010, "randomised"): 4}
    by_year |= {(2024, "cases"): 1}
    bins = year_bins(by_year)
    assert len(bins) == 20
    assert (bins[0].label, bins[0].year, bins[0].counts) == (
        "Before 2006",
        None,
        {"reviews": 2, "randomised": 1},
    )
    assert [b.year for b in bins[1:]] == list(range(2006, 2025))
    assert bins[5].counts == {"randomised": 4} and bins[-1].counts == {"cases": 1}
    assert [b.label for b in year_bins({(2020, "lab"): 1, (2022, "lab"): 2})] == [
        "2020",
        "2021",
        "2022",
    ]


def test_layouts_fit_their_canvas():
    rows = [("rct", "humans", 2001, 40), ("rct", "humans", 2024, 1), ("other", "", None, 1)]
    emap = evidence_map(rows)
    grid, chart = emap.grid, emap.chart
    assert all(b.x >= 0 and b.x + b.width <= grid.width for b in grid.boxes)
    assert all(b.y >= 0 and b.y + b.height <= grid.height for b in grid.boxes)
    sides = {b.item.count: b.width for b in grid.boxes}
    assert sides[41] == 50 and sides[1] < sides[41] and sides[0] == 30
    assert all(b.x + b.width <= chart.width + 0.5 for b in chart.boxes)
    assert (chart.start, chart.end) == ("Before 2006", "2024")
    assert emap.undated == 1 and emap.year_rows[-1].label == "No date"


# --- hand-built summaries in the database -------------------------------------------------


@pytest.fixture(scope="module")
def built_topic(django_db_setup, django_db_blocker):
    """A category with hand-built summaries of known designs, and a second category; built once
    for the module inside a transaction rolled back at its end."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            categories = build_topic()
            yield [c.pk for c in categories]
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


@pytest.fixture
def topic(built_topic, db):
    return [CategoryPage.objects.get(pk=pk) for pk in built_topic]


TOPIC_SENTENCE = (
    "9 studies in people, 3 of them randomised trials; 4 in animals, 1 with cells in a lab "
    "and 2 that do not say who was studied. The strongest evidence in people is 2 "
    "systematic reviews, the latest from 2023."
)


def table_counts(html: str) -> dict[str, list[str]]:
    """The first data table of the map: row heading -> its cells."""
    table = html.split('class="emap-data"')[1].split("</table>")[0]
    rows = re.findall(r'<th scope="row">([^<]+)</th>((?:<td>\d+</td>)+)', table)
    return {name: re.findall(r"<td>(\d+)</td>", cells) for name, cells in rows}


def test_category_page_counts_its_own_live_summaries(client, topic):
    html = client.get(topic[0].url).content.decode()
    assert TOPIC_SENTENCE in html
    counts = table_counts(html)
    # columns: people, animals, cells, not stated, all
    assert counts["Reviews and guidelines"] == ["2", "0", "0", "1", "3"]
    assert counts["Randomised trials"] == ["3", "0", "0", "0", "3"]
    assert counts["Cohort and other observational studies"] == ["2", "0", "0", "1", "3"]
    assert counts["Case reports and series"] == ["1", "0", "0", "0", "1"]
    assert counts["Lab and animal studies"] == ["0", "4", "1", "0", "5"]
    assert counts["Other or not stated"] == ["1", "0", "0", "0", "1"]
    assert '<svg class="emap-svg emap-grid"' in html and "<title id=" in html
    assert 'href="?population=humans&amp;group=randomised"' in html
    assert "Before" not in html and '<th scope="row">2015</th>' in html


def test_following_a_cell_lists_exactly_its_summaries(client, topic):
    html = client.get(topic[0].url + "?population=humans&group=randomised").content.decode()
    titles = re.findall(r'class="card-title"><a [^>]+>([^<]+)</a>', html)
    assert len(titles) == 3 and all("(rct)" in t for t in titles)
    assert "3 summaries match your selection" in html
    assert 'aria-current="true"' in html and 'emap-cell emap-current"' in html
    assert f'href="{topic[0].url}">Show all summaries' in html
    # the map still shows the whole category
    assert TOPIC_SENTENCE in html
    other = client.get(topic[0].url + "?population=none&group=other").content.decode()
    assert "No summaries in this category match this selection." in other


def test_research_listing_map_follows_the_filters(client, topic):
    everything = client.get("/research/").content.decode()
    assert "11 studies in people, 5 of them randomised trials" in everything
    animals = client.get("/research/?population=animals").content.decode()
    assert "No studies in people yet; 4 studies in animals." in animals
    assert table_counts(animals)["Lab and animal studies"] == ["0", "4", "0", "4"]
    year = client.get(f"/research/?category={topic[1].slug}&year=2024").content.decode()
    assert "1 study in people, a randomised trial." in year
    link = re.search(r'class="emap-cell[^"]*" href="([^"]+)"', year).group(1)
    assert (
        link
        == f"?category={topic[1].slug}&amp;population=humans&amp;year=2024&amp;group=randomised"
    )


def test_group_filter_and_old_design_urls(client, topic):
    def count(query):
        return SummaryFilters.from_query(query).apply(latest_summaries()).count()

    assert count({"group": "randomised"}) == count({"design": "rct"}) == 5
    assert count({"group": "other"}) == 1  # the summary with no design code
    assert count({"group": "lab", "population": "cells"}) == 1
    assert count({"population": "none"}) == 2  # "none" and not stated
    assert count({"group": "no-such-group"}) == count({}) == 18
    html = client.get("/research/?design=rct&group=bogus&population=martians").content.decode()
    assert "5 summaries match your filters" in html
    assert 'id="f-group"' in html and '<option value="randomised">' in html


def test_the_map_is_one_aggregate_query(client, topic):
    summaries = latest_summaries().filter(topics=topic[0])
    with CaptureQueriesContext(connection) as queries:
        rows = evidence_counts(summaries)
    assert len(queries) == 1 and "GROUP BY" in queries[0]["sql"].upper()
    assert sum(n for *_rest, n in rows) == 16
    with CaptureQueriesContext(connection) as queries:
        assert client.get(topic[0].url).status_code == 200
    grouped = [q for q in queries if "GROUP BY" in q["sql"].upper() and "design_code" in q["sql"]]
    assert len(grouped) == 1


def test_the_count_reads_the_covering_index_not_the_summary_rows(topic):
    """The grouped columns come from `research_summary_evidence` (id, design, population,
    date): the wide rows, with every page's long texts, are not read to count them.

    SQLite is told to read the index (`INDEXED BY`), so its plan shows it. PostgreSQL's
    planner picks its own path from statistics a few test rows do not give (the bench
    measures it at scale), so here every column its plan reads from the summary table must
    be in the index: what makes an index-only scan possible."""
    summaries = latest_summaries().filter(topics=topic[0])
    with CaptureQueriesContext(connection) as queries:
        evidence_counts(summaries)
    sql = queries[0]["sql"]
    with connection.cursor() as cursor:
        indexes = connection.introspection.get_constraints(cursor, "research_summarypage")
        if connection.vendor == "postgresql":
            cursor.execute(f"EXPLAIN (VERBOSE, FORMAT JSON) {sql}")
            plan = cursor.fetchone()[0]
        else:
            cursor.execute(f"EXPLAIN QUERY PLAN {sql}")
            plan = "\n".join(str(row[-1]) for row in cursor.fetchall())
    covered = indexes["research_summary_evidence"]["columns"]
    assert covered == ["page_ptr_id", "design_code", "population", "paper_published"]
    if connection.vendor == "postgresql":
        read = summary_columns_read(plan[0]["Plan"])
        assert read and read <= set(covered), read
    else:
        assert "USING COVERING INDEX research_summary_evidence" in plan, plan
        assert "research_summarypage USING INTEGER PRIMARY KEY" not in plan, plan


def summary_columns_read(node: dict) -> set[str]:
    """The columns of `research_summarypage` that a PostgreSQL JSON plan's scans of it read."""
    columns: set[str] = set()
    if node.get("Relation Name") == "research_summarypage":
        alias = re.escape(node.get("Alias", "research_summarypage"))
        for key in ("Output", "Filter", "Index Cond"):
            value = node.get(key, [])
            text = " ".join(value) if isinstance(value, list) else value
            columns |= set(re.findall(rf"\b{alias}\.(\w+)", text))
    for child in node.get("Plans", []):
        columns |= summary_columns_read(child)
    return columns


def test_no_map_without_summaries(client, topic):
    category = CategoryPage.objects.order_by("path")[2]
    html = client.get(category.url).content.decode()
    assert 'class="emap"' not in html and "No summaries in this category yet." in html


# --- the JSON API ----------------------------------------------------------------------------


def cell_counts(body: dict) -> dict[tuple[str, str], int]:
    return {(c["group"], c["population"]): c["count"] for c in body["cells"]}


def test_category_evidence_api_serves_the_counts(client, topic):
    body = client.get(f"/api/categories/{topic[0].slug}/evidence/").json()
    assert body["total"] == 16 and body["sentence"] == TOPIC_SENTENCE
    assert body["category"]["slug"] == topic[0].slug
    counts = cell_counts(body)
    assert len(counts) == len(GROUPS) * 4
    assert counts["randomised", "humans"] == 3 and counts["lab", "animals"] == 4
    assert counts["reviews", "none"] == 1 and counts["randomised", "animals"] == 0
    assert {"year": 2021, "group": "randomised", "count": 2} in body["years"]
    assert body["undated"] == 1
    assert body["strongest_in_people"] == {
        "design_code": "systematic_review",
        "count": 2,
        "latest_year": 2023,
    }
    cell = next(c for c in body["cells"] if (c["group"], c["population"]) == ("lab", "animals"))
    assert cell["url"].endswith(f"{topic[0].url}?population=animals&group=lab")
    listed = client.get(cell["api_url"]).json()
    assert listed["count"] == 4 and {r["population"] for r in listed["results"]} == {"animals"}
    narrowed = client.get(f"/api/categories/{topic[0].slug}/evidence/?year=2021").json()
    assert narrowed["total"] == 3  # 2 randomised trials and the cells study
    assert client.get("/api/categories/no-such-category/evidence/").status_code == 404


def test_evidence_api_follows_the_listing_filters(client, topic):
    everything = client.get("/api/evidence/").json()
    assert everything["total"] == 18 and cell_counts(everything)["randomised", "humans"] == 5
    same = client.get(f"/api/evidence/?category={topic[0].slug}").json()
    assert cell_counts(same) == cell_counts(
        client.get(f"/api/categories/{topic[0].slug}/evidence/").json()
    )
    bad = client.get("/api/evidence/?year=abc&level=9&group=x&population=y")
    assert bad.status_code == 200 and bad.json()["total"] == 18
    assert client.post("/api/evidence/").status_code == 405


def test_the_map_is_cached_with_the_page(client, topic, settings):
    settings.SCRH_PAGE_CACHE_SECONDS = 600
    cache.clear()
    try:
        assert client.get(topic[0].url)["X-Cache"] == "miss"
        with CaptureQueriesContext(connection) as queries:
            second = client.get(topic[0].url)
        assert second["X-Cache"] == "hit" and not queries
        assert TOPIC_SENTENCE in second.content.decode()
        with CaptureQueriesContext(connection) as queries:
            page_two = client.get(topic[0].url + "?page=2")  # another page, the same count
        assert page_two["X-Cache"] == "miss" and TOPIC_SENTENCE in page_two.content.decode()
        assert not [q for q in queries if "GROUP BY" in q["sql"].upper()]
        SummaryPage.objects.live().filter(
            topics=topic[0], design_code="case_report"
        ).get().unpublish()
        third = client.get(topic[0].url)
        assert third["X-Cache"] == "miss"
        assert "8 studies in people" in third.content.decode()
    finally:
        cache.clear()

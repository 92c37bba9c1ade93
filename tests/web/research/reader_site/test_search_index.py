"""Ranked reads of the search index on the database in use (SQLite FTS5 or PostgreSQL tsvector):
every word required across title and text, live pages only, title matches first."""

from __future__ import annotations

from scrh.web.research.filters import SummaryFilters
from scrh.web.research.search import RankedSummaries, summary_search
from scrh.web.research.search_index import ranked_summary_ids


def _title_word(page) -> str:
    return next(w.lower() for w in page.title.split() if len(w) > 6 and w.isalpha())


def test_all_words_are_required_across_title_and_text(demo):
    page = demo[0]
    title_word = _title_word(page)
    text_word = next(
        w.lower()
        for w in page.search_text().split()
        if len(w) > 6 and w.isalpha() and w.lower() not in page.title.lower()
    )
    assert page.pk in ranked_summary_ids([title_word, text_word], limit=500)
    assert ranked_summary_ids([title_word, "zzqxwordnowhere"], limit=500) == []


def test_unpublished_pages_are_not_returned(demo):
    page = demo[1]
    word = _title_word(page)
    assert page.pk in ranked_summary_ids([word], limit=500)
    page.unpublish()
    assert page.pk not in ranked_summary_ids([word], limit=500)


def test_results_count_without_loading_pages_and_slices_load_in_rank_order(demo):
    results = summary_search("spinal cord", SummaryFilters())
    assert isinstance(results, RankedSummaries)
    assert len(results) >= 2
    first_two = results[0:2]
    assert [p.pk for p in first_two] == results.ids[:2]
    assert results[1].pk == results.ids[1]
    assert results[-1].pk == results.ids[-1]


def test_empty_query_finds_nothing(demo):
    assert len(summary_search("  ", SummaryFilters())) == 0
    assert ranked_summary_ids([], limit=10) == []


def test_filter_choices_are_cached_per_content_version(demo, settings, django_assert_num_queries):
    from scrh.web.research.selectors import filter_choices

    settings.SCRH_PAGE_CACHE_SECONDS = 600
    before = filter_choices()
    with django_assert_num_queries(0):
        assert filter_choices() == before
    page = demo[2]
    page.unpublish()  # moves the content version on
    after = filter_choices()
    assert after != before
    category = next(c for c in before.categories if page.primary_category.title in c[1])
    assert category not in after.categories


def test_listing_counts_are_cached_per_content_version(demo, settings, rf):
    from scrh.web.research.listing import paginate
    from scrh.web.research.selectors import latest_summaries

    settings.SCRH_PAGE_CACHE_SECONDS = 600
    request = rf.get("/research/", {"page": "1"})
    assert paginate(request, latest_summaries()).paginator.count == len(demo)
    demo[3].unpublish()  # moves the content version on
    assert paginate(request, latest_summaries()).paginator.count == len(demo) - 1
    other = rf.get("/research/", {"level": "9"})  # another listing, counted on its own
    assert paginate(other, latest_summaries().filter(evidence_level=9)).paginator.count == 0

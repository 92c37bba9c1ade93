"""Full-text search over published summaries: ranked results, snippets, spelling suggestions."""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import overload

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from scrh.web.research.filters import SummaryFilters
from scrh.web.research.models import SummaryPage
from scrh.web.research.search_index import ranked_summary_ids
from scrh.web.research.selectors import latest_summaries

MAX_RESULTS = 500
SNIPPET_CHARS = 220
_WORD = re.compile(r"[^\W_]{2,}", re.UNICODE)


@dataclass(frozen=True)
class Hit:
    page: SummaryPage
    title: SafeString
    snippet: SafeString


def query_words(query: str) -> list[str]:
    """The words of a query, lower case, at most ten."""
    return [w.lower() for w in _WORD.findall(query)][:10]


def summary_search(query: str, filters: SummaryFilters) -> RankedSummaries:
    """Live summaries matching every word of `query` and the filters, best match first.

    Only ids are read until a page of results is sliced: the count costs no page loads.
    """
    words = query_words(query)
    if not words:
        return RankedSummaries([])
    # only the words reach the index: FTS syntax characters in a query are not ours
    ranked = ranked_summary_ids(words, limit=MAX_RESULTS)
    kept = set(filters.apply(latest_summaries().filter(pk__in=ranked)).values_list("pk", flat=True))
    return RankedSummaries([pk for pk in ranked if pk in kept])


class RankedSummaries(Sequence[SummaryPage]):
    """Summary page ids in rank order; slicing loads just those pages (what a paginator does)."""

    def __init__(self, ids: list[int]) -> None:
        self.ids = ids

    def __len__(self) -> int:
        return len(self.ids)

    @overload
    def __getitem__(self, index: int) -> SummaryPage: ...

    @overload
    def __getitem__(self, index: slice) -> list[SummaryPage]: ...

    def __getitem__(self, index: int | slice) -> SummaryPage | list[SummaryPage]:
        if isinstance(index, int):
            return self[index : index + 1 or None][0]
        chosen = self.ids[index]
        pages = latest_summaries().in_bulk(chosen)
        return [pages[pk] for pk in chosen if pk in pages]


def hits(pages: list[SummaryPage], query: str) -> list[Hit]:
    """Each page with its title and a snippet of the text around the query's words, marked."""
    pattern = _pattern(query_words(query))
    return [
        Hit(page, highlight(page.title, pattern), snippet(page.search_text(), pattern))
        for page in pages
    ]


def _pattern(words: list[str]) -> re.Pattern[str] | None:
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return re.compile(rf"\b({alternatives})\w*", re.IGNORECASE)


def highlight(text: str, pattern: re.Pattern[str] | None) -> SafeString:
    """`text` escaped, with every match of `pattern` in `<mark>`."""
    if pattern is None:
        return escape(text)
    out, last = [], 0
    for match in pattern.finditer(text):
        out += [escape(text[last : match.start()]), f"<mark>{escape(match.group(0))}</mark>"]
        last = match.end()
    out.append(escape(text[last:]))
    return mark_safe("".join(out))  # noqa: S308


def snippet(text: str, pattern: re.Pattern[str] | None) -> SafeString:
    """About SNIPPET_CHARS of `text` around its first match, highlighted, with ellipses."""
    text = " ".join(text.split())
    match = pattern.search(text) if pattern else None
    start = max(0, (match.start() if match else 0) - SNIPPET_CHARS // 3)
    if start:
        start = text.find(" ", start) + 1
    end = min(len(text), start + SNIPPET_CHARS)
    if end < len(text):
        end = text.rfind(" ", start, end) if " " in text[start:end] else end
    piece = ("… " if start else "") + text[start:end] + (" …" if end < len(text) else "")
    return highlight(piece, pattern)


def suggestion(query: str, vocabulary: list[str]) -> str:
    """The query with misspelt words replaced by the closest known word; '' if none changes."""
    words = query_words(query)
    known = set(vocabulary)
    fixed = [
        w if w in known else next(iter(difflib.get_close_matches(w, vocabulary, 1, 0.75)), w)
        for w in words
    ]
    return " ".join(fixed) if fixed != words else ""


def search_vocabulary() -> list[str]:
    """Words readers may search for: from live titles, journals, glossaries and category names."""
    from scrh.web.research.models import CategoryPage, SummaryGlossaryTerm

    live = SummaryPage.objects.live().public()
    words: set[str] = set()
    for title, journal in live.values_list("title", "journal"):
        words.update(query_words(f"{title} {journal}"))
    terms = SummaryGlossaryTerm.objects.filter(page__in=live).values_list("term", flat=True)
    words.update(query_words(" ".join(terms)))

    for title in CategoryPage.objects.live().values_list("title", flat=True):
        words.update(query_words(title))
    return sorted(w for w in words if len(w) > 3)

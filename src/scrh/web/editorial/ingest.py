"""Storing what a source gave us: upsert papers, apply deletions, record the run.

Fetch, parse and store are three steps; this module is the third. Each record is stored in
its own transaction, so one bad record is quarantined and never aborts the batch nor leaves
a half-written row.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from datetime import date

from django.db import DatabaseError, transaction
from django.utils import timezone

from scrh.pipeline.papers.errors import ParseError, Rejected
from scrh.pipeline.papers.fetch_http import FetchResult
from scrh.pipeline.papers.limits import paper_admit
from scrh.pipeline.papers.merge import merge_papers
from scrh.pipeline.papers.model import Notice, Paper
from scrh.pipeline.papers.pubmed import Deletion
from scrh.web.editorial.keeping import notices_announce
from scrh.web.editorial.models import IngestRun, PaperRecord, QuarantinedRecord

NEW, UPDATED, UNCHANGED = "new", "updated", "unchanged"
EXCERPT_LIMIT = 2_000
Item = Paper | Deletion | Rejected
Progress = Callable[[IngestRun], None]


def normalized_doi(doi: str) -> str:
    """DOIs compare case-insensitively."""
    return doi.strip().lower()


def title_key(paper: Paper) -> str:
    """sha256 of the title's letters and digits plus the year: a last-resort match key."""
    letters = re.sub(r"[^a-z0-9]+", "", paper.title.lower())
    return hashlib.sha256(f"{letters}|{paper.year or ''}".encode()).hexdigest() if letters else ""


@transaction.atomic
def paper_upsert(*, paper: Paper, notes: Iterable[str] = ()) -> tuple[PaperRecord, str]:
    """Store `paper`, merging it into the record with the same DOI, PMID or PMCID if any.

    `notes` (what was shortened to fit the field limits) become the record's review reason.
    """
    note = " ".join(notes)
    record = _record_matching(paper)
    if record is None:
        return PaperRecord.objects.create(**_columns(paper), review_reason=note), NEW
    merged = merge_papers(record.to_paper(), paper)
    columns = _columns(merged)
    if columns["data"] == record.data:
        return record, UNCHANGED
    if columns["content_hash"] != record.content_hash and record.summary_pages.exists():
        record.summary_needs_review = True
        record.review_reason = f"The title or abstract changed on {date.today():%B %-d, %Y}."
    if note:
        record.review_reason = f"{record.review_reason} {note}".strip()
    added = _notices_added(record.data, columns["data"])
    for name, value in columns.items():
        setattr(record, name, value)
    record.save()
    if added:
        notices_announce(record=record, notices=added)
    return record, UPDATED


def _notices_added(old: dict, new: dict) -> list[dict]:
    before = old.get("notices", [])
    return [n for n in new.get("notices", []) if n not in before]


def _columns(paper: Paper) -> dict:
    paper = paper.with_changes(doi=normalized_doi(paper.doi), pmcid=paper.pmcid.upper())
    return {
        "title": paper.title,
        "doi": paper.doi,
        "pmid": paper.pmid,
        "pmcid": paper.pmcid,
        "journal": paper.journal,
        "published": paper.published,
        "source": paper.source,
        "title_key": title_key(paper),
        "content_hash": paper.content_hash,
        "data": paper.to_dict(),
    }


def _record_matching(paper: Paper) -> PaperRecord | None:
    keys = (
        ("doi", normalized_doi(paper.doi)),
        ("pmid", paper.pmid),
        ("pmcid", paper.pmcid.upper()),
        ("title_key", title_key(paper)),
    )
    for field, value in keys:
        if value:
            found = PaperRecord.objects.select_for_update().filter(**{field: value}).first()
            if found is not None:
                return found
    return None


@transaction.atomic
def notices_attach(*, notice_paper: Paper) -> str:
    """Attach a retraction/erratum notice to each stored paper it updates.

    `notice_paper.updates` lists Notices whose `ref_doi`/`ref_pmid` name the target.
    Returns "updated" if any stored paper gained a notice, else "unchanged".
    """
    status = UNCHANGED
    for update in notice_paper.updates:
        target = _record_matching(Paper(title="", doi=update.ref_doi, pmid=update.ref_pmid))
        if target is None:
            continue
        notice = Notice(
            kind=update.kind,
            text=notice_paper.title or update.text,
            ref_doi=notice_paper.doi,
            ref_pmid=notice_paper.pmid,
        )
        stored = target.to_paper()
        _record, changed = paper_upsert(
            paper=stored.with_changes(notices=(*stored.notices, notice))
        )
        status = UPDATED if changed == UPDATED else status
    return status


@transaction.atomic
def papers_withdraw(*, pmids: Iterable[str]) -> int:
    """Mark the papers PubMed deleted; their summaries go back to review. Returns the count."""
    records = PaperRecord.objects.filter(pmid__in=list(pmids), withdrawn=False)
    return records.update(
        withdrawn=True,
        summary_needs_review=True,
        review_reason="PubMed withdrew this citation.",
    )


def ingest_run_start(*, source: str, query: str) -> IngestRun:
    """Open the record of a run."""
    return IngestRun.objects.create(source=source, query=query[:2000])


def ingest_items(
    *, run: IngestRun, items: Iterable[Item], progress: Progress | None = None
) -> None:
    """Store each paper and apply each deletion; a failure quarantines that record only.

    A `Rejected` record (one the parser could not read) is quarantined and reading goes on;
    a ParseError from the input itself (broken XML from here on) ends this input.
    """
    iterator = iter(items)
    while True:
        try:
            item = next(iterator)
        except StopIteration:
            break
        except ParseError as error:  # the input itself is broken from here on
            quarantine_add(run=run, reason=str(error))
            break
        _store_one(run, item)
        if progress is not None:
            progress(run)
    run.save()


def _store_one(run: IngestRun, item: Item) -> None:
    if isinstance(item, Rejected):
        quarantine_add(run=run, reason=item.message, excerpt=item.excerpt)
        return
    if isinstance(item, Deletion):
        run.deleted += papers_withdraw(pmids=item.pmids)
        return
    try:
        if item.updates:
            status = notices_attach(notice_paper=item)
        else:
            admitted = paper_admit(item, where=_label(item))
            _record, status = paper_upsert(paper=admitted.paper, notes=admitted.notes)
    except ParseError as error:
        quarantine_add(run=run, reason=str(error), excerpt=_excerpt(item))
        return
    except (DatabaseError, ValueError) as error:
        quarantine_add(
            run=run, reason=f"could not store {_label(item)}: {error}", excerpt=_excerpt(item)
        )
        return
    setattr(run, status, getattr(run, status) + 1)


def _label(paper: Paper) -> str:
    pairs = (("DOI", paper.doi), ("PMID", paper.pmid), ("PMCID", paper.pmcid))
    ids = ", ".join(f"{kind} {value[:80]}" for kind, value in pairs if value)
    return ids or repr(paper.title[:80]) if paper.title else ids or "a record"


def _excerpt(paper: Paper) -> str:
    return f"{paper.title[:500]}\n\n{paper.abstract[:EXCERPT_LIMIT]}"


def quarantine_add(*, run: IngestRun, reason: str, excerpt: str | bytes = "") -> QuarantinedRecord:
    """Keep input that could not be stored, with why; counts as one failed record."""
    if isinstance(excerpt, bytes):
        excerpt = excerpt[:EXCERPT_LIMIT].decode("utf-8", errors="replace")
    run.failed += 1
    return QuarantinedRecord.objects.create(run=run, reason=reason, excerpt=excerpt[:EXCERPT_LIMIT])


def ingest_fetch_result(
    *,
    run: IngestRun,
    result: FetchResult,
    parse: Callable[[bytes], Iterable[Item]],
    progress: Progress | None = None,
) -> None:
    """Parse and store every body a fetcher received; record every request that failed."""
    for body in result.bodies:
        try:
            ingest_items(run=run, items=parse(body), progress=progress)
        except ParseError as error:
            quarantine_add(run=run, reason=str(error), excerpt=body)
    for failure in result.failures:
        status = f" (HTTP {failure.status})" if failure.status else ""
        quarantine_add(run=run, reason=f"{failure.target}: {failure.reason}{status}")


def ingest_run_finish(*, run: IngestRun, error: str = "") -> IngestRun:
    """Close the run: failed if nothing was stored, partial if some records failed."""
    stored = run.new + run.updated + run.unchanged + run.deleted
    if error or (run.failed and not stored):
        run.status = IngestRun.Status.FAILED
    elif run.failed:
        run.status = IngestRun.Status.PARTIAL
    else:
        run.status = IngestRun.Status.SUCCEEDED
    run.error = error
    run.finished_at = timezone.now()
    run.save()
    return run

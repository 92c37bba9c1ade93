"""The one way a paper becomes a checked draft: summarize, check once, store.

Every caller (`draft_summaries`, saved-search runs, keeping summaries current, re-running an engine)
goes through here, so the checks run once per draft and one paper's failure never stops the rest.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction

from scrh.pipeline.checks import CheckReport, run_checks
from scrh.pipeline.papers.model import Paper
from scrh.pipeline.summarize.engines import Engine, get_engine
from scrh.pipeline.summarize.model import Summary
from scrh.web.editorial.models import PaperRecord
from scrh.web.research.models import SummaryPage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CheckedSummary:
    """A summary and the report of the checks run on it against its paper."""

    summary: Summary
    report: CheckReport


@dataclass
class DraftBatch:
    """What a batch of drafts came to: the pages written and the papers that failed, with why."""

    pages: list[SummaryPage] = field(default_factory=list)
    failed: list[tuple[PaperRecord, str]] = field(default_factory=list)

    def failure_lines(self) -> list[str]:
        """One line per failed paper: its id, title and the reason."""
        return [f"paper {record.pk} “{record.title[:80]}”: {why}" for record, why in self.failed]


def summary_engine(name: str | None = None) -> Engine:
    """The engine `name` (default SCRH_SUMMARY_ENGINE), built with its SCRH_ENGINE_OPTIONS."""
    name = name or settings.SCRH_SUMMARY_ENGINE
    return get_engine(name, **settings.SCRH_ENGINE_OPTIONS.get(name, {}))


def summary_checked(*, paper: Paper, engine: Engine) -> CheckedSummary:
    """Summarize `paper` with `engine` and check the result once.

    An engine that checks its own output (it offers `draft(paper)` returning the summary and the
    report of the checks on it, as the llm engine does) is not checked a second time.
    """
    draft = getattr(engine, "draft", None)
    if callable(draft):
        made = draft(paper)
        return CheckedSummary(summary=made.summary, report=made.report)
    summary = engine.summarize(paper)
    return CheckedSummary(summary=summary, report=run_checks(paper, summary))


def summary_draft_make(
    *,
    record: PaperRecord,
    engine: Engine,
    page: SummaryPage | None = None,
    user: AbstractBaseUser | None = None,
    message: str = "",
) -> SummaryPage:
    """Summarize and check `record`, then store it: a new draft page, or a new revision of `page`.

    Either way the draft is put in review.
    """
    from scrh.web.editorial.services import summary_draft_create, summary_revision_create

    checked = summary_checked(paper=record.to_paper(), engine=engine)
    if page is None:
        return summary_draft_create(
            paper=record, summary=checked.summary, check_report=checked.report, user=user
        )
    return summary_revision_create(
        page=page, summary=checked.summary, check_report=checked.report, user=user, message=message
    )


def summary_drafts_make(*, records: Iterable[PaperRecord], engine: Engine) -> DraftBatch:
    """A draft page for each record; a failing paper is reported with its reason, the rest go on."""
    batch = DraftBatch()
    for record in records:
        try:
            with transaction.atomic():
                batch.pages.append(summary_draft_make(record=record, engine=engine))
        except Exception as error:  # noqa: BLE001 - one paper's failure is reported, not fatal
            log.warning("no draft for paper %s: %s", record.pk, error, exc_info=True)
            batch.failed.append((record, f"{type(error).__name__}: {error}"))
    return batch

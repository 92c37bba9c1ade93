"""Writes that turn papers into summary pages in review, revise them and publish them."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils.text import slugify
from wagtail.models import PageLogEntry

from scrh.pipeline.checks import CheckReport, run_checks
from scrh.pipeline.summarize.model import Summary
from scrh.pipeline.taxonomy import UMBRELLA, category_named
from scrh.web.editorial.models import PaperRecord
from scrh.web.editorial.workflow import summary_review_approve, summary_review_start
from scrh.web.research.models import CategoryPage, ResearchIndexPage, SummaryPage


def summary_draft_create(
    *,
    paper: PaperRecord,
    summary: Summary,
    check_report: CheckReport | None = None,
    user: AbstractBaseUser | None = None,
) -> SummaryPage:
    """Add an unpublished SummaryPage for `paper`, with its check report, and put it in review.

    The checks run before the write transaction opens (long work never holds the write lock),
    and only when no `check_report` of this summary is given.
    """
    report = check_report if check_report is not None else run_checks(paper.to_paper(), summary)
    return _draft_store(paper=paper, summary=summary, report=report, user=user)


@transaction.atomic
def _draft_store(
    *, paper: PaperRecord, summary: Summary, report: CheckReport, user: AbstractBaseUser | None
) -> SummaryPage:
    index = ResearchIndexPage.objects.get()
    page = SummaryPage(slug=_unique_slug(summary.paper.title, index), live=False, paper=paper)
    _fill(page, summary, report)
    index.add_child(instance=page)
    page.save()
    page.save_revision(user=user)
    summary_review_start(page=page, user=user)
    return page


@transaction.atomic
def summary_revision_create(
    *,
    page: SummaryPage,
    summary: Summary,
    check_report: CheckReport,
    user: AbstractBaseUser | None = None,
    message: str = "",
) -> SummaryPage:
    """Save `summary` as a new revision of `page` and put it in review.

    A live page stays as it is for readers until an editor approves the new revision.
    """
    page = SummaryPage.objects.get(pk=page.pk)
    _fill(page, summary, check_report)
    if not page.live:
        page.save()
    page.save_revision(user=user, changed=True, log_action=True)
    if message:
        PageLogEntry.objects.log_action(
            page, "scrh.summary_review", user=user, data={"message": message}
        )
    summary_review_start(page=page, user=user)
    return page


@transaction.atomic
def summary_publish(*, page: SummaryPage, user: AbstractBaseUser | None) -> SummaryPage:
    """Approve `page`'s review as `user` (which publishes it); with no review open, publish."""
    if not summary_review_approve(page=page, user=user):
        revision = page.get_latest_revision() or page.save_revision(user=user)
        revision.publish(user=user)
    page.refresh_from_db()
    return page


def _fill(page: SummaryPage, summary: Summary, report: CheckReport) -> None:
    page.fill_from(summary)
    page.check_report = report.to_json_dict()
    page.check_override_reason = ""
    page.primary_category = _category_page(summary.primary_category)
    page.topics.set(_topics(summary))


def _topics(summary: Summary) -> list[CategoryPage]:
    primary = _category_page(summary.primary_category)
    names = (_category_page(name) for name in summary.categories)
    return list({primary, *names} - {None})


def _category_page(name: str) -> CategoryPage | None:
    category = category_named(name) or category_named(UMBRELLA)
    return CategoryPage.objects.filter(slug=category.slug).first() if category else None


def _unique_slug(title: str, parent: ResearchIndexPage) -> str:
    base = slugify(title)[:80].strip("-") or "summary"
    siblings = parent.get_children().filter(slug__startswith=base)
    taken = set(siblings.values_list("slug", flat=True))
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug

"""Writes that turn papers into draft summary pages and publish them."""

from __future__ import annotations

from datetime import date

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils.text import slugify

from scrh.pipeline.checks import run_checks
from scrh.pipeline.summarize.model import Summary
from scrh.pipeline.taxonomy import UMBRELLA, category_named
from scrh.web.editorial.models import PaperRecord
from scrh.web.research.models import CategoryPage, ResearchIndexPage, SummaryPage


@transaction.atomic
def summary_draft_create(*, paper: PaperRecord, summary: Summary) -> SummaryPage:
    """Add an unpublished SummaryPage for `paper`, with its check report, and a revision."""
    report = run_checks(paper.to_paper(), summary)
    index = ResearchIndexPage.objects.get()
    primary = _category_page(summary.primary_category)
    topics = {primary, *(_category_page(name) for name in summary.categories)} - {None}
    page = SummaryPage(
        title=summary.paper.title,
        slug=_unique_slug(summary.paper.title, index),
        live=False,
        paper=paper,
        summary=summary.to_json_dict(),
        check_report=report.to_json_dict(),
        primary_category=primary,
        paper_published=_date_or_none(summary.paper.published),
        journal=summary.paper.journal,
        design_code=summary.evidence.design_code,
        evidence_level=summary.evidence.level,
        population=summary.population or "",
    )
    index.add_child(instance=page)
    page.topics.set(list(topics))
    page.save()
    page.save_revision()
    return page


@transaction.atomic
def summary_publish(*, page: SummaryPage, user: AbstractBaseUser | None) -> SummaryPage:
    """Publish the latest revision of `page` as `user`."""
    revision = page.get_latest_revision() or page.save_revision(user=user)
    revision.publish(user=user)
    page.refresh_from_db()
    return page


def _category_page(name: str) -> CategoryPage | None:
    category = category_named(name) or category_named(UMBRELLA)
    return CategoryPage.objects.filter(slug=category.slug).first() if category else None


def _unique_slug(title: str, parent: ResearchIndexPage) -> str:
    base = slugify(title)[:80].strip("-") or "summary"
    taken = set(parent.get_children().values_list("slug", flat=True))
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


def _date_or_none(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None

"""Writes that turn papers into draft summary pages and publish them."""

from __future__ import annotations

from datetime import date

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils.text import slugify

from scrh.pipeline.papers.model import Paper
from scrh.pipeline.summarize.model import Summary
from scrh.pipeline.taxonomy import UMBRELLA, category_named
from scrh.web.editorial.models import PaperRecord
from scrh.web.research.models import CategoryPage, ResearchIndexPage, SummaryPage

UPSERT_NEW, UPSERT_UPDATED, UPSERT_UNCHANGED = "new", "updated", "unchanged"


@transaction.atomic
def paper_upsert(*, paper: Paper) -> tuple[PaperRecord, str]:
    """Store `paper`, updating the record with the same DOI, PMID or PMCID if there is one."""
    record = _record_matching(paper)
    fields = {
        "title": paper.title,
        "doi": paper.doi.lower(),
        "pmid": paper.pmid,
        "pmcid": paper.pmcid,
        "journal": paper.journal,
        "published": paper.published,
        "source": paper.source,
        "content_hash": paper.content_hash,
        "data": paper.to_dict(),
    }
    if record is None:
        return PaperRecord.objects.create(**fields), UPSERT_NEW
    if record.data == fields["data"]:
        return record, UPSERT_UNCHANGED
    for name, value in fields.items():
        setattr(record, name, value)
    record.save()
    return record, UPSERT_UPDATED


def _record_matching(paper: Paper) -> PaperRecord | None:
    for field, value in (("doi", paper.doi.lower()), ("pmid", paper.pmid), ("pmcid", paper.pmcid)):
        if value:
            found = PaperRecord.objects.filter(**{field: value}).first()
            if found is not None:
                return found
    return None


@transaction.atomic
def summary_draft_create(
    *, paper: PaperRecord, summary: Summary, report: dict | None = None
) -> SummaryPage:
    """Add an unpublished SummaryPage for `paper` under the research index, with a revision."""
    index = ResearchIndexPage.objects.get()
    primary = _category_page(summary.primary_category)
    topics = {primary, *(_category_page(name) for name in summary.categories)} - {None}
    page = SummaryPage(
        title=summary.paper.title,
        slug=_unique_slug(summary.paper.title, index),
        live=False,
        paper=paper,
        summary=summary.to_json_dict(),
        check_report=report or {},
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

"""Reads behind the admin reports: ingest runs, summary quality, readers' feedback and mail."""

from __future__ import annotations

from collections import Counter
from typing import Any

from django.db.models import Count, Q, QuerySet

from scrh.web.editorial.models import IngestRun
from scrh.web.readers.models import ContactMessage, FeedbackTally, FeedbackVote, Subscriber
from scrh.web.research.models import CategoryPage, SummaryPage


def ingest_runs() -> QuerySet[IngestRun]:
    """Latest runs first, with their saved search and the number of quarantined records."""
    runs = IngestRun.objects.select_related("saved_search")
    return runs.annotate(quarantined_count=Count("quarantined")).order_by("-started_at", "-pk")


def summary_quality() -> list[dict[str, Any]]:
    """Every summary page: check counts, reading grades, live or in review; errors first."""
    rows = []
    pages = SummaryPage.objects.order_by("-pk").only(
        "title",
        "live",
        "check_report",
        "grade_simple_explanation",
        "grade_research_summary",
        "check_override_reason",
    )
    for page in pages:
        checks = page.checks
        rows.append(
            {
                "page": page,
                "errors": len(checks.errors),
                "warnings": len(checks.warnings),
                "ok": checks.ok,
                "grade": page.grade_simple_explanation,
                "research_grade": page.grade_research_summary,
                "override": page.check_override_reason,
            }
        )
    return sorted(rows, key=lambda r: (-r["errors"], -r["warnings"]))


def _percent(yes: int, no: int) -> float | None:
    return round(100 * yes / (yes + no), 1) if yes + no else None


def feedback_by_summary() -> list[dict[str, Any]]:
    """Helpful % and vote counts for each summary with votes, most votes first."""
    tallies = FeedbackTally.objects.select_related("page").order_by("-helpful_count")
    return [
        {
            "page": t.page,
            "yes": t.helpful_count,
            "no": t.not_helpful_count,
            "percent": _percent(t.helpful_count, t.not_helpful_count),
        }
        for t in tallies
    ]


def feedback_by_category() -> list[dict[str, Any]]:
    """Helpful % summed over the summaries of each primary category."""
    category_of = dict(SummaryPage.objects.values_list("pk", "primary_category__title"))
    yes: Counter[str] = Counter()
    no: Counter[str] = Counter()
    for t in FeedbackTally.objects.all():
        name = category_of.get(t.page_id) or "Uncategorized"
        yes[name] += t.helpful_count
        no[name] += t.not_helpful_count
    names = sorted(set(yes) | set(no))
    return [
        {"category": n, "yes": yes[n], "no": no[n], "percent": _percent(yes[n], no[n])}
        for n in names
    ]


def feedback_comments() -> QuerySet[FeedbackVote]:
    return FeedbackVote.objects.exclude(comment="").select_related("page")[:200]


def subscribers_by_state() -> dict[str, int]:
    rows = Subscriber.objects.aggregate(
        pending=Count("pk", filter=Q(confirmed_at__isnull=True, unsubscribed_at__isnull=True)),
        active=Count("pk", filter=Q(confirmed_at__isnull=False, unsubscribed_at__isnull=True)),
        unsubscribed=Count("pk", filter=Q(unsubscribed_at__isnull=False)),
    )
    return {name: rows[name] or 0 for name in ("pending", "active", "unsubscribed")}


def subscribers_by_category() -> list[dict[str, Any]]:
    """Active subscribers per chosen category; those with none chosen get every category."""
    active = Q(
        newsletter_subscribers__confirmed_at__isnull=False,
        newsletter_subscribers__unsubscribed_at__isnull=True,
    )
    categories = CategoryPage.objects.annotate(n=Count("newsletter_subscribers", filter=active))
    every = Subscriber.objects.filter(
        confirmed_at__isnull=False, unsubscribed_at__isnull=True, categories__isnull=True
    ).count()
    rows = [{"category": "Every category", "count": every}]
    return rows + [{"category": c.title, "count": c.n} for c in categories.order_by("-n", "title")]


def contact_messages() -> QuerySet[ContactMessage]:
    return ContactMessage.objects.all()[:200]


def contact_counts() -> list[dict[str, Any]]:
    rows = ContactMessage.objects.values("topic").annotate(n=Count("pk")).order_by("-n")
    labels = dict(ContactMessage._meta.get_field("topic").choices)
    return [{"topic": labels.get(r["topic"], r["topic"]), "count": r["n"]} for r in rows]

"""Admin reports: ingest runs (with quarantined records), summary quality, readers."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render

from scrh.web.editorial import reports
from scrh.web.editorial.models import IngestRun


def _render(request, template: str, title: str, icon: str, **context):
    if not request.user.has_perm("editorial.view_ingestrun"):
        raise PermissionDenied
    context.update(page_title=title, header_icon=icon)
    return render(request, f"editorial/admin/{template}.html", context)


def runs(request):
    page = Paginator(reports.ingest_runs(), 50).get_page(request.GET.get("p"))
    return _render(request, "runs", "Ingest runs", "download", runs=page)


def run_detail(request, run_id: int):
    run = get_object_or_404(IngestRun.objects.select_related("saved_search"), pk=run_id)
    return _render(
        request,
        "run_detail",
        f"Ingest run {run.pk}",
        "download",
        run=run,
        quarantined=run.quarantined.all()[:500],
    )


def quality(request):
    return _render(
        request, "quality", "Summary quality", "tick-inverse", rows=reports.summary_quality()
    )


def feedback(request):
    return _render(
        request,
        "feedback",
        "Reader feedback",
        "comment",
        by_summary=reports.feedback_by_summary(),
        by_category=reports.feedback_by_category(),
        comments=reports.feedback_comments(),
    )


def subscribers(request):
    return _render(
        request,
        "subscribers",
        "Subscribers",
        "user",
        states=reports.subscribers_by_state(),
        by_category=reports.subscribers_by_category(),
    )


def contact(request):
    return _render(
        request,
        "contact",
        "Contact messages",
        "mail",
        counts=reports.contact_counts(),
        messages_list=reports.contact_messages(),
    )

"""The review view: paper and summary side by side, checks, and re-running an engine."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from scrh.pipeline.summarize.engines import builtin_engines
from scrh.pipeline.summarize.model import Summary
from scrh.web.editorial.candidates import (
    summary_candidate_create,
    summary_candidate_discard,
    summary_candidate_keep,
)
from scrh.web.editorial.models import SummaryCandidate
from scrh.web.editorial.review import summary_view
from scrh.web.research.models import SummaryPage


def _page_for(request, page_id: int) -> SummaryPage:
    page = get_object_or_404(SummaryPage, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return page


def review(request, page_id: int):
    """GET: the latest revision of a summary page, as the editor reviews it."""
    page = _page_for(request, page_id)
    draft = page.get_latest_revision_as_object()
    state = page.current_workflow_state
    context = {
        "page": page,
        "draft": draft,
        "view": summary_view(draft.to_summary(), draft.check_report),
        "paper": page.paper,
        "workflow_state": state,
        "task": state.current_task_state.task if state and state.current_task_state else None,
        "candidates": [
            (c, summary_view(Summary.model_validate(c.summary), c.check_report))
            for c in page.candidates.all()
        ],
        "engines": sorted(builtin_engines()),
        "page_title": f"Review: {page.title}",
        "header_icon": "doc-full",
    }
    return render(request, "editorial/admin/review.html", context)


@require_POST
def rerun(request, page_id: int):
    """POST engine=NAME: a new draft from that engine, kept beside the page until decided."""
    page = _page_for(request, page_id)
    engine = request.POST.get("engine", "")
    if engine not in builtin_engines():
        messages.error(request, f"Unknown engine {engine!r}.")
    else:
        try:
            summary_candidate_create(page=page, engine=engine, user=request.user)
            messages.success(request, f"New {engine} draft made: keep it or discard it below.")
        except Exception as error:  # noqa: BLE001 - shown to the editor, the page is unchanged
            messages.error(request, f"The {engine} engine failed: {error}")
    return redirect(reverse("editorial_review", args=[page.pk]))


@require_POST
def candidate_decide(request, page_id: int, candidate_id: int):
    """POST decision=keep|discard for a re-run draft."""
    page = _page_for(request, page_id)
    candidate = get_object_or_404(SummaryCandidate, pk=candidate_id, page=page)
    if request.POST.get("decision") == "keep":
        summary_candidate_keep(candidate=candidate, user=request.user)
        messages.success(request, "New draft kept: it is the latest revision and in review.")
    else:
        summary_candidate_discard(candidate=candidate)
        messages.success(request, "New draft discarded.")
    return redirect(reverse("editorial_review", args=[page.pk]))

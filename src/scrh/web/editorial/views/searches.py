"""Run a saved search now, from the admin."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from scrh.web.editorial.models import SavedSearch
from scrh.web.editorial.tasks import saved_search_run_task


def run_now(request, search_id: int):
    """GET: confirm; POST: enqueue the search (the immediate backend runs it at once)."""
    if not request.user.has_perm("editorial.change_savedsearch"):
        raise PermissionDenied
    search = get_object_or_404(SavedSearch, pk=search_id)
    if request.method != "POST":
        context = {"search": search, "page_title": f"Run {search.name}", "header_icon": "search"}
        return render(request, "editorial/admin/run_now.html", context)
    result = saved_search_run_task.enqueue(search.pk)
    if result.is_finished:
        messages.success(request, f"“{search.name}” ran: see the ingest runs report.")
    else:
        messages.success(request, f"“{search.name}” is queued; the worker will run it shortly.")
    return redirect(reverse("editorial_reports_runs"))
